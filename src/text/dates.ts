/**
 * Dates and times as French minutes write them, found with offsets into the original text.
 *
 * Every pattern tolerates any run of whitespace (newlines included) between words, because
 * PDF text layers and OCR break lines anywhere. Only complete dates are reported: a day and
 * month without a year ("le 27 janvier dernier") cannot be placed and is left to the caller.
 */

import {
  accentPattern,
  findNumberAt,
  foldWord,
  frenchNumberWords,
  numberWordsPattern,
  parseFrenchNumber,
} from './numbers.ts';
import { caseless, lowerSameLength } from './caseless.ts';
import { fold, fuzzyEquals } from './fuzzy.ts';
import { fixNumber } from './ocr-cleanup.ts';
import { execAll } from './matches.ts';

export interface MonthInfo {
  number: number;
  /** Canonical spelling. */
  name: string;
  /** Every accepted written form, lower case; accents are optional whatever is listed. */
  forms: readonly string[];
}

/**
 * "f évrier", "ao ût", "d écembre": heavy OCR cuts a word before its accented letter.
 * "sept" is deliberately not a bare form of septembre: it is also the number 7
 * ("le vingt-sept juillet"); only "sept." with its dot is an abbreviation.
 */
export const MONTHS: readonly MonthInfo[] = [
  { number: 1, name: 'janvier', forms: ['janvier', 'janv.', 'janv'] },
  { number: 2, name: 'février', forms: ['février', 'févr.', 'févr', 'fév.', 'f évrier'] },
  { number: 3, name: 'mars', forms: ['mars'] },
  { number: 4, name: 'avril', forms: ['avril', 'avr.', 'avr'] },
  { number: 5, name: 'mai', forms: ['mai'] },
  { number: 6, name: 'juin', forms: ['juin'] },
  { number: 7, name: 'juillet', forms: ['juillet', 'juil.', 'juil'] },
  { number: 8, name: 'août', forms: ['août', 'ao ût'] },
  { number: 9, name: 'septembre', forms: ['septembre', 'sept.'] },
  { number: 10, name: 'octobre', forms: ['octobre', 'oct.', 'oct'] },
  { number: 11, name: 'novembre', forms: ['novembre', 'nov.', 'nov'] },
  { number: 12, name: 'décembre', forms: ['décembre', 'déc.', 'déc', 'd écembre'] },
];

export type DateForm = 'digits' | 'words' | 'mixed';

export interface DateMatch {
  /** YYYY-MM-DD. */
  iso: string;
  start: number;
  end: number;
  /** text.slice(start, end). */
  text: string;
  /** How day and year are written: both in digits, both in words, or one of each. */
  form: DateForm;
}

export interface TimeMatch {
  /** HH:MM, 24 h. */
  hhmm: string;
  start: number;
  end: number;
  text: string;
}

/** Years accepted for a date; digits outside are more likely amounts ("le 4 mars 2500 €"). */
const YEAR_MIN = 1000;
const YEAR_MAX = 2199;
/** Two-digit years ("21/07/14"): 00..49 -> 20xx, 50..99 -> 19xx. */
const PIVOT_2DIGIT = 50;

const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{M}])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{M}])';
const APOSTROPHE = "['\\u2019\\u2018`\\u00B4]";

const byLengthDesc = (a: string, b: string) => b.length - a.length;

const MONTH_BY_FORM = new Map<string, number>();
for (const m of MONTHS) for (const f of m.forms) MONTH_BY_FORM.set(foldWord(f), m.number);

/**
 * Alternatives grouped under their first letter (or accent class), each group's in their order:
 * "s(?:[eéèêë]ptembre…|[eéèêë]pt\.)|n(?:…)". Only the alternatives of one group can match where
 * its letter stands, and in the same order as before, so the matches are the same; the engine
 * picks the group by one character instead of trying every alternative (twice as fast a scan).
 */
function byFirstLetter(alternatives: readonly string[], afterFirst = ''): string {
  const groups = new Map<string, string[]>();
  for (const a of alternatives) {
    const first = a.startsWith('[') ? a.slice(0, a.indexOf(']') + 1) : a[0]!;
    (groups.get(first) ?? groups.set(first, []).get(first)!).push(a.slice(first.length));
  }
  return [...groups].map(([first, rests]) => `${first}${afterFirst}(?:${rests.join('|')})`).join('|');
}

/** One regex atom: a class, an escape or a character, with its quantifier. */
const ATOM = /\[(?:\\.|[^\]\\])*\][+?]?|\\.[+?]?|[^[\\][+?]?/gu;

/**
 * byFirstLetter carried through every letter, as a trie: "vingt-deux|vingt-trois" becomes
 * "vingt-(?:deux|trois)". V8 compiles each character test to its own native code, and a case-
 * and accent-insensitive class costs dozens of bytes: the 58 minute words shrink to a fraction.
 * The same matches: an alternative leaves its place only to join earlier ones under the same
 * atom, and only past groups whose first atoms differ from it (then none of them can match where
 * it does: the atoms are letters, accent classes of distinct letters, or the joiner) and that
 * cannot match empty; a shared atom matches one character, or, for the joiner run, its longest run
 * (all that follows it opens on a letter), so factoring it out tries the same things in order.
 */
function asTrie(alternatives: readonly string[]): string {
  const split = alternatives.map((a) => {
    const atoms = a.match(ATOM) ?? [];
    if (atoms.join('') !== a || /[()|]/.test(a)) throw new Error(`asTrie: not a word pattern: ${a}`);
    return atoms;
  });
  const nullable = (atom: string | undefined) => atom === undefined || atom.endsWith('?');
  // The alternatives of one level; a level of one is not wrapped: "v(?:ingt…)", not "v(?:i(?:n(?:…".
  const build = (items: string[][]): string[] => {
    const groups: { key: string | undefined; rests: string[][] }[] = [];
    for (const it of items) {
      const key = it[0];
      let at = groups.length - 1;
      while (at >= 0 && groups[at]!.key !== key) at--;
      const movable =
        at >= 0 &&
        (at === groups.length - 1 || (!nullable(key) && groups.slice(at + 1).every((g) => !nullable(g.key))));
      if (movable && !(key!.endsWith('+') && it.length === 1)) groups[at]!.rests.push(it.slice(1));
      else groups.push({ key, rests: [it.slice(1)] });
    }
    return groups
      .map((g) => {
        if (g.key === undefined) return '';
        if (g.rests.length === 1) return g.key + g.rests[0]!.join('');
        if (g.key.endsWith('?')) throw new Error('asTrie: optional atom inside a shared prefix');
        const inner = build(g.rests);
        return inner.length === 1 ? g.key + inner[0]! : `${g.key}(?:${inner.join('|')})`;
      });
  };
  return build(split).join('|');
}

/**
 * NOT_LETTER_BEFORE checked after a word's first letter, reading back over it: then the engine
 * looks for the letters the words open on; a leading lookbehind is tried at every offset (the day
 * before a month: 2x faster).
 */
const NOT_LETTER_BEFORE_FIRST = '(?<![\\p{L}\\p{M}].)';

const MONTH_ALT = byFirstLetter(MONTHS.flatMap((m) => m.forms).sort(byLengthDesc).map(accentPattern));

/** The days of the week, unaccented as French writes them: for patterns built elsewhere. */
export const WEEKDAY_NAMES: readonly string[] = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const WEEKDAYS = WEEKDAY_NAMES.map(accentPattern);
const WEEKDAY_ALT = byFirstLetter(WEEKDAYS);
/**
 * A weekday that starts a word. One lookbehind before the group, not one after each group's first
 * letter: V8 compiles every `[\p{L}\p{M}]` test into its own ~10 KB of range checks, and in the
 * analysis, where these patterns run once or twice a document, their code is out of the CPU's
 * caches; DAY_BEFORE_MONTH went from ~200 KB of native code to ~85 KB, LAN_TAIL_Y from ~200 to
 * ~115 KB. The same test at the same place: the same matches.
 */
const WEEKDAY_AT_WORD_START = `${NOT_LETTER_BEFORE}(?:${WEEKDAY_ALT})`;

/** Day 2..31 in words; 1 is "premier" (days are ordinal only for the first). Each starts a word (one lookbehind: see WEEKDAY_AT_WORD_START). */
const DAY_WORDS_AT_WORD_START = (() => {
  const alts: string[] = [];
  for (let d = 2; d <= 31; d++) alts.push(numberWordsPattern(d));
  alts.push(accentPattern('premier'));
  return `${NOT_LETTER_BEFORE}(?:${asTrie(alts.sort(byLengthDesc))})`;
})();

/**
 * A day: digits with an optional ordinal mark, as OCR renders "1er" ("1 er", "1°", "1%",
 * "ler" with l for 1), or words. Group names: dn (digits), sfx (mark), l1 ("ler"), dw (words).
 */
const DAY_SRC =
  `(?:(?<dn>\\d(?<!\\d.)\\d?)(?:\\s?(?<sfx>er|ère|ere|re|e|°|º|%|ᵉʳ)${NOT_LETTER_AFTER})?` +
  `|(?<l1>[lI]${NOT_LETTER_BEFORE_FIRST}er)${NOT_LETTER_AFTER}` +
  `|(?<dw>${DAY_WORDS_AT_WORD_START})${NOT_LETTER_AFTER})`;

/** Between day and month: "le douze du mois de juin", "le quatre du mois d'avril", "21juillet". */
const DAY_TO_MONTH = `(?:\\s+du\\s+mois\\s+(?:de\\s+|d\\s*${APOSTROPHE}\\s*)|\\s*)`;

/** The left word boundary is checked in code: a leading lookbehind makes this scan 2x slower. */
const MONTH_G = new RegExp(`(?:${MONTH_ALT})${NOT_LETTER_AFTER}`, 'giu');
const LETTER = /[\p{L}\p{M}]/u;

/** Applied to the text just before a month name: the day (and weekday) ending there. */
const DAY_BEFORE_MONTH = new RegExp(
  `(?:(?:${WEEKDAY_AT_WORD_START})\\s+)?${DAY_SRC}${DAY_TO_MONTH}$`,
  'iu',
);

/** "L'an", "L’an", "L 'an" opening the year-first form. */
const LAN_G = new RegExp(`${NOT_LETTER_BEFORE}l(?:\\s*${APOSTROPHE}\\s*|\\s+)an${NOT_LETTER_AFTER}`, 'giu');

/** After the year of "L'an ...": ", le vingt et un juillet", " et le douze du mois de juin". */
const LAN_TAIL_Y = new RegExp(
  `[\\s,;]+(?:et\\s+)?(?:le\\s+)?(?:(?:${WEEKDAY_ALT})\\s+)?${DAY_SRC}${DAY_TO_MONTH}` +
    `(?<mon>${MONTH_ALT})${NOT_LETTER_AFTER}`,
  'iuy',
);

const SPACES_Y = /\s*/y;
const YEAR_DIGITS_Y = /(\d{4})(?!\d|[.,]\d|\s*(?:€|%|euros?(?![\p{L}])))/uy;

/** Not inside a longer digit/letter run, nor continuing "5/" or "12." before it. */
const NUM_BOUNDARY_BEFORE = '(?<![\\p{L}\\p{M}\\d])(?<!\\d[./-])';
/**
 * NUM_BOUNDARY_BEFORE checked after a number's first figure, reading back over it: a pattern that
 * opens on four figures lets the engine skip to them (YMD: 3x faster than behind the lookbehinds).
 */
const NUM_BOUNDARY_AFTER_FIRST = '(?<![\\p{L}\\p{M}\\d].)(?<!\\d[./-].)';
const NUM_BOUNDARY_AFTER = '(?!\\d|[./-]\\d)';

/** 21/07/2014, 21.07.2014, 21-07-2014, 21/07/14, "21 / 07 / 2014" (OCR). */
const DMY_G = new RegExp(
  `${NUM_BOUNDARY_BEFORE}(\\d{1,2})(\\s?/\\s?|[.-])(\\d{1,2})\\2(\\d{4}|\\d{2})${NUM_BOUNDARY_AFTER}`,
  'gu',
);
const MAY_DMY = /\d(?:\s?\/\s?|[.-])\d/;
/** 2023-06-12, 2023/06/12. */
const YMD_G = new RegExp(
  `(\\d${NUM_BOUNDARY_AFTER_FIRST}\\d{3})([-/])(\\d{1,2})\\2(\\d{1,2})${NUM_BOUNDARY_AFTER}`,
  'gu',
);

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysIn(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m - 1]!;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** ISO string when y-m-d is a real calendar date in range, else null. */
function isoOf(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || y < YEAR_MIN || y > YEAR_MAX) return null;
  if (!Number.isInteger(m) || m < 1 || m > 12) return null;
  if (!Number.isInteger(d) || d < 1 || d > daysIn(y, m)) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** The month a word names ("juin", "JUILLET", "févr."), in any case and accents; null for any other word. */
export function monthOf(written: string): number | null {
  return MONTH_BY_FORM.get(foldWord(written).replace(/\s+/g, '')) ?? null;
}

interface DayParse {
  day: number;
  words: boolean;
}

/** Reads the named groups of DAY_SRC. */
function dayOf(groups: Record<string, string | undefined>): DayParse | null {
  if (groups.dn !== undefined) {
    const d = Number(groups.dn);
    // An ordinal mark only belongs to the first ("1er"); "21%" is something else.
    if (groups.sfx !== undefined && d !== 1) return null;
    return { day: d, words: false };
  }
  if (groups.l1 !== undefined) return { day: 1, words: false };
  if (groups.dw !== undefined) {
    if (foldWord(groups.dw) === 'premier') return { day: 1, words: true };
    const d = parseFrenchNumber(groups.dw);
    if (d !== null) return { day: d, words: true };
  }
  return null;
}

interface YearParse {
  year: number;
  end: number;
  words: boolean;
}

/** A year starting at pos (after optional whitespace): four digits or words. */
function yearAt(text: string, pos: number): YearParse | null {
  SPACES_Y.lastIndex = pos;
  SPACES_Y.test(text);
  const p = SPACES_Y.lastIndex;
  YEAR_DIGITS_Y.lastIndex = p;
  const dm = YEAR_DIGITS_Y.exec(text);
  if (dm) return { year: Number(dm[1]), end: p + 4, words: false };
  const c = text.charCodeAt(p);
  if (c >= 48 && c <= 57) return null;
  const n = findNumberAt(text, p) ?? misreadThousandAt(text, p);
  if (!n || n.value < YEAR_MIN || n.value > YEAR_MAX) return null;
  return { year: n.value, end: n.end, words: true };
}

/** "mi1", "mi11e", "m1l": "mil", "mille" with a figure one read for an l, which no number word holds. */
const MISREAD_THOUSAND_Y = /m[il1][l1]{1,2}e?(?=[\s-])/uy;

/** "L'an mi1 neuf cent quatre-vingt": the year whose thousand OCR misread, the hundreds after it in words. */
function misreadThousandAt(text: string, p: number): { value: number; end: number } | null {
  MISREAD_THOUSAND_Y.lastIndex = p;
  const m = MISREAD_THOUSAND_Y.exec(text);
  if (!m || !/\d/.test(m[0])) return null;
  const rest = findNumberAt(text, p + m[0].length);
  return rest && rest.value < 1000 ? { value: 1000 + rest.value, end: rest.end } : null;
}

function formOf(dayWords: boolean, yearWords: boolean): DateForm {
  if (dayWords && yearWords) return 'words';
  return !dayWords && !yearWords ? 'digits' : 'mixed';
}

/** How far back a day phrase may start before its month ("mercredi vingt-quatre du mois de"). */
const LOOKBACK = 120;

/**
 * How many pieces a day phrase spans at most, pieces being what blanks and hyphens (isJoiner)
 * separate: a weekday (1), a day of three words ("trente et un", 3), "du mois d ’" (4); and one
 * more, a day's figures glued to letters before them ("x12") counting for a piece.
 */
const DAY_PHRASE_PIECES = 9;

/** Whitespace and the hyphens of NUMBER_JOINER: none is in a word, a figure or a mark of a day phrase. */
function isJoiner(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 45 || c === 0x2010 || c === 0x2011 || c === 0xad;
}

/**
 * Where to start the window a pattern ending on `$` reads before `end` (DAY_BEFORE_MONTH before a
 * month, HOUR_BEFORE before "heures"): on the joiner before the `most`-th piece back from `end`, or
 * at `from` (the window's start the character count allows) when fewer pieces stand between. The
 * pattern is tried at every offset of its window, left to right: a match, which spans fewer pieces,
 * starts after that joiner, so the leftmost match (and what it reads) is the same as in the whole
 * window, found in a shorter one. No match starts on a joiner, and the character before a match
 * that its lookbehinds read is inside the window either way.
 */
function phraseFrom(text: string, from: number, end: number, most: number): number {
  let at = end;
  for (let pieces = 0; pieces < most; pieces++) {
    while (at > from && isJoiner(text.charCodeAt(at - 1))) at--;
    while (at > from && !isJoiner(text.charCodeAt(at - 1))) at--;
    if (at <= from) return from;
  }
  return at - 1;
}

function candidateDates(text: string): DateMatch[] {
  const out: DateMatch[] = [];
  const push = (iso: string | null, start: number, end: number, form: DateForm) => {
    if (iso !== null) out.push({ iso, start, end, text: text.slice(start, end), form });
  };

  let m: RegExpExecArray | null;
  DMY_G.lastIndex = 0;
  // What every match holds (figure, separator, figure), looked for first: DMY_G opens on its
  // lookbehinds, tried at every offset, and most preambles write no date in figures.
  const mayDmy = MAY_DMY.test(text);
  while (mayDmy && (m = DMY_G.exec(text)) !== null) {
    const [, dd, sep, mm, yy] = m as unknown as [string, string, string, string, string];
    let year = Number(yy);
    if (yy.length === 2) {
      // "1.2.10" is more often a section number than a date: short years need a slash or 2+2 digits.
      if (!sep.includes('/') && (dd.length !== 2 || mm.length !== 2)) continue;
      year += year < PIVOT_2DIGIT ? 2000 : 1900;
    }
    push(isoOf(year, Number(mm), Number(dd)), m.index, m.index + m[0].length, 'digits');
  }
  YMD_G.lastIndex = 0;
  while ((m = YMD_G.exec(text)) !== null) {
    push(isoOf(Number(m[1]), Number(m[3]), Number(m[4])), m.index, m.index + m[0].length, 'digits');
  }

  // Day, month name, year: anchored on the month, the rarest of the three to find.
  // Anchors are searched in the lower-cased text (same offsets): see caseless().
  const lower = lowerSameLength(text);
  const monthG = caseless(MONTH_G);
  monthG.lastIndex = 0;
  while ((m = monthG.exec(lower)) !== null) {
    const monthStart = m.index;
    if (monthStart > 0 && LETTER.test(text[monthStart - 1]!)) continue;
    const monthEnd = monthStart + m[0].length;
    const month = monthOf(m[0]);
    if (month === null) continue;
    let from = Math.max(0, monthStart - LOOKBACK);
    // Start the window on whitespace so no word is cut (a cut word could pass for a boundary).
    if (from > 0) {
      const ws = text.slice(from, monthStart).search(/\s/);
      from = ws < 0 ? monthStart : from + ws;
    }
    from = phraseFrom(text, from, monthStart, DAY_PHRASE_PIECES);
    const before = DAY_BEFORE_MONTH.exec(text.slice(from, monthStart));
    if (!before?.groups) continue;
    const day = dayOf(before.groups);
    if (!day) continue;
    const year = yearAt(text, monthEnd);
    if (!year) continue;
    push(isoOf(year.year, month, day.day), from + before.index, year.end, formOf(day.words, year.words));
  }

  // Year first: "L'an deux mille quatorze, le vingt et un juillet".
  const lanG = caseless(LAN_G);
  lanG.lastIndex = 0;
  while ((m = lanG.exec(lower)) !== null) {
    const year = yearAt(text, m.index + m[0].length);
    if (!year) continue;
    LAN_TAIL_Y.lastIndex = year.end;
    const tail = LAN_TAIL_Y.exec(text);
    if (!tail?.groups) continue;
    const day = dayOf(tail.groups);
    const month = monthOf(tail.groups.mon ?? '');
    if (!day || month === null) continue;
    push(isoOf(year.year, month, day.day), m.index, LAN_TAIL_Y.lastIndex, formOf(day.words, year.words));
  }
  ocrDates(text, push);
  return out;
}

/**
 * "12 janvler 2024", "12 rnars 2O24", "l2 mars 2024", "1 2 mars 2024": a date whose month
 * name or digits OCR damaged. Tried on every day-word-year triple the patterns above left; the
 * longer, earlier reading wins over a shorter one inside it ("2 mars 2024" in "l2 mars 2024").
 * Its lookbehind stands after the day's first figure: leading, V8 would try it at every offset.
 */
const OCR_DATE_G = /((?:[0-9lIO](?<![\p{L}\p{M}\d].)[0-9lIO]?|[0-9lI](?<![\p{L}\p{M}\d].) [0-9]))(?:er)?[ \t]+([\p{L}\d]{3,10}\.?)[ \t]+([0-9OIl]{4})(?![\p{L}\p{M}\d])/gu;
/** OCR's usual confusions inside a word: "rn" read for "m", a figure for a letter (see fixNumber for the converse). */
const OCR_LETTERS: ReadonlyArray<readonly [RegExp, string]> = [[/rn/g, 'm'], [/1/g, 'l'], [/0/g, 'o'], [/\.$/, '']];

function ocrMonth(word: string): number | null {
  const w = OCR_LETTERS.reduce((s, [re, to]) => s.replace(re, to), fold(word));
  for (const m of MONTHS) if (w === fold(m.name) || fuzzyEquals(w, m.name)) return m.number;
  return null;
}

function ocrDates(text: string, push: (iso: string | null, start: number, end: number, form: DateForm) => void): void {
  OCR_DATE_G.lastIndex = 0;
  for (const m of execAll(OCR_DATE_G, text)) {
    const [, dayRaw, word, yearRaw] = m as unknown as [string, string, string, string];
    // Some real figures in each: "Il" and "le" are words, not damaged numbers.
    if (!/\d/.test(dayRaw) || (yearRaw.match(/\d/g)?.length ?? 0) < 2) continue;
    const month = ocrMonth(word);
    if (month === null) continue;
    const year = Number(fixNumber(yearRaw));
    if (year < YEAR_MIN || year > YEAR_MAX) continue;
    push(isoOf(year, month, Number(fixNumber(dayRaw.replace(' ', '')))), m.index!, m.index! + m[0].length, 'digits');
  }
}

/** Earliest first, then longest; later candidates overlapping a kept one are dropped. */
function resolveOverlaps<T extends { start: number; end: number }>(cands: T[]): T[] {
  cands.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let lastEnd = -1;
  for (const c of cands) {
    if (c.start >= lastEnd) {
      kept.push(c);
      lastEnd = c.end;
    }
  }
  return kept;
}

/** Every complete, valid date in the text, in text order, non-overlapping. */
export function findDates(text: string): DateMatch[] {
  return resolveOverlaps(candidateDates(text));
}

export type DateStyle = 'digits' | 'words' | 'an-words' | 'slash' | 'iso';

function parseIso(iso: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const ymd = m ? ([Number(m[1]), Number(m[2]), Number(m[3])] as [number, number, number]) : null;
  if (!ymd || isoOf(...ymd) === null) throw new RangeError(`not a valid date: ${iso}`);
  return ymd;
}

/**
 * A date as minutes write it: 'digits' "21 juillet 2014" ("1er juillet"), 'words'
 * "vingt et un juillet deux mille quatorze", 'an-words' "L'an deux mille quatorze, le
 * vingt et un juillet", 'slash' "21/07/2014", 'iso' "2014-07-21".
 */
export function formatFrenchDate(iso: string, style: DateStyle): string {
  const [y, m, d] = parseIso(iso);
  const month = MONTHS[m - 1]!.name;
  const dayWords = d === 1 ? 'premier' : frenchNumberWords(d);
  switch (style) {
    case 'digits':
      return `${d === 1 ? '1er' : d} ${month} ${y}`;
    case 'words':
      return `${dayWords} ${month} ${frenchNumberWords(y)}`;
    case 'an-words':
      return `L'an ${frenchNumberWords(y)}, le ${dayWords} ${month}`;
    case 'slash':
      return `${pad(d)}/${pad(m)}/${y}`;
    case 'iso':
      return iso;
  }
}

// ---------------------------------------------------------------------------------------
// Times

/** Prepositions that make a bare "N heures" a time of day; "des" (= "dès" unaccented) is too common. */
const PREP = 'à|a|vers|dès';

/** Hours are feminine ("une heure", "vingt et une heures"); zero is "zéro heure". */
const HOUR_WORDS_ALT = (() => {
  const alts: string[] = [];
  for (let h = 0; h <= 23; h++) alts.push(numberWordsPattern(h, true));
  return asTrie(alts.sort(byLengthDesc));
})();
/** 2..59; a lone "une" after "heures" is rarely a minute, so 1 needs "minute" after it. */
const MINUTE_WORDS_ALT = (() => {
  const alts: string[] = [];
  for (let n = 2; n <= 59; n++) alts.push(numberWordsPattern(n, true));
  return asTrie(alts.sort(byLengthDesc));
})();

/**
 * "20h30", "20 h 30", "20H", "18h00", "18h30 heures" (redundant unit absorbed), "19h30mn";
 * also glued to "à" ("levée à19h30"). The boundary is one lookbehind, not an alternation,
 * which would defeat the engine's first-character scan (10x slower). "15 H.T." is a price.
 */
const TIME_H_G = new RegExp(
  `(?<!(?!à)[\\p{L}\\p{M}\\d])(?<h>\\d{1,2})\\s?[hH](?:\\s?(?<m>\\d{2})(?!\\d)(?:\\s?(?:mn|min)${NOT_LETTER_AFTER})?)?` +
    `(?:\\s*heures?)?${NOT_LETTER_AFTER}(?!\\.\\p{L})`,
  'gu',
);
/** "20:30" (seconds, if any, absorbed); never with spaces around the colon ("Pour : 23"). */
const TIME_COLON_G = /(?<![\p{L}\p{M}\d]|\d[:.])(?<h>\d{1,2}):(?<m>\d{2})(?::\d{2})?(?!\d|:\d)/gu;

const HEURE_G = new RegExp(`${NOT_LETTER_BEFORE}heures?${NOT_LETTER_AFTER}`, 'giu');

/**
 * The hour ending just before "heures", with the preposition that makes a bare hour a time
 * of day ("à 9 heures") rather than a duration ("20 heures par semaine").
 */
/** The most pieces (see phraseFrom) HOUR_BEFORE spans: a preposition, an hour of three words ("vingt et une"); and margin. */
// OCR may read a speck after the preposition as a comma ("le vingt-sept octobre a, neuf heures").
const HOUR_PHRASE_PIECES = 6;
const HOUR_BEFORE = new RegExp(
  `(?:${NOT_LETTER_BEFORE}(?<prep>${PREP}),?\\s+)?` +
    `(?:(?<![\\d.,])(?<hd>\\d{1,2})|${NOT_LETTER_BEFORE}(?<hw>${HOUR_WORDS_ALT}))\\s*$`,
  'iu',
);

/**
 * Minutes after "heures": "30", "trente", "et trente minutes", "et demie", "et quart", "moins le
 * quart"; "1O", OCR's letter O for the zero closing the figures. A margin's rule may open the line they wrap
 * onto, read as a bar, an I or an l ("à vingt heures" / "I trente, le Conseil …").
 */
const MINUTES_AFTER_Y = new RegExp(
  `\\s+(?:(?<=\\n[ \\t]*)[|Il][ \\t]+)?(?:(?:et\\s+)?(?:(?<md>\\d{1,2}|\\dO(?![\\p{L}\\d]))(?![\\d.,]\\d)|(?<mw>${MINUTE_WORDS_ALT})|(?<one>une?)(?=\\s+minute))` +
    `(?:\\s+minutes?)?|et\\s+(?<half>demie?|quart)|moins\\s+le\\s+(?<mq>quart))${NOT_LETTER_AFTER}(?!\\d)`,
  'iuy',
);

/** "à midi", "à minuit et demie". */
const NOON_G = new RegExp(
  `${NOT_LETTER_BEFORE}(?<prep>${PREP})\\s+` +
    `(?<noon>midi|minuit)(?:\\s+et\\s+(?<half>demie?|quart))?${NOT_LETTER_AFTER}`,
  'giu',
);

function hhmm(h: number, m: number): string | null {
  if (!Number.isInteger(h) || !Number.isInteger(m) || h < 0 || h > 23 || m < 0 || m > 59) return null;
  return `${pad(h)}:${pad(m)}`;
}

/** After an hour: the afternoon or evening ("du soir", "de relevée", "de l'après-midi"). */
const AFTERNOON = /^[ \t]+(?:du\s+soir|de\s+relev[ée]e|de\s+l['’]apr[èe]s[- ]midi)(?![\p{L}])/iu;

/**
 * The times in figures, each scan with what any of its matches holds, looked for first by a plain
 * pattern: the scans open on a lookbehind, which V8 tries at every offset, and most zones hold no
 * "20:30". Likewise "heure", "midi" and "minuit" below, which most preambles do not hold.
 */
const TIMES_IN_FIGURES: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [TIME_H_G, /\d\s?[hH]/],
  [TIME_COLON_G, /\d:\d/],
];

function scanTimes(text: string, requirePrep: boolean): TimeMatch[] {
  const out: TimeMatch[] = [];
  const push = (v: string | null, start: number, end: number) => {
    if (v !== null) out.push({ hhmm: v, start, end, text: text.slice(start, end) });
  };
  let m: RegExpExecArray | null;
  for (const [re, may] of TIMES_IN_FIGURES) {
    if (!may.test(text)) continue;
    re.lastIndex = 0;
    while ((m = re.exec(text)) !== null) {
      push(hhmm(Number(m.groups!.h), Number(m.groups!.m ?? 0)), m.index, m.index + m[0].length);
    }
  }

  const lower = lowerSameLength(text);
  const heureG = caseless(HEURE_G);
  heureG.lastIndex = 0;
  const mayHeure = lower.includes('heure');
  while (mayHeure && (m = heureG.exec(lower)) !== null) {
    const hStart = m.index;
    let from = Math.max(0, hStart - 80);
    if (from > 0) {
      const ws = text.slice(from, hStart).search(/\s/);
      from = ws < 0 ? hStart : from + ws;
    }
    from = phraseFrom(text, from, hStart, HOUR_PHRASE_PIECES);
    const before = HOUR_BEFORE.exec(text.slice(from, hStart));
    if (!before?.groups) continue;
    const g = before.groups;
    const hour = g.hd !== undefined ? Number(g.hd) : parseFrenchNumber(g.hw ?? '');
    if (hour === null) continue;
    let end = hStart + m[0].length;
    let minute = 0;
    let hasMinutes = false;
    let h = hour;
    MINUTES_AFTER_Y.lastIndex = end;
    const after = MINUTES_AFTER_Y.exec(text);
    if (after?.groups) {
      const a = after.groups;
      let v: number | null = null;
      if (a.md !== undefined) v = Number(a.md.replace('O', '0'));
      else if (a.mw !== undefined) v = parseFrenchNumber(a.mw);
      else if (a.one !== undefined) v = 1;
      else if (a.half !== undefined) v = a.half.toLowerCase().startsWith('d') ? 30 : 15;
      else if (a.mq !== undefined) {
        v = 45;
        h = hour - 1;
      }
      if (v !== null) {
        minute = v;
        hasMinutes = true;
        end = MINUTES_AFTER_Y.lastIndex;
      }
    }
    // "à deux heures du soir", "à une heure de relevée": the afternoon's hours, as old registers count them.
    const half = AFTERNOON.exec(text.slice(end, end + 30));
    if (half) {
      if (h < 12) h += 12;
      end += half[0].length;
    }
    // A bare hour with no preposition is more often a duration ("35 heures", "20 heures par semaine").
    if (requirePrep && !hasMinutes && g.prep === undefined) continue;
    const start = from + before.index + (g.prep !== undefined ? before[0].indexOf(g.hd ?? g.hw!, g.prep.length) : 0);
    push(hhmm(h, minute), start, end);
  }

  const noonG = caseless(NOON_G);
  noonG.lastIndex = 0;
  const mayNoon = lower.includes('midi') || lower.includes('minuit');
  while (mayNoon && (m = noonG.exec(lower)) !== null) {
    const g = m.groups!;
    const h = foldWord(g.noon!) === 'midi' ? 12 : 0;
    const minute = g.half === undefined ? 0 : g.half.toLowerCase().startsWith('d') ? 30 : 15;
    const start = m.index + m[0].indexOf(g.noon!, g.prep!.length);
    push(hhmm(h, minute), start, m.index + m[0].length);
  }
  return resolveOverlaps(out);
}

/**
 * Every time of day in the text ("20h30", "20 H 30", "20:30", "à 9 heures", "à dix-neuf
 * heures et trente minutes", "dix-huit heures trente", "à midi"), in order, non-overlapping.
 * The span starts at the hour (a preceding "à" is not included).
 */
export function findTimes(text: string): TimeMatch[] {
  return scanTimes(text, true);
}

const LEADING_PREP = new RegExp(`^(?:${PREP})\\s+`, 'iu');

/** "HH:MM" when the whole string is one time ("20h30", "dix-neuf heures", "à 9 heures"), else null. */
export function parseTime(s: string): string | null {
  const t = s.trim();
  const prep = LEADING_PREP.exec(t);
  const found = scanTimes(t, false);
  const only = found[0];
  if (found.length !== 1 || !only || only.end !== t.length) return null;
  return only.start === (prep ? prep[0].length : 0) ? only.hhmm : null;
}

export type TimeStyle = 'h' | 'spaced' | 'colon' | 'heures' | 'words';

/**
 * A time as minutes write it: 'h' "20h30" / "20h", 'spaced' "20 h 30", 'colon' "20:30",
 * 'heures' "à 20 heures 30", 'words' "à vingt heures trente" (hours feminine: "à une heure").
 */
export function formatFrenchTime(value: string, style: TimeStyle): string {
  const m = /^(\d{2}):(\d{2})$/.exec(value);
  const h = m ? Number(m[1]) : NaN;
  const min = m ? Number(m[2]) : NaN;
  if (hhmm(h, min) === null) throw new RangeError(`not a valid time: ${value}`);
  const hourUnit = h <= 1 ? 'heure' : 'heures';
  switch (style) {
    case 'h':
      return min === 0 ? `${h}h` : `${h}h${pad(min)}`;
    case 'spaced':
      return `${h} h ${pad(min)}`;
    case 'colon':
      return `${pad(h)}:${pad(min)}`;
    case 'heures':
      return min === 0 ? `à ${h} ${hourUnit}` : `à ${h} ${hourUnit} ${min}`;
    case 'words': {
      const hw = h === 1 || h === 21 ? `${frenchNumberWords(h)}e` : frenchNumberWords(h);
      if (min === 0) return `à ${hw} ${hourUnit}`;
      if (min === 1) return `à ${hw} ${hourUnit} une minute`;
      return `à ${hw} ${hourUnit} ${frenchNumberWords(min)}`;
    }
  }
}
