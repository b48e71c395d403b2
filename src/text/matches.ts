/**
 * Every match of a global pattern, read with `exec` on the pattern itself.
 *
 * `String.prototype.matchAll` clones its pattern on every call and walks the clone through an
 * iterator. Measured in `npm run bench`, where pdf.js runs between documents, that cost 0.18 ms
 * a call on a preamble of a few hundred characters against 0.005 ms for this loop (ocrDates:
 * 0.07 -> 0.005 ms a page); the same loop in a process running nothing else shows no gap.
 * The matches are collected before they are returned, so a caller may run the same pattern
 * again while it reads them.
 */
export function execAll(re: RegExp, s: string): RegExpExecArray[] {
  if (!re.global) throw new Error(`execAll needs a global pattern: /${re.source}/${re.flags}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    // An empty match moves on by one character, as matchAll does (a whole code point under /u).
    if (m[0].length === 0) re.lastIndex = advance(s, re.lastIndex, re.unicode);
  }
  re.lastIndex = 0;
  return out;
}

/** Whether `source` opens on `^` with no alternative beside it ("^a|b" matches "b" anywhere). */
function anchoredWhole(source: string): boolean {
  return source.startsWith('^') && topAlternatives(source).length === 1;
}

/** The alternatives of a pattern's `source` at its top level (outside groups and classes). */
export function topAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/** Each pattern's sticky twin (see stickyTwin). */
const STICKY_TWINS = new WeakMap<RegExp, RegExp>();

/**
 * `re` tried at one offset only: the same source and flags, sticky instead of global. One per
 * pattern for the whole process, shared by every stage that tries a pattern at chosen offsets
 * (execStickyAt and its callers set lastIndex before each exec).
 */
export function stickyTwin(re: RegExp): RegExp {
  let sticky = STICKY_TWINS.get(re);
  if (!sticky) STICKY_TWINS.set(re, (sticky = new RegExp(re.source, `${re.flags.replace('g', '')}y`)));
  return sticky;
}

/** The patterns execAllAtLineStarts has checked open on `^` as a whole. */
const AT_LINE_STARTS = new WeakSet<RegExp>();

/**
 * The offsets where lines start in the current document's texts (the text and its line view),
 * or null where a line may also break on "\r", U+2028 or U+2029 (a `^` under /m starts a line
 * after those too). Two slots, as the stages read both texts in turn; see releaseLineStarts.
 */
interface LineStarts {
  text: string;
  starts: number[] | null;
  /** For each line start, the code of its first character past blanks ([ \t]); -1 at the end of the text. Built when first asked for. */
  openings: Int32Array | null;
}
const lineStartsOf: LineStarts[] = [];

function lineStartsEntry(s: string): LineStarts {
  // The last text asked about first (see gate.ts, occurrencesIn): the document and its line view
  // are told apart only by comparing them up to the first page break.
  for (let k = lineStartsOf.length - 1; k >= 0; k--) {
    const l = lineStartsOf[k]!;
    if (l.text !== s) continue;
    if (k !== lineStartsOf.length - 1) lineStartsOf.push(...lineStartsOf.splice(k, 1));
    return l;
  }
  let starts: number[] | null = null;
  if (s.indexOf('\r') < 0 && s.indexOf('\u2028') < 0 && s.indexOf('\u2029') < 0) {
    starts = [0];
    for (let p = s.indexOf('\n'); p >= 0; p = s.indexOf('\n', p + 1)) starts.push(p + 1);
  }
  if (lineStartsOf.length >= 2) lineStartsOf.shift();
  const entry = { text: s, starts, openings: null };
  lineStartsOf.push(entry);
  return entry;
}

function openingsOf(entry: LineStarts): Int32Array {
  if (entry.openings) return entry.openings;
  const { text, starts } = entry;
  const openings = new Int32Array(starts!.length);
  for (let i = 0; i < openings.length; i++) {
    let p = starts![i]!;
    while (p < text.length && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
    openings[i] = p < text.length ? text.charCodeAt(p) : -1;
  }
  return (entry.openings = openings);
}

/** Each `opening` string of execAllAtLineStarts as a table of the character codes it holds (1). */
const OPENING_CODES = new Map<string, Uint8Array>();

/**
 * An `opening` is written by hand beside its pattern: a pattern changed without it would miss
 * matches silently. While checking (tests), every call with an opening also runs unfiltered and
 * throws where the two differ.
 */
let checkingOpenings = false;
export function checkOpenings(on: boolean): void {
  checkingOpenings = on;
}

/** Forgets the current document's line starts (see releaseLower). */
export function releaseLineStarts(): void {
  lineStartsOf.length = 0;
}

/**
 * execAll for a global multiline pattern that opens on `^`: the same matches, the pattern tried
 * only at each line start (sticky) instead of at every offset. Irregexp finds no character to
 * skip ahead to under a leading `^[ \t]*`, so the plain scan runs the line-start check at every
 * offset of the document: three times slower on minutes. Like the scan, a line start inside the
 * previous match is not tried. With `opening`, for a pattern that opens on `^[ \t]*`: the
 * characters (BMP, one unit each) that the first character past the blanks of a match must be;
 * other lines are not tried.
 */
export function execAllAtLineStarts(re: RegExp, s: string, opening?: string): RegExpExecArray[] {
  if (!AT_LINE_STARTS.has(re)) {
    if (!re.global || !re.multiline || !anchoredWhole(re.source)) throw new Error(`execAllAtLineStarts needs a global multiline pattern all of which opens on ^: /${re.source}/${re.flags}`);
    AT_LINE_STARTS.add(re);
  }
  const sticky = stickyTwin(re);
  const entry = lineStartsEntry(s);
  const starts = entry.starts;
  if (!starts) return execAll(re, s);
  if (opening === undefined) return execStickyAt(sticky, s, starts);
  if (!re.source.startsWith('^[ \\t]*') || re.ignoreCase) throw new Error(`execAllAtLineStarts: an opening needs a case-sensitive pattern that opens on ^[ \\t]*: /${re.source}/${re.flags}`);
  // The pattern is tried only on lines whose first character past blanks may open a match: a
  // sticky exec costs a call even where it fails at once, and most lines open on something else.
  let codes = OPENING_CODES.get(opening);
  if (!codes) {
    codes = new Uint8Array(0x10000);
    for (let i = 0; i < opening.length; i++) codes[opening.charCodeAt(i)] = 1;
    OPENING_CODES.set(opening, codes);
  }
  const openings = openingsOf(entry);
  const tried: number[] = [];
  for (let i = 0; i < starts.length; i++) {
    const c = openings[i]!;
    if (c >= 0 && codes[c] === 1) tried.push(starts[i]!);
  }
  const found = execStickyAt(sticky, s, tried);
  if (checkingOpenings) {
    const all = execStickyAt(sticky, s, starts);
    const key = (ms: RegExpExecArray[]) => ms.map((m) => `${m.index}:${m[0]}`).join('|');
    if (key(all) !== key(found)) throw new Error(`execAllAtLineStarts: opening ${JSON.stringify(opening)} misses matches of /${re.source}/${re.flags}`);
  }
  return found;
}

/**
 * execAll for a pattern every match of which starts at one of `starts` (ascending), given as its
 * sticky twin: tried there only. As the scan does, a start inside the last match is not tried,
 * and an empty match moves on by one unit.
 */
export function execStickyAt(sticky: RegExp, s: string, starts: Iterable<number>): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let next = 0;
  for (const at of starts) {
    if (at < next) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(s);
    if (!m) continue;
    out.push(m);
    next = at + Math.max(1, m[0].length);
  }
  sticky.lastIndex = 0;
  return out;
}

function advance(s: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= s.length) return at + 1;
  const c = s.charCodeAt(at);
  const d = s.charCodeAt(at + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? at + 2 : at + 1;
}

/** `s` with the characters a pattern reads as syntax escaped: matched as written. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
