import { parseArxivId } from '@/features/papers/arxiv-id';
import type { Paper } from '@/features/papers/schema';
import { arxivAbsUrl } from '@/features/papers/paper-links';
import { arxivYearMonth } from '@/features/transfer/arxiv-id';
import { safeHttpUrl } from '@/lib/safe-url';

/**
 * The paper's arXiv id, without version, when it follows the arXiv grammar, else null. Exporters write the
 * id into citations and URLs, so they take it from here rather than trusting what was stored.
 */
export function validArxivId(paper: Paper): string | null {
  return paper.arxivId === null ? null : parseArxivId(paper.arxivId);
}

/** Where a reader should go for the paper: arXiv, else its project page, else its code. */
export function primaryUrl(paper: Paper): string | null {
  const arxivId = validArxivId(paper);
  if (arxivId) return arxivAbsUrl(arxivId);
  return safeHttpUrl(paper.projectUrl) ?? safeHttpUrl(paper.codeUrl);
}

export type PaperDate = { year: number; month: number | null; day: number | null };

/** Publication date, falling back to the year and month an arXiv id encodes. */
export function paperDate(paper: Paper): PaperDate | null {
  if (paper.publishedAt) {
    const [year, month, day] = paper.publishedAt.split('-').map(Number);
    return { year: year, month: month ?? null, day: day ?? null };
  }
  const arxivId = validArxivId(paper);
  const fromId = arxivId ? arxivYearMonth(arxivId) : null;
  return fromId ? { year: fromId.year, month: fromId.month, day: null } : null;
}
