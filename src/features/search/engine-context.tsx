import {
  createContext,
  useContext,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { LibraryEntry } from '@/features/library/schema';
import { readEntries, subscribeToEntryChanges } from '@/features/library/hooks';
import { readRatings, subscribeToRatingChanges } from '@/features/library/rating-hooks';
import type { Paper } from '@/features/papers/schema';
import { createSearchClient, type SearchClient } from '@/features/search/worker/client';
import type { UserDataUpdate } from '@/features/search/types';
import { ownValue } from '@/lib/keyed-record';

type SearchEngineValue = {
  client: SearchClient;
  /** Bumps when the user's data in the index changed. */ userDataVersion: number;
};

const SearchEngineContext = createContext<SearchEngineValue | null>(null);

/** One paper's user data as the engine takes it: its entry and its rating, read from the library now. */
const toUpdate = (id: string, entry: LibraryEntry | undefined): UserDataUpdate => ({
  id,
  status: entry?.status ?? null,
  tags: entry?.tags ?? [],
  note: entry?.note ?? '',
  rating: ownValue(readRatings(), id)?.rating ?? null,
});

const updatesFor = (ids: Iterable<string>): UserDataUpdate[] => {
  const entries = readEntries();
  return Array.from(ids, (id) => toUpdate(id, ownValue(entries, id)));
};

/**
 * One search engine for the app, fed with the catalogue (bundled + imported papers, `undefined` while it loads)
 * and kept in step with the user's statuses, tags and notes, one changed paper at a time.
 */
export function SearchEngineProvider({
  children,
  papers,
  client: given,
}: {
  children: ReactNode;
  papers: readonly Paper[] | undefined;
  client?: SearchClient;
}) {
  const [client] = useState(() => given ?? createSearchClient());
  const [userDataVersion, setUserDataVersion] = useState(0);
  // The papers the engine holds, so that later catalogue changes are sent as additions only.
  const loaded = useRef<readonly Paper[] | null>(null);

  // The engine lives as long as the page: no dispose on unmount, which StrictMode simulates in development and
  // which would terminate the worker under a still-mounted app.

  useEffect(() => {
    if (!papers) return;
    if (loaded.current === null) {
      void client.load(papers);
      const ids = new Set([...Object.keys(readEntries()), ...Object.keys(readRatings())]);
      void client.setUserData(updatesFor(ids)).then(() => setUserDataVersion((v) => v + 1));
    } else if (papers !== loaded.current) {
      // Imported papers are appended (a re-imported id replaces its older copy in the index).
      const known = new Set(loaded.current);
      const added = papers.filter((paper) => !known.has(paper));
      if (added.length > 0)
        void client.addPapers(added).then(() => setUserDataVersion((v) => v + 1));
    }
    loaded.current = papers;
  }, [papers, client]);

  useEffect(() => {
    // Before the first load the engine has nothing; the load sends every entry and rating.
    const send = (ids: string[]) => {
      if (loaded.current === null) return;
      void client.setUserData(updatesFor(ids)).then(() => setUserDataVersion((v) => v + 1));
    };
    const stopEntries = subscribeToEntryChanges(send);
    const stopRatings = subscribeToRatingChanges(send);
    return () => {
      stopEntries();
      stopRatings();
    };
  }, [client]);

  return <SearchEngineContext value={{ client, userDataVersion }}>{children}</SearchEngineContext>;
}

export function useSearchEngine(): SearchEngineValue {
  const value = useContext(SearchEngineContext);
  if (!value) throw new Error('useSearchEngine needs a SearchEngineProvider');
  return value;
}

export function useIndexStatus() {
  const { client } = useSearchEngine();
  return useSyncExternalStore(
    (listener) => client.subscribe(listener),
    () => client.getStatus(),
  );
}
