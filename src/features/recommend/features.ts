import type { DocStore } from '@/features/search/index/doc-store';
import { idf, type InvertedIndex } from '@/features/search/index/inverted-index';
import { IMPACT_SCALE } from '@/features/search/ranking/weights';
import { tokenize } from '@/features/search/text/tokenize';
import { DEFAULT_OPTIONS, type RecommendOptions } from './weights';

/** A paper's features: term numbers and their TF-IDF values, of unit length. */
export interface SparseVector {
  terms: Int32Array;
  values: Float32Array;
}

let tfTable: Float32Array | null = null;

/** Below this many uncached papers, looking their words up one by one is cheaper than a pass. */
const BATCH_FROM = 64;

function grownCopy<T extends Int32Array | Float32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * Sublinear TF from a posting's impact (the index's field-weighted BM25 term weight: title x20, organisation,
 * authors and topics x10, abstract x1), as arxiv-sanity's `sublinear_tf`: the log keeps a title word ahead of an
 * abstract word (about 4 to 1) without letting it drown the abstract. A table: it is read once per posting.
 */
function tf(): Float32Array {
  tfTable ??= Float32Array.from({ length: 65536 }, (_, impact) =>
    Math.log1p(impact / IMPACT_SCALE),
  );
  return tfTable;
}

/**
 * TF-IDF features read off the search index instead of re-tokenizing the catalogue: IDF per term from the
 * postings' lengths, one pass over all postings for the documents' norms, and each paper's vector from its
 * own words (word sequences and title) with impacts looked up in the postings. Vectors are cached, so
 * retraining after a new rating only builds the vectors of papers it has not seen.
 */
export class FeatureSpace {
  /** Per term: its IDF, or 0 for terms that take no part (too rare, too common, bare numbers). */
  readonly weights: Float32Array;
  /** Per document: the Euclidean norm of its weighted vector. */
  readonly norms: Float32Array;
  private readonly vectors = new Map<number, SparseVector>();
  private scratch = new Float64Array(0);

  constructor(
    readonly index: InvertedIndex,
    private readonly store: DocStore,
    { minDf, maxDfShare }: Pick<RecommendOptions, 'minDf' | 'maxDfShare'> = DEFAULT_OPTIONS,
  ) {
    const termCount = index.termCount;
    const docCount = Math.max(1, store.aliveCount);
    const { terms } = index.table;
    const maxDf = Math.max(minDf, maxDfShare * docCount);
    this.weights = new Float32Array(termCount);
    for (let t = 0; t < termCount; t++) {
      const df = index.df(t);
      if (df < minDf || df > maxDf || /^\d+$/.test(terms[t])) continue;
      this.weights[t] = idf(df, docCount);
    }
    this.norms = this.documentNorms();
  }

  private documentNorms(): Float32Array {
    const { offsets, docs, impacts } = this.index;
    const table = tf();
    const squares = new Float64Array(this.store.count);
    for (let t = 0; t < this.index.termCount; t++) {
      const w = this.weights[t];
      if (w === 0) continue;
      for (let p = offsets[t]; p < offsets[t + 1]; p++) {
        const value = w * table[impacts[p]];
        squares[docs[p]] += value * value;
      }
    }
    return Float32Array.from(squares, Math.sqrt);
  }

  /**
   * The vectors of many papers at once: one pass over the postings picks out theirs (terms come out in
   * order), which at 1,000 papers costs far less than looking each paper's words up one by one.
   */
  vectorsOf(docs: readonly number[]): SparseVector[] {
    const missing = [...new Set(docs.filter((doc) => !this.vectors.has(doc)))];
    if (missing.length > BATCH_FROM) this.gather(missing);
    return docs.map((doc) => this.vector(doc));
  }

  private gather(missing: readonly number[]): void {
    const slotOf = new Int32Array(this.store.count).fill(-1);
    missing.forEach((doc, slot) => (slotOf[doc] = slot));
    let slots = new Int32Array(1 << 16);
    let terms = new Int32Array(1 << 16);
    let values = new Float32Array(1 << 16);
    let used = 0;
    const counts = new Int32Array(missing.length + 1);
    const { offsets, docs, impacts } = this.index;
    const table = tf();
    for (let t = 0; t < this.index.termCount; t++) {
      const w = this.weights[t];
      if (w === 0) continue;
      for (let p = offsets[t]; p < offsets[t + 1]; p++) {
        const slot = slotOf[docs[p]];
        if (slot < 0) continue;
        if (used === slots.length) {
          slots = grownCopy(slots, new Int32Array(used * 2));
          terms = grownCopy(terms, new Int32Array(used * 2));
          values = grownCopy(values, new Float32Array(used * 2));
        }
        slots[used] = slot;
        terms[used] = t;
        values[used++] = w * table[impacts[p]];
        counts[slot + 1]++;
      }
    }
    // Grouped by paper, each paper's terms still ascending: a counting sort is stable.
    for (let s = 0; s < missing.length; s++) counts[s + 1] += counts[s];
    const cursor = counts.slice(0, missing.length);
    const groupedTerms = new Int32Array(used);
    const groupedValues = new Float32Array(used);
    for (let k = 0; k < used; k++) {
      const at = cursor[slots[k]]++;
      groupedTerms[at] = terms[k];
      groupedValues[at] = values[k];
    }
    missing.forEach((doc, slot) => {
      const norm = this.norms[doc] || 1;
      const from = counts[slot];
      const to = counts[slot + 1];
      const vector = {
        terms: groupedTerms.slice(from, to),
        values: groupedValues.slice(from, to).map((value) => value / norm),
      };
      this.vectors.set(doc, vector);
    });
  }

  /** The paper's unit-length vector (empty when it has no usable term). */
  vector(doc: number): SparseVector {
    const known = this.vectors.get(doc);
    if (known) return known;
    const { table } = this.index;
    const seen = new Set<number>();
    for (const word of tokenize(`${this.store.titles[doc]}\n${this.store.metas[doc]}`)) {
      const term = table.get(word);
      if (term >= 0) seen.add(term);
    }
    for (const term of this.store.abstractWords.read(doc)) seen.add(term);
    const norm = this.norms[doc] || 1;
    const pairs: [number, number][] = [];
    const table16 = tf();
    for (const term of seen) {
      const weight = term < this.weights.length ? this.weights[term] : 0;
      if (weight === 0) continue;
      const impact = this.index.impactOf(term, doc);
      if (impact > 0) pairs.push([term, (weight * table16[impact]) / norm]);
    }
    pairs.sort((a, b) => a[0] - b[0]);
    const vector = {
      terms: Int32Array.from(pairs, (pair) => pair[0]),
      values: Float32Array.from(pairs, (pair) => pair[1]),
    };
    this.vectors.set(doc, vector);
    return vector;
  }

  /**
   * `w . x + bias` for every document, term at a time over the postings of the terms the model uses (`terms`),
   * so the cost is those postings, not the catalogue's vocabulary.
   */
  scoreAll(weights: Float64Array, terms: Int32Array, bias: number): Float32Array {
    const count = this.store.count;
    if (this.scratch.length < count) this.scratch = new Float64Array(count);
    const sums = this.scratch;
    sums.fill(0, 0, count);
    const { offsets, docs, impacts } = this.index;
    const table = tf();
    for (const t of terms) {
      const w = weights[t] * this.weights[t];
      if (w === 0) continue;
      for (let p = offsets[t]; p < offsets[t + 1]; p++) sums[docs[p]] += w * table[impacts[p]];
    }
    const scores = new Float32Array(count);
    for (let doc = 0; doc < count; doc++)
      scores[doc] = (this.norms[doc] > 0 ? sums[doc] / this.norms[doc] : 0) + bias;
    return scores;
  }
}
