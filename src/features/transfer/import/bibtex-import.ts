import type { Creator, Entry, Library, ParseError } from '@retorquere/bibtex-parser';
import { extractLinks, isCodeUrl } from '@/features/papers/links';
import type { Paper } from '@/features/papers/schema';
import { parseArxivId } from '@/features/papers/arxiv-id';
import { safeHttpUrl } from '@/lib/safe-url';
import { findArxivIdInText } from '@/features/transfer/import/arxiv-search';
import {
  MAX_ENTRY_CHARS,
  splitBibtex,
  type BibtexGroup,
} from '@/features/transfer/import/bibtex-chunks';
import {
  buildPaper,
  cleanAbstract,
  oneLine,
  type BuiltPaper,
} from '@/features/transfer/import/paper-fields';
import type { ImportIssue, ParseResult } from '@/features/transfer/import/import-types';

const PARSER_OPTIONS = { english: false, caseProtection: false, unsupported: 'ignore' } as const;
const ENTRY_HEAD = /^@\s*(\w+)\s*[{(]\s*([^,\s]*)/;

/**
 * The parser marks up \emph, \textbf, paragraphs... as HTML; a literal < in TeX text never reaches here as <.
 * Attributes stop at the next `<` so a title of unclosed `<a ` does not rescan the rest for every one.
 */
const plain = (text: string) =>
  text.replace(/<p>/g, '\n\n').replace(/<\/?[a-z]+(?:\s[^<>]*)?>/g, '');

function creatorName(creator: Creator): string {
  if (creator.name) return oneLine(creator.name);
  return oneLine(
    [creator.firstName, creator.prefix, creator.lastName, creator.suffix].filter(Boolean).join(' '),
  );
}

function arxivIdOf(fields: Entry['fields']): string | null {
  const prefix = (fields.archiveprefix ?? fields.eprinttype ?? '').toLowerCase();
  const eprint = fields.eprint ? parseArxivId(fields.eprint) : null;
  if (eprint && (prefix === 'arxiv' || prefix === '')) return eprint;
  // Zotero puts it in note/number ("arXiv:2305.07922 [cs]"), DBLP in volume ("abs/1706.03762"), Scholar in journal.
  for (const field of ['doi', 'url', 'number', 'note', 'journal', 'volume', 'howpublished']) {
    const value = fields[field];
    const id = typeof value === 'string' ? findArxivIdInText(value) : null;
    if (id) return id;
  }
  return null;
}

function toPaper(entry: Entry): BuiltPaper {
  const { fields } = entry;
  const authors = (fields.author ?? fields.editor ?? []).map(creatorName).filter(Boolean);
  const url = safeHttpUrl(fields.url);
  const isCode = url !== null && isCodeUrl(url);
  const isArxiv = url !== null && /arxiv/i.test(url);
  const date = fields.date ?? '';
  const noteLinks = extractLinks(
    [fields.howpublished, fields.note].filter((value) => typeof value === 'string').join(' '),
  );
  return buildPaper(
    {
      title: plain(fields.title ?? ''),
      abstract: cleanAbstract(plain(fields.abstract ?? '')),
      authorCount: authors.length > 0 ? authors.length : null,
      authors,
      organization: null,
      // BibTeX usually has only a year (and month); Paper keeps full dates only.
      publishedAt: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
      comments: null,
      upvotes: null,
      arxivId: arxivIdOf(fields),
      codeUrl: isCode ? url : (noteLinks.find(isCodeUrl) ?? null),
      projectUrl: url && !isCode && !isArxiv ? url : null,
      links: noteLinks,
    },
    '',
  );
}

/** 1-based line of each offset, by binary search over the line starts found once. */
function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return (offset) => {
    let [low, high] = [0, starts.length - 1];
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

type Locate = (input: string | undefined) => Pick<ImportIssue, 'line' | 'entry'>;

/** Finds an entry's source inside its group only, so many broken entries do not rescan the file. */
function locator(group: BibtexGroup, lineOf: (offset: number) => number): Locate {
  return (input) => {
    const at = input ? group.text.indexOf(input) : -1;
    const key = ENTRY_HEAD.exec(input ?? '')?.[2];
    return {
      ...(at >= 0 ? { line: lineOf(group.offset + at) } : {}),
      ...(key ? { entry: key } : {}),
    };
  };
}

function errorMessage(error: ParseError): string {
  const message = error.error.split('\n')[0];
  if (/^Unterminated brace-value/.test(message))
    return 'a { is never closed, so the entry runs into the next one';
  if (/^Unterminated quote-value/.test(message))
    return 'a " is never closed, so the entry runs into the next one';
  return message.length > 160 ? `${message.slice(0, 160)}…` : message;
}

const MAX_ERRORS = 20;

/** Papers from BibTeX as arXiv, Zotero, Google Scholar or DBLP write it. Any broken entry fails the whole import. */
export async function importBibtex(text: string): Promise<ParseResult> {
  const split = splitBibtex(text);
  const lineOf = lineFinder(text);
  if (!split.ok) {
    return {
      ok: false,
      format: 'bibtex',
      errors: [
        {
          line: lineOf(split.offset),
          message:
            split.problem === 'at-signs'
              ? `${split.count.toLocaleString('en')} @ characters in one entry: this is not BibTeX a reference manager writes, so it was not read`
              : `an entry of ${split.count.toLocaleString('en')} characters: Papershelf reads entries of up to ${MAX_ENTRY_CHARS.toLocaleString('en')}, far more than a reference manager writes`,
        },
      ],
    };
  }
  const { parse } = await import('@retorquere/bibtex-parser');
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const papers: Paper[] = [];
  // @string macros carry over from one group to the next, as they would in one parse.
  const strings: Record<string, string> = {};
  for (const group of split.groups) {
    let library: Library;
    try {
      library = parse(group.text, { ...PARSER_OPTIONS, strings: { ...strings } });
    } catch (error) {
      return {
        ok: false,
        format: 'bibtex',
        errors: [
          {
            message: `The BibTeX could not be read: ${error instanceof Error ? error.message : String(error)}`,
          },
        ],
      };
    }
    Object.assign(strings, library.strings);
    readGroup(library, locator(group, lineOf), { errors, warnings, papers });
    // The first errors are what a reader can act on; reading on would only take longer.
    if (errors.length >= MAX_ERRORS) break;
  }
  if (errors.length > 0)
    return { ok: false, format: 'bibtex', errors: errors.slice(0, MAX_ERRORS) };
  if (papers.length === 0)
    return { ok: false, format: 'bibtex', errors: [{ message: 'No BibTeX entries were found.' }] };
  return { ok: true, value: { kind: 'papers', format: 'bibtex', papers, warnings } };
}

type Collected = { errors: ImportIssue[]; warnings: ImportIssue[]; papers: Paper[] };

function readGroup(library: Library, locate: Locate, { errors, warnings, papers }: Collected) {
  for (const error of library.errors) {
    // Errors on a whole entry (its source starts with "@") lose that entry; the rest are about one value.
    if (error.input?.startsWith('@'))
      errors.push({ ...locate(error.input), message: errorMessage(error) });
    else warnings.push({ message: errorMessage(error) });
  }
  for (const entry of library.entries) {
    if (!entry.input) continue;
    if (!entry.fields.title) {
      errors.push({ ...locate(entry.input), message: 'has no title' });
      continue;
    }
    const built = toPaper(entry);
    if (built.ok) papers.push(built.paper);
    else
      errors.push(
        ...built.issues.map((issue) => ({
          ...locate(entry.input),
          message: `${issue.path}: ${issue.message}`,
        })),
      );
  }
}
