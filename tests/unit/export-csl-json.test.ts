import { describe, expect, it } from 'vitest';
import { exportCslJson } from '@/features/transfer/export/csl-json-export';
import { makeEntry, makePaper } from '../fixtures/import/papers';

describe('exportCslJson', () => {
  it('writes an arXiv preprint as Zotero does: type article, arXiv DOI, number and issued date-parts', () => {
    const entry = makeEntry({ tags: ['code'], note: 'private thoughts' });
    const file = exportCslJson([{ paper: makePaper(), entry }], { now: new Date(2026, 10, 29) });
    expect(file.filename).toBe('papershelf-reading-list-2026-11-29.csl.json');
    const items: unknown = JSON.parse(file.content);
    expect(items).toEqual([
      {
        id: 'wang2023codet5',
        type: 'article',
        title: 'CodeT5+: Open Code Large Language Models for Code Understanding and Generation',
        author: [
          { family: 'Wang', given: 'Yue' },
          { family: 'Le', given: 'Hung' },
          { family: 'Gotmare', given: 'Akhilesh Deepak' },
          { family: 'Bui', given: 'Nghi D. Q.' },
          { family: 'Li', given: 'Junnan' },
          { family: 'Hoi', given: 'Steven C. H.' },
        ],
        issued: { 'date-parts': [[2023, 5, 13]] },
        URL: 'https://arxiv.org/abs/2305.07922',
        DOI: '10.48550/arXiv.2305.07922',
        number: 'arXiv:2305.07922',
        publisher: 'arXiv',
        source: 'arXiv.org',
        abstract: makePaper().abstract,
        keyword: 'code',
      },
    ]);
    expect(file.content).not.toContain('private thoughts');
  });

  it('splits names with particles and suffixes, keeps single names literal, and falls back to the URL', () => {
    const paper = makePaper({
      arxivId: null,
      publishedAt: null,
      projectUrl: 'https://example.org/p',
      authors: ['Ludwig van Beethoven', 'Martin Luther King Jr.', 'Plato'],
    });
    const items: unknown = JSON.parse(exportCslJson([{ paper, entry: null }]).content);
    expect(items).toMatchObject([
      {
        author: [
          { family: 'van Beethoven', given: 'Ludwig' },
          { family: 'King', given: 'Martin Luther', suffix: 'Jr.' },
          { literal: 'Plato' },
        ],
        URL: 'https://example.org/p',
      },
    ]);
    expect(items).not.toHaveProperty('0.issued');
    expect(items).not.toHaveProperty('0.DOI');
  });
});
