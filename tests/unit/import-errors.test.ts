import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '@/features/transfer/import/json-syntax';
import { MAX_IMPORT_BYTES, parseImport } from '@/features/transfer/import/parse-import';
import { describeIssue, type ImportIssue } from '@/features/transfer/import/import-types';
import { fixture, sample } from '../fixtures/import/papers';

async function errorsOf(text: string, fileName?: string): Promise<ImportIssue[]> {
  const result = await parseImport(text, fileName ? { fileName } : {});
  if (result.ok) throw new Error('expected the import to fail');
  return result.errors;
}

describe('malformed JSON', () => {
  it('locates a truncated file at its end and says it may be cut short', async () => {
    const text = fixture('truncated-api.json');
    const [error] = await errorsOf(text);
    const lines = text.split('\n');
    expect(error).toMatchObject({ line: lines.length, column: lines.at(-1)!.length + 1 });
    expect(error.message).toMatch(/cut short/);
  });

  it('gives line and column of a missing comma and of a trailing comma', async () => {
    expect(await errorsOf('{\n  "a": 1\n  "b": 2\n}')).toEqual([
      {
        line: 3,
        column: 3,
        message: "JSON syntax error: expected ',' or '}' after a property value, found '\"'.",
      },
    ]);
    const [trailing] = await errorsOf('[\n  {"paper": {"id": "1"}},\n]');
    expect(trailing).toMatchObject({ line: 3, column: 1 });
    expect(trailing.message).toMatch(/trailing comma/);
  });

  it('agrees with JSON.parse about what is valid', () => {
    const valid = ['{}', '[1, -2.5e3, "a\\u00e9\\n", true, false, null, {"x": [[]]}]', ' "text" '];
    for (const text of valid) expect(findJsonSyntaxError(text)).toBeNull();
    const invalid = [
      '{"a": 01}',
      "{'a': 1}",
      '[1,]',
      '{"a" 1}',
      '"tab\there"',
      '[1] [2]',
      '{"a": tru}',
      '-',
    ];
    for (const text of invalid) {
      expect(() => JSON.parse(text) as unknown).toThrow();
      expect(findJsonSyntaxError(text)).not.toBeNull();
    }
  });
});

describe('backups that cannot be restored', () => {
  it('refuses a backup from a newer version, naming both versions', async () => {
    const [error] = await errorsOf(fixture('future-backup.json'));
    expect(error.path).toBe('version');
    expect(error.message).toMatch(
      /newer Papershelf \(backup version 4; this one reads version 3\)/,
    );
  });

  it('names the field path of a schema error', async () => {
    const [error] = await errorsOf(fixture('bad-entry-backup.json'));
    expect(describeIssue(error)).toBe(
      'library.entries["2305.07922"].status: expected "to-read" or "reading" or "read", found "finished"',
    );
  });

  it('refuses JSON in an unknown format', async () => {
    const [error] = await errorsOf('{"format": "zotero-rdf", "items": []}');
    expect(describeIssue(error)).toBe('format: "zotero-rdf" is not a file format Papershelf reads');
  });
});

describe('Hugging Face API JSON with a wrong field', () => {
  it('names the item and field', async () => {
    const items: unknown = JSON.parse(sample('hf-api-daily-papers-item.json'));
    const broken = JSON.stringify(
      [items, { paper: { id: '2401.00001', title: 42, authors: [] } }].flat(),
    );
    expect((await errorsOf(broken)).map(describeIssue)).toEqual([
      '[1].paper.title: expected a string',
    ]);
  });
});

describe('BibTeX with a broken entry', () => {
  it('names the entry and its line, and imports none of the file', async () => {
    const result = await parseImport(fixture('broken.bib'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(describeIssue)).toEqual([
      'Entry hopper1952compiler (line 8): a { is never closed, so the entry runs into the next one',
    ]);
  });

  it('refuses an entry without a title', async () => {
    const errors = await errorsOf(
      '@misc{untitled2024,\n  author = {Ada Lovelace},\n  year = {2024}\n}\n',
    );
    expect(errors.map(describeIssue)).toEqual(['Entry untitled2024 (line 1): has no title']);
  });
});

describe('input that is not a library at all', () => {
  it('says an empty file or text is empty', async () => {
    expect((await errorsOf('  \n\n', 'papers.bib')).map(describeIssue)).toEqual([
      'papers.bib is empty.',
    ]);
    expect((await errorsOf('')).map(describeIssue)).toEqual([
      'There is nothing to import: the text is empty.',
    ]);
  });

  it('recognises binary files', async () => {
    const [pdf] = await errorsOf('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj');
    expect(pdf.message).toMatch(/^This is a PDF file/);
    const [png] = await errorsOf('\uFFFDPNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR');
    expect(png.message).toMatch(/not text/);
  });

  it('refuses more than the size cap before parsing', async () => {
    const [error] = await errorsOf('x'.repeat(MAX_IMPORT_BYTES + 2));
    // Two bytes over must not read as the limit itself ("This is 25.0 MB; … at most 25.0 MB").
    expect(error.message).toMatch(
      /^This is 26,214,402 bytes; Papershelf imports at most 26,214,400 bytes \(25\.0 MB\)/,
    );
  });

  it('explains that RIS cannot be imported', async () => {
    const [error] = await errorsOf('TY  - GEN\r\nTI  - A title\r\nER  - \r\n');
    expect(error.message).toMatch(/RIS file/);
  });

  it('passes on the listing parser’s located errors', async () => {
    const listing =
      'A title\n\nAn abstract that is long enough to be one.\n\n  • 3 authors\n·\nFeb 30, 2023\n';
    const errors = await errorsOf(listing);
    expect(errors[0].line).toBe(7);
    expect(errors[0].message).toMatch(/date/);
  });
});
