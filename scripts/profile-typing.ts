/**
 * Where the main thread's time goes while typing, from Chromium's sampling profiler (CDP), on an unminified
 * build so functions keep their names:
 *   npx tsx scripts/profile-typing.ts --catalogue bench-results/10000.papers.json [--queries transformer,diffusion]
 *     [--top 30] [--no-build] [--action typing|facet|sort|load] [--inclusive]
 * Prints self time by function (with --inclusive, also time including callees, which finds the component or
 * library call behind scattered self time) and the long animation frames' script attribution. A tool for finding work
 * to cut; the figures that count are `npm run bench`'s.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { launchBrowser, openContext } from './bench/browser';
import { BENCH_DIST } from './bench/build';
import { clearSearch, measureLoad, searchBox } from './bench/measure-load';
import { startServer } from './bench/server';

const { values } = parseArgs({
  options: {
    catalogue: { type: 'string' },
    queries: { type: 'string', default: 'transformer,speech recognition,diffusion' },
    top: { type: 'string', default: '30' },
    action: { type: 'string', default: 'typing' },
    'no-build': { type: 'boolean', default: false },
    inclusive: { type: 'boolean', default: false },
  },
});
const dist = join(BENCH_DIST, '..', 'profile-dist');
if (!values['no-build'])
  execFileSync(
    'npx',
    ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--minify', 'false', '--logLevel', 'warn'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const keyOf = (frame: Node['callFrame']) =>
  `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}`;

const server = await startServer(dist);
server.useCatalogue(values.catalogue ?? null);
const browser = await launchBrowser();
try {
  const context = await openContext(browser);
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  if (values.action === 'load') await session.send('Profiler.start');
  const load = await measureLoad(page, `${server.url}/`, 1500, 90_000);
  console.log(
    `first results ${load.firstResultsMs.toFixed(0)} ms, search available ${load.searchReadyMs?.toFixed(0) ?? '–'} ms`,
  );
  if (values.action !== 'load') await session.send('Profiler.start');
  const started = await page.evaluate(() => performance.now());
  if (values.action === 'typing') {
    for (const query of values.queries.split(',')) {
      await clearSearch(page, load.totalCount);
      await searchBox(page).focus();
      // A typing speed of a fast typist: 80 ms between keys.
      await page.keyboard.type(query, { delay: 80 });
      await page.waitForTimeout(600);
    }
  } else if (values.action === 'facet') {
    const box = page
      .getByRole('region', { name: 'Filters' })
      .getByRole('checkbox', { name: 'Has code' });
    for (let i = 0; i < 6; i++) {
      await box.click();
      await page.waitForTimeout(400);
    }
  } else if (values.action === 'sort') {
    const select = page.getByRole('combobox', { name: 'Sort by' });
    for (const label of ['Oldest', 'Most discussed', 'Title', 'Newest', 'Relevance']) {
      await select.selectOption({ label });
      await page.waitForTimeout(400);
    }
  }
  const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: Profile };
  const frames = await page.evaluate(
    (since) => window.__papershelfBench!.loafs.filter((frame) => frame.start >= since),
    started,
  );

  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    const delta = profile.timeDeltas[i] ?? 0;
    total += delta;
    if (!frame) return;
    const key = keyOf(frame);
    self.set(key, (self.get(key) ?? 0) + delta);
  });
  console.log(`\nmain thread, ${(total / 1000).toFixed(0)} ms profiled; self time:`);
  for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top)))
    console.log(
      `${(us / 1000).toFixed(1).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`,
    );
  if (values.inclusive) {
    const parent = new Map<number, number>();
    for (const node of profile.nodes)
      for (const child of node.children ?? []) parent.set(child, node.id);
    const inclusive = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      // A function on the stack twice (recursion) counts once per sample.
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const key = keyOf(byId.get(at)!.callFrame);
        if (seen.has(key)) continue;
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
      }
    });
    console.log('\ntime including callees:');
    for (const [key, us] of [...inclusive]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 2 * Number(values.top)))
      console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${key}`);
  }
  const long = frames.filter((frame) => frame.duration > 50);
  console.log(
    `\nlong animation frames: ${frames.length} (> 50 ms: ${long.length}, longest ${Math.max(0, ...frames.map((f) => f.duration)).toFixed(0)} ms)`,
  );
  const scripts = new Map<string, number>();
  for (const script of frames.flatMap((frame) => frame.scripts)) {
    const key = `${script.invoker} (${script.source.split('/').pop() ?? ''})`;
    scripts.set(key, (scripts.get(key) ?? 0) + script.duration);
  }
  for (const [key, ms] of [...scripts].sort((a, b) => b[1] - a[1]).slice(0, 12))
    console.log(`${ms.toFixed(0).padStart(8)} ms  ${key}`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
