export type HfErrorKind =
  'offline' | 'rate-limited' | 'http' | 'timeout' | 'not-json' | 'bad-shape' | 'cancelled';

export type HfErrorDetails = {
  url?: string;
  status?: number;
  statusText?: string;
  /** How long the server asked to wait (429). */
  retryAfterMs?: number;
  timeoutMs?: number;
  /** The start of a body that is not JSON. */
  excerpt?: string;
  /** Where the shape is wrong: `item 3 (2512.01234): paper.title: expected a string`. */
  problem?: string;
  cause?: unknown;
};

const STATUS_TEXT: Record<number, string> = {
  400: 'bad request',
  401: 'not signed in',
  403: 'forbidden',
  404: 'not found',
  429: 'too many requests',
  500: 'server error',
  502: 'bad gateway',
  503: 'service unavailable',
  504: 'gateway timeout',
};

export const describeHttpStatus = (status: number) =>
  STATUS_TEXT[status] ?? (status >= 500 ? 'server error' : 'refused');

/** "30 seconds", "1 second", "2 minutes". */
export function formatWait(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 120) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

function messageFor(kind: HfErrorKind, details: HfErrorDetails): string {
  switch (kind) {
    case 'offline':
      return 'Could not reach Hugging Face: the browser seems to be offline or the connection failed.';
    case 'rate-limited':
      return `Hugging Face is limiting requests (HTTP 429). Try again in ${formatWait(details.retryAfterMs ?? 0)}.`;
    case 'http':
      return `Hugging Face answered HTTP ${details.status ?? '?'} (${details.statusText ?? 'error'}).`;
    case 'timeout':
      return `Hugging Face did not answer within ${formatWait(details.timeoutMs ?? 0)}.`;
    case 'not-json':
      return details.excerpt
        ? `Hugging Face's answer is not JSON (it starts with ${JSON.stringify(details.excerpt)}).`
        : "Hugging Face's answer is empty, not JSON.";
    case 'bad-shape':
      return `Hugging Face's answer is not in the expected shape: ${details.problem ?? 'unknown problem'}.`;
    case 'cancelled':
      return 'Cancelled.';
  }
}

/** Every failure of the papers API, typed by what the reader can do about it. */
export class HfApiError extends Error {
  readonly kind: HfErrorKind;
  readonly details: HfErrorDetails;

  constructor(kind: HfErrorKind, details: HfErrorDetails = {}) {
    super(messageFor(kind, details), details.cause === undefined ? {} : { cause: details.cause });
    this.name = 'HfApiError';
    this.kind = kind;
    this.details = details;
  }

  get status() {
    return this.details.status;
  }

  get retryAfterMs() {
    return this.details.retryAfterMs;
  }
}

/** `Retry-After` as milliseconds from `now`: delta seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (header === null || header.trim() === '') return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
