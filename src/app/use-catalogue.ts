import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Catalogue } from '@/features/feed/catalogue';
import { catalogueQueryOptions } from '@/features/feed/catalogue-query';
import { useEntries, useImportedPapers, useSnapshots } from '@/features/library/hooks';
import { isKept, snapshotPaper } from '@/features/library/snapshots';
import type { Paper } from '@/features/papers/schema';
import { ownValue } from '@/lib/keyed-record';

/**
 * The catalogue lists, pages and search show: the bundled seed and the catalogue store (fetched and
 * imported papers), plus what the library holds itself: imports waiting for the store, and the
 * snapshot of each kept paper the catalogue has lost (the browser may drop the store).
 */
export function useCatalogue() {
  const query = useQuery(catalogueQueryOptions());
  const imported = useImportedPapers();
  const snapshots = useSnapshots();
  const entries = useEntries();
  const withImports = useMemo<Catalogue | undefined>(() => {
    if (!query.data) return undefined;
    const waiting = Object.values(imported).map((record) => record.paper);
    return query.data.model.withWaitingPapers(query.data.catalogue, waiting);
  }, [query.data, imported]);
  const catalogue = useMemo<Catalogue | undefined>(() => {
    if (!withImports) return undefined;
    const lost: Paper[] = [];
    for (const [id, snapshot] of Object.entries(snapshots)) {
      if (withImports.byId.has(id)) continue;
      const entry = ownValue(entries, id);
      const paper = entry && isKept(entry) ? snapshotPaper(id, snapshot) : null;
      if (paper) lost.push(paper);
    }
    return query.data?.model.withLibraryPapers(withImports, lost);
  }, [query.data, withImports, snapshots, entries]);
  return { catalogue, error: query.error, isPending: query.isPending, refetch: query.refetch };
}
