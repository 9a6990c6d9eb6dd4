import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACET_KEYS, facetValues } from '@/features/search/facets/filters';
import { URL_LIMITS, viewStateFromSearchParams } from '@/features/search/view-state';

fc.configureGlobal({ seed: 20261129, numRuns: 200 });

const NAMES = ['q', 'org', 'year', 'topic', 'code', 'status', 'tag', 'sort', 'x'];

/** About `bytes` of `org=`/`tag=` params, each value distinct, as in the reported link. */
function hugeLink(bytes: number): URLSearchParams {
  const parts: string[] = [];
  for (let i = 0, size = 0; size < bytes; i += 1) {
    const part = `${i % 2 ? 'tag' : 'org'}=value-${i}`;
    parts.push(part);
    size += part.length + 1;
  }
  return new URLSearchParams(parts.join('&'));
}

// What a reader could ever want from a link, stated here rather than read from the code under test.
const MOST_VALUES = 20;
const LONGEST_VALUE = 100;
const LONGEST_QUERY = 1000;

function expectBounded(params: URLSearchParams) {
  const view = viewStateFromSearchParams(params);
  expect(view.q.length).toBeLessThanOrEqual(LONGEST_QUERY);
  for (const facet of FACET_KEYS) {
    const values = facetValues(view.facets, facet);
    expect(values.length).toBeLessThanOrEqual(MOST_VALUES);
    for (const value of values) expect(value.length).toBeLessThanOrEqual(LONGEST_VALUE);
  }
}

describe('what a URL may carry into the view', () => {
  it('keeps at most the first few values per facet from 100 KB of org= and tag= params', () => {
    const view = viewStateFromSearchParams(hugeLink(100_000));
    expect(view.facets.orgs).toHaveLength(URL_LIMITS.values);
    expect(view.facets.tags).toHaveLength(URL_LIMITS.values);
    expect(view.facets.orgs.slice(0, 2)).toEqual(['value-0', 'value-2']);
  });

  it('drops overlong values and cuts an overlong query', () => {
    const long = 'a'.repeat(URL_LIMITS.valueLength + 1);
    const params = new URLSearchParams({ org: long, tag: 'rl', q: 'word '.repeat(10_000) });
    const view = viewStateFromSearchParams(params);
    expect(view.facets.orgs).toEqual([]);
    expect(view.facets.tags).toEqual(['rl']);
    expect(view.q).toHaveLength(URL_LIMITS.queryLength);
  });

  it('reads ten times the params in about ten times the time, not a hundred', () => {
    const time = (params: URLSearchParams) => {
      let best = Infinity;
      for (let run = 0; run < 3; run += 1) {
        const start = performance.now();
        viewStateFromSearchParams(params);
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    const small = hugeLink(40_000);
    const large = hugeLink(400_000);
    time(small);
    // Generous against noise on a shared machine; a check per earlier value made it about 100.
    expect(time(large) / Math.max(time(small), 0.05)).toBeLessThan(40);
  });

  it('stays within the limits for any params, however many or odd', () => {
    const value = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.constantFrom('2024', '2022..2023', '1', 'true', 'reading', 'none', '__proto__'),
      fc.nat(500).map((n) => 'x'.repeat(n)),
      fc.nat(3000).map((n) => 'word '.repeat(n)),
    );
    const params = fc
      .array(fc.tuple(fc.constantFrom(...NAMES), value), { maxLength: 120 })
      .map((pairs) => new URLSearchParams(pairs));
    fc.assert(fc.property(params, expectBounded));
  });
});
