import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useLocation, useSearch } from 'wouter';
import {
  viewStateFromSearchParams,
  viewStateToSearchParams,
  type ViewState,
} from '@/features/search/view-state';

/** Typing within this long of the last keystroke edits the same history entry. */
const TYPING_SESSION_MS = 1200;
/** A typed query reaches the URL once typing has paused this long (or sooner, see `flushTyping`). */
export const TYPING_IDLE_MS = 600;

let lastListHref = '/';

/** Where "Back to the list" goes from a paper's page: the list as the user left it. */
export function getLastListHref(): string {
  return lastListHref;
}

/** A typed query not yet written to the URL. */
let pending: { write: () => void; timer: ReturnType<typeof setTimeout> } | null = null;

/**
 * Writes a typed query that is still waiting for a pause to the URL now: before any other change of the view,
 * when the search box loses focus (a click elsewhere, Tab, Esc) and when the page is hidden.
 */
export function flushTyping(): void {
  if (!pending) return;
  clearTimeout(pending.timer);
  const { write } = pending;
  pending = null;
  write();
}

if (typeof window !== 'undefined') window.addEventListener('pagehide', flushTyping);

/**
 * The current view (query, facets, sort) lives in the URL, so it can be shared, survives reload and moves with
 * back/forward. A burst of typing makes one history entry, written when typing pauses: the keystrokes in between
 * touch neither the URL nor the history, so they cost no routing or re-rendering of what reads the location.
 * Each facet or sort change makes its own entry.
 */
export function useViewState(): [
  ViewState,
  (next: ViewState, options?: { typing?: boolean }) => void,
] {
  const search = useSearch();
  const [location, navigate] = useLocation();
  /** When the keystroke behind the last typed write happened (0: the last write was not typing). */
  const lastTypedWrite = useRef(0);
  /** The first keystroke of the burst waiting to be written. */
  const burstStart = useRef(0);
  const state = useMemo(() => viewStateFromSearchParams(new URLSearchParams(search)), [search]);
  useEffect(() => {
    lastListHref = `${location}${search ? `?${search}` : ''}`;
  }, [location, search]);
  // Leaving the list (a link followed without the box losing focus first): the typed query stays the way back,
  // but is not written over the page that replaced the list.
  useEffect(
    () => () => {
      if (pending) clearTimeout(pending.timer);
      pending = null;
    },
    [],
  );

  const setState = useCallback(
    (next: ViewState, { typing = false }: { typing?: boolean } = {}) => {
      const params = viewStateToSearchParams(next).toString();
      const href = `${location}${params ? `?${params}` : ''}`;
      if (!typing) {
        flushTyping();
        lastTypedWrite.current = 0;
        navigate(href);
        return;
      }
      const now = Date.now();
      if (pending) clearTimeout(pending.timer);
      else burstStart.current = now;
      lastListHref = href;
      const write = () => {
        const replace =
          lastTypedWrite.current > 0 &&
          burstStart.current - lastTypedWrite.current < TYPING_SESSION_MS;
        lastTypedWrite.current = now;
        navigate(href, { replace });
      };
      pending = { write, timer: setTimeout(flushTyping, TYPING_IDLE_MS) };
    },
    [location, navigate],
  );
  return [state, setState];
}
