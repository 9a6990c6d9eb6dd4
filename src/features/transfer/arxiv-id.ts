import { parseArxivId } from '@/features/papers/arxiv-id';

const ARXIV_IN_TEXT =
  /(?:arxiv[:.\s/]*|abs\/|pdf\/|arXiv\.)(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?/i;
const NEW_STYLE = /^(\d{2})(\d{2})\.\d{4,5}$/;

/** Finds an arXiv id inside a URL, DOI or note such as `arXiv:2305.07922 [cs]` or `abs/1706.03762`. */
export function findArxivId(text: string): string | null {
  return ARXIV_IN_TEXT.exec(text)?.[1] ?? null;
}

/** Strips a version suffix (`2305.07922v2` -> `2305.07922`); other strings come back unchanged. */
export function arxivBaseId(id: string): string {
  return parseArxivId(id) ?? id;
}

/** Year and month encoded in a new-style id (2305.07922 -> 2023, 5). */
export function arxivYearMonth(id: string): { year: number; month: number } | null {
  const match = NEW_STYLE.exec(arxivBaseId(id));
  if (!match) return null;
  return { year: 2000 + Number(match[1]), month: Number(match[2]) };
}

/** arXiv registers a DataCite DOI for every paper. */
export const arxivDoi = (id: string) => `10.48550/arXiv.${arxivBaseId(id)}`;
