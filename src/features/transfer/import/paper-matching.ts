import type { Paper } from '@/features/papers/schema';
import { arxivBaseId } from '@/features/transfer/arxiv-id';

/** Case, accents, punctuation and spacing never make two papers different. */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Finds the paper already present that an incoming one is: same arXiv id (any version), else same title. */
export class PaperIndex {
  private readonly byId = new Map<string, Paper>();
  private readonly byArxiv = new Map<string, Paper>();
  private readonly byTitle = new Map<string, Paper>();

  constructor(papers: Iterable<Paper>) {
    for (const paper of papers) this.add(paper);
  }

  add(paper: Paper) {
    this.byId.set(paper.id, paper);
    if (paper.arxivId) this.byArxiv.set(arxivBaseId(paper.arxivId), paper);
    const title = normaliseTitle(paper.title);
    if (title && !this.byTitle.has(title)) this.byTitle.set(title, paper);
  }

  hasId(id: string): boolean {
    return this.byId.has(id);
  }

  match(paper: Paper): Paper | null {
    if (paper.arxivId) {
      const sameId = this.byArxiv.get(arxivBaseId(paper.arxivId));
      if (sameId) return sameId;
    }
    const sameTitle = this.byTitle.get(normaliseTitle(paper.title)) ?? null;
    // Two different arXiv ids are two papers, whatever their titles.
    if (
      sameTitle?.arxivId &&
      paper.arxivId &&
      arxivBaseId(sameTitle.arxivId) !== arxivBaseId(paper.arxivId)
    )
      return null;
    return sameTitle;
  }
}

const larger = (a: number | null, b: number | null) =>
  a === null ? b : b === null ? a : Math.max(a, b);

/**
 * The existing paper with what the incoming copy adds: missing fields filled, links joined, counts
 * raised to the larger (they only grow). The id, title and everything already known stay.
 */
export function mergePaper(existing: Paper, incoming: Paper): Paper {
  return {
    ...existing,
    abstract: existing.abstract || incoming.abstract,
    authors: existing.authors.length > 0 ? existing.authors : incoming.authors,
    authorCount: existing.authorCount ?? incoming.authorCount,
    organization: existing.organization ?? incoming.organization,
    publishedAt: existing.publishedAt ?? incoming.publishedAt,
    comments: larger(existing.comments, incoming.comments),
    upvotes: larger(existing.upvotes, incoming.upvotes),
    arxivId: existing.arxivId ?? incoming.arxivId,
    codeUrl: existing.codeUrl ?? incoming.codeUrl,
    projectUrl: existing.projectUrl ?? incoming.projectUrl,
    links: [...new Set([...existing.links, ...incoming.links])],
    topics: existing.topics.length > 0 ? existing.topics : incoming.topics,
  };
}

export const samePaper = (a: Paper, b: Paper) => JSON.stringify(a) === JSON.stringify(b);
