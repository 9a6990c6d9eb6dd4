import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { datasetSchema } from '@/features/papers/schema';
import { distinctTerms, generateCorpus, type CorpusKind } from './corpus-generate';
import { sourceFromDataset, splitCapture, type CorpusSource } from './corpus-source';

export const DEFAULT_CAPTURE = 'data/raw/hf-daily-papers-2025-12-09.txt';

export function loadCorpusSource(path = DEFAULT_CAPTURE): CorpusSource {
  const text = readFileSync(path, 'utf8');
  if (!path.endsWith('.json')) return splitCapture(text);
  const dataset = datasetSchema.safeParse(JSON.parse(text));
  if (!dataset.success) throw new Error(`${path} is not a catalogue in the dataset format.`);
  return sourceFromDataset(dataset.data);
}

/** Generates, validates and writes a catalogue; returns what it wrote, for the benchmark's log. */
export function writeCorpus(
  count: number,
  out: string,
  seed = 1,
  sourcePath = DEFAULT_CAPTURE,
  kind: CorpusKind = 'zipf',
) {
  const started = performance.now();
  const dataset = generateCorpus(loadCorpusSource(sourcePath), { count, seed, kind });
  const checked = datasetSchema.safeParse(dataset);
  if (!checked.success)
    throw new Error(`Generated catalogue fails the dataset schema: ${checked.error.message}`);
  const json = JSON.stringify(dataset);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, json);
  return {
    papers: dataset.papers.length,
    distinctTerms: distinctTerms(dataset.papers),
    megabytes: json.length / 2 ** 20,
    seconds: (performance.now() - started) / 1000,
  };
}
