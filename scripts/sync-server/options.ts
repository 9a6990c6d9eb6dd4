import { resolve } from 'node:path';

export type SyncServerOptions = {
  host: string;
  port: number;
  /** Folder where each library is kept as a file. */
  data: string;
  token: string;
  readOnlyToken: string | null;
  redis: URL | null;
  maxMessageBytes: number;
  /** Folder of the built app to serve from the same origin (`--serve-app [dir]`), or null. */
  serveApp: string | null;
};

export const USAGE = `Usage: npm run sync-server -- --data DIR --token TOKEN [options]

  --host HOST               address to listen on (default 127.0.0.1)
  --port PORT               port to listen on (default 4310)
  --data DIR                folder that keeps the library (created if missing)
  --token TOKEN             token that may read and change the library
  --read-only-token TOKEN   token that may only read it (for sharing a list)
  --redis URL               share documents with other server processes (redis://host:port)
  --max-message-bytes N     refuse larger messages (default 16777216)
  --serve-app [DIR]         also serve the built app (default dist) from the same origin`;

const DEFAULTS = { host: '127.0.0.1', port: 4310, maxMessageBytes: 16 * 1024 * 1024 };

export class OptionsError extends Error {}

const VALUED = new Set([
  '--host',
  '--port',
  '--data',
  '--token',
  '--read-only-token',
  '--redis',
  '--max-message-bytes',
]);

/** Pure: command-line arguments in, options out; a clear OptionsError for anything wrong. */
export function parseOptions(argv: readonly string[]): SyncServerOptions {
  const values = new Map<string, string>();
  let serveApp: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    if (flag === '--serve-app') {
      const next = argv[i + 1];
      serveApp = next !== undefined && !next.startsWith('--') ? (i++, next) : 'dist';
      continue;
    }
    if (!VALUED.has(flag)) throw new OptionsError(`unknown option ${flag}`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--'))
      throw new OptionsError(`${flag} needs a value`);
    values.set(flag, value);
    i += 1;
  }

  const data = values.get('--data');
  if (!data) throw new OptionsError('--data is required: the folder that keeps the library');
  const token = values.get('--token');
  if (!token) throw new OptionsError('--token is required: the token that may change the library');
  const readOnlyToken = values.get('--read-only-token') ?? null;
  if (readOnlyToken === token) throw new OptionsError('--read-only-token must differ from --token');

  const port = Number(values.get('--port') ?? DEFAULTS.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new OptionsError(`--port must be a port number, not ${values.get('--port')}`);
  const maxMessageBytes = Number(values.get('--max-message-bytes') ?? DEFAULTS.maxMessageBytes);
  if (!Number.isInteger(maxMessageBytes) || maxMessageBytes < 1024)
    throw new OptionsError('--max-message-bytes must be a whole number of at least 1024');

  let redis: URL | null = null;
  const redisValue = values.get('--redis');
  if (redisValue !== undefined) {
    try {
      redis = new URL(redisValue);
    } catch {
      throw new OptionsError(
        `--redis must be a URL like redis://127.0.0.1:6379, not ${redisValue}`,
      );
    }
    if (redis.protocol !== 'redis:' && redis.protocol !== 'rediss:')
      throw new OptionsError(
        `--redis must start with redis:// or rediss://, not ${redis.protocol}`,
      );
  }

  return {
    host: values.get('--host') ?? DEFAULTS.host,
    port,
    data: resolve(data),
    token,
    readOnlyToken,
    redis,
    maxMessageBytes,
    serveApp: serveApp === null ? null : resolve(serveApp),
  };
}
