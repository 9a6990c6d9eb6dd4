import { parse } from '@retorquere/bibtex-parser';
import { micromark } from 'micromark';
import { parse as parseCsv } from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readStoredLibrary, serializeLibrary } from '@/features/library/persistence/migrate';
import { exportBackup } from '@/features/transfer/export/backup-export';
import { exportBibtex } from '@/features/transfer/export/bibtex-export';
import { exportCslJson } from '@/features/transfer/export/csl-json-export';
import { exportCsv } from '@/features/transfer/export/csv-export';
import { exportMarkdown } from '@/features/transfer/export/markdown-export';
import { exportRis } from '@/features/transfer/export/ris-export';
import { markdownUrl } from '@/features/transfer/export/markdown-text';
import { importJson } from '@/features/transfer/import/json-import';
import type { ExportItem } from '@/features/transfer/export/export-types';
import { makeEntry, makeLibrary, makePaper } from '../fixtures/import/papers';

/** The reproductions from the red-team report, verbatim. */
const BIBTEX_ID =
  '2401.00001}}\n@preamble{"\\input{/etc/passwd}"}\n@misc{injected, title={Injected entry}, note={x';
const MARKDOWN_ID =
  '2401.00001)\n\n# Heading\n\n[Click here][r]\n\n[r]: https://evil.example/phish';

const now = new Date(2026, 10, 29, 9, 0);
// Built without the schema on purpose: exporters must not trust that stored data was checked.
const hostile = (arxivId: string, overrides = {}): ExportItem => ({
  paper: makePaper({ id: 'hostile', arxivId, ...overrides }),
  entry: makeEntry(),
});
const readBib = (content: string) => parse(content, { english: false, caseProtection: false });
const body = (markdown: string, allowDangerousHtml = false) =>
  new DOMParser().parseFromString(micromark(markdown, { allowDangerousHtml }), 'text/html').body;

describe('a hostile arXiv id at the import boundaries', () => {
  const dataset = (arxivId: string) =>
    JSON.stringify({
      version: 1,
      capturedAt: '2026-01-01',
      source: 'x',
      papers: [makePaper({ id: 'p1' }), makePaper({ id: 'p2', arxivId })],
    });

  it.each([BIBTEX_ID, MARKDOWN_ID, '2401.1', 'HEP-TH/9901001', ' 2401.00001'])(
    'is refused in a dataset file, naming the paper and the field (%j)',
    (arxivId) => {
      const result = importJson(dataset(arxivId));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors[0].path).toBe('papers[1].arxivId');
      expect(result.errors[0].message).toMatch(/^is not an arXiv id \(expected one such as/);
    },
  );

  it('is refused in a backup, naming the entry and the field', () => {
    const library = makeLibrary({}, [makePaper({ id: 'evil', arxivId: BIBTEX_ID })]);
    const result = importJson(exportBackup(library, { now }).content);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0].path).toBe('library.importedPapers.evil.paper.arxivId');
    expect(result.errors[0].message).toMatch(
      /^is not an arXiv id .*, found "2401\.00001}}\\n@preamble/,
    );
    // Shown to the user, so the hostile value is cut short.
    expect(result.errors[0].message.length).toBeLessThan(200);
  });

  it('is refused in Hugging Face API data, naming the item', () => {
    const item = { paper: { id: MARKDOWN_ID, title: 'T', summary: '', authors: [] } };
    const result = importJson(JSON.stringify([item]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0].path).toBe('[0].paper.id');
    expect(result.errors[0].message).toMatch(/^is not an arXiv id/);
  });

  it('keeps a stored paper and its entry readable, dropping only the bad id', () => {
    const paper = makePaper({ id: 'kept', arxivId: BIBTEX_ID, title: 'Kept' });
    const good = makePaper({ id: '2305.07922' });
    const stored = makeLibrary({ kept: makeEntry({ note: 'mine' }) }, [paper, good]);
    const read = readStoredLibrary(serializeLibrary(stored));
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.data.importedPapers.kept?.paper).toEqual({ ...paper, arxivId: null });
    expect(read.data.importedPapers['2305.07922']?.paper).toEqual(good);
    expect(read.data.entries.kept?.note).toBe('mine');
  });
});

describe('exporters given a hostile arXiv id', () => {
  it('BibTeX stays one entry with no @preamble, and no arXiv fields from the bad id', () => {
    const bib = readBib(exportBibtex([hostile(BIBTEX_ID)], { now }).content);
    expect(bib.errors).toEqual([]);
    expect(bib.preamble).toEqual([]);
    expect(bib.entries).toHaveLength(1);
    expect(bib.entries[0].fields.eprint).toBeUndefined();
    expect(JSON.stringify(bib)).not.toMatch(/Injected|passwd/);
  });

  it('Markdown stays one list item with no heading or link from the bad id', () => {
    const md = exportMarkdown([hostile(MARKDOWN_ID, { codeUrl: null })], { now }).content;
    const doc = body(md);
    expect(doc.querySelectorAll('li')).toHaveLength(1);
    expect([...doc.querySelectorAll('h1, h2, h3')].map((h) => h.textContent)).toEqual([
      'Reading list',
      'To read (1)',
    ]);
    expect(doc.innerHTML).not.toMatch(/evil\.example|Click here|Heading/);
  });

  it('RIS stays one record, CSL-JSON and CSV carry no part of the bad id', () => {
    const ris = exportRis([hostile(BIBTEX_ID)], { now }).content;
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(1);
    expect(ris).not.toMatch(/preamble|Injected/);
    const [csl] = JSON.parse(exportCslJson([hostile(BIBTEX_ID)], { now }).content) as Array<
      Record<string, unknown>
    >;
    expect(csl.DOI).toBeUndefined();
    expect(JSON.stringify(csl)).not.toMatch(/preamble|Injected/);
    const csv = parseCsv<Record<string, string>>(
      exportCsv([hostile(MARKDOWN_ID)], { now }).content.replace(/^\uFEFF/, ''),
      { header: true, skipEmptyLines: true },
    );
    expect(csv.data).toHaveLength(1);
    expect(csv.data[0].arxiv_id).toBe('');
  });
});

describe('URLs in exports', () => {
  const projectUrl = 'https://example.org/a) [x](https://evil.example/phish) <b>\\';

  it('are percent-encoded in Markdown where they could end or break a link', () => {
    expect(markdownUrl('https://x.io/a b)\n# H\t<i>\\[c]\u00A0')).toBe(
      'https://x.io/a%20b%29%0A#%20H%09%3Ci%3E%5C%5Bc%5D%C2%A0',
    );
    const md = exportMarkdown([hostile('', { arxivId: null, projectUrl, codeUrl: null })], {
      now,
    }).content;
    const links = [...body(md).querySelectorAll('a')];
    expect(links).toHaveLength(1);
    expect(links[0].textContent).toBe(
      'CodeT5+: Open Code Large Language Models for Code Understanding and Generation',
    );
    expect(links[0].getAttribute('href')).toMatch(/^https:\/\/example\.org\/a%29/);
  });

  it('are written once in BibTeX, as `url`, and read back as the same link', () => {
    const item = hostile('', { arxivId: null, projectUrl, codeUrl: null });
    const content = exportBibtex([item], { now }).content;
    expect(content).not.toMatch(/howpublished/);
    const bib = readBib(content);
    expect(bib.errors).toEqual([]);
    expect(bib.entries).toHaveLength(1);
    expect(bib.entries[0].fields.url).toBe(new URL(projectUrl).href);
    expect(content.match(/example\.org/g)).toHaveLength(1);
  });
});

describe('raw HTML in a note, exported as Markdown', () => {
  const withNote = (note: string): ExportItem => ({
    paper: makePaper({ id: 'n' }),
    entry: makeEntry({ note }),
  });
  const rendered = (note: string) => body(exportMarkdown([withNote(note)], { now }).content, true);

  it('is shown as text even by a renderer that allows HTML, as the preview shows it', () => {
    const doc = rendered(
      '<script>alert(1)</script>\n\nSee <img src=x onerror="alert(2)"> and <a href="javascript:alert(3)">this</a>.\n\n<div>\n<iframe src="https://evil.example"></iframe>\n</div>',
    );
    expect(doc.querySelectorAll('script, img, iframe, div')).toHaveLength(0);
    expect(doc.querySelector('li a[href^="javascript"]')).toBeNull();
    expect(doc.textContent).toContain('<script>alert(1)</script>');
    expect(doc.textContent).toContain('<img src=x onerror="alert(2)">');
  });

  it('leaves code, Markdown and autolinks in the note as they were', () => {
    const doc = rendered(
      'Use `<b>` and **bold**, see <https://example.org>.\n\n```\n<i>x</i>\n```',
    );
    expect(doc.querySelector('li code')?.textContent).toBe('<b>');
    expect(doc.querySelector('li strong')?.textContent).toBe('bold');
    expect(doc.querySelector('li a[href="https://example.org"]')).not.toBeNull();
    expect(doc.querySelector('li pre code')?.textContent).toBe('<i>x</i>\n');
  });
});

describe('text that is syntax in an export format', () => {
  const item = (paper = {}, entry = {}): ExportItem => ({
    paper: makePaper({
      id: 's',
      arxivId: null,
      projectUrl: null,
      codeUrl: null,
      organization: null,
      authors: [],
      authorCount: null,
      publishedAt: null,
      ...paper,
    }),
    entry: makeEntry(entry),
  });

  it('BibTeX: a NUL, a lone $ in a tag or a URL do not make a reader drop the entry', () => {
    const content = exportBibtex(
      [
        item({ title: 'A\u0000B' }),
        item({ id: 't', title: 'Other', projectUrl: 'https://x.io/?a=$' }, { tags: ['5$'] }),
      ],
      { now },
    ).content;
    const bib = readBib(content);
    expect(bib.errors).toEqual([]);
    expect(bib.entries.map((entry) => entry.fields.title)).toEqual(['AB', 'Other']);
    expect(bib.entries[1].fields.url).toBe('https://x.io/?a=%24');
  });

  it('RIS: a tag line behind whitespace inside a value does not start a new record', () => {
    const ris = exportRis([item({}, { tags: ['x\r\tER  - '], note: 'a\n  TY  - JOUR' })], {
      now,
    }).content;
    const starts = ris.split('\r\n').filter((line) => /^\s*(?:TY|ER) {2}-/.test(line));
    expect(starts).toEqual(['TY  - GEN', 'ER  - ']);
  });

  it('Markdown: a title is never a heading, a nested list or an entity, and an empty one keeps its note', () => {
    const md = exportMarkdown(
      [
        item({ title: '# Heading' }),
        item({ id: 'u', title: '1. first' }),
        item({ id: 'v', title: '&lt;b&gt; &copy;' }),
        item({ id: 'w', title: '   ' }, { note: 'my note' }),
      ],
      { now },
    ).content;
    const doc = body(md);
    const items = [...doc.querySelectorAll(':scope > ul > li')];
    expect(items.map((li) => li.firstElementChild?.textContent)).toEqual([
      '# Heading',
      '1. first',
      '&lt;b&gt; &copy;',
      'Untitled',
    ]);
    expect(doc.querySelectorAll('li h1, li ol')).toHaveLength(0);
    expect(items[3].textContent).toContain('my note');
  });
});
