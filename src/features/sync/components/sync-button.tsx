import { lazy, Suspense, useId, useState } from 'react';
import { useStore } from 'zustand';
import { describeStatus, syncStatus, type SyncState } from '@/features/sync/sync-status';

const SyncDialog = lazy(() =>
  import('@/features/sync/components/sync-dialog').then((module) => ({
    default: module.SyncDialog,
  })),
);

const DOT: Record<SyncState, string> = {
  off: 'bg-ink-muted/40',
  connecting: 'bg-warn',
  synced: 'bg-ok',
  offline: 'bg-warn',
  error: 'bg-danger',
};

/** The header's "Sync" button, with the state beside it once sync is on. */
export function SyncButton() {
  const [open, setOpen] = useState(false);
  const status = useStore(syncStatus);
  const stateId = useId();
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        aria-describedby={status.state === 'off' ? undefined : stateId}
        className="inline-flex min-h-11 items-center gap-2 rounded-lg px-3 text-sm font-medium text-ink hover:bg-surface-sunken sm:min-h-9"
      >
        <span aria-hidden="true" className={`size-2 rounded-full ${DOT[status.state]}`} />
        Sync
      </button>
      {status.state !== 'off' && (
        <span id={stateId} className="hidden text-xs text-ink-muted sm:inline">
          {describeStatus(status)}
        </span>
      )}
      {open && (
        <Suspense fallback={null}>
          <SyncDialog open onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
