import type { DocStore } from '@/features/search/index/doc-store';
import type { InvertedIndex } from '@/features/search/index/inverted-index';
import { hashWord } from '@/features/search/index/term-table';
import type { OverlayEntry, UserOverlay } from '@/features/search/index/user-overlay';
import { explainScore, strongestWords, type NamedExample } from './explain';
import { FeatureSpace } from './features';
import { overallLabel, tagLabel, type Labelled } from './signals';
import { suggestNext } from './suggest';
import { balancedCosts, trainLinearSvm, type LinearModel } from './trainer';
import type { Explanation, ForYouInfo, ModelSummary, SignalKind } from './types';
import { DEFAULT_OPTIONS, type RecommendOptions } from './weights';

const MODEL_WORDS = { positive: 30, negative: 15 };
const KEPT_MODELS = 4;

interface Trained {
  signature: string;
  info: ForYouInfo;
  byKind: Record<SignalKind, number>;
  sampled: number;
  model: LinearModel | null;
  examples: NamedExample[];
  /** Per document, once asked for. */
  scores: Float32Array | null;
  trainMs: number | null;
}

const noKinds = (): Record<SignalKind, number> => ({
  more: 0,
  less: 0,
  read: 0,
  reading: 0,
  'to-read': 0,
  tag: 0,
  note: 0,
});

/**
 * "For you" inside the search engine: the reader's signals (from the user overlay) become labelled examples,
 * unrated papers a deterministic sample of weak negatives, and a linear SVM over the index's TF-IDF features
 * ranks every paper. One model per tag set (none: the overall taste), retrained only when the examples change.
 */
export class Recommender {
  private index: InvertedIndex | null = null;
  private space: FeatureSpace | null = null;
  private readonly models = new Map<string, Trained>();
  private hashOrder: { version: number; docs: Int32Array } | null = null;

  constructor(
    private readonly store: DocStore,
    private readonly overlay: UserOverlay,
    private readonly options: RecommendOptions = DEFAULT_OPTIONS,
  ) {}

  /** The finished index the features come from; a new one (papers added) drops every cached model. */
  useIndex(index: InvertedIndex): void {
    if (index === this.index) return;
    this.index = index;
    this.space = null;
    this.models.clear();
  }

  private features(): FeatureSpace {
    if (!this.index) throw new Error('The index is not built yet');
    this.space ??= new FeatureSpace(this.index, this.store, this.options);
    return this.space;
  }

  /** Per document: the model's score, or null (with the reason) when it knows too little. */
  scores(tags: readonly string[]): { scores: Float32Array | null; info: ForYouInfo } {
    const trained = this.trained(tags);
    if (trained.model && !trained.scores) {
      trained.scores = this.features().scoreAll(
        trained.model.weights,
        trained.model.terms,
        trained.model.bias,
      );
    }
    return { scores: trained.scores, info: trained.info };
  }

  explain(id: string, tags: readonly string[]): Explanation | null {
    const doc = this.store.docById.get(id);
    const trained = this.trained(tags);
    if (doc === undefined || !trained.model) return null;
    const space = this.features();
    return explainScore(id, space.vector(doc), trained.model, trained.examples, this.wordOf);
  }

  summary(tags: readonly string[], newest: () => Int32Array): ModelSummary {
    const trained = this.trained(tags);
    const { scores } = this.scores(tags);
    const words = trained.model
      ? strongestWords(trained.model, this.wordOf, MODEL_WORDS.positive, MODEL_WORDS.negative)
      : { positiveWords: [], negativeWords: [] };
    return {
      info: trained.info,
      byKind: trained.byKind,
      sampled: trained.sampled,
      ...words,
      trainMs: trained.trainMs,
      suggestions: suggestNext(this.store, this.overlay, scores, newest).map(
        (doc) => this.store.ids[doc],
      ),
    };
  }

  private readonly wordOf = (term: number) => this.index?.table.terms[term] ?? '';

  private trained(tags: readonly string[]): Trained {
    const key = tags.join('\n');
    const labelled = this.labelled(tags);
    const signature = labelled
      .map(({ doc, label }) => `${doc}:${label.label}:${label.strength}`)
      .join();
    const known = this.models.get(key);
    if (known?.signature === signature) return known;
    const trained = this.train(labelled, tags, signature);
    this.models.delete(key);
    this.models.set(key, trained);
    if (this.models.size > KEPT_MODELS) this.models.delete(this.models.keys().next().value ?? '');
    return trained;
  }

  /** The reader's signals as examples, in id order (never in the order they were made: undo must restore). */
  private labelled(tags: readonly string[]): { doc: number; label: Labelled }[] {
    const tagNumbers = new Set<number>();
    for (const tag of tags) {
      const number = this.overlay.tagNumber(tag);
      if (number !== undefined) tagNumbers.add(number);
    }
    const labelOf = (entry: OverlayEntry) =>
      tags.length > 0
        ? tagLabel(entry, tagNumbers, this.options)
        : overallLabel(entry, this.options);
    const out: { doc: number; label: Labelled }[] = [];
    for (const [doc, entry] of this.overlay.docs) {
      if (this.store.alive[doc] === 0) continue;
      const label = labelOf(entry);
      if (label) out.push({ doc, label });
    }
    const { ids } = this.store;
    return out.sort((a, b) => (ids[a.doc] < ids[b.doc] ? -1 : ids[a.doc] > ids[b.doc] ? 1 : 0));
  }

  private train(
    labelled: { doc: number; label: Labelled }[],
    tags: readonly string[],
    signature: string,
  ): Trained {
    const byKind = noKinds();
    let positives = 0;
    for (const { label } of labelled) {
      if (label.label === 1) positives++;
      for (const kind of label.kinds) byKind[kind]++;
    }
    const negatives = labelled.length - positives;
    const base = { signature, byKind, examples: [], scores: null };
    const { minPositives, weakStrength, c } = this.options;
    if (positives < minPositives) {
      const info: ForYouInfo = {
        state: 'too-few',
        positives,
        needed: minPositives,
        tags: [...tags],
      };
      return { ...base, info, sampled: 0, model: null, trainMs: null };
    }
    const started = performance.now();
    const space = this.features();
    const rated = new Set(labelled.map(({ doc }) => doc));
    const sampled = this.weakNegatives(rated);
    const strengths = [
      ...labelled.map(({ label }) => ({ label: label.label, strength: label.strength })),
      ...sampled.map(() => ({ label: -1 as const, strength: weakStrength })),
    ];
    const costs = balancedCosts(strengths, c);
    const vectors = space.vectorsOf([...labelled.map(({ doc }) => doc), ...sampled]);
    const examples: NamedExample[] = [
      ...labelled.map(({ doc, label }, i) => ({
        id: this.store.ids[doc],
        title: this.store.titles[doc],
        vector: vectors[i],
        label: label.label,
        kinds: label.kinds,
        sampled: false,
      })),
      ...sampled.map((doc, i) => ({
        id: this.store.ids[doc],
        title: this.store.titles[doc],
        vector: vectors[labelled.length + i],
        label: -1 as const,
        kinds: [],
        sampled: true,
      })),
    ];
    const model = trainLinearSvm(
      examples.map((example, i) => ({
        vector: example.vector,
        label: example.label,
        cost: costs[i],
      })),
      space.weights.length,
    );
    const ended = performance.now();
    // A User Timing entry in the worker's timeline, for the benchmark and profilers.
    performance.measure('papershelf:for-you-train', { start: started, end: ended });
    return {
      ...base,
      examples,
      info: { state: 'ranked', positives, negatives, tags: [...tags] },
      sampled: sampled.length,
      model,
      trainMs: ended - started,
    };
  }

  /** Unrated papers in a fixed pseudo-random order (by a hash of the id): the same catalogue, the same sample. */
  private weakNegatives(rated: ReadonlySet<number>): number[] {
    const { store } = this;
    if (this.hashOrder?.version !== store.version) {
      const docs: number[] = [];
      const hashes = new Uint32Array(store.count);
      for (let doc = 0; doc < store.count; doc++) {
        if (store.alive[doc] === 0) continue;
        hashes[doc] = hashWord(store.ids[doc]) >>> 0;
        docs.push(doc);
      }
      docs.sort((a, b) => hashes[a] - hashes[b] || (store.ids[a] < store.ids[b] ? -1 : 1));
      this.hashOrder = { version: store.version, docs: Int32Array.from(docs) };
    }
    const out: number[] = [];
    for (const doc of this.hashOrder.docs) {
      if (out.length >= this.options.weakNegatives) break;
      if (!rated.has(doc) && store.alive[doc] === 1) out.push(doc);
    }
    return out;
  }
}
