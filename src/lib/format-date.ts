const formatter = new Intl.DateTimeFormat('en', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});

/** "2023-04-22" -> "Apr 22, 2023"; null stays null. */
export function formatDay(isoDay: string | null): string | null {
  if (!isoDay) return null;
  const date = new Date(`${isoDay.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : formatter.format(date);
}
