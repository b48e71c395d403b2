/**
 * Searching the index: a web-style query (`convention partenariat`, `"mot à mot"`, `-exclu`,
 * `or`) parsed by websearch_to_tsquery with the schema's French configuration, matched against
 * the items (title weighted above the report and decision) and the documents' full text.
 * Results are documents, best first: a document ranks by its best item or its own text,
 * whichever is higher, and shows its best matching items with snippets (the document's own
 * snippet when only its text outside the items matched, the attendance or preamble say).
 */
import type { Client } from './pg-target.ts';
import { ident, PgCommandError } from './pg-target.ts';
import { tsConfig } from './pg-schema.ts';
import { HEADLINE_OPTIONS, HIGHLIGHT_ALL_OPTIONS, parseHeadline, type Snippet } from './snippet.ts';

export interface ItemHit {
  /** Position in the document's `items`, from 0. */
  index: number;
  number: string | null;
  title: string;
  rank: number;
  /** The title, whitespace made single spaces, with every match marked. */
  heading: Snippet;
  /** The report and decision around the matches (their beginning when only the title matched). */
  snippet: Snippet;
}

export interface DocumentHit {
  id: string;
  fileName: string;
  date: string | null;
  kind: string;
  authority: string | null;
  body: string | null;
  /** 0..1 (ts_rank_cd normalized by rank/(rank+1)); only the order is meaningful. */
  rank: number;
  itemCount: number;
  /** How many of its items match; `items` holds the best `itemsPerDocument` of them. */
  matchedItems: number;
  items: ItemHit[];
  /** The document's text around the match, when no item matched. */
  snippet: Snippet | null;
}

export interface SearchResult {
  query: string;
  /** Documents matching in all, beyond the limit too. */
  total: number;
  documents: DocumentHit[];
}

export interface SearchOptions {
  limit: number;
  itemsPerDocument: number;
}

/** A query with no word the index can match (empty, or only stop words such as "le de la"). */
export class EmptyQueryError extends Error {
  override name = 'EmptyQueryError';
}

/** ts_rank_cd normalization 32: rank/(rank+1), so every rank falls in 0..1. */
const NORMALIZATION = 32;

function statements(schema: string) {
  const s = ident(schema);
  const cfg = tsConfig(schema);
  const q = `q AS (SELECT websearch_to_tsquery(${cfg}, $1) AS query)`;
  return {
    terms: `SELECT numnode(websearch_to_tsquery(${cfg}, $1)) AS terms`,
    documents: `WITH ${q},
      matched_items AS (
        SELECT i.document_id, max(ts_rank_cd(i.search, q.query, ${NORMALIZATION})) AS rank, count(*)::int AS matched
        FROM ${s}.items i, q WHERE i.search @@ q.query GROUP BY i.document_id
      ),
      hits AS (
        SELECT d.id, d.file_name, d.meeting_date::text AS date, d.kind, d.authority, d.body, d.item_count,
          coalesce(m.matched, 0) AS matched_items,
          greatest(CASE WHEN d.search @@ q.query THEN ts_rank_cd(d.search, q.query, ${NORMALIZATION}) ELSE 0 END, coalesce(m.rank, 0)) AS rank
        FROM ${s}.documents d CROSS JOIN q LEFT JOIN matched_items m ON m.document_id = d.id
        WHERE d.search @@ q.query OR m.document_id IS NOT NULL
      )
      SELECT *, count(*) OVER ()::int AS total FROM hits
      ORDER BY rank DESC, date DESC NULLS LAST, file_name, id
      LIMIT $2`,
    items: `WITH ${q},
      ranked AS (
        SELECT i.document_id, i.index, i.number, i.title, i.report, i.decision_text, ts_rank_cd(i.search, q.query, ${NORMALIZATION}) AS rank
        FROM ${s}.items i, q WHERE i.document_id = ANY ($2) AND i.search @@ q.query
      ),
      best AS (
        SELECT *, row_number() OVER (PARTITION BY document_id ORDER BY rank DESC, index) AS n FROM ranked
      )
      SELECT document_id, index, number, title, rank,
        ts_headline(${cfg}, title, q.query, $5) AS heading,
        ts_headline(${cfg}, concat_ws(E'\\n', report, decision_text), q.query, $4) AS headline
      FROM best, q WHERE n <= $3
      ORDER BY document_id, rank DESC, index`,
    documentSnippets: `WITH ${q}
      SELECT d.id, ts_headline(${cfg}, d.record->>'text', q.query, $3) AS headline
      FROM ${s}.documents d, q WHERE d.id = ANY ($2)`,
  };
}

/** Fails with a clear message when the schema was never indexed (search creates nothing). */
async function requireIndex(client: Client, schema: string): Promise<void> {
  const r = await client.query<{ items: string | null }>(`SELECT to_regclass($1) AS items`, [`${ident(schema)}.items`]);
  if (r.rows[0]?.items == null) throw new PgCommandError(`minutes: no search index in schema '${schema}': run \`minutes index\` on a directory of documents first`);
}

interface DocumentRow {
  id: string;
  file_name: string;
  date: string | null;
  kind: string;
  authority: string | null;
  body: string | null;
  item_count: number;
  matched_items: number;
  rank: number;
  total: number;
}

interface ItemRow {
  document_id: string;
  index: number;
  number: string | null;
  title: string;
  rank: number;
  heading: string;
  headline: string;
}

export async function search(client: Client, schema: string, query: string, options: SearchOptions): Promise<SearchResult> {
  await requireIndex(client, schema);
  const sql = statements(schema);
  const terms = await client.query<{ terms: number }>(sql.terms, [query]);
  if ((terms.rows[0]?.terms ?? 0) === 0) throw new EmptyQueryError(`the query '${query}' has no word to search for (empty, or only stop words such as "le", "de")`);

  const docs = (await client.query<DocumentRow>(sql.documents, [query, options.limit])).rows;
  const ids = docs.map((d) => d.id);
  const items = ids.length === 0 ? [] : (await client.query<ItemRow>(sql.items, [query, ids, options.itemsPerDocument, HEADLINE_OPTIONS, HIGHLIGHT_ALL_OPTIONS])).rows;
  const bare = docs.filter((d) => d.matched_items === 0).map((d) => d.id);
  const snippets = bare.length === 0 ? [] : (await client.query<{ id: string; headline: string }>(sql.documentSnippets, [query, bare, HEADLINE_OPTIONS])).rows;
  const snippetOf = new Map(snippets.map((r) => [r.id, parseHeadline(r.headline)]));

  return {
    query,
    total: docs[0]?.total ?? 0,
    documents: docs.map((d) => ({
      id: d.id,
      fileName: d.file_name,
      date: d.date,
      kind: d.kind,
      authority: d.authority,
      body: d.body,
      rank: Number(d.rank),
      itemCount: d.item_count,
      matchedItems: d.matched_items,
      items: items
        .filter((i) => i.document_id === d.id)
        .map((i) => ({ index: i.index, number: i.number, title: i.title, rank: Number(i.rank), heading: parseHeadline(i.heading), snippet: parseHeadline(i.headline) })),
      snippet: snippetOf.get(d.id) ?? null,
    })),
  };
}
