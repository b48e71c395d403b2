/** A MinutesDocument as index rows: the columns come from the document, the record is kept whole. */
import { describe, expect, it } from 'vitest';
import type { MinutesDocument } from '../../src/schema/minutes.ts';
import { indexRecord } from '../../src/search/records.ts';
import { analyzeText } from '../helpers/analyze-text.ts';
import { MINUTES_TXT } from '../cli/helpers.ts';

const doc = analyzeText(MINUTES_TXT, 'saint-exemple.txt');
const copy = (d: MinutesDocument) => JSON.parse(JSON.stringify(d)) as MinutesDocument;

describe('indexRecord', () => {
  it('fills the document columns from the document and keeps the record as read, unknown fields included', () => {
    const raw = { ...copy(doc), addedLater: { x: 1 } };
    const { document } = indexRecord(raw, doc);
    expect(document).toMatchObject({
      id: doc.id,
      file_name: 'saint-exemple.txt',
      kind: doc.kind,
      authority: doc.authority.name,
      body: doc.meeting.body,
      body_type: doc.meeting.bodyType,
      meeting_date: doc.meeting.date,
      item_count: doc.items.length,
    });
    expect(document.record).toBe(raw);
  });

  it('one item row per item, in order, with its vote and the decision text (visas, considerations, articles)', () => {
    expect(doc.items.length).toBeGreaterThan(0);
    const { items } = indexRecord(copy(doc), doc);
    expect(items.map((i) => [i.index, i.title])).toEqual(doc.items.map((item, i) => [i, item.title]));
    const first = doc.items[0]!;
    const decision = first.decision!;
    expect(items[0]).toMatchObject({ number: first.number, outcome: decision.outcome, unanimous: decision.vote?.unanimous ?? null });
    for (const part of [...decision.visas, ...decision.considerations, ...decision.articles.map((a) => a.text)]) expect(items[0]!.decision_text).toContain(part);
    expect(items[0]!.record).toEqual(first);
  });

  it('the content hash is stable for the same content and changes with any change', () => {
    const hash = (d: MinutesDocument) => indexRecord(d, d).document.content_hash;
    expect(hash(copy(doc))).toBe(hash(copy(doc)));
    const changed = copy(doc);
    changed.items[0]!.title += ' (modifié)';
    expect(hash(changed)).not.toBe(hash(doc));
  });

  it('a meeting date of the right shape that is no real day is left out rather than refused by PostgreSQL', () => {
    const d = copy(doc);
    d.meeting.date = '2014-02-30';
    expect(indexRecord(d, d).document.meeting_date).toBeNull();
    d.meeting.date = '2024-02-29';
    expect(indexRecord(d, d).document.meeting_date).toBe('2024-02-29');
  });
});
