import type { ArmOptions, UpdateResult } from './page-probes';

/**
 * Installs `arm()`: call it, then send a real input from Playwright; `pending` resolves once what the
 * user waits for has changed and the next frame was produced, or after the timeout. Serialised into
 * the page like page-probes.ts, so it uses nothing from this module's scope.
 */
export function installArm() {
  const state = window.__papershelfBench;
  if (!state) return;
  const pressedOf = () =>
    [...document.querySelectorAll('article button[aria-pressed]')]
      .filter((button) =>
        /^bookmark/i.test(button.getAttribute('aria-label') ?? button.textContent?.trim() ?? ''),
      )
      .map((button) => button.getAttribute('aria-pressed'))
      .join(',');

  state.arm = ({ trigger, waitFor, timeoutMs }: ArmOptions) => {
    const base = { status: state.resultsText(), list: state.listSignature(), pressed: pressedOf() };
    const result: UpdateResult = {
      t0: null,
      echoAt: null,
      changedAt: null,
      paintedAt: null,
      via: null,
      text: base.status,
      late: false,
    };
    let listChange: { at: number; paintedAt: number | null } | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let finish: (value: UpdateResult) => void = () => undefined;
    state.pending = new Promise<UpdateResult>((resolve) => (finish = resolve));

    const stop = () => {
      observer.disconnect();
      window.removeEventListener(trigger, onTrigger, true);
      clearTimeout(timer);
    };
    const settle = (via: UpdateResult['via'], at: number) => {
      stop();
      result.via = via;
      result.changedAt = at;
      result.text = state.resultsText();
      state.afterPaint((painted) => {
        result.paintedAt = painted;
        finish(result);
      });
    };
    const onTimeout = () => {
      stop();
      // The count did not change: report the list update, if the list changed at all.
      if (listChange) {
        result.via = 'list';
        result.changedAt = listChange.at;
        result.paintedAt = listChange.paintedAt;
      }
      result.text = state.resultsText();
      finish(result);
    };
    const onTrigger = (event: Event) => {
      if (result.t0 !== null) return;
      result.t0 = event.timeStamp;
      state.afterPaint((painted) => (result.echoAt = painted));
      timer = setTimeout(onTimeout, timeoutMs);
    };
    const observer = new MutationObserver(() => {
      const now = performance.now();
      if (result.t0 === null) {
        // Something still arriving from an earlier input: compare against what is shown now.
        const status = state.resultsText();
        if (status !== base.status) result.late = true;
        Object.assign(base, { status, list: state.listSignature(), pressed: pressedOf() });
        return;
      }
      if (waitFor === 'pressed') {
        if (pressedOf() !== base.pressed) settle('pressed', now);
        return;
      }
      if (waitFor === 'status' && state.resultsText() !== base.status) return settle('status', now);
      if (!listChange && state.listSignature() !== base.list) {
        const change: { at: number; paintedAt: number | null } = { at: now, paintedAt: null };
        listChange = change;
        if (waitFor === 'list') return settle('list', now);
        state.afterPaint((painted) => (change.paintedAt = painted));
      }
    });
    window.addEventListener(trigger, onTrigger, true);
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: waitFor === 'pressed',
      attributeFilter: waitFor === 'pressed' ? ['aria-pressed'] : undefined,
    });
  };
}
