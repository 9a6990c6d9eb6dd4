import { allowedEdits, boundedEditDistance } from '@/features/search/text/edit-distance';
import type { InvertedIndex } from '@/features/search/index/inverted-index';

/** Longest ending that still reads as the same word: "encoder" / "encoders", "model" / "modeled". */
const INFLECTION = 2;

function isInflection(word: string, term: string): boolean {
  const [short, long] = word.length < term.length ? [word, term] : [term, word];
  return short.length >= 4 && long.length - short.length <= INFLECTION && long.startsWith(short);
}

/**
 * How well `term` matches query `word`: 1 exact, 0.9 an inflection (a short ending more or
 * less), less for a completion of the word being typed (more the closer it is to complete)
 * and less again for a typo; 0 when it does not match.
 */
export function matchFactor(word: string, term: string, prefix: boolean, maxEdits: number): number {
  if (term === word) return 1;
  if (isInflection(word, term)) return 0.9;
  let factor = 0;
  if (prefix && term.startsWith(word)) factor = 0.5 + (0.4 * word.length) / term.length;
  if (maxEdits > 0 && factor < 0.6) {
    const distance = boundedEditDistance(word, term, maxEdits);
    if (distance <= maxEdits) factor = Math.max(factor, distance === 1 ? 0.6 : 0.35);
  }
  return factor;
}

/** One query word and every dictionary term that counts as it. */
export interface TermGroup {
  word: string;
  prefix: boolean;
  maxEdits: number;
  /** The word itself as an indexed term, or -1. */
  exact: number;
  terms: Int32Array;
  factors: Float32Array;
  /** Postings to read to evaluate the group: what it costs. */
  cost: number;
  /** Memo of `matchFactor` for words outside the dictionary (notes, tags). */
  factorOf(term: string): number;
}

export type WordMode = 'typed' | 'exact';

/**
 * Expands query words into term groups over one index, remembering recent expansions: while a
 * query is typed only its last word changes, so the others cost nothing the next time.
 */
export class GroupCompiler {
  private readonly cache = new Map<string, TermGroup>();

  constructor(private readonly index: InvertedIndex) {}

  /** `typed` words forgive typos (5+ letters) and, with `prefix`, match completions. */
  group(word: string, mode: WordMode, prefix = false): TermGroup {
    const key = `${mode}|${prefix ? 1 : 0}|${word}`;
    let group = this.cache.get(key);
    if (!group) {
      if (this.cache.size > 500) this.cache.clear();
      group = this.expand(
        word,
        mode === 'typed' && prefix,
        mode === 'typed' ? allowedEdits(word) : 0,
      );
      this.cache.set(key, group);
    }
    return group;
  }

  private expand(word: string, prefix: boolean, maxEdits: number): TermGroup {
    const { index } = this;
    const candidates = new Set<number>();
    const known = index.table.get(word);
    const exact = known >= 0 && index.df(known) > 0 ? known : -1;
    if (exact >= 0) candidates.add(exact);
    // Completions of the word being typed; otherwise only its inflections (a longer ending).
    if (prefix || word.length >= 4) {
      const [from, to] = index.prefixRange(word);
      for (let i = from; i < to; i++) {
        const term = index.sorted[i];
        if (prefix || index.table.terms[term].length - word.length <= INFLECTION)
          candidates.add(term);
      }
    }
    if (maxEdits > 0) for (const { term } of index.fuzzy(word, maxEdits)) candidates.add(term);
    const terms = Int32Array.from(candidates);
    const factors = Float32Array.from(terms, (term) =>
      matchFactor(word, index.table.terms[term], prefix, maxEdits),
    );
    let cost = 0;
    for (const term of terms) cost += index.df(term);
    const memo = new Map<string, number>();
    const factorOf = (term: string) => {
      let factor = memo.get(term);
      if (factor === undefined) {
        factor = matchFactor(word, term, prefix, maxEdits);
        if (memo.size < 10_000) memo.set(term, factor);
      }
      return factor;
    };
    return { word, prefix, maxEdits, exact, terms, factors, cost, factorOf };
  }
}
