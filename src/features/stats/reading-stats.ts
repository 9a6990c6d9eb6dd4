import type { LibraryEntry } from '@/features/library/schema';
import type { Paper } from '@/features/papers/schema';

const DAY = 86_400_000;
const WEEK = 7 * DAY;

export type Count = { label: string; count: number };

export type ReadingStats = {
  inList: number;
  byStatus: { toRead: number; reading: number; read: number };
  /** Papers finished in each of the last `weeks` weeks, oldest first; label is the week's Monday. */
  finishedPerWeek: Count[];
  /** How long unread papers have waited since they were added. */
  backlogAge: Count[];
  /** Median days from added to finished, over finished papers with both dates; null when none. */
  medianDaysToRead: number | null;
  byTopic: Count[];
  byOrganization: Count[];
};

const ageBuckets: Array<{ label: string; maxDays: number }> = [
  { label: 'Under a week', maxDays: 7 },
  { label: '1–4 weeks', maxDays: 28 },
  { label: '1–3 months', maxDays: 91 },
  { label: 'Over 3 months', maxDays: Infinity },
];

/** Pure: reading statistics from the user's entries; papers not in the catalogue still count by status. */
export function computeReadingStats(
  entries: Record<string, LibraryEntry>,
  papersById: ReadonlyMap<string, Paper>,
  now: Date,
  weeks = 12,
): ReadingStats {
  const inList = Object.entries(entries).filter(([, entry]) => entry.status !== null);
  const byStatus = { toRead: 0, reading: 0, read: 0 };
  const weekStart = startOfWeek(now).getTime();
  const perWeek = new Array<number>(weeks).fill(0);
  const age = new Array<number>(ageBuckets.length).fill(0);
  const durations: number[] = [];
  const topics = new Map<string, number>();
  const orgs = new Map<string, number>();

  for (const [id, entry] of inList) {
    if (entry.status === 'to-read') byStatus.toRead += 1;
    else if (entry.status === 'reading') byStatus.reading += 1;
    else byStatus.read += 1;

    if (entry.status === 'read' && entry.finishedAt) {
      const finished = Date.parse(entry.finishedAt);
      const weeksAgo = Math.floor((weekStart - startOfWeek(new Date(finished)).getTime()) / WEEK);
      if (weeksAgo >= 0 && weeksAgo < weeks) perWeek[weeks - 1 - weeksAgo] += 1;
      if (entry.addedAt) durations.push((finished - Date.parse(entry.addedAt)) / DAY);
    }
    if (entry.status !== 'read' && entry.addedAt) {
      const days = (now.getTime() - Date.parse(entry.addedAt)) / DAY;
      const bucket = ageBuckets.findIndex((b) => days < b.maxDays);
      age[bucket === -1 ? ageBuckets.length - 1 : bucket] += 1;
    }
    const paper = papersById.get(id);
    for (const topic of paper?.topics ?? []) topics.set(topic, (topics.get(topic) ?? 0) + 1);
    const org = paper?.organization?.name;
    if (org) orgs.set(org, (orgs.get(org) ?? 0) + 1);
  }

  return {
    inList: inList.length,
    byStatus,
    finishedPerWeek: perWeek.map((count, index) => ({
      label: isoDay(new Date(weekStart - (weeks - 1 - index) * WEEK)),
      count,
    })),
    backlogAge: ageBuckets.map((bucket, index) => ({
      label: bucket.label,
      count: age[index] ?? 0,
    })),
    medianDaysToRead: median(durations),
    byTopic: top(topics),
    byOrganization: top(orgs),
  };
}

function startOfWeek(date: Date): Date {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * DAY);
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return Math.round(value * 10) / 10;
}

function top(counts: Map<string, number>, limit = 8): Count[] {
  return [...counts]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
    .slice(0, limit);
}
