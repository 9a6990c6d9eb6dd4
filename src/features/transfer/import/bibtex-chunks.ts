/**
 * Splits BibTeX into groups the parser can read one at a time. The parser recomputes the line
 * and column from the start of its input for every error and rescans after each entry it cannot
 * read, so text full of stray `@` costs it time quadratic in its size (100 KB of `@` took minutes).
 * Cut at lines that start an entry, each group holds a bounded number of `@` and a bounded size,
 * which keeps the whole parse linear; a single entry with more `@` than any real one is refused.
 * The parser's LaTeX conversion is also quadratic in a field's length, so an entry longer than
 * any a reference manager writes (arXiv caps abstracts at 1,920 characters) is refused too.
 */

/** An entry has one `@`; a few more come from e-mail addresses or handles in an abstract. */
export const MAX_AT_PER_ENTRY = 64;
/** Reading a field this long takes the parser about a tenth of a second. */
export const MAX_ENTRY_CHARS = 16 * 1024;
const GROUP_CHARS = 16 * 1024;

export type BibtexGroup = { text: string; offset: number };
export type BibtexSplit =
  | { ok: true; groups: BibtexGroup[] }
  | { ok: false; offset: number; problem: 'at-signs' | 'length'; count: number };

const ENTRY_LINE = /^[ \t]*@/gm;

function atCount(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('@', from); i !== -1 && i < to; i = text.indexOf('@', i + 1))
    count += 1;
  return count;
}

export function splitBibtex(text: string): BibtexSplit {
  const starts = [0];
  for (const match of text.matchAll(ENTRY_LINE)) if (match.index > 0) starts.push(match.index);
  starts.push(text.length);
  const groups: BibtexGroup[] = [];
  let groupStart = 0;
  let groupAts = 0;
  for (let i = 0; i + 1 < starts.length; i += 1) {
    const [from, to] = [starts[i], starts[i + 1]];
    const ats = atCount(text, from, to);
    if (ats > MAX_AT_PER_ENTRY) return { ok: false, offset: from, problem: 'at-signs', count: ats };
    // Text before the first `@` is skipped by the parser; only what follows it is read.
    const entryStart = text.indexOf('@', from);
    if (entryStart !== -1 && entryStart < to && to - entryStart > MAX_ENTRY_CHARS)
      return { ok: false, offset: entryStart, problem: 'length', count: to - entryStart };
    if (from > groupStart && (groupAts + ats > MAX_AT_PER_ENTRY || to - groupStart > GROUP_CHARS)) {
      groups.push({ text: text.slice(groupStart, from), offset: groupStart });
      groupStart = from;
      groupAts = 0;
    }
    groupAts += ats;
  }
  if (groupStart < text.length) groups.push({ text: text.slice(groupStart), offset: groupStart });
  return { ok: true, groups };
}
