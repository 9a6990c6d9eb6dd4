import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { FilterChips } from '@/features/search/components/filter-chips';
import { FilterPanel } from '@/features/search/components/filter-panel';
import { SearchBox } from '@/features/search/components/search-box';
import { SortSelect } from '@/features/search/components/sort-select';
import type { FacetKey } from '@/features/search/facets/filters';
import type { SearchRequest, Sort } from '@/features/search/types';
import {
  activeChips,
  emptyViewState,
  expectedSort,
  removeFilter,
  searchRequestFor,
  showsQueueOrder,
  toggleFacet,
  withSelection,
} from '@/features/search/view-state';
import { firstPageQueryOptions } from '@/features/feed/catalogue-query';
import { CatalogueError, CatalogueLoading } from './catalogue-states';
import { provisionalResult } from '@/features/search/ranking/provisional';
import { ResultList } from './result-list';
import { SelectionBar } from './selection-bar';
import { useIndexStatus } from '@/features/search/engine-context';
import { useCatalogue } from './use-catalogue';
import { useSearchResults } from '@/features/search/use-search-results';
import { useQueryDraft } from '@/features/search/use-query-draft';
import { flushTyping, useViewState } from '@/features/search/use-view-state';
import { paperCount } from '@/lib/paper-count';

// Only with the "For you" sort: what ranked the list.
const ForYouNotice = lazy(() =>
  import('@/features/recommend/components/for-you-notice').then((module) => ({
    default: module.ForYouNotice,
  })),
);

// The filters drawer is for narrow screens, and only once asked for: the dialog loads when first opened.
const Dialog = lazy(() =>
  import('@/components/ui/dialog').then((module) => ({ default: module.Dialog })),
);

type ListPageProps = {
  scope: SearchRequest['scope'];
  heading: string;
  /** Shown above the toolbar, e.g. the reading list's counts. */
  intro?: React.ReactNode;
  /** Only these papers (one day of the feed); the count, facets and search stay within them. */
  within?: readonly string[];
  /** What an empty list says when no filter is to blame. */
  empty?: React.ReactNode;
  /** The sorts offered, when not the catalogue's (a day of the feed adds its trending order). */
  sorts?: readonly Sort[];
};

/** The catalogue and the reading list: one search box, facets, sort, and a virtualized list of papers. */
export function ListPage({ scope, heading, intro, within, empty, sorts }: ListPageProps) {
  const { catalogue, error, refetch, isPending } = useCatalogue();
  const [urlView, setView] = useViewState();
  const [queryText, setQueryText] = useQueryDraft(urlView.q, (q) =>
    setView({ ...urlView, q }, { typing: true }),
  );
  // The view being shown: the URL's, with the query as typed (the URL catches up when typing pauses).
  const view = useMemo(
    () => (queryText === urlView.q ? urlView : { ...urlView, q: queryText }),
    [urlView, queryText],
  );
  const request = useMemo(
    () => (within ? { ...searchRequestFor(view, scope), within } : searchRequestFor(view, scope)),
    [view, scope, within],
  );
  const answer = useSearchResults(request);
  const papers = catalogue?.papers;
  // Until the engine first answers, the plain catalogue view is drawn from the catalogue itself.
  const provisional = useMemo(
    () =>
      answer === null && scope === 'all' && !within && papers
        ? provisionalResult(papers, view)
        : null,
    [answer, scope, within, papers, view],
  );
  // Before that, a large store's newest papers: read ahead of the rest of the store, for the same plain view.
  const firstPage = useQuery({
    ...firstPageQueryOptions(),
    enabled: isPending && scope === 'all' && !within,
  }).data;
  const preview = useMemo(() => {
    const shown = isPending && firstPage ? provisionalResult(firstPage.papers, view) : null;
    return shown && firstPage ? { ...firstPage, result: shown } : null;
  }, [isPending, firstPage, view]);
  const result = answer ?? provisional ?? preview?.result ?? null;
  // Whose papers the result's document numbers count: the engine's, or those a provisional list was drawn from
  // (the engine may not hold them yet: it is given the catalogue after this render).
  const listed = answer ? undefined : provisional ? papers : preview?.papers;
  const status = useIndexStatus();
  const [filtersOpen, setFiltersOpen] = useState(false);
  // One toggle handler for the life of the page, so facet groups whose counts did not move skip re-rendering.
  const viewRef = useRef(view);
  useLayoutEffect(() => {
    viewRef.current = view;
  }, [view]);
  const onToggle = useCallback(
    (facet: FacetKey, value: string) => setView(toggleFacet(viewRef.current, facet, value)),
    [setView],
  );
  const facets = useMemo(() => result && withSelection(result.facets, view), [result, view]);

  if (error) return <CatalogueError error={error} onRetry={() => void refetch()} />;
  if (isPending && !preview) return <CatalogueLoading />;

  const chips = activeChips(view, result?.facets);
  const queueOrder = showsQueueOrder(view, scope);
  const panel = facets && <FilterPanel facets={facets} onToggle={onToggle} />;

  return (
    <div className="lg:grid lg:grid-cols-[15rem_1fr] lg:gap-8">
      <aside className="hidden lg:block">
        <div className="sticky top-20 max-h-[calc(100dvh-6rem)] overflow-y-auto pr-2 pb-6">
          {panel}
        </div>
      </aside>
      <div className="min-w-0">
        <h1 className={intro ? 'text-2xl font-bold' : 'sr-only'}>{heading}</h1>
        {intro}
        <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
          <SearchBox
            value={queryText}
            onChange={setQueryText}
            onBlur={flushTyping}
            hints={result?.hints ?? []}
            indexing={status.state === 'building'}
          />
          <div className="flex items-center justify-between gap-2">
            <SortSelect
              value={queueOrder ? null : (result?.effectiveSort ?? expectedSort(view))}
              defaultLabel={scope === 'library' ? 'Your order' : undefined}
              sorts={sorts}
              onChange={(sort) => setView({ ...view, sort })}
            />
            <Button
              className="lg:hidden"
              onClick={() => setFiltersOpen(true)}
              aria-haspopup="dialog"
            >
              Filters{chips.length > 0 ? ` (${chips.length})` : ''}
            </Button>
          </div>
        </div>
        <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
          <p role="status" aria-live="polite" className="text-sm text-ink-muted">
            {preview
              ? `Newest first; loading ${preview.stored.toLocaleString('en')} stored papers…`
              : result
                ? paperCount(result.total)
                : 'Searching…'}
          </p>
          <SelectionBar />
          <FilterChips
            chips={chips}
            onRemove={(chip) => setView(removeFilter(view, chip.facet, chip.value))}
            onClearAll={() => setView({ ...emptyViewState(), q: '', sort: view.sort })}
          />
        </div>
        {result?.forYou && (
          <Suspense fallback={null}>
            <ForYouNotice info={result.forYou} />
          </Suspense>
        )}
        {result && result.total === 0 && (
          <EmptyResults
            scope={scope}
            hasFilters={chips.length > 0 || view.q.trim() !== ''}
            empty={empty}
          />
        )}
        <div className="mt-3">
          {result && (
            <ResultList result={result} scope={scope} queueOrder={queueOrder} papers={listed} />
          )}
        </div>
      </div>
      {filtersOpen && (
        <Suspense fallback={null}>
          <Dialog
            open={filtersOpen}
            onClose={() => setFiltersOpen(false)}
            title="Filters"
            className="max-w-md"
          >
            {panel}
            <Button variant="primary" className="mt-4 w-full" onClick={() => setFiltersOpen(false)}>
              Show {paperCount(result?.total ?? 0)}
            </Button>
          </Dialog>
        </Suspense>
      )}
    </div>
  );
}

function EmptyResults({
  scope,
  empty,
  hasFilters,
}: {
  scope: SearchRequest['scope'];
  empty?: React.ReactNode;
  hasFilters: boolean;
}) {
  return (
    <div className="mt-6 rounded-xl border border-dashed border-line p-6 text-center text-ink-muted">
      {hasFilters ? (
        <p>No papers match. Try fewer words, another spelling, or remove a filter.</p>
      ) : empty ? (
        empty
      ) : scope === 'library' ? (
        <p>Your reading list is empty. Bookmark papers from the catalogue and they appear here.</p>
      ) : (
        <p>The catalogue is empty. Import papers to get started.</p>
      )}
    </div>
  );
}
