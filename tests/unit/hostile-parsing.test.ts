import { micromark } from 'micromark';
import { describe, expect, it } from 'vitest';
import { boundedMarkdownHtml } from '@/features/library/notes/markdown';
import { extractLinks, trimUrl } from '@/features/papers/links';
import { parseListing } from '@/features/papers/listing/parser';
import { parseQuery } from '@/features/search/query/parse';
import { exportBackup } from '@/features/transfer/export/backup-export';
import { findArxivIdInText } from '@/features/transfer/import/arxiv-search';
import { importBibtex } from '@/features/transfer/import/bibtex-import';
import { parseImport } from '@/features/transfer/import/parse-import';
import { makeEntry, makeLibrary } from '../fixtures/import/papers';

/**
 * Every parser on adversarial input of 1k, 10k and 100k characters. Linear work grows about tenfold
 * per step and quadratic work a hundredfold, so a ratio under 30 tells them apart on a busy machine
 * without a wall-clock budget. Each size is repeated until it has run for a while, to steady the
 * small ones, and the best of three rounds is kept.
 */
const SIZES = [1_000, 10_000, 100_000];
const MAX_RATIO = 30;

async function perCall(run: () => unknown): Promise<number> {
  await run(); // warm up: lazy imports, JIT
  let calls = 0;
  const start = performance.now();
  do {
    await run();
    calls += 1;
  } while (performance.now() - start < 40);
  return (performance.now() - start) / calls;
}

async function expectLinear(make: (size: number) => string, parse: (text: string) => unknown) {
  const times: number[] = [];
  for (const size of SIZES) {
    const text = make(size);
    expect(text.length).toBeGreaterThanOrEqual(size * 0.9);
    // The best of three rounds: a neighbour's burst of work can only slow a round down, never speed it up.
    const rounds = [];
    for (let round = 0; round < 3; round += 1) rounds.push(await perCall(() => parse(text)));
    times.push(Math.min(...rounds));
  }
  const ratios = [times[1] / times[0], times[2] / times[1]];
  expect(ratios, `ms per call: ${times.map((t) => t.toFixed(2)).join(', ')}`).toSatisfy(
    (values: number[]) => values.every((ratio) => ratio < MAX_RATIO),
  );
}

const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length));
const TIMEOUT = 60_000;

describe('link extraction on hostile text', () => {
  it.each([
    ['a URL followed by closing parens', (n: number) => `https://x.io/${repeat(')', n)}`],
    ['a URL followed by full stops and brackets', (n: number) => `https://x.io/${repeat('].', n)}`],
    [
      'thousands of distinct URLs',
      (n: number) => repeat('https://x.io/a ', n).replace(/a /g, () => `${Math.random()} `),
    ],
  ])(
    '%s',
    async (_, make) => {
      await expectLinear(make, extractLinks);
    },
    TIMEOUT,
  );

  it('still trims what a sentence glued on', () => {
    expect(trimUrl(`https://x.io/a_(b)${')'.repeat(1000)}.`)).toBe('https://x.io/a_(b)');
  });
});

describe('the arXiv-id search in BibTeX fields', () => {
  it.each([
    ['arxiv repeated', (n: number) => repeat('arxiv', n)],
    ['arxiv- repeated', (n: number) => repeat('arxiv-', n)],
    ['abs/ followed by letters', (n: number) => `abs/${repeat('a', n)}`],
  ])(
    '%s',
    async (_, make) => {
      await expectLinear(make, findArxivIdInText);
    },
    TIMEOUT,
  );

  it('still finds the first id', () => {
    expect(findArxivIdInText(`${repeat('arxiv', 10_000)} arXiv:2305.07922v2 [cs]`)).toBe(
      '2305.07922',
    );
  });
});

describe('BibTeX on hostile text', () => {
  it.each([
    ['only @', (n: number) => repeat('@', n)],
    ['@ on every line', (n: number) => repeat('@\n', n)],
    ['stray @ in prose', (n: number) => repeat('x @ ', n)],
    ['unclosed entries', (n: number) => repeat('@a{b={', n)],
    ['an arXiv-looking note', (n: number) => `@misc{k, title={T}, note={${repeat('arxiv', n)}}}`],
    ['a title of unclosed tags', (n: number) => `@misc{k, title={${repeat('<a ', n)}}}`],
    ['many entries', (n: number) => repeat('@misc{k, title={T}}\n', n)],
  ])(
    '%s',
    async (_, make) => {
      await expectLinear(make, importBibtex);
    },
    TIMEOUT,
  );

  it('refuses a file of @ with a message, before the parser sees it', async () => {
    const result = await importBibtex(repeat('@', 100_000));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]).toMatchObject({ line: 1, message: /100,000 @ characters/ });
  });

  it('refuses an entry longer than any real one, whose fields the parser would take minutes over', async () => {
    const result = await importBibtex(
      `@misc{k, title={T}}\n@misc{long, title={${repeat('a ', 100_000)}}}`,
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]).toMatchObject({
        line: 2,
        message: /an entry of 100,0\d\d characters/,
      });
  });

  it('keeps @string macros across the groups it reads separately', async () => {
    const entries = Array.from({ length: 300 }, (_, i) => `@misc{k${i}, title=NAME # { ${i}}}\n`);
    const result = await importBibtex(`@string{NAME = "Paper"}\n${entries.join('')}`);
    expect(result.ok && result.value.kind === 'papers' && result.value.papers.at(-1)?.title).toBe(
      'Paper 299',
    );
  });
});

const hfItem = (summary: string) =>
  JSON.stringify([{ paper: { id: '2401.00001', title: 'T', summary } }]);

describe('JSON imports on hostile text', () => {
  it.each([
    ['an HF summary of closing parens', (n: number) => hfItem(`https://x.io/${repeat(')', n)}`)],
    ['an HF summary of URLs', (n: number) => hfItem(repeat('https://x.io/(a) ', n))],
    ['broken JSON', (n: number) => `[${repeat('{"a":1},', n)}`],
  ])(
    '%s',
    async (_, make) => {
      await expectLinear(make, parseImport);
    },
    TIMEOUT,
  );

  it(
    'a backup carrying a hostile note',
    async () => {
      const backup = (n: number) =>
        exportBackup(makeLibrary({ '2401.00001': makeEntry({ note: repeat('*a', n) }) })).content;
      await expectLinear(backup, parseImport);
    },
    TIMEOUT,
  );
});

describe('the listing parser and the query language on hostile text', () => {
  it.each([
    ['an abstract of closing parens', (n: number) => `Title\n\nhttps://x.io/${repeat(')', n)}`],
    ['blank lines', (n: number) => `Title\n${repeat('\n', n)}`],
    ['one long line', (n: number) => repeat('a', n)],
  ])(
    'listing: %s',
    async (_, make) => {
      await expectLinear(make, (text) => parseListing(text));
    },
    TIMEOUT,
  );

  it.each([
    ['quotes', (n: number) => repeat('"', n)],
    ['field prefixes', (n: number) => repeat('tag:', n)],
    ['negations', (n: number) => repeat('-a ', n)],
    ['ranges', (n: number) => repeat('year:1..', n)],
  ])(
    'query: %s',
    async (_, make) => {
      await expectLinear(make, parseQuery);
    },
    TIMEOUT,
  );
});

describe('note previews on hostile notes', () => {
  const render = (text: string) => boundedMarkdownHtml(text, micromark);

  it.each([
    ['emphasis openers', (n: number) => repeat('*a', n)],
    ['emphasis closers', (n: number) => repeat('a*', n)],
    ['unclosed links', (n: number) => repeat('[a](', n)],
    ['short hostile paragraphs', (n: number) => repeat(`${repeat('*a', 1_900)}\n\n`, n)],
  ])(
    '%s',
    async (_, make) => {
      await expectLinear(make, render);
    },
    TIMEOUT,
  );

  it('renders ordinary paragraphs around a hostile one, which shows as text', () => {
    const html = render(`# Idea\n\n${repeat('*a', 4_000)}\n\n- **one**\n- two`);
    expect(html).toContain('<h1>Idea</h1>');
    expect(html).toContain('<li><strong>one</strong></li>');
    expect(html).toContain(`<p>${repeat('*a', 4_000)}</p>`);
  });

  it('renders a note without hostile paragraphs exactly as micromark does', () => {
    const note = '# T\n\n```\ncode *x*\n\n\nmore\n```\n\n1. a\n\n   b\n\n> *q*';
    expect(render(note)).toBe(micromark(note));
  });
});
