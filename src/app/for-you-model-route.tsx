import { useMemo } from 'react';
import { Link, useSearch } from 'wouter';
import { ModelView } from '@/features/recommend/components/model-view';
import { TriageToggles } from '@/features/recommend/components/triage-toggles';
import { useAllTags } from '@/features/library/hooks';
import { moreLikeTagHref } from '@/features/library/components/manage-tag-row';
import { CatalogueError, CatalogueLoading } from './catalogue-states';
import { useCatalogue } from './use-catalogue';

/** The "For you" model (or a tag's, with `?tag=`), and the papers to rate next. */
export function ForYouModelRoute() {
  const { catalogue, error, refetch, isPending } = useCatalogue();
  const search = useSearch();
  const tags = useMemo(() => new URLSearchParams(search).getAll('tag').slice(0, 20), [search]);
  const allTags = useAllTags();
  if (error) return <CatalogueError error={error} onRetry={() => void refetch()} />;
  if (isPending || !catalogue) return <CatalogueLoading />;
  return (
    <div className="mx-auto max-w-4xl">
      <Link href="/for-you" className="text-sm font-medium text-accent hover:underline">
        <span aria-hidden="true">←</span> For you
      </Link>
      <h1 className="mt-2 text-2xl font-bold">
        {tags.length > 0 ? `The model of your tag “${tags.join('”, “')}”` : 'Your “For you” model'}
      </h1>
      <ModelView
        tags={tags}
        renderPaper={(id) => {
          const paper = catalogue.byId.get(id);
          if (!paper) return null;
          return (
            <div className="flex flex-wrap items-center gap-2 rounded-lg border border-line bg-surface-raised p-3">
              <Link
                href={`/paper/${encodeURIComponent(id)}`}
                className="min-w-0 flex-1 font-medium [overflow-wrap:anywhere] hover:underline"
              >
                {paper.title}
              </Link>
              <TriageToggles paperId={id} title={paper.title} />
            </div>
          );
        }}
      />
      {allTags.length > 0 && (
        <section aria-labelledby="tag-models" className="mt-8">
          <h2 id="tag-models" className="text-lg font-semibold">
            One model per tag
          </h2>
          <ul className="mt-2 flex flex-wrap gap-2 text-sm">
            {allTags.map(({ tag }) => (
              <li key={tag}>
                <Link href={moreLikeTagHref(tag)} className="text-accent underline">
                  More like this tag: {tag}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
