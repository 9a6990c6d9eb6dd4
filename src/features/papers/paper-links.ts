import { parseArxivId } from './arxiv-id';
import type { Paper } from './schema';
import { safeHttpUrl } from '@/lib/safe-url';

/** The names readers (and tests) know these links by; a new-tab hint belongs in a description, not here. */
export type PaperLinkLabel = 'arXiv' | 'PDF' | 'Hugging Face' | 'Code' | 'Project page';

export type PaperLink = { label: PaperLinkLabel; href: string };

// The arXiv grammar allows only letters, digits, `.`, `-` and the `/` of old-style ids
// (hep-th/9901001), which arXiv's own URLs keep unescaped: the id goes into the path as it is.
export const arxivAbsUrl = (id: string) => `https://arxiv.org/abs/${id}`;
export const arxivPdfUrl = (id: string) => `https://arxiv.org/pdf/${id}`;
export const hfPaperUrl = (id: string) => `https://huggingface.co/papers/${id}`;

/**
 * Where a paper can be read or run, in the order a reader looks for them: the arXiv abstract, its PDF and the
 * Hugging Face paper page when the arXiv id is known (checked against the grammar again, since stored data may
 * be old), then code and project page when they are http(s) URLs. Unknown links are left out, never guessed.
 */
export function paperLinks(paper: Pick<Paper, 'arxivId' | 'codeUrl' | 'projectUrl'>): PaperLink[] {
  const links: PaperLink[] = [];
  const arxivId = paper.arxivId === null ? null : parseArxivId(paper.arxivId);
  if (arxivId !== null)
    links.push(
      { label: 'arXiv', href: arxivAbsUrl(arxivId) },
      { label: 'PDF', href: arxivPdfUrl(arxivId) },
      { label: 'Hugging Face', href: hfPaperUrl(arxivId) },
    );
  const code = safeHttpUrl(paper.codeUrl);
  if (code !== null) links.push({ label: 'Code', href: code });
  const project = safeHttpUrl(paper.projectUrl);
  if (project !== null && project !== code) links.push({ label: 'Project page', href: project });
  return links;
}
