/**
 * Every gold field of the reference document 000, as a suite run on each way the document can
 * arrive: its text, a PDF with a text layer, a scan read by OCR.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { CORPUS_DIR } from '../corpus.ts';
import type { MinutesDocument } from '../../src/schema/minutes.ts';

export const referenceText = readFileSync(`${CORPUS_DIR}/000.txt`, 'utf8');
const gold = JSON.parse(readFileSync(`${CORPUS_DIR}/000.gold.json`, 'utf8'));
const surnames = (xs: Array<{ surname: string }>) => xs.map((p) => p.surname);

/** Declares the tests; `get` returns the document once it is ready (call it inside tests only). */
export function referenceFieldTests(get: () => MinutesDocument): void {
  it('reads the sitting', () => {
    const doc = get();
    expect(doc.kind).toBe('deliberation');
    expect(doc.meeting.date).toBe('2014-07-21');
    expect(doc.meeting.dateText).toMatch(/^L'an deux mille quatorze le vingt et un juillet/);
    expect(doc.text.slice(doc.meeting.dateSpan!.start, doc.meeting.dateSpan!.end)).toMatch(/vingt et un\s+juillet/);
    expect(doc.meeting.bodyType).toBe('commission-permanente');
    expect(doc.meeting.place).toBe(gold.meeting.place);
    expect(doc.meeting.president?.surname).toBe('BAYLET');
    expect(doc.meeting.quorum).toBe(true);
    expect(doc.meeting.time).toBeNull();
    expect(doc.meeting.secretary).toBeNull();
  });

  it('reads attendance: 14 present under a heading that includes proxies, CAMBON absent', () => {
    const doc = get();
    expect(surnames(doc.attendance.present)).toEqual(gold.attendance.present);
    expect(doc.attendance.present).toHaveLength(14);
    expect(doc.attendance.presentIncludesProxies).toBe(true);
    expect(surnames(doc.attendance.absent)).toEqual(['CAMBON']);
    expect(doc.attendance.represented).toEqual([]);
    expect(doc.attendance.excused).toEqual([]);
    expect(doc.attendance.counts).toEqual({ inOffice: null, present: null, represented: null, voting: null });
  });

  it('reads the one item: title, two visas, approuve/approuve/autorise, unanimous, adopted', () => {
    const doc = get();
    expect(doc.items).toHaveLength(1);
    const [item] = doc.items;
    expect(item!.number).toBeNull();
    expect(item!.title).toBe(gold.items[0].title);
    expect(item!.decision!.visas).toHaveLength(2);
    expect(item!.decision!.articles.map((a) => a.action)).toEqual(['approuve', 'approuve', 'autorise']);
    expect(item!.decision!.vote).toMatchObject({ unanimous: true, for: null, against: null, abstentions: null });
    expect(item!.decision!.outcome).toBe('adopted');
  });

  it('finds BAYLET signing and the four sections where the gold puts them', () => {
    const doc = get();
    expect(surnames(doc.signatures)).toEqual(['BAYLET']);
    for (const g of gold.sections as Array<{ kind: string; from: string; to: string }>) {
      const s = doc.sections.find((x) => x.kind === g.kind);
      expect(s, g.kind).toBeDefined();
      const body = doc.text.slice(s!.start, s!.end);
      expect(body.startsWith(g.from), `${g.kind} starts with ${g.from}`).toBe(true);
      expect(body.endsWith(g.to), `${g.kind} ends with ${g.to}`).toBe(true);
    }
    expect(doc.sections.filter((s) => s.kind !== 'other').map((s) => s.kind)).toEqual(['preamble', 'attendance', 'report', 'decision']);
  });

  it('gives every person, item, article and vote a span that points at its words', () => {
    const doc = get();
    const spanned = [
      ...doc.attendance.present,
      ...doc.attendance.absent,
      ...doc.signatures,
      doc.meeting.president!,
      ...doc.items,
      ...doc.items.flatMap((i) => i.decision!.articles),
    ];
    for (const x of spanned) expect(x.span).not.toBeNull();
    for (const p of doc.attendance.present) expect(doc.text.slice(p.span!.start, p.span!.end)).toBe(p.raw);
    const art = doc.items[0]!.decision!.articles[2]!;
    expect(doc.text.slice(art.span!.start, art.span!.end)).toMatch(/^Autorise Monsieur le Président/);
    const v = doc.items[0]!.decision!.vote!.span!;
    expect(doc.text.slice(v.start, v.end)).toMatch(/unanimité/);
  });
}
