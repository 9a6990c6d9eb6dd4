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

/** A reader's verdict on a paper, for "For you": "More like this" or "Not interested". */
export const RATINGS = ['more', 'less'] as const;
export type Rating = (typeof RATINGS)[number];

/**
 * One paper's rating. `rating: null` is a taken-back rating, kept (like an entry's deletion marker) so that
 * a stale tab or an older backup cannot bring it back. Merged per paper by `updatedAt`, as entries are.
 */
export const ratingSchema = z.object({
  rating: z.nullable(z.enum(RATINGS)),
  updatedAt: isoDate,
});
export type PaperRating = z.infer<typeof ratingSchema>;

/** 2: ratings joined the library (version 1 reads as version 2 with none). */
export const LIBRARY_VERSION = 2;

/** The persisted user state and the body of a JSON backup. Keyed by paper id, without prototypes. */
export const libraryDataSchema = z.object({
  entries: keyedRecordSchema(entrySchema),
  importedPapers: keyedRecordSchema(importedPaperSchema),
  /** Absent before version 2 (and in version 1 backups): no ratings. */
  ratings: z._default(keyedRecordSchema(ratingSchema), () => keyedRecord<PaperRating>()),
  lastBackupAt: z.nullable(isoDate),
  changesSinceBackup: z.number().check(z.int(), z.nonnegative()),
});
export type LibraryData = z.infer<typeof libraryDataSchema>;

export const emptyLibrary = (): LibraryData => ({
  entries: keyedRecord(),
  importedPapers: keyedRecord(),
  ratings: keyedRecord(),
  lastBackupAt: null,
  changesSinceBackup: 0,
});
