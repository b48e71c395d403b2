/**
 * Which PostgreSQL and which schema `minutes index` and `minutes search` use, their shared
 * options and help, and opening the connection with errors a person can act on (the URL named,
 * its password hidden, no stack trace).
 */
import pg from 'pg';
import { UsageError } from '../cli/usage-error.ts';
import { redactUrl } from '../redact-url.ts';

export const DEFAULT_SCHEMA = 'minutes';

export const PG_OPTIONS = {
  pg: { type: 'string' },
  schema: { type: 'string' },
} as const;

export const PG_HELP = `  --pg URL             the PostgreSQL database: postgres://[user[:password]@]host[:port]/db
                       (default: $PG_URL, else $DATABASE_URL)
  --schema NAME        the schema holding the tables (default: ${DEFAULT_SCHEMA}); created when missing`;

export interface PgTarget {
  url: string;
  schema: string;
}

/** Lower-case identifiers only: no quoting surprises, and a name PostgreSQL keeps as typed. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function pgTarget(values: { pg?: string | undefined; schema?: string | undefined }, env: NodeJS.ProcessEnv = process.env): PgTarget {
  const url = values.pg ?? (env.PG_URL || undefined) ?? (env.DATABASE_URL || undefined);
  if (!url) throw new UsageError('--pg URL is required (or set PG_URL or DATABASE_URL)');
  if (!/^postgres(ql)?:\/\/./i.test(url)) throw new UsageError(`--pg must be a postgres:// or postgresql:// URL, not '${redact(url)}'`);
  const schema = values.schema ?? DEFAULT_SCHEMA;
  if (!SCHEMA_NAME.test(schema)) throw new UsageError(`--schema must be a lower-case identifier (letters, digits, _; at most 63), not '${schema}'`);
  return { url, schema };
}

/** The URL without its password, for messages. */
export const redact = redactUrl;

/** A failure the command explains in one line on stderr, exit 1. */
export class PgCommandError extends Error {
  override name = 'PgCommandError';
}

/** Connection-level error codes from node and their plain meaning. */
const SOCKET_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'connection refused (is the server running?)',
  ENOTFOUND: 'unknown host',
  EAI_AGAIN: 'the host name cannot be resolved now',
  ETIMEDOUT: 'timed out',
  EHOSTUNREACH: 'host unreachable',
  ECONNRESET: 'the server closed the connection',
};

function connectionProblem(error: unknown): string {
  const e = error as { code?: string; message?: string; errors?: unknown[] };
  // node reports a host with several addresses (localhost: ::1 and 127.0.0.1) as an AggregateError.
  const first = (e.errors?.[0] as { code?: string } | undefined)?.code;
  const code = e.code ?? first;
  if (code !== undefined && code in SOCKET_ERRORS) return SOCKET_ERRORS[code]!;
  return e.message || String(error);
}

export type Client = pg.Client;

/** A connected client, or a PgCommandError naming the URL. */
export async function connectPg(target: PgTarget, timeoutMs = 10_000): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: timeoutMs, application_name: 'minutes' });
  // A connection lost between queries is reported by the next query; without a listener the
  // 'error' event would crash the process first.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new PgCommandError(`minutes: cannot connect to PostgreSQL at ${redact(target.url)}: ${connectionProblem(error)}`);
  }
  return client;
}

/** Runs a command body, turning a PgCommandError, or any error PostgreSQL raised, into one line and exit 1. */
export async function reportingPgErrors(target: PgTarget, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof PgCommandError) process.stderr.write(`${error.message}\n`);
    else if (error instanceof pg.DatabaseError) process.stderr.write(`minutes: PostgreSQL at ${redact(target.url)}: ${error.message}${error.code ? ` (${error.code})` : ''}\n`);
    else if (isConnectionLoss(error)) process.stderr.write(`minutes: lost the connection to PostgreSQL at ${redact(target.url)}: ${connectionProblem(error)}\n`);
    else throw error;
    return 1;
  }
}

function isConnectionLoss(error: unknown): boolean {
  const message = (error as Error)?.message ?? '';
  const code = (error as { code?: string })?.code;
  return (code !== undefined && code in SOCKET_ERRORS) || /Connection terminated|Client was closed|not queryable/i.test(message);
}

/** The schema name as an SQL identifier (already restricted by pgTarget; quoted all the same). */
export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
