/**
 * The options every queue command shares (--redis, --prefix, --cluster, --store), their help
 * text, and opening the connection they name. Used by src/cli/{submit,worker,status,retry,dashboard}.ts.
 */
import { UsageError } from '../src/cli/usage-error.ts';
import { ContentStore, defaultStoreLocation, StoreError } from '../src/store/content-store.ts';
import { connect, queuePrefix, ready, redact, type Connection } from './connection.ts';
import { Queues } from './queues.ts';

export const REDIS_OPTIONS = {
  redis: { type: 'string' },
  prefix: { type: 'string' },
  cluster: { type: 'boolean', default: false },
} as const;

export const STORE_OPTION = { store: { type: 'string' } } as const;

export const REDIS_HELP = `  --redis URL          the Redis holding the queues: redis://[user:pass@]host:6379[/db],
                       rediss:// for TLS (default: $REDIS_URL)
  --prefix P           key prefix of the queues (default: $MINUTES_PREFIX, else {minutes}); the
                       braces keep every key in one Redis Cluster slot
  --cluster            the URL is one node of a Redis Cluster`;

export const STORE_HELP = `  --store PATH         the content store (a directory or file:// URL) shared by the submitter
                       and every worker: input files, page images, OCR results
                       (default: $MINUTES_STORE, else ~/.cache/minutes/store)`;

export interface RedisTarget {
  url: string;
  prefix: string;
  cluster: boolean;
}

export function redisTarget(values: { redis?: string | undefined; prefix?: string | undefined; cluster?: boolean | undefined }): RedisTarget {
  const url = values.redis ?? process.env.REDIS_URL;
  if (!url) throw new UsageError('--redis URL is required (or set REDIS_URL)');
  if (!/^rediss?:\/\/./i.test(url)) throw new UsageError(`--redis must be a redis:// or rediss:// URL, not '${url}'`);
  let prefix: string;
  try {
    prefix = queuePrefix(values.prefix);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return { url, prefix, cluster: values.cluster ?? false };
}

/** Connects and checks that Redis answers; a Redis that is not there is a one-line error. */
export async function openConnection(target: RedisTarget, name: string): Promise<Connection> {
  const connection = connect({ url: target.url, cluster: target.cluster, name });
  // ioredis reports every failed reconnection as an 'error' event; the caller's own handlers
  // (or this one) keep them from crashing the process.
  connection.on('error', () => undefined);
  try {
    await ready(connection, target.url);
  } catch (error) {
    connection.disconnect();
    throw new CommandError(`minutes: ${(error as Error).message}`);
  }
  return connection;
}

export async function openQueues(target: RedisTarget, name: string, onError: (error: Error) => void = () => undefined): Promise<{ connection: Connection; queues: Queues; close(): Promise<void> }> {
  const connection = await openConnection(target, name);
  const queues = new Queues(connection, target.prefix, onError);
  return {
    connection,
    queues,
    close: async () => {
      await queues.close();
      await connection.quit().catch(() => connection.disconnect());
    },
  };
}

export async function openStore(location: string | undefined): Promise<ContentStore> {
  try {
    return await ContentStore.open(location ?? defaultStoreLocation());
  } catch (error) {
    if (error instanceof StoreError) throw new CommandError(`minutes: ${error.message}`);
    throw error;
  }
}

/** A failure the command explains in one line (no stack): Redis unreachable, store unusable. */
export class CommandError extends Error {
  override name = 'CommandError';
}

/** Runs a command body, turning a CommandError into its message on stderr and exit 1. */
export async function reportingCommandErrors(body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
}

export { redact };
