/**
 * The tables of the search index, created when missing (every statement can run again).
 *
 * One text search configuration per schema, `<schema>.minutes_fr`: French stemming, and accents
 * folded when the `unaccent` extension is there, so that OCR text that lost its accents
 * ("deliberation") and a query typed without them still meet the accented words. It is made
 * once, with the schema: the stored tsvectors and the queries always go through the same one,
 * whatever the server offers later.
 *
 * The tsvectors are generated columns: PostgreSQL keeps them in step with the text, no code
 * path can forget them.
 */
import type { Client } from './pg-target.ts';
import { ident } from './pg-target.ts';

export const TS_CONFIG = 'minutes_fr';

/** The regconfig every tsvector and tsquery of `schema` uses, as an SQL literal. */
export const tsConfig = (schema: string) => `'${ident(schema)}.${TS_CONFIG}'::regconfig`;

function tables(schema: string): string[] {
  const s = ident(schema);
  const cfg = tsConfig(schema);
  return [
    `CREATE TABLE IF NOT EXISTS ${s}.documents (
      id text PRIMARY KEY,
      file_name text NOT NULL,
      kind text NOT NULL,
      authority text,
      body text,
      body_type text,
      meeting_date date,
      item_count integer NOT NULL,
      record jsonb NOT NULL,
      content_hash text NOT NULL,
      search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector(${cfg}, coalesce(authority, '') || ' ' || coalesce(body, '')), 'C') ||
        setweight(to_tsvector(${cfg}, coalesce(record->>'text', '')), 'D')
      ) STORED,
      indexed_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE TABLE IF NOT EXISTS ${s}.items (
      document_id text NOT NULL REFERENCES ${s}.documents (id) ON DELETE CASCADE,
      index integer NOT NULL,
      number text,
      title text NOT NULL,
      outcome text,
      unanimous boolean,
      votes_for integer,
      votes_against integer,
      abstentions integer,
      not_voting integer,
      report text,
      decision_text text,
      record jsonb NOT NULL,
      search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector(${cfg}, title), 'A') ||
        setweight(to_tsvector(${cfg}, coalesce(report, '') || ' ' || coalesce(decision_text, '')), 'B')
      ) STORED,
      PRIMARY KEY (document_id, index)
    )`,
    `CREATE INDEX IF NOT EXISTS documents_search ON ${s}.documents USING gin (search)`,
    `CREATE INDEX IF NOT EXISTS items_search ON ${s}.items USING gin (search)`,
    `CREATE INDEX IF NOT EXISTS documents_meeting_date ON ${s}.documents (meeting_date)`,
  ];
}

/** Where the `unaccent` dictionary lives, installing the extension when the server has it; null without. */
async function unaccentDictionary(client: Client): Promise<string | null> {
  const find = async () =>
    (await client.query<{ schema: string }>(`SELECT n.nspname AS schema FROM pg_ts_dict d JOIN pg_namespace n ON n.oid = d.dictnamespace WHERE d.dictname = 'unaccent' LIMIT 1`)).rows[0]?.schema ?? null;
  const found = await find();
  if (found !== null) return found;
  const available = await client.query(`SELECT 1 FROM pg_available_extensions WHERE name = 'unaccent'`);
  if (available.rowCount === 0) return null;
  // A role that may not create extensions still gets an index, without accent folding.
  await client.query('SAVEPOINT unaccent');
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS unaccent');
    await client.query('RELEASE SAVEPOINT unaccent');
  } catch {
    await client.query('ROLLBACK TO SAVEPOINT unaccent');
    return null;
  }
  return find();
}

/** Whether the schema's configuration folds accents, asked of the configuration itself (an older schema keeps its own). */
async function foldsAccents(client: Client, schema: string): Promise<boolean> {
  const r = await client.query<{ folds: boolean }>(`SELECT to_tsvector(${tsConfig(schema)}, 'délibération') = to_tsvector(${tsConfig(schema)}, 'deliberation') AS folds`);
  return r.rows[0]?.folds === true;
}

export interface SchemaInfo {
  /** The text search configuration folds accents (unaccent). */
  unaccent: boolean;
}

/**
 * Creates the schema, its text search configuration, tables and indexes when missing. Runs in
 * one transaction under an advisory lock, so two `minutes index` started together do not race
 * on CREATE ... IF NOT EXISTS (which is not atomic in PostgreSQL).
 */
export async function migrate(client: Client, schema: string): Promise<SchemaInfo> {
  await client.query('BEGIN');
  try {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('minutes:migrate'))`);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${ident(schema)}`);
    const exists = await client.query(
      `SELECT 1 FROM pg_ts_config c JOIN pg_namespace n ON n.oid = c.cfgnamespace WHERE n.nspname = $1 AND c.cfgname = $2`,
      [schema, TS_CONFIG],
    );
    if (exists.rowCount === 0) {
      await client.query(`CREATE TEXT SEARCH CONFIGURATION ${ident(schema)}.${TS_CONFIG} (COPY = pg_catalog.french)`);
      const dictionarySchema = await unaccentDictionary(client);
      if (dictionarySchema !== null) {
        await client.query(
          `ALTER TEXT SEARCH CONFIGURATION ${ident(schema)}.${TS_CONFIG} ALTER MAPPING FOR hword, hword_part, word WITH ${ident(dictionarySchema)}.unaccent, french_stem`,
        );
      }
    }
    for (const statement of tables(schema)) await client.query(statement);
    const info = { unaccent: await foldsAccents(client, schema) };
    await client.query('COMMIT');
    return info;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
