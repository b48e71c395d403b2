/**
 * A Redis for the queue tests, and a key prefix of their own so they never touch other data.
 *
 * - REDIS_URL set: that Redis (it must answer). Not restartable: the restart test skips.
 * - Else a throwaway `redis-server` on a free port with its own temporary directory, AOF on
 *   and fsynced on every write (a SIGKILL loses nothing), noeviction as in production; killed
 *   and removed by stop(). kill() and start() restart it on the same port and directory.
 * - Neither: null, and the tests skip, except on CI (process.env.CI), where it is a failure.
 *
 * No vitest import: bench/queue.ts uses it too.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';

export const REDIS_SERVER = process.env.REDIS_SERVER ?? 'redis-server';

export interface TestRedis {
  url: string;
  /** A hash-tagged prefix unique to this run: `{minutes-test-<random>}`. */
  prefix: string;
  /** Whether kill()/start() can restart it (a throwaway server). */
  restartable: boolean;
  /** SIGKILL the server (throwaway only). */
  kill(): Promise<void>;
  /** Start it again on the same port with the same data directory (throwaway only). */
  start(): Promise<void>;
  /** Removes the throwaway server and its directory, or this run's keys from REDIS_URL. */
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function answers(url: string, timeoutMs: number): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null, connectTimeout: timeoutMs });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

async function waitUntilAnswers(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await answers(url, 500)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`redis at ${url} did not answer within ${timeoutMs} ms`);
}

const hasRedisServer = () => spawnSync(REDIS_SERVER, ['--version'], { stdio: 'ignore' }).status === 0;

/** Deletes every key under `prefix` (SCAN, not KEYS: the Redis may be shared). */
async function removeKeys(url: string, prefix: string): Promise<void> {
  const client = new Redis(url, { maxRetriesPerRequest: 1 });
  client.on('error', () => undefined);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix.replace(/[*?[\]\\]/g, '\\$&')}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) await client.del(...keys);
    } while (cursor !== '0');
  } finally {
    client.disconnect();
  }
}

export async function testRedis(): Promise<TestRedis | null> {
  const prefix = `{minutes-test-${randomBytes(4).toString('hex')}}`;
  const given = process.env.REDIS_URL;
  if (given) {
    if (!(await answers(given, 3000))) throw new Error(`REDIS_URL=${given} does not answer`);
    const refuse = async () => {
      throw new Error('REDIS_URL is an external Redis: it cannot be killed or restarted by the tests');
    };
    return { url: given, prefix, restartable: false, kill: refuse, start: refuse, stop: () => removeKeys(given, prefix) };
  }
  if (!hasRedisServer()) {
    if (process.env.CI) throw new Error(`no Redis for the queue tests: set REDIS_URL or install ${REDIS_SERVER}`);
    return null;
  }

  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'minutes-redis-'));
  const url = `redis://127.0.0.1:${port}`;
  let server: ChildProcess | undefined;
  const args = [
    '--port', String(port), '--bind', '127.0.0.1', '--dir', dir,
    '--appendonly', 'yes', '--appendfsync', 'always', '--save', '',
    '--maxmemory-policy', 'noeviction', '--daemonize', 'no', '--loglevel', 'warning',
  ];
  const start = async () => {
    const child = spawn(REDIS_SERVER, args, { stdio: 'ignore' });
    server = child;
    const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`redis-server exited (${code}) on port ${port}`))));
    exited.catch(() => undefined);
    await Promise.race([waitUntilAnswers(url, 10_000), exited]);
  };
  const kill = async () => {
    const child = server;
    server = undefined;
    if (!child || child.exitCode !== null) return;
    const gone = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await gone;
  };
  await start();
  return {
    url,
    prefix,
    restartable: true,
    kill,
    start,
    stop: async () => {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
