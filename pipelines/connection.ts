/**
 * The Redis connection every command shares, and the worker timings that can be tuned from the
 * environment.
 *
 * ioredis with maxRetriesPerRequest: null, as BullMQ requires for workers: a command issued
 * while Redis is down (restarted, failing over) waits for the reconnection instead of failing
 * the job, and ioredis reconnects forever. So workers and the submitter ride out a restart.
 */
import { Cluster, Redis, type RedisOptions } from 'ioredis';
import { DEFAULT_PREFIX } from './topology.ts';
import { redactUrl } from '../src/redact-url.ts';

export type Connection = Redis | Cluster;

export interface ConnectionOptions {
  /** redis://[user:password@]host:port[/db] or rediss:// (TLS). */
  url: string;
  /** The URL is one node of a Redis Cluster (the others are discovered). */
  cluster?: boolean;
  /** Shown in CLIENT LIST: which command holds the connection. */
  name?: string;
}

export function connect({ url, cluster = false, name }: ConnectionOptions): Connection {
  if (!/^rediss?:\/\//i.test(url)) throw new Error(`--redis must be a redis:// or rediss:// URL, not '${url}'`);
  const options: RedisOptions = {
    maxRetriesPerRequest: null,
    // Reconnect every second at most: a restarted Redis is found again quickly, and a dead one
    // is not hammered.
    retryStrategy: (times) => Math.min(times * 100, 1000),
    ...(name ? { connectionName: name } : {}),
  };
  if (!cluster) return new Redis(url, options);
  const node = new URL(url);
  const redisOptions: RedisOptions = {
    ...options,
    ...(node.username ? { username: decodeURIComponent(node.username) } : {}),
    ...(node.password ? { password: decodeURIComponent(node.password) } : {}),
    ...(node.protocol === 'rediss:' ? { tls: {} } : {}),
  };
  return new Cluster([{ host: node.hostname, port: Number(node.port || 6379) }], { redisOptions, clusterRetryStrategy: options.retryStrategy! });
}

/** Waits until the connection answers, or fails with a message naming the URL. */
export async function ready(connection: Connection, url: string, timeoutMs = 10_000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`cannot reach Redis at ${redact(url)} within ${timeoutMs / 1000} s`)), timeoutMs);
  });
  try {
    await Promise.race([connection.ping(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The URL without its password, for messages. */
export const redact = redactUrl;

/** The queue key prefix: --prefix, else MINUTES_PREFIX, else {minutes}. */
export function queuePrefix(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const prefix = flag ?? env.MINUTES_PREFIX ?? DEFAULT_PREFIX;
  if (prefix === '' || prefix.includes(':')) throw new Error(`the queue prefix must be non-empty and without ':', not '${prefix}'`);
  return prefix;
}

function envMs(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`${name} must be a positive number of milliseconds, not '${raw}'`);
  return n;
}

export interface WorkerTimings {
  /**
   * How long a job's lock lasts without renewal (renewed every half of it). A worker killed
   * mid-job loses its jobs to another after about this long plus stalledIntervalMs. The
   * longest synchronous step is analyze (~250 pages/s on one core): 60 s covers a
   * 10,000-page document with room to spare.
   */
  lockDurationMs: number;
  /** How often every worker looks for jobs whose lock expired (their worker died). */
  stalledIntervalMs: number;
}

export function workerTimings(env: NodeJS.ProcessEnv = process.env): WorkerTimings {
  return {
    lockDurationMs: envMs(env, 'MINUTES_LOCK_DURATION_MS', 60_000),
    stalledIntervalMs: envMs(env, 'MINUTES_STALLED_INTERVAL_MS', 30_000),
  };
}
