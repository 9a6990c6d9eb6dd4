import { CATALOGUE_DB_NAME } from '@/features/feed/catalogue-schema';

let asked: Promise<boolean> | null = null;

/**
 * Whether the catalogue store may hold papers: false only when the browser lists its databases and this one
 * is not among them (a first visit). Then there is nothing to read, and the list need not wait while the store
 * and its code are created; the first paper written creates it. Asked once per page.
 */
export function catalogueStoreMayExist(): Promise<boolean> {
  asked ??= listDatabaseNames().then(
    (names) => names === null || names.includes(CATALOGUE_DB_NAME),
    () => true,
  );
  return asked;
}

async function listDatabaseNames(): Promise<string[] | null> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return null;
  const databases = await indexedDB.databases();
  return databases.flatMap((database) => (database.name ? [database.name] : []));
}

/** Forgets the answer (tests that create or delete the store between cases). */
export function forgetCatalogueStorePresence() {
  asked = null;
}
