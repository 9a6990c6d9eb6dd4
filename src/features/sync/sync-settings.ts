import { readStorageKey, writeStorageKey, type StorageLike } from '@/lib/storage';

/** Where this device's sync settings live (never in a URL). */
export const SYNC_SETTINGS_KEY = 'papershelf:sync';

export type SyncSettings = {
  server: string;
  token: string;
  enabled: boolean;
  /** The server let this token only read: the app shows the shared list instead of this device's own. */
  viewOnly: boolean;
};

export function readSyncSettings(getStorage: () => StorageLike): SyncSettings | null {
  const read = readStorageKey(getStorage, SYNC_SETTINGS_KEY);
  if (!read.ok || read.value === null) return null;
  try {
    const value: unknown = JSON.parse(read.value);
    if (typeof value !== 'object' || value === null) return null;
    const { server, token, enabled, viewOnly } = value as Record<string, unknown>;
    if (typeof server !== 'string' || typeof token !== 'string') return null;
    return { server, token, enabled: enabled === true, viewOnly: viewOnly === true };
  } catch {
    return null;
  }
}

export function writeSyncSettings(getStorage: () => StorageLike, settings: SyncSettings): boolean {
  return writeStorageKey(getStorage, SYNC_SETTINGS_KEY, JSON.stringify(settings)).ok;
}

/** True when the app should show the shared list (read-only) instead of this device's library. */
export function isViewOnly(getStorage: () => StorageLike): boolean {
  const current = readSyncSettings(getStorage);
  return current?.enabled === true && current.viewOnly;
}
