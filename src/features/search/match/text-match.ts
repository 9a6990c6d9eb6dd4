import type { DocStore } from '@/features/search/index/doc-store';
import { idf, type InvertedIndex } from '@/features/search/index/inverted-index';
import type { TermGroup } from './term-groups';
import type { OverlayEntry, UserOverlay } from '@/features/search/index/user-overlay';

/** The words of a query, resolved against the index. */
export interface TextPlan {
  /** Every group must match (AND). */
  groups: TermGroup[];
  /** No result may contain any of these (the words or their inflections). */
  excluded: TermGroup[];
  /** Only these documents may match (exact phrases), or null. */
  allowed: Uint8Array | null;
}

export interface TextMatch {
  /** Matching documents, in no particular order. */
  docs: Int32Array;
  /** Relevance per document number (valid for `docs` only, until the next match). */
  scores: Float32Array;
}

/**
 * Evaluates AND-queries over the postings, term-at-a-time, into dense scratch arrays. The
 * cheapest group goes first; each later group either streams its postings or, when few
 * candidates are left, looks each candidate up by binary search, whichever reads less.
 */
export class TextMatcher {
  private stamp = new Int32Array(0);
  private groupScore = new Float32Array(0);
  private scores = new Float32Array(0);
  private buffer = new Int32Array(0);
  private mark = 0;

  run(index: InvertedIndex, store: DocStore, overlay: UserOverlay, plan: TextPlan): TextMatch {
    this.fit(store.count);
    const groups = [...plan.groups].sort((a, b) => a.cost - b.cost);
    const total = store.aliveCount;
    let length = -1;
    for (const group of groups) {
      // A rare variant (a typo's neighbour, a completion) must not outweigh the word itself,
      // so variants never get more IDF than the exact word has when it is in the index.
      const exactIdf = group.exact >= 0 ? idf(index.df(group.exact), total) : Infinity;
      const weights = group.factors.map(
        (factor, i) => factor * Math.min(exactIdf, idf(index.df(group.terms[i]), total)),
      );
      const overlayWeight = Math.min(exactIdf, idf(0, total));
      length =
        length < 0
          ? this.first(index, overlay, group, weights, overlayWeight)
          : this.narrow(index, overlay, group, weights, overlayWeight, length);
      if (length === 0) break;
    }
    if (length < 0) length = this.everything(store);
    length = this.exclude(index, overlay, plan, length);
    return { docs: this.ascending(length, store.count), scores: this.scores };
  }

  /**
   * The matches in document order: postings are read term by term, so they arrive scattered, and the
   * filtering and sorting after the match read per-document columns that are far faster in order.
   */
  private ascending(length: number, count: number): Int32Array {
    const docs = this.buffer.slice(0, length);
    // Few matches: a numeric sort. Many: one sequential pass over a bitmap of the matches.
    if (length * 16 < count) return docs.sort();
    const { stamp } = this;
    const mark = ++this.mark;
    for (let k = 0; k < length; k++) stamp[docs[k]] = mark;
    for (let doc = 0, n = 0; n < length; doc++) if (stamp[doc] === mark) docs[n++] = doc;
    return docs;
  }

  private fit(size: number): void {
    if (this.stamp.length >= size) return;
    this.stamp = new Int32Array(size);
    this.groupScore = new Float32Array(size);
    this.scores = new Float32Array(size);
    this.buffer = new Int32Array(size);
    this.mark = 0;
  }

  /** Streams the group's postings, keeping per document the best-matching term's score. */
  private collect(
    index: InvertedIndex,
    overlay: UserOverlay,
    group: TermGroup,
    weights: Float32Array,
    overlayWeight: number,
    onFirst: ((doc: number) => void) | null,
  ): number {
    const mark = ++this.mark;
    const { stamp, groupScore } = this;
    const { offsets, docs, impacts } = index;
    for (let i = 0; i < group.terms.length; i++) {
      const term = group.terms[i];
      const weight = weights[i];
      for (let p = offsets[term], end = offsets[term + 1]; p < end; p++) {
        const doc = docs[p];
        const score = weight * impacts[p];
        if (stamp[doc] !== mark) {
          stamp[doc] = mark;
          groupScore[doc] = score;
          if (onFirst) onFirst(doc);
        } else if (score > groupScore[doc]) groupScore[doc] = score;
      }
    }
    for (const [doc, entry] of overlay.docs) {
      const score = overlayWeight * overlayImpact(group, entry);
      if (score <= 0) continue;
      if (stamp[doc] !== mark) {
        stamp[doc] = mark;
        groupScore[doc] = score;
        if (onFirst) onFirst(doc);
      } else if (score > groupScore[doc]) groupScore[doc] = score;
    }
    return mark;
  }

  private first(
    index: InvertedIndex,
    overlay: UserOverlay,
    group: TermGroup,
    weights: Float32Array,
    overlayWeight: number,
  ): number {
    let length = 0;
    const { buffer, scores, groupScore } = this;
    this.collect(index, overlay, group, weights, overlayWeight, (doc) => (buffer[length++] = doc));
    for (let k = 0; k < length; k++) scores[buffer[k]] = groupScore[buffer[k]];
    return length;
  }

  private narrow(
    index: InvertedIndex,
    overlay: UserOverlay,
    group: TermGroup,
    weights: Float32Array,
    overlayWeight: number,
    length: number,
  ): number {
    const { buffer, scores, groupScore, stamp } = this;
    let kept = 0;
    // A binary search costs ~log2(df) reads; streaming costs every posting once.
    if (length * group.terms.length * 16 < group.cost) {
      for (let k = 0; k < length; k++) {
        const doc = buffer[k];
        let best = 0;
        for (let i = 0; i < group.terms.length; i++) {
          const impact = index.impactOf(group.terms[i], doc);
          if (impact > 0) best = Math.max(best, weights[i] * impact);
        }
        const entry = overlay.docs.get(doc);
        if (entry) best = Math.max(best, overlayWeight * overlayImpact(group, entry));
        if (best > 0) {
          scores[doc] += best;
          buffer[kept++] = doc;
        }
      }
      return kept;
    }
    const mark = this.collect(index, overlay, group, weights, overlayWeight, null);
    for (let k = 0; k < length; k++) {
      const doc = buffer[k];
      if (stamp[doc] !== mark) continue;
      scores[doc] += groupScore[doc];
      buffer[kept++] = doc;
    }
    return kept;
  }

  /** No words to match: every live document, unscored. */
  private everything(store: DocStore): number {
    let length = 0;
    for (let doc = 0; doc < store.count; doc++) {
      if (store.alive[doc] === 0) continue;
      this.buffer[length++] = doc;
      this.scores[doc] = 0;
    }
    return length;
  }

  private exclude(
    index: InvertedIndex,
    overlay: UserOverlay,
    plan: TextPlan,
    length: number,
  ): number {
    const { buffer, stamp } = this;
    const mark = ++this.mark;
    for (const group of plan.excluded) {
      for (const term of group.terms) {
        for (let p = index.offsets[term]; p < index.offsets[term + 1]; p++)
          stamp[index.docs[p]] = mark;
      }
      for (const [doc, entry] of overlay.docs)
        if (overlayImpact(group, entry) > 0) stamp[doc] = mark;
    }
    const allowed = plan.allowed;
    let kept = 0;
    for (let k = 0; k < length; k++) {
      const doc = buffer[k];
      if (stamp[doc] === mark || (allowed && allowed[doc] === 0)) continue;
      buffer[kept++] = doc;
    }
    return kept;
  }
}

/** The best impact of the user's tags and note for a query word. */
function overlayImpact(group: TermGroup, entry: OverlayEntry): number {
  let best = 0;
  for (const [term, impact] of entry.terms) {
    const factor = group.factorOf(term);
    if (factor > 0) best = Math.max(best, factor * impact);
  }
  return best;
}
