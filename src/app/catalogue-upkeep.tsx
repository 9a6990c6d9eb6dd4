import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { isSeedCopy, isSeedPaper, type Catalogue } from '@/features/feed/catalogue';
import { applyStoredRecords, loadCatalogueStore } from '@/features/feed/catalogue-query';
import {
  libraryActions,
  useEntries,
  useImportedPapers,
  useSnapshots,
  useStorageHealth,
} from '@/features/library/hooks';
import { snapshotChanges } from '@/features/library/snapshots';
import type { Paper } from '@/features/papers/schema';
import { setNewPaperIds } from '@/features/feed/new-papers';
import { arrivedSince, parseVisits, touchVisit, VISITS_KEY } from '@/features/feed/visits';
import { useSearchEngine } from '@/features/search/engine-context';
import { browserLocalStorage, readStorageKey, writeStorageKey } from '@/lib/storage';

/** Starts or continues this visit and returns when the previous one ended. */
function touchVisits(): number {
  const read = readStorageKey(browserLocalStorage, VISITS_KEY);
  const visits = touchVisit(parseVisits(read.ok ? read.value : null), Date.now());
  writeStorageKey(browserLocalStorage, VISITS_KEY, JSON.stringify(visits));
  return visits.since;
}

const VISIT_TICK_MS = 60_000;

/** Tells the engine (`is:new`, the New facet) and the screen (the New mark, the count) which papers arrived since the previous visit. */
function useNewPapers(catalogue: Catalogue) {
  const { client } = useSearchEngine();
  const [since] = useState(touchVisits);
  useEffect(() => {
    const timer = setInterval(touchVisits, VISIT_TICK_MS);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    // A bundled paper whose stored copy just arrived (from the feed, or completed) was always here.
    const arrived = [...catalogue.stored.values()].filter(
      (record) => !isSeedCopy(catalogue, record),
    );
    const ids = arrivedSince(arrived, since, (id) => catalogue.byId.get(id)?.id ?? id);
    setNewPaperIds(ids);
    void client.setNewPapers(ids);
  }, [catalogue, client, since]);
}

/**
 * Moves imported papers that localStorage still holds (a library from before the catalogue store,
 * or an import made while the store was away) into the store, and drops them from localStorage only
 * once the store's write has committed.
 */
function useMoveImportedPapers(catalogue: Catalogue | undefined) {
  const client = useQueryClient();
  const imported = useImportedPapers();
  const health = useStorageHealth();
  const ready =
    catalogue?.store.available === true &&
    health.readOnly === null &&
    health.unreadable === null &&
    Object.keys(imported).length > 0;
  useEffect(() => {
    if (!ready) return;
    const entries = Object.entries(imported);
    const records = entries.map(([, record]) => record);
    void (async () => {
      const store = await loadCatalogueStore();
      // Each paper keeps the time it was first imported.
      const byTime = new Map<string, Paper[]>();
      for (const record of records)
        byTime.set(record.importedAt, [...(byTime.get(record.importedAt) ?? []), record.paper]);
      for (const [importedAt, papers] of byTime) {
        applyStoredRecords(client, (await store.storeImportedPapers(papers, importedAt)).records);
      }
      libraryActions.forgetImportedPapers(
        new Map(entries.map(([id, record]) => [id, record.updatedAt])),
      );
    })().catch(() => {
      // The papers stay in localStorage; the next load tries again.
    });
  }, [client, imported, ready]);
}

/**
 * Keeps a snapshot of every kept paper whose data lives outside the bundled seed (fetched, imported,
 * or a bundled paper the feed completed), so exports still work if the browser drops the store.
 */
function useKeepSnapshots(catalogue: Catalogue | undefined) {
  const entries = useEntries();
  const snapshots = useSnapshots();
  useEffect(() => {
    if (!catalogue || !libraryActions.canEdit()) return;
    const paperFor = (id: string) => {
      const paper = catalogue.byId.get(id);
      if (!paper) return undefined;
      return isSeedPaper(catalogue, paper) ? null : paper;
    };
    const changes = snapshotChanges(entries, snapshots, paperFor, new Date().toISOString());
    if (changes.size > 0) libraryActions.keepSnapshots(changes);
  }, [catalogue, entries, snapshots]);
}

/**
 * The catalogue's upkeep, off the first paint: imports left in localStorage move to the store, and
 * kept papers get the snapshot that keeps them exportable, and the engine learns what is new.
 */
export function CatalogueUpkeep({ catalogue }: { catalogue: Catalogue }) {
  useMoveImportedPapers(catalogue);
  useKeepSnapshots(catalogue);
  useNewPapers(catalogue);
  return null;
}
