import { z } from 'zod/mini';

/**
 * The reader's visits, for "new since your last visit". A visit is a stretch of use; one starts when the
 * reader comes back after {@link VISIT_GAP_MS} away. `since` is fixed when a visit starts, so what is marked
 * "New" does not change under the reader while they look: it is the moment the previous visit ended (or, on
 * the very first visit, the moment it began, so that only papers fetched or imported during it are new, not
 * the bundled catalogue).
 */
export const VISITS_KEY = 'papershelf:visits';
export const VISIT_GAP_MS = 30 * 60_000;

const ms = z.number().check(z.int(), z.nonnegative());

const visitsSchema = z
  .object({ version: z.literal(1), startedAt: ms, lastSeenAt: ms, since: ms })
  .check(
    z.refine((v) => v.since <= v.startedAt && v.startedAt <= v.lastSeenAt, {
      message: 'visit times out of order',
    }),
  );

export type Visits = z.infer<typeof visitsSchema>;

/** The stored visits, or null when there are none or they cannot be read (they are then started afresh). */
export function parseVisits(raw: string | null): Visits | null {
  if (raw === null) return null;
  try {
    const parsed = visitsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The visits as of `now`: the same visit while the reader was here within the gap, else a new one whose
 * `since` is when the previous one was last seen. A clock that went back never moves a time backwards.
 */
export function touchVisit(stored: Visits | null, now: number, gapMs = VISIT_GAP_MS): Visits {
  if (stored === null) return { version: 1, startedAt: now, lastSeenAt: now, since: now };
  if (now - stored.lastSeenAt < gapMs)
    return { ...stored, lastSeenAt: Math.max(stored.lastSeenAt, now) };
  return { version: 1, startedAt: now, lastSeenAt: now, since: stored.lastSeenAt };
}

/** Whether a paper that arrived at `arrivedAt` (ms) is new in this visit. */
export const isNewSince = (visits: Pick<Visits, 'since'>, arrivedAt: number) =>
  arrivedAt > visits.since;

/**
 * The ids (as the catalogue knows them) of the stored papers first stored after `since`: what
 * `is:new` and the New facet show. A record from before stores kept their time is not new.
 */
export function arrivedSince(
  records: Iterable<{ id: string; storedAt?: string }>,
  since: number,
  idOf: (storedId: string) => string = (id) => id,
): string[] {
  const ids = new Set<string>();
  for (const record of records) {
    const time = record.storedAt ? Date.parse(record.storedAt) : NaN;
    if (time > since) ids.add(idOf(record.id));
  }
  return [...ids];
}
