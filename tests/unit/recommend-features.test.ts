import { describe, expect, it } from 'vitest';
import { FeatureSpace } from '@/features/recommend/features';
import { DocStore } from '@/features/search/index/doc-store';
import { IndexBuilder } from '@/features/search/index/builder';
import { TermTable } from '@/features/search/index/term-table';
import { themedCorpus } from '../fixtures/themed-papers';

function space() {
  const store = new DocStore();
  store.add(themedCorpus(30, 10));
  const table = new TermTable();
  const index = new IndexBuilder(store, table, 0).finish(null);
  return { store, table, space: new FeatureSpace(index, store) };
}

describe('TF-IDF features read off the search index', () => {
  it('give every paper a unit vector of its own words, sorted by term', () => {
    const { store, table, space: features } = space();
    for (let doc = 0; doc < store.count; doc += 7) {
      const vector = features.vector(doc);
      const length = Math.hypot(...vector.values);
      expect(length).toBeCloseTo(1, 5);
      expect([...vector.terms]).toEqual([...vector.terms].sort((a, b) => a - b));
      const words = `${store.titles[doc]} ${store.abstractWords
        .read(doc)
        .reduce((text, term) => `${text} ${table.terms[term]}`, '')}`;
      for (const term of vector.terms) expect(words).toContain(table.terms[term]);
    }
  });

  it('build the same vectors in one pass over the postings as one paper at a time', () => {
    const one = space();
    const batch = space();
    const docs = Array.from({ length: 100 }, (_, i) => (i * 37) % one.store.count);
    const together = batch.space.vectorsOf(docs);
    docs.forEach((doc, i) => {
      const alone = one.space.vector(doc);
      expect([...together[i].terms]).toEqual([...alone.terms]);
      together[i].values.forEach((value, k) => expect(value).toBeCloseTo(alone.values[k], 6));
    });
  });

  it('weigh a title word above the same word in the abstract', () => {
    const { store, table, space: features } = space();
    const speech = table.get('speech');
    const inTitle = store.titles.findIndex((title) => title.includes('speech'));
    const onlyInAbstract = store.titles.findIndex(
      (title, doc) => !title.includes('speech') && features.vector(doc).terms.includes(speech),
    );
    expect(inTitle).toBeGreaterThanOrEqual(0);
    expect(onlyInAbstract).toBeGreaterThanOrEqual(0);
    const valueOf = (doc: number) => {
      const vector = features.vector(doc);
      return vector.values[vector.terms.indexOf(speech)] * features.norms[doc];
    };
    expect(valueOf(inTitle)).toBeGreaterThan(valueOf(onlyInAbstract));
  });
});
