import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/qa/diff.ts';
import { Catalog } from '../../src/review/catalog.ts';
import { comparisons, documentView } from '../../src/review/document-view.ts';
import { listRows, meanConfidence } from '../../src/review/list-rows.ts';
import type { MinutesDocument } from '../../src/schema/minutes.ts';
import { firstVote, makeRun, pretty, type Run } from './helpers.ts';

let run: Run;
let against: string;
const AUBIN = 'saint-aubin-2023-045.json';
const PLATEAU = 'plateau-comite-2024-02-07.json';
const PDF = '000.json';

beforeAll(async () => {
  run = await makeRun();
  against = join(run.root, 'against');
  mkdirSync(against);
  mkdirSync(run.gold);
  // The other run: saint-aubin under another name with two fields changed, plateau as is.
  const aubin = structuredClone(run.docs.get(AUBIN)!);
  aubin.meeting.place = 'ailleurs';
  firstVote(aubin).vote.against = 7;
  writeFileSync(join(against, 'renamed.json'), pretty(aubin));
  writeFileSync(join(against, PLATEAU), pretty(run.docs.get(PLATEAU)!));
  // The gold: the PDF's with one person removed and the date corrected; saint-aubin's equal.
  const gold = structuredClone(run.docs.get(PDF)!);
  gold.attendance.present.pop();
  gold.meeting.date = '2014-07-22';
  writeFileSync(join(run.gold, PDF), pretty(gold));
  writeFileSync(join(run.gold, AUBIN), pretty(run.docs.get(AUBIN)!));
  // Files that are not outputs, or not readable ones.
  writeFileSync(join(run.out, 'failed.error.json'), '{"file":"x","code":"CORRUPT_PDF","message":"x"}');
  writeFileSync(join(run.out, '.000.json.1.tmp'), '{');
  writeFileSync(join(run.out, 'broken.json'), '{"schemaVersion": "1.0"');
  writeFileSync(join(run.out, 'wrong.json'), JSON.stringify({ ...run.docs.get(PDF)!, kind: 'poem' }));
}, 60_000);
afterAll(() => run?.cleanup());

describe('the list', () => {
  it('has one row per output, counts differences against gold and against the other run (matched by id)', async () => {
    const rows = listRows(await new Catalog({ out: run.out, gold: run.gold, against }).entries());
    expect(rows.map((r) => r.name)).toEqual([PDF, 'broken.json', PLATEAU, AUBIN, 'wrong.json']);
    const row = (name: string) => rows.find((r) => r.name === name)!;

    const pdf = run.docs.get(PDF)!;
    expect(row(PDF)).toMatchObject({ kind: pdf.kind, date: pdf.meeting.date, body: pdf.meeting.body, pages: 2, warnings: pdf.warnings.length, goldDiffs: 2, againstDiffs: null });
    expect(row(AUBIN)).toMatchObject({ goldDiffs: 0, againstDiffs: 2 });
    expect(row(PLATEAU)).toMatchObject({ goldDiffs: null, againstDiffs: 0 });
    for (const name of ['broken.json', 'wrong.json']) {
      expect(row(name).errors[0]).toContain(join(run.out, name));
      expect(row(name).goldDiffs).toBeNull();
    }
    expect(row('broken.json').errors[0]).toContain('not JSON');
    expect(row('wrong.json').errors[0]).toMatch(/kind/);
  });

  it('follows the files: a new gold shows in the next listing', async () => {
    const catalog = new Catalog({ out: run.out, gold: run.gold });
    const before = listRows(await catalog.entries()).find((r) => r.name === PLATEAU)!;
    expect(before.goldDiffs).toBeNull();
    const gold = structuredClone(run.docs.get(PLATEAU)!);
    gold.items.pop();
    writeFileSync(join(run.gold, PLATEAU), pretty(gold));
    const after = listRows(await catalog.entries()).find((r) => r.name === PLATEAU)!;
    expect(after.goldDiffs).toBe(1);
  });

  it('averages the OCR confidence of the OCR pages only', () => {
    const doc = structuredClone(run.docs.get(PDF)!);
    expect(meanConfidence(doc)).toBeNull();
    doc.source.pages = [
      { page: 1, method: 'ocr', confidence: 0.5, chars: 10 },
      { page: 2, method: 'text', confidence: null, chars: 10 },
      { page: 3, method: 'ocr', confidence: 0.9, chars: 10 },
    ];
    expect(meanConfidence(doc)).toBeCloseTo(0.7);
  });
});

describe('the document page data', () => {
  it('shows the gold when there is one, with changes anchored to its fields', async () => {
    const entry = (await new Catalog({ out: run.out, gold: run.gold }).entry(PDF))!;
    const view = documentView(entry);
    if (!('document' in view)) throw new Error(view.errors.join('; '));
    expect(view.shown).toBe('gold');
    expect(view.document.meeting.date).toBe('2014-07-22');
    const gold = view.comparisons.find((c) => c.key === 'gold')!;
    const removed = gold.changes.find((c) => c.op === 'removed')!;
    // The person only this run has: beside the gold's list (its index is the run's).
    expect(removed.anchor).toBe('attendance.present');
    expect(removed.before).toContain(run.docs.get(PDF)!.attendance.present.at(-1)!.surname);
    expect(gold.changes.find((c) => c.path === 'meeting.date')).toMatchObject({ op: 'changed', before: '2014-07-21', after: '2014-07-22', anchor: 'meeting.date' });
  });

  it('anchors the other run’s changes to this run’s fields only while the lists line up', () => {
    const output = run.docs.get(PLATEAU)!;
    const other = structuredClone(output);
    const { index } = firstVote(other);
    firstVote(other).vote.for = 1;
    const path = `items[${index}].decision.vote.for`;

    const alone = comparisons(output, null, other);
    expect(alone.map((c) => c.key)).toEqual(['against']);
    expect(alone[0]!.changes).toEqual([expect.objectContaining({ path, anchor: path, before: '1' })]);

    const sameShape = comparisons(output, structuredClone(output), other).find((c) => c.key === 'against')!;
    expect(sameShape.changes[0]!.anchor).toBe(path);

    const fewerPeople: MinutesDocument = structuredClone(output);
    fewerPeople.attendance.present.shift();
    const shifted = comparisons(output, fewerPeople, other).find((c) => c.key === 'against')!;
    expect(shifted.changes[0]!.anchor).toBe('items');
  });

  it('counts what diffDocuments reports', async () => {
    const entry = (await new Catalog({ out: run.out, gold: run.gold, against }).entry(AUBIN))!;
    const view = documentView(entry);
    if (!('document' in view)) throw new Error(view.errors.join('; '));
    const other = view.comparisons.find((c) => c.key === 'against')!;
    expect(other.changes.map((c) => c.path)).toEqual(diffDocuments(entry.against!.doc!, entry.output.doc!).map((c) => c.path));
    expect(other.changes.map((c) => c.path).sort()).toEqual([`items[${firstVote(view.output).index}].decision.vote.against`, 'meeting.place'].sort());
  });

  it('is null for names that are not outputs', async () => {
    const catalog = new Catalog({ out: run.out, gold: run.gold });
    expect(await catalog.entry('failed.error.json')).toBeNull();
    expect(await catalog.entry('nothere.json')).toBeNull();
    await expect(catalog.entry('../out/000.json')).resolves.toBeNull();
  });
});
