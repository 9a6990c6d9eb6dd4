import { lazy, memo, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import { Button } from '@/components/ui/button';
import { VirtualList } from '@/components/ui/virtual-list';
import { libraryActions, useEntries } from '@/features/library/hooks';
import { useDragReorder } from '@/features/library/components/use-drag-reorder';
import { docsInQueueOrder } from '@/features/library/state/order';
import type { Paper } from '@/features/papers/schema';
import type { SearchRequest, SearchResult } from '@/features/search/types';
import { useHotkeys } from '@/lib/hotkeys';
import { toggleRating } from '@/features/recommend/triage';
import { setCurrentResults } from './current-results';
import { PaperListItem } from './paper-list-item';
import { useSearchEngine } from '@/features/search/engine-context';

const PAGE = 2000;

// Reordering is for the reading list only.
const ReorderControls = lazy(() =>
  import('@/features/library/components/reorder-controls').then((module) => ({
    default: module.ReorderControls,
  })),
);

type ResultListProps = {
  result: SearchResult;
  scope: SearchRequest['scope'];
  /** Show the reading list in the user's own order, with reorder controls. */
  queueOrder: boolean;
  /** The papers `result.docs` number, when not the engine's: a list drawn before the engine holds them. */
  papers?: readonly Paper[];
};

/**
 * The results as a virtualized list, with the keyboard scheme: j/k move, o/Enter open, b bookmark, 1/2/3 status,
 * t tag, n note. Memoised: a keystroke's echo re-renders the page around it, not the list.
 */
export const ResultList = memo(function ResultList({
  result,
  scope,
  queueOrder: inQueueOrder,
  papers,
}: ResultListProps) {
  const { client } = useSearchEngine();
  // Where a document number's paper is found.
  const source = useMemo(
    () => (papers ? { paperAt: (doc: number) => papers[doc] } : client),
    [papers, client],
  );
  const [, navigate] = useLocation();
  const [active, setActive] = useState(-1);
  const entries = useEntries();

  // The reading list, unsorted and unsearched, shows the user's own order; everything else the engine's.
  const docs = useMemo(
    () =>
      inQueueOrder
        ? docsInQueueOrder(result.docs, (doc) => source.paperAt(doc)?.id, entries)
        : result.docs,
    [source, entries, inQueueOrder, result.docs],
  );

  const orderedIds = useMemo(
    () => (inQueueOrder ? Array.from(docs, (doc) => source.paperAt(doc)?.id ?? '') : []),
    [source, docs, inQueueOrder],
  );

  const drag = useDragReorder(orderedIds);

  // "Export: current results" reads the list as shown, when it is asked for.
  useEffect(() => {
    setCurrentResults(() =>
      Array.from(docs, (doc) => source.paperAt(doc)).filter((paper) => paper !== undefined),
    );
  }, [source, docs]);

  // The list grows a page at a time: the virtualizer's bookkeeping is per row, so 100,000 rows would cost every
  // render; the count above the list still says how many papers match.
  const [grown, setGrown] = useState<{ docs: Int32Array; rows: number }>({ docs, rows: PAGE });
  const rows = Math.min(docs.length, grown.docs === docs ? grown.rows : PAGE);

  const rankedBy = result.forYou?.state === 'ranked' ? result.forYou.tags : undefined;

  const getKey = useCallback((index: number) => String(docs[index] ?? index), [docs]);

  const paperAt = (index: number): Paper | undefined => {
    const doc = docs[index];
    return doc === undefined ? undefined : source.paperAt(doc);
  };
  const current = () => paperAt(active);
  const open = (focus?: 'tag' | 'note') => {
    const paper = current();
    if (paper) navigate(`/paper/${encodeURIComponent(paper.id)}${focus ? `#${focus}` : ''}`);
  };
  useHotkeys({
    j: () => setActive((index) => Math.min(index + 1, rows - 1)),
    k: () => setActive((index) => Math.max(index - 1, 0)),
    o: () => open(),
    Enter: () => {
      if (active >= 0) open();
    },
    b: () => {
      const paper = current();
      if (paper) libraryActions.toggleBookmark(paper.id);
    },
    '1': () => setStatus('to-read'),
    '2': () => setStatus('reading'),
    '3': () => setStatus('read'),
    t: () => open('tag'),
    n: () => open('note'),
    // Triage: a paper marked "Not interested" leaves the list, so the next one becomes current.
    '+': () => triage('more'),
    '=': () => triage('more'),
    '-': () => triage('less'),
  });
  function triage(rating: 'more' | 'less') {
    const paper = current();
    if (paper) toggleRating(paper.id, paper.title, rating);
  }
  function setStatus(status: 'to-read' | 'reading' | 'read') {
    const paper = current();
    if (paper) libraryActions.setStatus(paper.id, status);
  }

  return (
    <>
      <VirtualList
        label={scope === 'library' ? 'Reading list' : 'Papers'}
        count={rows}
        activeIndex={active}
        getKey={getKey}
        renderItem={(index) => {
          const paper = paperAt(index);
          if (!paper) return null;
          return (
            <div
              {...(inQueueOrder ? drag.itemProps(paper.id) : {})}
              className={
                drag.over === paper.id && drag.dragging !== paper.id
                  ? 'rounded-xl ring-2 ring-accent'
                  : undefined
              }
            >
              <PaperListItem
                paper={paper}
                terms={result.highlightTerms}
                current={index === active}
                rankedBy={rankedBy}
                extra={
                  inQueueOrder ? (
                    <Suspense fallback={null}>
                      <ReorderControls
                        paperId={paper.id}
                        title={paper.title}
                        orderedIds={orderedIds}
                      />
                    </Suspense>
                  ) : undefined
                }
              />
            </div>
          );
        }}
      />
      {rows < docs.length && (
        <div className="mt-2 flex justify-center">
          <Button onClick={() => setGrown({ docs, rows: rows + PAGE })}>
            Show {Math.min(PAGE, docs.length - rows).toLocaleString('en')} more of{' '}
            {(docs.length - rows).toLocaleString('en')} remaining
          </Button>
        </div>
      )}
    </>
  );
});
