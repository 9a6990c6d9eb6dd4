import type { DocStore } from '@/features/search/index/doc-store';
import { allowedEdits, boundedEditDistance } from '@/features/search/text/edit-distance';
import type { IndexBuilder } from '@/features/search/index/builder';
import { docHasPhrase } from './phrases';
import type { ParsedQuery } from '@/features/search/query/parse';
import { matchFactor } from './term-groups';
import type { TermTable } from '@/features/search/index/term-table';
import type { TextMatch } from './text-match';
import { fold, hasNonAscii, isIndexable } from '@/features/search/text/tokenize';
import type { UserOverlay } from '@/features/search/index/user-overlay';

const MAX_VARIANTS = 12;

/** One query word, matchable against raw text (regex) and against term numbers (flags). */
interface ScanWord {
  pattern: RegExp;
  matchesTerm: (term: string) => boolean;
  /** Per term number of the table: 1 when the term counts as this word. */
  members: Uint8Array;
  /** How many table terms `members` covers so far (the table grows while indexing). */
  checked: number;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Answers queries while the index is still being built, with the index's semantics (AND,
 * prefix, typos, inflections, phrases). Papers already tokenized are checked through their
 * forward lists (a few hundred array reads each); the rest by one regular expression per
 * word over their text, with the dictionary's words within reach (as far as indexing has
 * seen them) as typo alternatives. So the scan gets faster as indexing progresses.
 */
export class ScanMatcher {
  private readonly folded = new Map<number, string[]>();
  private readonly words = new Map<string, ScanWord>();

  constructor(
    private readonly store: DocStore,
    private readonly overlay: UserOverlay,
    private readonly table: TermTable,
    private readonly builder: IndexBuilder,
  ) {}

  /**
   * The title, abstract and meta to match against: as they are for ASCII text (the pattern
   * ignores case), else folded, computed once while the scan is in use.
   */
  private fields(doc: number): string[] {
    let cached = this.folded.get(doc);
    if (!cached) {
      const raw = [this.store.titles[doc], this.store.abstracts[doc], this.store.metas[doc]];
      cached = raw.some(hasNonAscii) ? raw.map(fold) : raw;
      this.folded.set(doc, cached);
    }
    return cached;
  }

  /** Where a word is in a tokenized paper: 2 in the title, 1 elsewhere, 0 absent. */
  private inForward(word: ScanWord, from: number, to: number): number {
    const { forwardTerms, forwardTf } = this.builder;
    let found = 0;
    for (let p = from; p < to; p++) {
      if (word.members[forwardTerms[p]] !== 1) continue;
      if ((forwardTf[p] & 15) > 0) return 2;
      found = 1;
    }
    return found;
  }

  /** Where a word is in a paper not tokenized yet, by regular expression over its text. */
  private inText(word: ScanWord, doc: number): number {
    const fields = this.fields(doc);
    if (word.pattern.test(fields[0])) return 2;
    if (word.pattern.test(fields[1])) return 1;
    return word.pattern.test(fields[2]) ? 1 : 0;
  }

  private where(word: ScanWord, doc: number, range: [number, number] | null): number {
    const found = range ? this.inForward(word, range[0], range[1]) : this.inText(word, doc);
    if (found > 0) return found;
    const entry = this.overlay.docs.get(doc);
    if (entry) for (const term of entry.terms.keys()) if (word.matchesTerm(term)) return 1;
    return 0;
  }

  private fuzzyVariants(word: string, maxEdits: number): string[] {
    const scored: [string, number][] = [];
    this.table.terms.forEach((term, id) => {
      if (this.table.stop[id] === 1 || term === word) return;
      const distance = boundedEditDistance(word, term, maxEdits);
      if (distance <= maxEdits) scored.push([term, distance]);
    });
    return scored
      .sort((a, b) => a[1] - b[1])
      .slice(0, MAX_VARIANTS)
      .map(([term]) => term);
  }

  private word(word: string, prefix: boolean, fuzzy: boolean): ScanWord {
    const key = `${prefix ? 1 : 0}${fuzzy ? 1 : 0}|${word}`;
    let compiled = this.words.get(key);
    if (!compiled) {
      const maxEdits = fuzzy ? allowedEdits(word) : 0;
      const alternatives = [word, ...(maxEdits > 0 ? this.fuzzyVariants(word, maxEdits) : [])].map(
        escape,
      );
      // As in the index: a completion while typing, else the word or an inflection of it.
      const end = prefix
        ? ''
        : `${word.length >= 4 ? '[\\p{L}\\p{N}]{0,2}' : ''}(?![\\p{L}\\p{N}])`;
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})${end}`, 'iu');
      const matchesTerm = (term: string) => matchFactor(word, term, prefix, maxEdits) > 0;
      compiled = { pattern, matchesTerm, members: new Uint8Array(0), checked: 0 };
      this.words.set(key, compiled);
    }
    this.extendMembers(compiled);
    return compiled;
  }

  /** Classifies the terms indexing added since the word was last used. */
  private extendMembers(word: ScanWord): void {
    const size = this.table.size;
    if (word.checked === size) return;
    if (word.members.length < size) {
      const members = new Uint8Array(Math.max(size, word.members.length * 2));
      members.set(word.members);
      word.members = members;
    }
    const { terms, stop } = this.table;
    for (let id = word.checked; id < size; id++)
      word.members[id] = stop[id] === 0 && word.matchesTerm(terms[id]) ? 1 : 0;
    word.checked = size;
  }

  run(query: ParsedQuery, scores: Float32Array): TextMatch {
    const last = query.terms.length - 1;
    const words = query.terms.map((term, i) => this.word(term, query.prefix && i === last, true));
    const phraseWords = query.phrases.flatMap((phrase) => phrase.split(' ')).filter(isIndexable);
    words.push(...phraseWords.map((word) => this.word(word, false, false)));
    const excluded = query.excluded.map((word) => this.word(word, false, false));
    const docs: number[] = [];
    for (let doc = 0; doc < this.store.count; doc++) {
      if (this.store.alive[doc] === 0) continue;
      const range = this.builder.forwardRange(doc);
      let score = 0;
      for (const word of words) {
        const found = this.where(word, doc, range);
        if (found === 0) {
          score = -1;
          break;
        }
        // A title hit ranks above a hit elsewhere, as in the index.
        score += found === 2 ? 3 : 1;
      }
      if (score < 0 || excluded.some((word) => this.where(word, doc, range) > 0)) continue;
      if (
        !query.phrases.every((phrase) =>
          docHasPhrase(this.store, this.overlay, this.table, doc, phrase),
        )
      )
        continue;
      scores[doc] = score;
      docs.push(doc);
    }
    return { docs: Int32Array.from(docs), scores };
  }
}
