import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import { VirtualList } from '@/components/ui/virtual-list';
import { libraryActions, useEntries } from '@/features/library/library-hooks';
import { ReorderControls } from '@/features/library/components/reorder-controls';
import type { Paper } from '@/features/papers/paper-schema';
import type { SearchRequest, SearchResult } from '@/features/search/search-types';
import { useHotkeys } from '@/lib/hotkeys';
import { setCurrentResults } from './current-results';
import { PaperListItem } from './paper-list-item';
import { useSearchEngine } from './search-engine-context';

type ResultListProps = {
  result: SearchResult;
  scope: SearchRequest['scope'];
  /** Show the reading list in the user's own order, with reorder controls. */
  queueOrder: boolean;
};

/**
 * The results as a virtualized list, with the keyboard scheme: j/k move, o/Enter open, b bookmark, 1/2/3 status,
 * t tag, n note.
 */
export function ResultList({ result, scope, queueOrder: inQueueOrder }: ResultListProps) {
  const { client } = useSearchEngine();
  const [, navigate] = useLocation();
  const [active, setActive] = useState(-1);
  const entries = useEntries();

  // The reading list, unsorted and unsearched, shows the user's own order; everything else the engine's.
  const docs = useMemo(() => {
    if (!inQueueOrder) return result.docs;
    const order = (doc: number) => {
      const paper = client.paperAt(doc);
      return (paper && entries[paper.id]?.order) ?? Number.MAX_SAFE_INTEGER;
    };
    return Int32Array.from(result.docs).sort((a, b) => order(a) - order(b));
  }, [client, entries, inQueueOrder, result.docs]);

  const orderedIds = useMemo(
    () => (inQueueOrder ? Array.from(docs, (doc) => client.paperAt(doc)?.id ?? '') : []),
    [client, docs, inQueueOrder],
  );

  // "Export: current results" reads the list as shown, when it is asked for.
  useEffect(() => {
    setCurrentResults(() => Array.from(docs, (doc) => client.paperAt(doc)).filter((paper) => paper !== undefined));
  }, [client, docs]);

  const getKey = useCallback((index: number) => String(docs[index] ?? index), [docs]);

  const paperAt = (index: number): Paper | undefined => {
    const doc = docs[index];
    return doc === undefined ? undefined : client.paperAt(doc);
  };
  const current = () => paperAt(active);
  const open = (focus?: 'tag' | 'note') => {
    const paper = current();
    if (paper) navigate(`/paper/${encodeURIComponent(paper.id)}${focus ? `#${focus}` : ''}`);
  };
  useHotkeys({
    j: () => setActive((index) => Math.min(index + 1, docs.length - 1)),
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
  });
  function setStatus(status: 'to-read' | 'reading' | 'read') {
    const paper = current();
    if (paper) libraryActions.setStatus(paper.id, status);
  }

  return (
    <VirtualList
      label={scope === 'library' ? 'Reading list' : 'Papers'}
      count={docs.length}
      activeIndex={active}
      getKey={getKey}
      renderItem={(index, remeasure) => {
        const paper = paperAt(index);
        if (!paper) return null;
        return (
          <PaperListItem
            paper={paper}
            terms={result.highlightTerms}
            current={index === active}
            onResize={remeasure}
            extra={
              inQueueOrder ? (
                <ReorderControls paperId={paper.id} title={paper.title} orderedIds={orderedIds} />
              ) : undefined
            }
          />
        );
      }}
    />
  );
}
