import { Link } from 'wouter';
import {
  daysOf,
  monthOfDay,
  nextPeriod,
  periodPath,
  previousPeriod,
  weekOf,
} from '@/features/feed/daily-period';
import type { DailyPeriod } from '@/features/feed/hf-endpoints';

const linkClass =
  'inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-medium text-ink hover:bg-surface-sunken aria-[current=page]:bg-accent-soft sm:min-h-9';

const unit = { day: 'day', week: 'week', month: 'month' } as const;

/** Previous and next period, and the day, week and month views around this one. */
export function PeriodNav({ period, today }: { period: DailyPeriod; today: string }) {
  const previous = previousPeriod(period);
  const next = nextPeriod(period, today);
  const first = daysOf(period)[0];
  // From a week or month, "Day" opens its last day that has begun.
  const lastBegun =
    daysOf(period)
      .filter((day) => day <= today)
      .at(-1) ?? first;
  const views: { label: string; period: DailyPeriod }[] = [
    { label: 'Day', period: period.kind === 'day' ? period : { kind: 'day', date: lastBegun } },
    { label: 'Week', period: period.kind === 'week' ? period : weekOf(first) },
    { label: 'Month', period: period.kind === 'month' ? period : monthOfDay(first) },
  ];
  return (
    <nav aria-label="Daily papers" className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1">
      <ul className="flex gap-1">
        <li>
          <Link href={periodPath(previous)} className={linkClass}>
            <span aria-hidden="true">←</span> Previous {unit[period.kind]}
          </Link>
        </li>
        <li>
          {next ? (
            <Link href={periodPath(next)} className={linkClass}>
              Next {unit[period.kind]} <span aria-hidden="true">→</span>
            </Link>
          ) : (
            <span className={`${linkClass} text-ink-muted`}>No next {unit[period.kind]} yet</span>
          )}
        </li>
      </ul>
      <ul className="flex gap-1" aria-label="View">
        {views.map((view) => (
          <li key={view.label}>
            <Link
              href={periodPath(view.period)}
              aria-current={view.period.kind === period.kind ? 'page' : undefined}
              className={linkClass}
            >
              {view.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
