type PageHandlers = {
  /** Another tab changed `key` (null: it cleared the whole storage). */
  onStorage(key: string | null): void;
  /** The page is being hidden or left: the last chance to save. */
  onLeave(): void;
};

/** Subscribes to the page events persistence cares about; returns the unsubscribe. */
export function listenToPage(target: Window | null, handlers: PageHandlers): () => void {
  if (!target) return () => {};
  const onStorage = (event: StorageEvent) => handlers.onStorage(event.key);
  const onPageHide = () => handlers.onLeave();
  const onVisibility = () => {
    if (target.document.visibilityState === 'hidden') handlers.onLeave();
  };
  target.addEventListener('storage', onStorage);
  target.addEventListener('pagehide', onPageHide);
  target.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    target.removeEventListener('storage', onStorage);
    target.removeEventListener('pagehide', onPageHide);
    target.document.removeEventListener('visibilitychange', onVisibility);
  };
}
