import { useQueryClient } from '@tanstack/react-query';
import { useStore } from 'zustand';
import { Button } from '@/components/ui/button';
import type { CompleteSummary } from '@/features/feed/complete';
import {
  cancelCompleteRun,
  completeRun,
  dismissCompleteRun,
  startCompleteRun,
} from '@/features/feed/complete-run';
import { formatWait } from '@/features/feed/hf-errors';
import { countOf } from '@/lib/paper-count';

/**
 * "Complete missing details": every paper without an arXiv id or authors is looked up on Hugging
 * Face by its title, with a progress bar, a Cancel button and a summary. The run goes on while the
 * reader types, reads or moves to another page.
 */
export function CompletePapers() {
  const client = useQueryClient();
  const state = useStore(completeRun);
  const run = (ids?: readonly string[]) => void startCompleteRun(client, ids);

  if (state.phase === 'running') {
    return (
      <div className="rounded-xl border border-line bg-surface-raised p-3 text-sm">
        <div className="flex flex-wrap items-center gap-3">
          <div
            role="progressbar"
            aria-label="Completing papers"
            aria-valuemin={0}
            aria-valuenow={state.done}
            aria-valuemax={state.total}
            aria-valuetext={`${state.done} of ${countOf(state.total, 'paper')}`}
            className="h-2 min-w-40 flex-1 overflow-hidden rounded-full bg-surface-sunken"
          >
            <div
              className="h-full rounded-full bg-accent transition-[width]"
              style={{ width: `${state.total === 0 ? 100 : (100 * state.done) / state.total}%` }}
            />
          </div>
          <span className="text-ink-muted tabular-nums" aria-hidden="true">
            {state.done} of {countOf(state.total, 'paper')}
          </span>
          <Button onClick={cancelCompleteRun}>Cancel</Button>
        </div>
        {state.wait && (
          <p role="status" className="mt-2 text-ink-muted">
            {state.wait.reason === 'rate-limited'
              ? `Hugging Face asked us to slow down (HTTP 429): going on in ${formatWait(state.wait.ms)}.`
              : `A request failed: trying again in ${formatWait(state.wait.ms)}.`}
          </p>
        )}
      </div>
    );
  }

  return (
    <div className="space-y-2">
      <Button onClick={() => run()}>Complete missing details</Button>
      {state.phase === 'finished' && (
        <Summary summary={state.summary} onRetry={run} onDismiss={dismissCompleteRun} />
      )}
      {state.phase === 'failed' && (
        <p role="alert" className="text-sm text-danger [overflow-wrap:anywhere]">
          {state.message}
        </p>
      )}
    </div>
  );
}

function headlineOf(summary: CompleteSummary): string {
  const completed = summary.completed.length;
  const notFound = summary.notFound.length;
  const counts = `${completed} completed, ${notFound} not found on Hugging Face`;
  const tried = completed + notFound + summary.failed.length;
  const stopped = summary.stoppedBy;
  if (summary.total === 0) return 'Every paper already has its authors and arXiv id.';
  if (stopped?.kind === 'cancelled')
    return `Cancelled after ${tried} of ${countOf(summary.total, 'paper')}: ${counts}. The papers completed are kept.`;
  if (stopped)
    return `Stopped after ${tried} of ${countOf(summary.total, 'paper')}: ${counts}. ${stopped.message}`;
  return `Completed ${completed} of ${countOf(summary.total, 'paper')}; ${notFound} not found on Hugging Face.`;
}

function Summary({
  summary,
  onRetry,
  onDismiss,
}: {
  summary: CompleteSummary;
  onRetry: (ids: readonly string[]) => void;
  onDismiss: () => void;
}) {
  const stopped = summary.stoppedBy;
  return (
    <div
      role={stopped && stopped.kind !== 'cancelled' ? 'alert' : 'status'}
      className="rounded-xl border border-line bg-surface-raised p-3 text-sm [overflow-wrap:anywhere]"
    >
      <p>{headlineOf(summary)}</p>
      {summary.notStored > 0 && (
        <p className="mt-1 text-warn">
          {countOf(summary.notStored, 'paper')} could not be stored (the browser refused the write):
          their details are shown until the page is reloaded.
        </p>
      )}
      {summary.failed.length > 0 && (
        <>
          <p className="mt-2">
            {countOf(summary.failed.length, 'paper')} failed; the others are kept:
          </p>
          <ul className="mt-1 list-disc pl-5 text-ink-muted">
            {summary.failed.map((failure) => (
              <li key={failure.id}>
                {failure.title}: {failure.message}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        {summary.failed.length > 0 && (
          <Button onClick={() => onRetry(summary.failed.map((failure) => failure.id))}>
            Try the failed papers again
          </Button>
        )}
        <Button variant="ghost" onClick={onDismiss}>
          Dismiss
        </Button>
      </div>
    </div>
  );
}
