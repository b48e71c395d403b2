/**
 * The same minutes typed or extracted differently must give the same fields: without accents
 * ("Presents", "procuration a", "a la majorite"), and without blank lines, as text layers give
 * them. Run on the synthetic fixture texts, which no rule was written against.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import { dropAccents, dropBlankLines } from '../../fixtures/text-variants.ts';
import type { MinutesDocument, Person } from '../../src/schema/minutes.ts';

const DIR = new URL('../../fixtures/text/', import.meta.url);
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

/** The fields a reader compares, accents folded: what must not change with the typing. */
function fields(doc: MinutesDocument) {
  const name = (p: Person | null | undefined) => (p ? dropAccents(p.surname) : null);
  return dropAccentsDeep({
    kind: doc.kind,
    meeting: { date: doc.meeting.date, time: doc.meeting.time, bodyType: doc.meeting.bodyType, place: doc.meeting.place, president: name(doc.meeting.president), secretary: name(doc.meeting.secretary) },
    present: doc.attendance.present.map(name),
    represented: doc.attendance.represented.map((r) => [name(r.person), name(r.proxy)]),
    excused: doc.attendance.excused.map(name),
    absent: doc.attendance.absent.map(name),
    counts: doc.attendance.counts,
    items: doc.items.map((i) => ({
      number: i.number,
      title: i.title,
      outcome: i.decision?.outcome ?? null,
      vote: i.decision?.vote ? { ...i.decision.vote, span: null, againstNames: i.decision.vote.againstNames.map(name), abstentionNames: i.decision.vote.abstentionNames.map(name) } : null,
      actions: i.decision?.articles.map((a) => a.action) ?? [],
    })),
  });
}

function dropAccentsDeep<T>(value: T): T {
  return JSON.parse(dropAccents(JSON.stringify(value))) as T;
}

describe.each(FILES)('fixtures/text/%s', (file) => {
  const text = readFileSync(new URL(file, DIR), 'utf8');
  const given = fields(analyzeText(text));

  it('gives the same fields typed without accents', () => {
    expect(fields(analyzeText(dropAccents(text)))).toEqual(given);
  });

  it('gives the same fields without blank lines', () => {
    expect(fields(analyzeText(dropBlankLines(text)))).toEqual(given);
  });
});
