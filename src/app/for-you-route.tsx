import { lazy, Suspense, useMemo } from 'react';
import { Link } from 'wouter';
import { emptyFilters } from '@/features/search/facets/filters';
import type { SearchRequest, SearchResult } from '@/features/search/types';
import { useSearchResults } from '@/features/search/use-search-results';
import { paperCount } from '@/lib/paper-count';
import { CatalogueError, CatalogueLoading } from './catalogue-states';
import { ResultList } from './result-list';
import { useCatalogue } from './use-catalogue';

const ForYouNotice = lazy(() =>
  import('@/features/recommend/components/for-you-notice').then((module) => ({
    default: module.ForYouNotice,
  })),
);

/** The best papers the reader has not seen: not in the library, not rated, not dismissed. */
const UNSEEN: SearchRequest = {
  text: '',
  filters: emptyFilters(),
  sort: 'for-you',
  scope: 'unseen',
};
const SHOWN = 50;

const top = (result: SearchResult): SearchResult =>
  result.docs.length <= SHOWN
    ? result
    : { ...result, docs: result.docs.slice(0, SHOWN), total: SHOWN };

/** "For you": the model's best unseen papers, each with its "Why", triaged with + and - as they come. */
export function ForYouRoute() {
  const { error, refetch, isPending } = useCatalogue();
  const answer = useSearchResults(UNSEEN);
  const result = useMemo(() => (answer ? top(answer) : null), [answer]);
  if (error) return <CatalogueError error={error} onRetry={() => void refetch()} />;
  if (isPending) return <CatalogueLoading />;
  return (
    <div className="mx-auto max-w-4xl">
      <h1 className="text-2xl font-bold">For you</h1>
      <p className="mt-1 text-sm text-ink-muted">
        The papers you have not seen yet, best first, ranked in your browser by what you bookmark,
        read, tag and rate.{' '}
        <Link href="/for-you/model" className="text-accent underline">
          The model
        </Link>
      </p>
      {result?.forYou && (
        <Suspense fallback={null}>
          <ForYouNotice info={result.forYou} />
        </Suspense>
      )}
      <p role="status" aria-live="polite" className="mt-3 text-sm text-ink-muted">
        {result ? paperCount(result.total) : 'Ranking…'}
      </p>
      <div className="mt-3">
        {result && <ResultList result={result} scope="all" queueOrder={false} />}
      </div>
    </div>
  );
}
