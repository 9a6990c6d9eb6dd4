import type { ProbeState } from './page-probes';

/**
 * Performance observers for the probes (serialised into the page after installProbes): long tasks,
 * long animation frames with their slowest scripts, User Timing measures and input Event Timing.
 */
export function installObservers() {
  const state: ProbeState | undefined = window.__papershelfBench;
  if (!state) return;
  const observe = (
    type: string,
    take: (entry: PerformanceEntry) => void,
    extra: Record<string, unknown> = {},
  ) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(take)).observe({
        type,
        buffered: true,
        ...extra,
      });
    } catch {
      // Entry type not supported by this browser: that figure stays empty.
    }
  };
  observe('longtask', (entry) =>
    state.longTasks.push({ start: entry.startTime, duration: entry.duration }),
  );
  // The DOM typings have no Long Animation Frame entries yet: read their fields structurally.
  type LoafScript = { sourceURL: string; invoker: string; duration: number };
  const isScript = (value: unknown): value is LoafScript =>
    typeof value === 'object' &&
    value !== null &&
    'duration' in value &&
    typeof value.duration === 'number' &&
    'sourceURL' in value &&
    typeof value.sourceURL === 'string' &&
    'invoker' in value &&
    typeof value.invoker === 'string';
  observe('long-animation-frame', (entry) => {
    const scripts: unknown[] =
      'scripts' in entry && Array.isArray(entry.scripts) ? entry.scripts : [];
    state.loafs.push({
      start: entry.startTime,
      duration: entry.duration,
      blocking:
        'blockingDuration' in entry && typeof entry.blockingDuration === 'number'
          ? entry.blockingDuration
          : 0,
      scripts: scripts
        .filter(isScript)
        .sort((a, b) => b.duration - a.duration)
        .slice(0, 3)
        .map((script) => ({
          source: script.sourceURL,
          invoker: script.invoker,
          duration: script.duration,
        })),
    });
  });
  observe('measure', (entry) =>
    state.measures.push({ name: entry.name, start: entry.startTime, duration: entry.duration }),
  );
  observe(
    'event',
    (entry) => {
      if (!(entry instanceof PerformanceEventTiming)) return;
      if (!['keydown', 'pointerdown', 'click', 'input', 'change'].includes(entry.name)) return;
      state.events.push({
        name: entry.name,
        start: entry.startTime,
        duration: entry.duration,
        processingStart: entry.processingStart,
        processingEnd: entry.processingEnd,
      });
    },
    { durationThreshold: 16 },
  );
}
