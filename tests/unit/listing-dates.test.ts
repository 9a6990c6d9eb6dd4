import { describe, expect, it } from 'vitest';
import {
  formatBareDate,
  formatDateLine,
  isIsoDate,
  parseBareDate,
  parseListingDate,
  resolveListingDate,
  todayIso,
} from '@/features/papers/listing/dates';

describe('parseListingDate', () => {
  it.each([
    ['Apr 22, 2023', { month: 4, day: 22, year: 2023, comments: 0 }],
    ['Jan 27 2', { month: 1, day: 27, year: null, comments: 2 }],
    ['Nov 25, 2024 1', { month: 11, day: 25, year: 2024, comments: 1 }],
    ['Sep 20', { month: 9, day: 20, year: null, comments: 0 }],
    ['Sept 3, 2021', { month: 9, day: 3, year: 2021, comments: 0 }],
    ['december 1 12', { month: 12, day: 1, year: null, comments: 12 }],
    ['Apr 22 2023', { month: 4, day: 22, year: 2023, comments: 0 }],
  ])('%s', (text, expected) => {
    expect(parseListingDate(text)).toEqual(expected);
  });

  it.each([
    'Aprl 22, 2023',
    'Apr 32',
    'Feb 30, 2023',
    'Feb 29, 2023',
    'Ma 3',
    '22 Apr 2023',
    'Apr',
    'Apr 22, 23',
    '2023-04-22',
  ])('rejects %s', (text) => {
    expect(parseListingDate(text)).toBeNull();
  });

  it('reads the header date only when it has neither year nor count', () => {
    expect(parseBareDate('Dec 9')).toEqual({ month: 12, day: 9 });
    expect(parseBareDate('Dec 9 2')).toBeNull();
    expect(parseBareDate('Dec 9, 2025')).toBeNull();
  });
});

describe('resolveListingDate', () => {
  it('keeps an explicit year', () => {
    expect(resolveListingDate({ month: 4, day: 22, year: 2023 }, '2025-12-09')).toBe('2023-04-22');
  });

  it('puts a year-less date in the capture year, or the year before when it would be later', () => {
    expect(resolveListingDate({ month: 12, day: 9, year: null }, '2025-12-09')).toBe('2025-12-09');
    expect(resolveListingDate({ month: 12, day: 10, year: null }, '2025-12-09')).toBe('2024-12-10');
    expect(resolveListingDate({ month: 1, day: 1, year: null }, '2025-01-01')).toBe('2025-01-01');
  });

  it('handles Feb 29 by the year it lands in', () => {
    expect(resolveListingDate({ month: 2, day: 29, year: null }, '2024-03-01')).toBe('2024-02-29');
    expect(resolveListingDate({ month: 2, day: 29, year: null }, '2025-01-15')).toBe('2024-02-29');
    expect(resolveListingDate({ month: 2, day: 29, year: null }, '2025-12-09')).toBeNull();
  });
});

describe('ISO dates and formatting', () => {
  it('validates calendar dates', () => {
    expect(['2024-02-29', '2025-12-09'].map(isIsoDate)).toEqual([true, true]);
    expect(['2025-02-29', '2025-13-01', '2025-1-01', 'today'].map(isIsoDate)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('writes dates as the listing reads them', () => {
    expect(formatDateLine('2023-04-22', 0)).toBe('Apr 22, 2023');
    expect(formatDateLine('2025-01-07', 2)).toBe('Jan 7, 2025 2');
    expect(formatBareDate('2025-12-09')).toBe('Dec 9');
    expect(todayIso(new Date(2025, 11, 9, 23, 30))).toBe('2025-12-09');
  });
});
