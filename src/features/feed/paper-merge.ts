import type { Paper } from '@/features/papers/schema';
import { arxivBaseId } from '@/features/transfer/arxiv-id';
import { normaliseTitle } from '@/features/transfer/import/paper-matching';

/** What two copies of one paper are matched on: the arXiv id without version, else the title. */
export const arxivKey = (paper: Pick<Paper, 'arxivId'>) =>
  paper.arxivId ? arxivBaseId(paper.arxivId) : null;
export const titleKey = (paper: Pick<Paper, 'title'>) => normaliseTitle(paper.title);

/** The same paper: same arXiv id, else same normalised title unless their arXiv ids differ. */
export function isSamePaper(a: Paper, b: Paper): boolean {
  const [idA, idB] = [arxivKey(a), arxivKey(b)];
  if (idA && idB) return idA === idB;
  return titleKey(a) !== '' && titleKey(a) === titleKey(b);
}

// A copy without a fetch time (bundled, pasted, BibTeX) is older than any fetch.
const isNewer = (incoming: Paper, existing: Paper) =>
  (incoming.fetchedAt ?? '') >= (existing.fetchedAt ?? '');

/** Known beats unknown; between two known values the newer copy's wins. */
function pick<T>(newer: T | null | undefined, older: T | null | undefined): T | null | undefined {
  return newer ?? older;
}

const longer = <T extends { length: number }>(a: T, b: T) => (b.length > a.length ? b : a);

/**
 * One record for two copies of one paper. The existing record keeps its id, so what the reader
 * attached to it (bookmark, status, tags, notes are keyed by paper id) stays attached. Counts and
 * links come from the newer copy when it knows them (upvotes and stars go down too when a fetch says
 * so); authors, abstract and lists keep the richer copy; links are joined.
 */
export function mergePaper(existing: Paper, incoming: Paper): Paper {
  const incomingIsNewer = isNewer(incoming, existing);
  const [newer, older] = incomingIsNewer ? [incoming, existing] : [existing, incoming];
  const merged: Paper = {
    ...older,
    ...newer,
    id: existing.id,
    title: newer.title || older.title,
    abstract: longer(older.abstract, newer.abstract),
    authors: longer(older.authors, newer.authors),
    authorCount: pick(newer.authorCount, older.authorCount) ?? null,
    organization: pick(newer.organization, older.organization) ?? null,
    publishedAt: pick(newer.publishedAt, older.publishedAt) ?? null,
    comments: pick(newer.comments, older.comments) ?? null,
    upvotes: pick(newer.upvotes, older.upvotes) ?? null,
    arxivId: arxivKey({ arxivId: pick(newer.arxivId, older.arxivId) ?? null }),
    codeUrl: pick(newer.codeUrl, older.codeUrl) ?? null,
    projectUrl: pick(newer.projectUrl, older.projectUrl) ?? null,
    links: [...new Set([...existing.links, ...incoming.links])],
    topics: longer(older.topics, newer.topics),
  };
  // Optional fields: absent stays absent rather than becoming `undefined`.
  for (const key of OPTIONAL_KEYS) {
    const value = pick(newer[key], older[key]);
    if (value === undefined || value === null) delete merged[key];
    else Object.assign(merged, { [key]: value });
  }
  const keywords = longer(older.aiKeywords ?? [], newer.aiKeywords ?? []);
  if (keywords.length > 0) merged.aiKeywords = keywords;
  return merged;
}

const OPTIONAL_KEYS = [
  'githubStars',
  'aiSummary',
  'dailyDate',
  'thumbnail',
  'fetchedAt',
] as const satisfies readonly (keyof Paper)[];

/** Equal but for when they were fetched: a re-fetch that changes nothing is not an update. */
export function sameContent(a: Paper, b: Paper): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('fetchedAt');
  return [...keys].every(
    (key) => JSON.stringify(Reflect.get(a, key)) === JSON.stringify(Reflect.get(b, key)),
  );
}
