/**
 * Builds the app's dataset from a captured Daily Papers listing.
 *
 *   npm run ingest                                   # data/raw/hf-daily-papers-2025-12-09.txt -> public/papers.json
 *   npm run ingest -- <input> [--out <file>] [--captured YYYY-MM-DD]
 *   npm run ingest -- --from-hf --date YYYY-MM-DD | --week YYYY-Www | --month YYYY-MM [--out <file>]
 *                                                    # from the Hugging Face API (scripts/ingest-hf.ts)
 *
 * The capture date comes from --captured, else a YYYY-MM-DD in the input's file name, else the
 * listing's header. On any error nothing is written: errors go to stderr as <file>:<line>: <message>.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { isIsoDate } from '@/features/papers/listing/dates';
import {
  BUNDLED_LISTING,
  buildDataset,
  datasetSource,
  serializeDataset,
} from '@/features/papers/listing/dataset';
import { parseListing, type ListingResult } from '@/features/papers/listing/parser';
import { ingestFromHf } from './ingest-hf';

interface Options {
  input: string;
  out: string;
  captured: string | undefined;
}

const USAGE = 'usage: npm run ingest -- [<input>] [--out <file>] [--captured YYYY-MM-DD]';

function parseArgs(args: readonly string[]): Options | string {
  const positional: string[] = [];
  let out: string = BUNDLED_LISTING.output;
  let captured: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--out' || arg === '--captured') {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) return `${arg} needs a value`;
      if (arg === '--out') out = value;
      else captured = value;
      i += 1;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else positional.push(arg);
  }
  if (positional.length > 1) return `expected one input file, got ${positional.length}`;
  const input = positional[0] ?? BUNDLED_LISTING.input;
  if (captured !== undefined && !isIsoDate(captured))
    return `--captured "${captured}" is not a date (expected YYYY-MM-DD)`;
  const fromName = /\d{4}-\d{2}-\d{2}/.exec(basename(input))?.[0];
  return {
    input,
    out,
    captured: captured ?? (fromName !== undefined && isIsoDate(fromName) ? fromName : undefined),
  };
}

function summarise(papers: Extract<ListingResult, { ok: true }>, out: string): string {
  const topics = new Map<string, number>();
  for (const paper of papers.papers)
    for (const topic of paper.topics) topics.set(topic, (topics.get(topic) ?? 0) + 1);
  const histogram = [...topics].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const { stats } = papers;
  return [
    `wrote ${out} (captured ${papers.capturedAt}, from ${papers.capturedAtFrom})`,
    `papers:                  ${stats.entries}`,
    `entries without metadata: ${stats.withoutMetadata}`,
    `with an organisation:    ${stats.withOrganization}`,
    `links found:             ${stats.links}`,
    `code links:              ${stats.codeLinks} (papers with code: ${stats.withCode}, with a project page: ${stats.withProject})`,
    `warnings:                ${papers.warnings.length}`,
    'topics:',
    ...histogram.map(([topic, count]) => `  ${String(count).padStart(3)}  ${topic}`),
  ].join('\n');
}

function main(): number {
  const options = parseArgs(process.argv.slice(2));
  if (typeof options === 'string') {
    console.error(`ingest: ${options}\n${USAGE}`);
    return 2;
  }
  const { input, out, captured } = options;
  let text: string;
  try {
    text = readFileSync(input, 'utf8');
  } catch (error) {
    console.error(
      `${input}: cannot read the file (${error instanceof Error ? error.message : String(error)})`,
    );
    return 1;
  }
  const source = datasetSource(relative(process.cwd(), input).split('\\').join('/'));
  const result = parseListing(text, { capturedAt: captured, source });
  if (!result.ok) {
    for (const error of result.errors) console.error(`${input}:${error.line}: ${error.message}`);
    return 1;
  }
  for (const warning of result.warnings)
    console.warn(`${input}:${warning.line}: warning: ${warning.message}`);
  const built = buildDataset(result.papers, result.capturedAt, source);
  if (!built.ok) {
    for (const problem of built.problems) console.error(`${input}: invalid dataset: ${problem}`);
    return 1;
  }
  // Write beside the target, then rename: a reader never sees a half-written file.
  const temporary = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, serializeDataset(built.dataset));
    renameSync(temporary, out);
  } catch (error) {
    rmSync(temporary, { force: true });
    console.error(
      `${out}: cannot write the dataset (${error instanceof Error ? error.message : String(error)})`,
    );
    return 1;
  }
  console.log(summarise(result, out));
  return 0;
}

const args = process.argv.slice(2);
if (args.includes('--from-hf'))
  void ingestFromHf(args, { log: console.log, error: console.error }).then((code) => {
    process.exitCode = code;
  });
else process.exitCode = main();
