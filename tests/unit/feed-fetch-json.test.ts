import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchJson, type FetchJsonOptions } from '@/features/feed/fetch-json';
import { HfApiError } from '@/features/feed/hf-errors';

const URL_ = 'https://huggingface.co/api/daily_papers?date=2026-03-06';
type Answer = Response | Error | ((signal: AbortSignal) => Promise<Response>);

/** A fetch that gives the scripted answers in order and records what was asked. */
function scripted(...answers: Answer[]) {
  const calls: string[] = [];
  const fetch = vi.fn((input: string | URL, init?: RequestInit) => {
    calls.push(String(input));
    const answer = answers.shift();
    if (answer === undefined) throw new Error('no more answers');
    if (answer instanceof Error) return Promise.reject(answer);
    if (typeof answer === 'function') return answer(init?.signal ?? new AbortController().signal);
    return Promise.resolve(answer);
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

const json = (value: unknown, status = 200) =>
  new Response(JSON.stringify(value), { status, headers: { 'Content-Type': 'application/json' } });
const status = (code: number, headers: Record<string, string> = {}) =>
  new Response('busy', { status: code, headers });

function recorder() {
  const waits: number[] = [];
  const sleep = (ms: number) => {
    waits.push(ms);
    return Promise.resolve();
  };
  return { waits, sleep };
}

async function failure(promise: Promise<unknown>): Promise<HfApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HfApiError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

const NOW = Date.parse('2026-03-06T10:00:00Z');
const base = (extra: Partial<FetchJsonOptions> = {}): FetchJsonOptions => ({
  now: () => NOW,
  ...extra,
});

describe('fetchJson', () => {
  afterEach(() => vi.useRealTimers());

  it('returns the parsed body', async () => {
    const { fetch } = scripted(json([{ a: 1 }]));
    await expect(fetchJson(URL_, base({ fetch }))).resolves.toEqual([{ a: 1 }]);
  });

  it('waits the seconds Retry-After asks on a 429, then retries', async () => {
    const { fetch, calls } = scripted(status(429, { 'Retry-After': '7' }), json([]));
    const { waits, sleep } = recorder();
    await expect(fetchJson(URL_, base({ fetch, sleep }))).resolves.toEqual([]);
    expect(waits).toEqual([7000]);
    expect(calls).toEqual([URL_, URL_]);
  });

  it('waits until the HTTP date Retry-After gives', async () => {
    const later = new Date(NOW + 12_000).toUTCString();
    const { fetch } = scripted(status(429, { 'Retry-After': later }), json([]));
    const { waits, sleep } = recorder();
    await fetchJson(URL_, base({ fetch, sleep }));
    expect(waits).toEqual([12_000]);
  });

  it('gives up after a bounded number of 429s and says how long to wait', async () => {
    const limited = () => status(429, { 'Retry-After': '30' });
    const { fetch, calls } = scripted(limited(), limited(), limited(), limited());
    const { sleep } = recorder();
    const error = await failure(fetchJson(URL_, base({ fetch, sleep, rateLimitRetries: 2 })));
    expect(error.kind).toBe('rate-limited');
    expect(error.retryAfterMs).toBe(30_000);
    expect(error.message).toBe(
      'Hugging Face is limiting requests (HTTP 429). Try again in 30 seconds.',
    );
    expect(calls).toHaveLength(3);
  });

  it('does not sit out a very long Retry-After: it fails at once with the wait', async () => {
    const { fetch, calls } = scripted(status(429, { 'Retry-After': '3600' }));
    const error = await failure(fetchJson(URL_, base({ fetch, sleep: recorder().sleep })));
    expect(error.message).toMatch(/Try again in 60 minutes\.$/);
    expect(calls).toHaveLength(1);
  });

  it('retries a 500 with exponential backoff, then takes the 200', async () => {
    const { fetch } = scripted(status(500), status(503), json(['ok']));
    const { waits, sleep } = recorder();
    await expect(fetchJson(URL_, base({ fetch, sleep, baseDelayMs: 100 }))).resolves.toEqual([
      'ok',
    ]);
    expect(waits).toEqual([100, 200]);
  });

  it('reports the status once 5xx retries run out, and does not retry a 404', async () => {
    const failing = scripted(status(502), status(502));
    const error = await failure(
      fetchJson(URL_, base({ fetch: failing.fetch, sleep: recorder().sleep, retries: 1 })),
    );
    expect(error).toMatchObject({ kind: 'http', status: 502 });
    expect(error.message).toBe('Hugging Face answered HTTP 502 (bad gateway).');
    const missing = scripted(status(404), json([]));
    expect(await failure(fetchJson(URL_, base({ fetch: missing.fetch })))).toMatchObject({
      kind: 'http',
      status: 404,
    });
    expect(missing.calls).toHaveLength(1);
  });

  it('retries a network error, and calls it offline when it persists', async () => {
    const flaky = scripted(new TypeError('Failed to fetch'), json([1]));
    await expect(
      fetchJson(URL_, base({ fetch: flaky.fetch, sleep: recorder().sleep })),
    ).resolves.toEqual([1]);
    const down = scripted(...Array.from({ length: 4 }, () => new TypeError('Failed to fetch')));
    const error = await failure(
      fetchJson(URL_, base({ fetch: down.fetch, sleep: recorder().sleep })),
    );
    expect(error.kind).toBe('offline');
    expect(error.message).toMatch(/^Could not reach Hugging Face/);
    expect(down.calls).toHaveLength(4);
  });

  it('times out a request that never answers', async () => {
    vi.useFakeTimers();
    const never = (signal: AbortSignal) =>
      new Promise<Response>((_, reject) =>
        signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    const { fetch } = scripted(never);
    const pending = failure(fetchJson(URL_, base({ fetch, timeoutMs: 10_000, retries: 0 })));
    await vi.advanceTimersByTimeAsync(10_000);
    const error = await pending;
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('Hugging Face did not answer within 10 seconds.');
  });

  it('says a body that is not JSON is not JSON, truncated JSON included', async () => {
    const html = scripted(new Response('<!DOCTYPE html><html>Maintenance</html>'));
    const error = await failure(fetchJson(URL_, base({ fetch: html.fetch })));
    expect(error.kind).toBe('not-json');
    expect(error.message).toBe(
      'Hugging Face\'s answer is not JSON (it starts with "<!DOCTYPE html><html>Maintenance</html>").',
    );
    const cut = scripted(new Response('[{"paper": {"id": "2602.23229", "tit'));
    expect((await failure(fetchJson(URL_, base({ fetch: cut.fetch })))).kind).toBe('not-json');
  });

  it('stops at once when cancelled, during a request or a wait', async () => {
    const controller = new AbortController();
    const hanging = (signal: AbortSignal) =>
      new Promise<Response>((_, reject) => {
        signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        controller.abort();
      });
    const { fetch } = scripted(hanging);
    const error = await failure(fetchJson(URL_, base({ fetch, signal: controller.signal })));
    expect(error.kind).toBe('cancelled');

    const waiting = new AbortController();
    const limited = scripted(status(429, { 'Retry-After': '5' }), json([]));
    const sleep = () => {
      waiting.abort();
      return Promise.resolve();
    };
    const cancelled = await failure(
      fetchJson(URL_, base({ fetch: limited.fetch, sleep, signal: waiting.signal })),
    );
    expect(cancelled.kind).toBe('cancelled');
    expect(limited.calls).toHaveLength(1);
  });
});
