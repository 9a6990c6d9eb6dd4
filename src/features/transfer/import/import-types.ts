import type { LibraryData } from '@/features/library/schema';
import type { Paper } from '@/features/papers/schema';

export type ImportFormat = 'backup' | 'hf-api' | 'hf-listing' | 'bibtex' | 'dataset';

export const FORMAT_LABELS: Record<ImportFormat, string> = {
  backup: 'Papershelf backup',
  'hf-api': 'Hugging Face API JSON',
  'hf-listing': 'Hugging Face papers listing',
  bibtex: 'BibTeX',
  dataset: 'Papershelf dataset',
};

/** A problem in the input, located as precisely as the format allows. */
export type ImportIssue = {
  message: string;
  /** 1-based. */
  line?: number;
  column?: number;
  /** Field path for schema problems, e.g. `papers[3].title`. */
  path?: string;
  /** BibTeX entry key. */
  entry?: string;
};

export type ParsedPapers = {
  kind: 'papers';
  format: Exclude<ImportFormat, 'backup'>;
  papers: Paper[];
  warnings: ImportIssue[];
};
export type ParsedBackup = {
  kind: 'backup';
  format: 'backup';
  exportedAt: string;
  library: LibraryData;
};
export type ParsedImport = ParsedPapers | ParsedBackup;

export type ParseResult =
  | { ok: true; value: ParsedImport }
  | { ok: false; format: ImportFormat | null; errors: ImportIssue[] };

export const failure = (format: ImportFormat | null, ...errors: ImportIssue[]): ParseResult => ({
  ok: false,
  format,
  errors,
});

/** "Line 3, column 7: ...", "papers[3].title: ...", "Entry smith2020 (line 12): ..." */
export function describeIssue(issue: ImportIssue): string {
  const where = issue.entry
    ? `Entry ${issue.entry}${issue.line ? ` (line ${issue.line})` : ''}`
    : issue.path
      ? issue.path
      : issue.line
        ? `Line ${issue.line}${issue.column ? `, column ${issue.column}` : ''}`
        : '';
  return where ? `${where}: ${issue.message}` : issue.message;
}
