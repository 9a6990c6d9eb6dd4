import { parse, postprocess, preprocess } from 'micromark';

// Emphasis and links are resolved by looking back over earlier delimiters, which hostile notes make slow;
// neither decides whether a `<` opens raw HTML, so the scan leaves them out.
const SCAN_OPTIONS = {
  extensions: [
    { disable: { null: ['attention', 'labelStartLink', 'labelStartImage', 'labelEnd'] } },
  ],
};
const HTML_TOKENS = new Set(['htmlFlow', 'htmlText']);
// Escaping one construct can turn what followed it into another (a block becomes a paragraph with inline tags).
const MAX_PASSES = 4;

/** Where CommonMark sees raw HTML (blocks and inline tags), as [start, end) offsets. */
function rawHtmlRanges(markdown: string): Array<[number, number]> {
  const chunks = preprocess()(markdown, undefined, true);
  const events = postprocess(parse(SCAN_OPTIONS).document().write(chunks));
  const ranges: Array<[number, number]> = [];
  for (const [kind, token] of events) {
    if (kind === 'enter' && HTML_TOKENS.has(token.type))
      ranges.push([token.start.offset, token.end.offset]);
  }
  return ranges;
}

/**
 * Markdown whose raw HTML renders as text, as the note preview shows it: every `<` inside an HTML block or
 * inline tag becomes `&lt;`. Code spans and blocks are left alone (a `<` there is already text).
 */
export function escapeRawHtml(markdown: string): string {
  let text = markdown.replace(/\r\n?/g, '\n');
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const ranges = rawHtmlRanges(text);
    if (ranges.length === 0) return text;
    let out = '';
    let at = 0;
    for (const [start, end] of ranges) {
      out += text.slice(at, start) + text.slice(start, end).replace(/</g, '&lt;');
      at = end;
    }
    text = out + text.slice(at);
  }
  // Still HTML after several passes: give up on precision and make every `<` text.
  return text.replace(/</g, '&lt;');
}
