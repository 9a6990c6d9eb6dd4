import { lazy, memo, Suspense, type ReactNode } from 'react';
import { NewMark } from '@/features/feed/components/new-mark';
import { BookmarkToggle } from '@/features/library/components/bookmark-toggle';
import { StatusSelect } from '@/features/library/components/status-select';
import { TagList } from '@/features/library/components/tag-list';
import { PaperCard } from '@/features/papers/components/paper-card';
import { TriageToggles } from '@/features/recommend/components/triage-toggles';
import type { Paper } from '@/features/papers/schema';
import { HighlightedText } from '@/features/search/components/highlighted-text';
import type { HighlightTerm } from '@/features/search/types';
import { SelectCheckbox } from './select-checkbox';
import { useSelecting } from './selection';

// Only lists ranked "For you" explain their papers.
const WhyDisclosure = lazy(() =>
  import('@/features/recommend/components/why-disclosure').then((module) => ({
    default: module.WhyDisclosure,
  })),
);

type PaperListItemProps = {
  paper: Paper;
  terms: readonly HighlightTerm[];
  current: boolean;
  extra?: ReactNode;
  /** In a list ranked "For you": the tags of the model that ranked it ([] for the overall one). */
  rankedBy?: readonly string[];
};

/**
 * A paper in a list: the catalogue card with the user's controls composed in. Memoised: typing re-renders the list
 * often, and a card only needs to change when its paper, the query's terms or its place do.
 */
export const PaperListItem = memo(function PaperListItem({
  paper,
  terms,
  current,
  extra,
  rankedBy,
}: PaperListItemProps) {
  const selecting = useSelecting();
  return (
    <PaperCard
      paper={paper}
      href={`/paper/${encodeURIComponent(paper.id)}`}
      current={current}
      renderText={(text) => <HighlightedText text={text} terms={terms} />}
      marker={<NewMark paperId={paper.id} />}
      actions={
        <>
          {selecting && <SelectCheckbox paperId={paper.id} title={paper.title} />}
          <BookmarkToggle paperId={paper.id} title={paper.title} />
          <StatusSelect paperId={paper.id} title={paper.title} />
          <TriageToggles paperId={paper.id} title={paper.title} />
        </>
      }
      footer={
        <div className="flex flex-wrap items-center gap-2">
          <TagList paperId={paper.id} />
          {extra}
          {rankedBy && (
            <Suspense fallback={null}>
              <WhyDisclosure key={paper.id} paperId={paper.id} tags={rankedBy} />
            </Suspense>
          )}
        </div>
      }
    />
  );
});
