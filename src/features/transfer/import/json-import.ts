import { datasetSchema } from '@/features/papers/schema';
import { BACKUP_FORMAT } from '@/features/transfer/backup-format';
import { importBackup } from '@/features/transfer/import/backup-import';
import { importHfApi, looksLikeHfApi } from '@/features/transfer/import/hf-api-import';
import { parseJson } from '@/features/transfer/import/json-syntax';
import { schemaIssues } from '@/lib/schema-errors';
import { failure, type ParseResult } from '@/features/transfer/import/import-types';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** JSON in any shape Papershelf reads: its backup, its dataset file, or Hugging Face papers API data. */
export function importJson(text: string): ParseResult {
  const parsed = parseJson(text);
  if (!parsed.ok) return failure(null, parsed.issue);
  const { value } = parsed;
  if (isRecord(value) && 'format' in value) {
    if (value.format === BACKUP_FORMAT) return importBackup(value);
    return failure(null, {
      path: 'format',
      message: `${JSON.stringify(value.format)} is not a file format Papershelf reads`,
    });
  }
  if (isRecord(value) && Array.isArray(value.papers) && 'capturedAt' in value) {
    const dataset = datasetSchema.safeParse(value);
    if (!dataset.success) return failure('dataset', ...schemaIssues(dataset.error, value, '', 20));
    return {
      ok: true,
      value: { kind: 'papers', format: 'dataset', papers: dataset.data.papers, warnings: [] },
    };
  }
  if (Array.isArray(value) && value.length === 0)
    return failure('hf-api', { message: 'The JSON is an empty list: there are no papers in it.' });
  if (looksLikeHfApi(value)) return importHfApi(value);
  return failure(null, {
    message:
      'This JSON is neither a Papershelf backup nor Hugging Face papers API data (a list of {"paper": {...}} items, or one paper object).',
  });
}
