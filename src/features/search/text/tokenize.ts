import { STOP_WORDS } from './stop-words';

// A plain range, not /[^\p{ASCII}]/u: the Unicode-mode regex is ~8x slower on this hot path.
// eslint-disable-next-line no-control-regex -- the ASCII range starts at U+0000 by definition
const NON_ASCII = /[^\u0000-\u007f]/;

/** Whether text needs Unicode folding at all (most catalogue text does not). */
export const hasNonAscii = (text: string): boolean => NON_ASCII.test(text);
const COMBINING_MARKS = /\p{M}+/gu;
// Letters NFKD leaves whole: without these, "Łukasz" and "Lukasz" would be different words.
const UNDECOMPOSED = /[øłđæœßıħŧ]/g;
const UNDECOMPOSED_MAP: Record<string, string> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
};

/** Lowercase, compatibility-decomposed, without diacritics: "Modèle" -> "modele", "ﬁne" -> "fine". */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Most catalogue text is ASCII; skipping NFKD for it makes indexing several times faster.
  if (!NON_ASCII.test(lower)) return lower;
  return (
    lower
      .normalize('NFKD')
      // NFKD turns some letters into capitals (ℌ -> H, 𝐀 -> A, ᴭ -> Æ): lower again so that
      // fold(fold(x)) === fold(x), and a key read back from a URL is the key it was written as.
      .toLowerCase()
      .replace(COMBINING_MARKS, '')
      .replace(UNDECOMPOSED, (ch) => UNDECOMPOSED_MAP[ch] ?? ch)
  );
}

const ASCII_WORD = /[a-z0-9]+/g;
const UNICODE_WORD = /[\p{L}\p{N}]+/gu;

/** Longer runs are URL noise (hashes, ids), not words anyone types. */
export const MAX_TERM_LENGTH = 32;

/**
 * Every word of already folded text, in order, stop words included. Words are runs of letters
 * and digits, so hyphenated compounds give their parts ("encoder-decoder" -> encoder, decoder).
 */
export function words(folded: string): string[] {
  const pattern = NON_ASCII.test(folded) ? UNICODE_WORD : ASCII_WORD;
  return folded.match(pattern) ?? [];
}

/** Whether a word carries meaning for search: not a stop word, not a single character. */
export function isIndexable(word: string): boolean {
  return word.length >= 2 && word.length <= MAX_TERM_LENGTH && !STOP_WORDS.has(word);
}

/** The searchable terms of raw text: folded, split, stop words and 1-character words dropped. */
export function tokenize(text: string): string[] {
  return words(fold(text)).filter(isIndexable);
}

/** A stable key for names typed in a query or a URL: "Language Models" -> "language-models". */
export function slugKey(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
