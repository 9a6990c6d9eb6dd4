import { extractLinks } from '@/features/papers/links';
import { baseIdFor } from '@/features/papers/paper-id';
import { paperSchema, type Paper } from '@/features/papers/schema';
import { deriveTopics } from '@/features/papers/topics';
import { parseArxivId } from '@/features/papers/arxiv-id';
import { safeHttpUrl } from '@/lib/safe-url';
import { schemaIssues } from '@/lib/schema-errors';
import type { ImportIssue } from '@/features/transfer/import/import-types';

/** One line, single spaces: titles from arXiv keep hard wraps ("...Models\n  for..."). */
export const oneLine = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Joins hard-wrapped lines but keeps paragraph breaks. */
export function cleanAbstract(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map(oneLine)
    .filter(Boolean)
    .join('\n\n');
}

/** `2026-02-26T17:08:18.000Z` -> `2026-02-26`; anything else -> null. */
export function isoDay(value: string | null | undefined): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value ?? '');
  return match ? match[1] : null;
}

export type PaperDraft = Omit<Paper, 'id' | 'links' | 'topics'> & { links?: string[] };

export type BuiltPaper = { ok: true; paper: Paper } | { ok: false; issues: ImportIssue[] };

/**
 * Builds the Paper an importer produces, with the same id, links and topics rules as the bundled dataset
 * (arXiv id without version, else the title's slug), and checks it against the shared schema.
 */
export function buildPaper(draft: PaperDraft, where: string): BuiltPaper {
  const arxivId = draft.arxivId ? parseArxivId(draft.arxivId) : null;
  const title = oneLine(draft.title);
  const candidate: Paper = {
    ...draft,
    id: baseIdFor({ arxivId, title }),
    title,
    arxivId,
    codeUrl: safeHttpUrl(draft.codeUrl),
    projectUrl: safeHttpUrl(draft.projectUrl),
    links: [...new Set([...(draft.links ?? []), ...extractLinks(draft.abstract)])],
    topics: deriveTopics(title, draft.abstract),
  };
  const result = paperSchema.safeParse(candidate);
  return result.success
    ? { ok: true, paper: result.data }
    : { ok: false, issues: schemaIssues(result.error, candidate, where) };
}
