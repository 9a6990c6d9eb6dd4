#!/usr/bin/env node
// Finds redis-server for the sync tests that run two sync servers behind one Redis, and installs
// Debian's package when none is found (as root, with apt-get). Prints the path it settled on.
import { execFileSync, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function findRedisServer() {
  const candidates = [
    process.env.REDIS_SERVER_PATH,
    '/usr/bin/redis-server',
    '/usr/local/bin/redis-server',
  ];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const found = execFileSync('sh', ['-c', 'command -v redis-server'], {
      encoding: 'utf8',
    }).trim();
    return found || null;
  } catch {
    return null;
  }
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  let path = findRedisServer();
  if (!path) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (existsSync('/usr/bin/apt-get') && isRoot) {
      console.log("No redis-server found: installing Debian's redis-server with apt-get…");
      execSync(
        'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server',
        { stdio: 'inherit' },
      );
      path = findRedisServer();
    }
  }
  if (!path) {
    console.error(
      'Could not find or install redis-server. Install it (Debian: apt-get install redis-server) or set REDIS_SERVER_PATH.',
    );
    process.exit(1);
  }
  console.log(`redis-server: ${path}`);
}
