import {
  hfDailyItemSchema,
  hfPaperSchema,
  mapDailyItem,
  mapPaperObject,
} from '@/features/feed/hf-api-schema';
import type { Paper } from '@/features/papers/schema';
import { schemaIssues } from '@/lib/schema-errors';
import type { ImportIssue, ParseResult } from '@/features/transfer/import/import-types';

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
    const parsed = isItem ? hfDailyItemSchema.safeParse(record) : hfPaperSchema.safeParse(record);
    if (!parsed.success) {
      errors.push(...schemaIssues(parsed.error, record, where));
      return;
    }
    // The one mapping the live feed uses too, so an imported paper and a fetched one agree.
    const built =
      'paper' in parsed.data
        ? mapDailyItem(parsed.data, { where })
        : mapPaperObject(parsed.data, { where });
    if (built.ok) papers.push(built.paper);
    else errors.push(...built.issues);
  });
  if (errors.length > 0) return { ok: false, format: 'hf-api', errors: errors.slice(0, 20) };
  return { ok: true, value: { kind: 'papers', format: 'hf-api', papers, warnings: [] } };
}
