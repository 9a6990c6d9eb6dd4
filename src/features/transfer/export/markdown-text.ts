// Characters that would otherwise start emphasis, code, links, HTML, strikethrough or (on GitHub) math.
const INLINE_SPECIALS = /[\\`*_[\]<>~$]/g;

/** Makes plain text render literally inside a CommonMark line. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(INLINE_SPECIALS, '\\$&');
}

/** A link destination that cannot end early or break the link syntax. */
export function markdownUrl(url: string): string {
  return url.replace(/[()<> ]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
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
