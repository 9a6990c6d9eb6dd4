import { z } from 'zod/mini';
import { isArxivId } from '@/features/papers/arxiv-id';
import { LIBRARY_VERSION, libraryDataSchema, type LibraryData } from '@/features/library/schema';
import { repairTimestamps } from '@/features/library/persistence/timestamp-repair';
import { snapshotsOfImported } from '@/features/library/snapshots';

/** What Papershelf writes: the data and the version of its shape. */
const envelopeSchema = z.object({ version: z.number(), data: z.unknown() });

/** What stock zustand `persist` writes (`{ state, version }`); the first prototype stored the library so. */
const stockEnvelopeSchema = z.object({
  version: z.number(),
  state: z.record(z.string(), z.unknown()),
});

/** Which shape the stored value had: this version's, an older version's, or stock zustand's envelope. */
type StoredFrom = 'current' | 'older' | 'stock-envelope';

export type StoredRead =
  | { kind: 'absent' }
  | {
      kind: 'ok';
      data: LibraryData;
      from: StoredFrom;
      /** Stamps that were not valid instants and were repaired (`entries["x"].updatedAt`); absent when none. */
      repairs?: string[];
    }
  /** Not JSON, truncated, wrong shape, or a version with no migration path: keep it, never overwrite it. */
  | { kind: 'unreadable'; reason: string }
  /** Written by a newer Papershelf: this code must not touch it. */
  | { kind: 'future'; version: number };

/** Reads the raw string under the library's key into current-version data, or says why it can't. */
export function readStoredLibrary(raw: string | null): StoredRead {
  if (raw === null) return { kind: 'absent' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return {
      kind: 'unreadable',
      reason: 'The saved data is not valid JSON (it may have been cut off).',
    };
  }
  return migrateStoredLibrary(value);
}

/** Pure: a parsed stored value of any known version, in, current-version data (validated), out. */
export function migrateStoredLibrary(value: unknown): StoredRead {
  const envelope = envelopeSchema.safeParse(value);
  if (envelope.success) {
    const { version, data } = envelope.data;
    if (version > LIBRARY_VERSION) return { kind: 'future', version };
    // Versions 1 and 2 had no snapshots (made from their imported papers); 1 had no ratings (none).
    if (version === 1 || version === 2) return validated(data, 'older');
    if (version !== LIBRARY_VERSION) {
      return {
        kind: 'unreadable',
        reason: `The saved data has version ${version}, which this app cannot convert.`,
      };
    }
    return validated(data, 'current');
  }

  const stock = stockEnvelopeSchema.safeParse(value);
  if (stock.success) {
    const { version, state } = stock.data;
    if (version > LIBRARY_VERSION) return { kind: 'future', version };
    // Stock persist saved the whole state: keep the data fields, fill the ones it did not have yet.
    return validated(
      {
        entries: state.entries ?? {},
        importedPapers: state.importedPapers ?? {},
        snapshots: {},
        lastBackupAt: state.lastBackupAt ?? null,
        changesSinceBackup: state.changesSinceBackup ?? 0,
      },
      'stock-envelope',
    );
  }
  return { kind: 'unreadable', reason: 'The saved data is not in a format this app knows.' };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Stored papers keep their place when their arXiv id breaks the grammar (saved before it was enforced, or
 * tampered with): the id alone is dropped, since exports write it into citations and links. Refusing the
 * whole library for one field would hide everything the user made.
 */
export function dropInvalidArxivIds(data: unknown): unknown {
  if (!isRecord(data)) return data;
  let out = data;
  if (isRecord(data.importedPapers)) {
    const records = Object.entries(data.importedPapers).map(([id, record]): [string, unknown] => {
      if (!isRecord(record) || !isRecord(record.paper)) return [id, record];
      const { arxivId } = record.paper;
      if (typeof arxivId !== 'string' || isArxivId(arxivId)) return [id, record];
      return [id, { ...record, paper: { ...record.paper, arxivId: null } }];
    });
    // fromEntries and spread define own properties, so a key such as `__proto__` stays an ordinary key.
    out = { ...out, importedPapers: Object.fromEntries(records) };
  }
  if (isRecord(data.snapshots)) {
    const records = Object.entries(data.snapshots).map(([id, snapshot]): [string, unknown] => {
      if (!isRecord(snapshot) || typeof snapshot.arxivId !== 'string') return [id, snapshot];
      if (isArxivId(snapshot.arxivId)) return [id, snapshot];
      return [
        id,
        Object.fromEntries(Object.entries(snapshot).filter(([key]) => key !== 'arxivId')),
      ];
    });
    out = { ...out, snapshots: Object.fromEntries(records) };
  }
  return out;
}

function validated(data: unknown, from: StoredFrom): StoredRead {
  const { data: repaired, repairs } = repairTimestamps(dropInvalidArxivIds(data));
  const result = libraryDataSchema.safeParse(repaired);
  if (result.success) {
    const library =
      from === 'current'
        ? result.data
        : {
            ...result.data,
            snapshots: snapshotsOfImported(result.data.entries, result.data.importedPapers),
          };
    return repairs.length === 0
      ? { kind: 'ok', data: library, from }
      : { kind: 'ok', data: library, from, repairs };
  }
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  return { kind: 'unreadable', reason: `The saved data has an unexpected shape${where}.` };
}

export function serializeLibrary(data: LibraryData): string {
  return JSON.stringify({ version: LIBRARY_VERSION, data });
}
