import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseListing } from '@/features/papers/listing/parser';
import { paperSchema, type Paper } from '@/features/papers/schema';
import { BACKUP_VERSION, backupSchema } from '@/features/transfer/backup-format';
import { exportBackup } from '@/features/transfer/export/backup-export';
import { detectTextKind } from '@/features/transfer/import/detect-format';
import { importJson } from '@/features/transfer/import/json-import';
import { parseImport } from '@/features/transfer/import/parse-import';
import type { ImportIssue, ParseResult } from '@/features/transfer/import/import-types';
import { datasetPapers, fixture, makeEntry, makeLibrary, sample } from '../fixtures/import/papers';

/** Whatever the text, parsers answer with a result or located errors: never an exception. */

fc.configureGlobal({ seed: 20251209, numRuns: 250 });

const listing = readFileSync('data/raw/hf-daily-papers-2025-12-09.txt', 'utf8');
const papers = datasetPapers();
const backup = exportBackup(
  makeLibrary(
    {
      [papers[0].id]: makeEntry({ tags: ['speech', 'to-cite'], note: '# Why\n\nRead **§3**.' }),
      [papers[1].id]: makeEntry({ status: 'read', order: 2.5 }),
      'hep-th_9901001': makeEntry({ status: null, updatedAt: '2026-11-02T10:00:00.000Z' }),
    },
    papers.slice(2, 5),
  ),
  { now: new Date('2026-11-03T12:00:00Z') },
).content;

/** Real inputs of every format Papershelf reads, each with the file name it would arrive under. */
const REAL: { text: string; fileName: string }[] = [
  { text: listing, fileName: 'hf-daily-papers-2025-12-09.txt' },
  { text: sample('hf-api-daily-papers-item.json'), fileName: 'daily.json' },
  { text: sample('hf-api-paper-object.json'), fileName: 'paper.json' },
  ...['arxiv.bib', 'zotero.bib', 'scholar-dblp.bib', 'broken.bib'].map((name) => ({
    text: fixture(name),
    fileName: name,
  })),
  { text: backup, fileName: 'papershelf-backup.json' },
];

// Characters that break naive parsers: NUL, direction marks, zero-width, BOM, lone surrogates, emoji.
const NASTY = ['\u0000', '\u200f', '\u202e', '\u200b', '\u2060', '\ufeff', '\ud800', '\udc00'];
const nastyText = fc.oneof(
  fc.constantFrom(...NASTY, '😀', '👩🏽‍🔬', '\r', '\n', '\r\n', '"', '{', '}', '@', '·', ','),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);

type Mutation = (text: string) => string;
// Positions as naturals modulo the length, so edits land anywhere in the text, not mostly at its ends.
const position = fc.nat({ max: 1_000_000 });
const at = (text: string, n: number) => n % (text.length + 1);
const lineMutation = (edit: (lines: string[], i: number, j: number) => void) =>
  fc.tuple(position, position).map(([i, j]): Mutation => (text) => {
    const lines = text.split('\n');
    edit(lines, i % lines.length, j % lines.length);
    return lines.join('\n');
  });
const splice = (text: string, n: number, insert: string, remove: number) =>
  text.slice(0, at(text, n)) + insert + text.slice(at(text, n) + remove);
const textMutation: fc.Arbitrary<Mutation> = fc.oneof(
  position.map(
    (n): Mutation =>
      (text) =>
        text.slice(0, at(text, n)),
  ),
  lineMutation((lines, i) => lines.splice(i, 1)),
  lineMutation((lines, i) => lines.splice(i, 0, lines[i])),
  lineMutation((lines, i, j) => ([lines[i], lines[j]] = [lines[j], lines[i]])),
  fc.tuple(position, nastyText).map(
    ([n, insert]): Mutation =>
      (text) =>
        splice(text, n, insert, 0),
  ),
  fc.tuple(position, nastyText).map(
    ([n, insert]): Mutation =>
      (text) =>
        splice(text, n, insert, 1),
  ),
);

/** Replaces one value deep inside valid JSON (or drops a key), so the text stays JSON and schemas get tested. */
function replaceValue(value: unknown, path: readonly number[], by: unknown): unknown {
  if (path.length === 0 || typeof value !== 'object' || value === null) return by;
  const [step, ...rest] = path;
  if (Array.isArray(value)) {
    if (value.length === 0) return by;
    const i = step % value.length;
    return value.map((item: unknown, index) => (index === i ? replaceValue(item, rest, by) : item));
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return by;
  const key = keys[step % keys.length];
  const copy: Record<string, unknown> = { ...value };
  if (rest.length === 0 && by === undefined) delete copy[key];
  else copy[key] = replaceValue(copy[key], rest, by);
  return copy;
}
const jsonMutation: fc.Arbitrary<Mutation> = fc
  .tuple(
    fc.array(position, { minLength: 1, maxLength: 7 }),
    fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 }), nastyText),
  )
  .map(([path, by]): Mutation => (text) => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return text;
    }
    return JSON.stringify(replaceValue(value, path, by), null, 2) ?? '';
  });
const mutation = fc.oneof(textMutation, jsonMutation, jsonMutation);

const mutated = fc
  .tuple(fc.constantFrom(...REAL), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([real, edits]) => ({
    text: edits.reduce((text, edit) => edit(text), real.text),
    fileName: real.fileName,
  }));
const arbitraryText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.json(),
  fc.array(nastyText, { maxLength: 30 }).map((parts) => parts.join('')),
);
const anyInput = fc.oneof(
  mutated,
  fc.record({ text: arbitraryText, fileName: fc.constantFrom('', 'x.json', 'x.bib', 'x.txt') }),
);

const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

function expectLocated(issue: ImportIssue, text: string): void {
  expect(typeof issue.message).toBe('string');
  expect(issue.message.trim()).not.toBe('');
  if (issue.line !== undefined) {
    expect(Number.isInteger(issue.line)).toBe(true);
    expect(issue.line).toBeGreaterThanOrEqual(1);
    expect(issue.line).toBeLessThanOrEqual(lineCount(text));
  }
  if (issue.column !== undefined) expect(issue.column).toBeGreaterThanOrEqual(1);
}

function expectWellFormed(result: ParseResult, text: string): void {
  if (!result.ok) {
    expect(result.errors.length).toBeGreaterThan(0);
    result.errors.forEach((issue) => expectLocated(issue, text));
    return;
  }
  if (result.value.kind === 'backup') {
    // What would be restored is exactly what a backup may hold.
    const { library, exportedAt } = result.value;
    const again = { format: 'papershelf-backup', version: BACKUP_VERSION, exportedAt, library };
    expect(backupSchema.safeParse(again).success).toBe(true);
    return;
  }
  result.value.warnings.forEach((issue) => expectLocated(issue, text));
  result.value.papers.forEach(expectSafePaper);
}

const HTTP = /^https?:\/\/\S+$/i;

/** A valid Paper whose every link is http(s): nothing imported may become a javascript: link. */
function expectSafePaper(paper: Paper): void {
  expect(paperSchema.safeParse(paper).success).toBe(true);
  for (const url of [paper.codeUrl, paper.projectUrl, ...paper.links])
    if (url !== null) expect(url).toMatch(HTTP);
}

describe('parseListing on arbitrary and mutated text', () => {
  it('returns papers or errors located on a line of the input, with a message', () => {
    fc.assert(
      fc.property(anyInput, ({ text }) => {
        const result = parseListing(text, { capturedAt: '2025-12-09' });
        const issues = result.ok ? result.warnings : result.errors;
        if (!result.ok) expect(issues.length).toBeGreaterThan(0);
        issues.forEach((issue) => expectLocated(issue, text));
        if (result.ok) result.papers.forEach(expectSafePaper);
      }),
    );
  });
});

describe('parseImport on arbitrary and mutated files', () => {
  it('never rejects; papers pass the shared schema; errors are located', async () => {
    await fc.assert(
      fc.asyncProperty(anyInput, async ({ text, fileName }) => {
        const result = await parseImport(text, fileName ? { fileName } : {});
        expectWellFormed(result, text.replace(/^\uFEFF/, ''));
      }),
    );
  });

  it('reads API-shaped JSON with hostile field values into valid papers or path-located errors', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      nastyText,
      // Ids and titles that a plain-object lookup would confuse with Object.prototype members.
      fc.constantFrom(...Object.getOwnPropertyNames(Object.prototype)),
    );
    const url = fc.oneof(
      fc.webUrl(),
      fc.constantFrom(
        'javascript:alert(1)',
        'data:text/html,<b>',
        ' https://x.org ',
        'github.com/a/b',
      ),
      text,
    );
    const count = fc.oneof(fc.integer(), fc.double(), fc.constant(null));
    const paper = fc.record(
      {
        id: fc.oneof(text, fc.constantFrom('2305.07922v3', 'hep-th/9901001', 'arXiv:2401.00001')),
        title: text,
        summary: fc.oneof(text, fc.lorem()),
        authors: fc.array(fc.record({ name: text }), { maxLength: 3 }),
        publishedAt: fc.oneof(text, fc.constantFrom('2026-02-26T17:08:18.000Z', '2026-02-30')),
        upvotes: count,
        githubRepo: fc.option(url),
        projectPage: fc.option(url),
        organization: fc.option(
          fc.record({ name: text, fullname: text }, { requiredKeys: ['name'] }),
        ),
      },
      { requiredKeys: ['id', 'title'] },
    );
    const item = fc.record({ paper, numComments: count }, { requiredKeys: ['paper'] });
    const data = fc.oneof(fc.array(item, { minLength: 1, maxLength: 4 }), paper, item);
    fc.assert(
      fc.property(data, (value) => {
        const json = JSON.stringify(value);
        const result = importJson(json);
        expectWellFormed(result, json);
        // Once read as API data, each problem names the field it is about.
        if (!result.ok && result.format === 'hf-api')
          result.errors.forEach((issue) => expect(issue.path).toMatch(/^(daily_papers)?[[.\w]/));
      }),
    );
  });

  it('reads each real input unmutated, so the mutations start from valid files', async () => {
    for (const { text, fileName } of REAL.filter((real) => real.fileName !== 'broken.bib')) {
      const result = await parseImport(text, { fileName });
      expect(result.ok, fileName).toBe(true);
    }
    expect(detectTextKind(backup)).toBe('json');
  });
});
