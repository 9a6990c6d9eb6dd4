import { describe, expect, it } from 'vitest';
import { exportRis } from '@/features/transfer/export/ris-export';
import { makeEntry, makePaper } from '../fixtures/import/papers';

/** RIS as a reader sees it: records of [tag, value] pairs, continuation lines joined to their tag. */
function readRis(content: string): Array<Array<[string, string]>> {
  const records: Array<Array<[string, string]>> = [];
  let record: Array<[string, string]> = [];
  for (const line of content.split('\r\n')) {
    const tag = /^([A-Z][A-Z0-9]) {2}- ?(.*)$/.exec(line);
    if (tag?.[1] === 'ER') {
      records.push(record);
      record = [];
    } else if (tag) record.push([tag[1], tag[2]]);
    else if (record.length > 0) record.at(-1)![1] += `\n${line}`;
  }
  return records;
}

describe('exportRis', () => {
  it('writes one generic record per paper, field by field', () => {
    const entry = makeEntry({ tags: ['code', 'llm'], note: 'Worth a reading group.' });
    const file = exportRis([{ paper: makePaper(), entry }], { now: new Date(2026, 10, 29) });
    expect(file.filename).toBe('papershelf-reading-list-2026-11-29.ris');
    expect(file.content.startsWith('TY  - GEN\r\n')).toBe(true);
    expect(file.content.endsWith('ER  - \r\n')).toBe(true);
    expect(readRis(file.content)).toEqual([
      [
        ['TY', 'GEN'],
        ['TI', 'CodeT5+: Open Code Large Language Models for Code Understanding and Generation'],
        ['AU', 'Wang, Yue'],
        ['AU', 'Le, Hung'],
        ['AU', 'Gotmare, Akhilesh Deepak'],
        ['AU', 'Bui, Nghi D. Q.'],
        ['AU', 'Li, Junnan'],
        ['AU', 'Hoi, Steven C. H.'],
        ['PY', '2023'],
        ['DA', '2023/05/13'],
        ['AB', makePaper().abstract],
        ['UR', 'https://arxiv.org/abs/2305.07922'],
        ['DO', '10.48550/arXiv.2305.07922'],
        ['M1', 'arXiv:2305.07922'],
        ['DP', 'arXiv.org'],
        ['KW', 'code'],
        ['KW', 'llm'],
        ['N1', 'Code: https://github.com/salesforce/CodeT5'],
        ['N1', 'Worth a reading group.'],
      ],
    ]);
  });

  it('keeps multi-line notes in their field, even lines that look like tags', () => {
    const note = 'First line\nAB  - not a tag\n\nLast line';
    const paper = makePaper({
      arxivId: null,
      projectUrl: 'https://example.org',
      codeUrl: null,
      authors: ['Plato'],
    });
    const [record] = readRis(exportRis([{ paper, entry: makeEntry({ note }) }]).content);
    expect(record.filter(([tag]) => tag === 'AB')).toHaveLength(1);
    expect(record.find(([tag]) => tag === 'N1')![1].replace(/\u200B/g, '')).toBe(note);
    expect(record).toContainEqual(['UR', 'https://example.org/']);
    expect(record).toContainEqual(['AU', 'Plato']);
    expect(record.map(([tag]) => tag)).not.toContain('DO');
  });
});
