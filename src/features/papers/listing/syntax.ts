/**
 * The line-level vocabulary of a captured Hugging Face "Daily Papers" listing: header lines,
 * metadata lines, and the text clean-up every line goes through before the grammar sees it.
 */

/** The page header a browser copies above the first paper (the bare date follows it). */
export const HEADER_LINES = [
  'new',
  'Get trending papers in your email inbox!',
  'Subscribe',
  'Daily Papers',
  'byAK and the research community',
] as const;

const HEADER_SET = new Set<string>(HEADER_LINES.map((line) => line.toLowerCase()));

/** The middle dot between the authors-or-organisation line and the date line. */
export const SEPARATOR = '·';

export interface SourceLine {
  /** 1-based line number in the original text. */
  line: number;
  /** Whitespace-normalised, never empty. */
  text: string;
}

export interface LineIssue {
  line: number;
  message: string;
  expected?: string;
}

export function isHeaderLine(text: string): boolean {
  return HEADER_SET.has(text.toLowerCase());
}

export function isSeparatorLine(text: string): boolean {
  return /^[·⋅∙•]$/.test(text);
}

const AUTHORS_LINE = /^(?:[•·∙*‣◦-]\s*)?(\d{1,6})\s+authors?$/i;

/** `• 8 authors` -> 8; anything else -> null. */
export function parseAuthorsLine(text: string): number | null {
  const match = AUTHORS_LINE.exec(text);
  return match ? Number(match[1]) : null;
}

const ORGANIZATION_MAX_LENGTH = 100;

/** `<handle> <Display Name>`: a Hub handle first, and short, unlike any abstract. */
export function looksLikeOrganizationLine(text: string): boolean {
  return text.length <= ORGANIZATION_MAX_LENGTH && /^[A-Za-z0-9][\w.-]*(?: \S.*)?$/.test(text);
}

/** `kyutai Kyutai` -> { handle: 'kyutai', name: 'Kyutai' }; a lone handle doubles as the name. */
export function parseOrganizationLine(text: string): { handle: string; name: string } {
  const space = text.indexOf(' ');
  if (space < 0) return { handle: text, name: text };
  return { handle: text.slice(0, space), name: text.slice(space + 1) };
}

// A backslash before a LaTeX special character is always an escape leftover (`50\%`), unless
// the backslash is itself escaped. Keeping the lookbehind makes the clean-up idempotent.
const LATEX_ESCAPE = /(?<!\\)\\([%&_#$])/g;

/**
 * Collapses every kind of whitespace (NBSP included) to one space, drops zero-width characters
 * and unescapes unambiguous LaTeX leftovers. Ambiguous ones (`sim7`, `22.58times`) stay as
 * written: the lost command could have been anything.
 */
export function cleanText(raw: string): string {
  return (
    raw
      // eslint-disable-next-line no-control-regex -- dropping stray control characters is the point
      .replace(/[\u200B\u2060\u0000-\u0008\u000E-\u001F\u007F]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(LATEX_ESCAPE, '$1')
  );
}

/** Splits on any line ending and keeps the non-blank lines, cleaned, with their numbers. */
export function toSourceLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const cleaned = cleanText(raw);
    if (cleaned !== '') lines.push({ line: index + 1, text: cleaned });
  });
  return lines;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) line += 1;
  }
  return line;
}

// eslint-disable-next-line no-control-regex -- counting control characters is the point
const NON_TEXT = /[\u0001-\u0008\u000E-\u001F\u007F\uFFFD]/g;
const SAMPLE_SIZE = 65_536;
const MAX_NON_TEXT_SHARE = 0.1;

/** A NUL byte, or a sample that is more than 10% control characters / undecodable bytes. */
export function findNonText(text: string): LineIssue | null {
  const expected = 'UTF-8 text copied from the Daily Papers page';
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    return {
      line: lineAt(text, nul),
      message: 'found a NUL byte: this looks like a binary file',
      expected,
    };
  }
  const sample = text.slice(0, SAMPLE_SIZE);
  const hits = sample.match(NON_TEXT) ?? [];
  if (sample.length > 0 && hits.length / sample.length > MAX_NON_TEXT_SHARE) {
    const first = sample.search(NON_TEXT);
    return {
      line: lineAt(text, first),
      message:
        'found mostly control characters or undecodable bytes: this looks like a binary file',
      expected,
    };
  }
  return null;
}
