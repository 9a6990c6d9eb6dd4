import { useEffect, useState } from 'react';
import { CompletePaper } from '@/features/feed/components/complete-paper';
import { BookmarkToggle } from '@/features/library/components/bookmark-toggle';
import { NotesEditor } from '@/features/library/components/notes-editor';
import { StatusSelect } from '@/features/library/components/status-select';
import { TagInput } from '@/features/library/components/tag-input';
import { TagList } from '@/features/library/components/tag-list';
import { PaperPage } from '@/features/papers/components/paper-page';
import { TriageKeys, TriageToggles } from '@/features/recommend/components/triage-toggles';
import { SimilarPapers } from '@/features/search/components/similar-papers';
import type { SimilarPaper } from '@/features/search/types';
import { focusFieldByLabel } from '@/lib/focus-field';
import { CatalogueError, CatalogueLoading } from './catalogue-states';
import { useIndexStatus, useSearchEngine } from '@/features/search/engine-context';
import { useCatalogue } from './use-catalogue';
import { getLastListHref } from '@/features/search/use-view-state';

export function PaperRoute({ id }: { id: string }) {
  const { catalogue, error, refetch, isPending } = useCatalogue();
  const similar = useSimilar(id);

  useEffect(() => {
    window.scrollTo(0, 0);
    // `t` and `n` in a list open the paper with #tag or #note: focus that field.
    const target = { '#tag': 'Add tag', '#note': 'Notes' }[window.location.hash];
    if (target) requestAnimationFrame(() => focusFieldByLabel(target));
  }, [id]);

  if (error) return <CatalogueError error={error} onRetry={() => void refetch()} />;
  if (isPending || !catalogue) return <CatalogueLoading />;
  const paper = catalogue.byId.get(id);
  if (!paper) {
    return (
      <div className="mx-auto max-w-xl py-12 text-center">
        <h1 className="text-2xl font-bold">Paper not found</h1>
        <p className="mt-2 text-ink-muted">No paper with the id “{id}” is in the catalogue.</p>
      </div>
    );
  }
  return (
    <PaperPage
      paper={paper}
      backHref={getLastListHref()}
      actions={
        <>
          <BookmarkToggle paperId={paper.id} title={paper.title} />
          <TriageToggles paperId={paper.id} title={paper.title} />
          <TriageKeys paperId={paper.id} title={paper.title} />
          <StatusSelect paperId={paper.id} title={paper.title} showLabel />
          <CompletePaper key={paper.id} paper={paper} />
        </>
      }
      personal={
        <section
          aria-labelledby="yours-heading"
          className="space-y-4 rounded-xl border border-line bg-surface-raised p-5 sm:p-6"
        >
          <h2 id="yours-heading" className="text-lg font-semibold">
            Your tags and notes
          </h2>
          <div className="flex flex-wrap items-center gap-2">
            <TagList paperId={paper.id} />
          </div>
          <TagInput paperId={paper.id} />
          <NotesEditor paperId={paper.id} />
        </section>
      }
      similar={
        <SimilarPapers similar={similar} paperFor={(similarId) => catalogue.byId.get(similarId)} />
      }
    />
  );
}

function useSimilar(id: string): SimilarPaper[] | null {
  const { client } = useSearchEngine();
  const status = useIndexStatus();
  const [similar, setSimilar] = useState<{ id: string; list: SimilarPaper[] } | null>(null);
  const ready = status.state === 'ready';
  useEffect(() => {
    if (!ready) return;
    let active = true;
    client.similar(id, 5).then(
      (list) => active && setSimilar({ id, list }),
      () => active && setSimilar({ id, list: [] }),
    );
    return () => {
      active = false;
    };
  }, [client, id, ready]);
  return similar?.id === id ? similar.list : null;
}
