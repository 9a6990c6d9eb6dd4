import { DocStore } from '@/features/search/index/doc-store';
import { facetOptions } from '@/features/search/facets/options';
import { filterAndCount } from '@/features/search/facets/count';
import { mergeFilters } from '@/features/search/facets/filters';
import { IndexBuilder } from '@/features/search/index/builder';
import type { InvertedIndex } from '@/features/search/index/inverted-index';
import { highlightTermsFor, IndexSearcher } from '@/features/search/match/index-match';
import { parseQuery, type ParsedQuery } from '@/features/search/query/parse';
import { ScanMatcher } from '@/features/search/match/scan-match';
import type {
  QueryHint,
  SearchablePaper,
  SearchRequest,
  SearchResult,
  SimilarPaper,
  UserDataUpdate,
} from './types';
import { SimilarFinder } from '@/features/search/ranking/similar';
import { defaultSort } from '@/features/search/ranking/default-sort';
import { SortOrders } from '@/features/search/ranking/sort';
import { TermTable } from '@/features/search/index/term-table';
import type { TextMatch } from '@/features/search/match/text-match';
import { UserOverlay } from '@/features/search/index/user-overlay';
import { NewPapers } from '@/features/search/index/new-papers';
import { Recommender } from '@/features/recommend/recommender';
import type { ForYouInfo, RecommendAnswer, RecommendRequest } from '@/features/recommend/types';
import { slugKey } from '@/features/search/text/tokenize';

/** Documents tokenized per build step: ~20-40 ms, short enough to answer messages in between. */
export const BUILD_STEP_DOCS = 2000;

export interface SearchEngine {
  search(request: SearchRequest): SearchResult;
  /** Papers like the paper `id`, most similar first; empty for an unknown id. */
  similar(id: string, k?: number): SimilarPaper[];
  /** Applies the user's edits to status, tags and notes; cheap, the index is not rebuilt. */
  setUserData(updates: readonly UserDataUpdate[]): void;
  /** Appends papers; a paper whose id is already known replaces the old one. */
  addPapers(papers: readonly SearchablePaper[]): void;
  /** The ids of the papers that arrived since the reader's previous visit (`is:new`); replaces the last set. */
  setNewPapers(ids: readonly string[]): void;
  /** The "For you" model: its summary, or why it scores a paper as it does. */
  recommend(request: RecommendRequest): RecommendAnswer;
  /** Indexes some more papers; true once the index is complete. */
  buildStep(maxDocs?: number): boolean;
  /**
   * Computes one more sort order ahead of need (the first "Title" sort at 100,000 papers otherwise waits ~100 ms
   * for it); true while some remain. For idle moments: it runs in one go.
   */
  prepareStep(): boolean;
  readonly ready: boolean;
  readonly progress: { indexed: number; total: number };
}

/**
 * Builds an engine over `papers`. With `deferIndex`, construction only reads the papers'
 * metadata and the caller drives indexing with `buildStep`; searches meanwhile scan.
 */
export function createSearchEngine(
  papers: readonly SearchablePaper[],
  options: { deferIndex?: boolean } = {},
): SearchEngine {
  const engine = new Engine(papers);
  if (!options.deferIndex) engine.finishBuild();
  return engine;
}

class Engine implements SearchEngine {
  private readonly store = new DocStore();
  private readonly overlay = new UserOverlay(this.store);
  private readonly table = new TermTable();
  private readonly orders = new SortOrders(this.store);
  private readonly recommender = new Recommender(this.store, this.overlay);
  private readonly newPapers = new NewPapers(this.store);
  private rankable: { scores: Float32Array; shifted: Float32Array } | null = null;
  private builder: IndexBuilder | null;
  private index: InvertedIndex | null = null;
  private searcher: IndexSearcher | null = null;
  private finder: SimilarFinder | null = null;
  private scanner: ScanMatcher | null = null;
  private allDocs: { version: number; docs: Int32Array } | null = null;

  constructor(papers: readonly SearchablePaper[]) {
    this.store.add(papers);
    // Sizes the per-document user columns: counting reads them for every document.
    this.overlay.sync();
    this.builder = new IndexBuilder(this.store, this.table, 0);
  }

  get ready(): boolean {
    return this.builder === null;
  }

  get progress() {
    return {
      indexed: this.builder ? this.builder.next : this.store.count,
      total: this.store.count,
    };
  }

  buildStep(maxDocs = BUILD_STEP_DOCS): boolean {
    if (!this.builder) return true;
    this.builder.step(maxDocs);
    // The title order is sorted alongside, a share per step, so that it is ready when the index is.
    if (maxDocs < this.store.count) this.orders.prepareTitles(maxDocs);
    if (!this.builder.done) return false;
    this.index = this.builder.finish(this.index);
    this.builder = null;
    this.scanner = null;
    this.store.abstractWords.compact();
    this.searcher = new IndexSearcher(this.index, this.store, this.overlay);
    this.finder = new SimilarFinder(this.index, this.store);
    this.recommender.useIndex(this.index);
    // The default order without words; computing it now keeps it out of the first keystroke.
    this.orders.warm('newest');
    return true;
  }

  prepareStep(): boolean {
    return this.ready && this.orders.warmNext();
  }

  finishBuild(): void {
    let done = this.ready;
    while (!done) done = this.buildStep(Number.MAX_SAFE_INTEGER);
  }

  addPapers(papers: readonly SearchablePaper[]): void {
    const first = this.store.add(papers);
    this.overlay.sync();
    this.newPapers.sync();
    // While building, the running builder picks the new papers up; afterwards they are merged in.
    if (this.ready) {
      this.builder = new IndexBuilder(this.store, this.table, first);
      this.buildStep(Number.MAX_SAFE_INTEGER);
    }
  }

  setUserData(updates: readonly UserDataUpdate[]): void {
    this.overlay.set(updates);
  }

  setNewPapers(ids: readonly string[]): void {
    this.newPapers.set(ids);
  }

  similar(id: string, k = 5): SimilarPaper[] {
    const doc = this.store.docById.get(id);
    if (doc === undefined) return [];
    this.finishBuild();
    return this.finder?.similar(doc, k) ?? [];
  }

  recommend(request: RecommendRequest): RecommendAnswer {
    this.finishBuild();
    const tags = request.tags.map(slugKey).filter(Boolean);
    if (request.kind === 'explain')
      return { kind: 'explain', explanation: this.recommender.explain(request.id, tags) };
    const newest = () => this.orders.sort(this.liveDocs(), 'newest', null);
    return { kind: 'summary', summary: this.recommender.summary(tags, newest) };
  }

  /** Newest first while the model knows too little; else by its scores, made non-negative for the bucket sort. */
  private rankForYou(docs: Int32Array, tags: string[]): { docs: Int32Array; info: ForYouInfo } {
    this.finishBuild();
    const { scores, info } = this.recommender.scores(tags);
    if (!scores) return { docs: this.orders.sort(docs, 'newest', null), info };
    if (this.rankable?.scores !== scores) {
      let min = Infinity;
      for (const score of scores) if (score < min) min = score;
      this.rankable = { scores, shifted: scores.map((score) => score - min + 1e-6) };
    }
    return { docs: this.orders.sort(docs, 'for-you', this.rankable.shifted), info };
  }

  search(request: SearchRequest): SearchResult {
    const query = parseQuery(request.text);
    const requested = mergeFilters(query.filters, request.filters);
    const hasWords = query.terms.length > 0 || query.phrases.length > 0;
    // The feed's own order needs a feed: over the whole catalogue there is none, and the default applies.
    const effectiveSort =
      request.sort === 'trending' && !request.within
        ? defaultSort(query)
        : (request.sort ?? defaultSort(query));
    const forYou = effectiveSort === 'for-you';
    // With "For you", a chosen tag picks that tag's model (as arxiv-sanity ranks by a tag's SVM): every paper is
    // ranked by it, rather than only the tag's own papers listed.
    const filters = forYou && requested.tags.length > 0 ? { ...requested, tags: [] } : requested;
    let match: TextMatch | null = null;
    if (hasWords || query.excluded.length > 0) {
      match = this.searcher
        ? this.searcher.match(query)
        : this.builder
          ? this.scanMatch(query, this.builder)
          : null;
    }
    const all = this.within(match?.docs ?? this.liveDocs(), request.within);
    const candidates =
      request.scope === 'unseen' ? all.filter((doc) => !this.overlay.docs.has(doc)) : all;
    const { docs, counts } = filterAndCount(
      this.store,
      this.overlay,
      candidates,
      filters,
      request.scope === 'library',
      this.newPapers.flags,
    );
    const ranked = forYou ? this.rankForYou(docs, requested.tags) : null;
    const sorted =
      ranked?.docs ??
      (effectiveSort === 'trending'
        ? this.orders.inOrderOf(docs, request.within ?? [])
        : this.orders.sort(docs, effectiveSort, match?.scores ?? null));
    return {
      docs: sorted,
      total: sorted.length,
      facets: facetOptions(this.store, this.overlay, counts, requested),
      hints: [...query.hints, ...this.unknownValueHints(query)],
      highlightTerms: highlightTermsFor(query),
      effectiveSort,
      indexed: this.ready,
      ...(ranked ? { forYou: ranked.info } : {}),
    };
  }

  /** The documents among `docs` whose paper is one of `ids`. */
  private within(docs: Int32Array, ids: readonly string[] | undefined): Int32Array {
    if (!ids) return docs;
    const wanted = new Uint8Array(this.store.count);
    for (const id of ids) {
      const doc = this.store.docById.get(id);
      if (doc !== undefined) wanted[doc] = 1;
    }
    return docs.filter((doc) => wanted[doc] === 1);
  }

  private liveDocs(): Int32Array {
    if (this.allDocs?.version !== this.store.version) {
      const docs: number[] = [];
      for (let doc = 0; doc < this.store.count; doc++)
        if (this.store.alive[doc] === 1) docs.push(doc);
      this.allDocs = { version: this.store.version, docs: Int32Array.from(docs) };
    }
    // A copy: filtering works in place.
    return this.allDocs.docs.slice();
  }

  private scanMatch(query: ParsedQuery, builder: IndexBuilder): TextMatch {
    this.scanner ??= new ScanMatcher(this.store, this.overlay, this.table, builder);
    return this.scanner.run(query, new Float32Array(this.store.count));
  }

  private unknownValueHints(query: ParsedQuery): QueryHint[] {
    const known = { org: this.store.orgByKey, topic: this.store.topicByKey };
    return query.clauses.flatMap(({ facet, value, start, end }) => {
      if (facet === 'org' && !known.org.has(value))
        return [{ message: `No organisation "${value}" in the catalogue`, start, end }];
      if (facet === 'topic' && !known.topic.has(value))
        return [{ message: `No topic "${value}" in the catalogue`, start, end }];
      if (facet === 'tag' && this.overlay.tagNumber(value) === undefined)
        return [{ message: `No paper is tagged "${value}"`, start, end }];
      return [];
    });
  }
}
