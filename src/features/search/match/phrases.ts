import type { DocStore } from '@/features/search/index/doc-store';
import type { TermTable } from '@/features/search/index/term-table';
import type { UserOverlay } from '@/features/search/index/user-overlay';
import { fold, words } from '@/features/search/text/tokenize';

/** Whether the words of `text` contain `phrase` (folded words joined by single spaces) in order. */
export function containsPhrase(text: string, phrase: string): boolean {
  if (!text) return false;
  return ` ${words(fold(text)).join(' ')} `.includes(` ${phrase} `);
}

/** Whether an abstract contains the phrase: from its word sequence once indexed, else its text. */
function abstractHasPhrase(
  store: DocStore,
  table: TermTable,
  doc: number,
  phrase: string,
): boolean {
  if (!store.abstractWords.has(doc)) return containsPhrase(store.abstracts[doc], phrase);
  const terms = phrase.split(' ').map((word) => table.get(word));
  return !terms.includes(-1) && store.abstractWords.contains(doc, terms);
}

/** Whether one document (catalogue text or the user's tags and note) contains the phrase. */
export function docHasPhrase(
  store: DocStore,
  overlay: UserOverlay,
  table: TermTable,
  doc: number,
  phrase: string,
): boolean {
  return (
    containsPhrase(store.titles[doc], phrase) ||
    abstractHasPhrase(store, table, doc, phrase) ||
    containsPhrase(store.metas[doc], phrase) ||
    containsPhrase(overlay.docs.get(doc)?.text ?? '', phrase)
  );
}

/**
 * The documents among `candidates` that contain every phrase, as a per-document flag array.
 * Positions are not indexed (they would double the index), so candidates (documents with all
 * the phrase's words) are checked against their text; the engine caches the answer per phrase.
 */
export function phraseAllowList(
  store: DocStore,
  overlay: UserOverlay,
  table: TermTable,
  candidates: Int32Array,
  phrases: readonly string[],
): Uint8Array {
  const allowed = new Uint8Array(store.count);
  for (const doc of candidates) {
    if (phrases.every((phrase) => docHasPhrase(store, overlay, table, doc, phrase)))
      allowed[doc] = 1;
  }
  return allowed;
}
