import type { DocStore } from '@/features/search/index/doc-store';
import type { Sort } from '@/features/search/types';
import { fold } from '@/features/search/text/tokenize';
import { compareIds, compareNewest } from './newest';
import { StepwiseSort } from './stepwise-sort';

/** A total order over every document, and each document's position in it. */
interface Order {
  docs: Int32Array;
  rank: Int32Array;
}

type Comparator = (a: number, b: number) => number;

/** Orders that do not depend on a query or a model's scores. */
type FixedSort = Exclude<Sort, 'relevance' | 'for-you' | 'trending'>;

const FIXED_SORTS: readonly FixedSort[] = ['newest', 'title', 'oldest', 'discussed', 'upvotes'];

/** Relevance resolution: scores within 1/65536 of the best score of each other tie. */
const BUCKETS = 65536;

/**
 * The orders results can be sorted in, computed once per catalogue version. Sorting a result
 * set then never compares papers: a large set is read off the precomputed order through a
 * bitmap, a small one is sorted by precomputed rank, numerically.
 */
export class SortOrders {
  private cache = new Map<FixedSort, Order>();
  private version = -1;
  private marks = new Uint8Array(0);
  /** The title order, sorted a slice at a time beside the index build (string comparisons are the cost). */
  private titles: StepwiseSort | null = null;

  constructor(private readonly store: DocStore) {}

  private byId: Comparator = (a, b) => compareIds(this.store.ids[a], this.store.ids[b]);

  warm(sort: FixedSort): void {
    this.order(sort);
  }

  /** Computes the next order not yet computed; true while others remain. */
  warmNext(): boolean {
    const cache = this.current();
    const missing = FIXED_SORTS.filter((sort) => !cache.has(sort));
    if (missing.length > 0) this.order(missing[0]);
    return missing.length > 1;
  }

  /**
   * Sorts titles a slice at a time: about `docs` papers' share of the work, so that steps of the index build that
   * also call this finish the title order with the index. At 100,000 papers a first "Title" otherwise sorts the
   * whole catalogue at once (about 100 ms in this engine) while the reader waits.
   */
  prepareTitles(docs: number): void {
    const cache = this.current();
    if (cache.has('title')) return;
    this.titles ??= new StepwiseSort(this.store.count, this.titleComparator());
    this.titles.step(docs * Math.max(1, Math.log2(this.store.count)));
  }

  private titleComparator(): Comparator {
    const { titles } = this.store;
    // Folded on first comparison, so that a slice does only its share of the folding as well.
    const folded: string[] = new Array<string>(titles.length);
    const key = (doc: number) => (folded[doc] ??= fold(titles[doc]));
    return (a, b) => {
      const x = key(a);
      const y = key(b);
      return x < y ? -1 : x > y ? 1 : this.byId(a, b);
    };
  }

  /** The orders computed for the catalogue as it is now: papers added since make them all stale. */
  private current(): Map<FixedSort, Order> {
    if (this.version !== this.store.version) {
      this.cache.clear();
      this.titles = null;
      this.version = this.store.version;
    }
    return this.cache;
  }

  private order(sort: FixedSort): Order {
    const cache = this.current();
    let order = cache.get(sort);
    if (!order) {
      order = withRanks(this.build(sort));
      cache.set(sort, order);
    }
    return order;
  }

  /**
   * Only "newest" and "title" compare papers. The others are read off the newest order, which is their
   * tie-break: "oldest" reverses its days, and the counts are a numeric sort of one key per paper. At 100,000
   * papers, in Node, that takes a first "Oldest" from about 53 ms to 22 (comparator calls were the cost).
   */
  private build(sort: FixedSort): Int32Array {
    const { dateKey, comments, upvotes, ids } = this.store;
    switch (sort) {
      case 'newest':
        return this.sortAll((a, b) => compareNewest(dateKey[a], ids[a], dateKey[b], ids[b]));
      case 'oldest':
        return oldestFrom(this.order('newest').docs, dateKey);
      case 'discussed':
        return mostFirst(this.order('newest').docs, comments);
      case 'upvotes':
        // Unknown upvotes (-1) go last: a paper nobody fetched the count for has not got zero.
        return mostFirst(this.order('newest').docs, upvotes);
      case 'title': {
        // What the build has sorted already is kept; the rest is sorted now.
        const docs = (
          this.titles ?? new StepwiseSort(this.store.count, this.titleComparator())
        ).finish();
        this.titles = null;
        return docs;
      }
    }
  }

  private sortAll(compare: Comparator): Int32Array {
    const docs = new Int32Array(this.store.count);
    for (let doc = 0; doc < docs.length; doc++) docs[doc] = doc;
    return docs.sort(compare);
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

function withRanks(docs: Int32Array): Order {
  const rank = new Int32Array(docs.length);
  for (let r = 0; r < docs.length; r++) rank[docs[r]] = r;
  return { docs, rank };
}

/**
 * Oldest first from the newest order: its days in reverse, each day's papers kept in their order (by id), and the
 * undated papers, which newest puts last, last still.
 */
function oldestFrom(newest: Int32Array, dateKey: Int32Array): Int32Array {
  let dated = newest.length;
  while (dated > 0 && dateKey[newest[dated - 1]] <= 0) dated--;
  const out = new Int32Array(newest.length);
  let n = 0;
  let end = dated;
  while (end > 0) {
    let start = end - 1;
    while (start > 0 && dateKey[newest[start - 1]] === dateKey[newest[end - 1]]) start--;
    out.set(newest.subarray(start, end), n);
    n += end - start;
    end = start;
  }
  out.set(newest.subarray(dated), n);
  return out;
}

/** Counts above this are capped: no real paper comes near, and the key must stay an exact double. */
const MAX_COUNT = 1e9;

/**
 * Highest count first, unknown counts (negative) last, ties in `tieOrder`'s order. Real counts are small (a few
 * thousand upvotes at most), so a counting sort over them is linear: at 100,000 papers a first "Most discussed"
 * no longer sorts 100,000 keys. Counts too large to bucket fall back to one numeric key per paper, sorted
 * natively: no comparator is called either way.
 */
function mostFirst(tieOrder: Int32Array, counts: Int32Array): Int32Array {
  const n = tieOrder.length;
  let highest = -1;
  for (let r = 0; r < n; r++) highest = Math.max(highest, counts[tieOrder[r]]);
  return highest <= Math.max(n, 1 << 16)
    ? countingMostFirst(tieOrder, counts, highest)
    : keyedMostFirst(tieOrder, counts);
}

/** Buckets 0..highest from the highest down, then the unknown counts: stable, as the tie order requires. */
function countingMostFirst(tieOrder: Int32Array, counts: Int32Array, highest: number): Int32Array {
  const unknown = highest + 1;
  // starts[b] is where bucket b begins; bucket b holds count `highest - b`, the last one the unknown counts.
  const starts = new Int32Array(unknown + 2);
  const bucket = (count: number) => (count < 0 ? unknown : highest - count);
  for (const doc of tieOrder) starts[bucket(counts[doc]) + 1]++;
  for (let b = 0; b <= unknown; b++) starts[b + 1] += starts[b];
  const out = new Int32Array(tieOrder.length);
  for (const doc of tieOrder) out[starts[bucket(counts[doc])]++] = doc;
  return out;
}

function keyedMostFirst(tieOrder: Int32Array, counts: Int32Array): Int32Array {
  const n = tieOrder.length;
  const keys = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const count = counts[tieOrder[r]];
    const place = count < 0 ? MAX_COUNT + 1 : MAX_COUNT - Math.min(count, MAX_COUNT);
    keys[r] = place * n + r;
  }
  keys.sort();
  return Int32Array.from(keys, (key) => tieOrder[key % n]);
}
