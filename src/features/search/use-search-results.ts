import { startTransition, useEffect, useState } from 'react';
import { SupersededError } from '@/features/search/worker/client';
import type { SearchRequest, SearchResult } from '@/features/search/types';
import { useIndexStatus, useSearchEngine } from '@/features/search/engine-context';

/**
 * The results for a request, kept until the next answer arrives so the list never blanks while typing. A search
 * overtaken by a newer one is dropped by the engine. Pass a memoised request: a new object searches again.
 */
export function useSearchResults(request: SearchRequest): SearchResult | null {
  const { client, userDataVersion } = useSearchEngine();
  const status = useIndexStatus();
  const [result, setResult] = useState<SearchResult | null>(null);
  const hasPapers = status.state !== 'empty';
  const ready = status.state === 'ready';

  useEffect(() => {
    if (!hasPapers) return;
    let active = true;
    const start = performance.now();
    client.search(request).then(
      (next) => {
        // A User Timing entry per answered search (engine + worker round trip), for the benchmark and profilers.
        performance.measure('papershelf:search', { start, end: performance.now() });
        // Rendering new results may take a frame or two; typing stays ahead of it.
        if (active) startTransition(() => setResult(next));
      },
      (error: unknown) => {
        if (!(error instanceof SupersededError)) console.error(error);
      },
    );
    return () => {
      active = false;
    };
  }, [client, request, hasPapers, ready, userDataVersion]);

  return result;
}
