import { getLibrary } from '@/features/library/hooks';
import { browserLocalStorage } from '@/lib/storage';
import { checkServerAddress } from '@/features/sync/server-address';
import type { SyncSession } from '@/features/sync/sync-session';
import {
  readSyncSettings,
  SYNC_SETTINGS_KEY,
  writeSyncSettings,
  type SyncSettings,
} from '@/features/sync/sync-settings';
import { offStatus, syncStatus } from '@/features/sync/sync-status';

/**
 * Turning sync on and off. The engine (Yjs, the Hocuspocus provider) loads only when sync is on, so
 * a library without a server costs no code at all.
 */
let session: SyncSession | null = null;
let starting = 0;

const settings = () => readSyncSettings(browserLocalStorage);

async function start(current: SyncSettings) {
  const check = checkServerAddress(current.server, window.location.protocol);
  if (!check.ok) {
    syncStatus.setState({ state: 'error', message: check.message });
    return;
  }
  const attempt = ++starting;
  syncStatus.setState({ ...offStatus, state: 'connecting' });
  const { startSyncSession } = await import('@/features/sync/sync-session');
  if (attempt !== starting) return;
  session?.stop();
  session = startSyncSession({
    server: check.url,
    token: current.token,
    library: getLibrary(),
    getStorage: browserLocalStorage,
    target: window,
    now: Date.now,
    viewOnly: current.viewOnly,
    onViewOnly() {
      writeSyncSettings(browserLocalStorage, { ...current, viewOnly: true });
      window.location.reload();
    },
  });
}

function stop() {
  starting += 1;
  session?.stop();
  session = null;
  syncStatus.setState(offStatus);
}

/** At startup: resumes sync if it was on, and follows other tabs turning it on or off. */
export function resumeSync() {
  const current = settings();
  if (current?.enabled) void start(current);
  window.addEventListener('storage', (event) => {
    if (event.key !== SYNC_SETTINGS_KEY) return;
    const next = settings();
    // Switching between this device's library and a shared list swaps the whole library: reload.
    if (
      (next?.enabled === true && next.viewOnly) !==
      (current?.enabled === true && !!current.viewOnly)
    ) {
      window.location.reload();
      return;
    }
    if (next?.enabled) void start(next);
    else stop();
  });
}

/** Checks the address, saves the settings and connects; returns why not, if it cannot. */
export function turnOnSync(server: string, token: string): string | null {
  const check = checkServerAddress(server, window.location.protocol);
  if (!check.ok) return check.message;
  if (!token.trim()) return 'Enter the token that whoever runs the server gave you.';
  const next = { server: check.url, token: token.trim(), enabled: true, viewOnly: false };
  if (!writeSyncSettings(browserLocalStorage, next))
    return 'This browser did not let Papershelf save the sync settings (storage is full or blocked).';
  void start(next);
  return null;
}

/** Disconnects; this device keeps its library (and its copy of the document, for next time). */
export function turnOffSync() {
  const current = settings();
  stop();
  if (!current) return;
  writeSyncSettings(browserLocalStorage, { ...current, enabled: false, viewOnly: false });
  if (current.viewOnly) window.location.reload();
}

export function savedServerSettings(): { server: string; token: string; enabled: boolean } {
  const current = settings();
  return {
    server: current?.server ?? '',
    token: current?.token ?? '',
    enabled: current?.enabled ?? false,
  };
}
