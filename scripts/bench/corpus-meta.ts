import { cumulative, pick, randomInt, weightedIndex, type Random } from './prng';

export type Organization = { handle: string; name: string };

const ORG_KINDS = [
  'AI',
  'Labs',
  'Research',
  'University',
  'Institute',
  'Lab',
  'Group',
  'Tech',
  'Intelligence',
];
const SYLLABLES = [
  'ka',
  'lu',
  'mi',
  'no',
  'ra',
  'te',
  'vo',
  'zen',
  'qi',
  'so',
  'dai',
  'mar',
  'lin',
  'tor',
  'pha',
  'xi',
];

/** `count` organisations, the real ones first, with Zipf weights: a few publish a lot, most rarely. */
export function makeOrganizations(random: Random, real: readonly Organization[], count: number) {
  const list: Organization[] = [...real];
  const handles = new Set(list.map((org) => org.handle));
  while (list.length < count) {
    let stem = '';
    for (let i = randomInt(random, 2, 3); i > 0; i--) stem += pick(random, SYLLABLES);
    const kind = pick(random, ORG_KINDS);
    const handle = random() < 0.5 ? `${stem}-${kind.toLowerCase()}` : stem;
    if (handles.has(handle)) continue;
    handles.add(handle);
    list.push({ handle, name: `${stem.charAt(0).toUpperCase()}${stem.slice(1)} ${kind}` });
  }
  const sums = cumulative(list.map((_, rank) => 1 / Math.pow(rank + 1, 1.1)));
  return (next: Random) => list[weightedIndex(next, sums)];
}

// Papers per year grow as the field does; the capture date caps the last year.
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
const YEAR_SUMS = cumulative([1, 1.3, 1.7, 2.3, 3.2, 4.3, 5.2]);
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function drawDate(random: Random, capturedAt: string): string {
  const [capYear, capMonth, capDay] = capturedAt.split('-').map(Number);
  const year = Math.min(YEARS[weightedIndex(random, YEAR_SUMS)], capYear);
  const month = randomInt(random, 1, year === capYear ? capMonth : 12);
  const day = randomInt(
    random,
    1,
    year === capYear && month === capMonth ? capDay : DAYS_IN_MONTH[month - 1],
  );
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Comment counts: most papers have none, a few have hundreds (Pareto tail). */
export function drawComments(random: Random): number {
  if (random() < 0.6) return 0;
  return Math.min(999, Math.floor(Math.pow(1 - random(), -1 / 1.2)));
}

/** Authors per paper: mode around five, a tail to thirty-odd. */
export function drawAuthorCount(random: Random): number {
  return Math.max(
    1,
    Math.min(40, Math.round(Math.exp(1.6 + 0.6 * (random() + random() + random() - 1.5)))),
  );
}

/** arXiv-style ids, unique within the catalogue: "2401.01234" for a paper of January 2024. */
export function createArxivIds() {
  const used = new Set<string>();
  return (random: Random, date: string) => {
    const prefix = `${date.slice(2, 4)}${date.slice(5, 7)}.`;
    for (;;) {
      const id = prefix + String(randomInt(random, 1, 99_999)).padStart(5, '0');
      if (!used.has(id)) {
        used.add(id);
        return id;
      }
    }
  };
}
