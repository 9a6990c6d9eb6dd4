import { parseListing, type ListingError } from '@/features/papers/listing/parser';
import { paperSchema } from '@/features/papers/schema';
import { schemaIssues } from '@/lib/schema-errors';
import type { ImportIssue, ParseResult } from '@/features/transfer/import/import-types';

const toIssue = ({ line, message, expected }: ListingError): ImportIssue => ({
  ...(line > 0 ? { line } : {}),
  message: expected ? `${message} (expected ${expected})` : message,
});

/** A listing copied from huggingface.co/papers, read by the same parser that builds the bundled dataset. */
export function importListing(text: string, source?: string): ParseResult {
  const result = parseListing(text, source ? { source } : {});
  if (!result.ok) return { ok: false, format: 'hf-listing', errors: result.errors.map(toIssue) };
  for (const [index, paper] of result.papers.entries()) {
    const checked = paperSchema.safeParse(paper);
    if (!checked.success)
      return {
        ok: false,
        format: 'hf-listing',
        errors: schemaIssues(checked.error, paper, `papers[${index}]`),
      };
  }
  return {
    ok: true,
    value: {
      kind: 'papers',
      format: 'hf-listing',
      papers: result.papers,
      warnings: result.warnings.map(toIssue),
    },
  };
}
