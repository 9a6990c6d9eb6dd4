import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useSearch } from 'wouter';
import { Button } from '@/components/ui/button';
import { DailyError, DailyLoading } from '@/features/feed/components/daily-states';
import { PeriodNav } from '@/features/feed/components/period-nav';
import {
  isFuture,
  isOverAt,
  parsePeriod,
  periodKey,
  periodLabel,
} from '@/features/feed/daily-period';
import {
  dailyQueryKey,
  dailyQueryOptions,
  fetchPeriodNow,
  trendingQueryOptions,
  type DailyAnswer,
  type Wait,
} from '@/features/feed/daily-query';
import { utcDay, type DailyPeriod } from '@/features/feed/hf-endpoints';
import { SORTS } from '@/features/search/types';
import { CatalogueActions } from './catalogue-actions';
import { ListPage } from './list-page';
import { useCatalogue } from './use-catalogue';

/** `/daily` (today), `/daily/YYYY-MM-DD`, `/daily/week/YYYY-Www`, `/daily/month/YYYY-MM`. */
export function DailyRoute({ kind, value }: { kind: DailyPeriod['kind']; value?: string }) {
  const today = utcDay(new Date());
  const parsed = parsePeriod(kind, value ?? today);
  if (!parsed.ok) {
    return (
      <div role="alert" className="mx-auto max-w-xl py-12 text-center">
        <h1 className="text-2xl font-bold">Not a day of the feed</h1>
        <p className="mt-2 text-ink-muted">{parsed.message}</p>
        <p className="mt-2">
          <a href="/daily" className="text-accent underline">
            Today’s papers
          </a>
        </p>
      </div>
    );
  }
  return <PeriodPage key={periodKey(parsed.period)} period={parsed.period} today={today} />;
}

function PeriodPage({ period, today }: { period: DailyPeriod; today: string }) {
  const client = useQueryClient();
  const [wait, setWait] = useState<Wait | null>(null);
  const future = isFuture(period, today);
  const query = useQuery({
    ...dailyQueryOptions(client, period, today, setWait),
    enabled: !future,
  });
  const refresh = useMutation({
    mutationFn: () => fetchPeriodNow(client, period, { onWait: setWait }),
    onSuccess: (answer) => client.setQueryData(dailyQueryKey(period, today), answer),
    onSettled: () => setWait(null),
  });
  const trendingAsked = new URLSearchParams(useSearch()).get('sort') === 'trending';
  const trending = useQuery({
    ...trendingQueryOptions(client, period, setWait),
    enabled: trendingAsked && !future,
  });
  const { catalogue } = useCatalogue();
  const label = periodLabel(period);
  const heading = `Daily papers: ${label}`;
  // The trending order, once it is here; else the period as stored.
  const listed = trendingAsked && trending.data ? trending.data : query.data;
  // Stored ids may be ids a paper arrived under; the catalogue knows the paper they became.
  const ids = useMemo(() => {
    if (!listed || !catalogue) return undefined;
    return [...new Set(listed.ids.map((id) => catalogue.byId.get(id)?.id ?? id))];
  }, [listed, catalogue]);

  const nav = <PeriodNav period={period} today={today} />;
  if (future || query.isPending || query.error) {
    return (
      <div className="mx-auto max-w-3xl">
        <h1 className="text-2xl font-bold">{heading}</h1>
        {nav}
        {future ? (
          <p className="mt-6 text-ink-muted">This {period.kind} has not begun yet.</p>
        ) : query.error ? (
          <DailyError error={query.error} label={label} onRetry={() => void query.refetch()} />
        ) : (
          <DailyLoading label={label} wait={wait} />
        )}
      </div>
    );
  }

  const answer = query.data;
  const growing = !isOverAt(period, answer.fetchedAt);
  return (
    <ListPage
      scope="all"
      heading={heading}
      within={ids}
      sorts={SORTS}
      empty={
        <p>
          Hugging Face lists no papers for {label}
          {growing ? ' yet' : ''}.
        </p>
      }
      intro={
        <>
          {nav}
          <div className="mt-2 mb-3 flex flex-wrap items-center gap-2 text-sm text-ink-muted">
            <span>
              {answer.source === 'stored' ? 'Stored' : 'Fetched'}{' '}
              {new Date(answer.fetchedAt).toLocaleString('en-GB', {
                dateStyle: 'medium',
                timeStyle: 'short',
              })}
              {growing && ', while the list was still growing'}.
            </span>
            <Button onClick={() => refresh.mutate()} disabled={refresh.isPending}>
              {refresh.isPending ? 'Refreshing…' : `Refresh this ${period.kind}`}
            </Button>
          </div>
          {trendingAsked && (
            <TrendingNote
              answer={trending.data}
              error={trending.error}
              pending={trending.isFetching}
            />
          )}
          <CatalogueActions />
          {refresh.error && (
            <p role="alert" className="mb-3 text-sm text-danger [overflow-wrap:anywhere]">
              Refreshing failed; the stored list stays. {refresh.error.message}
            </p>
          )}
        </>
      }
    />
  );
}

const fetchedTime = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** Where the trending order comes from: fetched now, kept from the last time, or not to be had. */
function TrendingNote({
  answer,
  error,
  pending,
}: {
  answer: DailyAnswer | undefined;
  error: Error | null;
  pending: boolean;
}) {
  if (pending && !answer)
    return (
      <p role="status" className="mb-3 text-sm text-ink-muted">
        Fetching Hugging Face’s trending order…
      </p>
    );
  if (answer)
    return (
      <p role="status" className="mb-3 text-sm text-ink-muted">
        {answer.source === 'fetched'
          ? `Trending order from Hugging Face, ${fetchedTime(answer.fetchedAt)}.`
          : `Trending order as of ${fetchedTime(answer.fetchedAt)}: Hugging Face could not be reached just now.`}
      </p>
    );
  if (error)
    return (
      <p role="alert" className="mb-3 text-sm text-danger [overflow-wrap:anywhere]">
        The trending order could not be fetched, so the list keeps the feed’s own order.{' '}
        {error.message}
      </p>
    );
  return null;
}
