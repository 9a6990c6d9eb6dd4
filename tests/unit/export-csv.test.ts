import { parse } from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, exportCsv } from '@/features/transfer/export/csv-export';
import { datasetPapers, makeEntry, makePaper } from '../fixtures/import/papers';

const readBack = (content: string) =>
  parse<Record<string, string>>(content, { header: true, skipEmptyLines: true });

describe('exportCsv', () => {
  it('writes a header and one row per paper that papaparse reads back', () => {
    const papers = datasetPapers();
    const file = exportCsv(
      papers.map((paper) => ({ paper, entry: null })),
      { now: new Date(2026, 10, 29), scope: 'results' },
    );
    expect(file.filename).toBe('papershelf-results-2026-11-29.csv');
    const { data, errors, meta } = readBack(file.content);
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual([...CSV_COLUMNS]);
    expect(data.map((row) => row.title)).toEqual(papers.map((paper) => paper.title));
    expect(data.map((row) => row.comments)).toEqual(
      papers.map((paper) => String(paper.comments ?? '')),
    );
  });

  it('keeps notes with commas, quotes and line breaks intact', () => {
    const note =
      'Compare with "BERT", GPT-2 and T5.\nSecond line, with a comma.\r\n\nThird "quoted" paragraph';
    const entry = makeEntry({
      status: 'reading',
      tags: ['nlp', 'code, eval'],
      note,
      startedAt: '2026-11-02T10:00:00.000Z',
    });
    const [row] = readBack(exportCsv([{ paper: makePaper(), entry }]).content).data;
    expect(row).toMatchObject({
      title: 'CodeT5+: Open Code Large Language Models for Code Understanding and Generation',
      authors:
        'Yue Wang; Hung Le; Akhilesh Deepak Gotmare; Nghi D. Q. Bui; Junnan Li; Steven C. H. Hoi',
      organization: 'Salesforce',
      published: '2023-05-13',
      arxiv_id: '2305.07922',
      url: 'https://arxiv.org/abs/2305.07922',
      code_url: 'https://github.com/salesforce/CodeT5',
      status: 'Reading',
      tags: 'nlp; code, eval',
      note,
      started: '2026-11-02T10:00:00.000Z',
      finished: '',
      upvotes: '5',
    });
  });

  it('makes cells that a spreadsheet would run as formulas plain text', () => {
    const paper = makePaper({
      title: '=HYPERLINK("http://evil.example","click")',
      authors: ['+1 Author', '@handle'],
    });
    const entry = makeEntry({ note: '-2+3', tags: ['=cmd|calc'] });
    const [row] = readBack(exportCsv([{ paper, entry }]).content).data;
    expect(row.title).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(row.authors).toBe("'+1 Author; @handle");
    expect(row.note).toBe("'-2+3");
    expect(row.tags).toBe("'=cmd|calc");
  });
});
