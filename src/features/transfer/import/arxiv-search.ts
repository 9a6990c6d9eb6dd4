import { findArxivId } from '@/features/transfer/arxiv-id';

/** Where an id in text can start: each alternative of the arXiv-id pattern begins with one of these. */
const ID_PREFIX = /arxiv|abs\/|pdf\//gi;
/** More than any real prefix, separator, archive name, id and version together. */
const WINDOW = 64;

/**
 * The first arXiv id in a long field (a note, a URL, a journal line), in linear time: the id
 * pattern run over the whole text backtracks across every letter after each "arxiv" it meets, so
 * it only ever sees a short window that starts where an id could begin.
 */
export function findArxivIdInText(text: string): string | null {
  for (const match of text.matchAll(ID_PREFIX)) {
    const id = findArxivId(text.slice(match.index, match.index + WINDOW));
    if (id) return id;
  }
  return null;
}
