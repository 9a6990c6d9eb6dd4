/**
 * Links found in an abstract, and what they point to.
 *
 * - Code: a repository on a code host (github.com, gitlab.com, bitbucket.org, codeberg.org,
 *   gitee.com) with at least an owner and a repository in the path. `*.github.io` is a
 *   website, not a repository.
 * - Project page: the first link that is neither on a code host, nor on Hugging Face (models,
 *   datasets, collections and spaces are artefacts), nor a paper, reference, video, social or
 *   file-sharing site (arXiv, DOI, OpenReview, Wikipedia, YouTube, X, Google Drive...).
 *   `*.github.io` pages count as project pages, even when the abstract calls them "code".
 * - Everything else stays in `links` only.
 */

import { parseArxivId } from './arxiv-id';

const CODE_HOSTS = new Set([
  'github.com',
  'gitlab.com',
  'bitbucket.org',
  'codeberg.org',
  'gitee.com',
]);

const NOT_PROJECT_HOSTS = new Set([
  ...CODE_HOSTS,
  'huggingface.co',
  'hf.co',
  'arxiv.org',
  'export.arxiv.org',
  'doi.org',
  'dx.doi.org',
  'openreview.net',
  'aclanthology.org',
  'semanticscholar.org',
  'drive.google.com',
  'docs.google.com',
  'youtube.com',
  'youtu.be',
  'twitter.com',
  'x.com',
  'wikipedia.org',
]);

const URL_CANDIDATE = /https?:\/\/[^\s<>"'`]+/gi;
const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', "'", '"', '*', '…']);
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
const OPENERS = new Set(Object.values(CLOSERS));

/** Drops what a sentence glued onto a URL: a full stop, a comma, a closing paren it never opened. */
export function trimUrl(raw: string): string {
  // Bracket counts are taken once and updated as characters come off the end, so a URL followed
  // by thousands of `)` is trimmed in one pass rather than recounted per character.
  const counts = new Map<string, number>();
  for (const ch of raw)
    if (Object.hasOwn(CLOSERS, ch) || OPENERS.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let end = raw.length;
  while (end > 0) {
    const last = raw[end - 1];
    const opener = Object.hasOwn(CLOSERS, last) ? CLOSERS[last] : undefined;
    if (TRAILING_PUNCTUATION.has(last)) end -= 1;
    else if (opener !== undefined && (counts.get(opener) ?? 0) < (counts.get(last) ?? 0)) {
      counts.set(last, (counts.get(last) ?? 0) - 1);
      end -= 1;
    } else break;
  }
  return raw.slice(0, end);
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Every http(s) URL in the text, trimmed, valid, without repeats, in order of appearance. */
export function extractLinks(text: string): string[] {
  // A Set, not links.includes: text made of thousands of distinct URLs stays linear.
  const links = new Set<string>();
  for (const match of text.matchAll(URL_CANDIDATE)) {
    const url = trimUrl(match[0]);
    if (!links.has(url) && hostOf(url) !== null) links.add(url);
  }
  return [...links];
}

export function isCodeUrl(url: string): boolean {
  const host = hostOf(url);
  if (host === null || !CODE_HOSTS.has(host)) return false;
  const segments = new URL(url).pathname.split('/').filter(Boolean);
  return segments.length >= 2;
}

export function isProjectUrl(url: string): boolean {
  const host = hostOf(url);
  if (host === null || NOT_PROJECT_HOSTS.has(host)) return false;
  return ![...NOT_PROJECT_HOSTS].some((blocked) => host.endsWith(`.${blocked}`));
}

export function findCodeUrl(links: readonly string[]): string | null {
  return links.find(isCodeUrl) ?? null;
}

export function findProjectUrl(links: readonly string[]): string | null {
  return links.find(isProjectUrl) ?? null;
}

/** `2305.07922v2` / `arXiv:2305.07922` / `2305.07922.pdf` -> `2305.07922`; null when it is not an arXiv id. */
export function normaliseArxivId(raw: string): string | null {
  return parseArxivId(raw.trim().replace(/\.pdf$/, ''));
}

/** The distinct arXiv ids that arxiv.org/abs|pdf/<id> or huggingface.co/papers/<id> links name. */
export function arxivIdsInLinks(links: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const link of links) {
    const host = hostOf(link);
    if (host === null) continue;
    const path = new URL(link).pathname;
    let candidate: string | null = null;
    if (host === 'arxiv.org' || host === 'export.arxiv.org')
      candidate = /^\/(?:abs|pdf)\/(.+)$/.exec(path)?.[1] ?? null;
    if (host === 'huggingface.co' || host === 'hf.co')
      candidate = /^\/papers\/([^/]+)$/.exec(path)?.[1] ?? null;
    const id = candidate === null ? null : normaliseArxivId(candidate);
    if (id !== null) ids.add(id);
  }
  return [...ids];
}
