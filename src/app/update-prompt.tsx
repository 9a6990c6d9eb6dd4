import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';

type Update = (reload?: boolean) => Promise<void>;

/**
 * Registers the service worker (offline use) and, when a new version of the app is ready, lets the user switch
 * when it suits them. The library lives in localStorage, so reloading loses nothing once pending saves flush.
 */
export function UpdatePrompt() {
  const [update, setUpdate] = useState<Update | null>(null);
  const [offlineReady, setOfflineReady] = useState(false);

  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    let cancelled = false;
    void import('virtual:pwa-register').then(({ registerSW }) => {
      if (cancelled) return;
      const updateSW = registerSW({
        onNeedRefresh: () => setUpdate(() => updateSW),
        onOfflineReady: () => setOfflineReady(true),
      });
    });
    return () => {
      cancelled = true;
    };
  }, []);

  if (update) {
    return (
      <div
        role="status"
        className="fixed right-3 bottom-3 z-40 flex max-w-sm items-center gap-3 rounded-xl border border-line bg-surface-raised p-3 shadow-lg"
      >
        <p className="text-sm">A new version of Papershelf is ready.</p>
        <Button variant="primary" onClick={() => void update(true)}>
          Reload
        </Button>
      </div>
    );
  }
  if (offlineReady) {
    return (
      <p role="status" className="sr-only">
        Papershelf is ready to work offline.
      </p>
    );
  }
  return null;
}
