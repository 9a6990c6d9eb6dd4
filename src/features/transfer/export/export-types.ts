import type { LibraryEntry } from '@/features/library/schema';
import type { Paper } from '@/features/papers/schema';

/** One paper to export, with what the user recorded for it (null: nothing recorded). */
export type ExportItem = { paper: Paper; entry: LibraryEntry | null };

/** A finished export: ready for `downloadFile(filename, content, mimeType)` or the clipboard. */
export type ExportFile = { filename: string; mimeType: string; content: string };

export const EXPORT_SCOPES = ['reading-list', 'results', 'selection'] as const;
export type ExportScope = (typeof EXPORT_SCOPES)[number];

export const SCOPE_LABELS: Record<ExportScope, string> = {
  'reading-list': 'Reading list',
  results: 'Current results',
  selection: 'Selection',
};

export type ExportOptions = {
  /** Dates the file name (and a backup's `exportedAt`); defaults to now. */
  now?: Date;
  /** Names the file after what it holds; defaults to the reading list. */
  scope?: ExportScope;
};

const STEMS: Record<ExportScope, string> = {
  'reading-list': 'papershelf-reading-list',
  results: 'papershelf-results',
  selection: 'papershelf-selection',
};

/** The user's calendar day, not UTC: a file saved late in the evening carries that evening's date. */
export function localDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `papershelf-reading-list-2026-11-29.md` */
export function exportFilename(
  extension: string,
  options: ExportOptions = {},
  stem?: string,
): string {
  const name = stem ?? STEMS[options.scope ?? 'reading-list'];
  return `${name}-${localDate(options.now ?? new Date())}.${extension}`;
}
