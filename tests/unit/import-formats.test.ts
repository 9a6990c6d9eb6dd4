import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportBackup } from '@/features/transfer/export/backup-export';
import { parseImport } from '@/features/transfer/import/parse-import';
import type { ParsedImport } from '@/features/transfer/import/import-types';
import { datasetPapers, fixture, makeEntry, makeLibrary, sample } from '../fixtures/import/papers';

async function parsed(text: string, fileName?: string): Promise<ParsedImport> {
  const result = await parseImport(text, fileName ? { fileName } : {});
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

async function papersOf(text: string, fileName?: string) {
  const value = await parsed(text, fileName);
  if (value.kind !== 'papers') throw new Error(`expected papers, got ${value.kind}`);
  return value;
}

describe('Hugging Face API JSON', () => {
  it('adds a daily_papers item with its authors, upvotes, comments, organisation and links', async () => {
    const { format, papers } = await papersOf(sample('hf-api-daily-papers-item.json'));
    expect(format).toBe('hf-api');
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({
      id: '2602.23229',
      arxivId: '2602.23229',
      title: 'Large Multimodal Models as General In-Context Classifiers',
      authors: [
        'Marco Garosi',
        'Matteo Farina',
        'Alessandro Conti',
        'Massimiliano Mancini',
        'Elisa Ricci',
      ],
      authorCount: 5,
      upvotes: 10,
      comments: 1,
      organization: { handle: 'MHUGLab', name: 'Multimedia and Human Understanding Group' },
      publishedAt: '2026-02-26',
      codeUrl: 'https://github.com/marco-garosi/CIRCLE',
      projectUrl: 'https://circle-lmm.github.io/',
    });
    expect(papers[0].abstract).toMatch(
      /^Which multimodal model should we use for classification\?/,
    );
    expect(papers[0].topics).toContain('Multimodal');
  });

  it('reads a bare paper object (/api/papers/{id}): upvotes, no comment count, hard wraps joined', async () => {
    const { papers } = await papersOf(sample('hf-api-paper-object.json'));
    expect(papers[0]).toMatchObject({
      id: '2407.13168',
      upvotes: 17,
      comments: null,
      organization: null,
      codeUrl: null,
    });
    expect(papers[0].authors).toHaveLength(30);
    expect(papers[0].authors[2]).toBe('Shizhuo Dylan Zhang');
    expect(papers[0].abstract).not.toContain('\n');
    expect(papers[0].abstract).toContain('many challenging tasks, it has become');
  });

  it('reads the same items wrapped as { daily_papers: [...] }', async () => {
    const wrapped = `{"daily_papers": ${sample('hf-api-daily-papers-item.json')}}`;
    expect((await papersOf(wrapped)).papers.map((paper) => paper.id)).toEqual(['2602.23229']);
  });
});

describe('Hugging Face papers listing', () => {
  it('reads the captured listing into the same 40 papers as the bundled dataset', async () => {
    const listing = readFileSync('data/raw/hf-daily-papers-2025-12-09.txt', 'utf8');
    const { format, papers } = await papersOf(listing);
    expect(format).toBe('hf-listing');
    expect(papers.map((paper) => paper.id)).toEqual(datasetPapers().map((paper) => paper.id));
  });
});

describe('BibTeX', () => {
  it('reads arXiv exports: arXiv ids, authors and titles', async () => {
    const { format, papers } = await papersOf(fixture('arxiv.bib'));
    expect(format).toBe('bibtex');
    expect(papers.map((paper) => [paper.id, paper.arxivId, paper.authors.length])).toEqual([
      ['2305.07922', '2305.07922', 6],
      ['1706.03762', '1706.03762', 8],
    ]);
    expect(papers[0].title).toBe(
      'CodeT5+: Open Code Large Language Models for Code Understanding and Generation',
    );
  });

  it('reads Zotero exports: case-protected titles, "Last, First" names, TeX accents, arXiv ids from the note', async () => {
    const { papers } = await papersOf(fixture('zotero.bib'));
    expect(papers.map((paper) => paper.title)).toEqual([
      'Attention Is All You Need',
      'Large Multimodal Models as General In-Context Classifiers',
      'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
      'Über Façade Detection in 50% of Cases & More',
    ]);
    expect(papers.map((paper) => paper.arxivId)).toEqual(['1706.03762', '2602.23229', null, null]);
    expect(papers[0].authors.at(-2)).toBe('Łukasz Kaiser');
    expect(papers[3].authors).toEqual(['Jörg Müller', 'María García']);
    expect(papers[2]).toMatchObject({
      projectUrl: 'https://aclanthology.org/N19-1423',
      id: 'bert-pre-training-of-deep-bidirectional-transformers-for-language-understanding',
    });
    expect(papers[0].abstract).toMatch(/^The dominant sequence transduction models/);
  });

  it('reads Google Scholar and DBLP entries, taking DBLP’s eprint as the arXiv id', async () => {
    const { papers } = await papersOf(fixture('scholar-dblp.bib'));
    expect(papers.map((paper) => [paper.title, paper.arxivId, paper.projectUrl])).toEqual([
      ['Attention is all you need', null, null],
      [
        'CodeT5+: Open Code Large Language Models for Code Understanding and Generation',
        '2305.07922',
        null,
      ],
    ]);
  });
});

describe('format detection', () => {
  it('goes by content, not by file name', async () => {
    const backup = exportBackup(makeLibrary({ '2305.07922': makeEntry() })).content;
    expect((await parsed(backup, 'references.bib')).format).toBe('backup');
    expect((await parsed(fixture('arxiv.bib'), 'papers.json')).format).toBe('bibtex');
    expect((await parsed(fixture('arxiv.bib'))).format).toBe('bibtex');
    expect((await parsed(readFileSync('public/papers.json', 'utf8'))).format).toBe('dataset');
  });

  it('reads a file with a byte-order mark and Windows line ends', async () => {
    const text = `\uFEFF${fixture('arxiv.bib').replace(/\n/g, '\r\n')}`;
    expect((await papersOf(text)).papers).toHaveLength(2);
  });
});
