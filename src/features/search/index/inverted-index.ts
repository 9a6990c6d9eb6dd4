import { boundedEditDistance } from '@/features/search/text/edit-distance';
import type { TermTable } from './term-table';
import { MAX_TERM_LENGTH } from '@/features/search/text/tokenize';

export interface FieldStats {
  avgTitle: number;
  avgAbstract: number;
}

/** 26 bits, one per letter a word contains: words an edit apart differ in at most 2 bits. */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i) - 97;
    if (code >= 0 && code < 26) mask |= 1 << code;
  }
  return mask;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * The finished inverted index, compressed-sparse-row style: the postings of term t are
 * `docs[offsets[t] .. offsets[t + 1])`, ascending, each with an impact (Uint16) that already
 * folds in the field weights and length normalisation. Query time only multiplies by IDF.
 */
export class InvertedIndex {
  /** Term numbers in code-unit order, for prefix ranges by binary search. */
  readonly sorted: Int32Array;
  private readonly masks: Int32Array;
  private readonly byLength: Int32Array[];

  constructor(
    readonly table: TermTable,
    readonly offsets: Int32Array,
    readonly docs: Int32Array,
    readonly impacts: Uint16Array,
    readonly stats: FieldStats,
  ) {
    const termCount = offsets.length - 1;
    const { terms } = table;
    let liveCount = 0;
    for (let t = 0; t < termCount; t++) if (offsets[t + 1] > offsets[t]) liveCount++;
    const sorted = new Int32Array(liveCount);
    for (let t = 0, i = 0; t < termCount; t++) if (offsets[t + 1] > offsets[t]) sorted[i++] = t;
    // Code-unit order, as startsWith needs; numbers sorted in place, no string array to map back.
    this.sorted = sorted.sort((a, b) => (terms[a] < terms[b] ? -1 : 1));
    this.masks = new Int32Array(termCount);
    const lengthCounts = new Int32Array(MAX_TERM_LENGTH + 1);
    for (const t of this.sorted) {
      this.masks[t] = letterMask(terms[t]);
      lengthCounts[terms[t].length]++;
    }
    this.byLength = Array.from(lengthCounts, (count) => new Int32Array(count));
    const fill = new Int32Array(lengthCounts.length);
    for (const t of this.sorted) {
      const length = terms[t].length;
      this.byLength[length][fill[length]++] = t;
    }
  }

  get termCount(): number {
    return this.offsets.length - 1;
  }

  df(term: number): number {
    return term < this.termCount ? this.offsets[term + 1] - this.offsets[term] : 0;
  }

  /** Indexed terms starting with `prefix`, as a range of `sorted`. */
  prefixRange(prefix: string): [number, number] {
    const terms = this.table.terms;
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (terms[this.sorted[mid]] < prefix) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < this.sorted.length && terms[this.sorted[end]].startsWith(prefix)) end++;
    return [lo, end];
  }

  /** Indexed terms within `maxEdits` of `word`, with their distances. */
  fuzzy(word: string, maxEdits: number): { term: number; distance: number }[] {
    const found: { term: number; distance: number }[] = [];
    const mask = letterMask(word);
    const terms = this.table.terms;
    const longest = Math.min(word.length + maxEdits, this.byLength.length - 1);
    for (let length = Math.max(1, word.length - maxEdits); length <= longest; length++) {
      for (const t of this.byLength[length] ?? []) {
        if (popcount(mask ^ this.masks[t]) > 2 * maxEdits) continue;
        const distance = boundedEditDistance(word, terms[t], maxEdits);
        if (distance <= maxEdits && distance > 0) found.push({ term: t, distance });
      }
    }
    return found;
  }

  /** The impact of `term` in `doc`, or 0 when the document lacks the term. */
  impactOf(term: number, doc: number): number {
    if (term >= this.termCount) return 0;
    let lo = this.offsets[term];
    let hi = this.offsets[term + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const value = this.docs[mid];
      if (value === doc) return this.impacts[mid];
      if (value < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }
}

/** Robertson-Sparck Jones IDF as BM25 uses it; never negative. */
export function idf(df: number, docCount: number): number {
  return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
}
