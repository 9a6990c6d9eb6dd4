import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * A private build, so a benchmark never swaps dist/ under someone's preview or e2e run; one per checkout
 * folder, since worktrees may share node_modules.
 */
export const BENCH_DIST = join(
  'node_modules/.cache/papershelf-bench',
  basename(process.cwd()),
  'dist',
);

export function buildApp(outDir = BENCH_DIST) {
  const started = performance.now();
  execFileSync(
    'npx',
    ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  return (performance.now() - started) / 1000;
}

type Chunk = { file: string; isEntry?: boolean; imports?: string[] };

function isChunk(value: unknown): value is Chunk {
  return (
    typeof value === 'object' && value !== null && 'file' in value && typeof value.file === 'string'
  );
}

/**
 * Initial JavaScript as scripts/check-bundle-size.mjs counts it: the entry chunk and every chunk it
 * imports statically, gzipped; lazy chunks and workers are summed apart.
 */
export function bundleSize(outDir = BENCH_DIST) {
  const raw: unknown = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'));
  const manifest = new Map<string, Chunk>();
  if (typeof raw === 'object' && raw !== null) {
    for (const [key, value] of Object.entries(raw)) if (isChunk(value)) manifest.set(key, value);
  }
  const initial = new Set<string>();
  const visit = (key: string) => {
    const chunk =
      manifest.get(key) ?? [...manifest.values()].find((candidate) => candidate.file === key);
    if (!chunk || initial.has(chunk.file)) return;
    initial.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  const entry = [...manifest].find(([, chunk]) => chunk.isEntry);
  if (!entry) throw new Error(`No entry chunk in ${outDir}/.vite/manifest.json`);
  visit(entry[0]);
  const gzipKb = (file: string) => gzipSync(readFileSync(join(outDir, file))).length / 1024;
  const files = new Set(
    [...manifest.values()].map((chunk) => chunk.file).filter((file) => file.endsWith('.js')),
  );
  let initialKb = 0;
  let lazyKb = 0;
  for (const file of files) {
    if (initial.has(file)) initialKb += gzipKb(file);
    else lazyKb += gzipKb(file);
  }
  return { initialKb, lazyKb };
}
