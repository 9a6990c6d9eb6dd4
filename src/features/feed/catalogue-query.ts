import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Catalogue } from '@/features/feed/catalogue';
import type { PaperRecord } from '@/features/feed/paper-record';
import { DATASET_URL, datasetQueryOptions, fetchDataset } from '@/features/papers/query';

export const catalogueQueryKey = ['catalogue', DATASET_URL] as const;

/** The store and Dexie load beside the first paint, never in the first bundle. */
export const loadCatalogueStore = () => import('@/features/feed/catalogue-store');

/** The merge rules load with the store: nothing needs them before the seed has arrived. */
const loadCatalogueModel = () => import('@/features/feed/catalogue');
export type CatalogueModel = Awaited<ReturnType<typeof loadCatalogueModel>>;

/** The catalogue, with the code that takes further papers into it (it came in the same chunk). */
export type LoadedCatalogue = { catalogue: Catalogue; model: CatalogueModel };

/**
 * The catalogue the app shows: the bundled seed (papers.json) merged with the papers kept in
 * IndexedDB, both read at once. A store that cannot be read leaves the seed alone, and says why.
 */
export const catalogueQueryOptions = () =>
  queryOptions({
    queryKey: catalogueQueryKey,
    queryFn: async ({ signal }): Promise<LoadedCatalogue> => {
      const stored = loadCatalogueStore().then((store) => store.readStoredPapers());
      const model = loadCatalogueModel();
      const dataset = await fetchDataset(DATASET_URL, signal);
      const { records, store } = await stored;
      const { buildCatalogue } = await model;
      return { catalogue: buildCatalogue(dataset.papers, records, store), model: await model };
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: datasetQueryOptions().retry,
  });

/** Takes records just written to the store into the catalogue on screen, without reading it all again. */
export function applyStoredRecords(client: QueryClient, records: readonly PaperRecord[]) {
  if (records.length === 0) return;
  client.setQueryData<LoadedCatalogue>(catalogueQueryKey, (loaded) =>
    loaded
      ? { ...loaded, catalogue: loaded.model.withStoredRecords(loaded.catalogue, records) }
      : loaded,
  );
}

/** The catalogue on screen, if it has loaded. */
export function currentCatalogue(client: QueryClient): Catalogue | undefined {
  return client.getQueryData<LoadedCatalogue>(catalogueQueryKey)?.catalogue;
}
