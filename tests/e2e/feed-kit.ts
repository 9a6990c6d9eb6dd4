import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Route } from '@playwright/test';

/** The real `daily_papers` item recorded from the API (tests/fixtures, a copy of the shared sample). */
export const SAMPLE_ITEM = (
  JSON.parse(readFileSync('tests/fixtures/hf-api-daily-papers-item.json', 'utf8')) as unknown[]
)[0] as Record<string, unknown> & { paper: Record<string, unknown> };
export const SAMPLE_TITLE = 'Large Multimodal Models as General In-Context Classifiers';
export const SAMPLE_DAY = '2026-03-06';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** An arXiv id for the n-th generated paper of a day: `YYMM.NNNNN`, unique per (day, n). */
export function generatedId(day: string, n: number): string {
  const [year, month, date] = day.split('-');
  return `${year.slice(2)}${month}.${pad(Number(date) * 2000 + n, 5)}`;
}

/** One item in the API's shape, made from the real sample with another id, title and day. */
export function generatedItem(day: string, n: number, fields: { upvotes?: number } = {}) {
  const id = generatedId(day, n);
  const title = `Generated paper ${n} of ${day}: a study of item ${id}`;
  return {
    ...SAMPLE_ITEM,
    title,
    publishedAt: `${day}T06:00:00.000Z`,
    paper: {
      ...SAMPLE_ITEM.paper,
      id,
      title,
      summary: `Abstract of generated paper ${n}, published for the feed of ${day}.`,
      submittedOnDailyAt: `${day}T04:00:00.000Z`,
      upvotes: fields.upvotes ?? n,
    },
  };
}

/** A day's answer page as the API pages it (`limit`, `p`). */
export function dayPage(day: string, total: number, url: URL, make = generatedItem) {
  const limit = Number(url.searchParams.get('limit') ?? 50);
  const page = Number(url.searchParams.get('p') ?? 0);
  const items = [];
  for (let n = page * limit; n < Math.min(total, (page + 1) * limit); n++) items.push(make(day, n));
  return items;
}

export type FeedAnswer =
  | { status: number; body: unknown; headers?: Record<string, string>; delayMs?: number }
  | { raw: string; status?: number; delayMs?: number }
  | 'abort';

/** Answers every `https://huggingface.co/api/**` request with what `answer` says, and records the URLs. */
export async function routeFeed(
  target: Page | BrowserContext,
  answer: (url: URL) => FeedAnswer | Promise<FeedAnswer>,
): Promise<URL[]> {
  const seen: URL[] = [];
  await target.route('https://huggingface.co/api/**', async (route: Route) => {
    const url = new URL(route.request().url());
    seen.push(url);
    const reply = await answer(url);
    if (reply === 'abort') return route.abort('internetdisconnected');
    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    const headers = {
      'access-control-allow-origin': '*',
      ...('headers' in reply && reply.headers),
    };
    await route
      .fulfill({
        status: reply.status ?? 200,
        contentType: 'application/json',
        headers,
        body: 'raw' in reply ? reply.raw : JSON.stringify(reply.body),
      })
      .catch(() => undefined); // the page may have gone (cancel, reload) meanwhile
  });
  return seen;
}

export const dayOf = (url: URL) => url.searchParams.get('date');
