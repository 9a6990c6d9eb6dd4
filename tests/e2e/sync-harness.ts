import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const WRITE_TOKEN = 'papershelf-write-token-for-tests';
export const READ_TOKEN = 'papershelf-read-token-for-tests';

export type ServerProcess = {
  /** ws://127.0.0.1:PORT */
  url: string;
  /** http://127.0.0.1:PORT: the app, when started with --serve-app. */
  httpUrl: string;
  output(): string;
  /** SIGKILL: the server dies mid-session, as on a crash or power loss. */
  kill(): Promise<void>;
  /** SIGTERM: the clean stop. Resolves with the exit code. */
  stop(): Promise<number | null>;
};

export function tempDataFolder(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'papershelf-sync-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/**
 * Starts the real `npm run sync-server` in its own process group and waits for its "listening on"
 * line. Every port is passed in by the caller (sync tests use 4310-4330).
 */
export async function startServerProcess(options: {
  port: number;
  data: string;
  token?: string;
  readOnlyToken?: string | null;
  redis?: string;
  serveApp?: boolean;
  extra?: string[];
}): Promise<ServerProcess> {
  const args = ['run', '-s', 'sync-server', '--'];
  args.push('--host', '127.0.0.1', '--port', String(options.port), '--data', options.data);
  args.push('--token', options.token ?? WRITE_TOKEN);
  const readOnly = options.readOnlyToken === undefined ? READ_TOKEN : options.readOnlyToken;
  if (readOnly) args.push('--read-only-token', readOnly);
  if (options.redis) args.push('--redis', options.redis);
  if (options.serveApp) args.push('--serve-app', 'dist');
  args.push(...(options.extra ?? []));

  const child = spawn('npm', args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  // npm exits before the server it started: the output closes once every process of the group is gone.
  const closed = new Promise<void>((resolve) => child.stdout.on('close', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`sync server did not start:\n${output}`)),
      30_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`sync server exited with ${code}:\n${output}`));
    });
  }).catch((error: unknown) => {
    if (!output.includes('listening on')) throw error;
  });

  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  return {
    url: `ws://127.0.0.1:${options.port}`,
    httpUrl: `http://127.0.0.1:${options.port}`,
    output: () => output,
    async kill() {
      signalGroup('SIGKILL');
      await closed;
    },
    async stop() {
      signalGroup('SIGTERM');
      await closed;
      return exited;
    },
  };
}

/** Debian's redis-server on `port`, keeping nothing on disk; resolves once it accepts connections. */
export async function startRedis(port: number): Promise<{ url: string; stop(): Promise<void> }> {
  const folder = tempDataFolder();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { cwd: folder.path, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`redis-server did not start:\n${output}`)),
      20_000,
    );
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      child.kill('SIGKILL');
      await exited;
      folder.remove();
    },
  };
}
