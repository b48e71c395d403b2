/**
 * `minutes eval` against the official scorer: on the pipeline's corpus output, and on a
 * deliberately damaged copy of it, every field score.py prints must come out the same; then
 * strict against soft, a reviewed MinutesDocument as gold, missing predictions, the --min gate.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toCompactGold } from '../../src/qa/compact-gold.ts';
import { evaluate, type EvalReport } from '../../src/qa/eval-files.ts';
import { EXTRA_FIELDS } from '../../src/qa/eval.ts';
import type { MinutesDocument } from '../../src/schema/minutes.ts';
import { runCli, SPAWN_TIMEOUT, tempDirs } from '../cli/helpers.ts';
import { CORPUS_DIR } from '../corpus.ts';
import { analyzeText } from '../helpers/analyze-text.ts';
import { corpusIds, corpusText, score, writePrediction, type Score } from '../helpers/score.ts';

const tempDir = tempDirs();
const writeJson = (dir: string, name: string, value: unknown) => writeFileSync(join(dir, name), JSON.stringify(value));

let ids: string[];
let outputs: Map<string, MinutesDocument>;

beforeAll(() => {
  ids = corpusIds();
  outputs = new Map(ids.map((id) => [id, analyzeText(corpusText(id), `${id}.txt`)]));
});

/** Every field of score.py with the same F1 in soft mode, the same field set, the same macro. */
function expectAgreement(official: Score, ours: EvalReport): void {
  const shared = Object.keys(ours.soft.fields).filter((f) => !EXTRA_FIELDS.has(f));
  expect(shared).toEqual(Object.keys(official.fields));
  for (const [field, s] of Object.entries(official.fields)) {
    expect(Math.abs(ours.soft.fields[field]!.f1 - s.f1), `${field}: score.py ${s.f1}, eval ${ours.soft.fields[field]!.f1}`).toBeLessThanOrEqual(1e-3);
  }
  expect(Math.abs(ours.soft.macroF1 - official.macroF1)).toBeLessThanOrEqual(1e-3);
  expect(ours.missing.map((m) => m.name)).toEqual(official.missing);
}

/** Damage of several kinds, so that false positives and negatives of every rule are exercised. */
const DAMAGE: Array<(d: MinutesDocument) => MinutesDocument | null> = [
  (d) => {
    d.items.reverse();
    d.items.shift();
    for (const i of d.items) if (i.decision?.vote) i.decision.vote = { ...i.decision.vote, unanimous: !i.decision.vote.unanimous, for: 7 };
    return d;
  },
  (d) => {
    [d.attendance.present, d.attendance.excused] = [d.attendance.excused, d.attendance.present.slice(1)];
    d.attendance.represented = d.attendance.represented.map((r) => ({ person: r.person, proxy: null }));
    d.attendance.counts = { inOffice: 3, present: null, represented: null, voting: 2 };
    return d;
  },
  (d) => {
    d.meeting = { ...d.meeting, president: d.meeting.secretary, secretary: null, place: 'ailleurs', date: null, time: '09:00', quorum: false };
    d.sections = d.sections.map((s, i) => ({ ...s, kind: (['preamble', 'report', 'decision', 'attendance'] as const)[i % 4]! }));
    d.signatures = [];
    d.kind = 'other';
    return d;
  },
  (d) => {
    for (const i of d.items) {
      i.number = i.number && `${i.number}-bis`;
      i.title = i.title.split(' ').slice(0, 3).join(' ');
      if (i.decision) i.decision = { ...i.decision, articles: i.decision.articles.slice(1), outcome: 'rejected' };
    }
    return d;
  },
  (d) => {
    // Each item twice, the copy with other figures: which one pairs with the gold is a tie to break as score.py does.
    d.items.push(...d.items.map((i) => ({ ...i, decision: i.decision && { ...i.decision, outcome: 'noted' as const, vote: null } })));
    return d;
  },
  () => null, // missing prediction
];

describe('agreement with score.py', () => {
  it('the pipeline output of the corpus: the same F1 for every field', { timeout: 120_000 }, async () => {
    const pred = tempDir();
    for (const [id, doc] of outputs) writePrediction(pred, id, doc);
    const ours = await evaluate({ goldDir: CORPUS_DIR, predDir: pred });
    expect(ours.docs).toBe(ids.length);
    expectAgreement(score(pred), ours);
  });

  it('a damaged copy, some predictions missing: still the same F1 for every field', { timeout: 120_000 }, async () => {
    const pred = tempDir();
    ids.forEach((id, n) => {
      const damaged = DAMAGE[n % DAMAGE.length]!(structuredClone(outputs.get(id)!));
      if (damaged) writePrediction(pred, id, damaged);
    });
    const official = score(pred);
    expect(official.missing.length).toBeGreaterThan(0);
    expect(official.macroF1).toBeLessThan(0.9);
    expectAgreement(official, await evaluate({ goldDir: CORPUS_DIR, predDir: pred }));
  });

  it('the CLI prints the same figures (--json, soft)', { timeout: 120_000 }, async () => {
    const pred = tempDir();
    for (const [id, doc] of outputs) writePrediction(pred, id, doc);
    const r = await runCli(['eval', '--gold', CORPUS_DIR, '--pred', pred, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const official = score(pred);
    for (const [field, s] of Object.entries(official.fields)) expect(Math.abs(out.fields[field].f1 - s.f1), field).toBeLessThanOrEqual(1e-3);
    expect(Math.abs(out.macroF1 - official.macroF1)).toBeLessThanOrEqual(1e-3);

    const text = await runCli(['eval', '--gold', CORPUS_DIR, '--pred', pred]);
    const lastLine = text.stdout.trimEnd().split('\n').at(-1)!;
    expect(lastLine).toBe(`docs=${official.docs} macroF1=${official.macroF1.toFixed(3)} strictMacroF1=${out.strictMacroF1.toFixed(3)}`);
  });
});

/** A corpus output whose people are all written in capitals (as compact golds write them). */
const capitalized = () =>
  [...outputs.values()].find((d) => d.attendance.present.length >= 3 && d.attendance.present.every((p) => p.surname === p.surname.toUpperCase()))!;

describe('strict and soft', () => {
  it('a surname in other case and accents, a place without accents: soft matches, strict does not', async () => {
    const doc = capitalized();
    const gold = toCompactGold(doc);
    const first = gold.attendance!.present![0]!;
    gold.attendance!.present![0] = `${first[0]}${first.slice(1).toLowerCase()}`.replace(/e/g, 'é');
    const [gdir, pdir] = [tempDir(), tempDir()];
    writeJson(gdir, 'doc.gold.json', gold);
    writeJson(pdir, 'doc.json', doc);
    const r = await evaluate({ goldDir: gdir, predDir: pdir });
    const n = doc.attendance.present.length;
    expect(r.soft.fields['attendance.present']).toMatchObject({ tp: n, fp: 0, fn: 0, f1: 1 });
    expect(r.strict.fields['attendance.present']).toMatchObject({ tp: n - 1, fp: 1, fn: 1 });
    expect(r.soft.macroF1).toBe(1);
    expect(r.strict.macroF1).toBeLessThan(1);
  });
});

describe('a reviewed MinutesDocument as gold', () => {
  it('scored against the prediction of the same id, its sections located in its own text', async () => {
    const doc = capitalized();
    const reviewed = structuredClone(doc);
    const gdir = tempDir();
    const pdir = tempDir();
    writeJson(gdir, 'reviewed.json', reviewed);
    writeJson(pdir, 'some-other-name.json', doc);
    const same = await evaluate({ goldDir: gdir, predDir: pdir });
    expect(same.missing).toEqual([]);
    expect(Object.keys(same.soft.fields)).toEqual(expect.arrayContaining(['items', 'attendance.present', 'sections.report']));
    for (const mode of ['soft', 'strict'] as const) {
      expect(Object.entries(same[mode].fields).filter(([, s]) => s.f1 !== 1), mode).toEqual([]);
    }

    // The reviewer corrected a vote count and struck a person the pipeline had read.
    const i = reviewed.items.findIndex((x) => x.decision?.vote);
    expect(i).toBeGreaterThanOrEqual(0);
    reviewed.items[i]!.decision!.vote!.against = (doc.items[i]!.decision!.vote!.against ?? 0) + 2;
    reviewed.attendance.present.pop();
    writeJson(gdir, 'reviewed.json', reviewed);
    const corrected = await evaluate({ goldDir: gdir, predDir: pdir });
    expect(corrected.soft.fields['attendance.present']).toMatchObject({ fp: 1, fn: 0 });
    expect(corrected.soft.fields['item.vote.counts']!.fn).toBe(1);
    expect(corrected.soft.macroF1).toBeLessThan(1);
  });
});

describe('missing predictions and bad files', () => {
  it('a gold without prediction counts as all missed and is listed', async () => {
    const [gdir, pdir] = [tempDir(), tempDir()];
    const [one, two] = ids;
    for (const id of [one!, two!]) {
      copyFileSync(join(CORPUS_DIR, `${id}.gold.json`), join(gdir, `${id}.gold.json`));
      copyFileSync(join(CORPUS_DIR, `${id}.txt`), join(gdir, `${id}.txt`));
    }
    writePrediction(pdir, one!, outputs.get(one!)!);
    const both = await evaluate({ goldDir: gdir, predDir: pdir });
    writePrediction(pdir, two!, outputs.get(two!)!);
    const complete = await evaluate({ goldDir: gdir, predDir: pdir });
    expect(both.missing).toEqual([{ name: two, reason: `no ${two}.json in ${pdir}` }]);
    expect(complete.missing).toEqual([]);
    expect(both.soft.fields['attendance.anyList']!.fn).toBeGreaterThan(complete.soft.fields['attendance.anyList']!.fn);
    expect(both.soft.fields.kind).toMatchObject({ tp: 1, fn: 1 });
  });

  describe('the CLI', () => {
    let gdir: string;
    let pdir: string;
    beforeAll(() => {
      const doc = capitalized();
      const reviewed = structuredClone(doc);
      reviewed.attendance.present.pop();
      [gdir, pdir] = [tempDir(), tempDir()];
      writeJson(gdir, 'a.json', reviewed);
      writeJson(pdir, 'a.json', doc);
    });

    it('--min: 0 when the macro F1 reaches it, 1 naming the fields below, 2 for a bad figure', SPAWN_TIMEOUT, async () => {
      const pass = await runCli(['eval', '--gold', gdir, '--pred', pdir, '--min', '0.5']);
      expect(pass.code).toBe(0);
      const fail = await runCli(['eval', '--gold', gdir, '--pred', pdir, '--min', '1']);
      expect(fail.code).toBe(1);
      expect(fail.stderr).toMatch(/soft macro F1 0\.\d{3} is below --min 1; fields below: .*attendance\.present/);
      const bad = await runCli(['eval', '--gold', gdir, '--pred', pdir, '--min', '1.5']);
      expect(bad.code).toBe(2);
    });

    it('--min fails on a missing prediction; an unreadable gold is named and exits 1', SPAWN_TIMEOUT, async () => {
      const g = tempDir();
      mkdirSync(join(g, 'sub'));
      writeJson(g, 'a.json', capitalized());
      writeFileSync(join(g, 'b.gold.json'), '{"kind": "deliberation", "items": [{"title": 3}]}');
      const r = await runCli(['eval', '--gold', g, '--pred', tempDir(), '--min', '0', '--json']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`${join(g, 'b.gold.json')}: not a compact gold`);
      expect(r.stderr).toContain('1 prediction(s) missing: a');
      const out = JSON.parse(r.stdout);
      expect(out).toMatchObject({ docs: 1, missing: ['a'], pass: false });
    });

    it('--field keeps the fields under a name, and the macro F1 over them', SPAWN_TIMEOUT, async () => {
      const r = await runCli(['eval', '--gold', gdir, '--pred', pdir, '--field', 'attendance', '--json']);
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout);
      const names = Object.keys(out.fields);
      expect(names.length).toBeGreaterThan(1);
      expect(names.every((f) => f.startsWith('attendance.'))).toBe(true);
      const mean = names.reduce((s, f) => s + out.fields[f].f1, 0) / names.length;
      expect(out.macroF1).toBeCloseTo(mean, 3);
    });
  });
});
