/**
 * A PostgreSQL for the search tests: PG_URL, else DATABASE_URL, else the local server
 * (postgres://postgres@127.0.0.1:5432/test), with a schema of their own
 * (minutes_test_<random>) dropped afterwards.
 *
 * Unreachable: null and the tests skip with the reason, except on CI (process.env.CI), where
 * the search index must be tested, so it throws.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const PG_URL = process.env.PG_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

export interface TestPg {
  url: string;
  schema: string;
  client: pg.Client;
  /** Drops the schema and closes the client. */
  stop(): Promise<void>;
}

export async function testPg(): Promise<TestPg | null> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 5000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    const why = `no PostgreSQL at ${PG_URL} for the search tests (${(error as Error).message || String(error)}); set PG_URL`;
    if (process.env.CI) throw new Error(why);
    console.warn(`skipping: ${why}`);
    return null;
  }
  const schema = `minutes_test_${randomBytes(5).toString('hex')}`;
  return {
    url: PG_URL,
    schema,
    client,
    stop: async () => {
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}
