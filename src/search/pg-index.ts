/**
 * Writing documents into the search index: one transaction per document, an upsert by id that
 * leaves a row whose content is unchanged untouched (same xmin, same indexed_at), and items
 * replaced only when their document changed, the ones past its new end deleted.
 */
import pg from 'pg';
import type { Loaded } from './document-files.ts';
import type { Client } from './pg-target.ts';
import { ident } from './pg-target.ts';
import { indexRecord, type IndexRecord } from './records.ts';

export type Outcome = 'new' | 'updated' | 'unchanged';

const DOCUMENT_COLUMNS = ['id', 'file_name', 'kind', 'authority', 'body', 'body_type', 'meeting_date', 'item_count', 'record', 'content_hash'] as const;

/** Item columns and their SQL types, as read back from the JSON array handed to jsonb_to_recordset. */
const ITEM_COLUMNS = [
  ['index', 'integer'],
  ['number', 'text'],
  ['title', 'text'],
  ['outcome', 'text'],
  ['unanimous', 'boolean'],
  ['votes_for', 'integer'],
  ['votes_against', 'integer'],
  ['abstentions', 'integer'],
  ['not_voting', 'integer'],
  ['report', 'text'],
  ['decision_text', 'text'],
  ['record', 'jsonb'],
] as const;

function statements(schema: string) {
  const s = ident(schema);
  const updates = (columns: readonly string[], keys: readonly string[]) =>
    columns.filter((c) => !keys.includes(c)).map((c) => `${c} = excluded.${c}`).join(', ');
  const itemNames = ITEM_COLUMNS.map(([name]) => name);
  return {
    upsertDocument: `INSERT INTO ${s}.documents AS d (${DOCUMENT_COLUMNS.join(', ')})
      VALUES (${DOCUMENT_COLUMNS.map((c, i) => `$${i + 1}${c === 'record' ? '::jsonb' : c === 'meeting_date' ? '::date' : ''}`).join(', ')})
      ON CONFLICT (id) DO UPDATE SET ${updates(DOCUMENT_COLUMNS, ['id'])}, indexed_at = now()
      WHERE d.content_hash IS DISTINCT FROM excluded.content_hash
      RETURNING (xmax = 0) AS inserted`,
    deleteStaleItems: `DELETE FROM ${s}.items WHERE document_id = $1 AND index >= $2`,
    upsertItems: `INSERT INTO ${s}.items (document_id, ${itemNames.join(', ')})
      SELECT $1, ${itemNames.map((c) => `x.${c}`).join(', ')}
      FROM jsonb_to_recordset($2::jsonb) AS x(${ITEM_COLUMNS.map(([c, t]) => `${c} ${t}`).join(', ')})
      ON CONFLICT (document_id, index) DO UPDATE SET ${updates(itemNames, ['index'])}`,
  };
}

/** Writes one document and its items in a transaction; says whether it was new, updated or already there as is. */
export async function indexDocument(client: Client, schema: string, record: IndexRecord): Promise<Outcome> {
  const sql = statements(schema);
  const d = record.document;
  await client.query('BEGIN');
  try {
    const values = DOCUMENT_COLUMNS.map((c) => (c === 'record' ? JSON.stringify(d.record) : d[c]));
    const written = await client.query<{ inserted: boolean }>(sql.upsertDocument, values);
    const row = written.rows[0];
    if (row === undefined) {
      await client.query('COMMIT');
      return 'unchanged';
    }
    await client.query(sql.deleteStaleItems, [d.id, record.items.length]);
    if (record.items.length > 0) await client.query(sql.upsertItems, [d.id, JSON.stringify(record.items)]);
    await client.query('COMMIT');
    return row.inserted ? 'new' : 'updated';
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/**
 * SQLSTATE classes that mean "this document cannot be stored" (bad data, a text too long for a
 * tsvector) rather than "the database is unusable": the batch reports the document and goes on.
 */
const DOCUMENT_ERROR_CLASSES = new Set(['22', '23', '54']);

export const isDocumentError = (error: unknown) => error instanceof pg.DatabaseError && DOCUMENT_ERROR_CLASSES.has(String(error.code).slice(0, 2));

export interface Failure {
  where: string;
  reason: string;
}

export interface IndexSummary {
  new: number;
  updated: number;
  unchanged: number;
  failed: Failure[];
}

/** Indexes every loaded document in order; bad ones are counted as failures, `onFailure` told at once. */
export async function indexDocuments(
  client: Client,
  schema: string,
  documents: AsyncIterable<Loaded> | Iterable<Loaded>,
  onFailure: (failure: Failure) => void = () => undefined,
): Promise<IndexSummary> {
  const summary: IndexSummary = { new: 0, updated: 0, unchanged: 0, failed: [] };
  const fail = (failure: Failure) => {
    summary.failed.push(failure);
    onFailure(failure);
  };
  for await (const loaded of documents) {
    if (!loaded.ok) {
      fail({ where: loaded.where, reason: loaded.reason });
      continue;
    }
    try {
      summary[await indexDocument(client, schema, indexRecord(loaded.raw, loaded.doc))]++;
    } catch (error) {
      if (!isDocumentError(error)) throw error;
      fail({ where: loaded.where, reason: `PostgreSQL refused it: ${(error as Error).message}` });
    }
  }
  return summary;
}
