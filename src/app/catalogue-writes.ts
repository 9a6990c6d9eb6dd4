import type { QueryClient } from '@tanstack/react-query';
import type { Catalogue } from '@/features/feed/catalogue';
import {
  applyStoredRecords,
  currentCatalogue,
  loadCatalogueStore,
} from '@/features/feed/catalogue-query';
import type { ImportedPaper, LibraryData } from '@/features/library/schema';
import { hasOwnKey, withKeys } from '@/lib/keyed-record';
import { libraryActions } from '@/features/library/hooks';
import type { Paper } from '@/features/papers/schema';

/**
 * Imported papers go to the catalogue store; when the store is not there (or the write fails) the
 * library keeps them in localStorage as before, so an import is never lost.
 */
export async function importPapers(
  client: QueryClient,
  catalogue: Catalogue | undefined,
  papers: readonly Paper[],
): Promise<void> {
  if (!libraryActions.canEdit()) return;
  if (catalogue?.store.available) {
    try {
      const store = await loadCatalogueStore();
      const result = await store.storeImportedPapers(papers, new Date().toISOString());
      applyStoredRecords(client, result.records);
      if (result.added + result.updated > 0) libraryActions.noteCatalogueChange();
      return;
    } catch {
      // Kept in the library below instead.
    }
  }
  libraryActions.importPapers(papers);
}

/**
 * What a JSON backup holds: the library, plus the papers the reader imported that now live in the
 * catalogue store (fetched papers are left out: the feed can bring them again).
 */
export function backupData(client: QueryClient): LibraryData {
  const data = libraryActions.getData();
  const catalogue = currentCatalogue(client);
  if (!catalogue) return data;
  const imported: [string, ImportedPaper][] = [];
  for (const record of catalogue.stored.values()) {
    if (!record.importedAt || hasOwnKey(data.importedPapers, record.id)) continue;
    const { importedAt } = record;
    imported.push([record.id, { paper: record.paper, importedAt, updatedAt: importedAt }]);
  }
  return imported.length === 0
    ? data
    : { ...data, importedPapers: withKeys(data.importedPapers, imported) };
}
