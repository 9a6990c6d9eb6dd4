import { describe, expect, it } from 'vitest';
import { isNewSince, parseVisits, touchVisit, VISIT_GAP_MS } from '@/features/feed/visits';
import { arrivedSince } from '@/features/feed/visits';

const minute = 60_000;
const t0 = Date.UTC(2026, 2, 6, 8, 0);

describe('visits', () => {
  it('starts the first visit with nothing before it new', () => {
    const first = touchVisit(null, t0);
    expect(first).toEqual({ version: 1, startedAt: t0, lastSeenAt: t0, since: t0 });
    // The bundled catalogue was there before the first visit; a paper fetched during it is new.
    expect(isNewSince(first, t0 - 1)).toBe(false);
    expect(isNewSince(first, t0 + 5 * minute)).toBe(true);
  });

  it('keeps one visit while the reader comes back within 30 minutes, and keeps its `since`', () => {
    let visits = touchVisit(null, t0);
    for (let at = t0; at <= t0 + 3 * 60 * minute; at += 29 * minute)
      visits = touchVisit(visits, at);
    expect(visits.startedAt).toBe(t0);
    expect(visits.since).toBe(t0);
    expect(visits.lastSeenAt).toBe(t0 + 6 * 29 * minute);
  });

  it('starts a new visit after 30 minutes away, new since the previous visit was last seen', () => {
    const morning = touchVisit(touchVisit(null, t0), t0 + 20 * minute);
    const evening = touchVisit(morning, t0 + 20 * minute + VISIT_GAP_MS);
    expect(evening).toEqual({
      version: 1,
      startedAt: t0 + 20 * minute + VISIT_GAP_MS,
      lastSeenAt: t0 + 20 * minute + VISIT_GAP_MS,
      since: t0 + 20 * minute,
    });
    expect(isNewSince(evening, t0 + 10 * minute)).toBe(false); // arrived while the reader was here
    expect(isNewSince(evening, t0 + 40 * minute)).toBe(true); // arrived while they were away
  });

  it('never moves a time backwards when the clock does', () => {
    const visits = touchVisit(touchVisit(null, t0), t0 + 10 * minute);
    expect(touchVisit(visits, t0 - 60 * minute)).toEqual(visits);
  });

  it('reads back what it wrote, and starts afresh on anything else', () => {
    const visits = touchVisit(null, t0);
    expect(parseVisits(JSON.stringify(visits))).toEqual(visits);
    for (const bad of [
      null,
      '',
      'not json',
      '[]',
      '{"version":2,"startedAt":1,"lastSeenAt":1,"since":1}',
      '{"version":1,"startedAt":5,"lastSeenAt":1,"since":1}',
      '{"version":1,"startedAt":1,"lastSeenAt":2,"since":3}',
      '{"version":1,"startedAt":-1,"lastSeenAt":2,"since":-3}',
      '{"version":1,"startedAt":"1","lastSeenAt":2,"since":0}',
      '{"__proto__":{"version":1},"startedAt":1,"lastSeenAt":1,"since":1}',
    ])
      expect(parseVisits(bad)).toBeNull();
  });
});

describe('arrivedSince', () => {
  it('lists the papers first stored after the previous visit, under the id the catalogue shows', () => {
    const since = Date.parse('2026-03-06T08:00:00.000Z');
    const records = [
      { id: 'a', storedAt: '2026-03-06T07:59:59.000Z' },
      { id: 'b', storedAt: '2026-03-06T08:00:01.000Z' },
      { id: 'c' },
      { id: 'd', storedAt: 'garbage' },
      { id: 'slug-of-e', storedAt: '2026-03-06T09:00:00.000Z' },
    ];
    expect(arrivedSince(records, since, (id) => (id === 'slug-of-e' ? 'e' : id))).toEqual([
      'b',
      'e',
    ]);
  });
});
