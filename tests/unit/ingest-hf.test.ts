import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { datasetSchema } from '@/features/papers/schema';
import { ingestFromHf, parseHfArgs } from '../../scripts/ingest-hf';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-hf-'));
  dirs.push(dir);
  return dir;
};

type Item = { paper: Record<string, unknown> } & Record<string, unknown>;
const recorded = (): Item[] =>
  JSON.parse(readFileSync('tests/fixtures/hf-api-daily-papers-item.json', 'utf8')) as Item[];

/** The real item, renumbered: as many items in the API's shape as a test needs. */
function items(count: number): Item[] {
  const [sample] = recorded();
  return Array.from({ length: count }, (_, i) => ({
    ...sample,
    paper: {
      ...sample.paper,
      id: `2603.${String(10000 + i)}`,
      title: `Generated paper ${i}`,
      upvotes: i,
    },
  }));
}

/** Answers requests from a table of URL -> response, and records every URL asked for. */
function recordedFetch(answers: (url: URL) => Response) {
  const asked: string[] = [];
  const fetch = (input: string | URL | Request) => {
    const url = new URL(
      typeof input === 'string' ? input : input instanceof URL ? input : input.url,
    );
    asked.push(url.toString());
    return Promise.resolve(answers(url));
  };
  return { fetch, asked };
}

const json = (value: unknown) =>
  new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json' } });

function run(args: string[], fetch: typeof globalThis.fetch) {
  const log: string[] = [];
  const error: string[] = [];
  const code = ingestFromHf(args, {
    fetch,
    now: () => Date.UTC(2026, 2, 7, 9),
    sleep: () => Promise.resolve(),
    log: (line) => log.push(line),
    error: (line) => error.push(line),
  });
  return code.then((status) => ({ status, log: log.join('\n'), error: error.join('\n') }));
}

describe('npm run ingest -- --from-hf', () => {
  it('writes a day from the recorded API answer, with the fields the app shows', async () => {
    const out = join(scratch(), 'papers.json');
    const api = recordedFetch(() => json(recorded()));
    const result = await run(['--from-hf', '--date', '2026-03-06', '--out', out], api.fetch);
    expect(result).toMatchObject({ status: 0, error: '' });
    expect(api.asked).toEqual([
      'https://huggingface.co/api/daily_papers?date=2026-03-06&limit=50&p=0',
    ]);
    const dataset = datasetSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(dataset).toMatchObject({
      version: 1,
      capturedAt: '2026-03-07',
      source: 'Hugging Face Daily Papers API (daily_papers?date=2026-03-06)',
    });
    expect(dataset.papers).toHaveLength(1);
    expect(dataset.papers[0]).toMatchObject({
      id: '2602.23229',
      arxivId: '2602.23229',
      title: 'Large Multimodal Models as General In-Context Classifiers',
      upvotes: 10,
      comments: 1,
      githubStars: 9,
      codeUrl: 'https://github.com/marco-garosi/CIRCLE',
      projectUrl: 'https://circle-lmm.github.io/',
    });
    expect(dataset.papers[0].authors).toContain('Marco Garosi');
    expect(result.log).toMatch(/papers: +1\n/);
  });

  it('pages through a month until a short page, and asks for trending when told', async () => {
    const out = join(scratch(), 'papers.json');
    const all = items(120);
    const api = recordedFetch((url) => {
      const page = Number(url.searchParams.get('p'));
      return json(all.slice(page * 50, page * 50 + 50));
    });
    const result = await run(
      ['--from-hf', '--month', '2026-03', '--sort', 'trending', '--out', out],
      api.fetch,
    );
    expect(result.status).toBe(0);
    expect(api.asked).toEqual(
      [0, 1, 2].map(
        (p) =>
          `https://huggingface.co/api/daily_papers?month=2026-03&limit=50&p=${p}&sort=trending`,
      ),
    );
    const dataset = datasetSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(dataset.papers.map((paper) => paper.upvotes)).toEqual(all.map((_, i) => i));
  });

  it('takes an ISO week', async () => {
    const out = join(scratch(), 'papers.json');
    const api = recordedFetch(() => json(items(3)));
    expect((await run(['--from-hf', '--week', '2026-W10', '--out', out], api.fetch)).status).toBe(
      0,
    );
    expect(api.asked[0]).toBe('https://huggingface.co/api/daily_papers?week=2026-W10&limit=50&p=0');
  });

  it('writes nothing and says why when the API fails or answers something else', async () => {
    const cases: [Response, RegExp][] = [
      [new Response('busy', { status: 503 }), /HTTP 503/],
      [new Response('<html>maintenance</html>'), /not JSON/],
      [json({ error: 'Invalid date' }), /expected a list of papers/],
      [
        json([{ ...recorded()[0], paper: { ...recorded()[0].paper, title: 7 } }]),
        /item 0 \(2602\.23229\): paper\.title/,
      ],
      [
        json([{ ...recorded()[0], paper: { ...recorded()[0].paper, id: '../../etc' } }]),
        /not an arXiv id/,
      ],
    ];
    for (const [response, message] of cases) {
      const dir = scratch();
      const out = join(dir, 'papers.json');
      const result = await run(['--from-hf', '--date', '2026-03-06', '--out', out], () =>
        Promise.resolve(response.clone()),
      );
      expect(result.status).toBe(1);
      expect(result.error).toMatch(message);
      expect(result.error).toContain('https://huggingface.co/api/daily_papers?date=2026-03-06');
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(dir)).toEqual([]);
    }
  });

  it('fails a month when any page fails, leaving an existing file as it was', async () => {
    const out = join(scratch(), 'papers.json');
    const first = recordedFetch(() => json(items(2)));
    await run(['--from-hf', '--date', '2026-03-06', '--out', out], first.fetch);
    const before = readFileSync(out, 'utf8');
    const all = items(80);
    const api = recordedFetch((url) =>
      url.searchParams.get('p') === '1'
        ? new Response('', { status: 500 })
        : json(all.slice(0, 50)),
    );
    const result = await run(['--from-hf', '--month', '2026-03', '--out', out], api.fetch);
    expect(result.status).toBe(1);
    expect(result.error).toMatch(/p=1.*HTTP 500/);
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  it('refuses bad arguments before asking anything', () => {
    expect(parseHfArgs(['--from-hf'])).toBe('give exactly one of --date, --week or --month');
    expect(parseHfArgs(['--from-hf', '--date', '2026-02-30'])).toMatch(
      /--date "2026-02-30" is not valid/,
    );
    expect(parseHfArgs(['--from-hf', '--week', '2026-W54'])).toMatch(
      /--week "2026-W54" is not valid/,
    );
    expect(parseHfArgs(['--from-hf', '--month', '2026-13'])).toMatch(
      /--month "2026-13" is not valid/,
    );
    expect(parseHfArgs(['--from-hf', '--date', '2026-03-06', '--week', '2026-W10'])).toBe(
      'give exactly one of --date, --week or --month',
    );
    expect(parseHfArgs(['--from-hf', '--date'])).toBe('--date needs a value');
    expect(parseHfArgs(['--from-hf', '--date', '2026-03-06', '--sort', 'likes'])).toMatch(
      /only trending/,
    );
    expect(parseHfArgs(['--from-hf', '--date', '2026-03-06', '--bogus'])).toBe(
      'unknown option --bogus',
    );
    expect(parseHfArgs(['--from-hf', '--date', '2026-03-06'])).toEqual({
      period: { kind: 'day', date: '2026-03-06' },
      out: 'public/papers.json',
      sort: undefined,
    });
  });
});
