import type { DocStore } from '@/features/search/index/doc-store';
import type { Sort } from '@/features/search/types';
import { fold } from '@/features/search/text/tokenize';
import { compareIds, compareNewest, knownDateFirst } from './newest';

/** A total order over every document, and each document's position in it. */
interface Order {
  docs: Int32Array;
  rank: Int32Array;
}

type Comparator = (a: number, b: number) => number;

/** Orders that do not depend on a query or a model's scores. */
type FixedSort = Exclude<Sort, 'relevance' | 'for-you' | 'trending'>;

/** Relevance resolution: scores within 1/65536 of the best score of each other tie. */
const BUCKETS = 65536;

/** Unknown values (0 or negative keys) go last whichever the direction. */
const knownFirst = knownDateFirst;

/**
 * The orders results can be sorted in, computed once per catalogue version. Sorting a result
 * set then never compares papers: a large set is read off the precomputed order through a
 * bitmap, a small one is sorted by precomputed rank, numerically.
 */
export class SortOrders {
  private cache = new Map<FixedSort, Order>();
  private version = -1;
  private marks = new Uint8Array(0);

  constructor(private readonly store: DocStore) {}

  private byId: Comparator = (a, b) => compareIds(this.store.ids[a], this.store.ids[b]);

  warm(sort: FixedSort): void {
    this.order(sort);
  }

  private order(sort: FixedSort): Order {
    if (this.version !== this.store.version) {
      this.cache.clear();
      this.version = this.store.version;
    }
    let order = this.cache.get(sort);
    if (!order) {
      order = this.build(this.comparator(sort));
      this.cache.set(sort, order);
    }
    return order;
  }

  private comparator(sort: FixedSort): Comparator {
    const { dateKey, comments, upvotes, ids } = this.store;
    const newest: Comparator = (a, b) => compareNewest(dateKey[a], ids[a], dateKey[b], ids[b]);
    switch (sort) {
      case 'newest':
        return newest;
      case 'oldest':
        return (a, b) =>
          knownFirst(dateKey[a], dateKey[b]) || dateKey[a] - dateKey[b] || this.byId(a, b);
      case 'discussed':
        return (a, b) =>
          knownFirst(comments[a] + 1, comments[b] + 1) || comments[b] - comments[a] || newest(a, b);
      case 'upvotes':
        // Unknown upvotes (-1) go last: a paper nobody fetched the count for has not got zero.
        return (a, b) =>
          knownFirst(upvotes[a] + 1, upvotes[b] + 1) || upvotes[b] - upvotes[a] || newest(a, b);
      case 'title': {
        const titles = this.store.titles.map(fold);
        return (a, b) => (titles[a] < titles[b] ? -1 : titles[a] > titles[b] ? 1 : this.byId(a, b));
      }
    }
  }

  private build(compare: Comparator): Order {
    const count = this.store.count;
    const docs = new Int32Array(count);
    for (let doc = 0; doc < count; doc++) docs[doc] = doc;
    docs.sort(compare);
    const rank = new Int32Array(count);
    for (let r = 0; r < count; r++) rank[docs[r]] = r;
    return { docs, rank };
  }

  /** Sorts `docs` (distinct document numbers) into a new array. */
  sort(docs: Int32Array, sort: Exclude<Sort, 'trending'>, scores: Float32Array | null): Int32Array {
    // "For you" scores come from the recommender, shifted to be non-negative; ties go newest first as well.
    if (sort === 'relevance' || sort === 'for-you') return this.byScore(docs, scores);
    const order = this.order(sort);
    const count = this.store.count;
    if (docs.length * 8 > count) {
      if (this.marks.length < count) this.marks = new Uint8Array(count);
      const { marks } = this;
      for (const doc of docs) marks[doc] = 1;
      const out = new Int32Array(docs.length);
      let n = 0;
      for (const doc of order.docs)
        if (marks[doc] === 1) {
          out[n++] = doc;
          marks[doc] = 0;
        }
      return out;
    }
    const ranks = docs.map((doc) => order.rank[doc]).sort();
    return ranks.map((r) => order.docs[r]);
  }

  /** `docs` in the order of `ids` (a feed's own order); documents not among them go last, newest first. */
  inOrderOf(docs: Int32Array, ids: readonly string[]): Int32Array {
    const position = new Map<string, number>();
    ids.forEach((id, index) => {
      if (!position.has(id)) position.set(id, index);
    });
    const newest = this.order('newest').rank;
    const key = (doc: number) => position.get(this.store.ids[doc]) ?? ids.length + newest[doc];
    return Int32Array.from(docs).sort((a, b) => key(a) - key(b));
  }

  /**
   * Highest score first; scores equal to 1/65536 of the best one count as equal and go newest
   * first. Large sets use a counting sort over those buckets, read in newest order: linear
   * time, so even "every paper matches" stays a few milliseconds.
   */
  private byScore(docs: Int32Array, scores: Float32Array | null): Int32Array {
    if (!scores || docs.length === 0) return this.sort(docs, 'newest', null);
    const order = this.order('newest');
    let best = 0;
    for (const doc of docs) if (scores[doc] > best) best = scores[doc];
    const scale = best > 0 ? (BUCKETS - 1) / best : 0;
    // Bucket 0 holds the best scores, so ascending buckets are descending scores.
    const bucket = (doc: number) => BUCKETS - 1 - Math.floor(scores[doc] * scale);
    const count = this.store.count;
    if (docs.length * 8 <= count) {
      const keys = new Float64Array(docs.length);
      for (let k = 0; k < docs.length; k++) keys[k] = bucket(docs[k]) * count + order.rank[docs[k]];
      keys.sort();
      return Int32Array.from(keys, (key) => order.docs[key % count]);
    }
    if (this.marks.length < count) this.marks = new Uint8Array(count);
    const { marks } = this;
    for (const doc of docs) marks[doc] = 1;
    const starts = new Int32Array(BUCKETS + 1);
    for (const doc of docs) starts[bucket(doc) + 1]++;
    for (let b = 0; b < BUCKETS; b++) starts[b + 1] += starts[b];
    const out = new Int32Array(docs.length);
    for (const doc of order.docs) {
      if (marks[doc] === 0) continue;
      marks[doc] = 0;
      out[starts[bucket(doc)]++] = doc;
    }
    return out;
  }
}
