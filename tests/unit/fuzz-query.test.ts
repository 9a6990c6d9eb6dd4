import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyFilters, FACET_KEYS, withFacetValue } from '@/features/search/facets/filters';
import { parseQuery } from '@/features/search/query/parse';
import { SORTS } from '@/features/search/types';
import { fold, slugKey } from '@/features/search/text/tokenize';
import {
  removeFieldFromQuery,
  viewStateFromSearchParams,
  viewStateToSearchParams,
  type ViewState,
} from '@/features/search/view-state';

/** The search box and the URL take any text a person (or a pasted link) can produce. */

fc.configureGlobal({ seed: 20251209, numRuns: 300 });

const NASTY = [
  '\u0000',
  '\u200f',
  '\u202e',
  '\u200b',
  '\ufeff',
  '\ud800',
  '😀',
  '👩🏽‍🔬',
  'ℌ',
  'İ',
  'ß',
];
// Pieces of the query language, so generated text often forms (and half-forms) real clauses.
const piece = fc.oneof(
  fc.constantFrom(' ', '  ', '\t', '\n', '"', '-', ':', '..', 'org:', 'year:', 'topic:', 'tag:'),
  fc.constantFrom(
    'status:',
    'is:',
    'has:',
    'has:code',
    'year:2024',
    'year:2022..2023',
    'org:"Kyutai Labs"',
  ),
  fc.constantFrom(
    'status:read',
    'foo:',
    'http://x.org/a:b',
    'the',
    'speech',
    'LLM',
    'Modèle',
    ...NASTY,
  ),
  fc.string({ unit: 'grapheme', maxLength: 5 }),
);
const queryText = fc.oneof(
  fc.array(piece, { maxLength: 14 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 80 }),
);

describe('parseQuery on any text', () => {
  it('never throws; hints and clauses lie within the text; terms are non-empty words', () => {
    fc.assert(
      fc.property(queryText, (text) => {
        const parsed = parseQuery(text);
        for (const span of [...parsed.hints, ...parsed.clauses]) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.start).toBeLessThanOrEqual(span.end);
          expect(span.end).toBeLessThanOrEqual(text.length);
        }
        for (const hint of parsed.hints) expect(hint.message.trim()).not.toBe('');
        for (const term of [...parsed.terms, ...parsed.excluded, ...parsed.phrases])
          expect(term.trim()).not.toBe('');
        expect(new Set(parsed.terms).size).toBe(parsed.terms.length);
      }),
    );
  });

  it('removing a clause from the text removes that filter and keeps the others', () => {
    fc.assert(
      fc.property(queryText, (text) => {
        for (const { facet, value } of parseQuery(text).clauses) {
          const after = parseQuery(removeFieldFromQuery(text, facet, value)).clauses;
          expect(after.some((clause) => clause.facet === facet && clause.value === value)).toBe(
            false,
          );
        }
      }),
    );
  });
});

const facetValue = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('2024', '2023..2021', '1899', 'to read', 'Reading', 'any', 'none', 'queued'),
  fc.constantFrom('Language Models', 'kyutai', 'furiosa-ai', ' RL ', ...NASTY),
);
const viewState: fc.Arbitrary<ViewState> = fc
  .record({
    q: queryText,
    choices: fc.array(fc.tuple(fc.constantFrom(...FACET_KEYS), facetValue), { maxLength: 8 }),
    sort: fc.option(fc.constantFrom(...SORTS)),
  })
  .map(({ q, choices, sort }) => ({
    q,
    // Facets as a click builds them: each value goes through withFacetValue, as in the app.
    facets: choices.reduce(
      (filters, [facet, value]) => withFacetValue(filters, facet, value),
      emptyFilters(),
    ),
    sort,
  }));

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A blank search box is not written; a URL carries only well-formed text (lone surrogates become U+FFFD). */
const asInUrl = (q: string) => (q.trim() ? q.replace(LONE_SURROGATE, '\ufffd') : '');

describe('view state through the URL', () => {
  it('folds and keys names to a fixed point, so a key written to a URL reads back as itself', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), facetValue), (name) => {
        expect(fold(fold(name))).toBe(fold(name));
        expect(slugKey(slugKey(name))).toBe(slugKey(name));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back what it writes, for facets built from any values', () => {
    fc.assert(
      fc.property(viewState, (state) => {
        const url = viewStateToSearchParams(state).toString();
        const back = viewStateFromSearchParams(new URLSearchParams(url));
        expect(back).toEqual({ ...state, q: asInUrl(state.q) });
        expect(viewStateToSearchParams(back).toString()).toBe(url);
      }),
    );
  });

  it('never throws on hand-edited params and keeps only valid values', () => {
    const pairs = fc.array(
      fc.tuple(
        fc.constantFrom('q', 'org', 'year', 'topic', 'code', 'status', 'tag', 'sort', 'x'),
        facetValue,
      ),
      { maxLength: 10 },
    );
    fc.assert(
      fc.property(pairs, (entries) => {
        const state = viewStateFromSearchParams(new URLSearchParams(entries));
        // What it read is already canonical: reading its own URL again changes nothing.
        expect(viewStateFromSearchParams(viewStateToSearchParams(state))).toEqual({
          ...state,
          q: asInUrl(state.q),
        });
      }),
    );
  });
});
