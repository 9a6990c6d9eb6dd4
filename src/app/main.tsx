import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/index.css';
import { App } from './app';
import { datasetQueryOptions } from '@/features/papers/query';
import { createQueryClient } from '@/lib/query-client';
import { Providers } from './providers';
import { CatalogueSearchEngine } from './catalogue-search-engine';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Start on the catalogue before React renders anything.
const queryClient = createQueryClient();
void queryClient.prefetchQuery(datasetQueryOptions());

createRoot(root).render(
  <StrictMode>
    <Providers client={queryClient}>
      <CatalogueSearchEngine>
        <App />
      </CatalogueSearchEngine>
    </Providers>
  </StrictMode>,
);
