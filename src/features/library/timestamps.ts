/**
 * The instants the library stores (`updatedAt`, `addedAt`, …). Records are merged by comparing
 * these strings, so only one spelling may exist: `Date#toISOString()` with a four-digit year.
 * Anything else (`~~~~~~~~~~`, `+010000-01-01T…`, a date without a time zone) would sort wrongly
 * and win or lose every merge for good.
 */

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2200;
const MIN_MS = Date.UTC(MIN_YEAR, 0, 1);
const MAX_MS = Date.UTC(MAX_YEAR + 1, 0, 1) - 1;

/** The earliest instant accepted; a stamp that had to be repaired gets it, so any real edit beats it. */
export const EARLIEST_INSTANT = new Date(MIN_MS).toISOString();

export const INSTANT_HINT = `a date and time in ISO 8601 with a time zone, between ${MIN_YEAR} and ${MAX_YEAR} (like 2025-01-02T03:04:05.000Z)`;

// Date, time with seconds, optional fraction, and a zone: an instant, never a local time.
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/** Milliseconds since the epoch for a real ISO 8601 instant within the bounds, else null. */
export function parseInstant(value: string): number | null {
  const match = INSTANT.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  const zoneHours = match[8] === undefined ? 0 : Number(match[8]);
  const zoneMinutes = match[9] === undefined ? 0 : Number(match[9]);
  if (hour > 23 || minute > 59 || second > 59 || zoneHours > 23 || zoneMinutes > 59) return null;
  // Date.UTC rolls 2025-02-30 over to March: a day that does not exist comes back different.
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return null;
  if (date.getUTCDate() !== day) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) && ms >= MIN_MS && ms <= MAX_MS ? ms : null;
}

/** The one stored spelling of a valid instant, or null. */
export function canonicalInstant(value: string): string | null {
  const ms = parseInstant(value);
  return ms === null ? null : new Date(ms).toISOString();
}

export const isInstant = (value: unknown): value is string =>
  typeof value === 'string' && parseInstant(value) !== null;
