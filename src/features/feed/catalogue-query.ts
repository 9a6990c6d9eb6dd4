import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Catalogue } from '@/features/feed/catalogue';
import { catalogueStoreMayExist } from '@/features/feed/catalogue-presence';
import type { StoredPapers } from '@/features/feed/catalogue-store';
import type { PaperRecord } from '@/features/feed/paper-record';
import { DATASET_URL, datasetQueryOptions, fetchDataset } from '@/features/papers/query';
import type { Dataset, Paper } from '@/features/papers/schema';

export const catalogueQueryKey = ['catalogue', DATASET_URL] as const;

/** The store and Dexie load beside the first paint, never in the first bundle. */
export const loadCatalogueStore = () => import('@/features/feed/catalogue-store');

/** The stored papers; on a first visit (no store yet) none, without creating the store to find out. */
async function readStoredPapers(): Promise<StoredPapers> {
  if (!(await catalogueStoreMayExist())) return { records: new Map(), store: { available: true } };
  const store = await loadCatalogueStore();
  return store.readStoredPapers();
}

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
      const stored = readStoredPapers();
      const model = loadCatalogueModel();
      const dataset = await seedFetch(signal);
      const { records, store } = await stored;
      const { buildCatalogue } = await model;
      return { catalogue: buildCatalogue(dataset.papers, records, store), model: await model };
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: datasetQueryOptions().retry,
  });

// The seed, downloaded once for the catalogue and its first page, while they load. Settled, it is forgotten:
// a retry after a failure downloads it again.
let seedInFlight: Promise<Dataset> | null = null;

function seedFetch(signal?: AbortSignal): Promise<Dataset> {
  if (!seedInFlight) {
    const fetching = fetchDataset(DATASET_URL, signal);
    seedInFlight = fetching;
    const forget = () => {
      if (seedInFlight === fetching) seedInFlight = null;
    };
    fetching.then(forget, forget);
  }
  return seedInFlight;
}

/** The newest papers, merged with the seed as the catalogue will merge them (the same ids), and the store's size. */
export type FirstPage = { papers: Paper[]; stored: number };

/**
 * A first screen for a returning reader with a large store: its newest papers, read through an index in a
 * fraction of the time the whole store takes (a year of papers is seconds to read and copy). Null when the
 * store is small, unreadable, or the catalogue got there first.
 */
export const firstPageQueryOptions = () =>
  queryOptions({
    queryKey: ['catalogue-first-page', DATASET_URL] as const,
    queryFn: async ({ client }): Promise<FirstPage | null> => {
      if (client.getQueryData(catalogueQueryKey)) return null;
      const page = catalogueStoreMayExist().then((exists) =>
        exists ? loadCatalogueStore().then((store) => store.readFirstPage()) : null,
      );
      const model = loadCatalogueModel();
      const dataset = await seedFetch();
      const newest = await page;
      if (!newest) return null;
      const { buildCatalogue } = await model;
      const catalogue = buildCatalogue(dataset.papers, newest.records, { available: true });
      return { papers: catalogue.papers, stored: newest.total };
    },
    staleTime: Infinity,
    // Only needed until the catalogue has loaded (a list page not yet on screen may still want it).
    gcTime: 60_000,
    retry: false,
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
