import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/index.css';
import { App } from './app';
import { catalogueQueryOptions, firstPageQueryOptions } from '@/features/feed/catalogue-query';
import { createQueryClient } from '@/lib/query-client';
import { Providers } from './providers';
import { CatalogueSearchEngine } from './catalogue-search-engine';
import { resetLibraryInstance } from '@/features/library/hooks';
import { isViewOnly } from '@/features/sync/sync-settings';
import { browserLocalStorage } from '@/lib/storage';
import { createMemoryStorage } from '@/lib/storage-memory';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// A list shared read-only is shown instead of this device's library, which stays as it is in storage.
if (isViewOnly(browserLocalStorage)) {
  const shown = createMemoryStorage();
  resetLibraryInstance({ getStorage: () => shown, viewOnly: true, requestPersist: null });
}
// Sync (on, or turned on in another tab) needs no code before the first paint.
void import('@/features/sync/sync-control').then((sync) => sync.resumeSync());

// Start on the catalogue before React renders anything.
const queryClient = createQueryClient();
// The first page first: its few records are read from the store ahead of the rest.
void queryClient.prefetchQuery(firstPageQueryOptions());
void queryClient.prefetchQuery(catalogueQueryOptions());

createRoot(root).render(
  <StrictMode>
    <Providers client={queryClient}>
      <CatalogueSearchEngine>
        <App />
      </CatalogueSearchEngine>
    </Providers>
  </StrictMode>,
);
