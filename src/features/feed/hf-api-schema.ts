import { z } from 'zod/mini';
import type { Paper } from '@/features/papers/schema';
import { ARXIV_ID_PROBLEM, parseArxivId } from '@/features/papers/arxiv-id';
import { safeHttpUrl } from '@/lib/safe-url';
import {
  buildPaper,
  cleanAbstract,
  isoDay,
  oneLine,
  type BuiltPaper,
  type PaperDraft,
} from '@/features/transfer/import/paper-fields';
import { schemaIssues } from '@/lib/schema-errors';

// Only the fields Papershelf uses; the API sends many more, which are ignored. Every field but the
// id and title may be absent (or null), and absent means unknown: nothing here defaults to 0 or "".
const optional = <T extends z.core.SomeType>(schema: T) => z.optional(z.nullable(schema));
const organizationSchema = z.object({ name: z.string(), fullname: optional(z.string()) });
const authorSchema = z.object({ name: optional(z.string()) });

export const hfPaperSchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: optional(z.string()),
  authors: optional(z.array(authorSchema)),
  publishedAt: optional(z.string()),
  submittedOnDailyAt: optional(z.string()),
  upvotes: optional(z.number()),
  githubRepo: optional(z.string()),
  githubStars: optional(z.number()),
  projectPage: optional(z.string()),
  ai_summary: optional(z.string()),
  ai_keywords: optional(z.array(z.string())),
  organization: optional(organizationSchema),
});

export const hfDailyItemSchema = z.object({
  paper: hfPaperSchema,
  publishedAt: optional(z.string()),
  numComments: optional(z.number()),
  thumbnail: optional(z.string()),
  organization: optional(organizationSchema),
});

export type HfPaper = z.infer<typeof hfPaperSchema>;
export type HfDailyItem = z.infer<typeof hfDailyItemSchema>;

export type MapOptions = {
  /** Where the paper sits in its document, for located error messages (`[3].paper`). */
  where?: string;
  /** The Daily Papers day the paper was fetched for, used when the paper does not say. */
  day?: string;
  /** ISO timestamp of the fetch. */
  fetchedAt?: string;
};

/** The entries whose value is known, so an unknown field is absent rather than `undefined`. */
function knownOnly<T extends object>(fields: T): { [K in keyof T]?: NonNullable<T[K]> } {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined && value !== null),
  ) as { [K in keyof T]?: NonNullable<T[K]> };
}

function toPaper(hf: HfPaper, item: HfDailyItem | null, options: MapOptions): BuiltPaper {
  // Hugging Face keys papers by their arXiv id; anything else is not its data, and must not be kept as an id.
  if (parseArxivId(hf.id) === null) {
    const found = JSON.stringify(hf.id);
    const shown = found.length > 60 ? `${found.slice(0, 60)}…` : found;
    const where = options.where ?? '';
    return {
      ok: false,
      issues: [
        { path: where ? `${where}.id` : 'id', message: `${ARXIV_ID_PROBLEM}, found ${shown}` },
      ],
    };
  }
  const organization = hf.organization ?? item?.organization ?? null;
  const authors = (hf.authors ?? []).map((author) => oneLine(author.name ?? '')).filter(Boolean);
  const keywords = hf.ai_keywords?.map(oneLine).filter(Boolean);
  const draft: PaperDraft = {
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
    ...knownOnly({
      githubStars: hf.githubStars,
      aiSummary: hf.ai_summary ? cleanAbstract(hf.ai_summary) : undefined,
      aiKeywords: keywords,
      dailyDate: isoDay(hf.submittedOnDailyAt) ?? options.day,
      thumbnail: safeHttpUrl(item?.thumbnail),
      fetchedAt: options.fetchedAt,
    }),
  };
  return buildPaper(draft, options.where ?? '');
}

/** A `daily_papers` item: upvotes from `paper`, comments from the item. */
export function mapDailyItem(item: HfDailyItem, options: MapOptions = {}): BuiltPaper {
  return toPaper(item.paper, item, { ...options, where: `${options.where ?? ''}.paper` });
}

/** A bare paper object, as `/api/papers/{id}` and search answer it (no comment count, no thumbnail). */
export function mapPaperObject(paper: HfPaper, options: MapOptions = {}): BuiltPaper {
  return toPaper(paper, null, options);
}

export type ParsedFeed = { ok: true; papers: Paper[] } | { ok: false; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** `item 3 (2512.01234)`: the index, and the id when the item has a readable one. */
function itemLabel(record: unknown, index: number): string {
  const paper = isRecord(record) && isRecord(record.paper) ? record.paper : record;
  const id = isRecord(paper) && typeof paper.id === 'string' ? paper.id.slice(0, 40) : null;
  return id ? `item ${index} (${id})` : `item ${index}`;
}

function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * A whole answer of daily_papers items (or of bare paper objects, as search answers): every paper,
 * or one message naming the first bad field of the first bad item, e.g.
 * `item 3 (2512.01234): paper.title: expected a string`. One bad item refuses the whole answer, so a
 * half-understood day is never stored.
 */
export function parseFeedAnswer(
  value: unknown,
  options: Omit<MapOptions, 'where'> = {},
): ParsedFeed {
  if (!Array.isArray(value))
    return { ok: false, message: `expected a list of papers, found ${describeKind(value)}` };
  const papers: Paper[] = [];
  const problems: string[] = [];
  value.forEach((record: unknown, index) => {
    if (problems.length > 0) return;
    const label = itemLabel(record, index);
    const isItem = isRecord(record) && 'paper' in record;
    const built = isItem ? parseItem(record, options) : parsePaper(record, options);
    if (built.ok) papers.push(built.paper);
    else problems.push(`${label}: ${built.message}`);
  });
  return problems.length > 0 ? { ok: false, message: problems[0] } : { ok: true, papers };
}

type Parsed = { ok: true; paper: Paper } | { ok: false; message: string };

const firstIssue = (issues: { path?: string; message: string }[]) =>
  issues[0] ? `${issues[0].path ?? ''}: ${issues[0].message}` : 'is not a paper';

function finish(built: BuiltPaper): Parsed {
  return built.ok ? built : { ok: false, message: firstIssue(built.issues) };
}

function parseItem(record: unknown, options: MapOptions): Parsed {
  const parsed = hfDailyItemSchema.safeParse(record);
  if (!parsed.success)
    return { ok: false, message: firstIssue(schemaIssues(parsed.error, record, '', 1)) };
  return finish(toPaper(parsed.data.paper, parsed.data, { ...options, where: 'paper' }));
}

/** One bare paper object (`/api/papers/{id}`), with its problems located like an item's. */
export function parsePaper(record: unknown, options: MapOptions = {}): Parsed {
  const parsed = hfPaperSchema.safeParse(record);
  if (!parsed.success)
    return { ok: false, message: firstIssue(schemaIssues(parsed.error, record, '', 1)) };
  return finish(toPaper(parsed.data, null, { ...options, where: '' }));
}
