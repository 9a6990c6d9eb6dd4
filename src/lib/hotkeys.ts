import { useEffect, useRef } from 'react';

export type HotkeyMap = Record<string, (event: KeyboardEvent) => void>;

/** True when a key press belongs to a field the user is typing in. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes(
    type,
  );
}

/**
 * Single-key shortcuts (`j`, `?`, `/`...). They never fire while typing in a field, with a modifier held, or while
 * a modal dialog is open.
 */
export function useHotkeys(map: HotkeyMap, enabled = true) {
  const mapRef = useRef(map);
  useEffect(() => {
    mapRef.current = map;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) {
        // Esc leaves a field (inside a dialog it closes the dialog instead).
        if (
          event.key === 'Escape' &&
          event.target instanceof HTMLElement &&
          !event.target.closest('dialog')
        ) {
          event.target.blur();
        }
        return;
      }
      if (document.querySelector('dialog[open]')) return;
      // Enter on a focused link or button must follow it, not a page-wide shortcut.
      if (
        event.key === 'Enter' &&
        event.target instanceof Element &&
        event.target.closest('a[href], button, summary')
      )
        return;
      const handler = mapRef.current[event.key];
      if (handler) {
        event.preventDefault();
        handler(event);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
