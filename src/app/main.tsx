import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/index.css';
import { App } from './app';
import { Providers } from './providers';
import { SearchEngineProvider } from './search-engine-context';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <Providers>
      <SearchEngineProvider>
        <App />
      </SearchEngineProvider>
    </Providers>
  </StrictMode>,
);
