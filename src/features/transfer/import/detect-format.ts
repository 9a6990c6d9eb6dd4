export type TextKind = 'json' | 'bibtex' | 'ris' | 'listing';

const HEAD = 64 * 1024;
const BIBTEX_ENTRY = /^[ \t]*@[A-Za-z]+[ \t]*[{(]/m;
const RIS_RECORD = /^TY {1,2}- /m;

/**
 * What kind of text this is, from its content first (a listing's first line is a title, so the markers
 * of the other formats are unambiguous), then from the file name when the content says nothing clear.
 */
export function detectTextKind(text: string, fileName = ''): TextKind {
  const head = text.slice(0, HEAD);
  const first = head.trimStart()[0];
  if (first === '{' || first === '[') return 'json';
  if (BIBTEX_ENTRY.test(head)) return 'bibtex';
  if (RIS_RECORD.test(head)) return 'ris';
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'json') return 'json';
  if (extension === 'bib' || extension === 'bibtex') return 'bibtex';
  return 'listing';
}

const EXPECTED =
  'Papershelf reads text: a Papershelf backup or Hugging Face API JSON (.json), BibTeX (.bib), or a listing copied from huggingface.co/papers.';

/** A message when the bytes are not text (PDF, archive, image...), else null. */
export function binaryProblem(text: string): string | null {
  const head = text.slice(0, 8192);
  if (head.startsWith('%PDF-')) return `This is a PDF file. ${EXPECTED}`;
  if (head.startsWith('PK\u0003\u0004'))
    return `This is a ZIP archive (or an Office document). ${EXPECTED}`;
  let odd = 0;
  for (const char of head) {
    const code = char.charCodeAt(0);
    if (code === 0) return `This file is not text (it contains binary data). ${EXPECTED}`;
    if ((code < 32 && !'\t\n\r\f'.includes(char)) || char === '\uFFFD') odd += 1;
  }
  return odd > Math.max(8, head.length * 0.02)
    ? `This file is not text (it looks binary). ${EXPECTED}`
    : null;
}
