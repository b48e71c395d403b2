/**
 * Field-level difference of two MinutesDocuments, read like the documents: a person added to a
 * list, a vote count changed, an item gone. Collections are matched by identity, not position
 * (people by name, items by number then title), so a reordered but equal list is no change.
 * Provenance that moves whenever the text moves (spans, section offsets, the text itself,
 * per-page character counts) is left out unless `spans` is asked for.
 */
import type { MinutesDocument } from '../schema/minutes.ts';
import { softNorm, softTokens, squeeze } from './normalize.ts';

export interface FieldChange {
  path: string;
  op: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

export interface DiffOptions {
  /** Also compare provenance (spans, sections, text, source.pages[].chars), and strings exactly. */
  spans?: boolean;
}

/** Keys that are provenance wherever they stand. */
const PROVENANCE_KEYS: ReadonlySet<string> = new Set(['span', 'dateSpan']);
/** Provenance at one place in the document (normalized paths, see normalizePath). */
const PROVENANCE_PATHS: ReadonlySet<string> = new Set(['text', 'sections', 'source.pages[*].chars']);

/** "items[2].decision.vote.for" -> "items[*].decision.vote.for": the same field in every document. */
export const normalizePath = (path: string): string => path.replace(/\[\d+\]/g, '[*]');

type Pairs = Array<[number | null, number | null]>;
type Matcher = (a: readonly unknown[], b: readonly unknown[]) => Pairs;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const field = (v: unknown, key: string): unknown => (isObj(v) ? v[key] : undefined);

/**
 * Pairs elements by successive keys: each key function in turn pairs the elements still
 * unpaired whose keys are equal (and not null), in order; what is left is added or removed.
 */
function byKeys(...keys: Array<(v: unknown) => string | null>): Matcher {
  return (a, b) => {
    const pairedA = new Map<number, number>();
    const pairedB = new Set<number>();
    for (const key of keys) {
      const waiting = new Map<string, number[]>();
      b.forEach((v, j) => {
        const k = pairedB.has(j) ? null : key(v);
        if (k !== null) waiting.set(k, [...(waiting.get(k) ?? []), j]);
      });
      a.forEach((v, i) => {
        const k = pairedA.has(i) ? null : key(v);
        const j = k === null ? undefined : waiting.get(k)?.shift();
        if (j === undefined) return;
        pairedA.set(i, j);
        pairedB.add(j);
      });
    }
    return leftovers(a.length, b.length, pairedA, pairedB);
  };
}

function leftovers(na: number, nb: number, pairedA: Map<number, number>, pairedB: Set<number>): Pairs {
  const pairs: Pairs = [];
  for (let j = 0; j < nb; j++) if (!pairedB.has(j)) pairs.push([null, j]);
  for (let i = 0; i < na; i++) pairs.push(pairedA.has(i) ? [i, pairedA.get(i)!] : [i, null]);
  // In B's order (A's for removals) so the changes read top to bottom.
  return pairs.sort((x, y) => (x[1] ?? x[0]! - 0.5) - (y[1] ?? y[0]! - 0.5));
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? softNorm(v) : null);

/** A person's identities, strongest first: full name, surname, the words read (a corrected surname). */
const PERSON_KEYS: Array<(p: unknown) => string | null> = [
  (p) => (text(field(p, 'surname')) === null ? null : [field(p, 'civility'), field(p, 'givenName'), field(p, 'surname')].map((x) => text(x) ?? '').join('|')),
  (p) => text(field(p, 'surname')),
  (p) => text(field(p, 'raw')),
];
const byPerson = byKeys(...PERSON_KEYS);
const isPerson = (o: Obj): boolean => 'surname' in o && 'raw' in o;
/** Another person in the same place (a president replaced) is one change, not a field-by-field edit. */
const samePerson = (a: Obj, b: Obj): boolean => PERSON_KEYS.some((key) => key(a) !== null && key(a) === key(b));
const byRepresented = byKeys(...PERSON_KEYS.map((k) => (r: unknown) => k(field(r, 'person'))));

/** score.py's title similarity: Dice coefficient over the first 25 words. */
export function titleSimilarity(a: unknown, b: unknown): number {
  const ta = softTokens(a).slice(0, 25);
  const tb = softTokens(b).slice(0, 25);
  if (!ta.length || !tb.length) return 0;
  const counts = new Map<string, number>();
  for (const t of ta) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of tb) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  return (2 * common) / (ta.length + tb.length);
}

/** Titles at least this similar are the same item (the scorer's threshold). */
const SAME_TITLE = 0.6;

/** Items: the same number (the better title first among equal numbers), else a similar title. */
const byItem: Matcher = (a, b) => {
  const scored: Array<[number, number, number]> = [];
  a.forEach((x, i) =>
    b.forEach((y, j) => {
      const sim = titleSimilarity(field(x, 'title'), field(y, 'title'));
      const nx = text(field(x, 'number'));
      const sameNumber = nx !== null && nx === text(field(y, 'number'));
      if (sameNumber || sim >= SAME_TITLE) scored.push([(sameNumber ? 1 : 0) + sim, i, j]);
    }),
  );
  scored.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const pairedA = new Map<number, number>();
  const pairedB = new Set<number>();
  for (const [, i, j] of scored) {
    if (pairedA.has(i) || pairedB.has(j)) continue;
    pairedA.set(i, j);
    pairedB.add(j);
  }
  return leftovers(a.length, b.length, pairedA, pairedB);
};

/**
 * Ordered lists (visas, articles, warnings): equal elements pair first, in order; the rest
 * pair by rank, so an edited article is a change and an inserted one an addition.
 */
function bySequence(opts: Required<DiffOptions>): Matcher {
  return (a, b) => {
    const pairedA = new Map<number, number>();
    const pairedB = new Set<number>();
    let from = 0;
    a.forEach((x, i) => {
      for (let j = from; j < b.length; j++) {
        if (!pairedB.has(j) && sameValue(x, b[j], opts)) {
          pairedA.set(i, j);
          pairedB.add(j);
          from = j + 1;
          return;
        }
      }
    });
    // A leftover pairs by rank with a leftover of the same gap between equal elements.
    const gaps = (n: number, paired: (k: number) => boolean) => {
      const out = new Map<number, number[]>();
      let gap = 0;
      for (let k = 0; k < n; k++) {
        if (paired(k)) gap++;
        else out.set(gap, [...(out.get(gap) ?? []), k]);
      }
      return out;
    };
    const restB = gaps(b.length, (j) => pairedB.has(j));
    for (const [gap, rest] of gaps(a.length, (i) => pairedA.has(i))) {
      const others = restB.get(gap) ?? [];
      rest.forEach((i, rank) => {
        const j = others[rank];
        if (j === undefined) return;
        pairedA.set(i, j);
        pairedB.add(j);
      });
    }
    return leftovers(a.length, b.length, pairedA, pairedB);
  };
}

/** How the elements of each collection are matched; any other list is an ordered sequence. */
const MATCHERS: Readonly<Record<string, Matcher>> = {
  'attendance.present': byPerson,
  'attendance.excused': byPerson,
  'attendance.absent': byPerson,
  'attendance.represented': byRepresented,
  signatures: byPerson,
  'items[*].decision.vote.againstNames': byPerson,
  'items[*].decision.vote.abstentionNames': byPerson,
  items: byItem,
  'source.pages': byKeys((p) => String(field(p, 'page'))),
};

/** Collections whose order means nothing: their changes are shown without the index. */
export const UNORDERED: ReadonlySet<string> = new Set(
  Object.entries(MATCHERS)
    .filter(([, m]) => m === byPerson || m === byRepresented)
    .map(([path]) => path),
);

function ignored(key: string, path: string, opts: Required<DiffOptions>): boolean {
  return !opts.spans && (PROVENANCE_KEYS.has(key) || PROVENANCE_PATHS.has(normalizePath(path)));
}

function sameValue(a: unknown, b: unknown, opts: Required<DiffOptions>): boolean {
  const out: FieldChange[] = [];
  compare(a, b, '', out, opts);
  return out.length === 0;
}

const absent = (v: unknown): boolean => v === null || v === undefined;

function compare(a: unknown, b: unknown, path: string, out: FieldChange[], opts: Required<DiffOptions>): void {
  if (Array.isArray(a) && Array.isArray(b)) {
    const matcher = MATCHERS[normalizePath(path)] ?? bySequence(opts);
    for (const [i, j] of matcher(a, b)) {
      if (i !== null && j !== null) compare(a[i], b[j], `${path}[${j}]`, out, opts);
      else if (j !== null) out.push({ path: `${path}[${j}]`, op: 'added', after: b[j] });
      else out.push({ path: `${path}[${i}]`, op: 'removed', before: a[i!] });
    }
    return;
  }
  if (isObj(a) && isObj(b) && !(isPerson(a) && isPerson(b) && !samePerson(a, b))) {
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
    for (const key of keys) {
      const sub = path ? `${path}.${key}` : key;
      if (!ignored(key, sub, opts)) compare(a[key], b[key], sub, out, opts);
    }
    return;
  }
  // Layout whitespace is not a difference, except where offsets are compared too.
  if (typeof a === 'string' && typeof b === 'string' && !opts.spans ? squeeze(a) === squeeze(b) : Object.is(a, b)) return;
  if (absent(a) && absent(b)) return;
  if (absent(a)) out.push({ path, op: 'added', after: b });
  else if (absent(b)) out.push({ path, op: 'removed', before: a });
  else out.push({ path, op: 'changed', before: a, after: b });
}

/** The changes from `a` to `b`; paths index into `b` (into `a` for removals). Empty when equal. */
export function diffDocuments(a: MinutesDocument, b: MinutesDocument, options: DiffOptions = {}): FieldChange[] {
  const out: FieldChange[] = [];
  compare(a, b, '', out, { spans: options.spans ?? false });
  return out;
}

// ---- rendering ------------------------------------------------------------------------------

const LONG = 100;
const clip = (s: string, max = LONG): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

const person = (p: Obj): string => {
  const name = [p.civility, p.givenName, p.surname].filter((x) => typeof x === 'string' && x).join(' ') || String(p.raw ?? '');
  return typeof p.role === 'string' && p.role ? `${name} (${p.role})` : name;
};

/** How a value of each shape is shown, first shape that fits wins. */
const SHAPES: Array<[(o: Obj) => boolean, (o: Obj) => string]> = [
  [isPerson, person],
  [(o) => 'person' in o && 'proxy' in o, (o) => `${show(o.person)} (proxy: ${isObj(o.proxy) ? person(o.proxy) : 'none'})`],
  [(o) => 'title' in o && 'decision' in o, (o) => `${typeof o.number === 'string' ? `${o.number} ` : ''}«${squeeze(String(o.title))}»`],
  [(o) => 'action' in o && 'text' in o, (o) => `${String(o.action)}: ${squeeze(String(o.text))}`],
  [
    (o) => 'unanimous' in o && 'for' in o,
    (o) =>
      [o.unanimous ? 'unanimous' : null, ...['for', 'against', 'abstentions', 'notVoting'].map((k) => (typeof o[k] === 'number' ? `${k} ${o[k]}` : null))]
        .filter(Boolean)
        .join(', ') || 'no figures',
  ],
];

/** A compact rendering of any other object: its fields without provenance, nulls and empty lists. */
function showObject(o: Obj): string {
  const parts = Object.entries(o)
    .filter(([k, v]) => !PROVENANCE_KEYS.has(k) && !absent(v) && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => `${k}: ${show(v)}`);
  return `{${parts.join(', ')}}`;
}

function show(v: unknown): string {
  if (v === undefined || v === null) return 'null';
  if (typeof v === 'string') return squeeze(v);
  if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
  if (isObj(v)) return (SHAPES.find(([fits]) => fits(v))?.[1] ?? showObject)(v);
  return String(v);
}

/** Two long strings that differ: the neighbourhood of their first difference, not their starts. */
function excerpts(before: string, after: string): [string, string] {
  const a = squeeze(before);
  const b = squeeze(after);
  if (a.length <= LONG / 2 && b.length <= LONG / 2) return [a, b];
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  const from = Math.max(0, at - 20);
  const cut = (s: string) => `${from > 0 ? '…' : ''}${clip(s.slice(from), LONG / 2)}`;
  return [cut(a), cut(b)];
}

export interface ChangeParts {
  /** The path shown: without the index for collections whose order means nothing. */
  path: string;
  op: FieldChange['op'];
  before?: string;
  after?: string;
}

/** The pieces of formatChange's line, for a caller that colours them. */
export function changeParts(change: FieldChange): ChangeParts {
  const element = /^(.*)\[\d+\]$/.exec(change.path);
  const path = change.op !== 'changed' && element && UNORDERED.has(normalizePath(element[1]!)) ? element[1]! : change.path;
  if (change.op === 'added') return { path, op: 'added', after: clip(show(change.after)) };
  if (change.op === 'removed') return { path, op: 'removed', before: clip(show(change.before)) };
  const [before, after] =
    typeof change.before === 'string' && typeof change.after === 'string'
      ? excerpts(change.before, change.after)
      : [clip(show(change.before)), clip(show(change.after))];
  return { path, op: 'changed', before, after };
}

/** One line: "attendance.absent: + M. J. CAMBON", "items[2].decision.vote.for: 17 -> 16". */
export function formatChange(change: FieldChange): string {
  const p = changeParts(change);
  if (p.op === 'added') return `${p.path}: + ${p.after}`;
  if (p.op === 'removed') return `${p.path}: - ${p.before}`;
  return `${p.path}: ${p.before} -> ${p.after}`;
}
