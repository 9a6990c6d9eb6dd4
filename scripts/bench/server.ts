import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

export type BenchServer = {
  url: string;
  /** Serves this file as /papers.json from now on; null serves the built one. */
  useCatalogue(path: string | null): void;
  close(): Promise<void>;
};

/**
 * Serves a built app like a static host (SPA fallback to index.html), with /papers.json swapped for a
 * generated catalogue so nothing in the build is overwritten. No compression and no caching: every
 * run downloads the catalogue in full, as a first visit does (over loopback, so transfer is cheap).
 */
export async function startServer(root: string): Promise<BenchServer> {
  const base = resolve(root);
  let catalogue: string | null = null;
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(base, path));
    if (path === '/papers.json' && catalogue) file = catalogue;
    else if (!file.startsWith(base + sep) || !existsSync(file) || statSync(file).isDirectory()) {
      file = join(base, 'index.html');
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
      'Cache-Control': 'no-store',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    useCatalogue(path) {
      catalogue = path === null ? null : resolve(path);
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
