/**
 * The arXiv identifier grammar (info.arxiv.org/help/arxiv_identifier), in one place for the Paper schema,
 * every importer, stored state and every exporter. An id is written into BibTeX, RIS, Markdown links and
 * URLs, so nothing but this grammar may ever be stored as one.
 *
 * - New style: `YYMM.NNNN` (2007 to 2014) or `YYMM.NNNNN` (from 2015), e.g. `0704.0001`, `2305.07922`.
 * - Old style: `archive(.SUBJ)?/YYMMNNN`, e.g. `hep-th/9901001`, `math.GT/0309136`.
 * - Either with an optional version, `v1`, `v2`...
 */

const MONTH = '(?:0[1-9]|1[0-2])';
const NEW_STYLE = `(?:(?:0[7-9]|1[0-4])${MONTH}\\.\\d{4}|(?:1[5-9]|[2-9]\\d)${MONTH}\\.\\d{5})`;
const OLD_STYLE = `[a-z]+(?:-[a-z]+)*(?:\\.[A-Z]{2})?\\/\\d{2}${MONTH}\\d{3}`;
const VERSION = 'v[1-9]\\d*';

/** A whole arXiv id, version optional: what the Paper schema accepts as `arxivId`. */
export const ARXIV_ID = new RegExp(`^(${NEW_STYLE}|${OLD_STYLE})(?:${VERSION})?$`);

/** Why a value is not accepted, for messages that name the field. */
export const ARXIV_ID_PROBLEM =
  'is not an arXiv id (expected one such as 2305.07922, 2305.07922v2 or hep-th/9901001)';

export const isArxivId = (value: string): boolean => ARXIV_ID.test(value);

/**
 * The arXiv id without its version, from an id as people write it (`arXiv:2305.07922v2`, surrounding
 * spaces), or null when it is not one. The prefix may be in any case; the id itself must match exactly.
 */
export function parseArxivId(value: string): string | null {
  const match = ARXIV_ID.exec(value.trim().replace(/^arxiv:/i, ''));
  return match?.[1] ?? null;
}
