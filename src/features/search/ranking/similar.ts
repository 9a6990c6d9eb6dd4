import type { DocStore } from '@/features/search/index/doc-store';
import { idf, type InvertedIndex } from '@/features/search/index/inverted-index';
import { IMPACT_SCALE } from '@/features/search/ranking/weights';
import type { SimilarPaper } from '@/features/search/types';
import { tokenize } from '@/features/search/text/tokenize';

// Academic filler: common enough in abstracts to say nothing about why two papers are alike.
const FILLER = new Set(
  'obtain obtains learning learned trained training propose proposed method methods approach results show shows based using performance novel paper work task tasks model models achieve achieves'.split(
    ' ',
  ),
);

/** The paper's most distinctive terms that take part: enough to find neighbours, few enough to be fast. */
const QUERY_TERMS = 30;
const SHARED_TERMS = 4;
/** Candidates re-scored exactly after the fast pass. */
const RERANK = 50;

let dampedTable: Float32Array | null = null;

/**
 * The TF part of a term's weight, from its search impact, log-damped: in search a title hit
 * counts 20 abstract hits, for likeness about 4 is right (titles still weigh more, but shared
 * abstract vocabulary matters). A table, since it is read once per posting.
 */
function damped(): Float32Array {
  dampedTable ??= Float32Array.from({ length: 65536 }, (_, impact) =>
    Math.log1p(impact / IMPACT_SCALE),
  );
  return dampedTable;
}

interface Weighted {
  term: number;
  weight: number;
}

/**
 * Finds papers like one paper: cosine similarity of TF-IDF vectors whose TF part is the
 * index's field-weighted impact, damped (so title words weigh more, but not 20 times more). Only the paper's top terms are used as
 * the query, accumulated term-at-a-time over their postings, against full document norms.
 */
export class SimilarFinder {
  private norms: Float32Array | null = null;
  private scores = new Float32Array(0);

  constructor(
    private readonly index: InvertedIndex,
    private readonly store: DocStore,
  ) {}

  private weight(term: number): number {
    return idf(this.index.df(term), this.store.aliveCount);
  }

  /** Euclidean norm of every document's vector; one pass over all postings, done once. */
  private documentNorms(): Float32Array {
    if (this.norms) return this.norms;
    const { offsets, docs, impacts } = this.index;
    const tf = damped();
    const squares = new Float64Array(this.store.count);
    for (let t = 0; t < this.index.termCount; t++) {
      const w = this.weight(t);
      for (let p = offsets[t]; p < offsets[t + 1]; p++)
        squares[docs[p]] += (w * tf[impacts[p]]) ** 2;
    }
    this.norms = Float32Array.from(squares, Math.sqrt);
    return this.norms;
  }

  /** Every term of the paper with its weight (TF x IDF), heaviest first. */
  private vector(doc: number): Weighted[] {
    const { table } = this.index;
    const terms = new Set<number>();
    for (const word of tokenize(`${this.store.titles[doc]}\n${this.store.metas[doc]}`))
      terms.add(table.get(word));
    for (const term of this.store.abstractWords.read(doc))
      if (table.stop[term] === 0) terms.add(term);
    const weighted: Weighted[] = [];
    for (const term of terms) {
      const impact = term < 0 ? 0 : this.index.impactOf(term, doc);
      if (impact > 0) weighted.push({ term, weight: damped()[impact] * this.weight(term) });
    }
    return weighted.sort((a, b) => b.weight - a.weight);
  }

  /**
   * Terms worth explaining a likeness with: shared with other papers, not bare numbers, not word fragments
   * ("pre" from "pre-trained") and not the filler every abstract has ("obtain", "learning").
   */
  private telling(term: number): boolean {
    const word = this.index.table.terms[term];
    return this.index.df(term) >= 2 && word.length > 3 && !/^\d+$/.test(word) && !FILLER.has(word);
  }

  similar(doc: number, k: number): SimilarPaper[] {
    if (k <= 0) return [];
    const norms = this.documentNorms();
    const vector = this.vector(doc);
    const shortlist = this.shortlist(
      doc,
      vector.filter((w) => this.telling(w.term)).slice(0, QUERY_TERMS),
      Math.max(RERANK, k * 5),
    );
    // Exact cosine over the whole vector for the shortlist: true scores, and a finer order.
    const ranked = shortlist.map((other) => {
      const contributions = vector.map(({ term, weight }) => ({
        term,
        value: weight * this.weight(term) * damped()[this.index.impactOf(term, other)],
      }));
      const dot = contributions.reduce((sum, c) => sum + c.value, 0);
      return { other, contributions, score: dot / (norms[doc] * norms[other] || 1) };
    });
    ranked.sort((a, b) => b.score - a.score || a.other - b.other);
    return ranked.slice(0, k).map(({ other, contributions, score }) => ({
      id: this.store.ids[other],
      score: Math.min(1, score),
      sharedTerms: contributions
        .filter((c) => c.value > 0 && this.telling(c.term))
        .sort((a, b) => b.value - a.value)
        .slice(0, SHARED_TERMS)
        .map((c) => this.index.table.terms[c.term]),
    }));
  }

  /** The `size` best candidates by the truncated query, accumulated term-at-a-time. */
  private shortlist(doc: number, query: Weighted[], size: number): number[] {
    const norms = this.documentNorms();
    if (this.scores.length < this.store.count) this.scores = new Float32Array(this.store.count);
    const { scores } = this;
    const { offsets, docs, impacts } = this.index;
    const tf = damped();
    const touched: number[] = [];
    for (const { term, weight } of query) {
      const w = weight * this.weight(term);
      for (let p = offsets[term]; p < offsets[term + 1]; p++) {
        const other = docs[p];
        if (scores[other] === 0) touched.push(other);
        scores[other] += w * tf[impacts[p]];
      }
    }
    // Top `size` by insertion: the touched set can be most of the catalogue, `size` is small.
    const best: { doc: number; score: number }[] = [];
    for (const other of touched) {
      const score = scores[other] / (norms[other] || 1);
      scores[other] = 0;
      if (other === doc || this.store.alive[other] === 0) continue;
      if (best.length === size && score <= best[size - 1].score) continue;
      let at = best.length;
      while (at > 0 && best[at - 1].score < score) at--;
      best.splice(at, 0, { doc: other, score });
      if (best.length > size) best.pop();
    }
    return best.map((entry) => entry.doc);
  }
}
