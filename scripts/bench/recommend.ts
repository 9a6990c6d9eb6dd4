import { readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { datasetSchema, type Paper } from '@/features/papers/schema';
import { DEFAULT_OPTIONS, type RecommendOptions } from '@/features/recommend/weights';
import { measureTraining, type TrainingFigures } from './measure-recommend';
import { makeReaders } from './recommend-readers';
import {
  indexCatalogue,
  METHODS,
  runReader,
  summarize,
  type KindSummary,
} from './recommend-quality';

export type RecommendReport = {
  papers: number;
  readersPerKind: number;
  quality: KindSummary[];
  /** Other settings tried on the same readers, for the README's choice. */
  variants: { label: string; quality: KindSummary[] }[];
  training: TrainingFigures[];
};

export const readCatalogue = (file: string): Paper[] =>
  datasetSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).papers;

/** Settings compared against the defaults (each changes one knob). */
export const VARIANTS: { label: string; options: Partial<RecommendOptions> }[] = [
  { label: 'C = 0.1', options: { c: 0.1 } },
  { label: 'C = 10', options: { c: 10 } },
  { label: '200 weak negatives', options: { weakNegatives: 200 } },
  { label: '3000 weak negatives', options: { weakNegatives: 3000 } },
  { label: 'Not interested x1', options: { dismissStrength: 1 } },
  { label: 'Not interested x30', options: { dismissStrength: 30 } },
  { label: 'terms in up to 10%', options: { maxDfShare: 0.1 } },
];

/** Quality on simulated readers (in Node, on the engine's own index) and training time in the app's worker. */
export async function runRecommendBench(
  browser: Browser | null,
  url: string | null,
  qualityCatalogue: string,
  timingCatalogues: { file: string; use: () => void; timeoutMs: number }[],
  { readersPerKind = 12, seed = 7, variants = true, log = (_: string) => {} } = {},
): Promise<RecommendReport> {
  const papers = readCatalogue(qualityCatalogue);
  const indexed = indexCatalogue(papers);
  const readers = makeReaders(papers, readersPerKind, seed);
  const run = (options: RecommendOptions) =>
    summarize(
      readers,
      readers.map((reader) => runReader(papers, indexed, reader, options)),
    );
  const quality = run(DEFAULT_OPTIONS);
  log(`recommendation quality: ${readers.length} readers on ${papers.length} papers`);
  const tried = variants
    ? VARIANTS.map(({ label, options }) => {
        log(`recommendation variant: ${label}`);
        return { label, quality: run({ ...DEFAULT_OPTIONS, ...options }) };
      })
    : [];
  const training: TrainingFigures[] = [];
  if (browser && url) {
    for (const { file, use, timeoutMs } of timingCatalogues) {
      const catalogue = readCatalogue(file);
      const speech = catalogue.filter((paper) => paper.topics.includes('Speech')).slice(0, 25);
      const liked = speech.slice(0, 20).map((paper) => paper.id);
      const dismissed = speech.slice(20).map((paper) => paper.id);
      use();
      training.push(await measureTraining(browser, url, catalogue, liked, dismissed, timeoutMs));
      log(`recommendation training timed on ${catalogue.length} papers`);
    }
  }
  return { papers: papers.length, readersPerKind, quality, variants: tried, training };
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

function qualityRows(quality: KindSummary[]): string[] {
  return quality.map(({ kind, readers, mean }) => {
    const p = METHODS.map((m) => pct(mean[m].p10)).join(' ');
    const n = METHODS.map((m) => pct(mean[m].ndcg20)).join(' ');
    const gain = (mean.model.ndcg20 - mean.centroid.ndcg20) * 100;
    return `${`${kind} (${readers})`.padEnd(17)} ${p}    ${n}    ${gain >= 0 ? '+' : ''}${gain.toFixed(1)}`;
  });
}

/** The benchmark's "For you" rows. */
export function recommendLines(report: RecommendReport): string[] {
  const header = `${'readers'.padEnd(17)} P@10: model centroid newest random    nDCG@20: same order    model - centroid (nDCG@20, points)`;
  const lines = [
    `For you: simulated readers rating 10-30 papers of a ${report.papers.toLocaleString('en')}-paper catalogue, scored on the papers they did not rate`,
    header,
    ...qualityRows(report.quality),
  ];
  for (const variant of report.variants) {
    const gains = variant.quality
      .map(
        ({ kind, mean }) =>
          `${kind} ${mean.model.ndcg20 > mean.centroid.ndcg20 ? '+' : ''}${((mean.model.ndcg20 - mean.centroid.ndcg20) * 100).toFixed(1)}`,
      )
      .join(', ');
    const model = variant.quality.map(({ mean }) => pct(mean.model.ndcg20).trim()).join(' / ');
    lines.push(
      `  variant ${variant.label.padEnd(22)} model nDCG@20 ${model}; vs centroid ${gains}`,
    );
  }
  for (const t of report.training) {
    const ms = (value: number | null) => (value === null ? '–' : `${value.toFixed(0)} ms`);
    const long =
      t.longTasks.length === 0
        ? 'none'
        : `${t.longTasks.length}, max ${Math.max(...t.longTasks).toFixed(0)} ms`;
    lines.push(
      `training in the worker, ${t.papers.toLocaleString('en')} papers, ${t.signals} signals: first model ${ms(t.firstTrainMs)}, after one more rating ${ms(t.retrainMs)}; main-thread long tasks meanwhile: ${long}`,
    );
  }
  return lines;
}
