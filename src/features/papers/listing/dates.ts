/** Dates as the listing writes them (`Apr 22, 2023`, `Jan 27 2`, `Dec 9`) and ISO `YYYY-MM-DD`. */

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

const SHORT_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

export interface MonthDay {
  /** 1-12 */
  month: number;
  day: number;
}

export interface ListingDate extends MonthDay {
  /** null when the listing left the year out (the capture year, see resolveListingDate). */
  year: number | null;
  comments: number;
}

/** `Apr`, `Sept`, `April` -> 4; a word that is not a month or a prefix of one (`Aprl`) -> null. */
function monthNumber(word: string): number | null {
  const lower = word.toLowerCase();
  if (lower.length < 3) return null;
  const index = MONTHS.findIndex((name) => name.startsWith(lower));
  return index < 0 ? null : index + 1;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match !== null && isoDate(Number(match[1]), Number(match[2]), Number(match[3])) === value;
}

// Month, day, then a year after a comma (any 4 digits: formatDateLine writes years 1000-9999 so)
// or after a space (19xx/20xx only: `Jan 27 2345` is more likely a comment count), then a count.
const DATE_LINE =
  /^([A-Za-z]+)\.?\s+(\d{1,2})(?:,\s*(\d{4})|\s+((?:19|20)\d\d))?(?:\s+(\d{1,6}))?$/;

/** `Apr 22, 2023` / `Jan 27 2` / `Nov 25, 2024 1`; null when the line is not such a date. */
export function parseListingDate(text: string): ListingDate | null {
  const match = DATE_LINE.exec(text);
  if (!match) return null;
  const month = monthNumber(match[1]);
  const day = Number(match[2]);
  if (month === null || day < 1 || day > 31) return null;
  const written = match[3] ?? match[4];
  const year = written === undefined ? null : Number(written);
  // A year makes an impossible day (Feb 30) checkable right away; without one, see resolve.
  if (year !== null && isoDate(year, month, day) === null) return null;
  if (year === null && day > daysInMonth(2024, month)) return null;
  return { month, day, year, comments: match[5] === undefined ? 0 : Number(match[5]) };
}

/** The header's bare date: `Dec 9` (no year, no count). */
export function parseBareDate(text: string): MonthDay | null {
  const parsed = parseListingDate(text);
  if (!parsed || parsed.year !== null || !/^[A-Za-z]+\.?\s+\d{1,2}$/.test(text)) return null;
  return { month: parsed.month, day: parsed.day };
}

/**
 * A date without a year is in the capture year, unless that would put it after the capture
 * date: then it is in the year before. Null when the day does not exist in that year (Feb 29).
 */
export function resolveListingDate(
  date: MonthDay & { year: number | null },
  capturedAt: string,
): string | null {
  if (date.year !== null) return isoDate(date.year, date.month, date.day);
  const captureYear = Number(capturedAt.slice(0, 4));
  const sameYear = isoDate(captureYear, date.month, date.day);
  if (sameYear !== null && sameYear <= capturedAt) return sameYear;
  const monthDay = `${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
  if (sameYear === null && monthDay <= capturedAt.slice(5)) return null;
  return isoDate(captureYear - 1, date.month, date.day);
}

/** Today's date in local time, as the person pasting a listing sees it. */
export function todayIso(now: Date = new Date()): string {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate()) ?? '1970-01-01';
}

function parts(iso: string): { year: number; month: string; day: number } {
  return {
    year: Number(iso.slice(0, 4)),
    month: SHORT_MONTHS[Number(iso.slice(5, 7)) - 1],
    day: Number(iso.slice(8, 10)),
  };
}

/** `2023-04-22`, 3 -> `Apr 22, 2023 3`; always with the year so that it reads back unambiguously. */
export function formatDateLine(iso: string, comments: number): string {
  const { year, month, day } = parts(iso);
  return `${month} ${day}, ${year}${comments > 0 ? ` ${comments}` : ''}`;
}

/** `2025-12-09` -> `Dec 9`, the header's form. */
export function formatBareDate(iso: string): string {
  const { month, day } = parts(iso);
  return `${month} ${day}`;
}
