import { PaperPage } from '@/features/papers/components/paper-page';
import { CatalogueError, CatalogueLoading } from './catalogue-states';
import { useCatalogue } from './use-catalogue';

export function PaperRoute({ id }: { id: string }) {
  const { catalogue, error, refetch, isPending } = useCatalogue();
  if (isPending) return <CatalogueLoading />;
  if (error || !catalogue) return <CatalogueError error={error ?? new Error('No data')} onRetry={() => void refetch()} />;
  const paper = catalogue.byId.get(id);
  if (!paper) {
    return (
      <div className="mx-auto max-w-xl py-12 text-center">
        <h1 className="text-2xl font-bold">Paper not found</h1>
        <p className="mt-2 text-ink-muted">No paper with the id “{id}” is in the catalogue.</p>
      </div>
    );
  }
  return <PaperPage paper={paper} backHref="/" />;
}
