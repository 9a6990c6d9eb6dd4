import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { assignCitationKeys, baseCitationKey } from '@/features/transfer/export/citation-keys';
import { exportBibtex } from '@/features/transfer/export/bibtex-export';
import { datasetPapers, makeEntry, makePaper } from '../fixtures/import/papers';

const now = new Date(2026, 10, 29, 22, 30);
const readBack = (content: string) => parse(content, { english: false, caseProtection: false });
const creators = (entry: ReturnType<typeof readBack>['entries'][number]) =>
  (entry.fields.author ?? []).map(
    (name) =>
      name.name ?? `${name.firstName} ${name.prefix ? `${name.prefix} ` : ''}${name.lastName}`,
  );

describe('exportBibtex', () => {
  it('writes an arXiv preprint the way arXiv exports it, with the title double-braced', () => {
    const file = exportBibtex([{ paper: makePaper({ abstract: '' }), entry: null }], { now });
    expect(file.filename).toBe('papershelf-reading-list-2026-11-29.bib');
    expect(file.content).toBe(
      [
        '@misc{wang2023codet5,',
        '  title = {{CodeT5+: Open Code Large Language Models for Code Understanding and Generation}},',
        '  author = {Yue Wang and Hung Le and Akhilesh Deepak Gotmare and Nghi D. Q. Bui and Junnan Li and Steven C. H. Hoi},',
        '  year = {2023},',
        '  eprint = {2305.07922},',
        '  archivePrefix = {arXiv},',
        '  url = {https://arxiv.org/abs/2305.07922},',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes a plain @misc with a URL when there is no arXiv id, plus tags as keywords and the note as annote', () => {
    const paper = makePaper({
      id: 'arc-encoder',
      arxivId: null,
      authors: [],
      authorCount: null,
      title: 'ARC-Encoder',
      projectUrl: 'https://example.org/arc',
    });
    const entry = makeEntry({
      tags: ['compression', 'long context'],
      note: 'Read section 3 first.',
    });
    const [bib] = readBack(exportBibtex([{ paper, entry }]).content).entries;
    expect(bib.fields).toMatchObject({
      title: 'ARC-Encoder',
      year: '2023',
      url: 'https://example.org/arc',
      note: 'Salesforce',
      keywords: ['compression', 'long context'],
      annote: 'Read section 3 first.',
    });
    expect(bib.fields.eprint).toBeUndefined();
  });

  it('is read back by the BibTeX parser with keys, titles and authors intact for the whole dataset', () => {
    const papers = datasetPapers();
    const file = exportBibtex(papers.map((paper) => ({ paper, entry: null })));
    const library = readBack(file.content);
    expect(library.errors).toEqual([]);
    expect(library.entries.map((entry) => entry.fields.title)).toEqual(
      papers.map((paper) => paper.title),
    );
    const keys = library.entries.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(papers.length);
    expect(keys).toEqual(papers.map((paper) => assignCitationKeys(papers).get(paper.id)));
  });

  it('escapes TeX specials and non-ASCII text so that they come back exactly', () => {
    const title =
      "Über {CNN}s: 50% & more_x #1 $5 ~tilde ^hat \\back <x> a|b -- ``quoted'' — Ngô Bảo Châu 张伟 🚀";
    const authors = [
      'Jörg Müller',
      'Łukasz Kaiser',
      'María García',
      'Ludwig van Beethoven',
      'Gemini Team and Friends',
    ];
    const note = 'Costs 10% of the FLOPs & uses {braces}\n\n- a list item\n- another';
    const paper = makePaper({ title, authors });
    const library = readBack(
      exportBibtex([{ paper, entry: makeEntry({ note, tags: ['c++', 'r&d'] }) }]).content,
    );
    expect(library.errors).toEqual([]);
    const [entry] = library.entries;
    expect(entry.fields.title.normalize('NFC')).toBe(title);
    expect(creators(entry).map((name) => name.normalize('NFC'))).toEqual(authors);
    expect(entry.fields.keywords).toEqual(['c++', 'r&d']);
  });
});

describe('citation keys', () => {
  it('derive from first author surname, year and first significant title word', () => {
    expect(baseCitationKey(makePaper())).toBe('wang2023codet5');
    expect(
      baseCitationKey(
        makePaper({ title: 'A Survey of Large Language Models', authors: ['Jörg Müller'] }),
      ),
    ).toBe('muller2023survey');
    expect(
      baseCitationKey(
        makePaper({ authors: [], organization: { handle: 'kyutai', name: 'Kyutai' } }),
      ),
    ).toBe('kyutai2023codet5');
    expect(
      baseCitationKey(
        makePaper({ authors: [], organization: null, publishedAt: null, arxivId: null }),
      ),
    ).toBe('anoncodet5');
    // No publication date: the year an arXiv id encodes.
    expect(baseCitationKey(makePaper({ publishedAt: null, arxivId: '1706.03762v7' }))).toBe(
      'wang2017codet5',
    );
  });

  it('stay the same whatever the order of the list, with collisions resolved by paper id', () => {
    const a = makePaper({ id: '2305.00001', arxivId: '2305.00001', title: 'Scaling laws' });
    const b = makePaper({ id: '2305.00002', arxivId: '2305.00002', title: 'Scaling laws again' });
    const c = makePaper({
      id: '2305.00003',
      arxivId: '2305.00003',
      title: 'Scaling is all you need',
    });
    const forward = assignCitationKeys([a, b, c]);
    const backward = assignCitationKeys([c, b, a]);
    expect([...forward.values()].sort()).toEqual([
      'wang2023scaling',
      'wang2023scalinga',
      'wang2023scalingb',
    ]);
    expect(forward).toEqual(backward);
    expect(forward.get(a.id)).toBe('wang2023scaling');
    // Alone in a file, a paper keeps its plain key.
    expect(assignCitationKeys([c]).get(c.id)).toBe('wang2023scaling');
  });
});
