import { describe, expect, it } from 'vitest';
import { emptyFilters, type Filters } from '@/features/search/facets/filters';
import { createSearchEngine } from '@/features/search/engine';
import type { FacetOption, SearchRequest } from '@/features/search/types';
import { blankPaper } from '../fixtures/paper';

const paper = blankPaper;
const orgA = { handle: 'alpha', name: 'Alpha Lab' };
const orgB = { handle: 'beta', name: 'Beta' };
const code = 'https://github.com/x/y';

// p1..p5 as a table, so the expected counts below can be checked by eye.
//        org    year  code  topics          status    tags
// p1     alpha  2024  yes   Speech          reading   rl
// p2     alpha  2023  no    Vision          -         -
// p3     beta   2024  yes   Speech, Vision  read      rl, asr
// p4     beta   2022  no    -               to-read   -
// p5     -      -     yes   Speech          -         -
const papers = [
  paper('p1', {
    organization: orgA,
    publishedAt: '2024-05-01',
    codeUrl: code,
    topics: ['Speech'],
    title: 'Speech models',
  }),
  paper('p2', {
    organization: orgA,
    publishedAt: '2023-02-01',
    topics: ['Vision'],
    title: 'Vision models',
  }),
  paper('p3', {
    organization: orgB,
    publishedAt: '2024-07-01',
    codeUrl: code,
    topics: ['Speech', 'Vision'],
    title: 'Audio-visual speech',
  }),
  paper('p4', { organization: orgB, publishedAt: '2022-01-01', title: 'Graph models' }),
  paper('p5', { codeUrl: code, topics: ['Speech'], title: 'Speech tokens' }),
];
const engine = createSearchEngine(papers);
engine.setUserData([
  { id: 'p1', status: 'reading', tags: ['rl'], note: '' },
  { id: 'p3', status: 'read', tags: ['rl', 'ASR'], note: '' },
  { id: 'p4', status: 'to-read', tags: [], note: '' },
]);

function run(filters: Partial<Filters>, text = '', scope: SearchRequest['scope'] = 'all') {
  const result = engine.search({
    text,
    filters: { ...emptyFilters(), ...filters },
    sort: null,
    scope,
  });
  const counts = (options: FacetOption[]) =>
    Object.fromEntries(options.map((o) => [o.value, o.count]));
  return {
    ids: [...result.docs].map((doc) => papers[doc].id).sort(),
    org: counts(result.facets.org),
    year: counts(result.facets.year),
    topic: counts(result.facets.topic),
    hasCode: result.facets.hasCode[0].count,
    status: counts(result.facets.status),
    tag: counts(result.facets.tag),
    facets: result.facets,
  };
}

describe('facet counts are disjunctive', () => {
  it('counts everything when nothing is filtered', () => {
    const all = run({});
    expect(all.ids).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    expect(all.org).toEqual({ alpha: 2, beta: 2 });
    expect(all.year).toEqual({ 2024: 2, 2023: 1, 2022: 1 });
    expect(all.topic).toEqual({ speech: 3, vision: 2 });
    expect(all.hasCode).toBe(3);
    expect(all.status).toEqual({ 'to-read': 1, reading: 1, read: 1 });
    expect(all.tag).toEqual({ rl: 2, asr: 1 });
  });

  it('counts each facet with every other facet applied, but not its own', () => {
    const r = run({ orgs: ['alpha'], years: [{ from: 2024, to: 2024 }] });
    expect(r.ids).toEqual(['p1']);
    // org counts: year=2024 only -> p1 (alpha), p3 (beta)
    expect(r.org).toEqual({ alpha: 1, beta: 1 });
    // year counts: org=alpha only -> p1 (2024), p2 (2023); 2022 stays listed with 0
    expect(r.year).toEqual({ 2024: 1, 2023: 1, 2022: 0 });
    // the rest: both filters -> p1
    expect(r.topic).toEqual({ speech: 1, vision: 0 });
    expect(r.hasCode).toBe(1);
    expect(r.status).toEqual({ 'to-read': 0, reading: 1, read: 0 });
    expect(r.tag).toEqual({ rl: 1, asr: 0 });
  });

  it('treats values within a facet as alternatives', () => {
    const r = run({ topics: ['speech', 'vision'], hasCode: true });
    // topic in {speech, vision} and code: p1, p3, p5
    expect(r.ids).toEqual(['p1', 'p3', 'p5']);
    // topic counts: code only -> p1 (speech), p3 (speech, vision), p5 (speech)
    expect(r.topic).toEqual({ speech: 3, vision: 1 });
    // code count: topic filter only -> p1, p2, p3, p5 of which p1, p3, p5 have code
    expect(r.hasCode).toBe(3);
    expect(r.org).toEqual({ alpha: 1, beta: 1 });
  });

  it('combines text, typed fields and URL facets', () => {
    const r = run({ statuses: ['reading', 'read'] }, 'speech org:beta');
    // text "speech": p1, p3, p5 (p1 title, p3 title, p5 title)
    expect(r.ids).toEqual(['p3']);
    // org counts: text + status -> p1 (alpha), p3 (beta)
    expect(r.org).toEqual({ alpha: 1, beta: 1 });
    // status counts: text + org=beta -> p3 (read)
    expect(r.status).toEqual({ 'to-read': 0, reading: 0, read: 1 });
  });

  it('marks the selected options, from either source', () => {
    const r = run({ years: [{ from: 2023, to: 2023 }] }, 'org:alpha');
    expect(r.facets.org.find((o) => o.value === 'alpha')!.selected).toBe(true);
    expect(r.facets.org.find((o) => o.value === 'beta')!.selected).toBe(false);
    expect(r.facets.year.find((o) => o.value === '2023')!.selected).toBe(true);
    expect(r.ids).toEqual(['p2']);
  });

  it('filters by tags and by statuses, including none and any', () => {
    expect(run({ tags: ['asr'] }).ids).toEqual(['p3']);
    expect(run({ tags: ['rl'] }).ids).toEqual(['p1', 'p3']);
    expect(run({ statuses: ['none'] }).ids).toEqual(['p2', 'p5']);
    expect(run({ statuses: ['any'] }).ids).toEqual(['p1', 'p3', 'p4']);
  });

  it('filters by year ranges; unknown years match no range', () => {
    expect(run({ years: [{ from: 2022, to: 2023 }] }).ids).toEqual(['p2', 'p4']);
    expect(run({ years: [{ from: 2000, to: 2100 }] }).ids).toEqual(['p1', 'p2', 'p3', 'p4']);
  });

  it('limits the library scope to papers with a status, counts included', () => {
    const r = run({}, '', 'library');
    expect(r.ids).toEqual(['p1', 'p3', 'p4']);
    expect(r.org).toEqual({ alpha: 1, beta: 2 });
    expect(r.hasCode).toBe(2);
  });

  it('lists options in count order and keeps zero-count ones', () => {
    const r = run({ orgs: ['beta'] });
    expect(r.facets.topic.map((o) => [o.value, o.count])).toEqual([
      ['speech', 1],
      ['vision', 1],
    ]);
    // Equal counts: alphabetical by value.
    expect(r.facets.tag.map((o) => [o.value, o.label, o.count])).toEqual([
      ['asr', 'ASR', 1],
      ['rl', 'rl', 1],
    ]);
    const none = run({ orgs: ['beta'], years: [{ from: 2023, to: 2023 }] });
    expect(none.ids).toEqual([]);
    expect(none.facets.status.map((o) => o.count)).toEqual([0, 0, 0]);
    expect(none.facets.org.map((o) => o.label)).toEqual(['Alpha Lab', 'Beta']);
  });
});
