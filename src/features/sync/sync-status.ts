import { createStore } from 'zustand/vanilla';

export type SyncState = 'off' | 'connecting' | 'synced' | 'offline' | 'error';

export type SyncStatus = {
  state: SyncState;
  /** Changes made here that the server has not confirmed yet. */
  pending: number;
  /** What went wrong and what to do about it (state 'error'), or a warning that does not stop sync. */
  message: string | null;
  /** The token only lets this device read the library: a shared list. */
  readOnly: boolean;
};

export const SYNC_STATE_LABELS: Record<SyncState, string> = {
  off: 'Off',
  connecting: 'Connecting',
  synced: 'Synced',
  offline: 'Offline',
  error: 'Error',
};

export const offStatus: SyncStatus = { state: 'off', pending: 0, message: null, readOnly: false };

/** The sync state the header and the dialog show; the (lazily loaded) session writes it. */
export const syncStatus = createStore<SyncStatus>()(() => offStatus);

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** One line for the header: "Offline, 3 changes waiting". */
export function describeStatus(status: SyncStatus): string {
  const label = SYNC_STATE_LABELS[status.state];
  if (status.state === 'offline' && status.pending > 0)
    return `${label}, ${plural(status.pending, 'change', 'changes')} waiting`;
  if (status.state === 'synced' && status.readOnly) return `${label}, read-only`;
  return label;
}
