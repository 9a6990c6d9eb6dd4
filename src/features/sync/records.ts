import type { z } from 'zod/mini';
import {
  entrySchema,
  importedPaperSchema,
  paperSnapshotSchema,
  ratingSchema,
} from '@/features/library/schema';
import type { RecordKind, RecordOf } from '@/features/library/state/state';

/**
 * How one kind of library record is merged field by field. Every field not named here is a single
 * value (the later write wins, in the engine's order, never by a clock); `updatedAt` stays local.
 */
export type RecordSpec<K extends RecordKind = RecordKind> = {
  kind: K;
  /** The record's schema: what arrives from the server is validated with it like any stored data. */
  schema: z.ZodMiniType<RecordOf<K>, unknown> & { shape: Record<string, unknown> };
  /** Strings merged character by character. */
  text: readonly string[];
  /** Lists of strings merged as sets (concurrent additions all survive), kept in their order. */
  sets: readonly string[];
  /** Values of a record nobody has edited yet: only fields that differ from them are sent when one is created. */
  blank: Partial<RecordOf<K>>;
  /** A record that holds something of its own: on a first merge, its single values beat an idle copy. */
  inUse(record: RecordOf<K>): boolean;
};

/** Fields only this device's copy has: tabs order their saves by them, devices never compare them. */
export const LOCAL_FIELDS: readonly string[] = ['updatedAt'];

const spec = <K extends RecordKind>(value: RecordSpec<K>) => value;

/** The records that sync. A new kind of record is one line here. */
export const SYNCED_RECORDS = [
  spec({
    kind: 'entries',
    schema: entrySchema,
    text: ['note'],
    sets: ['tags'],
    blank: { status: null, tags: [], note: '', addedAt: null, startedAt: null, finishedAt: null },
    inUse: (entry) => entry.status !== null,
  }),
  spec({
    kind: 'importedPapers',
    schema: importedPaperSchema,
    text: [],
    sets: [],
    blank: {},
    inUse: () => true,
  }),
  // What exports need of a kept paper: another device may never have had the paper itself (an
  // import that moved to this device's catalogue store), so the snapshot travels with the library.
  spec({
    kind: 'snapshots',
    schema: paperSnapshotSchema,
    text: [],
    sets: [],
    blank: {},
    inUse: () => true,
  }),
  spec({
    kind: 'ratings',
    schema: ratingSchema,
    text: [],
    sets: [],
    blank: { rating: null },
    inUse: (rating) => rating.rating !== null,
  }),
] as const;
