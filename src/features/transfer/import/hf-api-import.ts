import { z } from 'zod/mini';
import { ARXIV_ID_PROBLEM, parseArxivId } from '@/features/papers/arxiv-id';
import type { Paper } from '@/features/papers/paper-schema';
import { buildPaper, cleanAbstract, isoDay } from '@/features/transfer/import/paper-fields';
import { schemaIssues } from '@/features/transfer/import/schema-issues';
import type { ImportIssue, ParseResult } from '@/features/transfer/import/import-types';

// Only the fields Papershelf uses; the API sends many more, which are ignored.
const organizationSchema = z.object({ name: z.string(), fullname: z.optional(z.string()) });
const hfPaperSchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.optional(z.string()),
  authors: z.optional(z.array(z.object({ name: z.string() }))),
  publishedAt: z.optional(z.string()),
  upvotes: z.optional(z.number()),
  githubRepo: z.optional(z.nullable(z.string())),
  projectPage: z.optional(z.nullable(z.string())),
  organization: z.optional(z.nullable(organizationSchema)),
});
const hfItemSchema = z.object({
  paper: hfPaperSchema,
  numComments: z.optional(z.number()),
  organization: z.optional(z.nullable(organizationSchema)),
});
type HfPaper = z.infer<typeof hfPaperSchema>;
type HfItem = z.infer<typeof hfItemSchema>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** A `daily_papers` item ({ paper, numComments, ... }), a list of them, or a bare paper object (/api/papers/{id}). */
export function looksLikeHfApi(value: unknown): boolean {
  const first: unknown = Array.isArray(value)
    ? value[0]
    : isRecord(value) && Array.isArray(value.daily_papers)
      ? value.daily_papers[0]
      : value;
  if (!isRecord(first)) return false;
  const paper = isRecord(first.paper) ? first.paper : first;
  return (
    typeof paper.id === 'string' &&
    'title' in paper &&
    ('authors' in paper || 'upvotes' in paper || 'summary' in paper)
  );
}

function toPaper(
  hf: HfPaper,
  item: HfItem | null,
  where: string,
): { ok: true; paper: Paper } | { ok: false; issues: ImportIssue[] } {
  // Hugging Face keys papers by their arXiv id; anything else is not its data, and must not be kept as an id.
  if (parseArxivId(hf.id) === null) {
    const found = JSON.stringify(hf.id);
    const shown = found.length > 60 ? `${found.slice(0, 60)}…` : found;
    return {
      ok: false,
      issues: [
        { path: where ? `${where}.id` : 'id', message: `${ARXIV_ID_PROBLEM}, found ${shown}` },
      ],
    };
  }
  const organization = hf.organization ?? item?.organization ?? null;
  const authors = (hf.authors ?? []).map((author) => author.name.trim()).filter(Boolean);
  return buildPaper(
    {
      title: hf.title,
      abstract: cleanAbstract(hf.summary ?? ''),
      authorCount: hf.authors ? authors.length : null,
      authors,
      organization: organization
        ? { handle: organization.name, name: organization.fullname ?? organization.name }
        : null,
      publishedAt: isoDay(hf.publishedAt),
      comments: item?.numComments ?? null,
      upvotes: hf.upvotes ?? null,
      arxivId: hf.id,
      codeUrl: hf.githubRepo ?? null,
      projectUrl: hf.projectPage ?? null,
    },
    where,
  );
}

/** Papers from Hugging Face papers API JSON: upvotes from `paper`, comments from the item. */
export function importHfApi(value: unknown): ParseResult {
  const list: unknown =
    isRecord(value) && Array.isArray(value.daily_papers) ? value.daily_papers : value;
  const prefix = list === value ? '' : 'daily_papers';
  const records: unknown[] = Array.isArray(list) ? list : [list];
  const papers: Paper[] = [];
  const errors: ImportIssue[] = [];
  records.forEach((record, index) => {
    const where = Array.isArray(list) ? `${prefix}[${index}]` : prefix;
    const isItem = isRecord(record) && 'paper' in record;
    const parsed = isItem ? hfItemSchema.safeParse(record) : hfPaperSchema.safeParse(record);
    if (!parsed.success) {
      errors.push(...schemaIssues(parsed.error, record, where));
      return;
    }
    const built =
      'paper' in parsed.data
        ? toPaper(parsed.data.paper, parsed.data, `${where}.paper`)
        : toPaper(parsed.data, null, where);
    if (built.ok) papers.push(built.paper);
    else errors.push(...built.issues);
  });
  if (errors.length > 0) return { ok: false, format: 'hf-api', errors: errors.slice(0, 20) };
  return { ok: true, value: { kind: 'papers', format: 'hf-api', papers, warnings: [] } };
}
