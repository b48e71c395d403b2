/**
 * diffDocuments on pairs made from real pipeline outputs (the shared corpus): a copy mutated
 * in one known way must show exactly that change, in the documents' terms.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { diffDocuments, formatChange, normalizePath, type FieldChange } from '../../src/qa/diff.ts';
import type { MinutesDocument, Person } from '../../src/schema/minutes.ts';
import { analyzeText } from '../helpers/analyze-text.ts';
import { corpusIds, corpusText } from '../helpers/score.ts';

let outputs: MinutesDocument[];
/** A document with several numbered items, one vote with a count and a few people present. */
let rich: MinutesDocument;
/** A document whose items have no number: they can only be matched by title. */
let unnumbered: MinutesDocument;

beforeAll(() => {
  outputs = corpusIds().map((id) => analyzeText(corpusText(id), `${id}.txt`));
  rich = outputs.find(
    (d) =>
      d.items.length >= 3 &&
      d.items.every((i) => i.number !== null) &&
      d.items.some((i) => i.decision?.vote?.for != null) &&
      d.attendance.present.length >= 3,
  )!;
  unnumbered = outputs.find((d) => d.items.length >= 3 && d.items.every((i) => i.number === null))!;
  expect(rich, 'a corpus output with numbered items and a vote count').toBeDefined();
  expect(unnumbered, 'a corpus output with unnumbered items').toBeDefined();
});

const copy = (d: MinutesDocument): MinutesDocument => structuredClone(d);
const lines = (changes: FieldChange[]) => changes.map(formatChange);
const person = (raw: string, civility: Person['civility'], givenName: string | null, surname: string): Person => ({
  raw,
  civility,
  givenName,
  surname,
  role: null,
  span: null,
});

describe('diffDocuments', () => {
  it('finds nothing between a document and its copy', () => {
    for (const d of outputs) expect(diffDocuments(d, copy(d))).toEqual([]);
  });

  it('a person added to a list reads as the person, added to that list', () => {
    const b = copy(rich);
    b.attendance.absent.push(person('M. J. CAMBON', 'M.', 'J.', 'CAMBON'));
    const changes = diffDocuments(rich, b);
    expect(changes).toEqual([{ path: `attendance.absent[${b.attendance.absent.length - 1}]`, op: 'added', after: b.attendance.absent.at(-1) }]);
    expect(lines(changes)).toEqual(['attendance.absent: + M. J. CAMBON']);
    // And the other way round: removed, at its index in A.
    expect(lines(diffDocuments(b, rich))).toEqual(['attendance.absent: - M. J. CAMBON']);
  });

  it('a vote count changed is one change at the item of B', () => {
    const i = rich.items.findIndex((x) => x.decision?.vote?.for != null);
    const before = rich.items[i]!.decision!.vote!.for!;
    const b = copy(rich);
    b.items[i]!.decision!.vote!.for = before + 1;
    expect(lines(diffDocuments(rich, b))).toEqual([`items[${i}].decision.vote.for: ${before} -> ${before + 1}`]);
  });

  it('items and people in another order are no change; a change in a moved item is indexed in B', () => {
    const b = copy(rich);
    b.items.reverse();
    b.attendance.present.reverse();
    expect(diffDocuments(rich, b)).toEqual([]);

    const u = copy(unnumbered);
    u.items.reverse();
    expect(diffDocuments(unnumbered, u)).toEqual([]);

    const i = rich.items.findIndex((x) => x.decision?.vote?.for != null);
    const j = b.items.length - 1 - i;
    b.items[j]!.decision!.vote!.for = 0;
    const changes = diffDocuments(rich, b);
    expect(changes.map((c) => c.path)).toEqual([`items[${j}].decision.vote.for`]);
  });

  it('a date changed', () => {
    const b = copy(rich);
    b.meeting.date = '1999-12-31';
    expect(diffDocuments(rich, b)).toEqual([{ path: 'meeting.date', op: 'changed', before: rich.meeting.date, after: '1999-12-31' }]);
    expect(formatChange(diffDocuments(rich, b)[0]!)).toBe(`meeting.date: ${rich.meeting.date} -> 1999-12-31`);
  });

  it('an item removed is shown with its number and title, at its index in A', () => {
    const b = copy(rich);
    const [gone] = b.items.splice(1, 1);
    const changes = diffDocuments(rich, b);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ path: 'items[1]', op: 'removed' });
    expect(formatChange(changes[0]!)).toContain(`items[1]: - ${gone!.number} «`);
  });

  it('a corrected surname is a change of that person, not a removal and an addition', () => {
    const b = copy(rich);
    const p = b.attendance.present[2]!;
    const was = p.surname;
    p.surname = `${was}X`;
    expect(lines(diffDocuments(rich, b))).toEqual([`attendance.present[2].surname: ${was} -> ${was}X`]);
  });

  it('moved text (spans, sections, text) is ignored unless spans are asked for', () => {
    const b = copy(rich);
    const shift = (s: { start: number; end: number } | null) => s && { start: s.start + 3, end: s.end + 3 };
    b.text = `   ${b.text}`;
    b.meeting.dateSpan = shift(b.meeting.dateSpan);
    for (const p of b.attendance.present) p.span = shift(p.span);
    for (const item of b.items) item.span = shift(item.span);
    for (const s of b.sections) Object.assign(s, shift(s));
    b.source.pages[0]!.chars += 3;
    expect(diffDocuments(rich, b)).toEqual([]);
    const paths = diffDocuments(rich, b, { spans: true }).map((c) => normalizePath(c.path));
    expect(paths).toEqual(expect.arrayContaining(['text', 'meeting.dateSpan.start', 'attendance.present[*].span.start', 'sections[*].start', 'source.pages[*].chars']));
  });

  it('normalizes paths over documents', () => {
    expect(normalizePath('items[12].decision.vote.againstNames[3]')).toBe('items[*].decision.vote.againstNames[*]');
  });
});

describe('people in one place', () => {
  it('another president is one change of person; a corrected given name is a change of that field', () => {
    const withPresident = outputs.find((d) => d.meeting.president !== null)!;
    const b = copy(withPresident);
    b.meeting.president = person('Mme Anne AUTRE', 'Mme', 'Anne', 'AUTRE');
    const changes = diffDocuments(withPresident, b);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ path: 'meeting.president', op: 'changed' });
    expect(formatChange(changes[0]!)).toMatch(/^meeting\.president: .+ -> Mme Anne AUTRE$/);

    const c = copy(withPresident);
    c.meeting.president!.givenName = 'Zoé';
    expect(diffDocuments(withPresident, c).map((x) => x.path)).toEqual(['meeting.president.givenName']);
  });
});
