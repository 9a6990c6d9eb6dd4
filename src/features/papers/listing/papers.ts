import {
  arxivIdsInLinks,
  extractLinks,
  findCodeUrl,
  findProjectUrl,
  isCodeUrl,
} from '@/features/papers/links';
import type { RawEntry } from './entries';
import type { LineIssue } from './syntax';
import { baseIdFor, uniqueIds } from '@/features/papers/paper-id';
import type { Paper } from '@/features/papers/schema';
import { deriveTopics } from '@/features/papers/topics';

/** From a listing entry to a paper: what the listing says, plus what its abstract implies. */

export interface ListingStats {
  entries: number;
  withMetadata: number;
  withoutMetadata: number;
  withOrganization: number;
  links: number;
  codeLinks: number;
  withCode: number;
  withProject: number;
}

export function toPaper(entry: RawEntry, publishedAt: string | null): Omit<Paper, 'id'> {
  const links = extractLinks(entry.abstract);
  const arxivIds = arxivIdsInLinks(links);
  const metadata = entry.metadata;
  return {
    title: entry.title,
    abstract: entry.abstract,
    authorCount: metadata?.authorCount ?? null,
    authors: [],
    organization: metadata?.organization ?? null,
    publishedAt,
    comments: metadata ? metadata.date.comments : null,
    upvotes: null,
    // Several ids in one abstract are citations of other work, not this paper's own id.
    arxivId: arxivIds.length === 1 ? arxivIds[0] : null,
    codeUrl: findCodeUrl(links),
    projectUrl: findProjectUrl(links),
    links,
    topics: deriveTopics(entry.title, entry.abstract),
  };
}

export function statsOf(papers: readonly Paper[]): ListingStats {
  const withMetadata = papers.filter((paper) => paper.comments !== null).length;
  return {
    entries: papers.length,
    withMetadata,
    withoutMetadata: papers.length - withMetadata,
    withOrganization: papers.filter((paper) => paper.organization !== null).length,
    links: papers.reduce((sum, paper) => sum + paper.links.length, 0),
    codeLinks: papers.reduce((sum, paper) => sum + paper.links.filter(isCodeUrl).length, 0),
    withCode: papers.filter((paper) => paper.codeUrl !== null).length,
    withProject: papers.filter((paper) => paper.projectUrl !== null).length,
  };
}

/** Gives each paper its id (see paper-id.ts), warning where the arXiv id or the slug was not used. */
export function withIds(
  drafts: readonly Omit<Paper, 'id'>[],
  lines: readonly number[],
  warnings: LineIssue[],
): Paper[] {
  const ids = uniqueIds(
    drafts.map((draft) => ({ base: baseIdFor(draft), seed: `${draft.title}\n${draft.abstract}` })),
  );
  return drafts.map((draft, index) => {
    const paper = { id: ids[index], ...draft };
    const arxivIds = arxivIdsInLinks(draft.links);
    if (arxivIds.length > 1) {
      const message = `several arXiv ids in the abstract (${arxivIds.join(', ')}); none taken as the paper's id`;
      warnings.push({ line: lines[index], message });
    }
    if (paper.id !== baseIdFor(paper)) {
      const message = `another paper already has the id "${baseIdFor(paper)}"; this one is "${paper.id}"`;
      warnings.push({ line: lines[index], message });
    }
    return paper;
  });
}
