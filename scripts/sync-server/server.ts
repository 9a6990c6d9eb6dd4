import { createHash, timingSafeEqual } from 'node:crypto';
import { Redis } from '@hocuspocus/extension-redis';
import { Server, type Extension } from '@hocuspocus/server';
import * as Y from 'yjs';
import { LIBRARY_DOCUMENT, REFUSALS } from '@/features/sync/sync-protocol';
import { createFileStore } from './file-store';
import type { SyncServerOptions } from './options';
import { createAppHandler, notFound } from './static-app';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Compares in constant time, so the answer's timing tells nothing about the token. */
const sameToken = (given: string, expected: string) =>
  timingSafeEqual(digest(given), digest(expected));

/** Hocuspocus sends a thrown object's `reason` to the client as the permission-denied reason. */
const refusal = (reason: string) => Object.assign(new Error(''), { reason });

function redisExtension(url: URL, token: string): Extension {
  return new Redis({
    host: url.hostname,
    port: Number(url.port || 6379),
    // Processes that share a Redis share a library only when they hold the same token.
    prefix: `papershelf:${digest(token).toString('hex').slice(0, 16)}`,
    options: {
      username: url.username || undefined,
      password: url.password ? decodeURIComponent(url.password) : undefined,
      tls: url.protocol === 'rediss:' ? {} : undefined,
    },
  });
}

// Hocuspocus treats a falsy rejection of onRequest as "handled".
const RESPONDED = undefined;

export type SyncServer = {
  /** The address it listens on, like ws://127.0.0.1:4310. */
  url: string;
  stop(): Promise<void>;
};

/** Starts a Hocuspocus server that keeps one library on disk and lets in only its tokens. */
export async function startSyncServer(
  options: SyncServerOptions,
  log: (line: string) => void = console.log,
): Promise<SyncServer> {
  const files = createFileStore(options.data);
  await files.prepare();
  const serveApp = options.serveApp ? createAppHandler(options.serveApp) : null;

  const server = new Server(
    {
      name: 'papershelf-sync',
      address: options.host,
      port: options.port,
      quiet: true,
      stopOnSignals: false,
      // Stored within half a second of a change (two at most under a stream of them).
      debounce: 500,
      maxDebounce: 2000,
      extensions: options.redis ? [redisExtension(options.redis, options.token)] : [],
      onAuthenticate({ token, documentName, connectionConfig }) {
        if (documentName !== LIBRARY_DOCUMENT) {
          log(`refused a connection: no library named ${JSON.stringify(documentName)}`);
          return Promise.reject(refusal(REFUSALS.document));
        }
        if (sameToken(token, options.token)) return Promise.resolve();
        if (options.readOnlyToken !== null && sameToken(token, options.readOnlyToken)) {
          connectionConfig.readOnly = true;
          return Promise.resolve();
        }
        log('refused a connection: wrong token');
        return Promise.reject(refusal(REFUSALS.token));
      },
      async onLoadDocument({ document, documentName }) {
        const state = await files.load(documentName);
        if (state) Y.applyUpdate(document, state);
      },
      async onStoreDocument({ document, documentName }) {
        await files.store(documentName, Y.encodeStateAsUpdate(document));
      },
      async onRequest({ request, response }) {
        const served = serveApp ? await serveApp(request, response) : false;
        if (!served && serveApp) notFound(response);
        if (!served && !serveApp) {
          response.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
          response.end('Papershelf sync server\n');
        }
        // An empty rejection tells Hocuspocus the response is written and its default must not run.
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- its protocol
        return Promise.reject(RESPONDED);
      },
    },
    { maxPayload: options.maxMessageBytes },
  );

  await server.listen();
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  const url = `ws://${options.host}:${port}`;
  log(`listening on ${url}`);
  if (options.serveApp)
    log(`serving the app from ${options.serveApp} on http://${options.host}:${port}`);
  return { url, stop: () => server.destroy() };
}
