import { DATASET_VERSION, datasetSchema, type Dataset, type Paper } from '@/features/papers/schema';

/** The listing the app ships with, and where its dataset is built. */
export const BUNDLED_LISTING = {
  input: 'data/raw/hf-daily-papers-2025-12-09.txt',
  output: 'public/papers.json',
  capturedAt: '2025-12-09',
} as const;

export function datasetSource(input: string): string {
  return `Hugging Face Daily Papers listing (${input})`;
}

export type DatasetBuild = { ok: true; dataset: Dataset } | { ok: false; problems: string[] };

/** Wraps parsed papers in the dataset envelope and checks it against the schema. */
export function buildDataset(
  papers: readonly Paper[],
  capturedAt: string,
  source: string,
): DatasetBuild {
  const checked = datasetSchema.safeParse({ version: DATASET_VERSION, capturedAt, source, papers });
  if (checked.success) return { ok: true, dataset: checked.data };
  return {
    ok: false,
    problems: checked.error.issues.map(
      (issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`,
    ),
  };
}

/** Two-space JSON with a final newline: the same papers always give the same bytes. */
export function serializeDataset(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
