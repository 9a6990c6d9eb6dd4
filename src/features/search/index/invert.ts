import type { DocStore } from './doc-store';
import * as weights from '@/features/search/ranking/weights';
import { InvertedIndex, type FieldStats } from './inverted-index';
import type { TermTable } from './term-table';

// Local copies: module bindings can compile to getters, a call per posting in the loops below.
const { ABSTRACT_B, IMPACT_SCALE, K1, META_WEIGHT, TITLE_B, TITLE_WEIGHT } = weights;

/** BM25's saturating term frequency: 1 for tf = 1, approaching K1 + 1. */
const saturate = (tf: number) => (tf * (K1 + 1)) / (K1 + tf);

/**
 * Documents `first .. first + count` as lists of (term, packed frequencies): title in bits
 * 0-3, organisation/authors/topics in 4-7, abstract in 8-15. Document `first + i` owns
 * entries `docEnd[i - 1] .. docEnd[i]`.
 */
export interface ForwardLists {
  first: number;
  count: number;
  terms: Int32Array;
  tf: Uint16Array;
  docEnd: Int32Array;
  titleLength: Uint16Array;
  abstractLength: Uint16Array;
}

/**
 * Turns forward lists into postings (counting sort by term), after the live postings of
 * `previous`: new documents have higher numbers, so every postings list stays ascending.
 * Retired documents are dropped on the way.
 */
export function invert(
  forward: ForwardLists,
  store: DocStore,
  table: TermTable,
  previous: InvertedIndex | null,
): InvertedIndex {
  const { alive } = store;
  const termCount = table.size;
  const stats = previous?.stats ?? fieldStats(forward);
  const counts = new Int32Array(termCount + 1);
  if (previous) {
    for (let t = 0; t < previous.termCount; t++) {
      for (let p = previous.offsets[t]; p < previous.offsets[t + 1]; p++)
        counts[t] += alive[previous.docs[p]];
    }
  }
  for (let local = 0, p = 0; local < forward.count; local++) {
    const end = forward.docEnd[local];
    if (alive[forward.first + local] === 1) for (; p < end; p++) counts[forward.terms[p]]++;
    p = end;
  }
  const offsets = new Int32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) offsets[t + 1] = offsets[t] + counts[t];
  const docs = new Int32Array(offsets[termCount]);
  const impacts = new Uint16Array(offsets[termCount]);
  const cursor = offsets.slice(0, termCount);
  if (previous) {
    for (let t = 0; t < previous.termCount; t++) {
      for (let p = previous.offsets[t]; p < previous.offsets[t + 1]; p++) {
        const doc = previous.docs[p];
        if (alive[doc] === 0) continue;
        docs[cursor[t]] = doc;
        impacts[cursor[t]++] = previous.impacts[p];
      }
    }
  }
  fillNew(forward, alive, docs, impacts, cursor, stats);
  return new InvertedIndex(table, offsets, docs, impacts, stats);
}

/** Field-weighted BM25 per posting: each field saturates on its own, then weights add up. */
function fillNew(
  forward: ForwardLists,
  alive: Uint8Array,
  docs: Int32Array,
  impacts: Uint16Array,
  cursor: Int32Array,
  stats: FieldStats,
): void {
  for (let local = 0, p = 0; local < forward.count; local++) {
    const end = forward.docEnd[local];
    const doc = forward.first + local;
    if (alive[doc] === 0) {
      p = end;
      continue;
    }
    const titleNorm = 1 - TITLE_B + (TITLE_B * forward.titleLength[local]) / stats.avgTitle;
    const abstractNorm =
      1 - ABSTRACT_B + (ABSTRACT_B * forward.abstractLength[local]) / stats.avgAbstract;
    for (; p < end; p++) {
      const term = forward.terms[p];
      const packed = forward.tf[p];
      const impact =
        TITLE_WEIGHT * saturate((packed & 15) / titleNorm) +
        META_WEIGHT * saturate((packed >> 4) & 15) +
        saturate((packed >> 8) / abstractNorm);
      docs[cursor[term]] = doc;
      impacts[cursor[term]++] = Math.max(1, Math.round(impact * IMPACT_SCALE));
    }
  }
}

function fieldStats(forward: ForwardLists): FieldStats {
  let title = 0;
  let abstract = 0;
  for (let local = 0; local < forward.count; local++) {
    title += forward.titleLength[local];
    abstract += forward.abstractLength[local];
  }
  const count = Math.max(1, forward.count);
  return { avgTitle: Math.max(1, title / count), avgAbstract: Math.max(1, abstract / count) };
}
