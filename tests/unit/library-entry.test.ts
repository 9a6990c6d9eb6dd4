import { describe, expect, it } from 'vitest';
import {
  isDeletionMarker,
  normalizeTag,
  stampAfter,
  withStatus,
  withTagAdded,
  withTagRemoved,
  withTagRenamed,
} from '@/features/library/state/entry';
import { orderBetween, ordersForMove } from '@/features/library/state/order';
import type { LibraryEntry } from '@/features/library/schema';

const day = (n: number) => Date.UTC(2025, 11, n, 9);
const iso = (ms: number) => new Date(ms).toISOString();

describe('withStatus', () => {
  it('remembers when a paper was added, started and finished', () => {
    const added = withStatus(undefined, 'to-read', day(1));
    expect(added).toMatchObject({
      status: 'to-read',
      addedAt: iso(day(1)),
      startedAt: null,
      finishedAt: null,
    });
    const started = withStatus(added, 'reading', day(3));
    expect(started).toMatchObject({
      addedAt: iso(day(1)),
      startedAt: iso(day(3)),
      finishedAt: null,
    });
    const finished = withStatus(started, 'read', day(5));
    expect(finished).toMatchObject({
      addedAt: iso(day(1)),
      startedAt: iso(day(3)),
      finishedAt: iso(day(5)),
    });
  });

  it('clears dates that no longer hold when going back, and keeps the order within the list', () => {
    const read = withStatus(
      withStatus(withStatus(undefined, 'to-read', day(1)), 'reading', day(2)),
      'read',
      day(3),
    );
    const reread = withStatus(read, 'reading', day(4));
    expect(reread).toMatchObject({ startedAt: iso(day(2)), finishedAt: null, order: day(1) });
    expect(withStatus(reread, 'to-read', day(5))).toMatchObject({
      startedAt: null,
      finishedAt: null,
      addedAt: iso(day(1)),
    });
  });

  it('leaves the start unknown when a paper goes straight to read', () => {
    expect(withStatus(undefined, 'read', day(2))).toMatchObject({
      startedAt: null,
      finishedAt: iso(day(2)),
    });
  });

  it('leaves the list without losing tags or note, and re-joins at the end of the queue', () => {
    const tagged = withTagAdded(withStatus(undefined, 'to-read', day(1)), 'rl', day(1));
    const out = withStatus({ ...tagged, note: 'keep me' }, null, day(2));
    expect(out).toMatchObject({ status: null, tags: ['rl'], note: 'keep me', addedAt: null });
    expect(isDeletionMarker(out)).toBe(false);
    expect(withStatus(out, 'to-read', day(9))).toMatchObject({
      addedAt: iso(day(9)),
      order: day(9),
    });
  });

  it('makes an untagged, unnoted paper taken out of the list a deletion marker', () => {
    expect(
      isDeletionMarker(withStatus(withStatus(undefined, 'to-read', day(1)), null, day(2))),
    ).toBe(true);
  });
});

describe('stampAfter', () => {
  it('is strictly later than the previous stamp even within one millisecond', () => {
    const first = stampAfter(null, day(1));
    expect(stampAfter(first, day(1)) > first).toBe(true);
    expect(stampAfter(first, day(2))).toBe(iso(day(2)));
  });
});

describe('tags', () => {
  it('normalises case and whitespace', () => {
    expect(normalizeTag('  Diffusion \t  Models ')).toBe('diffusion models');
  });

  it('adds once, removes, and renames without duplicates', () => {
    const entry = withTagAdded(withTagAdded(undefined, 'RL', day(1)), 'rl ', day(1));
    expect(entry.tags).toEqual(['rl']);
    const two = withTagAdded(entry, 'vision', day(2));
    expect(withTagRenamed(two, 'rl', 'vision', day(3)).tags).toEqual(['vision']);
    expect(withTagRenamed(two, 'rl', 'robotics', day(3)).tags).toEqual(['robotics', 'vision']);
    expect(withTagRemoved(two, 'rl', day(3)).tags).toEqual(['vision']);
    expect(withTagRemoved(two, 'absent', day(3))).toBe(two);
  });
});

describe('ordersForMove', () => {
  const at = (order: number): LibraryEntry => ({
    ...withStatus(undefined, 'to-read', day(1)),
    order,
  });
  const entries = { a: at(1), b: at(2), c: at(3) };

  it('moves one entry between its new neighbours', () => {
    expect(ordersForMove(entries, ['a', 'b', 'c'], 'c', 0)).toEqual(new Map([['c', 0]]));
    expect(ordersForMove(entries, ['a', 'b', 'c'], 'a', 1)).toEqual(new Map([['a', 2.5]]));
    expect(ordersForMove(entries, ['a', 'b', 'c'], 'a', 2)).toEqual(new Map([['a', 4]]));
    expect(ordersForMove(entries, ['a', 'b', 'c'], 'b', 1).size).toBe(0);
  });

  it('renumbers the visible queue when there is no room left between neighbours', () => {
    const tight = { a: at(1), b: at(1 + Number.EPSILON), c: at(3) };
    const orders = ordersForMove(tight, ['a', 'b', 'c'], 'c', 1);
    expect([...orders.entries()].sort((x, y) => x[1] - y[1]).map(([id]) => id)).toEqual([
      'a',
      'c',
      'b',
    ]);
  });

  it('finds a value strictly between two numbers', () => {
    expect(orderBetween(1, 2)).toBe(1.5);
    expect(orderBetween(undefined, 5)).toBe(4);
    expect(orderBetween(1, 1)).toBeNull();
  });
});
