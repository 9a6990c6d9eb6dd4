/**
 * `npm run ingest -- --from-hf --date YYYY-MM-DD` (or `--week YYYY-Www`, `--month YYYY-MM`) [--out <file>]
 * [--sort trending]: writes a dataset from the Hugging Face papers API with the code the browser uses (the
 * client's paging, retries and 429 handling, and the API schema). Apart from the listing ingest, so a test can
 * hand it recorded answers through `fetch`.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { daysOfMonth, daysOfWeek, isDay, type DailyPeriod } from '@/features/feed/hf-endpoints';
import { ingestPeriod } from '@/features/feed/ingest-period';
import { BUNDLED_LISTING } from '@/features/papers/listing/dataset';

export const HF_USAGE =
  'usage: npm run ingest -- --from-hf (--date YYYY-MM-DD | --week YYYY-Www | --month YYYY-MM) [--out <file>] [--sort trending]';

export type HfOptions = { period: DailyPeriod; out: string; sort: 'trending' | undefined };

const valid = (check: (value: string) => unknown) => (value: string) => {
  try {
    return Boolean(check(value));
  } catch {
    return false;
  }
};

type PeriodOption = {
  expected: string;
  valid: (value: string) => boolean;
  period: (value: string) => DailyPeriod;
};

const PERIOD_OPTIONS = new Map<string, PeriodOption>([
  ['--date', { expected: 'YYYY-MM-DD', valid: isDay, period: (date) => ({ kind: 'day', date }) }],
  [
    '--week',
    {
      expected: 'YYYY-Www',
      valid: valid((week) => /^\d{4}-W\d{2}$/.test(week) && daysOfWeek(week)),
      period: (week) => ({ kind: 'week', week }),
    },
  ],
  [
    '--month',
    {
      expected: 'YYYY-MM',
      valid: valid((month) => /^\d{4}-\d{2}$/.test(month) && daysOfMonth(month)),
      period: (month) => ({ kind: 'month', month }),
    },
  ],
]);

/** The options after `--from-hf`, or what is wrong with them. */
export function parseHfArgs(args: readonly string[]): HfOptions | string {
  let out: string = BUNDLED_LISTING.output;
  let sort: 'trending' | undefined;
  const periods: DailyPeriod[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--from-hf') continue;
    const option = PERIOD_OPTIONS.get(arg);
    if (arg !== '--out' && arg !== '--sort' && !option)
      return arg.startsWith('--') ? `unknown option ${arg}` : `unexpected argument ${arg}`;
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) return `${arg} needs a value`;
    i += 1;
    if (option) {
      if (!option.valid(value))
        return `${arg} "${value}" is not valid (expected ${option.expected})`;
      periods.push(option.period(value));
    } else if (arg === '--out') out = value;
    else if (value === 'trending') sort = value;
    else
      return `--sort "${value}": only trending is supported (the API's default order is by date)`;
  }
  if (periods.length !== 1) return 'give exactly one of --date, --week or --month';
  return { period: periods[0], out, sort };
}

export type HfIo = {
  fetch?: typeof globalThis.fetch;
  now?: () => number;
  /** Waits between retries; a test passes one that does not wait. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  log: (line: string) => void;
  error: (line: string) => void;
};

/** Runs the command; returns the exit code. Nothing is written unless every page of the period was read. */
export async function ingestFromHf(args: readonly string[], io: HfIo): Promise<number> {
  const options = parseHfArgs(args);
  if (typeof options === 'string') {
    io.error(`ingest: ${options}\n${HF_USAGE}`);
    return 2;
  }
  const result = await ingestPeriod(options.period, {
    ...(io.fetch && { fetch: io.fetch }),
    ...(io.now && { now: io.now }),
    ...(io.sleep && { sleep: io.sleep }),
    ...(options.sort && { sort: options.sort }),
  });
  if (!result.ok) {
    io.error(`ingest: ${result.message}`);
    return 1;
  }
  // Write beside the target, then rename: a reader never sees a half-written file.
  const temporary = join(dirname(options.out), `.${basename(options.out)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, result.text);
    renameSync(temporary, options.out);
  } catch (error) {
    rmSync(temporary, { force: true });
    io.error(
      `${options.out}: cannot write the dataset (${error instanceof Error ? error.message : String(error)})`,
    );
    return 1;
  }
  const { papers, source } = result.dataset;
  const withArxiv = papers.filter((paper) => paper.arxivId !== null).length;
  const withCode = papers.filter((paper) => paper.codeUrl !== null).length;
  io.log(
    [
      `wrote ${options.out} (${source})`,
      `papers:                  ${papers.length}`,
      `with an arXiv id:        ${withArxiv}`,
      `with code:               ${withCode}`,
    ].join('\n'),
  );
  return 0;
}
