import { readFileSync } from 'node:fs';
import { withStatus } from '@/features/library/state/entry';
import { serializeLibrary } from '@/features/library/persistence/migrate';
import type { LibraryEntry } from '@/features/library/schema';
import { LIBRARY_STORAGE_KEY } from '@/features/library/state/store';

/** The first `count` paper ids of a catalogue file (its JSON is read, not validated: we wrote it). */
export function paperIds(catalogue: string, count: number): string[] {
  const ids: string[] = [];
  // Ids are the first field of every paper the generator writes; a regex spares parsing 200 MB.
  for (const match of readFileSync(catalogue, 'utf8').matchAll(/\{"id":"([^"]+)"/g)) {
    ids.push(match[1]);
    if (ids.length === count) break;
  }
  return ids;
}

/**
 * localStorage as the app's library store writes it (its own serializer, so the version envelope is
 * exact), with every given paper bookmarked as "To read", added a minute apart.
 */
export function bookmarkedLibrary(
  ids: readonly string[],
  nowMs = Date.UTC(2025, 11, 9),
): Record<string, string> {
  const entries: Record<string, LibraryEntry> = {};
  ids.forEach((id, index) => {
    entries[id] = withStatus(undefined, 'to-read', nowMs - (ids.length - index) * 60_000);
  });
  const data = {
    entries,
    importedPapers: {},
    ratings: {},
    snapshots: {},
    lastBackupAt: new Date(nowMs).toISOString(),
    changesSinceBackup: 0,
  };
  return { [LIBRARY_STORAGE_KEY]: serializeLibrary(data) };
}
