import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useStore } from 'zustand';
import { Button } from '@/components/ui/button';
import { formatWait } from '@/features/feed/hf-errors';
import { utcDay } from '@/features/feed/hf-endpoints';
import type { FetchNewSummary } from '@/features/feed/fetch-new';
import {
  cancelFetchRun,
  dismissFetchRun,
  fetchRun,
  startFetchRun,
} from '@/features/feed/fetch-run';
import { countOf } from '@/lib/paper-count';

/**
 * "Fetch new papers": the days since the newest stored one (at most 30, or from a day the reader
 * picks), with a progress bar, a Cancel button and a summary. The run goes on while the reader
 * types, reads or moves to another page.
 */
export function FetchNewPapers() {
  const client = useQueryClient();
  const state = useStore(fetchRun);
  const [start, setStart] = useState('');
  const startId = useId();
  const today = utcDay(new Date());
  const run = (from?: string) => void startFetchRun(client, from);

  if (state.phase === 'running') {
    return (
      <div className="rounded-xl border border-line bg-surface-raised p-3 text-sm">
        <div className="flex flex-wrap items-center gap-3">
          {state.total === null ? (
            <p role="status">Looking for the newest stored day…</p>
          ) : (
            <>
              <div
                role="progressbar"
                aria-label="Fetching new papers"
                aria-valuemin={0}
                aria-valuenow={state.done}
                aria-valuemax={state.total}
                aria-valuetext={`${state.done} of ${countOf(state.total, 'day')}`}
                className="h-2 min-w-40 flex-1 overflow-hidden rounded-full bg-surface-sunken"
              >
                <div
                  className="h-full rounded-full bg-accent transition-[width]"
                  style={{
                    width: `${state.total === 0 ? 100 : (100 * state.done) / state.total}%`,
                  }}
                />
              </div>
              <span className="text-ink-muted tabular-nums" aria-hidden="true">
                {state.done} of {countOf(state.total, 'day')}
              </span>
            </>
          )}
          <Button onClick={cancelFetchRun}>Cancel</Button>
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
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="primary" onClick={() => run(start || undefined)}>
          Fetch new papers
        </Button>
        <details className="text-sm">
          <summary className="cursor-pointer rounded-md px-1 py-2 text-ink-muted">
            {start ? `From ${start}` : 'Start from an earlier day'}
          </summary>
          <div className="mt-1 flex items-center gap-2">
            <label htmlFor={startId}>First day</label>
            <input
              id={startId}
              type="date"
              max={today}
              value={start}
              onChange={(event) => setStart(event.target.value)}
              className="rounded-md border border-line bg-surface px-2 py-1 text-ink"
            />
          </div>
          <p className="mt-1 max-w-md text-ink-muted">
            Without a first day, Papershelf fetches the days after the newest one it has, at most
            the last 30.
          </p>
        </details>
      </div>
      {state.phase === 'finished' && (
        <Summary
          summary={state.summary}
          onRetry={(from) => run(from)}
          onDismiss={dismissFetchRun}
        />
      )}
      {state.phase === 'failed' && (
        <p role="alert" className="text-sm text-danger [overflow-wrap:anywhere]">
          {state.message}
        </p>
      )}
    </div>
  );
}

function Summary({
  summary,
  onRetry,
  onDismiss,
}: {
  summary: FetchNewSummary;
  onRetry: (from: string) => void;
  onDismiss: () => void;
}) {
  const counts = `${countOf(summary.newPapers, 'new paper')}, ${summary.updatedPapers} updated`;
  const fetched = summary.fetchedDays.length;
  const stopped = summary.stoppedBy;
  const headline =
    stopped?.kind === 'cancelled'
      ? `Cancelled after ${fetched} of ${countOf(summary.days, 'day')}: ${counts}. The days fetched are kept.`
      : stopped
        ? `Stopped after ${fetched} of ${countOf(summary.days, 'day')}: ${counts}. ${stopped.message}`
        : `Fetched ${countOf(fetched, 'day')}: ${counts}.`;
  const firstFailed = summary.failed.map((failure) => failure.day).sort()[0];
  return (
    <div
      role={stopped && stopped.kind !== 'cancelled' ? 'alert' : 'status'}
      className="rounded-xl border border-line bg-surface-raised p-3 text-sm [overflow-wrap:anywhere]"
    >
      <p>{headline}</p>
      {summary.notStored > 0 && (
        <p className="mt-1 text-warn">
          {countOf(summary.notStored, 'paper')} could not be stored (the browser refused the write):
          they are shown until the page is reloaded.
        </p>
      )}
      {summary.failed.length > 0 && (
        <>
          <p className="mt-2">
            {countOf(summary.failed.length, 'day')} failed; the others are kept:
          </p>
          <ul className="mt-1 list-disc pl-5 text-ink-muted">
            {summary.failed.map((failure) => (
              <li key={failure.day}>
                {failure.day}: {failure.message}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        {firstFailed && (
          <Button onClick={() => onRetry(firstFailed)}>Try the failed days again</Button>
        )}
        <Button variant="ghost" onClick={onDismiss}>
          Dismiss
        </Button>
      </div>
    </div>
  );
}
