/**
 * Probes installed in the page before any app script runs (context.addInitScript). Each exported
 * function is serialised into the page, so it may use only browser globals and its own parameters.
 * All times are performance.now() in the page: milliseconds since the navigation started.
 */

export type Timed = { start: number; duration: number };
export type LongFrame = Timed & {
  blocking: number;
  scripts: Array<{ source: string; invoker: string; duration: number }>;
};
export type EventTiming = Timed & { name: string; processingStart: number; processingEnd: number };

/** Waits for what a user would see change after an input: the result count, the list, or a toggle. */
export type ArmOptions = {
  trigger: 'keydown' | 'pointerdown' | 'input';
  waitFor: 'status' | 'list' | 'pressed';
  /** Give up this long after the trigger (the update may legitimately not change anything). */
  timeoutMs: number;
};

export type UpdateResult = {
  /** The trigger event's timeStamp: when the browser received the input, queueing included. */
  t0: number | null;
  /** A task after the first frame that followed the trigger: the input's own echo (typed character, tick). */
  echoAt: number | null;
  /** First DOM change of the awaited kind after t0. */
  changedAt: number | null;
  /** A task run after the next animation frame following that change: the frame was produced. */
  paintedAt: number | null;
  via: 'status' | 'list' | 'pressed' | null;
  text: string;
  /** The result count changed between arming and the trigger: a late update of an earlier input. */
  late: boolean;
};

export type ProbeState = {
  firstArticle: { dom: number; painted: number } | null;
  longTasks: Timed[];
  /** Long animation frames with the scripts that ran longest in them (source URL or "" for injected code). */
  loafs: LongFrame[];
  events: EventTiming[];
  measures: Array<Timed & { name: string }>;
  statusLog: Array<{ t: number; text: string }>;
  indexingLog: Array<{ t: number; on: boolean }>;
  /** Look for an "Indexing…" indicator on every DOM change; switched off once load is measured. */
  watchIndexing: boolean;
  frames: number[] | null;
  pending: Promise<UpdateResult> | null;
  /** Set by installArm (page-arm.ts). */
  arm: ((options: ArmOptions) => void) | null;
  resultsText(): string;
  listSignature(): string;
  afterPaint(done: (t: number) => void): void;
};

declare global {
  interface Window {
    __papershelfBench?: ProbeState;
  }
}

/** esbuild (through tsx) wraps named functions in __name(); the page has no such helper. */
export const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

export function installProbes() {
  const results = () => {
    for (const region of document.querySelectorAll('[role="status"]')) {
      const text = region.textContent ?? '';
      if (/\d[\d,.\u00a0\u202f ]*\s*papers?\b/i.test(text)) return text.trim();
    }
    return '';
  };
  const state: ProbeState = {
    firstArticle: null,
    longTasks: [],
    loafs: [],
    events: [],
    measures: [],
    statusLog: [],
    indexingLog: [],
    watchIndexing: true,
    frames: null,
    pending: null,
    arm: null,
    resultsText: results,
    // Markup, not text: a longer prefix that keeps the same papers still re-renders their highlights.
    listSignature: () =>
      [...document.querySelectorAll('article')]
        .slice(0, 3)
        .map((article) => article.innerHTML)
        .join('|'),
    afterPaint: (done) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done(performance.now());
        channel.port2.postMessage(null);
      }),
  };
  window.__papershelfBench = state;

  let lastText = '';
  let indexing = false;
  const INDEXING_TEXT =
    "boolean(//body//text()[contains(., 'Indexing…') or contains(., 'Indexing...')][not(ancestor::script) and not(ancestor::style)])";
  const watch = new MutationObserver(() => {
    const now = performance.now();
    if (!state.firstArticle) {
      const article = document.querySelector('article');
      if (article && article.getClientRects().length > 0) {
        const first = { dom: now, painted: 0 };
        state.afterPaint((t) => {
          first.painted = t;
          state.firstArticle = first;
        });
        state.firstArticle = first;
      }
    }
    const text = results();
    if (text !== lastText) {
      lastText = text;
      state.statusLog.push({ t: now, text });
    }
    if (!state.watchIndexing) return;
    // The app's "Indexing…" indicator: that text anywhere, or a status region or progress bar about indexing.
    const busy =
      document.evaluate(INDEXING_TEXT, document, null, XPathResult.BOOLEAN_TYPE, null)
        .booleanValue ||
      [...document.querySelectorAll('[role="status"], [role="progressbar"]')].some((node) =>
        /index/i.test(`${node.textContent ?? ''} ${node.getAttribute('aria-label') ?? ''}`),
      );
    if (busy !== indexing) {
      indexing = busy;
      state.indexingLog.push({ t: now, on: busy });
    }
  });
  watch.observe(document, { childList: true, subtree: true, characterData: true });
}
