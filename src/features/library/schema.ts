import { z } from 'zod/mini';
import { paperSchema } from '@/features/papers/schema';
import { keyedRecord } from '@/lib/keyed-record';
import { keyedRecordSchema } from '@/lib/keyed-record-schema';
import { canonicalInstant, INSTANT_HINT, isInstant } from '@/features/library/timestamps';

export const STATUSES = ['to-read', 'reading', 'read'] as const;
export const statusSchema = z.enum(STATUSES);
export type ReadingStatus = z.infer<typeof statusSchema>;

export const STATUS_LABELS: Record<ReadingStatus, string> = {
  'to-read': 'To read',
  reading: 'Reading',
  read: 'Read',
};

/** A real instant within sane years, stored in its one canonical spelling (merges compare strings). */
const isoDate = z.string().check(
  z.refine(isInstant, { message: `must be ${INSTANT_HINT}` }),
  z.overwrite((value) => canonicalInstant(value) ?? value),
);

/**
 * What the user created for one paper. Entries are keyed by the paper's stable id and merged
 * per paper by `updatedAt` across tabs and restores. An entry whose status is null, with no
 * tags and no note, is a deletion marker: it stays so that a stale tab cannot resurrect it.
 */
export const entrySchema = z.object({
  /** null: not in the reading list (bookmark off). */
  status: z.nullable(statusSchema),
  tags: z.array(z.string()),
  /** Markdown. */
  note: z.string(),
  addedAt: z.nullable(isoDate),
  startedAt: z.nullable(isoDate),
  finishedAt: z.nullable(isoDate),
  /** Position in the user's queue: smaller first; fractional so a move touches one entry. */
  order: z.number(),
  updatedAt: isoDate,
});
export type LibraryEntry = z.infer<typeof entrySchema>;

/** A paper the user imported; it joins the catalogue. */
export const importedPaperSchema = z.object({
  paper: paperSchema,
  importedAt: isoDate,
  updatedAt: isoDate,
});
export type ImportedPaper = z.infer<typeof importedPaperSchema>;

export const LIBRARY_VERSION = 1;

/** The persisted user state and the body of a JSON backup. Keyed by paper id, without prototypes. */
export const libraryDataSchema = z.object({
  entries: keyedRecordSchema(entrySchema),
  importedPapers: keyedRecordSchema(importedPaperSchema),
  lastBackupAt: z.nullable(isoDate),
  changesSinceBackup: z.number().check(z.int(), z.nonnegative()),
});
export type LibraryData = z.infer<typeof libraryDataSchema>;

export const emptyLibrary = (): LibraryData => ({
  entries: keyedRecord(),
  importedPapers: keyedRecord(),
  lastBackupAt: null,
  changesSinceBackup: 0,
});
