import type { DocStore } from '@/features/search/index/doc-store';
import { allowedEdits } from '@/features/search/text/edit-distance';
import type { InvertedIndex } from '@/features/search/index/inverted-index';
import { phraseAllowList } from './phrases';
import type { ParsedQuery } from '@/features/search/query/parse';
import type { HighlightTerm } from '@/features/search/types';
import { GroupCompiler } from './term-groups';
import { TextMatcher, type TextMatch } from './text-match';
import { isIndexable } from '@/features/search/text/tokenize';
import type { UserOverlay } from '@/features/search/index/user-overlay';

const phraseWords = (query: ParsedQuery) =>
  query.phrases.flatMap((phrase) => phrase.split(' ')).filter(isIndexable);

/** The words to mark in results, each matched the way the search matched it. */
export function highlightTermsFor(query: ParsedQuery): HighlightTerm[] {
  const last = query.terms.length - 1;
  const terms = query.terms.map((term, i) => ({
    term,
    prefix: query.prefix && i === last,
    maxEdits: allowedEdits(term),
  }));
  return [...terms, ...phraseWords(query).map((term) => ({ term, prefix: false, maxEdits: 0 }))];
}

/**
 * Text matching over a finished index: query words become term groups (the typed words
 * forgiving typos, the last one also a prefix while typed), phrase words exact groups whose
 * candidates are then checked for the phrase, cached per phrase until the data changes.
 */
export class IndexSearcher {
  private readonly compiler: GroupCompiler;
  private readonly matcher = new TextMatcher();
  private readonly phraseMatcher = new TextMatcher();
  private readonly phraseCache = new Map<string, Uint8Array>();

  constructor(
    private readonly index: InvertedIndex,
    private readonly store: DocStore,
    private readonly overlay: UserOverlay,
  ) {
    this.compiler = new GroupCompiler(index);
  }

  match(query: ParsedQuery): TextMatch {
    const { compiler } = this;
    const last = query.terms.length - 1;
    const groups = query.terms.map((term, i) =>
      compiler.group(term, 'typed', query.prefix && i === last),
    );
    const words = phraseWords(query);
    groups.push(...words.map((word) => compiler.group(word, 'exact')));
    const excluded = query.excluded.map((word) => compiler.group(word, 'exact'));
    const allowed = query.phrases.length > 0 ? this.phraseDocs(query.phrases, words) : null;
    return this.matcher.run(this.index, this.store, this.overlay, {
      groups: [...new Set(groups)],
      excluded,
      allowed,
    });
  }

  /** Documents containing every phrase, cached until the data changes. */
  private phraseDocs(phrases: string[], words: string[]): Uint8Array {
    const key = `${this.store.version}|${this.overlay.version}|${phrases.join('|')}`;
    let allowed = this.phraseCache.get(key);
    if (!allowed) {
      const groups = [...new Set(words)].map((word) => this.compiler.group(word, 'exact'));
      const candidates = this.phraseMatcher.run(this.index, this.store, this.overlay, {
        groups,
        excluded: [],
        allowed: null,
      });
      allowed = phraseAllowList(
        this.store,
        this.overlay,
        this.index.table,
        candidates.docs,
        phrases,
      );
      if (this.phraseCache.size > 20) this.phraseCache.clear();
      this.phraseCache.set(key, allowed);
    }
    return allowed;
  }
}
