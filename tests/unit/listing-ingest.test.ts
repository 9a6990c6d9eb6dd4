import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { datasetSchema } from '@/features/papers/schema';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
  dirs.push(dir);
  return dir;
}

function ingest(...args: string[]) {
  const run = spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'scripts/ingest.ts', ...args],
    { encoding: 'utf8' },
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run ingest', { timeout: 30_000 }, () => {
  it('builds the bundled dataset byte for byte, and prints a summary', () => {
    const out = join(scratch(), 'papers.json');
    const run = ingest('data/raw/hf-daily-papers-2025-12-09.txt', '--out', out);
    expect(run.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync('public/papers.json', 'utf8'));
    expect(datasetSchema.safeParse(JSON.parse(readFileSync(out, 'utf8'))).success).toBe(true);
    expect(run.stdout).toMatch(/papers: +40\n/);
    expect(run.stdout).toMatch(/entries without metadata: 7\n/);
    expect(run.stdout).toMatch(/links found: +12\n/);
    expect(run.stdout).toMatch(/code links: +8 /);
    expect(run.stdout).toMatch(/\n +3 {2}Speech\n/);
  });

  it('takes the capture date from --captured over the file name', () => {
    const out = join(scratch(), 'papers.json');
    expect(
      ingest('data/raw/hf-daily-papers-2025-12-09.txt', '--out', out, '--captured', '2025-06-01')
        .status,
    ).toBe(0);
    const dataset = datasetSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(dataset.capturedAt).toBe('2025-06-01');
    expect(dataset.papers.find((paper) => paper.title.startsWith('ISCS'))!.publishedAt).toBe(
      '2024-09-20',
    );
  });

  it('reports malformed input as file:line: message, exits non-zero and writes nothing', () => {
    const dir = scratch();
    const out = join(dir, 'papers.json');
    const input = 'tests/fixtures/listings/bad-date.txt';
    const run = ingest(input, '--out', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^tests\/fixtures\/listings\/bad-date\.txt:7: expected a date such as .* found "sometime in 2023"\n$/,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves an existing dataset untouched when the input is bad', () => {
    const dir = scratch();
    const out = join(dir, 'papers.json');
    writeFileSync(out, 'previous');
    for (const input of [
      'tests/fixtures/listings/empty.txt',
      'tests/fixtures/listings/binary.bin',
      join(dir, 'missing.txt'),
    ]) {
      const run = ingest(input, '--out', out);
      expect(run.status).toBe(1);
      expect(run.stderr.startsWith(`${input}:`)).toBe(true);
    }
    expect(readFileSync(out, 'utf8')).toBe('previous');
    expect(readdirSync(dir)).toEqual(['papers.json']);
  });

  it('refuses a bad --captured value or option with usage, exit code 2', () => {
    const out = join(scratch(), 'papers.json');
    const bad = ingest('--captured', '2025-13-01', '--out', out);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--captured "2025-13-01" is not a date (expected YYYY-MM-DD)');
    expect(ingest('--frobnicate').status).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});
