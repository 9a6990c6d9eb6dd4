import { lazy, Suspense, type ReactNode } from 'react';
import { SearchEngineProvider } from '@/features/search/engine-context';
import type { SearchClient } from '@/features/search/worker/client';
import { useCatalogue } from './use-catalogue';

const CatalogueUpkeep = lazy(() =>
  import('./catalogue-upkeep').then((module) => ({ default: module.CatalogueUpkeep })),
);

/** The app's search engine, fed the catalogue the lists and pages show. */
export function CatalogueSearchEngine({
  children,
  client,
}: {
  children: ReactNode;
  client?: SearchClient;
}) {
  const { catalogue } = useCatalogue();
  return (
    <SearchEngineProvider papers={catalogue?.papers} client={client}>
      {children}
      {catalogue && (
        <Suspense fallback={null}>
          <CatalogueUpkeep catalogue={catalogue} />
        </Suspense>
      )}
    </SearchEngineProvider>
  );
}
