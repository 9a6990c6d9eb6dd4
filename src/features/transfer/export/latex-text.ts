const SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  _: '\\_',
  '#': '\\#',
  $: '\\$',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // In TeX's default font encoding these three print as other glyphs (¡ ¿ —).
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
};

// Pairs TeX would join into one glyph ("--" into an en dash, "``" into a quote, "?`" into ¿).
const LIGATURES = new Set(['--', '``', "''", '?`', '!`']);

// Combining marks (after NFD) and the LaTeX accent command for each.
const ACCENTS: Record<string, string> = {
  '\u0300': '`',
  '\u0301': "'",
  '\u0302': '^',
  '\u0303': '~',
  '\u0304': '=',
  '\u0306': 'u',
  '\u0307': '.',
  '\u0308': '"',
  '\u030A': 'r',
  '\u030B': 'H',
  '\u030C': 'v',
  '\u0323': 'd',
  '\u0327': 'c',
  '\u0328': 'k',
};

// Braced ({\\ss}) so that the command name ends before the next letter.
const LETTERS: Record<string, string> = {
  ß: '{\\ss}',
  æ: '{\\ae}',
  Æ: '{\\AE}',
  œ: '{\\oe}',
  Œ: '{\\OE}',
  ø: '{\\o}',
  Ø: '{\\O}',
  ł: '{\\l}',
  Ł: '{\\L}',
  ı: '{\\i}',
};

const PUNCTUATION: Record<string, string> = {
  '\u00A0': '~',
  '–': '--',
  '—': '---',
  '‘': '`',
  '’': "'",
  '“': '``',
  '”': "''",
  '…': '\\ldots{}',
};

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

function accented(char: string): string | null {
  const [base = '', ...marks] = char.normalize('NFD');
  if (!/^[A-Za-z]$/.test(base) || marks.length === 0 || !marks.every((mark) => mark in ACCENTS))
    return null;
  // Braced as a whole ({\"{u}}) so BibTeX treats it as one special character when sorting and changing case.
  const command = marks.reduce((inner, mark) => `\\${ACCENTS[mark]}{${inner}}`, base);
  return `{${command}}`;
}

/**
 * Escapes text for a braced BibTeX field so that BibTeX and biber read back exactly the text given:
 * TeX specials become commands, accented Latin letters become accent commands, and any other non-ASCII
 * run is kept as UTF-8 inside braces, protected from case changes.
 */
export function escapeLatex(text: string): string {
  let out = '';
  let raw = '';
  const flush = () => {
    if (raw) out += `{${raw}}`;
    raw = '';
  };
  let previous = '';
  // TeX cannot typeset control characters, and a NUL makes BibTeX readers drop the whole entry.
  for (const char of text.normalize('NFC').replace(CONTROLS, '')) {
    if (LIGATURES.has(previous + char)) out += '{}';
    previous = char;
    const ascii = char.charCodeAt(0) < 0x80;
    const mapped = ascii
      ? (SPECIALS[char] ?? char)
      : (LETTERS[char] ?? PUNCTUATION[char] ?? accented(char));
    if (mapped === null) {
      raw += char;
      continue;
    }
    flush();
    out += mapped;
  }
  flush();
  return out;
}

/**
 * A URL in a verbatim field: braces, backslashes and spaces could break the entry, and a lone `$` makes some
 * readers (bibtex-parser, hence Zotero's Better BibTeX) open a math section that never closes.
 */
export function escapeBibUrl(url: string): string {
  return url.replace(
    /[{}\\\s$]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}
