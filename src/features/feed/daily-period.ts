import {
  daysOfMonth,
  daysOfWeek,
  isDay,
  isoWeekOf,
  monthOf,
  nextDay,
  nextMonth,
  nextWeek,
  previousDay,
  previousMonth,
  previousWeek,
  type DailyPeriod,
} from '@/features/feed/hf-endpoints';

/** `/daily/2026-03-06`, `/daily/week/2026-W10`, `/daily/month/2026-03`. */
export function periodPath(period: DailyPeriod): string {
  if (period.kind === 'day') return `/daily/${period.date}`;
  if (period.kind === 'week') return `/daily/week/${period.week}`;
  return `/daily/month/${period.month}`;
}

/** The stable key a period is stored and cached under. */
export const periodKey = (period: DailyPeriod) =>
  period.kind === 'day' ? period.date : period.kind === 'week' ? period.week : period.month;

export type ParsedPeriod = { ok: true; period: DailyPeriod } | { ok: false; message: string };

/** A route's value, checked: a real day, ISO week or month, or a message saying what is wrong. */
export function parsePeriod(kind: DailyPeriod['kind'], value: string): ParsedPeriod {
  try {
    if (kind === 'day') {
      if (!isDay(value)) throw new RangeError();
      return { ok: true, period: { kind, date: value } };
    }
    if (kind === 'week') {
      daysOfWeek(value);
      return { ok: true, period: { kind, week: value } };
    }
    daysOfMonth(value);
    return { ok: true, period: { kind, month: value } };
  } catch {
    const shapes = { day: 'YYYY-MM-DD', week: 'YYYY-Www (an ISO week)', month: 'YYYY-MM' };
    return {
      ok: false,
      message: `“${value}” is not a ${kind === 'day' ? 'date' : kind}: expected ${shapes[kind]}.`,
    };
  }
}

export function daysOf(period: DailyPeriod): string[] {
  if (period.kind === 'day') return [period.date];
  return period.kind === 'week' ? daysOfWeek(period.week) : daysOfMonth(period.month);
}

export function previousPeriod(period: DailyPeriod): DailyPeriod {
  if (period.kind === 'day') return { kind: 'day', date: previousDay(period.date) };
  if (period.kind === 'week') return { kind: 'week', week: previousWeek(period.week) };
  return { kind: 'month', month: previousMonth(period.month) };
}

/** The period after, or null when it would start after `today`: the feed has nothing there yet. */
export function nextPeriod(period: DailyPeriod, today: string): DailyPeriod | null {
  const next: DailyPeriod =
    period.kind === 'day'
      ? { kind: 'day', date: nextDay(period.date) }
      : period.kind === 'week'
        ? { kind: 'week', week: nextWeek(period.week) }
        : { kind: 'month', month: nextMonth(period.month) };
  return daysOf(next)[0] > today ? null : next;
}

/** Whether the period is over at `instant` (an ISO timestamp): until then its list keeps growing. */
export const isOverAt = (period: DailyPeriod, instant: string) =>
  (daysOf(period).at(-1) ?? '') < instant.slice(0, 10);

/** Starts after `today`: nothing to fetch. */
export const isFuture = (period: DailyPeriod, today: string) => daysOf(period)[0] > today;

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDay = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const monthFormat = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const utc = (day: string) => new Date(`${day}T00:00:00Z`);

/** "Tuesday 9 December 2025", "Week 50 of 2025 (8 Dec – 14 Dec)", "December 2025". */
export function periodLabel(period: DailyPeriod): string {
  if (period.kind === 'day') return dayFormat.format(utc(period.date));
  if (period.kind === 'month') return monthFormat.format(utc(`${period.month}-01`));
  const days = daysOfWeek(period.week);
  const [year, week] = period.week.split('-W');
  return `Week ${Number(week)} of ${year} (${shortDay.format(utc(days[0]))} – ${shortDay.format(utc(days[6]))})`;
}

/** The week and the month a day belongs to, for the links between views. */
export const weekOf = (day: string): DailyPeriod => ({ kind: 'week', week: isoWeekOf(day) });
export const monthOfDay = (day: string): DailyPeriod => ({ kind: 'month', month: monthOf(day) });
