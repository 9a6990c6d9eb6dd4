// Characters that would otherwise start emphasis, code, links, HTML, strikethrough or (on GitHub) math.
const INLINE_SPECIALS = /[\\`*_[\]<>~$]/g;

// `&lt;`, `&#60;`, `&copy;`: an entity reference would render as the character it names.
const ENTITY_START = /&(?=#?[A-Za-z0-9]+;)/g;

/** Makes plain text render literally inside a CommonMark line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(INLINE_SPECIALS, '\\$&')
    .replace(ENTITY_START, '\\&');
}

// What would open a block at the start of a line: a heading, a quote, a list item, a thematic break.
const BLOCK_START = /^(?:[#>+\-=|]|\d{1,9}(?=[.)]))/;

/** Plain text that may start a line (a list item's first line): also escapes what would open a block there. */
export function escapeLineStart(markdown: string): string {
  return markdown.replace(BLOCK_START, (start) => (/\d/.test(start) ? `${start}\\` : `\\${start}`));
}

// In a link destination, whitespace or a control character ends the link (or, with a newline, the line),
// parentheses and angle brackets end or reopen it, and a backslash escapes what follows.
const URL_BREAKERS = /[\s\p{Cc}\p{Cf}()<>[\]\\]/gu;
const utf8 = new TextEncoder();

/** A link destination that cannot end early or break the link syntax: breakers are percent-encoded. */
export function markdownUrl(url: string): string {
  return url.replace(URL_BREAKERS, (char) =>
    [...utf8.encode(char)]
      .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
      .join(''),
  );
}

export function markdownLink(text: string, url: string | null): string {
  const label = escapeMarkdown(text);
  return url ? `[${label}](${markdownUrl(url)})` : label;
}

/**
 * Indents Markdown so that it stays inside a list item: every line moves by `width` spaces (blank lines stay
 * blank), and leading tabs become spaces first because a tab after the indent would count as fewer columns.
 */
export function indentBlock(markdown: string, width = 2): string {
  const pad = ' '.repeat(width);
  return markdown
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      const expanded = line.replace(/^[ \t]+/, (lead) => {
        let column = 0;
        for (const char of lead) column = char === '\t' ? column + 4 - (column % 4) : column + 1;
        return ' '.repeat(column);
      });
      return expanded.trim() === '' ? '' : pad + expanded.trimEnd();
    })
    .join('\n');
}
