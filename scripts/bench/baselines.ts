import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { Prefix } from './queries';

export type BaselineSample = { prefix: string; ms: number; count: number };

export type BaselineFigures = {
  loadMs: number;
  substring: { buildMs: number; samples: BaselineSample[]; skipped: number; budgetMs: number };
  fuse: { buildMs: number; samples: BaselineSample[]; skipped: number; budgetMs: number };
};

const require = createRequire(import.meta.url);

type FuseLike = new (docs: unknown[], options: object) => { search(query: string): unknown[] };
declare global {
  interface Window {
    Fuse?: FuseLike;
  }
}

/** Fuse's minified CommonJS build, wrapped so that a plain <script> defines window.Fuse. */
function fuseScript(): string {
  const code = readFileSync(require.resolve('fuse.js/min'), 'utf8');
  return `(function () { var module = { exports: {} }; var exports = module.exports;\n${code}\n;window.Fuse = module.exports; })();`;
}

/**
 * Runs the baselines in the app's page, after the app's own measurements: the catalogue is fetched
 * and parsed there again (a second copy, so the heap must be measured before this).
 * - substring: lowercase title and abstract, AND over the query's words, papers with every word in
 *   the title first;
 * - Fuse.js: keys title (weight 2) and abstract (1), threshold 0.3, ignoreLocation.
 * Each stops once its time budget is spent; the prefixes left are counted as skipped.
 */
export type BaselinePlan = {
  substring: Prefix[];
  substringBudgetMs: number;
  fuse: Prefix[];
  fuseBudgetMs: number;
};

export async function runBaselines(page: Page, plan: BaselinePlan) {
  await page.addScriptTag({ content: fuseScript() });
  return page.evaluate(
    async ({
      substringQueries,
      substringBudget,
      fuseQueries,
      fuseBudget,
    }): Promise<BaselineFigures> => {
      type Doc = { title: string; abstract: string };
      const loadStart = performance.now();
      const response = await fetch('/papers.json', { cache: 'no-store' });
      const dataset: unknown = await response.json();
      const isDoc = (value: unknown): value is Doc =>
        typeof value === 'object' &&
        value !== null &&
        'title' in value &&
        typeof value.title === 'string' &&
        'abstract' in value &&
        typeof value.abstract === 'string';
      const list: unknown[] =
        typeof dataset === 'object' &&
        dataset !== null &&
        'papers' in dataset &&
        Array.isArray(dataset.papers)
          ? dataset.papers
          : [];
      const papers = list.filter(isDoc);
      const loadMs = performance.now() - loadStart;

      let start = performance.now();
      const titles = papers.map((paper) => paper.title.toLowerCase());
      const abstracts = papers.map((paper) => paper.abstract.toLowerCase());
      const substringBuildMs = performance.now() - start;
      const scan = (query: string) => {
        const words = query.toLowerCase().split(/\s+/).filter(Boolean);
        const inTitle: number[] = [];
        const elsewhere: number[] = [];
        for (let i = 0; i < papers.length; i++) {
          const title = titles[i];
          let all = true;
          let allInTitle = true;
          for (const word of words) {
            if (title.includes(word)) continue;
            allInTitle = false;
            if (!abstracts[i].includes(word)) {
              all = false;
              break;
            }
          }
          if (allInTitle) inTitle.push(i);
          else if (all) elsewhere.push(i);
        }
        return inTitle.concat(elsewhere);
      };
      const timed = (queries: string[], budget: number, search: (query: string) => number) => {
        const samples: BaselineSample[] = [];
        const begin = performance.now();
        for (const prefix of queries) {
          if (performance.now() - begin > budget) break;
          const t = performance.now();
          const count = search(prefix);
          samples.push({ prefix, ms: performance.now() - t, count });
        }
        return { samples, skipped: queries.length - samples.length, budgetMs: budget };
      };
      const substring = timed(substringQueries, substringBudget, (query) => scan(query).length);

      const FuseClass = window.Fuse;
      if (!FuseClass) throw new Error('Fuse.js did not load into the page.');
      start = performance.now();
      const fuse = new FuseClass(papers, {
        keys: [
          { name: 'title', weight: 2 },
          { name: 'abstract', weight: 1 },
        ],
        threshold: 0.3,
        ignoreLocation: true,
      });
      const fuseBuildMs = performance.now() - start;
      const fuseResults = timed(fuseQueries, fuseBudget, (query) => fuse.search(query).length);
      return {
        loadMs,
        substring: { buildMs: substringBuildMs, ...substring },
        fuse: { buildMs: fuseBuildMs, ...fuseResults },
      };
    },
    {
      substringQueries: plan.substring.map((item) => item.prefix),
      substringBudget: plan.substringBudgetMs,
      fuseQueries: plan.fuse.map((item) => item.prefix),
      fuseBudget: plan.fuseBudgetMs,
    },
  );
}
