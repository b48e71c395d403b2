/**
 * A MinutesDocument as the rows of the search index: one for the document, one per item. Plain
 * data, no database: the columns are what a query filters or shows, the `record` the whole JSON
 * as read (fields a newer pipeline adds survive even where this schema does not know them).
 */
import { createHash } from 'node:crypto';
import type { Decision, Item, MinutesDocument } from '../schema/minutes.ts';

export interface DocumentRow {
  id: string;
  file_name: string;
  kind: string;
  authority: string | null;
  body: string | null;
  body_type: string | null;
  meeting_date: string | null;
  item_count: number;
  record: unknown;
  /** Identifies the record's content: an unchanged hash means there is nothing to write. */
  content_hash: string;
}

export interface ItemRow {
  index: number;
  number: string | null;
  title: string;
  outcome: string | null;
  unanimous: boolean | null;
  votes_for: number | null;
  votes_against: number | null;
  abstentions: number | null;
  not_voting: number | null;
  report: string | null;
  decision_text: string | null;
  record: unknown;
}

export interface IndexRecord {
  document: DocumentRow;
  items: ItemRow[];
}

/** A YYYY-MM-DD that names a real day (the schema only checks the shape; 2014-02-30 would make PostgreSQL refuse the row). */
function realDate(date: string | null): string | null {
  if (date === null) return null;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? date : null;
}

/** What a decision says, in reading order: the visas, the considerations, then the articles. */
function decisionText(decision: Decision | null): string | null {
  if (decision === null) return null;
  const parts = [...decision.visas, ...decision.considerations, ...decision.articles.map((a) => a.text)];
  return parts.length > 0 ? parts.join('\n') : null;
}

function itemRow(item: Item, index: number, raw: unknown): ItemRow {
  const vote = item.decision?.vote ?? null;
  return {
    index,
    number: item.number,
    title: item.title,
    outcome: item.decision?.outcome ?? null,
    unanimous: vote?.unanimous ?? null,
    votes_for: vote?.for ?? null,
    votes_against: vote?.against ?? null,
    abstentions: vote?.abstentions ?? null,
    not_voting: vote?.notVoting ?? null,
    report: item.report,
    decision_text: decisionText(item.decision),
    record: raw,
  };
}

/**
 * The rows of one document. `raw` is the JSON as parsed (stored as is), `doc` the same after
 * validation (read for the columns).
 */
export function indexRecord(raw: unknown, doc: MinutesDocument): IndexRecord {
  const rawItems = (raw as { items?: unknown[] }).items ?? [];
  return {
    document: {
      id: doc.id,
      file_name: doc.source.fileName,
      kind: doc.kind,
      authority: doc.authority.name,
      body: doc.meeting.body,
      body_type: doc.meeting.bodyType,
      meeting_date: realDate(doc.meeting.date),
      item_count: doc.items.length,
      record: raw,
      content_hash: `sha256:${createHash('sha256').update(JSON.stringify(raw)).digest('hex')}`,
    },
    items: doc.items.map((item, i) => itemRow(item, i, rawItems[i])),
  };
}
