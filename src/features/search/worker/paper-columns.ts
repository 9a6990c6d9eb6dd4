import type { SearchablePaper } from '@/features/search/types';

/** Joins lists inside one string: the ASCII unit separator, which no title or name contains. */
const SEPARATOR = '\u001f';

/**
 * Papers as parallel arrays of strings and numbers, for posting to the worker: structured
 * cloning 100k objects costs about twice as much as cloning these few flat arrays.
 */
export interface PaperColumns {
  ids: string[];
  titles: string[];
  abstracts: string[];
  /** Organisation handle and display name, joined; '' for none. */
  orgs: string[];
  /** Joined. */
  authors: string[];
  /** Joined. */
  topics: string[];
  dates: (string | null)[];
  comments: (number | null)[];
  upvotes: (number | null)[];
  codeUrls: (string | null)[];
}

export function toColumns(papers: readonly SearchablePaper[]): PaperColumns {
  return {
    ids: papers.map((paper) => paper.id),
    titles: papers.map((paper) => paper.title),
    abstracts: papers.map((paper) => paper.abstract),
    orgs: papers.map(({ organization: org }) =>
      org ? `${org.handle}${SEPARATOR}${org.name}` : '',
    ),
    authors: papers.map((paper) => paper.authors.join(SEPARATOR)),
    topics: papers.map((paper) => paper.topics.join(SEPARATOR)),
    dates: papers.map((paper) => paper.publishedAt),
    comments: papers.map((paper) => paper.comments),
    upvotes: papers.map((paper) => paper.upvotes),
    codeUrls: papers.map((paper) => paper.codeUrl),
  };
}

const split = (joined: string) => (joined ? joined.split(SEPARATOR) : []);

export function fromColumns(columns: PaperColumns): SearchablePaper[] {
  return columns.ids.map((id, i) => {
    const org = columns.orgs[i];
    const cut = org.indexOf(SEPARATOR);
    return {
      id,
      title: columns.titles[i],
      abstract: columns.abstracts[i],
      organization: org ? { handle: org.slice(0, cut), name: org.slice(cut + 1) } : null,
      authors: split(columns.authors[i]),
      topics: split(columns.topics[i]),
      publishedAt: columns.dates[i],
      comments: columns.comments[i],
      upvotes: columns.upvotes[i],
      codeUrl: columns.codeUrls[i],
    };
  });
}
