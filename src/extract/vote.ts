/**
 * The vote and the outcome of one item: unanimity, counts in digits or words, named
 * abstentions and votes against, and what the text says happened.
 */
import { VOTE_AFTER_P } from '../text/cues.ts';
import type { Outcome, Person, Span, Vote } from '../schema/minutes.ts';
import { findNumberAt, findNumbers } from '../text/numbers.ts';
import { parsePersonList } from './persons.ts';
import { firstAtOrAfter, hasWord, indexWords, keyed, mayMatch, mayMatchIn, wordIndex } from '../text/gate.ts';
import { matchesAtWordStart } from '../text/word-start.ts';
import { caseless, lowerOf } from '../text/caseless.ts';
import { execAll, execStickyAt, stickyTwin } from '../text/matches.ts';
import { fullStopBefore, isSpaceUnit, sentenceOpen, sentenceStop } from '../text/sentences.ts';
import { labelColumn } from '../text/label-columns.ts';
import { actionAt } from '../text/verbs.ts';

type CountKey = 'for' | 'against' | 'abstentions' | 'notVoting';

// The words a zone is asked about before a costly reading: answered from the document's word
// index (hasWord), not by a scan of each zone for each.
indexWords('voix contre', 'voix\ncontre', 'groupe', 'unanim', 'proclam', 'amendement', 'rejet');

/**
 * "Pour : 17", "CONTRE : 7", "Abstention : 1": the count follows the word; or its dot leaders, with
 * the commas OCR reads among them ("Contre ........, 24").
 */
const COUNT_AFTER: ReadonlyArray<readonly [CountKey, RegExp, OpenerCue]> = [
  // A scrutin's result: "Pour l'adoption ........ 98".
  ['for', keyed(/\b(?:pour(?:\s+l['’]\s?adoption)?|votes?\s+pour|voix\s+pour|suffrages\s+obtenus(?:\s*:[^:\n]{0,80})?)\s*(?:[:=]\s*|\(\s*(?=\d+\s*\))|\.[.,]{2,}\s*(?=\d))/giu, 'pour', 'suffrages'), { key: 'pour', words: 2, or: 'suffrages' }],
  ['against', keyed(/\b(?:contre|votes?\s+contre|voix\s+contre)\s*(?:[:=]\s*|\(\s*(?=\d+\s*\))|\.[.,]{2,}\s*(?=\d))/giu, 'contre'), { key: 'contre', words: 1 }],
  // "Abstentions (4) : Mme X, M. Y": the count in brackets, the names after.
  // "Se sont abstenus (15) : …", as lists of names by group give their count.
  // "ABST. : 8", "Abst : 1": the abbreviation of a vote grid.
  ['abstentions', keyed(/\b(?:abstentions?(?:\(s\))?|abst\.?(?![\p{L}])|se\s+sont\s+abstenue?s)\s*(?:[:=]\s*|\(\s*(?=\d+\s*\))|\.[.,]{2,}\s*(?=\d))/giu, 'abst'), { key: 'abst', words: 1 }],
  // "part" of "ne prenant pas part au vote", "non-participation (au vote)": up to two words after its own.
  ['notVoting', keyed(/\b(?:ne\s+(?:prenant|prennent|prend)\s+pas\s+part\s+au\s+vote|non[- ]participation(?:\s+au\s+vote)?)\s*(?:[:=]\s*|\(\s*(?=\d+\s*\))|\.[.,]{2,}\s*(?=\d))/giu, 'part'), { key: 'part', words: 3 }],
];

/**
 * What every match of a COUNT_AFTER pattern holds: `key` (a word of the document's index), the
 * rest of its word (and of `words` - 1 words after it) then ":", "=", "(" or dot leaders. Or the word `or`,
 * where the pattern is run without more ado.
 */
interface OpenerCue {
  key: string;
  words: number;
  or?: string;
}

/** [a-z], by code. */
function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/**
 * False when no match of a COUNT_AFTER pattern can be in text[start, end): no occurrence of its
 * key is followed by ":", "=", "(" or dot leaders (see OpenerCue). Most zones hold "pour" ("pour un montant")
 * and "part" ("départemental"), few before a colon: the pattern, tried at every offset of the
 * zone, is skipped there. The test looks further than a match can (past the zone's end, over any
 * letters): it may say true for no match, never false for one.
 */
function openerAfterKey(text: string, cue: OpenerCue, start: number, end: number): boolean {
  if (cue.or && hasWord(text, cue.or, start, end)) return true;
  return someKeyWhere(text, cue.key, start, end, (lower, q) => {
    for (let w = 0; w < cue.words; w++) {
      // A word's letters and its elision's apostrophe ("l'adoption").
      while (isAsciiLower(lower.charCodeAt(q)) || lower[q] === "'" || lower[q] === '’') q++;
      if (lower[q] === '(') return true;
      if (lower[q] === '.') q++;
      while (q < lower.length && isSpaceUnit(lower.charCodeAt(q))) q++;
      const c = lower[q];
      if (c === ':' || c === '=' || c === '(') return true;
      if (c === '.' && (lower[q + 1] === '.' || lower[q + 1] === ',')) return true;
    }
    return false;
  });
}

/**
 * Whether `test` holds at the end of some occurrence of `key` (a word of the document's index)
 * starting in text[start, end); true when `key` is not indexed. `test` reads the lower-cased
 * document from the offset just past the key.
 */
function someKeyWhere(text: string, key: string, start: number, end: number, test: (lower: string, after: number) => boolean): boolean {
  const at = wordIndex(text).get(key);
  if (!at) return true;
  const lower = lowerOf(text);
  for (let i = firstAtOrAfter(at, start); i < at.length && at[i]! < end; i++) if (test(lower, at[i]! + key.length)) return true;
  return false;
}

/**
 * False when COUNT_RUN cannot match in text[start, end): each of its matches holds a grid word
 * ("pour", "contre", "abst…") then white space and a figure. Its leading lookbehind is tried at
 * every offset of a zone, and most zones hold "pour" but no "pour 8". Like openerAfterKey, it
 * looks further than a match can: true for no match at worst, never false for one.
 */
function figureAfterGridWord(text: string, start: number, end: number): boolean {
  const figureAfter = (lower: string, q: number): boolean => {
    // The rest of the grid word: "ention", "entions", "ention(s)", ".".
    for (let c = lower.charCodeAt(q); isAsciiLower(c) || c === 40 || c === 41 || c === 46; c = lower.charCodeAt(++q));
    if (!isSpaceUnit(lower.charCodeAt(q))) return false;
    while (isSpaceUnit(lower.charCodeAt(q))) q++;
    const c = lower.charCodeAt(q);
    return c >= 48 && c <= 57;
  };
  return GRID_KEYS.some((key) => someKeyWhere(text, key, start, end, figureAfter));
}

/**
 * "Vote : pour 8 – contre 0 – abstention 1": each word then its count, two or three in a row, no
 * colon. Not after a number on its line: in "8 pour 0 contre" each count comes before its word;
 * a table's row above ("Nombre de votants   77" / "Pour   50") is no such count.
 */
/** The words of a vote's counts, as a vote grid writes them. */
const GRID_WORD = String.raw`pour|contre|abstentions?|abstention\(s\)|abst\.?(?![\p{L}])`;
const COUNT_RUN_WORD = String.raw`(${GRID_WORD})\s+(\d{1,3})(?![\d\p{L}])`;
const COUNT_ASIDE = String.raw`(?:[ \t]*\([^()\n]{1,80}\))?`;
const COUNT_RUN = keyed(
  // A count may have its group or its names in brackets after it: "Contre 9 (groupe X) ; Abstention 0".
  // After the voters' count it may open ("Votants 38 Pour 26 Contre 12 Abstention 0").
  new RegExp(String.raw`(?<!(?<!votants?[ \t]{1,3}\d{0,2})\d[ \t]{0,3})\b${COUNT_RUN_WORD}${COUNT_ASIDE}(?:\s*[-–—,;/|]\s*|\s+)${COUNT_RUN_WORD}(?:${COUNT_ASIDE}(?:\s*[-–—,;/|]\s*|\s+)${COUNT_RUN_WORD})?`, 'giu'),
  'pour', 'contre', 'abstention',
);
/** What each grid word of GRID_WORD starts with, as the word index knows it. */
const GRID_KEYS = ['pour', 'contre', 'abst'];
const RUN_KEYS: Readonly<Record<string, CountKey>> = { pour: 'for', contre: 'against', abstention: 'abstentions', abstentions: 'abstentions', 'abstention(s)': 'abstentions', abst: 'abstentions', 'abst.': 'abstentions' };

/** "Pour :\n15", "Abstention(s)\n0": a vote word alone on its line, its count on the next (a page break may fall between). */
const COUNT_UNDER_WORD = new RegExp(String.raw`(?<=^|\n)[ \t]*(${GRID_WORD})[ \t]*:?[ \t]*\n\s{0,6}?(\d{1,3})(?![\d\p{L}])`, 'gu');

/**
 * execAll(re, s) for a pattern every match of which starts at one of `starts` (ascending): the
 * pattern is tried there only, sticky. The scan tries a pattern that opens on a lookbehind
 * ("(?<=^|\n)") at every offset of the zone, several times slower. As the scan does, a start
 * inside the last match is not tried.
 */
function execAllAt(re: RegExp, s: string, starts: readonly number[]): RegExpExecArray[] {
  return execStickyAt(stickyTwin(re), s, starts);
}

/** pattern.exec(s) for a pattern every match of which starts at one of `starts` (ascending), tried there only. */
function firstAt(re: RegExp, s: string, starts: readonly number[]): RegExpExecArray | null {
  const sticky = stickyTwin(re);
  for (const at of starts) {
    sticky.lastIndex = at;
    const m = sticky.exec(s);
    if (m) return m;
  }
  return null;
}

/** Where the lines of `s` start: where a pattern opening on "(?<=^|\n)" can match. */
function lineStartsIn(s: string): number[] {
  const out = [0];
  for (let p = s.indexOf('\n'); p >= 0; p = s.indexOf('\n', p + 1)) out.push(p + 1);
  return out;
}

/**
 * Just before a number: the vote word whose value it is, on the line above or after a colon,
 * there or along a line of labels ("Votants : 20 Pour : 17 Contre : 2 Abstention : 1").
 */
const VALUE_OF_WORD_ABOVE = new RegExp(String.raw`(?:^|\n)[ \t]*(?:${GRID_WORD})[ \t]*:?\s*$|[ \t](?:${GRID_WORD})[ \t]*:[ \t]*$`, 'u');

/** A vote line that gives its count by group, in brackets. Lower-cased text. */
const GROUP_COUNTS = /(?<=^|\n)[ \t]*(pour|contre|abstentions?)[ \t]*:[ \t]*(groupes?\s[^\n;]*)/gu;

/** What a proposal was, just before VOICES_AGAINST, when the voices before "contre" rejected it. Lower-cased text. */
const REJECTED_BY = /(?:rejet[éeê]|repouss[ée])e?s?[ \t]*$/u;
/** "par 6 voix contre 2": the old registers' formula, the count for before "voix contre", the count against after. Lower-cased text. */
const VOICES_AGAINST = /(?<![\p{L}])par\s+([\p{L}\d][\p{L}\d -]{0,40}?)\s+voix\s+contre\s+/gu;

/**
 * "Adopté par 6 voix.", "approuvé par douze voix et 2 abstentions": the voices that adopt it are
 * for it; "est élu au premier tour de scrutin avec 5 voix (1 bulletin blanc)": those that elect.
 * Lower-cased text.
 */
const VOICES_ADOPTING = /(?:(?:adopt|approuv|vot)[ée]e?s?\s+par|(?<![\p{L}])[ée]lue?s?\s+(?:[^.;]{0,60}?\s)?(?:avec|par))\s+([\p{L}\d][\p{L}\d -]{0,40}?)\s+voix(?=\s*[.;,()]|\s*$|\s+(?:et|sur|dont)\s)/gu;

/** The labels of a vote table's column and the count each is, null for those that are none of the vote's. */
const VOTE_COLUMN_LABELS: ReadonlyArray<readonly [RegExp, CountKey | null]> = [
  [/^pour$/u, 'for'],
  [/^contre$/u, 'against'],
  [/^abstentions?$|^abstention\(s\)$|^abst\.?$/u, 'abstentions'],
  [/^(?:ne\s+(?:prenant|prend|prennent)\s+pas\s+part(?:\s+au\s+vote)?|nppv)$/u, 'notVoting'],
  [/^(?:votants?|suffrages\s+exprim[ée]s|exprim[ée]s|blancs?(?:\s+(?:et|ou)\s+nuls)?|nuls|pr[ée]sents?|repr[ée]sent[ée]s|pouvoirs?|procurations?|en\s+exercice)$/u, null],
  // "Résultat" over "Adoptée": the outcome's column, its value in words (see labelColumn).
  [/^r[ée]sultats?(?:\s+du\s+vote)?$/u, null],
  // "Vote" over "Majorité" or "Unanimité", the first value (see labelColumn).
  [/^votes?$/u, null],
];

/**
 * "Votants\nPour\nContre\nAbstention\n14\n13\n0\n1": a vote table whose labels text extraction
 * gave one a line, then its counts (see labelColumn). Lower-cased text; offsets into it.
 */
function voteColumns(lower: string): { counts: Array<[CountKey, number]>; start: number; end: number } | null {
  const lines = lower.split('\n');
  const starts: number[] = [];
  for (let i = 0, at = 0; i < lines.length; at += lines[i]!.length + 1, i++) starts.push(at);
  const total = totalRow(lines);
  if (total) return { counts: total.counts, start: starts[total.first]!, end: starts[total.last]! + lines[total.last]!.length };
  const column = labelColumn(
    lines.map((l) => l.trim()),
    VOTE_COLUMN_LABELS,
    (keys) => keys.includes('for') || keys.includes('against'),
  );
  if (!column) return null;
  const counts: Array<[CountKey, number]> = [];
  column.keys.forEach((key, n) => key && counts.push([key, column.values[n]!]));
  return { counts, start: starts[column.first]!, end: starts[column.last]! + lines[column.last]!.length };
}

/** A vote table by group whose labels stand in one row (totalUnderLabelRow), where no figures stand one a line. Offsets as voteColumns'. */
function groupTotals(lower: string): { counts: Array<[CountKey, number]>; start: number; end: number } | null {
  const lines = lower.split('\n');
  for (let i = 0, at = 0; i < lines.length; at += lines[i]!.length + 1, i++) {
    const total = totalUnderLabelRow(lines, i);
    if (!total) continue;
    let end = at;
    for (let k = i; k < total.last; k++) end += lines[k]!.length + 1;
    return { counts: total.counts, start: at, end: end + lines[total.last]!.length };
  }
  return null;
}

/** The vote table's label a line is (VOTE_COLUMN_LABELS), if it is one. */
const voteLabelOf = (line: string) => VOTE_COLUMN_LABELS.find(([re]) => re.test(line.trim()));

/** Each label's count key (null for a label that is none of the vote's); null unless two labels or more, "pour" or "contre" among them. */
function voteKeysOf(labels: readonly string[]): Array<CountKey | null> | null {
  const keys = labels.map((l) => voteLabelOf(l)?.[1] ?? null);
  return keys.length >= 2 && (keys.includes('for') || keys.includes('against')) ? keys : null;
}

/** The figures under (or after) the labels whose keys these are, each its label's. */
function countsOf(keys: ReadonlyArray<CountKey | null>, figures: readonly string[]): Array<[CountKey, number]> {
  const counts: Array<[CountKey, number]> = [];
  keys.forEach((key, n) => key && counts.push([key, parseInt(figures[n]!, 10)]));
  return counts;
}

/** How far under its labels a vote table's TOTAL row may stand, in lines. */
const TOTAL_REACH = 80;

/**
 * A vote table by group read a cell a line: "Groupe" / "Pour" / "Contre" / "Abstention" / "NPPV",
 * a row a group (its name, then its counts), and "TOTAL" followed by the counts of the whole,
 * which are the vote's. Trimmed, lower-cased lines; the labels' first line to the total's last.
 */
function totalRow(lines: readonly string[]): { counts: Array<[CountKey, number]>; first: number; last: number } | null {
  for (let i = 0; i < lines.length; i++) {
    const inRow = totalUnderLabelRow(lines, i);
    if (inRow) return inRow;
    const keys: Array<CountKey | null> = [];
    let j = i;
    for (let row = voteLabelOf(lines[j]!); row; row = j < lines.length ? voteLabelOf(lines[j]!) : undefined) {
      keys.push(row[1]);
      j++;
    }
    if (keys.length < 2 || !(keys.includes('for') || keys.includes('against'))) continue;
    for (let t = j; t < Math.min(lines.length, j + TOTAL_REACH); t++) {
      if (lines[t]!.trim() !== 'total') continue;
      const figures = lines.slice(t + 1, t + 1 + keys.length).map((l) => l.trim());
      if (figures.length < keys.length || !figures.every((f) => /^\d{1,3}$/.test(f))) break;
      return { counts: countsOf(keys, figures), first: i, last: t + keys.length };
    }
    i = j - 1;
  }
  return null;
}

/** "Groupe Pour Contre Abstention NPPV": a vote table by group's labels in one row. Lower-cased, trimmed. */
const GROUP_LABEL_ROW = /^groupes?(?:\s+politiques?)?\s+(.+)$/u;
const TOTAL_FIGURES = /^total\s+((?:\d{1,3}\s+){1,5}\d{1,3})$/u;

/**
 * The same table with its labels in one row ("Groupe Pour Contre Abstention NPPV"), a row a group,
 * then "Total 70 18 8 0": the whole's counts, the vote's. Lines as totalRow's; null unless line i is that row.
 */
function totalUnderLabelRow(lines: readonly string[], i: number): { counts: Array<[CountKey, number]>; first: number; last: number } | null {
  const row = GROUP_LABEL_ROW.exec(lines[i]!.trim());
  if (!row) return null;
  const labels = row[1]!.match(ROW_LABEL_EACH) ?? [];
  if (labels.join(' ') !== row[1]!.replace(/\s+/g, ' ')) return null;
  const keys = voteKeysOf(labels);
  if (!keys) return null;
  for (let t = i + 1; t < Math.min(lines.length, i + 1 + TOTAL_REACH); t++) {
    const total = TOTAL_FIGURES.exec(lines[t]!.trim());
    if (!total) continue;
    const figures = total[1]!.split(/\s+/);
    return figures.length === keys.length ? { counts: countsOf(keys, figures), first: i, last: t } : null;
  }
  return null;
}

/** A row of a vote table's labels: "Vote(s)" maybe, then two vote words or more, one a cell. Lower-cased text. */
const ROW_LABEL = String.raw`(?:${GRID_WORD}|votants|exprim[ée]s|nuls|blancs|nppv|ne\s+(?:prend|prennent|prenant)\s+pas\s+part(?:\s+au\s+vote)?)`;
/** Each label of a row, a label maybe of several words ("Ne prend pas part au vote"). Lower-cased text. */
const ROW_LABEL_EACH = new RegExp(ROW_LABEL, 'gu');
// A last column may give the result: "Votants  Pour  Contre  Abstentions  Résultat" over "19  19  0  0  Adopté à l'unanimité";
// the row may open on its title: "Résultat du vote : Pour  Contre  Abstention  Ne prend pas part au vote" over "8 0 1 1",
// "Vote 2005-061 Votants Pour Contre Abstention" over "24 24 0 0"; a software's cells a line, each label on its own, the outcome maybe between them and the figures ("Pour" / "Contre" / "Abst." / "Adopté" / "40" / "4" / "0");
// a first the act's number: "Délib.  Votants  Pour  Contre  Abst." over "2000-01  8  8  0  0" (a code, never a bare count),
// or "Acte Pour Contre Abstention NPPV Résultat" over "88-112" / "26" / "7" / … one a line.
const LABEL_ROW = new RegExp(String.raw`(?<=^|\n)[ \t]*(?:(?:r[ée]sultats?[ \t]+du[ \t]+)?votes?(?:[ \t]+(?:n°[ \t]*)?\d[\d./_-]*\d)?[ \t]*:?[ \t]+)?(?:(?:d[ée]lib(?:[ée]ration)?\.?|n°|num[ée]ro|actes?)[ \t]+)?((?:${ROW_LABEL}(?:[ \t]+|[ \t]*\n[ \t]*)){1,5}${ROW_LABEL})(?:[ \t]+r[ée]sultats?|[ \t]+d[ée]cision)?[ \t]*\n[ \t]*(?:(?:adopt|approuv|rejet)[^\n\d]*\n[ \t]*)?(?:[\p{L}\d]*[-/._][\p{L}\d./_-]*(?:[ \t]+|[ \t]*\n[ \t]*))?((?:\d{1,3}[ \t]+){1,5}\d{1,3}|(?:\d{1,3}[ \t]*\n[ \t]*){1,5}\d{1,3})(?:[ \t]+(?:adopt|approuv|rejet|refus)[^\n]*)?[ \t]*(?=\n|$)`, 'u');

/** A row of labels opened by "Vote" alone, no number after it: over a count more than its other labels, the voters'. */
const VOTERS_TITLE = /^\s*votes?[ \t]+(?!\d|n°)/u;

/** Two counts in a row on a line of their own. */
const COUNTS_IN_A_ROW = /\d[ \t]+\d/g;

/**
 * /\n[^\n]*\d[ \t]+\d/.test(lower), the cheap way: two counts in a row after the first line
 * break. Irregexp scans the pattern from every line break to the end of its line otherwise.
 */
function countsAfterFirstLine(lower: string): boolean {
  const lineBreak = lower.indexOf('\n');
  if (lineBreak < 0) return false;
  COUNTS_IN_A_ROW.lastIndex = lineBreak;
  const found = COUNTS_IN_A_ROW.test(lower);
  COUNTS_IN_A_ROW.lastIndex = 0;
  return found;
}

/**
 * "VOTE Pour Contre Abstention" over "10 0 0", or over "10" / "0" / "0" one a line: each label's
 * count under it, read with the labels of a vote table's column.
 */
function voteRows(lower: string, lineStarts: readonly number[]): { counts: Array<[CountKey, number]>; start: number; end: number } | null {
  // LABEL_ROW.exec(lower): its first match, tried at line starts only.
  const m = firstAt(LABEL_ROW, lower, lineStarts);
  if (!m) return null;
  const labels = m[1]!.match(ROW_LABEL_EACH)!.map((l) => l.replace(/\s+/g, ' '));
  // The counts on one line under the labels, or one a line (the export broke the row into cells).
  let values = m[2]!.trim().split(/\s+/).map(Number);
  // "VOTE  POUR  CONTRE  ABST.  NPPV" over "26  22  4  0  0": the word that titles the row heads the voters' column.
  if (values.length === labels.length + 1 && VOTERS_TITLE.test(m[0])) values = values.slice(1);
  if (labels.length !== values.length) return null;
  const counts: Array<[CountKey, number]> = [];
  labels.forEach((label, i) => {
    const key = VOTE_COLUMN_LABELS.find(([re]) => re.test(label))?.[1];
    if (key) counts.push([key, values[i]!]);
  });
  return { counts, start: m.index, end: m.index + m[0].length };
}

/** "douze voix pour", "2 CONTRE", "1 abstention": the count comes first. */
const COUNT_BEFORE: ReadonlyArray<readonly [CountKey, RegExp]> = [
  // "vingt pour cent", "3 pour mille": a rate, not a count of votes.
  // "1" / "Pour extrait conforme": a table's last count, then the closing formula.
  ['for', /^\s*(?:voix|votes?|suffrages?)?\s*pour\b(?!\s+(?:un|une|le|la|les|l'|des|cette|ce|cent|mille|extrait|copie|ampliation)\b)/iu],
  ['against', /^\s*(?:voix|votes?)?\s*contre\b/iu],
  // "4 voix d'abstention".
  // "; 16 membres se sont abstenus.", "2 membres s'étant abstenus".
  ['abstentions', /^\s*(?:(?:voix|votes?)\s+d['’]\s?)?abstentions?\b|^\s*membres?\s+(?:se\s+sont|s['’]\s?[ée]tant)\s+abstenue?s\b/iu],
  ['notVoting', /^\s*(?:membres?\s+)?(?:ne\s+prenant\s+pas\s+part|non[- ]votants?|ne\s+participant\s+pas)/iu],
];

const NAMED_VOTES: ReadonlyArray<readonly ['against' | 'abstentions' | 'notVoting', RegExp]> = [
  ['notVoting', keyed(/\s+(?:ne\s+(?:prend|prennent)\s+pas\s+part\s+au\s+vote|se\s+retirent?\s+(?:de\s+la\s+salle\s+)?pour\s+le\s+vote)/giu, 'part au vote', 'retire')],
  ['abstentions', keyed(/\s+s['’]abst(?:ient|iennent)\b/giu, 'abst')],
  ['against', keyed(/\s+vot(?:e|ent)\s+contre\b/giu, 'contre')],
  // "Adopté à la majorité, M. X et M. Y votant contre", "Mme Z s'abstenant".
  ['against', keyed(/\s+(?:votant|ayant\s+vot[ée])\s+contre\b/giu, 'contre')],
  ['abstentions', keyed(/\s+(?:s['’]abstenant|s['’][ée]tant\s+abstenue?s?)(?!\p{L})/giu, 'abst')],
];

/**
 * Each NAMED_VOTES pattern as run on lower-cased text, without its leading "\s+": the verb it
 * opens on is looked for, the white space before it read back (see matchesAfterSpace).
 */
const NAMED_VOTE_VERBS: ReadonlyMap<RegExp, RegExp> = new Map(
  NAMED_VOTES.map(([, re]) => {
    const run = caseless(re);
    if (!run.source.startsWith('\\s+')) throw new Error(`NAMED_VOTES opens on \\s+: /${run.source}/`);
    return [re, new RegExp(run.source.slice(3), run.flags)];
  }),
);

/**
 * execAll(/\s+REST/g, s), `rest` being /REST/g, REST opening on a letter: each match of REST
 * that white space precedes, from the start of that white space (not before the end of the
 * last match). The scan tried "\s+" at every space of the zone and ran each run of spaces to
 * its end; here only the verb is looked for. Each match is returned as REST's, its index and
 * its text moved back over the white space.
 */
function matchesAfterSpace(rest: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let floor = 0;
  rest.lastIndex = 0;
  for (let m = rest.exec(s); m; m = rest.exec(s)) {
    let from = m.index;
    while (from > floor && isSpaceUnit(s.charCodeAt(from - 1))) from--;
    if (from === m.index) {
      // No white space before it: "\s+" cannot match there; on from the next unit.
      rest.lastIndex = m.index + 1;
      continue;
    }
    const end = m.index + m[0].length;
    m.index = from;
    m[0] = s.slice(from, end);
    out.push(m);
    floor = end;
  }
  rest.lastIndex = 0;
  return out;
}

/** A heading of names: who voted against, who abstained. */
const NAMED_LINES: ReadonlyArray<readonly ['against' | 'abstentions', RegExp]> = [
  ['against', keyed(/(?<=^|\n)[ \t]*(?:ont\s+vot[ée]|a\s+vot[ée]|votent|vote|votes?)\s+contre\s*:\s*(?=\p{L})/gu, 'contre')],
  ['abstentions', keyed(/(?<=^|\n)[ \t]*(?:se\s+sont\s+abstenue?s|s['’]est\s+abstenue?|abstentions?)\s*:\s*(?=\p{L})/gu, 'abst')],
];
const NAMED_FOR = keyed(/(?<=^|\n)[ \t]*(?:ont\s+vot[ée]|a\s+vot[ée]|votent)\s+pour\s*(?:\(\s*\d+\s*\)\s*)?:\s*(?=\p{L})/u, 'pour');
/** NAMED_FOR as run on lower-cased text, sticky: tried at line starts only (see namedForIn). */
const NAMED_FOR_AT = new RegExp(caseless(NAMED_FOR).source, `${caseless(NAMED_FOR).flags}y`);

/**
 * caseless(NAMED_FOR).exec(lower), tried where it can match only: at the start of a line that
 * opens (after blanks) on "ont", "a" or "votent". Its leading lookbehind is tried at every
 * offset of the zone otherwise.
 */
function namedForIn(lower: string): RegExpExecArray | null {
  for (let at = 0; at !== -1; ) {
    let k = at;
    while (lower[k] === ' ' || lower[k] === '\t') k++;
    if (lower[k] === 'o' || lower[k] === 'a' || lower[k] === 'v') {
      NAMED_FOR_AT.lastIndex = at;
      const m = NAMED_FOR_AT.exec(lower);
      if (m) return m;
    }
    const lineBreak = lower.indexOf('\n', at);
    at = lineBreak < 0 ? -1 : lineBreak + 1;
  }
  return null;
}
// The lookbehinds of these patterns stand after their first letter ("(?<!\p{L}.)"): V8 tries a
// leading one at every offset of the text, before it can skip to a likely first character.
// Not "à la majorité absolue" (or relative): an election's rule ("le maire est élu au scrutin
// secret et à la majorité absolue"), said before the ballot, whose result is the candidate's votes.
const MAJORITY = keyed(/[àa](?<!\p{L}.)\s+la\s+majorit[ée](?!\s+(?:absolue|relative))/iu, 'majorit');
/** The end of a number, in digits or words, just before a vote word. */
const NUMBER_WORDS = new Set(
  ['un', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize',
    'quatorze', 'quinze', 'seize', 'vingt', 'vingts', 'trente', 'quarante', 'cinquante', 'soixante', 'septante',
    'huitante', 'octante', 'nonante', 'cent', 'cents', 'mille', 'mil', 'zéro', 'zero'],
);

/** [a-zéèà]: the letters of a number word, by code. */
function isNumberWordUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || c === 0xe9 || c === 0xe8 || c === 0xe0;
}

/** True when the word just before `at` in the lower-cased text is a number (digits or a number word). */
function numberEndsBefore(lower: string, at: number, floor: number): boolean {
  let end = at;
  while (end > floor && isSpaceUnit(lower.charCodeAt(end - 1))) end--;
  if (end > floor && lower.charCodeAt(end - 1) >= 48 && lower.charCodeAt(end - 1) <= 57) return true;
  // "vingt-quatre (24) voix pour": figures in brackets after the words.
  if (lower[end - 1] === ')') {
    const words = /([a-zéèà]+)\s*\(\s*\d{1,3}\s*\)$/.exec(lower.slice(floor, end));
    return !!words && NUMBER_WORDS.has(words[1]!);
  }
  let start = end;
  while (start > floor && isNumberWordUnit(lower.charCodeAt(start - 1))) start--;
  // "vingt-trois": the last part of a hyphenated number is itself a number word.
  return NUMBER_WORDS.has(lower.slice(start, end));
}
/** The words a count stands before: where COUNT_BEFORE is tried. */
/** Read with matchesAtWordStart: no letter before it. */
const COUNT_WORD = keyed(/(?:(?:voix|votes?|suffrages?)\s+(?:d['’]\s?(?=abst))?)?(?:pour|contre|abstentions?|ne\s+prenant|ne\s+participant|non[- ]votants?|membres?\s+ne|membres?\s+(?:se\s+sont|s['’]\s?[ée]tant)\s+abstenue?s)(?![\p{L}])/giu, 'pour', 'contre', 'abstention', 'ne pren', 'ne part', 'votant', 'membre');
/** The number of votes given in brackets after a unanimity, before the sentence ends. */
const UNANIMOUS_COUNT = /^(?:[^.;(\n]|\n(?![ \t]*\n)){0,80}?\(\s*(\d{1,3})\s+(?:voix|votes?|suffrages?)(?:\s+pour)?\s*\)/u;
/** OCR may read the final "é" as "6" ("unanimit6"). */
// "Le Conseil Municipal, unanime, émet le vœu …": the body said unanimous between commas, as its vote.
// "Accord unanime du Conseil.": its consent, as a vote.
const UNANIMOUS_ALL = /unanimit[ée6](?!\p{L})|unanimement|unanimes?(?<=(?:conseil|commission|bureau|comit[ée]|assembl[ée]e)(?:\s+\p{L}+){0,2}\s*,\s*unanimes?)(?=\s*,)|unanime(?<=accord\s+unanime)(?!\p{L})/giu;

/**
 * The statements of an adoption (see OUTCOMES), each a pattern of its own: the zone is searched
 * for those whose words it holds only, where their alternation (ADOPTED) has irregexp try five
 * branches, three behind lookbehinds, at nearly every letter of it.
 */
// An adoption in the pluperfect is an earlier one recalled ("notre Assemblée avait adopté un premier plan").
// "Accepté" is no adoption after "ont" or "a" (another subject's act: "les propriétaires ont accepté un
// prix"), nor with an outside body for agent ("dont le principe a été accepté par la Direction …").
const ADOPTION_STATEMENTS: readonly RegExp[] = [
  keyed(/[àa](?<!\p{L}.)\s+la\s+majorit[ée](?!\s+(?:absolue|relative))/iu, 'majorit'),
  keyed(/(?=adopt|approuv|accept|donne)\b(?<!(?:sera|seront|serait|seraient|être|une\s+fois|avai(?:en)?t(?:\s+[ée]t[ée])?)\s+)(?<!par\s+d[ée]lib[ée]ration\s+(?:n°\s*\S+\s+)?du\s+[^.;]{0,450})(?:adopt[ée]e?s?|approuv[ée]e?s?|(?<!(?:ont|a|avait|avaient)\s+)accept[ée]e?s?(?!\p{L})(?!\s+par\s+(?:la|le|les|l['’])\s*(?:direction|pr[ée]fe|[ée]tat|services?|minist|propri[ée]taires?|soci[ée]t[ée]|entreprises?|d[ée]partement|r[ée]gion)(?!\p{L}))|donne\s+son\s+accord)(?!\p{L})(?!\s+(?:sera|seront|serait|seraient)(?!\p{L})|\s+(?:le\s+(?:\d|premier|1er)|par\s+(?:notre|l['’]\s?|le|la|cette)\s*\p{L}+(?:(?:[\s-]+|\s+d['’]\s?)\p{L}+){0,3}\s+(?:le\s+(?:\d|premier|1er)|dans\s+sa\s+s[ée]ance|lors\s+d|en\s+date\s+du|au\s+cours\s+d)|lors\s+d|par\s+(?:la\s+)?d[ée]lib[ée]ration|par\s+(?:un\s+)?arr[êe]t[ée]|par\s+d[ée]cret|par\s+(?:la\s+(?:communaut[ée]|m[ée]tropole)|l['’]\s?[ée]tat|le\s+(?:parlement|gouvernement|pr[ée]fet|ministre))(?![\p{L}])|en\s+date\s+du|au\s+cours\s+d|en\s+(?:19|20)\d\d(?!\d)|en\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)\s+(?:19|20)\d\d))(?!(?<=(?<![\p{L}])(?:a|ont|avait|avaient)\s+(?:adopt|approuv)\p{L}*)[^.;]{0,160}?\bpar\s+(?:sa\s+|une\s+)?d[ée]lib[ée]ration\s+(?:n°\s*\S+\s+)?(?:du|en\s+date\s+du)\s+\d)/iu, 'adopt', 'approuv', 'accept', 'accord'),
  // Not another body's opinion recalled in the report ("la Chambre d'Agriculture a émis un avis favorable",
  // "le Comité Technique Paritaire a émis un avis favorable le 26 novembre").
  // Nor the opinions a consultation gathered ("huit EPCI ont émis un avis favorable", "le Conseil
  // régional a émis un avis favorable par délibération de sa Commission permanente").
  keyed(/[ée](?<!\p{L}.)mis?\s+un\s+avis\s+favorable(?<!(?:chambre|commission|commissaire|pr[ée]fet|services?|direction|[ée]tat|personnes?\s+publiques|syndicat|communaut[ée]|epci|conf[ée]rence|conclusions|comit[ée]\s+(?:technique|social|d['’]hygi[èe]ne)|ctp|chsct|conseil\s+d['’][ée]cole|conseil\s+de\s+(?:quartier|d[ée]veloppement))(?![\p{L}])[^.;:]{0,120})(?!\s*,?\s*par\s+d[ée]lib[ée]ration)/iu, 'favorable'),
  keyed(/(?:e(?<!\p{L}.)st|s(?<!\p{L}.)ont|é(?<!\p{L}.)té|d(?<!\p{L}.)[ée]clar[ée]e?s?|p(?<!\p{L}.)roclam[ée]e?s?)\s+[ée]lue?s?(?!\p{L})(?!\s+(?:au\s+scrutin|[àa]\s+la\s+majorit[ée]\s+(?:absolue|relative)|parmi|secr[ée]taire))/iu, 'élu', 'elu'),
  keyed(/(?:e(?<!\p{L}.)st|s(?<!\p{L}.)ont|é(?<!\p{L}.)té)\s+proclam[ée]e?s?(?!\p{L})/iu, 'proclam'),
  // A single list filed for the seats: "les nominations prennent effet immédiatement" (CGCT L.3122-5, L.4133-5), no ballot.
  keyed(/n(?<!\p{L}.)ominations\s+prennent\s+effet\s+imm[ée]diatement/iu, 'nominations'),
];
const ADOPTED = keyed(new RegExp(ADOPTION_STATEMENTS.map((re) => re.source).join('|'), 'iu'), 'majorit', 'adopt', 'approuv', 'accept', 'accord', 'favorable', 'élu', 'elu', 'proclam', 'nominations');

/**
 * caseless(alternation).exec(s), `alternatives` being its branches in order: the leftmost of
 * their leftmost matches, the first branch on a tie, as the alternation would match. Only the
 * branches that `mayMatch` lets through are run.
 */
function firstOfAlternatives(alternatives: readonly RegExp[], s: string, mayMatchHere: (re: RegExp) => boolean): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  for (const re of alternatives) {
    if (!mayMatchHere(re)) continue;
    const m = caseless(re).exec(s);
    if (m && (best === null || m.index < best.index)) best = m;
  }
  return best;
}

const OUTCOMES: ReadonlyArray<readonly [Outcome | null, RegExp]> = [
  [null, keyed(/\bni\s+approuv[ée]e?s?,?\s+ni\s+rejet[ée]e?s?/iu, 'ni ')],
  // A participle, not an infinitive: "propose de rejeter cette demande" states no outcome.
  // "Rejetêe": OCR's circumflex for the acute.
  // "La motion … est repoussée par 84 voix contre 63": a typed procès-verbal's word for it, with its count.
  // Not water let out ("la quasi-totalité de leurs eaux usées est rejetée sans traitement dans la
  // Maize", "les effluents seront rejetés dans le ruisseau"): a report's account of a discharge.
  ['rejected', keyed(/\b(?:(?:rejet[éeê]e?s?(?!\s+(?:sans\s+(?:aucun\s+)?traitement|(?:directement\s+)?(?:dans|vers|au|en)\s+(?:(?:le|la|les|l['’]|un|une)\s*)?(?:milieu|rivi[èe]re|ruisseau|cours\s+d['’]eau|r[ée]seau|nappe|mer|fleuve|canal|[ée]gouts?|foss[ée]s?|atmosph[èe]re)))|refus[ée]e?s?|repouss[ée]e?s?(?=\s+par\s+[\p{L}\d-]+\s+voix))(?![\p{L}])|n['’](?:est|a)\s+pas\s+(?:été\s+)?(?:adopt|approuv))/iu, 'rejet', 'refus', 'repouss', 'pas')],
  ['noted', keyed(/\b(?:prend|prennent|donne|donnent)\s+acte\b|\bprise?\s+d['’]acte\b/iu, 'acte')],
  // Whole words ("Adopter l'opération" is an article, not the outcome), not a decision recalled
  // ("le compte administratif, approuvé le 30 mai 2024", "adopté par délibération du …", "le Conseil
  // Municipal de X a approuvé le principe … par délibération du 21 septembre 1984", "une
  // carte communale approuvée en 2014", "adopté par notre Assemblée le 13 décembre 2003", "adopté par le
  // Conseil de District dans sa séance du 6 avril 1978", "Par délibération du 30 juin 1989, le Conseil
  // Régional a adopté …") nor one to come ("les contrats seront approuvés par notre Assemblée",
  // "les délibérations adoptées seront publiées"), nor another authority's act ("le programme local de
  // l'habitat adopté par la Communauté d'agglomération", "adopté par le Parlement"); "à la majorité absolue" is
  // an election's rule, not its result (see MAJORITY), and so is "le maire est élu au scrutin
  // secret … parmi les membres du conseil", and "M. X a été élu secrétaire de séance" at the opening; "est élu" outside the \b
  // group (\b is ASCII-only: never before "é"), and as a verb only: "l'élu local" is a noun.
  // "M. X est proclamé 1er vice-président": an election won.
  ['adopted', ADOPTED],
];

/** An operative verb in the present with its object ("approuve le projet", "adopte la M57"): an act. Lower-cased text. */
const ACT_WITH_OBJECT = /^(?:adopte|approuve|accepte)\s+(?:le|la|les|l['’]|un|une|des|ce|cette|ces|son|sa|ses|leur|leurs)(?![\p{L}])/u;

/** Acts that decide something, beside which "prend acte" is not the item's outcome. Lower-cased text. */
const OTHER_ACTS = /(?<![\p{L}])(?:d[ée]cide|approuve|autorise|adopte|accorde|attribue|fixe|d[ée]signe|sollicite|confie|arr[êe]te|constate|reconna[îi]t)(?![\p{L}])/u;

/** How far a sentence around the vote's line is read for other acts. */
const VOTE_SENTENCE_REACH = 400;

/** The outcome of the deliberation named as such, after votes on its amendments. Lower-cased text. */
const OWN_OUTCOME = /(?:d[ée]lib[ée]ration|rapport|projet\s+de\s+d[ée]lib[ée]ration)(?:\s+ainsi\s+amend[ée]e?)?\s*(?::|est|a\s+[ée]t[ée])\s*(?:mise?\s+aux\s+voix\s+et\s+)?(adopt[ée]e?|rejet[ée]e?)(?![\p{L}])/u;

/**
 * "n° 2 (AES) – Transition énergétique : REJETÉ" / "ADOPTÉ tel qu'amendé": the amendments' results
 * close their lines, the deliberation's opens its own, after them. Lower-cased text.
 */
const OUTCOME_OPENING_LINE = /(?<=^|\n)[ \t]*(adopt[ée]e?s?|rejet[ée]e?s?)(?![\p{L}])/gu;
function lastOutcomeLine(lower: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  for (const m of lower.matchAll(OUTCOME_OPENING_LINE)) last = m as RegExpExecArray;
  return last;
}

export interface VoteReading {
  vote: Vote | null;
  outcome: Outcome | null;
  /** Where the vote statement ends, to close the decision section. */
  end: number | null;
  start: number | null;
  warnings: string[];
  /** The text says what became of the item, even "ni approuvé, ni rejeté". */
  stated: boolean;
  /** Each stretch read as part of the vote (counts, unanimity, outcome, names), in reading order. */
  marks: Array<{ start: number; end: number }>;
}

/** A line that carries on a names list: words in capitals or given names, joined by commas, "et", particles; the list's bracket may close it. */
const NAMES_LINE = /^[ \t]*(?:\p{Lu}[\p{L}'’.-]*|d['’]\p{Lu}[\p{L}'’-]*)(?:,?[ \t]+(?:\p{Lu}[\p{L}'’.-]*|et|de|du|des|d['’]\p{Lu}[\p{L}'’-]*))*\)?[,.]?[ \t]*$/u;
/** A names list's line that does not close it: on a comma, "et", a hyphen, or a given name whose family name the wrap sent on ("… Thomas DAMIANI, Matthieu"). */
const LIST_GOES_ON = /(?:[,-]|[ \t]et|[ \t]\p{Lu}\p{Ll}+)[ \t]*$/u;
/** At most this many lines a names list is read over after its own. */
const MAX_NAMES_LINES = 3;
/** How far one line of a names list is read. */
const NAMES_LINE_REACH = 200;

/** Where the line holding `at` ends: at its line break or its page's, else the text's end. */
function lineEndAt(text: string, at: number): number {
  const line = text.indexOf('\n', at);
  const page = text.indexOf('\f', at);
  return Math.min(line < 0 ? text.length : line, page < 0 ? text.length : page);
}

/**
 * Where the names list opening at `at` ends: at its line's end, or past the lines it wrapped
 * onto ("… Thomas DAMIANI, Matthieu" / "GIORGI, Caroline GRIMALDI, …, Isabelle ZUCCONI."), each
 * a line of names holding a comma or closed by a full stop or the list's bracket.
 */
export function namesListEnd(text: string, at: number): number {
  const lineEnd = lineEndAt(text, at);
  if (lineEnd - at > NAMES_LINE_REACH) return at + NAMES_LINE_REACH;
  let stop = lineEnd;
  for (let n = 0; n < MAX_NAMES_LINES && stop < text.length && LIST_GOES_ON.test(text.slice(Math.max(at, stop - 40), stop)); n++) {
    const end = lineEndAt(text, stop + 1);
    const line = text.slice(stop + 1, end);
    if (end - stop > NAMES_LINE_REACH || !(line.includes(',') || /[.)][ \t]*$/.test(line)) || !NAMES_LINE.test(line)) break;
    stop = end;
  }
  return stop;
}

function namesAfter(text: string, at: number): Person[] {
  const stop = namesListEnd(text, at);
  const paren = /^\s*\)?\s*[,(:]?\s*\(?/.exec(text.slice(at, stop));
  const from = at + (paren ? paren[0].length : 0);
  // A loop, not map then filter: an empty list mapped is an array of another kind, on which V8
  // deoptimized the readers this is inlined in.
  const people: Person[] = [];
  for (const { person: p } of parsePersonList(text, from, stop)) {
    if ((p.civility !== null || /^[\p{Lu}\s'-]{2,}$/u.test(p.surname)) && !VOTE_WORD.test(p.surname) && !isVerbInCapitals(p)) people.push(p);
  }
  return people;
}
/** "et 1 abstention : APPROUVE la décision": the article's verb after the count, no one's name. */
function isVerbInCapitals(p: Person): boolean {
  if (p.civility !== null || p.givenName !== null) return false;
  return actionAt(p.surname)?.length === p.surname.length;
}
/** The words of a vote grid, read as names after the count before them ("CONTRE : 6   ABSTENTION(S) : 0"). */
const VOTE_WORD = /^(?:POUR|CONTRE|ABSTENTIONS?|VOTANTS?|EXPRIM[ÉE]S|NULS?|BLANCS?)$/u;

/**
 * The vote of an item. Where the sitting voted on alternatives, each on a line of its own ("La
 * première … rejetée par 7 voix contre, 6 pour", "La troisième … adoptée par 7 voix pour, 6
 * contre"), the vote and outcome are those of the one adopted; the span of the whole reading
 * still covers them all.
 */
/**
 * A single deliberation's vote, `body` as its text states it, with the figures its header gives in
 * text[0, headerEnd) (a form's column "Votants / Pour / Contre" over "12 / 12 / 0") where the body
 * gives none: beside "adopté à l'unanimité", they count that unanimity when none is against.
 */
export function withHeaderCounts(body: Vote | null, text: string, headerEnd: number): Vote | null {
  if (body?.for != null || body?.against != null) return body;
  const header = readVote(text, 0, headerEnd).vote;
  if (!header || (header.for === null && header.against === null)) return body;
  if (!body) return header;
  return body.unanimous && header.against ? body : { ...body, for: header.for, against: header.against, abstentions: header.abstentions, notVoting: body.notVoting ?? header.notVoting };
}

export function readVote(text: string, start: number, end: number): VoteReading {
  const whole = readVoteIn(text, start, end);
  // A budget voted chapter by chapter, then as a whole: the item's vote is the one on the whole.
  const overall = whole.stated && whole.marks.length > 2 ? overallVote(lowerOf(text).slice(start, end)) : null;
  if (overall) {
    const part = readVoteIn(text, start + overall.index, end);
    if (part.vote) return { ...whole, vote: part.vote, outcome: part.outcome ?? whole.outcome, warnings: part.warnings };
  }
  const adopted = whole.stated ? adoptedAlternative(text, start, end) : null;
  if (!adopted) return whole;
  const part = readVoteIn(text, adopted.start, adopted.end);
  return part.vote ? { ...whole, vote: part.vote, outcome: part.outcome, warnings: part.warnings } : whole;
}

/** "Vote sur l'ensemble du budget primitif 2016 : Pour : 19 …", after the chapters' votes. Lower-cased text. */
const OVERALL_VOTE = /vote\s+sur\s+l['’]ensemble|sur\s+l['’]ensemble\s+du\s+(?:budget|projet|document|rapport)/u;

/** OVERALL_VOTE in a lower-cased zone; both its forms hold "ensemble", which most zones lack. */
function overallVote(lower: string): RegExpExecArray | null {
  return lower.includes('ensemble') ? OVERALL_VOTE.exec(lower) : null;
}

// "12 voix pour", "Pour : 40 – Contre : 15": counts before or after their words.
const ALTERNATIVE_COUNT = /\d+\s+(?:voix|votes?|pour|contre)(?![\p{L}])|(?<![\p{L}])(?:pour|contre)\s*:\s*\d/u;
/** Where a statement ends: a full stop closing its line, or a blank line. */
const STATEMENT_END = /\.[ \t]*(?=\n)|\n[ \t]*(?=\n)/g;

/**
 * The one statement of an adopted alternative with its counts, when others were rejected. A
 * statement runs to a line that ends on a full stop, or to a blank line: OCR and narrow columns
 * wrap one alternative over several lines.
 */
function adoptedAlternative(text: string, start: number, end: number): { start: number; end: number } | null {
  if (!hasWord(text, 'rejet', start, end) && !hasWord(text, 'repouss', start, end)) return null;
  const lower = lowerOf(text).slice(start, end);
  let adopted: { start: number; end: number } | null = null;
  let rejected = 0;
  for (let from = 0; from < lower.length; ) {
    STATEMENT_END.lastIndex = from;
    const stop = STATEMENT_END.exec(lower);
    const to = stop ? stop.index + 1 : lower.length;
    const line = lower.slice(from, to);
    const outcome = ALTERNATIVE_COUNT.test(line) ? outcomeIn(line) : null;
    if (outcome === 'rejected') rejected++;
    else if (outcome === 'adopted') {
      if (adopted) return null;
      adopted = { start: start + from, end: start + to };
    }
    from = to + 1;
  }
  return rejected && adopted ? adopted : null;
}

/**
 * The decision, required by law for elections and designations by show of hands (L. 2121-21
 * CGCT), not to vote by secret ballot: "décide à l'unanimité de procéder à cette élection à main
 * levée". Lower-cased text.
 */
const HOW_TO_VOTE = /(?:de\s+ne\s+pas\s+proc[ée]der|de\s+proc[ée]der|de\s+voter|de\s+recourir)(?:[^.;]|\n){0,80}?(?:scrutin\s+secret|main\s+lev[ée]e|bulletins?\s+secrets?)|(?:scrutin\s+secret|vote\s+[àa]\s+main\s+lev[ée]e)\s+(?:n['’]est\s+pas\s+)?(?:demand|requis|retenu)/u;

/** Whether the sentence around `at` in the lower-cased text decides how to vote (HOW_TO_VOTE). */
function onHowToVote(lower: string, at: number): boolean {
  if (!lower.includes('secret') && !lower.includes('main lev')) return false;
  // A spaced dash parts two statements: "Adopté à l'unanimité - vote à main levée, l'assemblée ayant
  // décidé à l'unanimité de ne pas procéder au scrutin secret" states the vote, then how it was taken.
  const dash = Math.max(lower.lastIndexOf(' - ', at), lower.lastIndexOf(' – ', at));
  const from = Math.max(lower.lastIndexOf('.', at), lower.lastIndexOf(':', at), dash < 0 ? -1 : dash + 2, at - 200) + 1;
  let to = lower.slice(at, at + 200).search(/[.;:](?:\s|$)| [-–] /);
  to = to < 0 ? Math.min(lower.length, at + 200) : at + to;
  const sentence = lower.slice(from, to);
  // "… à l'unanimité, DÉCIDE de ne pas procéder au scrutin secret et DÉSIGNE M. X": the unanimity
  // covers the designation the same sentence makes too.
  return HOW_TO_VOTE.test(sentence) && !ALSO_DESIGNATES.test(sentence);
}

/**
 * "La commission, réunie le 8 octobre 1992, a émis à l'unanimité de ses membres un avis favorable":
 * a commission's opinion the report recalls, no vote of the assembly. Lower-cased text: the
 * commission before the unanimity in its sentence (not one that is the deciding body: "la Commission
 * départementale, à l'unanimité, émet un avis favorable"), no assembly after it ("Après avis de la
 * commission, le Conseil émet à l'unanimité un avis favorable" is the vote), the opinion right after.
 */
const COMMISSION_BEFORE = /(?:^|[^\p{L}])(?:la|les|cette)\s+commissions?(?![\p{L}])(?!\s+(?:d[ée]partementale|permanente|syndicale|administrative|r[ée]gionale))(?:(?!(?:le|l['’])\s*(?:conseil|comit|bureau|assembl))[^.;])*$/u;
const OPINION_AFTER = /^[^.;]{0,40}?(?<![\p{L}])(?:un|son|leur)\s+avis(?![\p{L}])/u;

function onCommissionOpinion(lower: string, at: number, length: number): boolean {
  if (!OPINION_AFTER.test(lower.slice(at + length, at + length + 60))) return false;
  const from = Math.max(lower.lastIndexOf('.', at), lower.lastIndexOf(';', at), at - 200) + 1;
  // Recalled, the opinion was given ("a émis à l'unanimité un avis favorable"); "La Commission, à
  // l'unanimité, émet un avis favorable" is the sitting commission deciding.
  return COMMISSION_BEFORE.test(lower.slice(from, at)) && OPINION_GIVEN.test(lower.slice(from, at + length + 60));
}
/** The participle of an opinion given. Lower-cased text. */
const OPINION_GIVEN = /(?<![\p{L}])(?:[ée]mis|donn[ée]|rendu|formul[ée])(?![\p{L}])/u;

/** A second act after the decision on how to vote, in its sentence. Lower-cased text. */
const ALSO_DESIGNATES = /\bet\s+(?:d[ée]signe|nomme|[ée]lit|proclame|approuve)(?![\p{L}])/u;

/**
 * "M. Henri MARCENAC est proclamé …", "Mme Nathalie CORVEC a été proclamée maire", "M. Roger
 * FAUCHER, ayant obtenu la majorité absolue au premier tour, est proclamé Président": the family
 * name in capitals before the proclamation.
 */
const PROCLAIMED = /(\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+)*)[ \t,]+(?:[^.\n]{0,80}?[ \t])?(?:est|sont|a\s+été|ont\s+été)\s+proclam[ée]e?s?(?!\p{L})/u;

/**
 * "Ont été proclamés adjoints … les candidats figurant sur la liste conduite par M. Bertrand
 * ROUSSILHE": a list elected, named after its head.
 */
const PROCLAIMED_LIST = /(?:[Ss]ont|[Oo]nt\s+été)\s+proclam[ée]e?s?(?!\p{L})[^.]{0,160}?liste\s+(?:conduite|men[ée]e)\s+par\s+(?:(?:M\.|Mme|Monsieur|Madame)\s+)?(?:\p{Lu}\p{Ll}[\p{L}'’-]*\s+){0,2}(\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+)*)(?![\p{L}'’-])/u;
/** A proclamation that names no one ("Ont été proclamés membres de la commission …"). */
const PROCLAIMED_ANY = /(?:[Ee]st|[Ss]ont|[Aa]\s+été|[Oo]nt\s+été)\s+proclam[ée]e?s?(?!\p{L})/u;

/** What tells of a vote held: ballot papers, votes cast, the absolute majority, votes counted. Lower-cased text. */
const BALLOT = /bulletins?|suffrages|majorit[ée]\s+absolue|\d\s+voix/;

/** After a candidate's name: ": 28 voix", ": 17 (dix-sept) voix", dot leaders for the colon (" ........ 41 voix"). */
const VOTES_AFTER_NAME = /^[^\n:;]{0,40}?(?::|\.{3,})\s*(\d{1,3})\s*(?:\([^)\n]{0,20}\)\s*)?(?:voix|suffrages?|votes?)(?!\p{L})/u;

/**
 * A candidate's row of a results table, the name opening it and one figure on it: "CASTAGNÉ
 * Bernard      16      seize", "M. Didier THIÉBAUT ........ dix-neuf voix ........ 19". A row
 * of several figures (votants, blancs, exprimés…) is not read: which is the votes is not said.
 */
const VOTES_IN_ROW = /^[^\n\d:;]{0,80}?(\d{1,3})[^\n\d:;]{0,40}(?:\n|$)/u;
/** What may stand before the name on its row: a civility, a given name or two. */
const ROW_LEAD = /^[ \t]*(?:(?:m\.|mme|monsieur|madame)\s+)?(?:[\p{L}'’-]+[ \t]+){0,2}$/u;

/**
 * The proclamation of an election (its span in the zone) and the votes of the candidate (or
 * list) proclaimed, as the last "X : 28 voix" or results row naming them before it states
 * (null when none does); null when nobody is proclaimed.
 */
function election(zone: string, lower: string): { proclaimed: Span; votes: (Span & { votes: number }) | null } | null {
  const m = PROCLAIMED.exec(zone) ?? PROCLAIMED_LIST.exec(zone) ?? PROCLAIMED_ANY.exec(zone);
  if (!m) return null;
  const proclaimed = { start: m.index, end: m.index + m[0].length };
  if (!m[1]) return { proclaimed, votes: null };
  const name = m[1].toLowerCase();
  const before = lower.slice(0, m.index);
  let votes: (Span & { votes: number }) | null = null;
  for (let at = before.indexOf(name); at >= 0; at = before.indexOf(name, at + 1)) {
    const after = before.slice(at + name.length, at + name.length + 120);
    const row = VOTES_AFTER_NAME.exec(after) ?? (ROW_LEAD.test(before.slice(before.lastIndexOf('\n', at) + 1, at)) ? VOTES_IN_ROW.exec(after) : null);
    if (row) votes = { votes: parseInt(row[1]!, 10), start: at, end: at + name.length + row[0].trimEnd().length };
  }
  return { proclaimed, votes };
}

/** The first outcome of the OUTCOMES table that a lower-cased stretch states. */
function outcomeIn(lower: string): Outcome | null {
  return OUTCOMES.find(([, re]) => caseless(re).test(lower))?.[0] ?? null;
}

/**
 * One zone being read for its vote: the zone, its lower-cased twin, and what its readers found so
 * far (the counts, the names, the stretches read as the vote). The readers below are functions of
 * their own sharing this one object (one shape): as one function they took TurboFan a third of a
 * second and more to compile, readVoteIn running unoptimized meanwhile.
 */
class ZoneReading {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly zone: string;
  /** The zone lower-cased (same offsets): case-insensitive patterns run on it (see caseless()). */
  readonly lower: string;
  readonly counts: Record<CountKey, number | null> = { for: null, against: null, abstentions: null, notVoting: null };
  readonly names: Record<'against' | 'abstentions' | 'notVoting', Person[]> = { against: [], abstentions: [], notVoting: [] };
  readonly marks: Array<{ start: number; end: number }> = [];
  /** A group, not a member, named on a side of the vote ("le groupe communiste s'abstenant"). */
  groupSided = false;
  first: number | null = null;
  last: number | null = null;
  /** Where the zone's lines start (lineStarts). */
  private zoneLineStarts: number[] | null = null;
  /** Whether the zone states other acts (otherActs). */
  private otherActsFound: boolean | null = null;
  /** The zone's election (elected), undefined until read. */
  private electionFound: ReturnType<typeof election> | undefined = undefined;

  constructor(text: string, start: number, end: number) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.zone = text.slice(start, end);
    this.lower = lowerOf(text).slice(start, end);
  }

  /** Records text[a, b) as read for the vote. */
  mark(a: number, b: number): void {
    this.marks.push({ start: a, end: b });
    this.first = this.first === null ? a : Math.min(this.first, a);
    this.last = this.last === null ? b : Math.max(this.last, b);
  }

  /** Where the zone's lines start, found once for the patterns that open on "(?<=^|\n)". */
  lineStarts(): number[] {
    return (this.zoneLineStarts ??= lineStartsIn(this.lower));
  }

  /**
   * Whether the zone states acts that decide something (OTHER_ACTS): far from the vote, "PREND
   * ACTE que …" after "DÉCIDE …", "PRÉCISE …" is one act among others, not what became of a
   * deliberation. Looked for once, when "prend acte" is about to be read in the whole zone: its
   * leading lookbehind is tried at every offset of the zone.
   */
  otherActs(): boolean {
    return (this.otherActsFound ??= OTHER_ACTS.test(this.lower));
  }

  /** The zone's election (election()), read once: a unanimity before a ballot and the election itself both ask. */
  elected(): ReturnType<typeof election> {
    if (this.electionFound === undefined) this.electionFound = election(this.zone, this.lower);
    return this.electionFound;
  }
}

/** The counts of a vote grid: "pour 8 – contre 0", a vote table by columns, by rows, or one cell a line. */
/** A line of the vote's figures alone ("19 0 0 0"). Lower-cased text. */
const FIGURES_ROW = /(?:^|\n)[ \t]*(\d{1,3}(?:[ \t]+\d{1,3}){1,4})[ \t]*(?=\n|$)/;
/** A header row of vote labels only, a table's ("pour contre abst. nppv"), alone on its line. Lower-cased text. */
const LABELS_ONLY_ROW = new RegExp(String.raw`(?:^|\n)[ \t]*((?:${ROW_LABEL}[ \t]+){1,5}${ROW_LABEL})[ \t]*(?=\n)`, 'gu');
/** The same, tested once in a zone. */
const LABELS_ONLY_LINE = new RegExp(LABELS_ONLY_ROW.source, 'u');
/** How far above a zone a table's header of vote labels may stand. */
const HEADER_REACH = 6000;

/**
 * A table of points whose header gives the vote's labels once ("Objet / Rapporteur / Résultat du
 * vote" / "Pour Contre Abst. NPPV"), each point's row closed by its figures alone ("19 0 0 0"):
 * each figure is its label's, read from the last such header above the zone.
 */
function readFiguresUnderHeader(r: ZoneReading, figureColumn: boolean): void {
  const row = FIGURES_ROW.exec(r.lower);
  if (!row) {
    // Figures one a line (figureColumn: two lines of figures in a row, tested once by the caller).
    if (figureColumn) readFigureLinesUnderHeader(r);
    return;
  }
  // Labels of the zone's own over its figures ("Votants Pour Contre" / "14 14 0"): another table, read by voteRows.
  const lineAbove = r.lower.slice(Math.max(0, r.lower.lastIndexOf('\n', row.index - 1)), row.index);
  if (LABELS_ONLY_LINE.test(r.lower) || /(?<![\p{L}])(?:votants?|pour|contre|abst)/u.test(lineAbove)) return;
  const above = lowerOf(r.text).slice(Math.max(0, r.start - HEADER_REACH), r.start);
  // Every such header holds "pour" or "contre": most zones' text above holds a row of neither alone.
  const header = above.includes('contre') || above.includes('pour') ? execAll(LABELS_ONLY_ROW, above).at(-1) : undefined;
  if (!header) return;
  const labels = header[1]!.match(ROW_LABEL_EACH) ?? [];
  const figures = row[1]!.trim().split(/[ \t]+/);
  const keys = labels.length === figures.length ? voteKeysOf(labels) : null;
  if (!keys) return;
  for (const [key, value] of countsOf(keys, figures)) if (r.counts[key] === null) r.counts[key] = value;
  const at = r.start + row.index + (row[0].length - row[0].trimStart().length);
  r.mark(at, r.start + row.index + row[0].length);
}

/**
 * Figures one a line, a run of two to four lines, none more around ("25" / "0" / "0"): a row's
 * cells; a page's running footer may follow them. Lower-cased text.
 */
const FIGURE_LINES = /(?<=^|\n)[ \t]*(\d{1,3}(?:[ \t]*\n[ \t]*\d{1,3}){1,3})[ \t]*(?=\n|$)(?![ \t]*\n[ \t]*\d{1,3}[ \t]*(?:\n|$))/g;
/** A header of vote labels one a line ("Pour" / "Contre" / "Abst."), as a software's table comes out cell by cell. Lower-cased text. */
const LABEL_LINES = new RegExp(String.raw`(?:^|\n)[ \t]*((?:${ROW_LABEL})(?:[ \t]*\n[ \t]*(?:${ROW_LABEL})){1,3})[ \t]*(?=\n)`, 'gu');

/**
 * The same table a cell a line: its header's labels one a line once above the rows ("Pour" /
 * "Contre" / "Abst."), each point's row closed by as many figures, one a line ("25" / "0" / "0").
 */
function readFigureLinesUnderHeader(r: ZoneReading): void {
  // The row's figures close its decision: the zone's last run.
  const figures = execAll(FIGURE_LINES, r.lower).at(-1);
  if (!figures) return;
  const above = lowerOf(r.text).slice(Math.max(0, r.start - HEADER_REACH), r.start);
  const header = above.includes('contre') || above.includes('pour') ? execAll(LABEL_LINES, above).at(-1) : undefined;
  if (!header) return;
  const labels = header[1]!.split('\n').map((l) => l.trim());
  const values = figures[1]!.split('\n').map((l) => l.trim());
  const keys = labels.length === values.length ? voteKeysOf(labels) : null;
  if (!keys) return;
  for (const [key, value] of countsOf(keys, values)) if (r.counts[key] === null) r.counts[key] = value;
  const at = figures.index! + (figures[0].length - figures[0].trimStart().length);
  r.mark(r.start + at, r.start + figures.index! + figures[0].trimEnd().length);
}

/** "P 24 / C 7 / A 0": for, against and abstentions by their initials, slashes between. Case-sensitive. */
// Led by its P, the word's start checked after it: a lookbehind before it would be tried at every offset.
const INITIALS_RUN = new RegExp(String.raw`P(?<![\p{L}\d]P)${VOTE_AFTER_P}(?![\p{L}\d])`, 'gu');

function readCountGrids(r: ZoneReading): void {
  const { text, start, end, lower, counts } = r;
  for (const m of mayMatchIn(COUNT_RUN, text, start, end) && figureAfterGridWord(text, start, end) ? execAll(caseless(COUNT_RUN), lower) : []) {
    for (let g = 1; g + 1 < m.length && m[g]; g += 2) {
      const key = RUN_KEYS[m[g]!]!;
      if (counts[key] === null) counts[key] = parseInt(m[g + 1]!, 10);
    }
    r.mark(start + m.index!, start + m.index! + m[0].length);
  }
  // "P 24 / C 7 / A 0": a software's cell, the labels' initials before their counts.
  for (const m of r.zone.includes('/') ? execAll(INITIALS_RUN, r.zone) : []) {
    (['for', 'against', 'abstentions'] as const).forEach((key, k) => {
      if (counts[key] === null) counts[key] = parseInt(m[k + 1]!, 10);
    });
    r.mark(start + m.index!, start + m.index! + m[0].length);
  }
  // A vote table read column by column: its labels one a line, then as many counts.
  // A line opening on a figure, looked for once: the column table and the cells one a line both
  // need one, and most zones have none (the column pattern alone is tried at every line break).
  const figureLine = /\n\s*\d/.test(lower);
  const figureColumn = figureLine && /\n[ \t]*\d{1,3}[ \t]*\n[ \t]*\d{1,3}[ \t]*(?:\n|$)/.test(lower);
  const column = figureColumn ? voteColumns(lower) : lower.includes('groupe') && lower.includes('total') ? groupTotals(lower) : null;
  if (column) {
    for (const [key, value] of column.counts) if (counts[key] === null) counts[key] = value;
    r.mark(start + column.start, start + column.end);
  }
  // "VOTE   Pour   Contre   Abstention" over "10   0   0": a vote table's row of labels, its row of counts under it.
  // Its counts may stand one a line under the row of labels.
  const rowTable = figureColumn || countsAfterFirstLine(lower) ? voteRows(lower, r.lineStarts()) : null;
  if (rowTable) {
    for (const [key, value] of rowTable.counts) if (counts[key] === null) counts[key] = value;
    r.mark(start + rowTable.start, start + rowTable.end);
  }
  // A row of figures alone under a table's header of vote labels printed once above the rows ("Pour Contre Abst. NPPV").
  if (figureLine && counts.for === null && counts.against === null) readFiguresUnderHeader(r, figureColumn);
  // A vote table one cell a line: the word on its line, its count on the next.
  for (const m of figureLine ? execAllAt(COUNT_UNDER_WORD, lower, r.lineStarts()) : []) {
    const key = RUN_KEYS[m[1]!]!;
    if (counts[key] !== null) continue;
    counts[key] = parseInt(m[2]!, 10);
    r.mark(start + m.index!, start + m.index! + m[0].length);
  }
}

/**
 * Whether the sentence of text[at] speaks of an amendment before it: from the last full stop that
 * ends a sentence (fullStopBefore: not "M. RAGOT"'s), or a blank line, to `at`.
 */
function inAmendmentSentence(text: string, at: number): boolean {
  const opens = Math.max(fullStopBefore(text, at - 1) + 1, text.lastIndexOf('\n\n', at) + 1, at - SENTENCE_REACH);
  return lowerOf(text).slice(opens, at).includes('amendement');
}
/** How far back a sentence is read. */
const SENTENCE_REACH = 300;

/** The counts a formula states: "par 6 voix contre 2", "Pour : 17", "Pour : groupes X (23) et Y (6)". */
function readCountFormulas(r: ZoneReading): void {
  const { text, start, end, lower, counts, names } = r;
  // "adopté par 6 voix contre 2", "par douze voix contre trois": the votes for, then against ("par 28 voix" / "contre 12" across a line break too).
  for (const m of hasWord(text, 'voix contre', start, end) || hasWord(text, 'voix\ncontre', start, end) ? execAll(VOICES_AGAINST, lower) : []) {
    const forAt = start + m.index! + m[0].indexOf(m[1]!);
    const pro = findNumberAt(text, forAt);
    const con = findNumberAt(text, start + m.index! + m[0].length);
    if (!pro || pro.end !== forAt + m[1]!.length || !con || con.start !== start + m.index! + m[0].length) continue;
    if (counts.for !== null || counts.against !== null) continue;
    // "Un amendement de M. X … est repoussé par 9 voix contre 17.": the amendment's vote, not the item's.
    if (inAmendmentSentence(text, start + m.index!)) continue;
    // "Rejetée par 41 voix contre 9": the voices that reject it are against it.
    const rejected = REJECTED_BY.test(lower.slice(Math.max(0, m.index! - 24), m.index!));
    counts.for = rejected ? con.value : pro.value;
    counts.against = rejected ? pro.value : con.value;
    r.mark(start + m.index!, con.end);
  }
  for (const m of counts.for === null && hasWord(text, ' voix', start, end) ? execAll(VOICES_ADOPTING, lower) : []) {
    const forAt = start + m.index! + m[0].lastIndexOf(m[1]!);
    const pro = findNumberAt(text, forAt);
    if (!pro || pro.end !== forAt + m[1]!.length || counts.for !== null || inAmendmentSentence(text, start + m.index!)) continue;
    counts.for = pro.value;
    r.mark(start + m.index!, start + m.index! + m[0].length);
  }
  for (const [key, re, cue] of COUNT_AFTER) {
    if (!mayMatchIn(re, text, start, end) || !openerAfterKey(text, cue, start, end)) continue;
    for (const m of execAll(caseless(re), lower)) {
      const at = start + m.index! + m[0].length;
      // A figure OCR read as a letter, among others ("2O") or alone ("l"), is read before the figures alone ("2").
      const n = misreadFigures(text, at) ?? findNumberAt(text, at);
      if (!n || n.start - at > 1 || counts[key] !== null || inAmendmentSentence(text, start + m.index!)) continue;
      counts[key] = n.value;
      r.mark(start + m.index!, n.end);
      if ((key === 'against' || key === 'abstentions') && n.value > 0) names[key].push(...namesAfter(text, n.end));
    }
  }
  // "Pour : groupes Majorité départementale (23) et Union centriste (6)": the groups' counts, summed.
  // The last such line of each kind: votes on amendments come before the deliberation's own.
  if (hasWord(text, 'groupe', start, end)) {
    const byGroup = new Map<CountKey, number>();
    for (const m of execAllAt(GROUP_COUNTS, lower, r.lineStarts())) {
      const key = RUN_KEYS[m[1]!]!;
      const figures = execAll(/\((\d{1,3})\)/g, m[2]!).map((f) => parseInt(f[1]!, 10));
      if (!key || counts[key] !== null || !figures.length) continue;
      byGroup.set(key, figures.reduce((a, b) => a + b, 0));
      r.mark(start + m.index!, start + m.index! + m[0].length);
    }
    for (const [key, value] of byGroup) counts[key] = value;
  }
}

/**
 * "Abstention : l", "Pour : 2O - Abstentions : l3": OCR's letters for figures after a label's
 * colon, l or I for one and O for zero, alone or among figures.
 */
const MISREAD_FIGURES = /^(?=\d*[OlI])(?:[\dOlI]*\d[\dOlI]*|[lI])(?![\p{L}\p{N}'’]|[.,]\d)/u;

function misreadFigures(text: string, at: number): { value: number; start: number; end: number } | null {
  const m = MISREAD_FIGURES.exec(text.slice(at, at + 5));
  if (!m || m[0].length > 3) return null;
  return { value: parseInt(m[0].replace(/O/g, '0').replace(/[lI]/g, '1'), 10), start: at, end: at + m[0].length };
}

/** "douze voix pour": find the vote words, then the number phrase that ends just before them. */
function readCountsBefore(r: ZoneReading): void {
  const { text, start, end, lower } = r;
  for (const w of mayMatchIn(COUNT_WORD, text, start, end) ? matchesAtWordStart(caseless(COUNT_WORD), lower) : []) {
    const wordAt = start + w.index!;
    const windowStart = Math.max(start, wordAt - 48);
    // Most "pour" follow no number ("pour un montant"): look for one only after a number word.
    if (numberEndsBefore(lower, wordAt - start, windowStart - start)) readCountBefore(r, wordAt, windowStart);
  }
}

/**
 * The count that the number phrase ending just before the vote word at `wordAt` states, looked
 * for from `windowStart`. A function of its own: few words have a number before them, and the
 * scan above is compiled without all this.
 */
function readCountBefore(r: ZoneReading, wordAt: number, windowStart: number): void {
  const { text, start, lower, counts, names } = r;
  const before = findNumbers(text.slice(windowStart, wordAt));
  const n = before[before.length - 1];
  // "80 € en 2005 pour mémoire": a year, no count of votes; "l'emplacement réservé n° 9 pour
  // stationnement": a number, no count either.
  if (!n || n.value > 999 || /n[°o][ \t]*$/iu.test(text.slice(Math.max(0, windowStart + n.start - 6), windowStart + n.start))) return;
  if (inAmendmentSentence(text, windowStart + n.start)) return;
  // "vingt-quatre (24) voix pour": the figures in brackets restate the words.
  const gap = /^\s*(?:\)\s*)?$/.exec(text.slice(windowStart + n.end, wordAt));
  if (!gap) return;
  // "Pour\n15\nContre\n2": the number is the value of the word above it, not a count of "contre".
  if (VALUE_OF_WORD_ABOVE.test(lower.slice(Math.max(0, windowStart - start + n.start - 24), windowStart - start + n.start))) return;
  const at = windowStart + n.end + (gap[0].indexOf(')') + 1);
  for (const [key, re] of COUNT_BEFORE) {
    const m = re.exec(text.slice(at, at + 60));
    if (!m || counts[key] !== null) continue;
    // "annonce un vote contre": an article before "vote", a stand announced, no count.
    if (n.value === 1 && /^\s*vote\s/iu.test(m[0]) && /^un$/iu.test(text.slice(windowStart + n.start, windowStart + n.end))) continue;
    // "pour" after a number is a count only where a vote is being stated.
    // "5 pour (groupe « Agir pour X »), 25 contre": a bracket of names or of a group follows a count.
    if (key === 'for' && !/^\s*(?:voix|votes?|suffrages?)/i.test(m[0]) && !/[,;.()\n]|\bcontre|\babstention/i.test(text.slice(at + m[0].length, at + m[0].length + 40).slice(0, 25))) continue;
    counts[key] = n.value;
    r.mark(windowStart + n.start, at + m[0].length);
    // "0 abstention (Mmes X et Y ne prenant pas part au vote)": who follows a count of none did not vote so.
    if ((key === 'against' || key === 'abstentions') && n.value > 0) names[key].push(...namesAfter(text, at + m[0].length));
  }
}

/**
 * The zone's first unanimity, each marked: an item may be voted in several parts. With the votes
 * it gives in brackets ("Adopté à l'unanimité (28 voix)"), all for.
 */
function readUnanimity(r: ZoneReading): RegExpExecArray | null {
  const { text, start, end, lower, counts } = r;
  // "décide, à l'unanimité, de ne pas procéder au scrutin secret": how to vote, not the vote.
  const found = hasWord(text, 'unanim', start, end) ? execAll(caseless(UNANIMOUS_ALL), lower).filter((u) => !onHowToVote(lower, u.index!) && !onCommissionOpinion(lower, u.index!, u[0].length)) : [];
  const ballot = found.length ? electionBallotAfter(r, found[0]!.index!) : -1;
  const unanimities = ballot >= 0 ? found.filter((u) => u.index! > ballot) : found;
  const unan = unanimities[0] ?? null;
  for (const u of unanimities) r.mark(start + u.index!, start + u.index! + u[0].length);
  // "Adopté à l'unanimité (28 voix)", "à l'unanimité des membres présents et représentés\n(26 voix)":
  // the votes of the unanimity, all for.
  if (unan && counts.for === null) {
    const from = unan.index! + unan[0].length;
    const count = UNANIMOUS_COUNT.exec(lower.slice(from, from + 120));
    if (count) {
      counts.for = parseInt(count[1]!, 10);
      r.mark(start + from, start + from + count[0].length);
    }
  }
  return unan;
}

/**
 * Where an election's ballot starts, when a unanimity at `unanAt` precedes it and the votes of the
 * one proclaimed ("Il propose que le nouvel adjoint occupe le même rang. Accord du Conseil à
 * l'unanimité." / "bulletins blancs ou nuls : 2 … M. X : 23 voix … est proclamé"): that unanimity
 * chose how the election goes, the winner's votes are the vote. Else -1. Offsets in the zone.
 */
function electionBallotAfter(r: ZoneReading, unanAt: number): number {
  const { text, start, end, lower, counts } = r;
  if (counts.for !== null || !hasWord(text, 'proclam', start, end)) return -1;
  const ballotAt = lower.search(BALLOT);
  if (ballotAt < unanAt) return -1;
  const votes = r.elected()?.votes;
  return votes && votes.start >= ballotAt ? ballotAt : -1;
}

/**
 * An election: the votes of the one proclaimed, in the last round they were counted in.
 * A proclamation without the winner's figures still states a vote when the zone tells of one
 * (ballot papers, votes cast, an absolute majority, lists' votes): not unanimous. A bare "Sont
 * proclamés élus : …" after a unanimous choice to vote by show of hands states none.
 */
function readElection(r: ZoneReading, unan: RegExpExecArray | null): ReturnType<typeof election> {
  const { text, start, end, lower, counts } = r;
  const proclaimed = counts.for === null && !unan && hasWord(text, 'proclam', start, end) ? r.elected() : null;
  const elected = proclaimed && (proclaimed.votes || BALLOT.test(lower)) ? proclaimed : null;
  if (elected?.votes) {
    counts.for = elected.votes.votes;
    r.mark(start + elected.votes.start, start + elected.votes.end);
  }
  if (elected) r.mark(start + elected.proclaimed.start, start + elected.proclaimed.end);
  return elected;
}

/** What the text says became of the item, and whether it says so of the deliberation itself (after its amendments). */
interface OutcomeReading {
  outcome: Outcome | null;
  settled: boolean;
  own: RegExpExecArray | null;
}

/**
 * The outcome is read on the line of the vote first (its unanimity, its majority, its counts),
 * then around it, then anywhere in the decision: "Prend acte du bilan …" among the articles does not
 * outweigh "Adopté à la majorité" closing them.
 */
function readOutcome(r: ZoneReading, unan: RegExpExecArray | null, majority: RegExpExecArray | null, elected: ReturnType<typeof election>): OutcomeReading {
  const { text, start, end, zone, lower, marks } = r;
  let outcome: Outcome | null = null;
  let outcomeSettled = false;
  const counted = marks.length ? { index: marks[0]!.start - start, length: marks[0]!.end - marks[0]!.start } : null;
  // An election's outcome is read at its proclamation, not at a rule recalled before the ballot
  // ("le maire est élu au scrutin secret").
  const proclaimedAt = elected ? { index: elected.proclaimed.start, length: elected.proclaimed.end - elected.proclaimed.start } : null;
  const anchor = unan ? { index: unan.index!, length: unan[0].length } : majority ? { index: majority.index, length: majority[0].length } : (proclaimedAt ?? counted);
  const windows: Array<[number, number]> = [];
  if (anchor) {
    const lineEnd = zone.indexOf('\n', anchor.index + anchor.length);
    windows.push([zone.lastIndexOf('\n', anchor.index) + 1, lineEnd < 0 ? zone.length : lineEnd]);
    windows.push([Math.max(0, anchor.index - 120), Math.min(zone.length, anchor.index + anchor.length + 60)]);
  }
  windows.push([0, zone.length]);
  // "Amendement n° 1 : REJETÉ … Délibération : ADOPTÉE": what is said of the deliberation itself wins.
  const own = hasWord(text, 'amendement', start, end) ? (caseless(OWN_OUTCOME).exec(lower) ?? lastOutcomeLine(lower)) : null;
  if (own) {
    outcome = /^rejet/.test(own[1]!) ? 'rejected' : 'adopted';
    outcomeSettled = true;
    r.mark(start + own.index, start + own.index + own[0].length);
  }
  // Each outcome's words are looked for in the whole zone once, not again in each window.
  const possible = outcomeSettled ? [] : OUTCOMES.filter(([, re]) => mayMatchIn(re, text, start, end));
  // Around a vote read, "prend acte" may be one act among others (otherActs), off the vote's line
  // ("par 9 voix pour :" / "Article 1 : PREND ACTE …" / "Article 2 : AUTORISE …" adopts).
  const actsAround = unan !== null || marks.length > 0;
  for (const [a, b] of outcomeSettled ? [] : windows) {
    const whole = a === 0 && b === zone.length && windows.length > 1;
    // On the vote's own line, "prend acte à l'unanimité de la tenue du débat" is what was voted,
    // unless its sentence states other acts ("… prend acte du choix … et autorise le Président …",
    // "… adopte le compte administratif par 16 voix pour, et donne acte au Maire …").
    const voteLine = anchor !== null && a === windows[0]![0] && b === windows[0]![1];
    const stated = outcomeInWindow(r, possible, a, b, actsAround && (!voteLine || OTHER_ACTS.test(lower.slice(sentenceOpen(lower, a, VOTE_SENTENCE_REACH), sentenceStop(lower, b, VOTE_SENTENCE_REACH)))));
    if (stated) {
      const { m } = stated;
      outcome = stated.outcome;
      outcomeSettled = true;
      // "adopte la nomenclature M57 …" among the articles, far from "Vote : 14 pour": the act
      // implies the outcome, but it states no vote; as a mark it would read as a second matter.
      if (!(whole && ACT_WITH_OBJECT.test(lower.slice(a + m.index, a + m.index + 40)))) r.mark(start + a + m.index, start + a + m.index + m[0].length);
      break;
    }
  }
  return { outcome, settled: outcomeSettled, own };
}

/**
 * The first of the `possible` outcomes (in table order) that the window lower[a, b) of the zone
 * states, with its match; null when none does. `actsAround`: the window is the whole zone, around
 * a vote read already, where "prend acte" beside other acts is one act among them (see otherActs).
 */
function outcomeInWindow(r: ZoneReading, possible: ReadonlyArray<readonly [Outcome | null, RegExp]>, a: number, b: number, actsAround: boolean): { outcome: Outcome | null; m: RegExpExecArray } | null {
  const { text, start, end, zone, lower } = r;
  for (const [o, re] of possible) {
    if (o === 'noted' && actsAround && r.otherActs()) continue;
    // The windows around the vote are short: their words are looked for in them directly (the
    // word index is asked of the whole zone). Most hold none of the outcome's words. Not "ni
    // approuvé, ni rejeté", whose key ("ni ") a match may lack.
    const window = lower.slice(a, b);
    const inZone = a === 0 && b === zone.length;
    if (o !== null && !inZone && !mayMatch(re, window)) continue;
    const m =
      re === ADOPTED
        ? firstOfAlternatives(ADOPTION_STATEMENTS, window, inZone ? (alt) => mayMatchIn(alt, text, start, end) : (alt) => mayMatch(alt, window))
        : caseless(re).exec(window);
    if (m) return { outcome: o, m };
  }
  return null;
}

/** "Ont voté contre : M. A, Mme B", "Se sont abstenus : …": a line of names, not counted; "Ont voté pour : …", counted when no count is given. */
function readNamedLines(r: ZoneReading): void {
  const { text, start, end, lower, counts, names } = r;
  for (const [key, re] of NAMED_LINES) {
    if (!mayMatchIn(re, text, start, end)) continue;
    for (const m of execAllAt(caseless(re), lower, r.lineStarts())) {
      const people = namesAfter(text, start + m.index! + m[0].length);
      if (!people.length || names[key].length) continue;
      names[key].push(...people);
      r.mark(start + m.index!, people[people.length - 1]!.span?.end ?? start + m.index! + m[0].length);
    }
  }
  // "Ont voté pour : M. A, Mme B, …" (a nominal vote): as many for as named, when no count is given.
  if (counts.for === null && mayMatchIn(NAMED_FOR, text, start, end)) {
    const m = namedForIn(lower);
    const people = m ? namesAfter(text, start + m.index + m[0].length) : [];
    if (m && people.length) {
      counts.for = people.length;
      r.mark(start + m.index, people[people.length - 1]!.span?.end ?? start + m.index + m[0].length);
    }
  }
}

/** "Mme X s'abstient", "M. Y vote contre": named, not counted. */
function readNamedVotes(r: ZoneReading): void {
  const { text, start, end, lower, names } = r;
  for (const [key, re] of NAMED_VOTES) {
    if (!mayMatchIn(re, text, start, end)) continue;
    re.lastIndex = 0;
    for (const m of matchesAfterSpace(NAMED_VOTE_VERBS.get(re)!, lower)) {
      const at = start + m.index!;
      const people = votersBefore(text, at);
      if (people.length) {
        names[key].push(...people);
        r.mark(people[0]!.span!.start, at + m[0].length);
      } else if (key !== 'notVoting') {
        // "Adopté, le groupe communiste s'abstenant": a side no count gives, the vote divided.
        const group = GROUP_BEFORE.exec(lower.slice(Math.max(0, at - start - GROUP_REACH), at - start));
        // No mark: the vote's span stays what its counts and outcome say.
        if (group) r.groupSided = true;
      }
    }
  }
}

/** A group opening the clause before a vote's verb: "le groupe communiste", "les élus du groupe « Creuse Avenir »". Lower-cased. */
const GROUP_BEFORE = /(?:^|[,(;]\s*|\s)(?:le|les)\s+(?:groupes?|(?:[ée]lus|membres|conseillers)\s+du\s+groupe)(?![\p{L}])[^,;.()\n]{0,60}$/u;
const GROUP_REACH = 90;

/** Who the clause before the verb at `at` names; else the sentence ("M. X, intéressé, ne prend pas part"). */
function votersBefore(text: string, at: number): Person[] {
  const credible = (from: number) =>
    parsePersonList(text, from + 1, at).map((e) => e.person).filter((p) => p.civility || /^[\p{Lu}'\- ]{2,}$/u.test(p.surname));
  const sentence = Math.max(fullStopBefore(text, at), text.lastIndexOf('\n', at), at - 120);
  // A bracket still open opens the clause ("(M. X s'abstenant)"); one closed before the verb is a name's note ("VACHEROT (par délégation) s'étant abstenus").
  const bracket = text.lastIndexOf('(', at);
  const closed = bracket < 0 ? -1 : text.indexOf(')', bracket);
  let clause = Math.max(text.lastIndexOf(',', at), closed < 0 || closed >= at ? bracket : -1, sentence);
  // "M. Bouvier, Mme Chazal, M. d'Aubert et Mme Espinasse s'abstenant": the clause goes back
  // over each comma that only a name stands before.
  for (let prev = text.lastIndexOf(',', clause - 1); clause > sentence && text[clause] === ',' && prev >= sentence; prev = text.lastIndexOf(',', clause - 1)) {
    const one = parsePersonList(text, prev + 1, clause).map((e) => e.person);
    const segment = text.slice(prev + 1, clause).trim();
    if (one.length !== 1 || one[0]!.raw !== segment || !(one[0]!.civility || /^[\p{Lu}'\- ]{2,}$/u.test(one[0]!.surname))) break;
    clause = prev;
  }
  let people = credible(clause);
  if (!people.length && clause > sentence) people = credible(sentence);
  // A name wrapped over two lines ("Mme DURAND\nClaire vote contre"): the line break that
  // cut the sentence does not end one.
  // So may a list of them: "à la majorité, Mme LOZACH et\nM. BERTHOU s'abstenant".
  const wrap = text.lastIndexOf('\n', at);
  if (wrap === sentence && wrap > 0 && !/[.;:!?]\s*$/.test(text.slice(Math.max(0, wrap - 2), wrap))) {
    const back = Math.max(text.lastIndexOf('.', wrap - 1), text.lastIndexOf('\n', wrap - 1), at - 120);
    if (!people.length) people = credible(back);
    else if (clause === sentence) {
      const above = credible(Math.max(back, text.lastIndexOf(',', wrap - 1)));
      if (above.length > people.length) people = above;
    }
  }
  return people;
}

/** A side of a vote named by its label and who took it, no figure: "Contre : SER, AES", "Abstention : GIN". Lower-cased text. */
const SIDE_BY_NAMES = /(?:^|\n|[-–—][ \t]*)(?:contre|abstentions?)[ \t]*:[ \t]*(?!n[ée]ant|aucun|z[ée]ro|personne)\p{L}/u;
const SIDE_FOR = /(?:^|\n)[ \t]*pour[ \t]*:[ \t]*\p{L}/u;
function dividedByGroups(r: ZoneReading): { index: number; length: number } | null {
  if (!hasWord(r.text, 'pour', r.start, r.end)) return null;
  const opening = SIDE_FOR.exec(r.lower);
  if (!opening) return null;
  const lineEnd = r.lower.indexOf('\n', opening.index + 1);
  const line = r.lower.slice(opening.index, lineEnd < 0 ? r.lower.length : lineEnd);
  return SIDE_BY_NAMES.test(line) ? { index: opening.index, length: line.length } : null;
}

function readVoteIn(text: string, start: number, end: number): VoteReading {
  const r = new ZoneReading(text, start, end);
  const { counts, names, marks } = r;
  const warnings: string[] = [];
  readCountGrids(r);
  readCountFormulas(r);
  readCountsBefore(r);
  const unan = readUnanimity(r);
  const elected = readElection(r, unan);
  const majority = mayMatchIn(MAJORITY, text, start, end) ? caseless(MAJORITY).exec(r.lower) : null;
  const { outcome: read, settled: outcomeSettled, own } = readOutcome(r, unan, majority, elected);
  let outcome = read;
  readNamedLines(r);
  readNamedVotes(r);
  if (counts.against === null && names.against.length) counts.against = names.against.length;
  if (counts.notVoting === null && names.notVoting.length) counts.notVoting = names.notVoting.length;
  if (majority) r.mark(start + majority.index, start + majority.index + majority[0].length);
  const anyCount = counts.for !== null || counts.against !== null || counts.abstentions !== null || counts.notVoting !== null || names.abstentions.length > 0;
  // "Pour : MRIF, CED – Contre : SER, AES": groups on each side, no figure: a divided vote.
  const divided = unan || anyCount || majority || elected ? null : dividedByGroups(r);
  if (divided) r.mark(start + divided.index, start + divided.index + divided.length);
  if (!unan && !anyCount && !outcomeSettled && !elected) return { vote: null, outcome: null, end: null, start: null, warnings, stated: false, marks };

  // The counts decide an outcome the text does not state; not against the deliberation's own (they may be an amendment's).
  if (!own && (!outcomeSettled || (outcome === 'adopted' && anyCount && !unan))) {
    if (unan) outcome = 'adopted';
    else if (counts.for !== null && counts.against !== null) outcome = counts.for > counts.against ? 'adopted' : counts.for < counts.against ? 'rejected' : outcome;
    else if (anyCount) outcome = outcome ?? 'adopted';
  }
  if (unan && (counts.against || counts.abstentions)) {
    warnings.push(`vote says "unanimité" and also counts ${counts.against ?? 0} against, ${counts.abstentions ?? 0} abstentions`);
  }
  // "0 abstention (Mmes X et Y ne prenant pas part au vote)": a count stated, even of none, stands.
  if (counts.abstentions === null && names.abstentions.length) counts.abstentions = names.abstentions.length;

  const { first, last } = r;
  const vote: Vote | null =
    unan || anyCount || majority || elected || divided || r.groupSided
      ? {
          unanimous: !!unan,
          for: counts.for,
          against: counts.against,
          abstentions: counts.abstentions,
          notVoting: counts.notVoting,
          againstNames: names.against,
          abstentionNames: names.abstentions,
          span: first !== null && last !== null ? { start: first, end: last } : null,
        }
      : null;
  return { vote, outcome, end: last, start: first, warnings, stated: true, marks };
}
