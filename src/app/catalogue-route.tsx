import { VirtualList } from '@/components/ui/virtual-list';
import { PaperCard } from '@/features/papers/components/paper-card';
import { CatalogueError, CatalogueLoading } from './catalogue-states';
import { useCatalogue } from './use-catalogue';

export function CatalogueRoute() {
  const { catalogue, error, refetch, isPending } = useCatalogue();
  if (isPending) return <CatalogueLoading />;
  if (error || !catalogue)
    return <CatalogueError error={error ?? new Error('No data')} onRetry={() => void refetch()} />;
  const papers = catalogue.papers;
  return (
    <div>
      <p role="status" className="mb-3 text-sm text-ink-muted">
        {papers.length} papers
      </p>
      <VirtualList
        label="Papers"
        count={papers.length}
        getKey={(index) => papers[index]?.id ?? String(index)}
        renderItem={(index, remeasure) => {
          const paper = papers[index];
          return paper ? (
            <PaperCard paper={paper} href={`/paper/${paper.id}`} onResize={remeasure} />
          ) : null;
        }}
      />
    </div>
  );
}
