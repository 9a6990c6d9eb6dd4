import { describe, expect, it } from 'vitest';
import { emptyFilters } from '@/features/search/facets/filters';
import {
  activeChips,
  effectiveFilters,
  emptyViewState,
  removeFieldFromQuery,
  removeFilter,
  toggleFacet,
  viewStateFromSearchParams,
  viewStateToSearchParams,
  type ViewState,
} from '@/features/search/view-state';

const state = (fields: Partial<ViewState>): ViewState => ({ ...emptyViewState(), ...fields });

describe('view state <-> URL params', () => {
  it('round-trips every part of the view', () => {
    const view = state({
      q: 'speech org:kyutai "open suite"',
      facets: {
        orgs: ['furiosa-ai'],
        years: [
          { from: 2024, to: 2024 },
          { from: 2021, to: 2022 },
        ],
        topics: ['language-models'],
        hasCode: true,
        statuses: ['reading', 'none'],
        tags: ['rl'],
        dismissed: true,
        isNew: true,
      },
      sort: 'oldest',
    });
    const params = viewStateToSearchParams(view);
    expect(params.toString()).toBe(
      'q=speech+org%3Akyutai+%22open+suite%22&org=furiosa-ai&year=2024&year=2021..2022&topic=language-models&code=1&status=reading&status=none&tag=rl&dismissed=1&new=1&sort=oldest',
    );
    expect(viewStateFromSearchParams(new URLSearchParams(params.toString()))).toEqual(view);
  });

  it('writes nothing for the default view', () => {
    expect(viewStateToSearchParams(emptyViewState()).toString()).toBe('');
    expect(viewStateFromSearchParams(new URLSearchParams(''))).toEqual(emptyViewState());
  });

  it('drops invalid or hand-edited values instead of failing', () => {
    const view = viewStateFromSearchParams(
      new URLSearchParams(
        'year=20x4&year=2023&status=later&sort=random&code=0&topic=Language%20Models',
      ),
    );
    expect(view.facets).toEqual({
      ...emptyFilters(),
      years: [{ from: 2023, to: 2023 }],
      topics: ['language-models'],
    });
    expect(view.sort).toBeNull();
  });
});

describe('facets and typed fields are two views of one filter state', () => {
  it('takes the union of typed fields and clicked facets', () => {
    const view = state({
      q: 'speech org:kyutai',
      facets: { ...emptyFilters(), orgs: ['furiosa-ai'], hasCode: true },
    });
    expect(effectiveFilters(view)).toEqual({
      ...emptyFilters(),
      orgs: ['kyutai', 'furiosa-ai'],
      hasCode: true,
    });
  });

  it('adds a clicked facet value as a URL param, leaving the text alone', () => {
    const view = toggleFacet(state({ q: 'speech' }), 'topic', 'Language models');
    expect(view).toEqual(
      state({ q: 'speech', facets: { ...emptyFilters(), topics: ['language-models'] } }),
    );
    expect(toggleFacet(view, 'topic', 'language-models')).toEqual(state({ q: 'speech' }));
  });

  it('removes a value typed in the query when its facet option is clicked off', () => {
    const view = toggleFacet(state({ q: 'speech org:Kyutai recognition' }), 'org', 'kyutai');
    expect(view.q).toBe('speech recognition');
    expect(view.facets.orgs).toEqual([]);
  });

  it('lists one chip per active value with where it comes from', () => {
    const view = state({
      q: 'year:2024 topic:"language models" has:code',
      facets: { ...emptyFilters(), years: [{ from: 2024, to: 2024 }], statuses: ['any'] },
    });
    expect(activeChips(view)).toEqual([
      { facet: 'year', value: '2024', label: '2024', sources: ['query', 'url'] },
      { facet: 'topic', value: 'language-models', label: 'language models', sources: ['query'] },
      { facet: 'hasCode', value: 'true', label: 'Has code', sources: ['query'] },
      { facet: 'status', value: 'any', label: 'In library', sources: ['url'] },
    ]);
  });

  it('removes a chip from both sources', () => {
    const view = state({
      q: 'speech year:2024',
      facets: { ...emptyFilters(), years: [{ from: 2024, to: 2024 }] },
    });
    expect(removeFilter(view, 'year', '2024')).toEqual(state({ q: 'speech' }));
  });
});

describe('editing field terms in the query text', () => {
  it('removes every clause for a value and tidies spaces', () => {
    expect(removeFieldFromQuery('a org:kyutai b ORG:Kyutai c', 'org', 'kyutai')).toBe('a b c');
    expect(removeFieldFromQuery('topic:"language models" speech', 'topic', 'language-models')).toBe(
      'speech',
    );
    expect(removeFieldFromQuery('speech  year:2022..2023', 'year', '2022..2023')).toBe('speech');
  });

  it('leaves the text untouched when the value is not in it', () => {
    expect(removeFieldFromQuery('speech  org:kyutai', 'org', 'other')).toBe('speech  org:kyutai');
  });
});
