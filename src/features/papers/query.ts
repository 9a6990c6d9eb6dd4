import { queryOptions } from '@tanstack/react-query';
import { datasetSchema, type Dataset } from './schema';

export const DATASET_URL = `${import.meta.env.BASE_URL}papers.json`;

/** Why the catalogue could not be loaded; each kind gets its own message. */
export class DatasetError extends Error {
  constructor(
    readonly kind: 'missing' | 'http' | 'not-json' | 'invalid' | 'network',
    message: string,
  ) {
    super(message);
    this.name = 'DatasetError';
  }
}

export async function fetchDataset(url = DATASET_URL, signal?: AbortSignal): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetError('network', `The catalogue could not be downloaded (${String(error)}).`);
  }
  if (response.status === 404) {
    throw new DatasetError('missing', `The catalogue file ${url} was not found (HTTP 404).`);
  }
  if (!response.ok) {
    throw new DatasetError('http', `The server answered HTTP ${response.status} for ${url}.`);
  }
  const text = await response.text();
  const parseStart = performance.now();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DatasetError(
      'not-json',
      `The catalogue file is not valid JSON: ${(error as Error).message}`,
    );
  }
  const validateStart = performance.now();
  performance.measure('papershelf:dataset-parse', { start: parseStart, end: validateStart });
  const result = datasetSchema.safeParse(json);
  performance.measure('papershelf:dataset-validate', {
    start: validateStart,
    end: performance.now(),
  });
  if (!result.success) {
    // Only a broken file needs the wording of schema errors: it loads then, not with the app.
    const { describeSchemaError } = await import('@/lib/schema-errors');
    throw new DatasetError(
      'invalid',
      `The catalogue file has an unexpected shape: ${describeSchemaError(result.error, json)}.`,
    );
  }
  return result.data;
}

export const datasetQueryOptions = () =>
  queryOptions({
    queryKey: ['dataset', DATASET_URL],
    queryFn: ({ signal }) => fetchDataset(DATASET_URL, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: (failureCount, error) =>
      !(error instanceof DatasetError && error.kind !== 'network') && failureCount < 2,
  });
