import { describe, expect, it } from 'vitest';
import { parseQuery } from '@/features/search/query/parse';

describe('parseQuery: words', () => {
  it('folds case and accents, drops stop words and treats the last word as a prefix while typed', () => {
    const query = parseQuery('Modèle of SPEECH recog');
    expect(query.terms).toEqual(['modele', 'speech', 'recog']);
    expect(query.prefix).toBe(true);
  });

  it('stops treating the last word as a prefix once a space follows it', () => {
    expect(parseQuery('speech recog ').prefix).toBe(false);
  });

  it('ignores a trailing one-letter word while typing', () => {
    const query = parseQuery('speech r');
    expect(query.terms).toEqual(['speech']);
    expect(query.prefix).toBe(false);
  });

  it('keeps a typed stop word as a prefix, since it may grow into a word ("the" -> "theory")', () => {
    expect(parseQuery('graph the')).toMatchObject({ terms: ['graph', 'the'], prefix: true });
    expect(parseQuery('graph the ').terms).toEqual(['graph']);
  });

  it('splits hyphenated compounds into their parts', () => {
    expect(parseQuery('encoder-decoder ').terms).toEqual(['encoder', 'decoder']);
  });

  it('counts a repeated word once', () => {
    expect(parseQuery('speech speech')).toMatchObject({ terms: ['speech'], prefix: false });
  });
});

describe('parseQuery: phrases and exclusions', () => {
  it('reads quoted phrases, stop words included', () => {
    const query = parseQuery('"Attention is all you need" efficient');
    expect(query.phrases).toEqual(['attention is all you need']);
    expect(query.terms).toEqual(['efficient']);
  });

  it('reads -word as an exclusion', () => {
    const query = parseQuery('compression -image -Vidéo');
    expect(query.terms).toEqual(['compression']);
    expect(query.excluded).toEqual(['image', 'video']);
  });

  it('treats a lone hyphen and inner hyphens as text, not exclusions', () => {
    expect(parseQuery('multi-task - learning').excluded).toEqual([]);
  });

  it('hints at an unbalanced quote and still searches the words after it', () => {
    const query = parseQuery('speech "open suite');
    expect(query.hints).toEqual([expect.objectContaining({ start: 7, end: 8 })]);
    expect(query.hints[0].message).toMatch(/quote/i);
    expect(query.phrases).toEqual([]);
    expect(query.terms).toEqual(['speech', 'open', 'suite']);
    expect(query.prefix).toBe(true);
  });

  it('hints that a quoted phrase cannot be excluded', () => {
    const query = parseQuery('-"large language"');
    expect(query.hints).toHaveLength(1);
    expect(query.excluded).toEqual([]);
  });
});

describe('parseQuery: fields', () => {
  it('reads every field form, case-insensitively', () => {
    const query = parseQuery(
      'ORG:Kyutai year:2024 has:CODE topic:Speech status:Reading tag:RL IS:Dismissed is:NEW',
    );
    expect(query.filters).toEqual({
      orgs: ['kyutai'],
      years: [{ from: 2024, to: 2024 }],
      topics: ['speech'],
      hasCode: true,
      statuses: ['reading'],
      tags: ['rl'],
      dismissed: true,
      isNew: true,
    });
    expect(query.terms).toEqual([]);
    expect(query.hints).toEqual([]);
  });

  it('reads year ranges in either order', () => {
    expect(parseQuery('year:2022..2023').filters.years).toEqual([{ from: 2022, to: 2023 }]);
    expect(parseQuery('year:2023..2022').filters.years).toEqual([{ from: 2022, to: 2023 }]);
  });

  it('reads multi-word topics quoted or hyphenated as the same topic', () => {
    expect(parseQuery('topic:"Language Models"').filters.topics).toEqual(['language-models']);
    expect(parseQuery('topic:language-models').filters.topics).toEqual(['language-models']);
  });

  it('knows every status value and the is: alias', () => {
    const statuses = ['to-read', 'toread', 'reading', 'read', 'any', 'none'].map(
      (value) => parseQuery(`status:${value}`).filters.statuses[0],
    );
    expect(statuses).toEqual(['to-read', 'to-read', 'reading', 'read', 'any', 'none']);
    expect(parseQuery('is:read').filters.statuses).toEqual(['read']);
  });

  it('reads is:dismissed as the "Not interested" filter, not a status', () => {
    const query = parseQuery('is:dismissed speech');
    expect(query.filters.dismissed).toBe(true);
    expect(query.filters.statuses).toEqual([]);
    expect(query.terms).toEqual(['speech']);
    expect(parseQuery('-is:dismissed').hints).toHaveLength(1);
  });

  it('reads is:new as the "New" filter, not a status', () => {
    const query = parseQuery('is:new speech');
    expect(query.filters.isNew).toBe(true);
    expect(query.filters.statuses).toEqual([]);
    expect(query.terms).toEqual(['speech']);
    expect(query.clauses.map((clause) => clause.facet)).toEqual(['new']);
    expect(parseQuery('-is:new').hints).toHaveLength(1);
    // `is:newest` is neither new nor a status: it says so rather than filtering on something else.
    expect(parseQuery('is:newest').filters.isNew).toBe(false);
    expect(parseQuery('is:newest').hints).toHaveLength(1);
  });

  it('records where each field clause is, for removing it later', () => {
    const text = 'speech org:kyutai topic:"language models"';
    const { clauses } = parseQuery(text);
    expect(clauses.map((c) => [c.facet, c.value, text.slice(c.start, c.end)])).toEqual([
      ['org', 'kyutai', 'org:kyutai'],
      ['topic', 'language-models', 'topic:"language models"'],
    ]);
  });

  it('does not read a URL as a field', () => {
    const query = parseQuery('https://github.com/kyutai-labs ');
    expect(query.hints).toEqual([]);
    expect(query.terms).toEqual(['github', 'kyutai', 'labs']);
  });
});

describe('parseQuery: malformed input gives positioned hints, never throws', () => {
  const cases: [string, string, RegExp][] = [
    ['speech year:20x4', 'year:20x4', /year:2024/],
    ['year:2025.. speech', 'year:2025..', /year:2022\.\.2023/],
    ['foo:bar speech', 'foo:bar', /unknown filter "foo:"/i],
    ['has:slides speech', 'has:slides', /has:code/],
    ['status:later speech', 'status:later', /to-read/],
    ['org: speech', 'org:', /organisation/],
    ['-org:kyutai speech', '-org:kyutai', /only words/i],
  ];
  it.each(cases)('%s', (text, span, message) => {
    const query = parseQuery(text);
    expect(query.hints).toHaveLength(1);
    const [hint] = query.hints;
    expect(text.slice(hint.start, hint.end)).toBe(span);
    expect(hint.message).toMatch(message);
    // The rest of the query still applies.
    expect(query.terms).toEqual(['speech']);
  });

  it('survives arbitrary junk', () => {
    for (const text of [
      '"',
      '-',
      ':',
      'a:',
      '""',
      '-""',
      'year:',
      'topic:"',
      '"""',
      '\u0000:\u0000',
      'x'.repeat(5000),
    ]) {
      expect(() => parseQuery(text)).not.toThrow();
    }
  });
});
