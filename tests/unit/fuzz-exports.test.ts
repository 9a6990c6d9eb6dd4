import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import fc from 'fast-check';
import { micromark } from 'micromark';
import { parse as parseCsv } from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ARXIV_ID, isArxivId, parseArxivId } from '@/features/papers/arxiv-id';
import { paperSchema } from '@/features/papers/schema';
import { CSV_COLUMNS, exportCsv } from '@/features/transfer/export/csv-export';
import { exportBibtex } from '@/features/transfer/export/bibtex-export';
import { exportCslJson } from '@/features/transfer/export/csl-json-export';
import { exportMarkdown } from '@/features/transfer/export/markdown-export';
import { exportRis } from '@/features/transfer/export/ris-export';
import type { ExportItem } from '@/features/transfer/export/export-types';
import { blankPaper } from '../fixtures/paper';
import { makeEntry } from '../fixtures/import/papers';

/** Whatever the text in any field, every export reads back as exactly one entry per paper. */

fc.configureGlobal({ seed: 20260116, numRuns: 200 });

// Pieces of every syntax an export is written in, glued together and mixed with arbitrary text.
const FRAGMENTS = [
  '{',
  '}',
  '\\',
  '\\input{/etc/passwd}',
  '@preamble{"x"}',
  '@misc{injected, title={x},',
  '@comment{',
  '%',
  '\n',
  '\r',
  '\r\n',
  '\n\n',
  '\t',
  ' ',
  '\u2028',
  '\u0085',
  '\u00A0',
  '\u0000',
  ')',
  '(',
  '](',
  '[r]: https://evil.example',
  '[x](https://evil.example)',
  '<https://evil.example>',
  '# H',
  '- ',
  '1. ',
  '> ',
  '```',
  '    ',
  '***',
  '<script>',
  '</div>',
  '<!--',
  '<img src=x>',
  '&lt;',
  'ER  - ',
  'TY  - ',
  'AU  - ',
  '\u200B',
  '=',
  '+',
  '@',
  '"',
  ',',
  ';',
  ' and ',
  'é',
  '😀',
];
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc
    .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 4 })), { maxLength: 12 })
    .map((parts) => parts.join('')),
);
const url = fc.oneof(
  fc.constant(null),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  text,
  text.map((tail) => `https://x.io/${tail}`),
);
const newId = fc
  .tuple(
    fc.integer({ min: 15, max: 99 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 0, max: 99999 }),
  )
  .map(([yy, mm, n]) => `${yy}${String(mm).padStart(2, '0')}.${String(n).padStart(5, '0')}`);
const arxivId = fc.oneof(
  fc.constant(null),
  newId,
  text,
  newId.chain((id) => text.map((tail) => id + tail)),
);

const item = (index: number) =>
  fc
    .record({
      title: text,
      abstract: text,
      authors: fc.array(text, { maxLength: 3 }),
      organization: fc.option(text),
      arxivId,
      codeUrl: url,
      projectUrl: url,
      tags: fc.array(text, { maxLength: 3 }),
      note: text,
    })
    .map(({ tags, note, organization, ...fields }): ExportItem => ({
      paper: blankPaper(`p${index}`, {
        ...fields,
        organization: organization === null ? null : { handle: organization, name: organization },
      }),
      entry: makeEntry({ tags, note }),
    }));
const items = fc
  .integer({ min: 1, max: 4 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => item(i))));

const now = new Date(2026, 0, 16, 12, 0);

describe('every export, whatever the fields hold', () => {
  it('BibTeX reads back as one entry per paper, with no @preamble, @string or @comment', () => {
    fc.assert(
      fc.property(items, (list) => {
        const bib = parseBibtex(exportBibtex(list, { now }).content, {
          english: false,
          caseProtection: false,
        });
        expect(bib.errors).toEqual([]);
        expect(bib.entries).toHaveLength(list.length);
        expect(bib.preamble).toEqual([]);
        expect(bib.strings).toEqual({});
        expect(bib.comments).toEqual([]);
        for (const entry of bib.entries) {
          expect(entry.type).toBe('misc');
          if (entry.fields.url) expect(entry.fields.url).toMatch(/^https?:\/\/\S+$/);
        }
      }),
    );
  });

  it('Markdown renders as one list item per paper, no raw HTML, and links only where the exporter put them', () => {
    fc.assert(
      fc.property(items, (list) => {
        const markdown = exportMarkdown(list, { now }).content;
        const html = micromark(markdown);
        // Identical with and without raw HTML allowed: there is none.
        expect(micromark(markdown, { allowDangerousHtml: true })).toBe(html);
        const body = new DOMParser().parseFromString(html, 'text/html').body;
        expect([...body.children].map((child) => child.tagName)).toEqual(['H1', 'P', 'H2', 'UL']);
        const entries = body.querySelectorAll(':scope > ul > li');
        expect(entries).toHaveLength(list.length);
        entries.forEach((entry, index) => {
          // A loose item (one with a note) wraps its first line in a paragraph; a tight one does not.
          const head = entry.firstElementChild?.tagName === 'P' ? entry.firstElementChild : entry;
          // CommonMark renders a NUL as U+FFFD.
          const title =
            list[index].paper.title.replace(/\s+/g, ' ').trim().replace(/\0/g, '\uFFFD') ||
            'Untitled';
          for (const link of head.querySelectorAll('a')) {
            expect([title, 'code', 'project', 'Hugging Face']).toContain(link.textContent);
            expect(link.getAttribute('href')).toMatch(/^https?:\/\/[^\s]+$/);
          }
        });
      }),
    );
  }, 30_000);

  it('RIS reads back as one record per paper, every line a tag or a continuation', () => {
    fc.assert(
      fc.property(items, (list) => {
        const lines = exportRis(list, { now }).content.split(/\r\n|\r|\n/);
        // Readers trim lines before they look for a tag, so a guarded line must not look like one even then.
        const tags = lines.map((line) => /^\s*([A-Z][A-Z0-9]) {1,2}-/.exec(line)?.[1] ?? null);
        expect(tags.filter((tag) => tag === 'TY')).toHaveLength(list.length);
        expect(tags.filter((tag) => tag === 'ER')).toHaveLength(list.length);
        expect(
          lines.filter((line, i) => tags[i] === 'UR' && !/^UR {2}- https?:\/\/\S+$/.test(line)),
        ).toEqual([]);
      }),
    );
  });

  it('CSL-JSON parses to one item per paper with http(s) URLs only', () => {
    fc.assert(
      fc.property(items, (list) => {
        const data = JSON.parse(exportCslJson(list, { now }).content) as Array<{
          id: string;
          URL?: string;
          title: string;
        }>;
        expect(data).toHaveLength(list.length);
        expect(new Set(data.map((entry) => entry.id)).size).toBe(list.length);
        data.forEach((entry, index) => {
          expect(entry.title).toBe(list[index].paper.title.replace(/\s+/g, ' ').trim());
          if (entry.URL !== undefined) expect(entry.URL).toMatch(/^https?:\/\/\S+$/);
        });
      }),
    );
  });

  it('CSV parses to one row per paper, the note intact and no cell a formula', () => {
    fc.assert(
      fc.property(items, (list) => {
        const content = exportCsv(list, { now })
          .content.replace(/^\uFEFF/, '')
          .replace(/\r\n$/, '');
        const rows = parseCsv<string[]>(content).data;
        expect(rows).toHaveLength(list.length + 1);
        rows.forEach((row) => expect(row).toHaveLength(CSV_COLUMNS.length));
        for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        rows.slice(1).forEach((row, index) => {
          const note = list[index].entry?.note ?? '';
          expect(row[CSV_COLUMNS.indexOf('note')]).toBe(
            /^[=+\-@\t\r]/.test(note) ? `'${note}` : note,
          );
        });
      }),
    );
  });
});

describe('the arXiv id grammar', () => {
  const oldId = fc
    .tuple(
      fc.constantFrom('hep-th', 'math', 'cond-mat', 'cs', 'astro-ph', 'math.GT', 'cs.AI'),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 0, max: 999 }),
    )
    .map(
      ([archive, yy, mm, n]) =>
        `${archive}/${String(yy).padStart(2, '0')}${String(mm).padStart(2, '0')}${String(n).padStart(3, '0')}`,
    );
  const fourDigitId = fc
    .tuple(
      fc.integer({ min: 7, max: 14 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 0, max: 9999 }),
    )
    .map(
      ([yy, mm, n]) =>
        `${String(yy).padStart(2, '0')}${String(mm).padStart(2, '0')}.${String(n).padStart(4, '0')}`,
    );
  const validId = fc
    .tuple(fc.oneof(newId, oldId, fourDigitId), fc.option(fc.integer({ min: 1, max: 99 })))
    .map(([id, version]) => (version === null ? id : `${id}v${version}`));

  it('accepts every id arXiv issues, with or without a version, and the Paper schema takes it', () => {
    fc.assert(
      fc.property(validId, (id) => {
        expect(isArxivId(id)).toBe(true);
        expect(parseArxivId(`arXiv:${id}`)).toBe(id.replace(/v\d+$/, ''));
        expect(paperSchema.safeParse(blankPaper('p', { arxivId: id })).success).toBe(true);
      }),
    );
  });

  it('rejects any other string, in the schema too, and what it accepts needs no escaping anywhere', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          text,
          validId.chain((id) => fc.tuple(text, text).map(([a, b]) => a + id + b)),
        ),
        (value) => {
          const accepted = isArxivId(value);
          expect(paperSchema.safeParse(blankPaper('p', { arxivId: value })).success).toBe(accepted);
          if (accepted) expect(value).toMatch(/^[A-Za-z0-9./-]+$/);
        },
      ),
    );
  });

  it('rejects a valid id with anything outside the grammar added to it', () => {
    const outside = fc
      .string({ unit: 'binary', minLength: 1, maxLength: 6 })
      .filter((s) => /[^A-Za-z0-9./-]/.test(s));
    fc.assert(
      fc.property(validId, outside, fc.nat(), (id, extra, at) => {
        const cut = at % (id.length + 1);
        expect(isArxivId(id.slice(0, cut) + extra + id.slice(cut))).toBe(false);
      }),
    );
  });

  it.each([
    '2413.00001',
    '2400.00001',
    '2401.0001',
    '1401.00001',
    '0612.0001',
    'hep-th/9913001',
    'HEP-TH/9901001',
    'hep-th/990101',
    '2401.00001v0',
    '2401.00001 ',
    '2401.00001\n',
    'arXiv:2401.00001',
    '-th/9901001',
  ])('rejects the near miss %j', (value) => {
    expect(ARXIV_ID.test(value)).toBe(false);
  });
});
