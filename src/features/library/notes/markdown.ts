/**
 * Markdown for a note preview, in time linear in the note. micromark matches emphasis and link
 * delimiters across a whole paragraph, which costs time quadratic in how many it holds: 40 KB of
 * `*a` took ten seconds. A paragraph with more delimiters than any note a person writes is shown
 * as plain text; the rest of the note renders as usual.
 */

/** Far more than prose or a pasted snippet holds in one paragraph; rendering this many stays fast. */
export const MAX_DELIMITERS_PER_PARAGRAPH = 1000;

const BLANK_LINES = /\n(?:[ \t]*\n)+/g;
const DELIMITERS = new Set(['*', '_', '[', ']', '(', ')']);

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function delimiterCount(text: string): number {
  let count = 0;
  for (const char of text) if (DELIMITERS.has(char)) count += 1;
  return count;
}

export const plainParagraph = (text: string) =>
  `<p>${escapeHtml(text.trim()).replace(/\n/g, '<br>')}</p>\n`;

/** Renders with `micromark`, runs of ordinary paragraphs together, so lists and code blocks keep their shape. */
export function boundedMarkdownHtml(markdown: string, micromark: (text: string) => string): string {
  let html = '';
  let runStart = 0;
  let paragraphStart = 0;
  const flush = (end: number) => {
    if (end > runStart) html += micromark(markdown.slice(runStart, end));
  };
  const visit = (end: number, next: number) => {
    const paragraph = markdown.slice(paragraphStart, end);
    if (delimiterCount(paragraph) > MAX_DELIMITERS_PER_PARAGRAPH) {
      flush(paragraphStart);
      html += plainParagraph(paragraph);
      runStart = next;
    }
    paragraphStart = next;
  };
  for (const match of markdown.matchAll(BLANK_LINES))
    visit(match.index, match.index + match[0].length);
  visit(markdown.length, markdown.length);
  flush(markdown.length);
  return html;
}
