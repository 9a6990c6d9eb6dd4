import { z } from 'zod/mini';
import { paperSchema } from '@/features/papers/schema';
import { ARXIV_ID, ARXIV_ID_PROBLEM } from '@/features/papers/arxiv-id';
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

/**
 * What exports need of a paper the reader keeps (bookmarked, tagged or noted), saved with the library:
 * the catalogue store is a cache the browser may drop, and a kept paper must stay exportable. Unknown
 * fields are left out rather than stored empty.
 */
export const paperSnapshotSchema = z.object({
  title: z.string().check(z.minLength(1)),
  authors: z.optional(z.array(z.string())),
  /** YYYY-MM-DD */
  publishedAt: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  arxivId: z.optional(z.string().check(z.regex(ARXIV_ID, { error: ARXIV_ID_PROBLEM }))),
  codeUrl: z.optional(z.string()),
  projectUrl: z.optional(z.string()),
  updatedAt: isoDate,
});
export type PaperSnapshot = z.infer<typeof paperSnapshotSchema>;

/**
 * 2: ratings joined the library (version 1 reads as having none). 3: `snapshots` of kept papers
 * (made from the imported papers of older versions); imported papers move to the catalogue store,
 * the field keeping only those waiting for it.
 */
export const LIBRARY_VERSION = 3;

/** The persisted user state and the body of a JSON backup. Keyed by paper id, without prototypes. */
export const libraryDataSchema = z.object({
  entries: keyedRecordSchema(entrySchema),
  /** Imports waiting for the catalogue store, or kept here when the browser has none. */
  importedPapers: keyedRecordSchema(importedPaperSchema),
  /** Absent before version 2 (and in version 1 backups): no ratings. */
  ratings: z._default(keyedRecordSchema(ratingSchema), () => keyedRecord<PaperRating>()),
  /** By paper id, for kept papers whose data is not in the bundled seed; absent before version 3. */
  snapshots: z._default(keyedRecordSchema(paperSnapshotSchema), () => keyedRecord<PaperSnapshot>()),
  lastBackupAt: z.nullable(isoDate),
  changesSinceBackup: z.number().check(z.int(), z.nonnegative()),
});
export type LibraryData = z.infer<typeof libraryDataSchema>;

export const emptyLibrary = (): LibraryData => ({
  entries: keyedRecord(),
  importedPapers: keyedRecord(),
  ratings: keyedRecord(),
  snapshots: keyedRecord(),
  lastBackupAt: null,
  changesSinceBackup: 0,
});
