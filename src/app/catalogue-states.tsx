import { Button } from '@/components/ui/button';
import { DatasetError } from '@/features/papers/query';

export function CatalogueLoading() {
  return (
    <div role="status" className="mx-auto max-w-3xl space-y-3 py-6">
      <span className="sr-only">Loading papers…</span>
      {[0, 1, 2].map((row) => (
        <div
          key={row}
          aria-hidden="true"
          className="h-36 animate-pulse rounded-xl border border-line bg-surface-raised"
        />
      ))}
    </div>
  );
}

const headlines: Record<DatasetError['kind'], string> = {
  missing: 'The paper catalogue is missing',
  http: 'The server could not deliver the paper catalogue',
  'not-json': 'The paper catalogue file is damaged',
  invalid: 'The paper catalogue file is not in the expected format',
  network: 'The paper catalogue could not be downloaded',
};

export function CatalogueError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const headline =
    error instanceof DatasetError
      ? headlines[error.kind]
      : 'The paper catalogue could not be loaded';
  return (
    <div
      role="alert"
      className="mx-auto mt-8 max-w-xl rounded-xl border border-danger bg-danger-soft p-5 text-ink"
    >
      <h2 className="text-lg font-semibold">{headline}</h2>
      <p className="mt-2 text-sm [overflow-wrap:anywhere]">{error.message}</p>
      <p className="mt-2 text-sm text-ink-muted">
        Your reading list, tags and notes are safe: they are stored separately.
      </p>
      <Button variant="primary" className="mt-4" onClick={onRetry}>
        Try again
      </Button>
    </div>
  );
}
