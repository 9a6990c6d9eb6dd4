/**
 * The Hugging Face papers API, exactly as it takes requests, and the calendar of days, ISO weeks and
 * months its Daily Papers are filed under. Dates are `YYYY-MM-DD` strings in UTC throughout, so a
 * reader's time zone never moves a paper to another day.
 */

export const HF_API = 'https://huggingface.co/api';

export type DailyPeriod =
  { kind: 'day'; date: string } | { kind: 'week'; week: string } | { kind: 'month'; month: string };

export type DailyQuery = { limit?: number; page?: number; sort?: 'publishedAt' | 'trending' };

const periodParam = (period: DailyPeriod): [string, string] =>
  period.kind === 'day'
    ? ['date', period.date]
    : period.kind === 'week'
      ? ['week', period.week]
      : ['month', period.month];

/** `https://huggingface.co/api/daily_papers?date=2026-03-06` (or `week=2026-W10`, `month=2026-03`), with paging and sort. */
export function dailyPapersUrl(period: DailyPeriod, query: DailyQuery = {}): string {
  const params = new URLSearchParams([periodParam(period)]);
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  if (query.page !== undefined) params.set('p', String(query.page));
  if (query.sort !== undefined) params.set('sort', query.sort);
  return `${HF_API}/daily_papers?${params.toString()}`;
}

export const paperUrl = (arxivId: string) => `${HF_API}/papers/${encodeURIComponent(arxivId)}`;

export const paperSearchUrl = (query: string) =>
  `${HF_API}/papers/search?${new URLSearchParams({ q: query }).toString()}`;

// Calendar arithmetic on UTC midnights.
const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEK = /^(\d{4})-W(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function toTime(day: string): number {
  const match = DAY.exec(day);
  const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (Number.isNaN(time) || formatDay(time) !== day) throw new RangeError(`Not a day: ${day}`);
  return time;
}

const formatDay = (time: number) => new Date(time).toISOString().slice(0, 10);

export function isDay(value: string): boolean {
  try {
    toTime(value);
    return true;
  } catch {
    return false;
  }
}

/** Today as `YYYY-MM-DD` in UTC. */
export const utcDay = (date: Date) => date.toISOString().slice(0, 10);

export const addDays = (day: string, days: number) => formatDay(toTime(day) + days * DAY_MS);
export const previousDay = (day: string) => addDays(day, -1);
export const nextDay = (day: string) => addDays(day, 1);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string) =>
  Math.round((toTime(to) - toTime(from)) / DAY_MS);

/** `from` to `to`, both included; empty when `to` is before `from`. */
export function dayRange(from: string, to: string): string[] {
  const count = daysBetween(from, to);
  return Array.from({ length: Math.max(0, count + 1) }, (_, i) => addDays(from, i));
}

/** ISO 8601 week: weeks start on Monday, and week 1 holds the year's first Thursday. */
export function isoWeekOf(day: string): string {
  const time = toTime(day);
  const weekday = (new Date(time).getUTCDay() + 6) % 7; // Monday 0 ... Sunday 6
  const thursday = time + (3 - weekday) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${pad(week)}`;
}

function weekStart(week: string): number {
  const match = WEEK.exec(week);
  if (!match) throw new RangeError(`Not an ISO week: ${week}`);
  const year = Number(match[1]);
  const jan4 = Date.UTC(year, 0, 4); // always in week 1
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
  const start = monday + (Number(match[2]) - 1) * 7 * DAY_MS;
  if (isoWeekOf(formatDay(start)) !== week) throw new RangeError(`No such ISO week: ${week}`);
  return start;
}

/** Monday to Sunday of an ISO week. */
export const daysOfWeek = (week: string) => {
  const monday = formatDay(weekStart(week));
  return dayRange(monday, addDays(monday, 6));
};

export const previousWeek = (week: string) => isoWeekOf(addDays(daysOfWeek(week)[0], -7));
export const nextWeek = (week: string) => isoWeekOf(addDays(daysOfWeek(week)[0], 7));

function monthParts(month: string): [number, number] {
  const match = MONTH.exec(month);
  const value = match ? [Number(match[1]), Number(match[2])] : [];
  if (value.length !== 2 || value[1] < 1 || value[1] > 12)
    throw new RangeError(`Not a month: ${month}`);
  return [value[0], value[1]];
}

/** `2026-03-06` -> `2026-03`. */
export function monthOf(day: string): string {
  toTime(day); // refuses a string that is not a real day
  return day.slice(0, 7);
}

export function daysOfMonth(month: string): string[] {
  const [year, number] = monthParts(month);
  const first = `${year}-${pad(number)}-01`;
  const last = formatDay(Date.UTC(year, number, 0));
  return dayRange(first, last);
}

function shiftMonth(month: string, by: number): string {
  const [year, number] = monthParts(month);
  const date = new Date(Date.UTC(year, number - 1 + by, 1));
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}`;
}

export const previousMonth = (month: string) => shiftMonth(month, -1);
export const nextMonth = (month: string) => shiftMonth(month, 1);

export const MAX_CATCH_UP_DAYS = 30;

export type CatchUpOptions = {
  /** The newest day already stored, or null on a fresh catalogue. */
  newestStored: string | null;
  today: string;
  /** A start the reader picked: fetch from there, however far back. */
  start?: string;
  maxDays?: number;
};

/**
 * The days "Fetch new papers" asks for, oldest first: those after the newest stored day up to today,
 * at most the last `maxDays` (30) unless the reader picked an earlier start. Today is asked again
 * even when stored, because its list keeps growing until the day ends.
 */
export function daysToFetch({
  newestStored,
  today,
  start,
  maxDays = MAX_CATCH_UP_DAYS,
}: CatchUpOptions): string[] {
  if (start !== undefined) return dayRange(start, today);
  const earliest = addDays(today, -(maxDays - 1));
  if (newestStored === null) return dayRange(earliest, today);
  const after = newestStored >= today ? today : nextDay(newestStored);
  return dayRange(after > earliest ? after : earliest, today);
}
