import type { HighlightTerm } from '@/features/search/types';
import { matchFactor } from '@/features/search/match/term-groups';
import { fold, words } from '@/features/search/text/tokenize';

export interface HighlightSegment {
  text: string;
  match: boolean;
}

// Letters, digits and combining marks: "e" + U+0301 stays one word, as it folds to one.
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

function matches(word: string, terms: readonly HighlightTerm[]): boolean {
  return terms.some(({ term, prefix, maxEdits }) => matchFactor(term, word, prefix, maxEdits) > 0);
}

/**
 * Splits `text` into runs that match the query's terms and runs that do not, matching words
 * the way the search does (case, accents, the word being typed as a prefix, typos). The text
 * comes back unchanged, piece by piece, to render as plain text nodes.
 */
export function highlight(text: string, terms: readonly HighlightTerm[]): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  const push = (piece: string, match: boolean) => {
    if (!piece) return;
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += piece;
    else segments.push({ text: piece, match });
  };
  if (terms.length === 0) {
    push(text, false);
    return segments;
  }
  let cursor = 0;
  for (const found of text.matchAll(WORD)) {
    const folded = words(fold(found[0]));
    if (!folded.some((word) => matches(word, terms))) continue;
    push(text.slice(cursor, found.index), false);
    push(found[0], true);
    cursor = found.index + found[0].length;
  }
  push(text.slice(cursor), false);
  return segments;
}
