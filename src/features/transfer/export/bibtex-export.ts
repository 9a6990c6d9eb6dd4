import { arxivAbsUrl } from '@/features/papers/paper-links';
import { paperDate, primaryUrl, validArxivId } from '@/features/transfer/paper-links';
import { splitName } from '@/features/transfer/person-names';
import { assignCitationKeys } from '@/features/transfer/export/citation-keys';
import {
  exportFilename,
  type ExportFile,
  type ExportItem,
  type ExportOptions,
} from '@/features/transfer/export/export-types';
import { escapeBibUrl, escapeLatex } from '@/features/transfer/export/latex-text';

/** One name in `author = {...}`, written as arXiv writes them ("Yue Wang"), braced where BibTeX would misread it. */
function bibName(fullName: string): string {
  const name = splitName(fullName);
  if ('literal' in name) return escapeLatex(name.literal);
  if (/,|\band\b/i.test(`${name.given} ${name.family}`)) return `{${escapeLatex(fullName.trim())}}`;
  if (name.suffix)
    return `${escapeLatex(name.family)}, ${escapeLatex(name.suffix)}, ${escapeLatex(name.given)}`;
  return escapeLatex(`${name.given} ${name.family}`);
}

/**
 * Readers (biber, Zotero, Better BibTeX) take keywords as a verbatim comma-separated list, not as TeX; what
 * would still unbalance the field (braces, a backslash, a lone `$` opening math) or a comma is left out.
 */
const keyword = (tag: string) => tag.replace(/[{}\\$]/g, '').replace(/,/g, ' ');

function entryFields({ paper, entry }: ExportItem): Array<[string, string]> {
  const fields: Array<[string, string]> = [
    ['title', `{${escapeLatex(paper.title.replace(/\s+/g, ' ').trim())}}`],
  ];
  if (paper.authors.length > 0) fields.push(['author', paper.authors.map(bibName).join(' and ')]);
  const year = paperDate(paper)?.year;
  if (year) fields.push(['year', String(year)]);
  const arxivId = validArxivId(paper);
  if (arxivId) {
    fields.push(
      ['eprint', escapeBibUrl(arxivId)],
      ['archivePrefix', 'arXiv'],
      ['url', escapeBibUrl(arxivAbsUrl(arxivId))],
    );
  } else {
    // `url` alone: biblatex and citeproc print it; a `howpublished = {\url{...}}` beside it is printed twice.
    const url = primaryUrl(paper);
    if (url) fields.push(['url', escapeBibUrl(url)]);
    if (paper.organization)
      fields.push(['note', escapeLatex(paper.organization.name || paper.organization.handle)]);
  }
  if (entry && entry.tags.length > 0) fields.push(['keywords', entry.tags.map(keyword).join(', ')]);
  if (paper.abstract.trim()) fields.push(['abstract', escapeLatex(paper.abstract.trim())]);
  // annote, not note: standard styles print `note` in the bibliography, and the user's notes are private.
  if (entry?.note.trim()) fields.push(['annote', escapeLatex(entry.note.trim())]);
  return fields;
}

function formatEntry(key: string, fields: Array<[string, string]>): string {
  return [`@misc{${key},`, ...fields.map(([name, value]) => `  ${name} = {${value}},`), '}'].join(
    '\n',
  );
}

/**
 * BibTeX as arXiv exports a preprint (`@misc` with eprint, archivePrefix and url), or a plain `@misc` with
 * a URL when there is no arXiv id. Titles are double-braced to keep their capitalisation.
 */
export function exportBibtex(items: ExportItem[], options: ExportOptions = {}): ExportFile {
  const keys = assignCitationKeys(items.map((item) => item.paper));
  const entries = items.map((item) => formatEntry(keys.get(item.paper.id)!, entryFields(item)));
  return {
    filename: exportFilename('bib', options),
    mimeType: 'application/x-bibtex',
    content: entries.length > 0 ? `${entries.join('\n\n')}\n` : '',
  };
}
