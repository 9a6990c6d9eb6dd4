import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useLocation, useSearch } from 'wouter';
import {
  viewStateFromSearchParams,
  viewStateToSearchParams,
  type ViewState,
} from '@/features/search/view-state';

/** Typing within this long of the last keystroke edits the same history entry. */
const TYPING_SESSION_MS = 1200;

let lastListHref = '/';

/** Where "Back to the list" goes from a paper's page: the list as the user left it. */
export function getLastListHref(): string {
  return lastListHref;
}

/**
 * The current view (query, facets, sort) lives in the URL, so it can be shared, survives reload and moves with
 * back/forward. A burst of typing makes one history entry; each facet or sort change makes its own.
 */
export function useViewState(): [
  ViewState,
  (next: ViewState, options?: { typing?: boolean }) => void,
] {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const lastTyping = useRef(0);
  const state = useMemo(() => viewStateFromSearchParams(new URLSearchParams(search)), [search]);
  useEffect(() => {
    lastListHref = `${location}${search ? `?${search}` : ''}`;
  }, [location, search]);

  const setState = useCallback(
    (next: ViewState, { typing = false }: { typing?: boolean } = {}) => {
      const now = Date.now();
      const replace = typing && now - lastTyping.current < TYPING_SESSION_MS;
      lastTyping.current = typing ? now : 0;
      const params = viewStateToSearchParams(next).toString();
      navigate(`${location}${params ? `?${params}` : ''}`, { replace });
    },
    [location, navigate],
  );
  return [state, setState];
}
