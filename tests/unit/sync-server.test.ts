import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { offStatus, type SyncStatus } from '@/features/sync/sync-status';
import { startSyncSession, type SyncSession } from '@/features/sync/sync-session';
import { createMemoryStorage } from '@/lib/storage-memory';
import { parseOptions } from '../../scripts/sync-server/options';
import { startSyncServer, type SyncServer } from '../../scripts/sync-server/server';
import { openTab } from './library-tab-kit';
import { startServerProcess } from '../e2e/sync-harness';

// Node 20 has no WebSocket; the server's own dependency serves the provider.
const WebSocket: unknown = createRequire(import.meta.url)('ws');
const TOKEN = 'write-token-for-tests';
const READ_TOKEN = 'read-token-for-tests';
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempFolder() {
  const folder = mkdtempSync(join(tmpdir(), 'papershelf-sync-'));
  cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

async function serve(data: string, port = 0, extra: string[] = []): Promise<SyncServer> {
  const options = parseOptions([
    ...['--port', String(port), '--data', data, '--token', TOKEN],
    ...['--read-only-token', READ_TOKEN, ...extra],
  ]);
  const server = await startSyncServer(options, () => {});
  let stopped = false;
  const stop = server.stop;
  server.stop = async () => {
    if (stopped) return;
    stopped = true;
    await stop();
  };
  cleanups.push(() => server.stop());
  return server;
}

/** One device: a library over its own storage, synced through a session. */
function device(server: string, token = TOKEN) {
  const storage = createMemoryStorage();
  const tab = openTab(storage);
  const status = createStore<SyncStatus>()(() => offStatus);
  const onViewOnly = vi.fn();
  let session: SyncSession | null = null;
  const start = () => {
    session = startSyncSession({
      server,
      token,
      library: tab.library,
      getStorage: () => storage,
      target: null,
      now: Date.now,
      viewOnly: false,
      onViewOnly,
      status,
      WebSocketPolyfill: WebSocket,
    });
  };
  start();
  cleanups.push(() => session?.stop());
  return {
    ...tab,
    storage,
    status: () => status.getState(),
    onViewOnly,
    restart() {
      session?.stop();
      start();
    },
  };
}

const until = (check: () => void) => vi.waitFor(check, { timeout: 10_000, interval: 20 });

describe('the sync server and sessions, over real sockets', () => {
  it('carries edits from one device to another and reports Synced', async () => {
    const server = await serve(tempFolder());
    const a = device(server.url);
    const b = device(server.url);
    await until(() => expect(a.status().state).toBe('synced'));
    a.actions.toggleBookmark('p1');
    a.actions.setNote('p1', 'Shared thoughts');
    await until(() => expect(b.entry('p1')).toMatchObject({ status: 'to-read' }));
    await until(() => expect(b.entry('p1')?.note).toBe('Shared thoughts'));
    await until(() => expect(a.status()).toMatchObject({ state: 'synced', pending: 0 }));
  });

  it('refuses a wrong token with a clear message and changes nothing', async () => {
    const folder = tempFolder();
    const server = await serve(folder);
    const a = device(server.url, 'not-the-token');
    a.actions.toggleBookmark('p1');
    await until(() => expect(a.status().state).toBe('error'));
    expect(a.status().message).toMatch(/did not accept this token/);
    expect(a.entry('p1')?.status).toBe('to-read');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('lets a read-only token read, and hands over to the shared view without merging', async () => {
    const folder = tempFolder();
    const server = await serve(folder);
    const owner = device(server.url);
    owner.actions.toggleBookmark('shared-paper');
    await until(() => expect(owner.status()).toMatchObject({ state: 'synced', pending: 0 }));

    const reader = device(server.url, READ_TOKEN);
    reader.actions.toggleBookmark('readers-own');
    await until(() => expect(reader.onViewOnly).toHaveBeenCalled());
    // The reader's own library is left as it was, and the server never sees it.
    expect(Object.keys(reader.state().entries)).toEqual(['readers-own']);
    const third = device(server.url);
    await until(() => expect(third.entry('shared-paper')?.status).toBe('to-read'));
    expect(third.entry('readers-own')).toBeUndefined();
  });

  it(
    'keeps working while the server process is killed, and converges once it is back on the same folder',
    { timeout: 60_000 },
    async () => {
      const folder = tempFolder();
      // The real command, in its own process, killed without warning.
      let server = await startServerProcess({ port: 4328, data: folder, token: TOKEN });
      cleanups.push(() => server.kill());
      const a = device(server.url);
      const b = device(server.url);
      a.actions.toggleBookmark('p1');
      await until(() => expect(b.entry('p1')?.status).toBe('to-read'));
      await server.kill();
      await until(() => expect(a.status().state).toBe('offline'));

      a.actions.setStatus('p1', 'reading');
      b.actions.addTag('p1', 'offline-tag');
      await until(() => expect(a.status().pending).toBeGreaterThan(0));
      expect(b.entry('p1')?.status).toBe('to-read');

      server = await startServerProcess({ port: 4328, data: folder, token: TOKEN });
      cleanups.push(() => server.kill());
      await until(() => expect(b.entry('p1')?.status).toBe('reading'));
      await until(() => expect(a.entry('p1')?.tags).toEqual(['offline-tag']));
      await until(() => expect(a.status()).toMatchObject({ state: 'synced', pending: 0 }));
      const fresh = device(server.url);
      await until(() =>
        expect(fresh.entry('p1')).toMatchObject({ status: 'reading', tags: ['offline-tag'] }),
      );
    },
  );

  it('stops cleanly on SIGTERM, with the library stored', { timeout: 60_000 }, async () => {
    const folder = tempFolder();
    const server = await startServerProcess({ port: 4329, data: folder, token: TOKEN });
    cleanups.push(() => server.kill());
    expect(server.output()).toContain('listening on ws://127.0.0.1:4329');
    const a = device(server.url);
    a.actions.toggleBookmark('p1');
    await until(() => expect(a.status()).toMatchObject({ state: 'synced', pending: 0 }));
    await server.stop();
    expect(server.output()).toContain('SIGTERM: storing documents and stopping\nstopped');
    expect(readdirSync(folder)).toEqual(['papershelf-library.ydoc']);
  });

  it('says so when a change is larger than the server accepts', async () => {
    const server = await serve(tempFolder(), 0, ['--max-message-bytes', '4096']);
    const a = device(server.url);
    await until(() => expect(a.status().state).toBe('synced'));
    a.actions.setNote('p1', 'x'.repeat(20_000));
    await until(() => expect(a.status().state).toBe('error'));
    expect(a.status().message).toMatch(/larger than it accepts/);
  });
});
