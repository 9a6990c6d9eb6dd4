import { describe, expect, it } from 'vitest';
import {
  addDays,
  dailyPapersUrl,
  daysOfMonth,
  daysOfWeek,
  daysToFetch,
  isoWeekOf,
  monthOf,
  nextDay,
  nextMonth,
  nextWeek,
  paperSearchUrl,
  paperUrl,
  previousDay,
  previousMonth,
  previousWeek,
} from '@/features/feed/hf-endpoints';

describe('API URLs', () => {
  it('asks for a day, a week and a month as the API takes them', () => {
    expect(dailyPapersUrl({ kind: 'day', date: '2026-03-06' })).toBe(
      'https://huggingface.co/api/daily_papers?date=2026-03-06',
    );
    expect(dailyPapersUrl({ kind: 'week', week: '2026-W10' })).toBe(
      'https://huggingface.co/api/daily_papers?week=2026-W10',
    );
    expect(dailyPapersUrl({ kind: 'month', month: '2026-03' })).toBe(
      'https://huggingface.co/api/daily_papers?month=2026-03',
    );
  });

  it('adds paging and the trending order only when asked', () => {
    expect(
      dailyPapersUrl({ kind: 'day', date: '2026-03-06' }, { limit: 50, page: 2, sort: 'trending' }),
    ).toBe('https://huggingface.co/api/daily_papers?date=2026-03-06&limit=50&p=2&sort=trending');
  });

  it('asks for one paper and searches by title', () => {
    expect(paperUrl('2407.13168')).toBe('https://huggingface.co/api/papers/2407.13168');
    expect(paperSearchUrl('SciCode: A Research & Coding Benchmark')).toBe(
      'https://huggingface.co/api/papers/search?q=SciCode%3A+A+Research+%26+Coding+Benchmark',
    );
  });
});

describe('days', () => {
  it('steps across month, year and leap-day boundaries', () => {
    expect(nextDay('2025-12-31')).toBe('2026-01-01');
    expect(previousDay('2026-01-01')).toBe('2025-12-31');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2025-02-28')).toBe('2025-03-01');
    expect(addDays('2026-03-06', -30)).toBe('2026-02-04');
  });

  it('refuses strings that are not real days', () => {
    expect(() => nextDay('2025-02-30')).toThrow(/Not a day/);
    expect(() => nextDay('06/03/2026')).toThrow(/Not a day/);
  });
});

describe('ISO weeks', () => {
  it('puts the days around new year in the week holding their Thursday', () => {
    expect(isoWeekOf('2026-03-06')).toBe('2026-W10');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2023-01-01')).toBe('2022-W52');
    expect(isoWeekOf('2023-01-02')).toBe('2023-W01');
  });

  it('lists Monday to Sunday, week 53 included', () => {
    expect(daysOfWeek('2026-W10')).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
    ]);
    expect(daysOfWeek('2020-W53')[0]).toBe('2020-12-28');
    expect(daysOfWeek('2020-W53')[6]).toBe('2021-01-03');
    expect(daysOfWeek('2025-W01')[0]).toBe('2024-12-30');
  });

  it('steps between weeks across years, through week 53 when the year has one', () => {
    expect(nextWeek('2020-W52')).toBe('2020-W53');
    expect(nextWeek('2020-W53')).toBe('2021-W01');
    expect(previousWeek('2021-W01')).toBe('2020-W53');
    expect(nextWeek('2025-W52')).toBe('2026-W01');
    expect(previousWeek('2026-W01')).toBe('2025-W52');
  });

  it('refuses a week 53 in a year that has none', () => {
    expect(() => daysOfWeek('2025-W53')).toThrow(/No such ISO week/);
    expect(() => daysOfWeek('2025-10')).toThrow(/Not an ISO week/);
  });
});

describe('months', () => {
  it('lists every day, February of leap years included', () => {
    expect(daysOfMonth('2024-02')).toHaveLength(29);
    expect(daysOfMonth('2025-02')).toHaveLength(28);
    expect(daysOfMonth('2025-12').at(-1)).toBe('2025-12-31');
    expect(monthOf('2026-03-06')).toBe('2026-03');
  });

  it('steps across years', () => {
    expect(nextMonth('2025-12')).toBe('2026-01');
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(() => nextMonth('2025-13')).toThrow(/Not a month/);
  });
});

describe('the days "Fetch new papers" asks for', () => {
  it('fetches the days after the newest stored one, up to today', () => {
    expect(daysToFetch({ newestStored: '2025-12-29', today: '2026-01-02' })).toEqual([
      '2025-12-30',
      '2025-12-31',
      '2026-01-01',
      '2026-01-02',
    ]);
  });

  it('asks for today again, since its list keeps growing', () => {
    expect(daysToFetch({ newestStored: '2026-03-06', today: '2026-03-06' })).toEqual([
      '2026-03-06',
    ]);
  });

  it('goes back at most 30 days, on a fresh catalogue or after a long absence', () => {
    const fresh = daysToFetch({ newestStored: null, today: '2026-03-06' });
    expect(fresh).toHaveLength(30);
    expect(fresh[0]).toBe('2026-02-05');
    expect(fresh.at(-1)).toBe('2026-03-06');
    const away = daysToFetch({ newestStored: '2025-12-09', today: '2026-03-06' });
    expect(away).toEqual(fresh);
  });

  it('goes back further when the reader picks an earlier start', () => {
    const days = daysToFetch({
      newestStored: '2026-03-01',
      today: '2026-03-06',
      start: '2025-12-01',
    });
    expect(days[0]).toBe('2025-12-01');
    expect(days).toHaveLength(96);
  });
});
