/**
 * The reference document the product was specified from: every field of its gold, exactly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../corpus.ts';
import { analyzeText } from '../helpers/analyze-text.ts';

const text = readFileSync(`${CORPUS_DIR}/000.txt`, 'utf8');
const gold = JSON.parse(readFileSync(`${CORPUS_DIR}/000.gold.json`, 'utf8'));
const doc = analyzeText(text, '000.txt');
const surnames = (xs: Array<{ surname: string }>) => xs.map((p) => p.surname);

describe('reference document 000', () => {
  it('reads the sitting', () => {
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
    expect(surnames(doc.attendance.present)).toEqual(gold.attendance.present);
    expect(doc.attendance.present).toHaveLength(14);
    expect(doc.attendance.presentIncludesProxies).toBe(true);
    expect(surnames(doc.attendance.absent)).toEqual(['CAMBON']);
    expect(doc.attendance.represented).toEqual([]);
    expect(doc.attendance.excused).toEqual([]);
    expect(doc.attendance.counts).toEqual({ inOffice: null, present: null, represented: null, voting: null });
  });

  it('reads the one item: title, two visas, approuve/approuve/autorise, unanimous, adopted', () => {
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

  it('is deterministic', () => {
    expect(JSON.stringify(analyzeText(text, '000.txt'))).toBe(JSON.stringify(doc));
  });
});
