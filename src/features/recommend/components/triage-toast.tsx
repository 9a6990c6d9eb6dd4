import { useEffect, useSyncExternalStore } from 'react';
import { Button } from '@/components/ui/button';
import {
  forgetTriage,
  lastTriage,
  subscribeToTriage,
  undoTriage,
  type TriageStep,
} from '@/features/recommend/triage';

const SHOWN_MS = 8000;

function message({ title, rating }: TriageStep): string {
  if (rating === 'more') return `More like this: “${title}”.`;
  if (rating === 'less') return `Not interested: “${title}” is hidden from your lists.`;
  return `Rating taken back: “${title}”.`;
}

/** After a triage press: what it did, with Undo (the `u` key does the same), for a few seconds. */
export function TriageToast() {
  const step = useSyncExternalStore(subscribeToTriage, lastTriage);
  useEffect(() => {
    if (!step) return;
    const timer = setTimeout(forgetTriage, SHOWN_MS);
    return () => clearTimeout(timer);
  }, [step]);
  return (
    <div className="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex justify-center px-3">
      <div role="status" aria-live="polite" className="pointer-events-auto">
        {step && (
          <div className="flex max-w-xl items-center gap-3 rounded-xl border border-line bg-surface-raised px-4 py-2 text-sm shadow-lg">
            <span className="min-w-0 [overflow-wrap:anywhere]">{message(step)}</span>
            <Button onClick={undoTriage}>Undo</Button>
          </div>
        )}
      </div>
    </div>
  );
}
