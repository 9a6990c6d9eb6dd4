import { describe, expect, it } from 'vitest';
import type { LibraryEntry } from '@/features/library/schema';
import { computeReadingStats } from '@/features/stats/reading-stats';
import { blankPaper } from '../fixtures/paper';

const entry = (patch: Partial<LibraryEntry>): LibraryEntry => ({
  status: 'to-read',
  tags: [],
  note: '',
  addedAt: '2026-11-01T10:00:00.000Z',
  startedAt: null,
  finishedAt: null,
  order: 0,
  updatedAt: '2026-11-01T10:00:00.000Z',
  ...patch,
});

const paper = (id: string, topics: string[], org: string | null) =>
  blankPaper(id, {
    title: id,
    topics,
    organization: org ? { handle: org.toLowerCase(), name: org } : null,
  });

describe('computeReadingStats', () => {
  // Sunday 29 November 2026: the week started on Monday 23 November.
  const now = new Date('2026-11-29T12:00:00.000Z');
  const papers = new Map([
    ['a', paper('a', ['Speech'], 'Kyutai')],
    ['b', paper('b', ['Speech', 'Efficiency'], null)],
    ['c', paper('c', ['Vision'], 'Kyutai')],
  ]);
  const entries = {
    a: entry({
      status: 'read',
      addedAt: '2026-11-20T10:00:00.000Z',
      finishedAt: '2026-11-24T10:00:00.000Z',
    }),
    b: entry({
      status: 'read',
      addedAt: '2026-11-10T10:00:00.000Z',
      finishedAt: '2026-11-16T10:00:00.000Z',
    }),
    c: entry({ status: 'reading', addedAt: '2026-09-01T10:00:00.000Z' }),
    d: entry({ status: 'to-read', addedAt: '2026-11-28T10:00:00.000Z' }),
    gone: entry({ status: null, tags: [], note: '' }),
  };

  it('counts the list by status, ignoring deletion markers, and keeps papers missing from the catalogue', () => {
    const stats = computeReadingStats(entries, papers, now);
    expect(stats.inList).toBe(4);
    expect(stats.byStatus).toEqual({ toRead: 1, reading: 1, read: 2 });
  });

  it('puts finished papers in their weeks, oldest week first', () => {
    const stats = computeReadingStats(entries, papers, now, 4);
    expect(stats.finishedPerWeek).toEqual([
      { label: '2026-11-02', count: 0 },
      { label: '2026-11-09', count: 0 },
      { label: '2026-11-16', count: 1 },
      { label: '2026-11-23', count: 1 },
    ]);
  });

  it('measures the backlog age and the median time to read', () => {
    const stats = computeReadingStats(entries, papers, now);
    expect(stats.backlogAge.map((b) => b.count)).toEqual([1, 0, 1, 0]);
    expect(stats.medianDaysToRead).toBe(5);
  });

  it('groups the list by topic and organisation, most first', () => {
    const stats = computeReadingStats(entries, papers, now);
    expect(stats.byTopic[0]).toEqual({ label: 'Speech', count: 2 });
    expect(stats.byOrganization).toEqual([{ label: 'Kyutai', count: 2 }]);
  });
});
