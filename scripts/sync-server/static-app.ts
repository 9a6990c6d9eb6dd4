import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Headers every response carries: the page's own CSP is in index.html; these keep tokens out of Referers. */
const HEADERS = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};

/**
 * Serves the built app from `root` (files, else index.html for the app's routes), so the app and its
 * sync server share one origin and the Content Security Policy's connect-src 'self' covers the socket.
 */
export function createAppHandler(root: string) {
  const base = normalize(root + sep);
  return async function serve(
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<boolean> {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = normalize(join(base, decodeURIComponent(url.pathname)));
    } catch {
      return false;
    }
    if (!path.startsWith(base)) return false;
    let file = path;
    const found = await stat(file).catch(() => null);
    if (!found?.isFile()) {
      // A route of the app (/paper/2501.01234, /reading): the app answers it. A missing file is a 404.
      if (Object.hasOwn(TYPES, extname(url.pathname).toLowerCase())) return false;
      file = join(base, 'index.html');
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const cache = file.includes(`${sep}assets${sep}`)
      ? 'public, max-age=31536000, immutable'
      : 'no-cache';
    response.writeHead(200, { ...HEADERS, 'Content-Type': type, 'Cache-Control': cache });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
    return true;
  };
}

export function notFound(response: ServerResponse) {
  response.writeHead(404, { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end('Not found\n');
}
