import { HfApiError, describeHttpStatus, retryAfterMs } from '@/features/feed/hf-errors';

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export type FetchJsonOptions = {
  signal?: AbortSignal;
  fetch?: typeof globalThis.fetch;
  /** Per attempt, body included. */
  timeoutMs?: number;
  /** Further attempts after a network error, a timeout or a 5xx. */
  retries?: number;
  /** Further attempts after a 429, each after the wait the server asks for. */
  rateLimitRetries?: number;
  /** A 429 asking for a longer wait than this fails at once, with the wait in its message. */
  maxRetryAfterMs?: number;
  /** First backoff delay; it doubles with each retry. */
  baseDelayMs?: number;
  sleep?: Sleep;
  now?: () => number;
  /** Told before each wait, so the interface can say why nothing moves. */
  onWait?: (wait: { ms: number; reason: 'retry' | 'rate-limited' }) => void;
};

export const DEFAULTS = {
  timeoutMs: 15_000,
  retries: 3,
  rateLimitRetries: 2,
  maxRetryAfterMs: 60_000,
  baseDelayMs: 500,
};

/** setTimeout that gives up when `signal` aborts. */
export const abortableSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new HfApiError('cancelled'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new HfApiError('cancelled'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

type Attempt =
  { ok: true; status: number; text: string } | { ok: false; status: number; headers: Headers };

/** One request with its own deadline; the caller's signal still cancels it. */
async function attempt(
  url: string,
  fetchImpl: typeof globalThis.fetch,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<Attempt> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const response = await fetchImpl(url, {
      signal: controller.signal,
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) return { ok: false, status: response.status, headers: response.headers };
    return { ok: true, status: response.status, text: await response.text() };
  } catch (cause) {
    if (signal?.aborted) throw new HfApiError('cancelled', { url, cause });
    if (timedOut) throw new HfApiError('timeout', { url, timeoutMs, cause });
    throw new HfApiError('offline', { url, cause });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

function parseJson(text: string, url: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new HfApiError('not-json', { url, cause, excerpt: text.trim().slice(0, 40) });
  }
}

/**
 * GETs JSON from the API, politely: retries network errors, timeouts and 5xx with exponential
 * backoff, waits out a 429 for as long as `Retry-After` says, and fails with an {@link HfApiError}
 * whose message a reader can act on.
 */
export async function fetchJson(url: string, options: FetchJsonOptions = {}): Promise<unknown> {
  const settings = { ...DEFAULTS, ...options };
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const sleep = options.sleep ?? abortableSleep;
  const now = options.now ?? Date.now;
  const { signal } = options;
  let failures = 0;
  let rateLimits = 0;
  const wait = async (ms: number, reason: 'retry' | 'rate-limited') => {
    options.onWait?.({ ms, reason });
    await sleep(ms, signal);
    if (signal?.aborted) throw new HfApiError('cancelled', { url });
  };
  const backoff = (n: number) => settings.baseDelayMs * 2 ** n;

  for (;;) {
    if (signal?.aborted) throw new HfApiError('cancelled', { url });
    let result: Attempt;
    try {
      result = await attempt(url, fetchImpl, settings.timeoutMs, signal);
    } catch (error) {
      const retryable =
        error instanceof HfApiError && (error.kind === 'offline' || error.kind === 'timeout');
      if (!retryable || failures >= settings.retries) throw error;
      await wait(backoff(failures++), 'retry');
      continue;
    }
    if (result.ok) return parseJson(result.text, url);
    if (result.status === 429) {
      const header = result.headers.get('Retry-After');
      const ms = retryAfterMs(header, now()) ?? backoff(rateLimits);
      if (rateLimits >= settings.rateLimitRetries || ms > settings.maxRetryAfterMs)
        throw new HfApiError('rate-limited', { url, status: 429, retryAfterMs: ms });
      rateLimits += 1;
      await wait(ms, 'rate-limited');
      continue;
    }
    if (result.status >= 500 && failures < settings.retries) {
      await wait(backoff(failures++), 'retry');
      continue;
    }
    throw new HfApiError('http', {
      url,
      status: result.status,
      statusText: describeHttpStatus(result.status),
    });
  }
}
