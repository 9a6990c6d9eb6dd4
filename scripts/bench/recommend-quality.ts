import type { Paper } from '@/features/papers/schema';
import { Recommender } from '@/features/recommend/recommender';
import { FeatureSpace } from '@/features/recommend/features';
import { DEFAULT_OPTIONS, type RecommendOptions } from '@/features/recommend/weights';
import { DocStore } from '@/features/search/index/doc-store';
import { IndexBuilder } from '@/features/search/index/builder';
import { TermTable } from '@/features/search/index/term-table';
import { UserOverlay } from '@/features/search/index/user-overlay';
import { compareNewest, dateKeyOf } from '@/features/search/ranking/newest';
import { mulberry32 } from './prng';
import type { Reader } from './recommend-readers';

export const METHODS = ['model', 'centroid', 'newest', 'random'] as const;
export type Method = (typeof METHODS)[number];
export type Scores = { p10: number; ndcg20: number };

/** The engine's index over a catalogue, built once, with the parts the recommender reads. */
export function indexCatalogue(papers: readonly Paper[]) {
  const store = new DocStore();
  store.add(papers);
  const table = new TermTable();
  const index = new IndexBuilder(store, table, 0).finish(null);
  const newest = Int32Array.from(papers, (_, i) => i).sort((a, b) =>
    compareNewest(
      dateKeyOf(papers[a].publishedAt),
      papers[a].id,
      dateKeyOf(papers[b].publishedAt),
      papers[b].id,
    ),
  );
  return { store, index, newest, space: new FeatureSpace(index, store) };
}
export type Indexed = ReturnType<typeof indexCatalogue>;

/** Precision at 10 and nDCG at 20 (binary relevance) of a ranking of the reader's unrated papers. */
function evaluate(ranking: readonly number[], relevant: Uint8Array, relevantCount: number): Scores {
  let hits = 0;
  let dcg = 0;
  for (let r = 0; r < Math.min(20, ranking.length); r++) {
    if (relevant[ranking[r]] !== 1) continue;
    if (r < 10) hits++;
    dcg += 1 / Math.log2(r + 2);
  }
  let ideal = 0;
  for (let r = 0; r < Math.min(20, relevantCount); r++) ideal += 1 / Math.log2(r + 2);
  return { p10: hits / 10, ndcg20: ideal > 0 ? dcg / ideal : 0 };
}

const byScore = (docs: number[], scores: ArrayLike<number>, newestRank: Int32Array) =>
  docs.sort((a, b) => scores[b] - scores[a] || newestRank[a] - newestRank[b]);

/** One reader: their ratings into a fresh overlay, the model and the baselines ranked on what they did not rate. */
export function runReader(
  papers: readonly Paper[],
  indexed: Indexed,
  reader: Reader,
  options: RecommendOptions = DEFAULT_OPTIONS,
): { scores: Record<Method, Scores>; trainMs: number } {
  const { store, index, newest, space } = indexed;
  const overlay = new UserOverlay(store);
  const rated = (id: string, rating: 'more' | 'less') => ({
    id,
    status: null,
    tags: [],
    note: '',
    rating,
  });
  overlay.set([
    ...reader.liked.map((id) => rated(id, 'more')),
    ...reader.dismissed.map((id) => rated(id, 'less')),
  ]);
  const recommender = new Recommender(store, overlay, options);
  recommender.useIndex(index);
  const started = performance.now();
  const { scores } = recommender.scores([]);
  const trainMs = performance.now() - started;
  const ratedDocs = new Set(
    [...reader.liked, ...reader.dismissed].map((id) => store.docById.get(id)!),
  );
  const candidates = papers.map((_, doc) => doc).filter((doc) => !ratedDocs.has(doc));
  const relevant = new Uint8Array(papers.length);
  let relevantCount = 0;
  for (const doc of candidates)
    if (reader.relevant(papers[doc])) {
      relevant[doc] = 1;
      relevantCount++;
    }
  const newestRank = new Int32Array(papers.length);
  newest.forEach((doc, rank) => (newestRank[doc] = rank));

  // Centroid: TF-IDF cosine to the mean of the liked papers' vectors (unit vectors, so a plain dot product).
  const centroid = new Float64Array(space.weights.length);
  const terms = new Set<number>();
  for (const id of reader.liked) {
    const vector = space.vector(store.docById.get(id)!);
    vector.terms.forEach((term, k) => {
      centroid[term] += vector.values[k] / reader.liked.length;
      terms.add(term);
    });
  }
  const centroidScores = space.scoreAll(centroid, Int32Array.from(terms), 0);
  const random = mulberry32(reader.liked.length * 31 + relevantCount);
  const randomScores = Float64Array.from(papers, () => random());
  const rank = (values: ArrayLike<number>) => byScore([...candidates], values, newestRank);
  return {
    trainMs,
    scores: {
      model: evaluate(rank(scores!), relevant, relevantCount),
      centroid: evaluate(rank(centroidScores), relevant, relevantCount),
      newest: evaluate(
        candidates.slice().sort((a, b) => newestRank[a] - newestRank[b]),
        relevant,
        relevantCount,
      ),
      random: evaluate(rank(randomScores), relevant, relevantCount),
    },
  };
}

export type KindSummary = { kind: Reader['kind']; readers: number; mean: Record<Method, Scores> };

/** Mean scores per reader kind. */
export function summarize(
  readers: readonly Reader[],
  results: { scores: Record<Method, Scores> }[],
): KindSummary[] {
  const kinds = [...new Set(readers.map((reader) => reader.kind))];
  return kinds.map((kind) => {
    const mine = results.filter((_, i) => readers[i].kind === kind);
    const mean = Object.fromEntries(
      METHODS.map((method) => [
        method,
        {
          p10: mine.reduce((sum, r) => sum + r.scores[method].p10, 0) / mine.length,
          ndcg20: mine.reduce((sum, r) => sum + r.scores[method].ndcg20, 0) / mine.length,
        },
      ]),
    ) as Record<Method, Scores>;
    return { kind, readers: mine.length, mean };
  });
}
