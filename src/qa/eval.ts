/**
 * Scoring predictions against gold, field by field: the rules of the official scorer
 * (../shared/tools/score.py, `score_doc`) ported one for one, so that in soft mode every field
 * they share gets the same true/false positives and negatives, hence the same F1. The
 * comparison of strings is a parameter: soft (score.py's norm) or strict (as written).
 * Two fields score.py does not score are added (EXTRA_FIELDS) and kept out of the macro F1.
 */
import type { MinutesDocument, Person } from '../schema/minutes.ts';
import type { CompactGold } from './compact-gold.ts';
import type { Comparison } from './normalize.ts';
import { escapeRegExp } from '../text/matches.ts';

/** Scored here but not by score.py: shown, never in the macro F1, so the two macros agree. */
export const EXTRA_FIELDS: ReadonlySet<string> = new Set(['authority', 'item.visas']);

export class Tally {
  tp = 0;
  fp = 0;
  fn = 0;

  add(tp: number, fp: number, fn: number): void {
    this.tp += tp;
    this.fp += fp;
    this.fn += fn;
  }

  /** A scalar field: nothing on both sides is no event; a mismatch costs fp and/or fn. */
  exact(gold: unknown, pred: unknown): void {
    const g = gold ?? null;
    const p = pred ?? null;
    if (g === null && p === null) return;
    if (g !== null && p !== null && g === p) this.tp++;
    else {
      if (p !== null) this.fp++;
      if (g !== null) this.fn++;
    }
  }
}

export interface FieldScore {
  f1: number;
  p: number;
  r: number;
  tp: number;
  fp: number;
  fn: number;
}

/** score.py's Tally.f1: an empty denominator counts as perfect. */
export function fieldScore(t: Tally): FieldScore {
  const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
  const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
  return { f1: p + r ? (2 * p * r) / (p + r) : 0, p, r, tp: t.tp, fp: t.fp, fn: t.fn };
}

export class Tallies extends Map<string, Tally> {
  at(field: string): Tally {
    let t = this.get(field);
    if (!t) this.set(field, (t = new Tally()));
    return t;
  }
}

export interface Scores {
  /** Fields with at least one event, in code-point order of their names (as score.py sorts). */
  fields: Record<string, FieldScore>;
  /** Mean F1 of the fields score.py also scores. */
  macroF1: number;
}

export function summarizeTallies(tallies: Tallies): Scores {
  const names = [...tallies.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const fields: Record<string, FieldScore> = {};
  for (const name of names) {
    const t = tallies.get(name)!;
    if (t.tp + t.fp + t.fn) fields[name] = fieldScore(t);
  }
  return withMacro(fields);
}

function withMacro(fields: Record<string, FieldScore>): Scores {
  const macro = Object.entries(fields).filter(([name]) => !EXTRA_FIELDS.has(name));
  return { fields, macroF1: macro.length ? macro.reduce((s, [, v]) => s + v.f1, 0) / macro.length : 0 };
}

/** Only some fields, and the macro F1 over them. */
export function restrictScores(scores: Scores, keep: (field: string) => boolean): Scores {
  return withMacro(Object.fromEntries(Object.entries(scores.fields).filter(([name]) => keep(name))));
}

// ---- people ----------------------------------------------------------------------------------

type Named = string | Person | null | undefined;

/** The strings under which a predicted person may match a gold surname: surname, then the words read. */
function personKeys(p: Named, cmp: Comparison): string[] {
  if (p === null || p === undefined) return [];
  if (typeof p === 'string') return [cmp.norm(p)];
  return [cmp.norm(p.surname), cmp.norm(p.raw)].filter(Boolean);
}

export function personMatches(gold: string | null | undefined, pred: Named, cmp: Comparison): boolean {
  const g = cmp.norm(gold);
  if (!g) return false;
  const keys = personKeys(pred, cmp);
  if (!keys.length) return false;
  if (keys[0] === g) return true;
  // A surname split differently (compound names, stray initials): whole-word containment.
  const word = new RegExp(`(^|${cmp.edge})${escapeRegExp(g)}($|${cmp.edge})`, 'u');
  return keys.some((k) => word.test(k));
}

/** One-to-one greedy matching, gold order: [tp, fp, fn]. */
function matchPeople(gold: readonly string[], pred: readonly Named[], cmp: Comparison): [number, number, number] {
  const used = new Set<number>();
  let tp = 0;
  for (const g of gold) {
    const i = pred.findIndex((p, k) => !used.has(k) && personMatches(g, p, cmp));
    if (i >= 0) {
      used.add(i);
      tp++;
    }
  }
  return [tp, pred.length - used.size, gold.length - tp];
}

// ---- words -----------------------------------------------------------------------------------

function counter(words: Iterable<string>): Map<string, number> {
  const c = new Map<string, number>();
  for (const w of words) c.set(w, (c.get(w) ?? 0) + 1);
  return c;
}

const total = (c: Map<string, number>): number => [...c.values()].reduce((s, n) => s + n, 0);

function common(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [w, k] of a) n += Math.min(k, b.get(w) ?? 0);
  return n;
}

/** Dice coefficient over the first 25 words of two titles. */
function titleSimilarity(a: unknown, b: unknown, cmp: Comparison): number {
  const ta = cmp.tokens(a).slice(0, 25);
  const tb = cmp.tokens(b).slice(0, 25);
  if (!ta.length || !tb.length) return 0;
  return (2 * common(counter(ta), counter(tb))) / (ta.length + tb.length);
}

/** Items whose titles are at least this similar are the same item. */
const SAME_ITEM = 0.6;

// ---- one document ----------------------------------------------------------------------------

type GoldItem = NonNullable<CompactGold['items']>[number];
type PredItem = MinutesDocument['items'][number];

/**
 * Gold items to predicted items: pairs scored by title similarity (0.99 at least for the same
 * number), taken best first; ties go to the later gold item, then the later prediction,
 * exactly as score.py's reverse sort of (score, gold, pred) tuples.
 */
function alignItems(gold: GoldItem[], pred: PredItem[], cmp: Comparison): Map<number, number> {
  const pairs: Array<[number, number, number]> = [];
  gold.forEach((g, gi) =>
    pred.forEach((p, pi) => {
      let s = titleSimilarity(g.title, p.title, cmp);
      if (g.number && p.number && cmp.norm(g.number) === cmp.norm(p.number)) s = Math.max(s, 0.99);
      if (s >= SAME_ITEM) pairs.push([s, gi, pi]);
    }),
  );
  pairs.sort((x, y) => y[0] - x[0] || y[1] - x[1] || y[2] - x[2]);
  const byGold = new Map<number, number>();
  const takenPred = new Set<number>();
  for (const [, gi, pi] of pairs) {
    if (byGold.has(gi) || takenPred.has(pi)) continue;
    byGold.set(gi, pi);
    takenPred.add(pi);
  }
  return byGold;
}

function scoreItems(gold: CompactGold, pred: MinutesDocument | null, cmp: Comparison, T: Tallies): void {
  const gitems = gold.items ?? [];
  const pitems = pred?.items ?? [];
  const aligned = alignItems(gitems, pitems, cmp);
  const required = gitems.flatMap((g, i) => (g.optional ? [] : [i]));
  const tp = required.filter((i) => aligned.has(i)).length;
  T.at('items').add(tp, pitems.length - aligned.size, required.length - tp);

  for (const [gi, pi] of aligned) {
    const g = gitems[gi]!;
    const p = pitems[pi]!;
    if (g.optional) continue;
    const dec = p.decision;
    const gv = g.vote;
    if (gv) {
      const pv = dec?.vote ?? null;
      T.at('item.vote.unanimous').exact(gv.unanimous, pv?.unanimous);
      for (const k of ['for', 'against', 'abstentions'] as const) {
        const stated = gv[k];
        if (stated !== null && stated !== undefined) T.at('item.vote.counts').exact(stated, pv?.[k]);
        // Unanimous yet a count against or abstaining: a figure that should not be there.
        else if (gv.unanimous && pv?.[k] !== null && pv?.[k] !== undefined && pv[k] !== 0) T.at('item.vote.counts').add(0, 1, 0);
      }
    }
    T.at('item.outcome').exact(g.outcome, dec?.outcome);
    if (g.number) T.at('item.number').exact(cmp.norm(g.number), cmp.norm(p.number) || null);
    if (g.actions?.length) {
      const ga = counter(g.actions.map((a) => cmp.norm(a)));
      const pa = counter((dec?.articles ?? []).map((a) => cmp.norm(a.action)));
      const inter = common(ga, pa);
      T.at('item.actions').add(inter, total(pa) - inter, total(ga) - inter);
    }
    T.at('item.visas').exact(g.visas, dec?.visas.length || null);
  }
}

const SECTION_KINDS = ['preamble', 'attendance', 'report', 'decision'] as const;

function sectionWords(text: string, spans: Array<[number, number]>, cmp: Comparison): Map<string, number> {
  return counter(spans.flatMap(([a, b]) => cmp.tokens(text.slice(a, b))));
}

/** Token F1 per section kind; the gold's quoted first/last words are located in its text. */
function scoreSections(gold: CompactGold, goldText: string | null, pred: MinutesDocument | null, cmp: Comparison, T: Tallies): void {
  if (!gold.sections?.length || goldText === null) return;
  const goldSpans = new Map<string, Array<[number, number]>>();
  for (const s of gold.sections) {
    const a = goldText.indexOf(s.from);
    const b = goldText.indexOf(s.to, a >= 0 ? a : 0);
    if (a < 0 || b < 0) continue;
    goldSpans.set(s.kind, [...(goldSpans.get(s.kind) ?? []), [a, b + s.to.length]]);
  }
  const predSpans = new Map<string, Array<[number, number]>>();
  for (const s of pred?.sections ?? []) predSpans.set(s.kind, [...(predSpans.get(s.kind) ?? []), [s.start, s.end]]);
  for (const kind of SECTION_KINDS) {
    const gt = sectionWords(goldText, goldSpans.get(kind) ?? [], cmp);
    const pt = sectionWords(pred?.text ?? '', predSpans.get(kind) ?? [], cmp);
    if (!gt.size && !pt.size) continue;
    const inter = common(gt, pt);
    T.at(`sections.${kind}`).add(inter, total(pt) - inter, total(gt) - inter);
  }
}

/** The whole of the gold's authority name among the words of the predicted one. */
function scoreAuthority(gold: CompactGold, pred: MinutesDocument | null, cmp: Comparison, T: Tallies): void {
  const g = gold.authority ?? null;
  const p = pred?.authority.name ?? null;
  const predWords = new Set(cmp.tokens(p));
  const goldWords = cmp.tokens(g);
  const ok = g !== null && p !== null && goldWords.length > 0 && goldWords.every((w) => predWords.has(w));
  if (ok) T.at('authority').add(1, 0, 0);
  else if (g !== null || p !== null) T.at('authority').add(0, p !== null ? 1 : 0, g !== null ? 1 : 0);
}

/**
 * Adds one document's events to the tallies. `pred` null is a missing prediction: every gold
 * fact is missed. `goldText` is where the gold's sections are located (null: sections unscored).
 */
export function scoreDocument(gold: CompactGold, goldText: string | null, pred: MinutesDocument | null, cmp: Comparison, T: Tallies): void {
  T.at('kind').exact(gold.kind, pred?.kind);
  const gm = gold.meeting ?? {};
  const pm = pred?.meeting;
  T.at('meeting.date').exact(gm.date, pm?.date);
  T.at('meeting.bodyType').exact(gm.bodyType, pm?.bodyType);
  T.at('meeting.time').exact(gm.time, pm?.time);
  for (const role of ['president', 'secretary'] as const) {
    const g = gm[role] ?? null;
    const p = pm?.[role] ?? null;
    if (g === null && !p) continue;
    if (g !== null && p && personMatches(g, p, cmp)) T.at(`meeting.${role}`).add(1, 0, 0);
    else T.at(`meeting.${role}`).add(0, p ? 1 : 0, g !== null ? 1 : 0);
  }
  if (gm.quorum !== null && gm.quorum !== undefined) T.at('meeting.quorum').exact(gm.quorum, pm?.quorum);
  if (gm.place) {
    const gp = new Set(cmp.tokens(gm.place));
    const pp = new Set(cmp.tokens(pm?.place ?? ''));
    const ok = gp.size > 0 && [...gp].filter((w) => pp.has(w)).length / gp.size >= 0.6;
    T.at('meeting.place').add(ok ? 1 : 0, ok || !pp.size ? 0 : 1, ok ? 0 : 1);
  }
  scoreAuthority(gold, pred, cmp, T);

  const ga = gold.attendance ?? {};
  const pa = pred?.attendance;
  for (const list of ['present', 'excused', 'absent'] as const) T.at(`attendance.${list}`).add(...matchPeople(ga[list] ?? [], pa?.[list] ?? [], cmp));
  // Everyone named, whatever the list: does the pipeline find the people at all?
  const grep = ga.represented ?? [];
  const prep = pa?.represented ?? [];
  const gall = [...(ga.present ?? []), ...(ga.excused ?? []), ...(ga.absent ?? []), ...grep.map((r) => r[0])];
  const pall = [...(pa?.present ?? []), ...(pa?.excused ?? []), ...(pa?.absent ?? []), ...prep.map((r) => r.person)];
  T.at('attendance.anyList').add(...matchPeople(gall, pall, cmp));
  const used = new Set<number>();
  let tp = 0;
  for (const [giver, holder] of grep) {
    const i = prep.findIndex((r, k) => !used.has(k) && personMatches(giver, r.person, cmp) && (holder === null || personMatches(holder, r.proxy, cmp)));
    if (i >= 0) {
      used.add(i);
      tp++;
    }
  }
  T.at('attendance.represented').add(tp, prep.length - used.size, grep.length - tp);
  const gc = ga.counts ?? {};
  for (const k of ['inOffice', 'present', 'represented', 'voting'] as const) T.at('attendance.counts').exact(gc[k], pa?.counts[k]);

  scoreItems(gold, pred, cmp, T);
  if (gold.signatures !== null && gold.signatures !== undefined) T.at('signatures').add(...matchPeople(gold.signatures, pred?.signatures ?? [], cmp));
  scoreSections(gold, goldText, pred, cmp, T);
}
