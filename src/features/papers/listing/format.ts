import { formatBareDate, formatDateLine, isIsoDate } from './dates';
import { HEADER_LINES, SEPARATOR } from './syntax';
import type { Paper } from '@/features/papers/schema';

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function metadataLines(paper: Paper): string[] {
  // A metadata block needs a date: without one, the listing cannot carry the rest either.
  if (paper.publishedAt === null || !isIsoDate(paper.publishedAt)) return [];
  const lines: string[] = [];
  // The page shows the organisation instead of the author count when a paper has one.
  if (paper.organization)
    lines.push(oneLine(`${paper.organization.handle} ${paper.organization.name}`));
  else if (paper.authorCount !== null) lines.push(`  • ${paper.authorCount} authors`);
  lines.push(SEPARATOR, formatDateLine(paper.publishedAt, paper.comments ?? 0));
  return lines;
}

/**
 * Writes papers as listing text, the way the page reads when copied: the header, then per
 * paper the title, the abstract and the metadata block, blank lines between.
 *
 * `parseListing(formatListing(papers, capturedAt), { capturedAt })` gives the same papers for
 * any papers parseListing produced. What a listing cannot carry is lost: authors' names,
 * upvotes, an arXiv id or code/project link not written in the abstract, the metadata of a
 * paper without a date, the author count when there is an organisation. Ids, links and topics
 * are derived again from the text. Titles and abstracts are written on one line each.
 * Text that reads as listing syntax cannot come back: a title or abstract equal to a header
 * line ("Subscribe"), a separator ("·", "•"), an authors line ("3 authors") or a date line
 * ("May 5", "Jan 27 2"); an empty abstract; or a short abstract (an organisation-like line)
 * above a date-only block.
 */
export function formatListing(papers: readonly Paper[], capturedAt: string): string {
  const header = isIsoDate(capturedAt)
    ? [...HEADER_LINES, formatBareDate(capturedAt)]
    : [...HEADER_LINES];
  const blocks = [
    ...header,
    ...papers.map((paper) =>
      [
        oneLine(paper.title),
        '',
        oneLine(paper.abstract),
        ...(metadataLines(paper).length > 0 ? ['', ...metadataLines(paper)] : []),
      ].join('\n'),
    ),
  ];
  return `${blocks.join('\n\n')}\n`;
}
