import type { Paper } from '@/features/papers/paper-schema';
import { arxivAbsUrl, arxivYearMonth } from '@/features/transfer/arxiv-id';

/** The URL when it is a well-formed http(s) URL, else null: nothing else may become a link. */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Where a reader should go for the paper: arXiv, else its project page, else its code. */
export function primaryUrl(paper: Paper): string | null {
  if (paper.arxivId) return arxivAbsUrl(paper.arxivId);
  return safeHttpUrl(paper.projectUrl) ?? safeHttpUrl(paper.codeUrl);
}

export type PaperDate = { year: number; month: number | null; day: number | null };

/** Publication date, falling back to the year and month an arXiv id encodes. */
export function paperDate(paper: Paper): PaperDate | null {
  if (paper.publishedAt) {
    const [year, month, day] = paper.publishedAt.split('-').map(Number);
    return { year: year, month: month ?? null, day: day ?? null };
  }
  const fromId = paper.arxivId ? arxivYearMonth(paper.arxivId) : null;
  return fromId ? { year: fromId.year, month: fromId.month, day: null } : null;
}
