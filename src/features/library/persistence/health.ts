import type { StorageFailure } from '@/lib/storage';

/** What the interface needs to tell the user about saving; one object so a banner reads it in one place. */
export type StorageHealth = {
  /** The saved value could not be read. It stays untouched until the user decides what to do. */
  unreadable: { raw: string; reason: string; setAsideFailed: boolean } | null;
  /** Saved by a newer version of the app: this tab must not write, only reload. */
  readOnly: { version: number } | null;
  /** The last save failed; the changes live only in this tab until a save succeeds. */
  failure: StorageFailure | null;
  /** Changes are waiting for the debounced save (or for the block above to clear). */
  pending: boolean;
  /** Characters in the last serialized library, key included: what localStorage quotas count. */
  size: number;
  nearQuota: boolean;
  lastSavedAt: string | null;
  /** Where "Start fresh" copied the unreadable value before writing over it. */
  setAsideKey: string | null;
  /** The answer of navigator.storage.persist(), once asked. */
  persisted: boolean | null;
  /** Saved stamps that were not valid dates and were repaired on load (`entries["x"].updatedAt`). */
  repairedStamps: string[];
};

export const initialHealth: StorageHealth = {
  unreadable: null,
  readOnly: null,
  failure: null,
  pending: false,
  size: 0,
  nearQuota: false,
  lastSavedAt: null,
  setAsideKey: null,
  persisted: null,
  repairedStamps: [],
};

export type SaveState = 'saved' | 'saving' | 'not-saved';

export const SAVE_STATE_LABELS: Record<SaveState, string> = {
  saved: 'Saved',
  saving: 'Saving…',
  'not-saved': 'Not saved',
};

export function saveStateOf(health: StorageHealth): SaveState {
  if (health.failure) return 'not-saved';
  if (health.pending) return health.unreadable || health.readOnly ? 'not-saved' : 'saving';
  return 'saved';
}
