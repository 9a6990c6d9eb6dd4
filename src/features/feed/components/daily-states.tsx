import { Button } from '@/components/ui/button';
import { HfApiError, formatWait } from '@/features/feed/hf-errors';
import type { Wait } from '@/features/feed/daily-query';

/** While a period is fetched: what is asked for, and why nothing moves during a backoff. */
export function DailyLoading({ label, wait }: { label: string; wait: Wait | null }) {
  return (
    <div role="status" className="mt-6 rounded-xl border border-line bg-surface-raised p-5">
      <p>Fetching the papers of {label} from Hugging Face…</p>
      {wait && (
        <p className="mt-1 text-sm text-ink-muted">
          {wait.reason === 'rate-limited'
            ? `Hugging Face asked us to slow down (HTTP 429): trying again in ${formatWait(wait.ms)}.`
            : `The last attempt failed: trying again in ${formatWait(wait.ms)}.`}
        </p>
      )}
    </div>
  );
}

const headlines: Record<HfApiError['kind'], string> = {
  offline: 'You seem to be offline',
  'rate-limited': 'Hugging Face is limiting requests',
  http: 'Hugging Face could not answer',
  timeout: 'Hugging Face took too long',
  'not-json': 'Hugging Face sent something that is not a list of papers',
  'bad-shape': 'Hugging Face sent papers in an unexpected shape',
  cancelled: 'The fetch was cancelled',
};

/** A failed fetch: what went wrong, in words the reader can act on, and a way to try again. */
export function DailyError({
  error,
  label,
  onRetry,
  children,
}: {
  error: Error;
  label: string;
  onRetry: () => void;
  children?: React.ReactNode;
}) {
  const headline =
    error instanceof HfApiError ? headlines[error.kind] : 'The papers could not be loaded';
  return (
    <div
      role="alert"
      className="mt-6 rounded-xl border border-danger bg-danger-soft p-5 text-ink [overflow-wrap:anywhere]"
    >
      <h2 className="text-lg font-semibold">{headline}</h2>
      <p className="mt-2 text-sm">
        The papers of {label} could not be fetched. {error.message}
      </p>
      <p className="mt-2 text-sm text-ink-muted">Nothing was changed: what is stored stays.</p>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <Button variant="primary" onClick={onRetry}>
          Try again
        </Button>
        {children}
      </div>
    </div>
  );
}
