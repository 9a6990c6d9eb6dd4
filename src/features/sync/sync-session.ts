import {
  HocuspocusProvider,
  HocuspocusProviderWebsocket,
  WebSocketStatus,
} from '@hocuspocus/provider';
import type { Library } from '@/features/library/state/store';
import type { StorageLike } from '@/lib/storage';
import { bindLibrary } from '@/features/sync/library-binding';
import { openDocStore } from '@/features/sync/doc-storage';
import { LIBRARY_DOCUMENT, REFUSALS } from '@/features/sync/sync-protocol';
import type { StoreApi } from 'zustand/vanilla';
import { syncStatus, type SyncStatus } from '@/features/sync/sync-status';

export type SyncSessionOptions = {
  /** A checked WebSocket URL (checkServerAddress). */
  server: string;
  token: string;
  library: Library;
  getStorage: () => StorageLike;
  target: Window | null;
  now: () => number;
  /** The library is the shared list shown read-only (an earlier connection found the token read-only). */
  viewOnly: boolean;
  /** The server said this token may only read: the caller switches to showing the shared list. */
  onViewOnly(): void;
  /** Where the state is shown (the app's one by default; tests run two devices in one process). */
  status?: StoreApi<SyncStatus>;
  /** Lets tests pass a WebSocket implementation (Node has none). */
  WebSocketPolyfill?: unknown;
};

export type SyncSession = { stop(): void };

const REFUSAL_MESSAGES: Record<string, string> = {
  [REFUSALS.token]:
    'The server did not accept this token. Check it with whoever runs the server, then turn sync on again. Nothing was changed.',
  [REFUSALS.document]:
    'The server does not keep a Papershelf library. Check the address. Nothing was changed.',
};

/** A short tag of the token (not a secret: the token itself is in the settings): a new token starts afresh. */
function tokenTag(token: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < token.length; i += 1)
    hash = Math.imul(hash ^ token.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16);
}

// 1009: the WebSocket was closed because a message was over the server's --max-message-bytes.
const TOO_LARGE = 1009;

/** Connects the library to a sync server: merge first, then both ways, offline edits kept and sent later. */
export function startSyncSession(options: SyncSessionOptions): SyncSession {
  const { library } = options;
  const statusStore = options.status ?? syncStatus;
  const update = (patch: Partial<SyncStatus>) => statusStore.setState(patch);
  let pending = 0;
  let stopped = false;
  const startedAt = performance.now();
  let measured = false;
  update({ state: 'connecting', pending: 0, message: null, readOnly: false });

  // Another tab may have saved since this one loaded: take that in before comparing with the document.
  library.core.persistence.load();
  const store = openDocStore({
    binding: { server: options.server, document: LIBRARY_DOCUMENT, token: tokenTag(options.token) },
    getStorage: options.getStorage,
    flushLibrary: () => library.core.persistence.flush(),
    onFailure: (failure) =>
      update({
        message: failure
          ? `This browser did not keep sync's offline copy (${failure.message}). Your library is saved; changes made offline are sent again once the server answers.`
          : null,
      }),
    target: options.target,
  });
  let merged = !store.fresh;
  const binding = bindLibrary(store.doc, library, {
    now: options.now,
    events: {
      onLocalWrite(count) {
        pending += count;
        if (statusStore.getState().state !== 'error') update({ pending });
      },
      onInvalid(problems) {
        update({
          message: `Skipped ${problems.length} change${problems.length === 1 ? '' : 's'} from the server that ${problems.length === 1 ? 'is' : 'are'} not valid library data (${problems.slice(0, 3).join('; ')}).`,
        });
      },
    },
  });
  if (merged) binding.reconcile();

  function fail(message: string) {
    stopped = true;
    update({ state: 'error', message });
    socket.disconnect();
  }

  function settle() {
    if (stopped) return;
    if (provider.isSynced && provider.unsyncedChanges === 0) {
      pending = 0;
      update({ state: 'synced', pending });
      // How long this device took to hold the merged library (the sync benchmark reads it).
      if (!measured) performance.measure('papershelf:sync-first', { start: startedAt });
      measured = true;
    }
  }

  // Retries at most every 5 s (the default backs off to 30 s): a server back from a restart is found soon.
  const socket = new HocuspocusProviderWebsocket({
    url: options.server,
    delay: 500,
    minDelay: 500,
    factor: 1.5,
    maxDelay: 5000,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: LIBRARY_DOCUMENT,
    document: store.doc,
    token: options.token,
    onAuthenticated({ scope }) {
      const readOnly = scope === 'readonly';
      update({ readOnly });
      if (readOnly && !options.viewOnly) {
        // A read-only token shows the shared list; this device's own library is never merged into it.
        stopped = true;
        socket.disconnect();
        options.onViewOnly();
      }
    },
    onAuthenticationFailed({ reason }) {
      fail(
        REFUSAL_MESSAGES[reason] ??
          `The server refused the connection (${reason}). Nothing was changed.`,
      );
    },
    onSynced() {
      if (stopped) return;
      if (!merged) {
        merged = true;
        binding.mergeFirst();
        store.changed();
      }
      settle();
    },
    onUnsyncedChanges: settle,
    onStatus({ status }) {
      if (stopped) return;
      if (status === WebSocketStatus.Disconnected) update({ state: 'offline', pending });
      else if (status === WebSocketStatus.Connecting && statusStore.getState().state !== 'offline')
        update({ state: 'connecting' });
    },
    onClose({ event }) {
      if (event.code === TOO_LARGE)
        fail(
          'The server refused a change that is larger than it accepts (--max-message-bytes). Ask whoever runs it to raise the limit; your library is saved here.',
        );
    },
  });

  provider.attach();
  // The browser knows before the socket does: offline now, and back online, try at once.
  const reconnect = () => {
    if (!stopped) void socket.connect();
  };
  const disconnect = () => {
    if (stopped) return;
    socket.disconnect();
    update({ state: 'offline', pending });
  };
  options.target?.addEventListener('online', reconnect);
  options.target?.addEventListener('offline', disconnect);

  return {
    stop() {
      stopped = true;
      options.target?.removeEventListener('online', reconnect);
      options.target?.removeEventListener('offline', disconnect);
      provider.destroy();
      socket.destroy();
      binding.dispose();
      store.dispose();
      statusStore.setState({ state: 'off', pending: 0, message: null, readOnly: false });
    },
  };
}
