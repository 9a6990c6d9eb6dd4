import { unparse } from 'papaparse';
import { STATUS_LABELS } from '@/features/library/schema';
import { primaryUrl, validArxivId } from '@/features/transfer/paper-links';
import { safeHttpUrl } from '@/lib/safe-url';
import {
  exportFilename,
  type ExportFile,
  type ExportItem,
  type ExportOptions,
} from '@/features/transfer/export/export-types';

export const CSV_COLUMNS = [
  'title',
  'authors',
  'organization',
  'published',
  'arxiv_id',
  'url',
  'code_url',
  'status',
  'tags',
  'note',
  'added',
  'started',
  'finished',
  'comments',
  'upvotes',
] as const;

type CsvRow = Record<(typeof CSV_COLUMNS)[number], string | number>;

// Spreadsheets run a cell that starts with one of these as a formula (CSV injection); an apostrophe makes it text.
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | null | undefined): string {
  const text = value ?? '';
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function row({ paper, entry }: ExportItem): CsvRow {
  return {
    title: cell(paper.title.replace(/\s+/g, ' ').trim()),
    authors: cell(paper.authors.join('; ')),
    organization: cell(paper.organization?.name || paper.organization?.handle),
    published: cell(paper.publishedAt),
    arxiv_id: cell(validArxivId(paper)),
    url: cell(primaryUrl(paper)),
    code_url: cell(safeHttpUrl(paper.codeUrl)),
    status: entry?.status ? STATUS_LABELS[entry.status] : '',
    tags: cell(entry?.tags.join('; ')),
    note: cell(entry?.note),
    added: cell(entry?.addedAt),
    started: cell(entry?.startedAt),
    finished: cell(entry?.finishedAt),
    comments: paper.comments ?? '',
    upvotes: paper.upvotes ?? '',
  };
}

/**
 * One row per paper under a header row, quoted by papaparse (commas, quotes and line breaks in notes are safe).
 * A byte-order mark tells Excel the file is UTF-8.
 */
export function exportCsv(items: ExportItem[], options: ExportOptions = {}): ExportFile {
  const csv = unparse({
    fields: [...CSV_COLUMNS],
    data: items.map((item) => CSV_COLUMNS.map((column) => row(item)[column])),
  });
  return {
    filename: exportFilename('csv', options),
    mimeType: 'text/csv',
    content: `\uFEFF${csv}\r\n`,
  };
}
