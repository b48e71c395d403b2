/**
 * Attendance: the lists under "Présents", "Pouvoirs", "Excusés", "Absents" (and their
 * OCR-damaged spellings), the counts, and the secretary line that usually closes them.
 */
import type { Attendance, Person, Represented, Span } from '../schema/minutes.ts';
import { ATTENDANCE_CUES, CUE_LEAD, CUE_LEAD_REACH, FUZZY_HEADINGS, GLUED_CUE_LEAD, MEMBER_NOUNS, SECRETARIAT, type AttendanceRole } from '../text/cues.ts';
import { TITLE_CASE_WORD } from '../text/given-names.ts';
import { fold, fuzzyEquals } from '../text/fuzzy.ts';
import { findNumberAt, parseFrenchNumber } from '../text/numbers.ts';
import { fixNumber } from '../text/ocr-cleanup.ts';
import { HOLDER_BY_OFFICE, parsePersonList, readPersonList, type ListEntry } from './persons.ts';
import { findSecretary } from './secretary.ts';
import { delegatesTable } from './delegates-table.ts';
import { presenceTable, STATUS_CELL } from './presence-table.ts';
import { presenceCells } from './presence-cells.ts';
import { labelledRows } from './labelled-rows.ts';
import { sectionedCells } from './sectioned-cells.ts';
import { tabbedLists } from './tabbed-lists.ts';
import { presenceGrid } from './presence-grid.ts';
import { twoColumnLists } from './two-column-lists.ts';
import { proxyPairs } from './proxy-pairs.ts';
import { listColumnsTable } from './list-columns-table.ts';
import { stackedStatusRows, statusHeaderRows } from './status-header-rows.ts';
import { listColumns, type LineLayout } from '../text/layout.ts';
import { firstAtOrAfter, hasWord, indexWords, keyed, mayMatchIn, wordIndex } from '../text/gate.ts';
import { caseless, lowerOf } from '../text/caseless.ts';
import { execAll, execStickyAt, stickyTwin, topAlternatives } from '../text/matches.ts';
import { labelColumn } from '../text/label-columns.ts';
import { lineAt } from '../text/lines.ts';

interface CueHit {
  role: AttendanceRole;
  start: number;
  /** Where the list under the heading begins (after the colon and any "(8)" count). */
  contentStart: number;
  includesProxies: boolean;
  /** A form's label cell, its value beside it on the line ("Secrétaire MORVAN Anne-Laure"). */
  formCell?: boolean;
}

/** The cues as global patterns for lower-cased text (see caseless). */
const GLOBAL_CUES = ATTENDANCE_CUES.map((c) => [c, caseless(new RegExp(c.pattern.source, 'giu'))] as const);

/**
 * Each cue's sticky twin and the literals one of which opens every match of it ("absen", "présen";
 * "procuration", …, "ont" for the proxies' heading), read from its source; null where the source
 * does not say (then it is searched for). A cue tried only where one of its literals stands finds
 * what a search finds, without thirteen searches of the zone, some of them opening on letters as
 * common as "o" ("ont donné pouvoir"); the literals' places come from the word index (openingsIn).
 */
const CUE_SCANS = GLOBAL_CUES.map(([, re]) => ({ sticky: stickyTwin(re), opens: openings(re.source) }));

/** The literals (lower-case letters) one of which every match of `source` opens on, or null. */
function openings(source: string): string[] | null {
  const out: string[] = [];
  for (const branch of topAlternatives(source)) {
    let found: string[] | null;
    if (branch.startsWith('(?:')) {
      // A group opening the branch, not optional: its own branches' openings.
      const close = groupEnd(branch, 0);
      found = close > 0 && !/^[?*{]/.test(branch.slice(close + 1)) ? openings(branch.slice(3, close)) : null;
    } else {
      found = leadingLiterals(branch);
    }
    if (!found) return null;
    out.push(...found);
  }
  return out;
}

/**
 * The strings one of which every match of `branch` opens on: its letters up to the first syntax,
 * one followed by a quantifier left out ("procurations?": "procuration"), a plain class of
 * letters read as each of them ("pr[eé6]sen": "presen", "présen", "pr6sen"); null for none. The
 * longer they are, the fewer places a cue is tried at: "pr" alone stands a hundred times in an
 * opening ("procès", "projet", "propose"), "présen" only where a heading may.
 */
function leadingLiterals(branch: string): string[] | null {
  let out = [''];
  for (let i = 0; i < branch.length; ) {
    const c = branch[i]!;
    const end = c === '[' ? branch.indexOf(']', i) : i;
    const units = c === '[' ? branch.slice(i + 1, end) : c;
    // A plain class: letters and figures only, no range, negation or escape; a few of them.
    const plain = c === '[' ? end > i + 1 && /^[\p{Ll}\d]+$/u.test(units) && units.length <= 12 : /[a-z]/.test(c);
    if (!plain || /[?*+{]/.test(branch[end + 1] ?? '')) break;
    const choices = [...new Set(units)];
    // Past a few, the literals found so far are specific enough.
    if (out.length * choices.length > 8) break;
    out = out.flatMap((o) => choices.map((u) => o + u));
    i = end + 1;
  }
  return out[0] ? out : null;
}

/** Where the group opening at `at` closes, or -1. */
function groupEnd(source: string, at: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = at; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The cues' literals, each once. */
const CUE_LITERALS = [...new Set(CUE_SCANS.flatMap((c) => c.opens ?? []))];
/**
 * Literals too common to index across whole documents ("ont" in every "sont", "dont", "font",
 * "contre"): looked for in the zone only. The others are read from the document's word index,
 * which its one scan builds for all stages: they stand a few times a document.
 */
const ZONE_LITERALS = new Set(['ont']);
indexWords(...CUE_LITERALS.filter((l) => !ZONE_LITERALS.has(l)));

/**
 * Where each literal of the cues stands in `zone` (text[from, to) lower-cased), in order: from
 * the word index, the zone searched for those of ZONE_LITERALS. Searched for in each 3 000-unit
 * opening, all the literals cost more than the index's few more keys.
 */
function openingsIn(text: string, zone: string, from: number, to: number): Map<string, number[]> {
  const found = new Map<string, number[]>();
  const index = wordIndex(text);
  for (const literal of CUE_LITERALS) {
    const out: number[] = [];
    if (ZONE_LITERALS.has(literal)) {
      for (let i = zone.indexOf(literal); i >= 0; i = zone.indexOf(literal, i + 1)) out.push(i);
    } else {
      const at = index.get(literal)!;
      for (let i = firstAtOrAfter(at, from); i < at.length && at[i]! + literal.length <= to; i++) out.push(at[i]! - from);
    }
    found.set(literal, out);
  }
  return found;
}

/**
 * execAll(GLOBAL_CUES[k], zone): the cue tried at each place one of its literals opens, in order,
 * past the last match (no cue matches an empty string). `found`: openingsIn(…, zone, …).
 */
function cueMatches(k: number, zone: string, found: ReadonlyMap<string, readonly number[]>): RegExpExecArray[] {
  const { sticky, opens } = CUE_SCANS[k]!;
  if (!opens) return execAll(GLOBAL_CUES[k]![1], zone);
  const starts: number[] = [];
  for (const literal of opens) starts.push(...found.get(literal)!);
  if (opens.length > 1) starts.sort((a, b) => a - b);
  // No cue matches an empty string: the shared loop's one-unit step for one never applies.
  return execStickyAt(sticky, zone, starts);
}

const FUZZY_INITIALS = new Set(FUZZY_HEADINGS.map(([cue]) => cue[0]!));

/** A short label before a colon at a line start: "Absen(s) :". */
const LABEL = /^[ \t]*([\p{L}\d()'’ ]{4,40}?)[ \t]*(?:\(\s*\d+\s*\)[ \t]*)?[:：]/gmu;
/** LABEL without its anchor, tried at the line starts that may hold one (see labelsIn). */
const LABEL_AT = new RegExp(LABEL.source.slice(1), 'yu');

/**
 * execAll(LABEL, zone), trying the pattern only at the line starts whose line holds a colon or a
 * bracket: before its colon a label holds no line break but in its count ("(8)"), which opens on
 * the label's line. Tried at every line start, the lazy label costs tens of steps a line.
 */
function labelsIn(zone: string): RegExpExecArray[] {
  // Lines are told by "\n" below; "^" also starts one after these: such a zone is read by LABEL itself.
  // Three looks for a unit, faster than a search for a class of them.
  if (zone.includes('\r') || zone.includes('\u2028') || zone.includes('\u2029')) return execAll(LABEL, zone);
  const out: RegExpExecArray[] = [];
  // The next colon, full-width colon and bracket at or after the line start (-1: none left).
  let colon = -2;
  let wideColon = -2;
  let bracket = -2;
  let end = 0;
  for (let s = 0; s < zone.length; ) {
    const nl = zone.indexOf('\n', s);
    const lineEnd = nl < 0 ? zone.length : nl;
    if (s >= end) {
      if (colon !== -1 && colon < s) colon = zone.indexOf(':', s);
      if (wideColon !== -1 && wideColon < s) wideColon = zone.indexOf('：', s);
      if (bracket !== -1 && bracket < s) bracket = zone.indexOf('(', s);
      const holds = (at: number) => at !== -1 && at < lineEnd;
      if (holds(colon) || holds(wideColon) || holds(bracket)) {
        LABEL_AT.lastIndex = s;
        const m = LABEL_AT.exec(zone);
        if (m) {
          out.push(m);
          end = s + m[0].length;
        }
      }
    }
    if (nl < 0) break;
    s = nl + 1;
  }
  return out;
}

/**
 * Headings the patterns missed because OCR damaged them, recognised with natural's edit
 * distances (fuzzyEquals) on the words of a label.
 */
function fuzzyCues(text: string, from: number, to: number, found: readonly CueHit[]): CueHit[] {
  const out: CueHit[] = [];
  for (const m of labelsIn(text.slice(from, to))) {
    const start = from + m.index! + (m[0].length - m[0].trimStart().length);
    const labelEnd = from + m.index! + m[0].length;
    // A label the patterns already read ("Délégués absents excusés :") is theirs.
    if (found.some((h) => h.start < labelEnd && h.contentStart > start)) continue;
    // Only words that could be a heading word at all are compared (length, first letter).
    // The heading word closes the label ("Etaient prèsents", "Secrétalre de séance"): in "Rapport
    // présenté par :", "présenté" is another word that looks like one.
    const all = m[1]!.trim().split(/\s+/);
    const last = /^de\s+s\S+ance$/iu.test(all.slice(-2).join(' ')) ? all.length - 3 : all.length - 1;
    // OCR may cut the word in two ("Pr ésents"): a piece of three letters or fewer is joined to the rest.
    const cut = last > 0 && all[last - 1]!.length <= 3 && /^\p{L}+$/u.test(all[last - 1]!) ? [all[last - 1]! + all[last]!] : [];
    const words = [...all.filter((_, i) => i === last), ...cut].filter((w) => w.length >= 5 && w.length <= 16 && FUZZY_INITIALS.has(fold(w[0]!)));
    const hit = words.map((w) => FUZZY_HEADINGS.find(([cue]) => fuzzyEquals(w, cue))).find(Boolean);
    if (!hit) continue;
    const end = from + m.index! + m[0].length;
    const ws = /^[ \t]*/.exec(text.slice(end, end + 20))![0].length;
    out.push({ role: hit[1], start, contentStart: end + ws, includesProxies: false });
  }
  return out;
}

/**
 * A table's legend, on its line or wrapped onto the next ("Légende : P = présent ; … ; Suppléé par =
 * délégué" / "suppléant siégeant avec voix délibérative"): the statuses it explains head no list.
 * Lower-cased text.
 */
const IN_LEGEND = /l[ée]gende\s*:[^\n]*(?:\n[^\n]*)?$/u;
/** How far back from a heading its legend may open. */
const LEGEND_REACH = 300;

/**
 * What may stand on a heading's line before it: a few words in lower case ("Absents excusés",
 * "Absents excusés et dépôts de"), their plural or feminine marks in brackets ("Absent(s) excusé(s)").
 */
const HEADING_LEAD = /^[ \t]*(?:\p{Lu}?[\p{Ll}'’-]+(?:\(\p{Ll}{1,2}\)\p{Ll}?)*[ \t]+){0,6}$/u;

/**
 * A heading is followed by a colon (maybe after a count) or stands alone on its line, maybe
 * after saying whom it lists ("Étaient présents les conseillers municipaux suivants :",
 * "Étaient présents Mmes et MM. :", "Étaient présents, MM. les délégués :", "Présents pour l'examen de ce dossier :"), or opens its line and runs into the list after a plural
 * civility, as old registers write it ("Présents MM. Bessières maire, Cassagnes adjoint, …").
 */
// "Étaient présents en séance ou par visioconférence :": how they sat, before the colon.
// "Etaient présents les délégués titulaires :": whom it lists, named before the colon with no "suivants".
// "ETAIENT PRESENTS ; MM. …": OCR's semicolon for the colon, a civility after it.
// "Présents : 8 - M. Gérard PELLEGRIN, …", "Pouvoir : 1 - M. X à M. Y": the list's count, a dash, then its names.
// A form's label cell, its value beside it: "Présents LEROUX, BERTHIER, …", "Absents LECLERC", "Pouvoirs PICHON à LEROUX",
// "Présents LE GUEN Jean-Yves, RIOU Catherine, …" (a given name in two parts).
const FORM_CELL_NAME = String.raw`(?:(?:M\.|Mme|Mlle)[ \t]+)?\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+)?(?:[ \t]+${TITLE_CASE_WORD})?[ \t]*(?:[,;]|\n|$|[ \t]+[àa][ \t])`;
const HEADING_TAIL = new RegExp(String.raw`^(?:\s*(?:les\s+(?:[\p{L}'’-]+\s+){1,4}suivant(?:e?s)?\s*|les\s+(?:${MEMBER_NOUNS}|administrateurs)(?:\s+[\p{L}'’-]+){0,2}\s*(?=[:：])|(?:pour|lors\s+de|au\s+moment\s+d[eu])\s+[^:\n]{3,40}?(?=\s*[:：])|(?:en\s+s[ée]ance|[àa]\s+distance|par\s+visioconf[ée]rence|en\s+visioconf[ée]rence|sur\s+place|physiquement)[^:\n]{0,50}?(?=\s*[:：])|(?:,\s*)?(?:Mmes|MM\.|Mesdames|Messieurs)(?:\s+et\s+(?:Mmes|MM\.|Mesdames|Messieurs))?(?:\s+les\s+(?:${MEMBER_NOUNS}|administrateurs)(?:\s+[\p{L}'’-]+){0,2}(?=\s*[:：]))?\s*)?(?:\(\s*\d+\s*\)\s*|\([^()\n:]{1,40}\)\s*|\([^():]{40,240}\)\s*(?=[:：]))?(?:[:：]\s*(?:[:：]\s*)?(?:\d{1,3}[ \t]*[-–—][ \t]*(?=(?:M\.|Mme|MM\.|Mmes|Monsieur|Madame)[ \t]))?|[ \t]*\n)|[ \t]+(?=(?:MM\.|Mmes)[ \t])|(?<formCell>[ \t])(?=${FORM_CELL_NAME})|[ \t]*;[ \t]+(?=(?:MM\.|Mmes|M\.|Mme)[ \t]))`, 'u');

/** "Ont signé au registre les membres présents :": who signed, under the minutes; no list heading. Lower-cased text before the cue. */
const SIGNED_BY_MEMBERS = /sign[ée]s?[^.\n:]{0,40}$/u;

/**
 * The clause of a vote that a cue word closes: "à l'unanimité des membres présents et
 * représentés :" introduces the articles, it heads no list. Lower-cased text before the cue.
 */
const IN_VOTE_CLAUSE = /(?:unanimit|majorit)[^.:;\n]*(?:\n[^.:;\n]*)?$/u;

/**
 * "Étaient présents : tous les conseillers en exercice à l'exception de Mme X (excusée, pouvoir à
 * M. Y) et de M. Z", "Tous les membres sont présents sauf M. W, excusé": all were there but those
 * named after the exception, each absent unless their entry says excused or gives a proxy.
 * Lower-cased text.
 */
const EXCEPTION = /(?:pr[ée]sents?|au\s+complet|tous\s+les\s+(?:membres|conseillers|[ée]lus))[^.\n:;]{0,80}?\s(?:[àa]\s+l['’]exception\s+(?:de\s+|d['’]\s?)|sauf\s+|except[ée]s?\s+)/gu;

// Asked of each zone (hasWord): answered from the document's word index, not by two scans of the zone.
indexWords('except', 'sauf');

/** `zone`: text[from, to) lower-cased. */
function exceptionCues(text: string, zone: string, from: number, to: number): CueHit[] {
  if (!hasWord(text, 'except', from, to) && !hasWord(text, 'sauf', from, to)) return [];
  return execAll(EXCEPTION, zone).map((m) => {
    const at = from + m.index! + m[0].length;
    return { role: 'absent' as const, start: at, contentStart: at, includesProxies: false };
  });
}

export function findAttendanceCues(text: string, from: number, to: number): CueHit[] {
  const hits: CueHit[] = [];
  const secretaryCells: CueHit[] = [];
  let listCells = 0;
  const zone = lowerOf(text).slice(from, to);
  const found = openingsIn(text, zone, from, to);
  for (let k = 0; k < GLOBAL_CUES.length; k++) {
    const cue = GLOBAL_CUES[k]![0];
    for (const m of cueMatches(k, zone, found)) {
      let start = from + m.index!;
      // A cue inside a word is none; told before the lead is looked for, which only blanks end.
      const prev = text[start - 1] ?? '\n';
      const glued = !/\s/.test(prev) && /[\p{L}\p{N}'-]/u.test(prev) ? GLUED_CUE_LEAD.exec(text.slice(Math.max(0, start - 12), start)) : null;
      if (!glued && !/\s/.test(prev) && /[\p{L}\p{N}'-]/u.test(prev)) continue;
      const lead = glued ?? CUE_LEAD.exec(text.slice(Math.max(0, start - CUE_LEAD_REACH), start));
      if (lead) start -= lead[0].length;
      const before = text[start - 1] ?? '\n';
      if (/[\p{L}\p{N}'-]/u.test(before)) continue;
      const after = text.slice(from + m.index! + m[0].length, from + m.index! + m[0].length + 260);
      const tail = HEADING_TAIL.exec(after);
      if (!tail) continue;
      // A heading on its own line must start that line.
      if (!/[:：]/.test(tail[0]) && !/\n\s*$/.test(text.slice(Math.max(0, start - 40), start) || '\n') && start !== 0) continue;
      // A form's label cell before its value is a list's, capitalised: not a sentence's word wrapped
      // to the line's start ("… dont 1 avec" / "procuration MEYER, …").
      if (tail.groups?.formCell && !/\p{Lu}/u.test(text[start]!)) continue;
      const hit = { role: cue.role, start, contentStart: from + m.index! + m[0].length + tail[0].length, includesProxies: !!cue.includesProxies };
      // The secretary's cell ("Secrétaire LOSTANLEN Karine") closes the list cells above it; alone, under a table, it heads nothing.
      if (tail.groups?.formCell && cue.role === 'secretary') secretaryCells.push({ ...hit, formCell: true });
      else {
        if (tail.groups?.formCell) listCells++;
        hits.push(hit);
      }
    }
  }
  if (listCells) hits.push(...secretaryCells);
  hits.push(...fuzzyCues(text, from, to, hits));
  hits.push(...exceptionCues(text, zone, from, to));
  const heads = hits.filter((h) => {
    const before = lowerOf(text).slice(Math.max(0, h.start - 100), h.start);
    // Each pattern after a look for the word it needs.
    const inVote = (before.includes('unanimit') || before.includes('majorit')) && IN_VOTE_CLAUSE.test(before);
    const signed = before.slice(-60).includes('sign') && SIGNED_BY_MEMBERS.test(before.slice(-60));
    const reach = lowerOf(text).slice(Math.max(0, h.start - LEGEND_REACH), h.start);
    const legend = reach.includes('gende') && IN_LEGEND.test(reach);
    return !inVote && !signed && !legend && !marginCountInList(text, h) && !countBesideCell(text, h, hits);
  });
  // Overlapping matches: the earliest, then the longest (most specific) wins.
  heads.sort((a, b) => a.start - b.start || b.contentStart - a.contentStart);
  const kept: CueHit[] = [];
  for (const h of heads) {
    const last = kept[kept.length - 1];
    if (last && h.start < last.contentStart) continue;
    kept.push(h);
  }
  return kept;
}

/**
 * "représentés : 6 Mme ALBERTINI Marie-Josée, M. PIETRI François," opening a line inside a list
 * that the line above leaves mid-flow (on a comma): a margin's count glued to the body's line by
 * OCR, not a heading; the names after it go on with the list above.
 */
function marginCountInList(text: string, h: CueHit): boolean {
  const lineStart = text.lastIndexOf('\n', h.start - 1) + 1;
  if (/\S/.test(text.slice(lineStart, h.start)) || !COUNT_BEFORE_NAME.test(text.slice(h.contentStart, h.contentStart + 40))) return false;
  const above = text.slice(Math.max(0, lineStart - 200), Math.max(0, lineStart - 1)).trimEnd();
  return /[,;]$/.test(above);
}
/**
 * "présents : 21   SEANCE DU 24 JUIN 1994": the margin box's count beside the header's other column,
 * no name after it on its line, the list under its own label further down ("PRESENTS : M. VALLIN, …").
 */
function countBesideCell(text: string, h: CueHit, hits: readonly CueHit[]): boolean {
  return COUNT_BESIDE_CELL.test(text.slice(h.contentStart, h.contentStart + 120)) && hits.some((o) => o.role === h.role && o.start > h.start);
}
/** A count, then on its line no member (no civility, no comma): another cell. */
const COUNT_BESIDE_CELL = /^[ \t]*\d{1,3}[ \t]+(?!(?:M\.|Mme|MM\.|Mmes|Mlle|Monsieur|Madame)[ \t])[^\n,;]*(?:\n|$)/u;
/** A count, then a name with its civility, on the heading's line. */
const COUNT_BEFORE_NAME = /^[ \t]*\d{1,3}[ \t]+(?:M\.|Mme|MM\.|Monsieur|Madame|Mlle)[ \t]/u;

/** After a blank line, a list goes on only if the next line reads as an entry of it. */
/** A line that reads as the continuation of a list of names. */
const LIST_LINE = /^(?:M\.|Mme|MM\.|Monsieur|Madame|Mademoiselle)\s|^\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'.-]*){0,3}\s*[,;]/u;

/** A label that names who was there or away, or gave a proxy, heads a list of its own: "MEMBRES EXCUSES AYANT DONNE P0UVOIR :", "Hor zirenak / Présents :". */
const STATUS_IN_LABEL = /excus|absen|pouvoir|procuration|repr[ée]sent[ée]s?\b|suppl[ée]|pr[ée]sente?s?\b|secr[ée]taire|assist/iu;
/**
 * A group's label alone on its line: a name, no figure, no closing punctuation but a colon
 * ("Représentants des communes et des établissements publics de coopération intercommunale :").
 */
const GROUP_LABEL = /^[ \t]*\p{Lu}(?:[^\d\n,;:.]{2,70}|[^\d\n,;:.]{2,120}[ \t]*:[ \t]*)$/u;
/** A group's label, a colon, then its members with their civilities. */
const LABELLED_GROUP = /^[ \t]*(?:Repr[ée]sentants?|Coll[èe]ge|Membres|D[ée]l[ée]gu[ée]s|Conseillers|Personnalit[ée]s|Communes?|Communaut[ée]|Groupe|[ÉE]lus|Administrateurs|Titulaires)(?![\p{L}])[^\d\n:]{0,80}:[ \t]*(?:M\.|Mme|MM\.|Monsieur|Madame|Mesdames|Messieurs)\s/u;
/** A subheading of the members by the voice they have or the body they stand for. */
const MEMBERS_SUBHEADING = /^[ \t]*(?:Membres|Personnalit[ée]s|Repr[ée]sentants|Coll[èe]ge|D[ée]l[ée]gu[ée]s)(?![\p{L}])[^\d\n,;:.]{2,70}$/u;
/** A family name in capitals closed by a comma: a member named on the line. */
const NAME_IN_CAPITALS = /\p{Lu}{2}[\p{Lu}'’-]+[ \t]*,/u;
/** The end of a label wrapped from the line above: a few words and its colon. */
const LABEL_END_LINE = /^[ \t]*[\p{L}'’ -]{1,60}:[ \t]*$/u;
/** A member alone on the line, after the civility: "M. Marcel AUDIBERT (C.A.F. du Var)", "Mme Yvette RAMPAL". */
const ONE_MEMBER_LINE = /^[ \t]*(?:M\.|Mme|Monsieur|Madame)[ \t]+(?!(?:le|la|les|l['’])[ \t])(?:\p{Lu}[\p{Ll}'’-]+[ \t]+)*\p{Lu}{2}[\p{Lu}'’-]*(?:[ \t]|,|$)/u;
/** A group of members' label closed by its colon: "Membres nommés par Monsieur le Préfet :", "Représentants des locataires :". */
const MEMBERS_LABEL_COLON = /^[ \t]*(?:Membres|Repr[ée]sentants?|Personnalit[ée]s|Coll[èe]ge|D[ée]l[ée]gu[ée]s|Administrateurs)(?![\p{L}])[^\d\n:]{2,100}:[ \t]*$/u;
/** A line of members with their civilities, set off by commas; not a sentence about an office ("M. le Président ouvre la séance, …"). */
const CIVILITY_LIST = /^[ \t]*(?:M\.|Mme|MM\.|Monsieur|Madame)\s(?!(?:le|la|les|l['’])\s)[^\n]*,/u;

/** "Le Conseil Départemental," or "L'ASSEMBLEE DE CORSE" on its line: the decision's lead, which no list runs into. */
const ASSEMBLY_LEAD_LINE = /\n[ \t]*(?:(?:L[ea]|LE|LA)[ \t]+(?:Conseil|CONSEIL|Commission|COMMISSION|Bureau|BUREAU|Comit[ée]|COMIT[ÉE])|L['’][ \t]?(?:Assembl[ée]e|ASSEMBL[ÉE]E)[;,]?)(?![\p{L}])[^\n,:;.]{0,60}[,:]?[ \t]*(?=\n)/u;

/** ASSEMBLY_LEAD_LINE from one line break on. */
const ASSEMBLY_LEAD_AT = new RegExp(ASSEMBLY_LEAD_LINE.source, 'uy');
/** The words of its bodies, lower-cased: looked up in the word index before the window is read. */
const ASSEMBLY_WORDS = ['conseil', 'commission', 'bureau', 'comit', 'assembl'];
indexWords(...ASSEMBLY_WORDS);

/**
 * Where ASSEMBLY_LEAD_LINE first matches text[start, limit), or -1: only where the word index has
 * one of its bodies' words, and there tried only at the line breaks whose line opens on its "L"
 * (searched for, the /u pattern is tried at every line break of a list's window).
 */
function assemblyLeadIn(text: string, start: number, limit: number): number {
  if (!ASSEMBLY_WORDS.some((w) => hasWord(text, w, start, limit))) return -1;
  const window = text.slice(start, limit);
  for (let at = window.indexOf('\n'); at >= 0; at = window.indexOf('\n', at + 1)) {
    let first = at + 1;
    while (window[first] === ' ' || window[first] === '\t') first++;
    if (window[first] !== 'L') continue;
    ASSEMBLY_LEAD_AT.lastIndex = at;
    if (ASSEMBLY_LEAD_AT.test(window)) return at;
  }
  return -1;
}

/** A clause in a line that names someone: what was done to or by them, not a list's entry. */
// "M. LECCIA, secrétaire, donne lecture du procès-verbal …": what the secretary does once the sitting opens;
// "M. X, secrétaire du Bureau, assure le secrétariat de la séance" (OCR's "secr étariat").
const CLAUSE_IN_LINE = new RegExp(String.raw`\s(?:a|ont)\s+[ée]t[ée]\s|\s(?:est|sont)\s+(?:d[ée]sign|nomm|[ée]lu)|\sassistent?\s|\sremplit\s+les\s+fonctions\s|\sdonnen?t?\s+lec\s?ture\s|\sassure\s+(?:le|ce)\s+${SECRETARIAT}`, 'iu');

/** A member's movement during the sitting told in a line: joined, left, held up ("arrivé à 17 h 45" after the present is one of them, late). */
const MOVEMENT_IN_LINE = /\s(?:a\s+)?rejoint\s|\s(?:a\s+)?quitt[ée]?\s|\sretenue?\s+(?:en|au|par)\s|\sentre\s+en\s+s[ée]ance/iu;

/**
 * An act's number opening a line, its title in capitals after it: the next point's heading ("N° 2002/05   COMPTE
 * ADMINISTRATIF 2001"), no name in a list; not a margin's number beside a list's line ("N° 83-21   Léontine, MM. ZENON …").
 */
const ACT_NUMBER_HEADING = String.raw`[ \t]*N°[ \t]*\d[\d/.-]*(?:[ \t]*\/[ \t]*\d+)?[ \t]+\p{Lu}[\p{Lu}'’-]+[ \t]+\p{Lu}[\p{Lu}'’-]+[^,\n]*(?:\n|$)`;
const ACT_NUMBER_HEADING_LINE = new RegExp(`^${ACT_NUMBER_HEADING}`, 'u');

/**
 * Where a list's window stops: a blank line, a rule, a page break, a table's header, its number's
 * label alone on a line ("N° délib.", then "Rapporteur", "Objet"), or an act's numbered heading; or
 * (`fullStop`) a list closed by its full stop, the next line a web page's expander ("+ Finances") or a
 * heading in words ("Approbation du procès-verbal …", no label's colon in it): on a web page, the next
 * paragraph is the next line, no blank line between. That one led by a lookahead of its blank: its lookbehind
 * first would be tried at every offset of the window.
 */
const LIST_HARD_STOP = new RegExp(String.raw`(?<fullStop>(?=[ \t\n])(?<=\p{L}{2}\.)[ \t]*\n(?=[ \t]*(?:[+▸►][ \t]|\p{Lu}\p{Ll}+[ \t]+(?:du|des|de[ \t]+la|de[ \t]+l['’]|d['’]|au|aux)[ \t]*\p{Ll}(?![^\n]*:))))|\n\s*\n|\n[_=*\-]{3,}|\f|\n(?=[ \t]*(?:N°|Num[ée]ro)(?:[ \t]+[\p{L}'’.]{1,14}){0,2}[ \t]*\n)|\n(?=${ACT_NUMBER_HEADING})`, 'gu');

/**
 * Where a list closed by its full stop gives way to the point's subject after its label ("… (Petraggia-Soprana)." /
 * "OBJET : Ordures ménagères. …"), else `limit`. Not after a civility's full stop ("… ; MM." / "OBJET : WILHELM, …"):
 * a margin's subject unwoven inside a list, the list going on. Looked for with indexOf: as an alternative of
 * LIST_HARD_STOP, its lookbehinds made every list's scan half again slower.
 */
function subjectAfterList(text: string, start: number, limit: number): number {
  for (const label of SUBJECT_LABELS) {
    for (let at = text.indexOf(label, start); at >= 0 && at < limit; at = text.indexOf(label, at + 1)) {
      const lineStart = text.lastIndexOf('\n', at - 1);
      if (lineStart < start || text.slice(lineStart + 1, at).trim() || !/^[ \t]*:/.test(text.slice(at + label.length, at + label.length + 3))) continue;
      if (CLOSED_LIST_LINE.test(text.slice(Math.max(start, lineStart - 40), lineStart))) {
        limit = lineStart;
        break;
      }
    }
  }
  return limit;
}
const SUBJECT_LABELS = ['OBJET', 'Objet'];
/** A line closed by a full stop, not a civility's ("MM.", "Mme."). */
const CLOSED_LIST_LINE = /(?:[\p{L})](?<!(?:^|[^\p{L}])(?:MM?|Mmes?|Mlle|Dr))\.)[ \t]*$/u;

function listWindowEnd(text: string, start: number, limit: number): number {
  const lead = assemblyLeadIn(text, start, limit);
  if (lead >= 0) limit = start + lead;
  limit = subjectAfterList(text, start, limit);
  let pos = start;
  // Skip the blank lines between the heading and its first entry.
  while (pos < limit && /\s/.test(text[pos]!)) pos++;
  const hardStop = LIST_HARD_STOP;
  hardStop.lastIndex = pos;
  // Only a stop opening before `limit` counts: the scan ends a few units after it, past any run of
  // blanks there (a blank line is all blanks, so one opening before the end lies wholly inside),
  // instead of running to the end of a document that has no blank line after its lists.
  let scanEnd = Math.min(text.length, limit + 4);
  while (scanEnd < text.length && /\s/.test(text[scanEnd]!)) scanEnd++;
  const scan = text.slice(0, scanEnd);
  for (let m = hardStop.exec(scan); m && m.index < limit; m = hardStop.exec(scan)) {
    const lineStart = m.index + m[0].length;
    const lineEnd = text.indexOf('\n', lineStart);
    const nextLine = text.slice(lineStart, lineEnd < 0 ? Math.min(text.length, lineStart + 300) : lineEnd);
    if (/^[_=*\-]{3,}/.test(m[0].trim())) return m.index;
    if (m.groups?.fullStop !== undefined) return m.index;
    if (m[0] === '\n') return m.index;
    const endsOnComma = /[,;]\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index));
    // A list split by a page break goes on when the page ended on a comma or the next page
    // opens with names ("M. …", "DUPONT Jean, …").
    if (m[0].includes('\f')) {
      if (!ACT_NUMBER_HEADING_LINE.test(nextLine) && (endsOnComma || LIST_LINE.test(nextLine))) continue;
      return m.index;
    }
    // "à", or "a" where the accent was not typed or not read.
    if (/\b(?:procuration|pouvoir)\s+[àa](?!\p{L})/iu.test(nextLine)) continue;
    // A blank line inside a list that is not over: the line before it ends on a comma.
    if (endsOnComma && LIST_LINE.test(nextLine)) continue;
    // "M. X, Adjoint, a été désigné secrétaire de séance." after a list closed by its full stop is a sentence, not the list's.
    // Nor is "M. X, retenu en début de séance, a rejoint l'assemblée …", a movement during the sitting.
    if (/^(?:M\.|Mme|Monsieur|Madame|Mademoiselle)\s/i.test(nextLine) && nextLine.length <= 100 && !(/\.\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index)) && CLAUSE_IN_LINE.test(nextLine)) && !MOVEMENT_IN_LINE.test(nextLine)) continue;
    // Delegates by member body, a blank line between groups: "Communauté de Communes du Pays de
    // Vionne" alone on its line, then its delegates ("M. Gérard MÉNARD, Mme Isabelle GRELLIER, …").
    // "Représentants du Département : M. X, Mme Y": a group's label and its members on one line.
    if (LABELLED_GROUP.test(nextLine)) continue;
    // The members under a subheading a blank line above them.
    const lineBefore = text.slice(text.lastIndexOf('\n', m.index - 1) + 1, m.index);
    if (MEMBERS_SUBHEADING.test(lineBefore) && (NAME_IN_CAPITALS.test(nextLine) || LABELLED_GROUP.test(nextLine) || CIVILITY_LIST.test(nextLine))) continue;
    // A subheading ("Membres ayant voix délibérative"), then, a blank line between or not, its members.
    let afterStart = lineEnd < 0 ? -1 : lineEnd + 1;
    while (afterStart >= 0 && afterStart < limit && (text[afterStart] === '\n' || text[afterStart] === ' ')) afterStart++;
    const afterEnd = afterStart < 0 ? -1 : text.indexOf('\n', afterStart);
    const lineAfter = afterStart < 0 ? '' : text.slice(afterStart, afterEnd < 0 ? Math.min(text.length, afterStart + 300) : afterEnd);
    if (GROUP_LABEL.test(nextLine) && !STATUS_IN_LABEL.test(nextLine) && (CIVILITY_LIST.test(lineAfter) || LABELLED_GROUP.test(lineAfter))) continue;
    // A label wrapped onto a second line that its colon closes ("Membres désignés par la Caisse
    // d'Epargne et la Caisse d'Allocations" / "Familiales :"), then one member a line.
    if (GROUP_LABEL.test(nextLine) && !STATUS_IN_LABEL.test(nextLine) && LABEL_END_LINE.test(lineAfter) && afterEnd >= 0 && ONE_MEMBER_LINE.test(lineFrom(text, afterEnd + 1))) continue;
    if (MEMBERS_LABEL_COLON.test(nextLine) && !STATUS_IN_LABEL.test(nextLine) && ONE_MEMBER_LINE.test(lineAfter)) continue;
    // "Membres ayant voix consultative", then members by rank or office: "Colonel Éric MARCHAND, Directeur …".
    if (MEMBERS_SUBHEADING.test(nextLine) && NAME_IN_CAPITALS.test(lineAfter)) continue;
    return m.index;
  }
  return limit;
}

/**
 * A line that tells of a movement during the sitting ("Arrivée en cours de séance : Mme X",
 * "Départ de M. Y :"), or of members present who took no part in a vote ("Ne prennent pas part
 * au vote : M. X"): no entry of the list above it. Labels of groups inside a list
 * ("Personnalités qualifiées :") are the list's.
 */
// A word opening on a new capital needs it added to MOVEMENT_INITIALS (below).
// Nor the heading of the report after the lists ("Exposé des motifs", "EXPOSÉ"), alone on its line.
// Nor the rapporteur's label of the point after the lists ("Rapporteur : M. X, Vice-président …"), one
// name right after it (a margin's "Rapporteur :" woven into a list has the list's names after it, or its column's gap).
// Nor a line naming the political groups ("Groupes politiques : SRA Socialistes … (40) - ECO …"), whose codes name no one.
const MOVEMENT_LINE = /\n[ \t]*(?:(?:Arriv[ée]e?s?|ARRIV[ÉE]E?S?|D[ée]parts?|D[ÉE]PARTS?|Sorties?|Retours?|(?:Rapporteure?s?|RAPPORTEURE?S?)(?=[ \t]*:[ \t]{0,2}\p{Lu})(?![^\n]*,[ \t]*(?:M\.|MM\.|Mmes?|Monsieur|Madame)[ \t])|Groupes?[ \t]+politiques|GROUPES?[ \t]+POLITIQUES|N[eE][ \t]+(?:prenn?e?n?t|PRENN?E?N?T|participen?t|PARTICIPEN?T)|N['’](?:ont|a|ONT|A)[ \t]+(?:pas|PAS))(?:[ \t]+[\p{L}'’.-]+){0,6}[ \t]*:|(?:Expos[ée]|EXPOS[ÉE])(?:[ \t]+(?:des|DES)[ \t]+(?:motifs|MOTIFS))?[ \t]*:?[ \t]*(?=\n|$))/u;

/** MOVEMENT_LINE from one line break on; and the capitals its words open on. */
const MOVEMENT_LINE_AT = new RegExp(MOVEMENT_LINE.source, 'uy');
const MOVEMENT_INITIALS = new Set(['A', 'D', 'S', 'R', 'N', 'G', 'E']);

/**
 * "Conseillers en exercice 51", "Présents 42", "Pouvoirs : 6": a row of the counts table, a label
 * and its figure alone on the line, after the last list; the names are over.
 */
const COUNT_ROW = new RegExp(String.raw`^(?:(?:nombre\s+de\s+)?(?:${MEMBER_NOUNS})(?:\s+\p{L}+)?\s+en\s+exercice|(?:nombre\s+de\s+)?(?:pr[ée]sents?|votants?|pouvoirs?|procurations?|repr[ée]sent[ée]s|absents?|excus[ée]s))[ \t]*:?[ \t]*\d{1,3}[ \t]*$`, 'iu');
/** Whether the line of `zone` opening at `first` is a COUNT_ROW (asked of every line of a list: the figure closing it is looked at first). */
function isCountRow(zone: string, first: number): boolean {
  let last = zone.indexOf('\n', first);
  if (last < 0) last = zone.length;
  while (last > first && (zone[last - 1] === ' ' || zone[last - 1] === '\t')) last--;
  const c = zone.charCodeAt(last - 1);
  return c >= 48 && c <= 57 && last - first <= 60 && COUNT_ROW.test(zone.slice(first, last));
}

/**
 * The list under a heading ends before a line that tells of a movement during the sitting. The
 * pattern is tried only at the line breaks whose line opens on one of its words' capitals: searched
 * for, it is tried at every line break (a /u pattern, slow to search for its "\n"). It ends before
 * a row of the counts table too.
 */
function beforeMovementLine(text: string, from: number, end: number): number {
  const zone = text.slice(from, end);
  for (let at = zone.indexOf('\n'); at >= 0; at = zone.indexOf('\n', at + 1)) {
    let first = at + 1;
    while (zone[first] === ' ' || zone[first] === '\t') first++;
    if (isCountRow(zone, first)) return from + at;
    if (!MOVEMENT_INITIALS.has(zone[first]!)) continue;
    MOVEMENT_LINE_AT.lastIndex = at;
    if (MOVEMENT_LINE_AT.test(zone)) return from + at;
  }
  return end;
}

export interface AttendanceResult {
  attendance: Attendance;
  secretary: Person | null;
  /** The attendance part of the document, from the first heading to the end of the last list. */
  span: { start: number; end: number } | null;
  warnings: string[];
}

/**
 * Count labels: the number follows the match. The third field is what must not stand just
 * before the label ("Absents et procurations : 4" counts no proxies); checked by hand, as a
 * lookbehind would be tried at every offset of the text. The fourth says where a match may
 * open (see Leads), null for a cue searched for ("pris\npart" holds no key "pris part").
 */
const COUNT_CUES: ReadonlyArray<readonly [keyof Attendance['counts'], RegExp, RegExp | null, Leads | null]> = [
  // "Conseillers en fonction : 18": the Alsace-Moselle form, beside "élus : 19"; "en fonction : 11" opening its line, a box's label,
  // or after the count before it ("Conseillers élus : 15      En fonction : 15").
  // "Nombre des membres qui se trouvent en fonctions ...... 15": a register's form, its dot leaders,
  // which OCR reads with commas among the dots ("présents .,........ 96"), a colon after them or not
  // ("en exercice ....... : 32"), or a typewriter's dots a space apart ("en exercice . . . . 29").
  ['inOffice', keyed(/(?:en(?:\s+exercice|(?<=(?:(?:[,;:\d]|trouvent)\s*|\n[ \t]*)en)\s+fonctions?)|(?:membres|conseillers)\s+(?:en\s+fonction|composant\s+le\s+conseil))\s*(?:\(|:|=|-|\.(?:[ \t]?[.,]){2,}[ \t]*:?)?\s*/giu, 'exercice', 'fonction', 'composant'), null,
    [['exercice', [['en']]], ['fonction', [['en'], ['membres', 'en'], ['conseillers', 'en']]], ['composant', [['membres'], ['conseillers']]]]],
  // "présents : 15", "présents (15)", and "présents 15," in a run of counts, or before the next cell's
  // label in a header's grid ("Présents 21 Date d'affichage", "Présents 12 Représentés 2 Absents 1
  // Quorum Atteint", represented likewise); "Présents à
  // l'ouverture de la séance : 48", when members come and go.
  ['present', keyed(/pr[ée]sents?(?:\s+(?:[àa]\s+l['’]ouverture|en\s+d[ée]but)(?:\s+de\s+(?:la\s+)?s[ée]ance)?|\s+[àa]\s+la\s+(?:s[ée]ance|r[ée]union))?\s*(?:\(\s*(?=\d)|:\s*|=\s*|\.(?:[ \t]?[.,]){2,}\s*:?\s*(?=\d)|(?=\d{1,3}\s*[,;\n])|(?=\d{1,3}[ \t]+(?:date|d[ée]lib[ée]ration|n°|votants?|pouvoirs?|absents?|excus[ée]s|repr[ée]sent[ée]s|quorum)(?![\p{L}])))/giu, 'sent'), /absents?\s$/u, [['sent', [3]]]],
  // "Pouvoirs" over "2", a counts box read a cell a line, as "Présents" over "7".
  // "Délégations de vote : 9", a regional council's word for its proxies.
  ['represented', keyed(/(?:procurations?|pouvoirs?|repr[ée]sent[ée]s|d[ée]l[ée]gations?\s+de\s+vote)\s*(?:\(\s*(?=\d)|:\s*(?=\d)|=\s*|\.(?:[ \t]?[.,]){2,}\s*:?\s*(?=\d)|(?=\d{1,3}\s*[,;\n])|(?=\d{1,3}[ \t]+(?:absents?|excus[ée]s|votants?|quorum)(?![\p{L}])))/giu, 'procuration', 'pouvoir', 'sent', 'gation'), /(?:absents?\s+et|pr[ée]sents\s+ou)\s+$/u, [['procuration', [0]], ['pouvoir', [0]], ['sent', [5]], ['gation', [4]]]],
  // "Nombre des membres présents ou représentés : 13" (a form of Alsace-Moselle): those who vote, neither list alone.
  ['voting', keyed(/(?:votants|(?:qui\s+ont|ayant)\s+pris\s+part\s+(?:au\s+vote|[àa]\s+la\s+d[ée]lib[ée]ration)|pr[ée]sents\s+ou\s+repr[ée]sent[ée]s)\s*(?:\(|:|=|\.(?:[ \t]?[.,]){2,}[ \t]*:?)?\s*/giu, 'votant', 'pris part', 'ou repr'), null, null],
  // "Membres ayant voix délibérative : 11": a board's members, beside those with a consultative voice.
  ['inOffice', keyed(/membres\s+(?:ayant|[àa])\s+voix\s+d[ée]lib[ée]rative\s*(?:\(|:|=|\.(?:[ \t]?[.,]){2,}[ \t]*:?)?\s*/giu, 'voix d'), null, null],
  // "Nombre de membres : 9", with no other label: the members the body has; "Nombre de membres du
  // Bureau : 9 - Présents : 8", the body named (not a count's word: "du conseil présents : 12").
  ['inOffice', keyed(new RegExp(String.raw`nombre\s+de\s+(?:${MEMBER_NOUNS}|administrateurs)(?:\s+(?:du|de\s+la)\s+(?:bureau|conseil|comit[ée]|commission)(?:\s+(?!pr[ée]sents?|votants?|absents?|excus|repr|en\s)[\p{L}'’-]+){0,2})?\s*[:=]\s*`, 'giu'), 'nombre'), null, [['nombre', [0]]]],
  // "Membres : 22 - Présents : 17", a box's first cell ("Membres : 9" / "Présents : 7"): the members the body has,
  // the present's count after it on its line or the next.
  ['inOffice', keyed(/membres\s*:\s*(?=\d{1,3}(?!\d)[^\n]{0,100}\n?[ \t]*pr[ée]sents\s*:)/giu, 'membres'), null, [['membres', [0]]]],
  // "onze administrateurs sur les quatorze que compte le Conseil sont présents": the members it has.
  ['inOffice', keyed(new RegExp(String.raw`(?:${MEMBER_NOUNS}|administrateurs)\s+sur\s+les\s+(?=\S+(?:[\s-]\S+){0,3}\s+que\s+compte)`, 'giu'), 'membres', 'administrateurs', 'conseillers', 'gués'), null, null],
];

/**
 * Where a count cue's match opens, from the key words (registered in the word index) one of which
 * every match holds: for each key, what stands before it in a match, a number of units glued to it
 * ("pr" and "é" before "sent"), or words each followed by blanks ("membres en" before "fonction").
 * The cue is tried (sticky) only at those starts: searched for, it ran through all of the 15 000
 * units readCounts reads for counts stated outside the lists, most of which hold none of its keys.
 */
type Leads = ReadonlyArray<readonly [key: string, leads: ReadonlyArray<number | readonly string[]>]>;

/**
 * The offsets in `lower` (text[from, to) lower-cased) where a match of a cue with these leads
 * may start, in order (perhaps twice); null when a key is not in the word index.
 */
function cueStarts(index: ReadonlyMap<string, readonly number[]>, lower: string, from: number, to: number, leads: Leads): number[] | null {
  const out: number[] = [];
  for (const [key, before] of leads) {
    const at = index.get(key);
    if (!at) return null;
    // A match lies inside the zone, its key too.
    for (let i = firstAtOrAfter(at, from); i < at.length && at[i]! + key.length <= to; i++) {
      const q = at[i]! - from;
      for (const lead of before) {
        if (typeof lead === 'number') {
          if (q >= lead) out.push(q - lead);
          continue;
        }
        // Back over the blanks before the key (a match's \s+ takes all of them), then the word; again.
        let p = q;
        let ok = true;
        for (let w = lead.length - 1; w >= 0 && ok; w--) {
          const word = lead[w]!;
          const end = p;
          while (p > 0 && BLANK.test(lower[p - 1]!)) p--;
          ok = p < end && p >= word.length && lower.startsWith(word, p - word.length);
          p -= word.length;
        }
        if (ok) out.push(p);
      }
    }
  }
  // One key with one lead gives its starts in order already: no sort for them.
  return isAscending(out) ? out : out.sort((a, b) => a - b);
}
const BLANK = /\s/;

function isAscending(xs: readonly number[]): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i]! < xs[i - 1]!) return false;
  return true;
}

/** "(7 membres présents sur 12)": the present, then the members in office, in one phrase. Lower-cased text. */
/** "dont 2 ayant donné procuration", "dont 1 représenté": the proxies among the absent. Lower-cased text. */
const GIVEN_PROXIES = /\bdont\s+(\d{1,3})\s+(?:ayant\s+donn[ée]\s+(?:procuration|pouvoir)|repr[ée]sent[ée]s?|procurations?|pouvoirs?)(?![\p{L}])/u;
const PRESENT_OF = new RegExp(String.raw`(?<!\d)(\d{1,3})\s+(?:${MEMBER_NOUNS}|administrateurs|[ée]lus)(?:\s+(?!sont|sur)\p{L}+)?\s+(?:sont\s+)?pr[ée]sents?\s+sur\s+(?:les\s+)?(\d{1,3})(?!\d)`, 'u');

/** "26 conseillers généraux sur 27 sont présents": the present, the members in office, then the word. Lower-cased text. */
const OF_THEN_PRESENT = new RegExp(String.raw`(?<!\d)(\d{1,3})\s+(?:${MEMBER_NOUNS}|administrateurs|[ée]lus)(?:\s+(?!sur)\p{L}+)?\s+sur\s+(?:les\s+)?(\d{1,3})\s+(?:sont|[ée]taient|[ée]tant)\s+pr[ée]sents(?![\p{L}])`, 'u');

/** A count in figures or in words ("neuf", "vingt et un"). */
const parseCount = (s: string): number | null => (/^\d{1,3}$/.test(s) ? Number(s) : parseFrenchNumber(s));

/** Counts written before their words in a sentence: "7 pouvoirs ont été déposés", "soit 53 votants". Lower-cased text. */
const FIGURE_BEFORE_WORD: ReadonlyArray<readonly [keyof Attendance['counts'], string, RegExp]> = [
  ['represented', 'pouvoir', /(?<![\d,.])(\d{1,3})\s+(?:pouvoirs|procurations)\s+(?:ont\s+[ée]t[ée]\s+)?(?:d[ée]pos[ée]s|donn[ée]s|remis|re[çc]us)/u],
  // "(18 conseillers généraux présents sur 22 en exercice ; 3 pouvoirs)": the proxies after the other counts of the clause.
  // Opening on the figure, the clause before it looked behind from there: a leading lookbehind is tried at every offset.
  ['represented', 'pouvoir', /(?<![\d,.])(\d{1,3})(?<=(?:en\s+exercice|pr[ée]sents?)\s*[;,]\s*\d{1,3})\s+(?:pouvoirs|procurations)(?=\s*[).;,]|\s*$)/u],
  ['voting', 'votant', /\bsoit\s+(\d{1,3})\s+votants/u],
  // "le quorum est atteint : 157 conseillers régionaux en exercice, 131 présents à l'ouverture de la séance".
  ['inOffice', 'exercice', new RegExp(String.raw`(?<![\d,.])(\d{1,3})\s+(?:${MEMBER_NOUNS}|[ée]lus)(?:\s+\p{L}+)?\s+en\s+exercice`, 'u')],
  ['present', 'ouverture', new RegExp(String.raw`(?<![\d,.])(\d{1,3})\s+(?:(?:${MEMBER_NOUNS}|[ée]lus)(?:\s+\p{L}+)?\s+)?pr[ée]sents\s+[àa]\s+l['’]ouverture`, 'u')],
];

/**
 * "cinq membres du Bureau sur les neuf en exercice sont présents": the present and the seats, in
 * figures or in words, the seats before their "en exercice". Lower-cased text.
 */
const PRESENT_OF_SEATS = new RegExp(String.raw`(?<![\p{L}\d])([\p{L}\d-]+(?:\s+et\s+un)?)\s+(?:${MEMBER_NOUNS}|administrateurs)(?:\s+(?:du|de\s+la|de\s+l['’])\s*\p{L}+)?\s+sur\s+(?:les\s+)?([\p{L}\d-]+(?:\s+et\s+un)?)\s+en\s+exercice\s+(?:sont|[ée]taient)\s+pr[ée]sents`, 'u');

/** "sept des neuf membres du Bureau étant présents": how many sat of the seats. Lower-cased text. */
// Led by a lookahead of "des", the count before it a lookbehind: a pattern opening on a lookbehind has it tried at every offset of the text (seven times slower).
const PRESENT_AMONG_SEATS = new RegExp(String.raw`(?=des\s)(?<=(?<![\p{L}\d])([\p{L}\d-]+(?:\s+et\s+un)?)\s+)des\s+([\p{L}\d-]+(?:\s+et\s+un)?)\s+(?:${MEMBER_NOUNS}|administrateurs)(?:\s+(?:du|de\s+la|de\s+l['’])\s*\p{L}+)?\s+(?:[ée]tant|sont|[ée]taient)\s+pr[ée]sents`, 'u');
/** "Cinq membres sur sept étant présents, le quorum est atteint": how many sat of the seats, no "en exercice". Lower-cased text. */
// Led by a lookahead of "sur", as PRESENT_AMONG_SEATS by "des".
const PRESENT_ON_SEATS = new RegExp(String.raw`(?=sur\s)(?<=(?<![\p{L}\d])([\p{L}\d-]+(?:\s+et\s+un)?)\s+(?:${MEMBER_NOUNS}|administrateurs)\s+)sur\s+([\p{L}\d-]+(?:\s+et\s+un)?)\s+(?:[ée]tant|sont|[ée]taient)\s+pr[ée]sents`, 'u');
/** The sentences that say how many sat of the seats, each behind a plain search for its cue. */
const PRESENT_OF_SEATS_SENTENCES: ReadonlyArray<readonly [cue: string, pattern: RegExp]> = [
  ['en exercice sont', PRESENT_OF_SEATS],
  // "sept des neuf membres du Bureau étant présents".
  [' des ', PRESENT_AMONG_SEATS],
  // "Cinq membres sur sept étant présents".
  [' sur ', PRESENT_ON_SEATS],
];

/** "29 conseillers départementaux étant présents et 4 représentés sur les 34 membres", "(12 présents et 2 représentés sur 17 administrateurs)": the present, the represented, the seats. Lower-cased text. */
const PRESENT_REPRESENTED_OF = new RegExp(String.raw`(?<![\p{L}\d])(\d{1,3})\s+(?:(?:${MEMBER_NOUNS}|administrateurs|[ée]lus)(?:\s+(?!sont|sur|[ée]tant)\p{L}+)?\s+)?(?:sont\s+|[ée]tant\s+|[ée]taient\s+)?pr[ée]sents\s+et\s+(\d{1,3})\s+repr[ée]sent[ée]s\s+sur\s+(?:les\s+)?(\d{1,3})(?!\d)`, 'u');

/** What every match of PRESENT_OF holds, found faster than its digits behind a lookbehind: a gate. */
const PRESENT_OF_CORE = /sents?\s+sur\s+(?:les\s+)?\d/;
/** Where its matches open: at a "sent" (see Leads). */
const PRESENT_OF_CORE_LEADS: Leads = [['sent', [0]]];

/** Whether `re` matches `s` at one of `starts` (null: anywhere). */
function matchesAt(re: RegExp, s: string, starts: readonly number[] | null): boolean {
  if (!starts) return re.test(s);
  const sticky = stickyTwin(re);
  const found = starts.some((at) => {
    sticky.lastIndex = at;
    return sticky.test(s);
  });
  sticky.lastIndex = 0;
  return found;
}

// Where "dont" stands, read from the document's word index (see givenProxies).
indexWords('dont');

/**
 * GIVEN_PROXIES.exec(lower) (`lower`: text[from, to) lower-cased), tried only where "dont" stands,
 * at which its matches open. The places come from the word index: a search of the zone for the
 * word ran through its 15 000 units for counts stated outside the lists.
 */
function givenProxies(index: ReadonlyMap<string, readonly number[]>, lower: string, from: number, to: number): RegExpExecArray | null {
  const at = index.get('dont')!;
  const sticky = stickyTwin(GIVEN_PROXIES);
  let m: RegExpExecArray | null = null;
  for (let i = firstAtOrAfter(at, from); i < at.length && at[i]! + 4 <= to && !m; i++) {
    sticky.lastIndex = at[i]! - from;
    m = sticky.exec(lower);
  }
  sticky.lastIndex = 0;
  return m;
}

/** A date's label beside the counts' (convocation, posting, publication). Lower-cased text. */
const DATE_LABEL_WORDS = String.raw`date\s+(?:de\s+(?:la\s+)?convocation|d['’]\s?affichage(?:\s+de\s+la\s+convocation)?|de\s+(?:la\s+)?publication)`;

/** The label of one count alone on its line, in a table broken into a column of labels. */
const COLUMN_LABELS: ReadonlyArray<readonly [RegExp, keyof Attendance['counts'] | null]> = [
  [new RegExp(String.raw`^(?:nombre\s+de\s+)?(?:(?:${MEMBER_NOUNS})(?:\s+(?:municipaux|g[ée]n[ée]raux|r[ée]gionaux|d[ée]partementaux|communautaires|syndicaux|titulaires))?\s+)?en\s+(?:exercice|fonctions?)$`, 'u'), 'inOffice'],
  // "Présents à l'ouverture": the members at the opening, whom the counts box counts.
  // "Conseillers présents": the members' noun before it too.
  [new RegExp(String.raw`^(?:(?:${MEMBER_NOUNS})\s+)?pr[ée]sents?(?:\s+[àa]\s+l['’]\s?ouverture(?:\s+de\s+la\s+s[ée]ance)?)?$`, 'u'), 'present'],
  // "Délégations de vote": a regional council's proxies (a member delegates their vote).
  [/^(?:pouvoirs?|procurations?|repr[ée]sent[ée]s|d[ée]l[ée]gations?\s+de\s+vote)$/u, 'represented'],
  // "qui ont pris part" alone: the register's form, "à la délibération" wrapped under it.
  [/^(?:votants?|(?:qui\s+ont\s+)?pris\s+part\s+au\s+vote|prenant\s+part\s+au\s+vote|qui\s+ont\s+pris\s+part(?:\s+[àa]\s+la\s+d[ée]lib[ée]ration)?)$/u, 'voting'],
  // "dont suppléants": the substitutes among the present, counted with them.
  [/^(?:absents?(?:\s+excus[ée]s)?|excus[ée]s|quorum|aff[ée]rents(?:\s+au\s+conseil(?:\s+\p{L}+)?)?|(?:membres\s+|conseillers\s+)?[ée]lus|dont\s+suppl[ée]ants?)$/u, null],
  // The convocation's date a software export prints after the counts (its value a date, see labelColumn).
  [new RegExp(String.raw`^${DATE_LABEL_WORDS}$|^convocation(?:\s+du)?$`, 'u'), null],
];

/**
 * A counts table that text extraction broke into a column of labels, then a column of their
 * numbers ("En exercice\nPrésents\nPouvoirs\nVotants\n45\n36\n6\n42"): each number is its
 * label's, in order, when there are as many of each.
 */
function countColumns(lower: string): Partial<Attendance['counts']> {
  const lines = lower.split('\n').map(bareLabel);
  const row = countRow(lines);
  if (row) return row;
  const column = labelColumn(lines, COUNT_AND_VOTE_LABELS);
  const out: Partial<Attendance['counts']> = {};
  column?.keys.forEach((key, n) => {
    if (key) out[key] = column.values[n]!;
  });
  return out;
}

/**
 * A label as a software export prints it, "Nombre de conseillers élus :", "Conseillers présents :",
 * to the words COLUMN_LABELS know ("conseillers élus", "présents"); any other line trimmed.
 */
function bareLabel(line: string): string {
  const bare = line.trim().replace(LABEL_COLON, '');
  return bare.length === line.trim().length ? bare : bare.replace(LABEL_TITLE, '').replace(LABEL_MEMBERS, '');
}
/** A label's colon, which only such a column's labels carry at a line's end. */
const LABEL_COLON = /\s*:$/u;
const LABEL_TITLE = /^nombre\s+d(?:e\s+|['’]\s?)/u;
/** "conseillers présents", "membres votants": the members' word before a count's (not "en exercice", which keeps it). */
const LABEL_MEMBERS = /^(?:membres|conseillers)\s+(?=pr[ée]sents?$|votants?$|absents?$|excus[ée]s$|repr[ée]sent[ée]s$)/u;

/** A vote's labels broken into the same column as the counts' ("Votants" / "Pour" / "Contre" / "Abstentions"). */
const VOTE_COLUMN_LABEL = /^(?:pour|contre|abstentions?|abst\.?|nppv|ne\s+prend(?:nent)?\s+pas\s+part(?:\s+au\s+vote)?|r[ée]sultat)$/u;
/** The counts' labels, and the vote's beside them, whose figures are no counts of the sitting. */
const COUNT_AND_VOTE_LABELS: ReadonlyArray<readonly [RegExp, keyof Attendance['counts'] | null]> = [...COLUMN_LABELS, [VOTE_COLUMN_LABEL, null]];
/** A table's labels broken into a column: the counts', and a vote's beside them ("Présents" / … / "Pour" / "Contre" / "NPPV"). */
const TABLE_COLUMN_LABELS: ReadonlyArray<readonly [RegExp, null]> = COUNT_AND_VOTE_LABELS.map(([re]) => [re, null] as const);

/**
 * Where the tables broken into columns stand in text[0, limit), a column of labels then one of
 * their figures: their labels ("Présents", "Représentés" alone on their lines) are no list headings.
 */
function countColumnSpans(text: string, limit: number): Span[] {
  const zone = lowerOf(text).slice(0, limit);
  if (!/\n\s*\d{1,3}\s*\n\s*\d{1,3}\s*(?:\n|$)/.test(zone)) return [];
  const lines = zone.split('\n');
  const trimmed = lines.map(bareLabel);
  const starts: number[] = [];
  for (let i = 0, at = 0; i < lines.length; at += lines[i]!.length + 1, i++) starts.push(at);
  const spans: Span[] = [];
  for (let from = 0; from < lines.length; ) {
    const column = labelColumn(trimmed.slice(from), TABLE_COLUMN_LABELS);
    if (!column) break;
    const first = from + column.first;
    const last = from + column.last;
    spans.push({ start: starts[first]! + (lines[first]!.length - lines[first]!.trimStart().length), end: starts[last]! + lines[last]!.length });
    from = last + 1;
  }
  return spans;
}

/** The labels of COLUMN_LABELS written in a row: "En exercice Présents Représentés Votants". */
// "Conseillers élus  Conseillers en fonction  Conseillers présents  Conseillers absents": each label may name its members.
// The vote's counts may close the row ("… Votants Pour Contre Abstention"): their labels count no members;
// nor does "dont suppléants" after "Présents", the substitutes among them.
const ROW_LABEL = new RegExp(String.raw`(?:(?:${MEMBER_NOUNS})\s+)?(?:en\s+exercice|en\s+fonctions?|[ée]lus|pr[ée]sents?(?:\s+[àa]\s+l['’]\s?ouverture(?:\s+de\s+la\s+s[ée]ance)?)?|pouvoirs?|procurations?|d[ée]l[ée]gations\s+de\s+vote|repr[ée]sent[ée]s|votants?|absents?\s+excus[ée]s|absents?|excus[ée]s)|quorum(?:\s*\(\d{1,3}\))?(?:\s+atteint)?|aff[ée]rents(?:\s+au\s+conseil(?:\s+municipal)?)?|qui\s+ont\s+pris\s+part|dont\s+suppl[ée]ants?|(?<=\s)(?:pour|contre|abstentions?)(?=\s|$)`, 'gu');
/** "Nombre de" opening a row of count labels. Lower-cased. */
const COUNT_TITLE = /^nombre\s+d(?:e\s+|['’]\s?)/u;
/** The members' number heading a row of count labels before theirs ("nb membres présents pouvoirs …"). Lower-cased. */
const MEMBERS_COLUMN = /^(?:nb(?:re)?\.?\s+)?(?:membres|conseillers)\s+(?=\S)/u;
/** Dates opening a row of count labels: the values of a row of labels above ("Date de convocation Date d'affichage Nombre de conseillers"). */
const ROW_DATES = /^(?:\d{1,2}\/\d{1,2}\/\d{2,4}\s+)+(?=\p{L})/u;
/** The dates' labels opening a row of count labels, their dates one a line under it before the counts. Lower-cased. */
const DATE_LABEL = new RegExp(DATE_LABEL_WORDS, 'gu');
const DATE_LABELS_OPENING = new RegExp(String.raw`^(?:${DATE_LABEL.source}\s+)+(?=\p{L})`, 'u');
const COLUMN_DATE = /^\d{1,2}\/\d{1,2}\/\d{2,4}$/u;
/** The members a row's label names, before the count's own word. */
const MEMBERS_WORD = new RegExp(String.raw`^(?:${MEMBER_NOUNS})\s+(?!en\s)`, 'u');

/**
 * A counts box read row by row: a line of labels, the line under it as many numbers
 * ("en exercice présents représentés votants\n29 22 5 27"), or as many lines of one number each;
 * each number is its label's. Lower-cased lines.
 */
function countRow(lines: readonly string[]): Partial<Attendance['counts']> | null {
  for (let i = 0; i + 1 < lines.length; i++) {
    // The register's form, its three labels' words stacked in their cells ("afférents en qui ont pris" /
    // "au conseil exercice part à la" / "municipal délibération" / "11 11 9"): the seats, those in office, those who took part.
    if (STACKED_FORM_HEADER.test(lines[i]!)) {
      const figures = lines.slice(i + 1, i + 1 + STACKED_FORM_ROWS).map(figuresOf).find((f) => f !== null);
      if (figures?.length === 3 && !figures.some(Number.isNaN)) return { inOffice: figures[1]!, voting: figures[2]! };
    }
    let labelLine = lines[i]!;
    let numbers = figuresOf(lines[i + 1]!);
    // "membres en présents … votants" / "exercice" / "21 15 …": the first label wrapped in its cell.
    // "… quorum quorum" / "exercice requis atteint": the other labels' wrapped words add no label.
    const wrapped = !numbers && i + 2 < lines.length ? WRAPPED_LABEL_END.exec(lines[i + 1]!) : null;
    if (wrapped && DANGLING_EN.test(labelLine)) {
      numbers = figuresOf(lines[i + 2]!);
      if (numbers) labelLine = labelLine.replace(DANGLING_EN, `$& ${wrapped[1]}`);
    }
    // The register's box flattened: "afférents au conseil en exercice qui ont pris part 10/04/2026" /
    // "municipal à la délibération date d'affichage" / "11 11 10 10/04/2026": the labels' wrapped
    // words between labels and figures, the convocation's date closing both rows.
    if (!numbers && i + 2 < lines.length && WRAPPED_LABEL_TAILS.test(lines[i + 1]!) && TRAILING_DATES.test(labelLine)) {
      numbers = figuresOf(lines[i + 2]!.replace(TRAILING_DATES, ''));
    }
    labelLine = labelLine.replace(TRAILING_DATES, '');
    // "Nombre de membres en exercice  Présents  …": the table's title opening its first label.
    if (labelLine.startsWith('nombre')) labelLine = labelLine.replace(COUNT_TITLE, '');
    // "09/10/2014 09/10/2014 en exercice présents votants": the dates of the header's row above share the line.
    labelLine = labelLine.replace(ROW_DATES, '');
    // "Date de convocation  Date d'affichage  Membres en exercice …": the dates' labels open the row, their dates the column under it.
    const dateLabels = numbers ? null : DATE_LABELS_OPENING.exec(labelLine);
    const datesAbove = dateLabels ? dateLabels[0].match(DATE_LABEL)!.length : 0;
    if (dateLabels) labelLine = labelLine.slice(dateLabels[0].length);
    let labels = execAll(ROW_LABEL, labelLine).map((m) => m[0]);
    // The labels in a row, their figures a column under them ("… Représentés Votants" / "11" / "9" / "1" / "10").
    if (!numbers && labels.length >= 2 && lines.slice(i + 1, i + 1 + datesAbove).every((l) => COLUMN_DATE.test(l))) {
      const column = lines.slice(i + 1 + datesAbove, i + 1 + datesAbove + labels.length);
      if (column.length === labels.length && column.every((l) => /^\d{1,3}$/.test(l))) numbers = column.map((l) => parseInt(l, 10));
    }
    if (!numbers) continue;
    // "Nb membres  Présents  Pouvoirs  Excusés  Absents  Votants" / "16 13 1 2 0 14": the members' number its own first column, those in office.
    const membersColumn = labels.length + 1 === numbers.length ? MEMBERS_COLUMN.exec(labelLine) : null;
    if (membersColumn) {
      labelLine = labelLine.slice(membersColumn[0].length);
      labels = ['en exercice', ...execAll(ROW_LABEL, labelLine).map((m) => m[0])];
    }
    if (labels.length !== numbers.length || labelLine.replace(ROW_LABEL, '').replace(/[\s:|/–-]+/g, '') !== '') continue;
    const out: Partial<Attendance['counts']> = {};
    labels.forEach((label, n) => {
      const bare = label.replace(MEMBERS_WORD, '');
      const key = COLUMN_LABELS.find(([re]) => re.test(bare))?.[1];
      if (key && !Number.isNaN(numbers[n]!)) out[key] = numbers[n]!;
    });
    return out;
  }
  return null;
}

/**
 * A line of figures ("29 22 5 27"), as numbers; a quorum's "oui" / "non" / "atteint" / "non
 * atteint" among them is a cell with no figure (NaN). Null for any other line.
 */
function figuresOf(line: string): number[] | null {
  // A line of figures opens on one: the others are passed over before the pattern.
  const first = line.charCodeAt(0);
  if (!(first >= 48 && first <= 57) || !FIGURES_LINE.test(line)) return null;
  return line.match(FIGURE_CELL)!.map((n) => (/[a-z]/.test(n) ? NaN : parseInt(n, 10)));
}
// The quorum's figure may follow in brackets ("Atteint (24)") or lead with a dash ("47 – atteint"): one cell.
const QUORUM_CELL = String.raw`(?:\d{1,3}\s*[-–]\s*)?(?:non\s+atteint|atteint|oui|non)(?:\s*\(\d{1,3}\))?`;
const FIGURES_LINE = new RegExp(String.raw`^\d{1,3}(?:\s+(?:\d{1,3}|${QUORUM_CELL}))+$`);
const FIGURE_CELL = new RegExp(String.raw`${QUORUM_CELL}|\d{1,3}`, 'g');
/** The first row of the register's form, its labels' first words side by side ("afférents en qui ont pris"); what the text beside the box adds after them. Lower-cased. */
const STACKED_FORM_HEADER = /^aff[ée]rents\s+en\s+qui\s+ont\s+pris(?:\s|$)/u;
/** How many lines under it the figures may stand: the labels' words wrapped over two lines, then the figures. */
const STACKED_FORM_ROWS = 3;
/** "Membres en" then, under it in its cell, "exercice" or "fonction": the end of a count's label. Lower-cased. */
const DANGLING_EN = /(?:^|(?<=\s))(?:membres|conseillers)\s+en(?=\s)/u;
const WRAPPED_LABEL_END = /^(exercice|fonctions?)(?:\s+\p{L}+){0,4}$/u;
/** A row of the labels' words wrapped under them, no figure: "municipal à la délibération date d'affichage". Lower-cased. */
const WRAPPED_LABEL_TAILS = /^(?:(?:municipal|communautaire|syndical|[àa]\s+la\s+d[ée]lib[ée]ration|au\s+vote|date\s+(?:de\s+(?:la\s+)?convocation|d['’]\s?affichage))(?:\s+|$))+$/u;
/** The dates closing a row of the box, the convocation's column beside its counts. */
const TRAILING_DATES = /(?:\s+\d{1,2}\/\d{1,2}\/\d{2,4})+$/u;

/** "en exercice : 1l": OCR read a figure of the count as a letter; mended, eleven. */
function ocrCount(text: string, n: { start: number; end: number }): number | null {
  const token = /^[\dOolI]+(?![\p{L}])/u.exec(text.slice(n.start, n.end + 3))?.[0];
  if (!token || token.length === n.end - n.start) return null;
  const mended = fixNumber(token);
  return /^\d{1,3}$/.test(mended) ? parseInt(mended, 10) : null;
}

/** The counts' keys, in the order the contract writes them. */
const COUNT_KEYS = ['inOffice', 'present', 'represented', 'voting'] as const satisfies ReadonlyArray<keyof Attendance['counts']>;

/** "Conseillers élus : 15", "Nombre de membres élus ...... 11": the Alsace-Moselle count of the council's seats. Lower-cased text. */
const ELECTED_COUNT = /(?:conseillers|membres)(?:\s+du\s+conseil(?:\s+municipal)?)?\s+[ée]lus\s*(?::|\.(?:[ \t]?[.,]){2,}[ \t]*:?)\s*(\d{1,3})(?!\d)/u;

/** A speck OCR read between a count's label and its figure: ";", ",", "'", "|" alone. */
const STRAY_MARK_BEFORE_FIGURE = /^[ \t]*[;,'’|][ \t]*(?=\d)/u;
/** A count's label closed by its colon or its equals sign, where such a speck may follow. */
const SIGN_AT_END = /[:=]\s*$/u;

function readCounts(text: string, from: number, to: number, only?: ReadonlySet<keyof Attendance['counts']>): Attendance['counts'] {
  const counts: Attendance['counts'] = { inOffice: null, present: null, represented: null, voting: null };
  const lower = lowerOf(text).slice(from, to);
  const columns = /\n\s*\d{1,3}\s*\n\s*\d{1,3}\s*(?:\n|$)|\n[ \t]*\d{1,3}[ \t]+\d{1,3}[ \t]+\d{1,3}/.test(lower) ? countColumns(lower) : {};
  for (const [key, value] of Object.entries(columns) as Array<[keyof Attendance['counts'], number]>) if (!only || only.has(key)) counts[key] = value;
  // Looked up once: telling the document from its line view compares them up to a page break.
  let index: ReadonlyMap<string, readonly number[]> | undefined;
  for (const [key, re, notAfter, leads] of COUNT_CUES) {
    if ((only && !only.has(key)) || counts[key] !== null) continue;
    /** The count after a match, if it gives one (not after what `notAfter` says). */
    const countAfter = (m: RegExpExecArray): number | null => {
      if (notAfter?.test(lower.slice(Math.max(0, m.index - 16), m.index))) return null;
      const after = from + m.index + m[0].length;
      // OCR's speck between the label's colon and its figure ("en exercice : ; 15"); not a comma after the label alone ("en exercice, 131 présents").
      const speck = SIGN_AT_END.test(m[0]) ? (STRAY_MARK_BEFORE_FIGURE.exec(text.slice(after, after + 6))?.[0].length ?? 0) : 0;
      const n = findNumberAt(text, after + speck);
      return n && n.start - (after + speck) <= 2 && n.value < 1000 ? (ocrCount(text, n) ?? n.value) : null;
    };
    const cue = caseless(re);
    // Match by match, up to the first with its figure: the rest of the zone is not scanned (no
    // cue matches an empty string, so a search moves on by itself). The matches are those a
    // search gives: at each start in turn not inside the last match.
    const starts = leads && cueStarts((index ??= wordIndex(text)), lower, from, to, leads);
    if (starts) {
      const sticky = stickyTwin(cue);
      let next = 0;
      for (const at of starts) {
        if (at < next) continue;
        sticky.lastIndex = at;
        const m = sticky.exec(lower);
        if (!m) continue;
        next = at + m[0].length;
        const n = countAfter(m);
        if (n !== null) {
          counts[key] = n;
          break;
        }
      }
      sticky.lastIndex = 0;
      continue;
    }
    if (!mayMatchIn(re, text, from, to)) continue;
    cue.lastIndex = 0;
    for (let m = cue.exec(lower); m; m = cue.exec(lower)) {
      const n = countAfter(m);
      if (n !== null) {
        counts[key] = n;
        break;
      }
    }
    cue.lastIndex = 0;
  }
  // "Conseillers élus : 15 – Conseillers présents : 13": the members elected, where none is said in office.
  if (counts.inOffice === null && (!only || only.has('inOffice')) && lower.includes('lus')) {
    const elected = ELECTED_COUNT.exec(lower);
    if (elected) counts.inOffice = Number(elected[1]);
  }
  // "Nombre des membres absents : 3 / dont 2 ayant donné procuration": the figure before its words.
  const given = counts.represented === null && (!only || only.has('represented')) ? givenProxies((index ??= wordIndex(text)), lower, from, to) : null;
  if (given) counts.represented = Number(given[1]);
  // "7 pouvoirs ont été déposés, soit 53 votants": the figures before their words, in the sentence opening the sitting.
  for (const [key, word, re] of FIGURE_BEFORE_WORD) {
    if (counts[key] !== null || (only && !only.has(key)) || !lower.includes(word)) continue;
    const m = re.exec(lower);
    if (m) counts[key] = Number(m[1]);
  }
  // The core tried at the few "sent" of the zone before the zone is searched for " sur ".
  const of = matchesAt(PRESENT_OF_CORE, lower, cueStarts((index ??= wordIndex(text)), lower, from, to, PRESENT_OF_CORE_LEADS)) && lower.includes(' sur ') ? PRESENT_OF.exec(lower) : null;
  // A count read from a sentence fills only what the labelled counts left empty (and what is asked).
  const fill = (key: keyof Attendance['counts'], value: number) => {
    if (counts[key] === null && (!only || only.has(key))) counts[key] = value;
  };
  // "26 conseillers généraux sur 27 sont présents": the same figures, the members in office first.
  const ofFirst = !of && (counts.present === null || counts.inOffice === null) && /\ssur\s+\d/.test(lower) ? OF_THEN_PRESENT.exec(lower) : null;
  for (const m of [of, ofFirst]) {
    if (m && Number(m[1]) <= Number(m[2])) {
      fill('present', Number(m[1]));
      fill('inOffice', Number(m[2]));
    }
  }
  const both = (counts.present === null || counts.inOffice === null) && lower.includes('sentés sur') ? PRESENT_REPRESENTED_OF.exec(lower) : null;
  if (both && Number(both[1]) + Number(both[2]) <= Number(both[3])) {
    fill('present', Number(both[1]));
    fill('represented', Number(both[2]));
    fill('inOffice', Number(both[3]));
  }
  // How many sat of the seats, in words or figures: the present, then the seats.
  for (const [cue, re] of PRESENT_OF_SEATS_SENTENCES) {
    const m = (counts.present === null || counts.inOffice === null) && lower.includes(cue) ? re.exec(lower) : null;
    const sat = m ? parseCount(m[1]!) : null;
    const seats = m ? parseCount(m[2]!) : null;
    if (sat !== null && seats !== null && sat <= seats) {
      fill('present', sat);
      fill('inOffice', seats);
    }
  }
  // "Mes chers collègues, dix-huit d'entre nous étant présents, le Conseil peut valablement délibérer": the president's count.
  const amongUs = counts.present === null && lower.includes("d'entre") ? AMONG_US_PRESENT.exec(lower) : null;
  const among = amongUs ? parseCount(amongUs[1]!) : null;
  if (among !== null) fill('present', among);
  const counted = counts.inOffice === null && lower.includes('compte ') ? COUNTS_SEATS.exec(lower) : null;
  const seatsCounted = counted ? parseCount(counted[1]!) : null;
  if (seatsCounted !== null) fill('inOffice', seatsCounted);
  // "Il constate que onze membres sont présents", "45 conseillers régionaux sont présents": the present alone, no seats said.
  const sat = counts.present === null && (!only || only.has('present')) && PRESENT_CUES.some((cue) => lower.includes(cue)) ? MEMBERS_PRESENT.exec(lower) : null;
  const present = sat ? parseCount(sat[1]!) : null;
  if (present !== null) fill('present', present);
  return counts;
}
/** "onze membres sont présents", "45 conseillers régionaux étant présents". Lower-cased text. */
const MEMBERS_PRESENT = new RegExp(String.raw`([\p{L}\d-]+(?:\s+et\s+un)?)\s+(?:${MEMBER_NOUNS}|administrateurs)(?:\s+\p{L}+)?\s+(?:sont|[ée]tant|[ée]taient)\s+pr[ée]sents(?![\p{L}])`, 'u');
const PRESENT_CUES = ['sont présents', 'étant présents', 'étaient présents', 'sont presents', 'etant presents', 'etaient presents'];
/** "dix-huit d'entre nous étant présents", "32 d'entre nous sont présents". Lower-cased text. */
// Or told of them: "… compte quarante-deux membres en exercice ; trente-sept d'entre eux étant présents".
const AMONG_US_PRESENT = /(?<![\p{L}\d])([\p{L}\d-]+(?:\s+et\s+un)?)\s+d['’]\s?entre\s+(?:nous|eux|elles)\s+(?:[ée]tant|sont|[ée]taient)\s+pr[ée]sents/u;
/** "Le Conseil Général compte quarante-deux membres en exercice": the seats, in words or figures, after the verb. Lower-cased text. */
const COUNTS_SEATS = new RegExp(String.raw`(?<![\p{L}])compte\s+([\p{L}\d-]+(?:\s+et\s+un)?)\s+(?:${MEMBER_NOUNS}|administrateurs)(?:\s+\p{L}+)?\s+en\s+exercice`, 'u');

// extractAttendance's reading of one list heading, in functions of their own: the JIT compiles
// the smaller pieces sooner (the whole, with all it inlined, took some 100 ms to compile).

/** Where the list under `cue` may run to: the next heading's line (`next`), a movement line, the list window's end. */
function cueWindowEnd(text: string, cue: CueHit, next: CueHit | undefined, limit: number): number {
  // The next heading's line is its own, words before the heading included ("Absents excusés
  // ayant donné procuration :"): "excusés" must not be read as the status of this list's last name.
  // Only words that belong to a heading may stand there: in a text layer that runs lists and
  // headings together ("… Mme X (UDAF). SECRÉTAIRE DE SÉANCE :"), the names before it are this list's.
  const nextLine = next ? text.lastIndexOf('\n', next.start - 1) + 1 : limit;
  const nextAt = next ? (nextLine > cue.contentStart && HEADING_LEAD.test(text.slice(nextLine, next.start)) ? nextLine : next.start) : limit;
  return beforeMovementLine(text, cue.contentStart, listWindowEnd(text, cue.contentStart, Math.min(nextAt, cue.contentStart + 4000)));
}

/** The entries of the list under `cue` and where it ends; null where the heading is a count's label. */
function cueList(text: string, cue: CueHit, windowEnd: number, layout: LineLayout | undefined, present: readonly Person[]): { entries: ListEntry[]; end: number } | null {
  // "Présents : 11" alone on its line, or in a run of counts ("Présents : 14 - Votants : 17"):
  // a count, read by readCounts, not the heading of a list.
  if (COUNT_ONLY.test(text.slice(cue.contentStart, cue.contentStart + 80))) {
    // "Absents ayant donné pouvoir : 6" / "M. Jean-Pierre DELAHAYE à M. Michel CROMBEZ - …": the count alone on its line, the names under it.
    const lineEnd = text.indexOf('\n', cue.contentStart);
    if (lineEnd < 0 || lineEnd >= windowEnd || !COUNT_ALONE.test(text.slice(cue.contentStart, lineEnd)) || !NAMED_LINE_OPENING.test(text.slice(lineEnd + 1, lineEnd + 80))) return null;
    return cueList(text, { ...cue, contentStart: lineEnd + 1 }, windowEnd, layout, present);
  }
  // "Absents : néant." names no one, whoever the next paragraph names.
  const none = NAMES_NONE.exec(text.slice(cue.contentStart, windowEnd));
  // Its table's column labels one a line under the heading ("Nom" / "Prénom" / "Commune"), then a member a line.
  const rows = none ? null : labelledRows(text, cue.contentStart, windowEnd);
  if (rows) return rows;
  const pairs = none || cue.role === 'present' ? null : proxyPairs(text, cue.contentStart, windowEnd, present);
  return none
    ? { entries: [], end: cue.contentStart + none[0].trimEnd().length }
    : (pairs ?? withoutSentenceAfter(text, readPersonList(text, cue.contentStart, windowEnd, listColumns(text, cue.contentStart, windowEnd, layout))));
}

/** `layout`: the input's lines as laid out (see LineLayout), for tables aligned with spaces. */

/**
 * A table a member a line ("JOSEPH Raymond Maire Présent") in which a row the export wrapped a
 * cell a line left its presence alone on a line ("LOUIS Josette" / "3ème adjointe" /
 * "Représentée"), which reads as a list's heading: the table, when it holds that heading.
 */
/** The rest of the line from `at`. */
function lineFrom(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(at, end < 0 ? text.length : end);
}

function tableOverWrappedRow(text: string, cues: readonly CueHit[], limit: number, layout: LineLayout | undefined): ReturnType<typeof presenceTable> {
  // A presence alone on its line ("Représentée"), read as a list's heading.
  const bare = cues.find((c) => (c.start === 0 || text[c.start - 1] === '\n') && STATUS_CELL.test(lineFrom(text, c.start)));
  if (!bare) return null;
  const table = presenceTable(text, 0, limit, layout);
  return table && table.span.start < bare.start && bare.start < table.span.end ? table : null;
}

export function extractAttendance(text: string, searchEnd: number = text.length, layout?: LineLayout): AttendanceResult {
  const warnings: string[] = [];
  const limit = Math.min(text.length, searchEnd);
  let cues = findAttendanceCues(text, 0, limit);
  const countColumns = countColumnSpans(text, limit);
  const countColumn = countColumns[0] ?? null;
  if (countColumns.length) cues = cues.filter((c) => !countColumns.some((t) => t.start <= c.start && c.start < t.end));
  const attendance: Attendance = {
    present: [],
    presentIncludesProxies: false,
    represented: [],
    excused: [],
    absent: [],
    counts: { inOffice: null, present: null, represented: null, voting: null },
  };

  // Keep the first cluster of headings: a list heading far from the previous one is prose.
  const cluster: CueHit[] = [];
  let clusterEnd = -1;
  let listReach = -1;
  let secretary: Person | null = null;
  let span: { start: number; end: number } | null = null;
  // A table's column labels read as list headings ("Présent" alone on its line): the table is read as one.
  const grid = presenceCells(text, 0, limit) ?? sectionedCells(text, 0, limit) ?? tableAround(text, cues, limit, layout) ?? tableUnderHeading(text, cues, limit, layout) ?? tableBefore(text, cues, layout) ?? tableOverWrappedRow(text, cues, limit, layout) ?? tableBeforeAwayLists(text, cues, layout);
  if (grid) {
    const rows: CueHit = { role: 'present', start: grid.span.start, contentStart: grid.span.start, includesProxies: false };
    place(attendance, rows, grid.entries);
    cluster.push(rows);
    clusterEnd = grid.span.end;
    cues = cues.filter((c) => c.start < grid.span.start || c.start >= grid.span.end);
  }
  // Two columns of lists side by side, each line holding a line of both.
  const columns = grid ? null : twoColumnLists(text, cues, limit);
  if (columns) {
    for (const { cue, entries } of columns.lists) {
      place(attendance, cue, entries);
      cluster.push(cue);
    }
    clusterEnd = columns.end;
    cues = cues.filter((c) => c.start < columns.start || c.start >= columns.end);
  }
  // A table of the members away, its status labels on one line, flattened row by row under it:
  // read after the lists, each of which stops at it.
  const statusRows = grid || columns ? null : (statusHeaderRows(text, 0, limit) ?? stackedStatusRows(text, 0, limit, (at) => readCounts(text, Math.max(0, at - COUNTS_OVER_TABLE), at).present));
  if (statusRows) cues = cues.filter((c) => c.start < statusRows.start || c.start >= statusRows.end);
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i]!;
    if (cluster.length && cue.start - clusterEnd > 600 && !(cue.start >= listReach && cue.start - listReach <= 3)) break;
    // A list stops where a counts table read column by column starts: its labels are no names.
    const windowEnd = Math.min(
      cueWindowEnd(text, cue, cues[i + 1], countColumn && countColumn.start > cue.contentStart ? Math.min(limit, countColumn.start) : limit),
      statusRows && statusRows.start > cue.contentStart ? statusRows.start : limit,
    );
    if (cue.role === 'secretary') {
      // "Secrétaire MORVAN Anne-Laure": the cell beside the label names the secretary, no cue word between.
      const lineEnd = text.indexOf('\n', cue.contentStart);
      const found = findSecretary(text, cue.start, Math.min(limit, cue.start + 300)) ?? (cue.formCell ? (parsePersonList(text, cue.contentStart, lineEnd < 0 ? text.length : lineEnd)[0]?.person ?? null) : null);
      if (!cluster.length) continue;
      if (found) {
        secretary = found;
        clusterEnd = Math.max(clusterEnd, found.span?.end ?? cue.contentStart);
      }
      cluster.push(cue);
      continue;
    }
    const list = cueList(text, cue, windowEnd, layout, attendance.present);
    if (!list) continue;
    const { entries, end } = list;
    // "néant", "/", and "le conseil municipal au complet", "tous les membres": a list that names no one.
    if (!entries.length && !NAMES_NO_ONE.test(text.slice(cue.contentStart, windowEnd))) {
      if (!cluster.length) continue;
    }
    cluster.push(cue);
    clusterEnd = Math.max(end, cue.contentStart);
    // A list whose window went on over blank lines (its groups, its subheadings) up to the next
    // heading: that heading follows the list, whatever its reader made of the last group.
    if (text.slice(end, windowEnd).includes('\n\n')) listReach = windowEnd;
    place(attendance, cue, entries);
  }
  // Only beside lists read above: the labels alone are no sign of a record's attendance.
  if (statusRows && cluster.length && statusRows.start - clusterEnd <= 600) {
    for (const { role, entries } of statusRows.lists) place(attendance, { role, start: statusRows.start, contentStart: statusRows.start, includesProxies: false }, entries);
    clusterEnd = Math.max(clusterEnd, statusRows.end);
  }
  if (!cluster.length) {
    // No list heading: a table of members, each row saying whether they were there.
    const table = fullerRows(text, presenceGrid(text, 0, limit, layout), limit, layout) ?? presenceTable(text, 0, limit, layout) ?? listColumnsTable(text, 0, limit, layout) ?? delegatesTable(text, 0, limit, layout) ?? (layout ? tabbedLists(text, 0, limit, layout) : null);
    if (table) {
      const rows: CueHit = { role: 'present', start: table.span.start, contentStart: table.span.start, includesProxies: false };
      place(attendance, rows, table.entries);
      cluster.push(rows);
      clusterEnd = table.span.end;
    } else if (statusRows && (statusRows.lists.find((l) => l.role === 'present')?.entries.length ?? 0) >= STANDALONE_PRESENT) {
      // The table of the whole sitting, its present members a column: the record's attendance, no list beside it.
      for (const { role, entries } of statusRows.lists) place(attendance, { role, start: statusRows.start, contentStart: statusRows.start, includesProxies: false }, entries);
      cluster.push({ role: 'present', start: statusRows.start, contentStart: statusRows.start, includesProxies: false });
      clusterEnd = statusRows.end;
    }
  }
  if (cluster.length) {
    lateArrivals(text, cluster[0]!.start, Math.min(limit, clusterEnd + ARRIVAL_REACH), attendance);
    clusterEnd = Math.max(clusterEnd, statusSentences(text, cluster[0]!.start, clusterEnd, Math.min(limit, clusterEnd + STATUS_SENTENCE_ZONE), attendance));
    // The counts read column by column right after the last list close the attendance.
    if (countColumn && countColumn.start >= clusterEnd && text.slice(clusterEnd, countColumn.start).trim() === '') clusterEnd = countColumn.end;
    span = { start: cluster[0]!.start, end: clusterEnd };
    const countEnd = Math.min(limit, Math.max(clusterEnd, cluster[0]!.start) + 200);
    attendance.counts = readCounts(text, Math.max(0, cluster[0]!.start - 600), countEnd);
  }
  // Counts stated outside the lists ("Nombre de votants : 15") still count.
  const missing = new Set(COUNT_KEYS.filter((k) => attendance.counts[k] === null));
  if (missing.size) {
    const anywhere = readCounts(text, 0, Math.min(text.length, 15_000), missing);
    for (const k of COUNT_KEYS) if (attendance.counts[k] === null) attendance.counts[k] = anywhere[k];
  }
  withoutSubstituted(text, attendance);
  attendance.present = withoutGroupLabels(text, attendance.present);
  dedupeRepresented(attendance);
  checkCounts(attendance, warnings);
  return { attendance, secretary, span, warnings };
}

/** How far over a flattened table of statuses its counts may stand: the present's count says where its rows end. */
const COUNTS_OVER_TABLE = 600;

/** A flattened table of statuses naming this many present members is the sitting's attendance on its own. */
const STANDALONE_PRESENT = 3;

/** Fewer members than this written with their initials or given names tell nothing of how the list writes a name. */
const GIVEN_NAMED_LIST = 4;

/**
 * The present without the labels of their groups that a list read as names: in a list whose
 * members are written with their initials or given names ("FABRE J-L., ROUQUETTE P."), a word in
 * capitals alone on its line, no civility, no given name, over a line of several members, is
 * the commune over its delegates ("VERNASSAC" / "FABRE J-L., ROUQUETTE P.").
 */
function withoutGroupLabels(text: string, present: Person[]): Person[] {
  const named = present.filter((p) => p.givenName !== null).length;
  if (named < GIVEN_NAMED_LIST || named * 2 < present.length) return present;
  return present.filter((p) => {
    if (p.givenName !== null || p.civility !== null || !p.span) return true;
    const own = lineAt(text, p.span.start);
    // Its members on the line under it, several a line.
    return !(own.line.trim() === p.raw.trim() && own.end < text.length && lineAt(text, own.end + 1).line.includes(','));
  });
}

/**
 * Proxies held by office ("pouvoir à M. le Maire"): held by the sitting's president, named where
 * the mention stands; by no one we can name when the president is not known.
 */
export function withHoldersByOffice(represented: Attendance['represented'], president: Person | null): Attendance['represented'] {
  return represented.map((r) =>
    r.proxy?.role !== HOLDER_BY_OFFICE ? r : { ...r, proxy: president ? { ...president, raw: r.proxy.raw, span: r.proxy.span } : null },
  );
}

/** A presence table whose header holds the first list heading found, as a table's labels do. */
function tableAround(text: string, cues: readonly CueHit[], limit: number, layout: LineLayout | undefined): ReturnType<typeof presenceGrid> {
  const first = firstListCue(text, cues);
  if (!first) return null;
  // A heading with its list on its own line ("Présents : M. X, …") heads no table; a table's label
  // ends its line, or stands between pipes.
  const endsLine = text.slice(first.start, first.contentStart).includes('\n');
  const next = text.indexOf('\n', first.contentStart);
  const lineEnd = next < 0 ? text.length : next;
  const lineStart = text.lastIndexOf('\n', first.start) + 1;
  if (!endsLine && text.slice(first.contentStart, lineEnd).trim() && !text.slice(lineStart, lineEnd).includes('|')) return null;
  // The header may open a few labels above the heading ("Collège", "Administrateur", "Présent"),
  // or above the first row, whose status cell the cues took for one ("CASTELNAU Bernard\nprésent").
  let from = first.start;
  for (let n = 0; n < 8 && from > 0; n++) from = text.lastIndexOf('\n', from - 2) + 1;
  // A grid opening after the heading would not hold it: its header is looked for up to the heading's line.
  const grid = presenceGrid(text, from, Math.min(limit, first.start + 4000), layout, first.start);
  return grid && grid.span.start <= first.start && first.start < grid.span.end ? grid : null;
}

/**
 * The first list heading alone on its line ("Conseillers présents ou représentés :"), the header
 * of a presence table on the next ("NOM Prénom  Qualité  Présent  Pouvoir à"): the table is the
 * list the heading announces.
 */
function tableUnderHeading(text: string, cues: readonly CueHit[], limit: number, layout: LineLayout | undefined): ReturnType<typeof presenceGrid> {
  const first = firstListCue(text, cues);
  if (!first) return null;
  const next = text.indexOf('\n', first.start);
  if (next < 0 || next >= limit || (first.contentStart <= next && text.slice(first.contentStart, next).trim())) return null;
  const grid = presenceGrid(text, next + 1, Math.min(limit, next + 4000), layout, next + 1);
  // The heading is the table's: its span holds it, so that it is not read as a list again.
  return grid && { ...grid, span: { start: first.start, end: grid.span.end } };
}

/** The first heading of a list: not the secretary's, not a count ("Présents : 11"). */
function firstListCue(text: string, cues: readonly CueHit[]): CueHit | undefined {
  return cues.find((c) => c.role !== 'secretary' && !COUNT_ONLY.test(text.slice(c.contentStart, c.contentStart + 80)));
}

/**
 * A table of members with no list heading in it ("Délégués titulaires  Présent  Excusé  Absent
 * Pouvoir à", a row a member), the lists under it naming the substitutes who sat, the excused
 * or the absent once more: the table opens the attendance when it ends just before the first
 * list heading.
 */
function tableBefore(text: string, cues: readonly CueHit[], layout: LineLayout | undefined): ReturnType<typeof presenceGrid> {
  const first = firstListCue(text, cues);
  if (!first) return null;
  const grid = presenceGrid(text, 0, first.start, layout);
  return grid && first.start - grid.span.end <= TABLE_TO_LISTS ? grid : null;
}

/**
 * The grid read, or the same table read a member a line when that reads more of it: rows that say
 * their presence in words ("DESCAMPS Odette Conseillère Représentée DELATTRE Michel") are the
 * grid's too, but a row's note wrapped onto the next line ("LECLERCQ Henri Conseiller Présent
 * (arrivé à" / "21h05)") ends the grid, not the rows' reader.
 */
function fullerRows(text: string, grid: ReturnType<typeof presenceGrid>, limit: number, layout: LineLayout | undefined): ReturnType<typeof presenceGrid> {
  if (!grid) return null;
  const rows = presenceTable(text, grid.span.start, limit, layout);
  return rows && rows.entries.length > grid.entries.length ? rows : grid;
}

/**
 * A table a member a line, its presence in a code or a word, before lists that name no one
 * present (the sitting's text names only those away): the table is who sat.
 */
function tableBeforeAwayLists(text: string, cues: readonly CueHit[], layout: LineLayout | undefined): ReturnType<typeof presenceTable> {
  if (cues.some((c) => c.role === 'present' && !ALL_BUT.test(text.slice(c.contentStart, c.contentStart + 160)))) return null;
  const first = firstListCue(text, cues);
  if (!first) return null;
  const table = presenceTable(text, 0, first.start, layout);
  return table && first.start - table.span.end <= TABLE_TO_AWAY_LISTS ? table : null;
}
/** How far the first list heading may stand after such a table. */
const TABLE_TO_LISTS = 600;
/** How far the lists naming those away may stand after the table of who sat (the sitting's text may open after the table's page). */
const TABLE_TO_AWAY_LISTS = 800;
/** "Étaient présents : tous les conseillers municipaux en exercice, à l'exception de : …": a list of those away. */
const ALL_BUT = new RegExp(String.raw`^\s*tous\s+les\s+(?:${MEMBER_NOUNS}|[ée]lus)(?:\s+(?:municipaux|communautaires|d[ée]partementaux|r[ée]gionaux|syndicaux|titulaires))?(?:\s+en\s+exercice)?\s*,?\s*(?:[àa]\s+l['’]\s?exception|sauf|except[ée])`, 'iu');

/** The whole of a list that names no one: "néant.", "aucun", "/"; a software's dash in its cell, on the line under the label ("Absents" / "-"). */
// Not a dash as a bullet, a name after it ("Pouvoirs :" / "-" / "Monsieur X à Madame Y").
const NAMES_NONE = /^(?:[ \t]*(?:n[ée]ant|aucune?|\/)[ \t]*[.;]?[ \t]*(?=\n|$)|[ \t]*\n?[ \t]*[-–—][ \t]*(?=\n(?![ \t]*(?:m\.|mm\.|mmes?|monsieur|madame|mlle|messieurs|mesdames)\s)(?![ \t]*\p{Lu}[\p{Lu}'’-]+[ \t]+\p{Lu})|$))/iu;

const NAMES_NO_ONE = /^\s*(?:\/|n[ée]ant|aucun|-|(?:le\s+conseil\s+(?:municipal\s+)?|l['’]assembl[ée]e\s+)?au\s+complet|tous\s+les\s+(?:membres|conseillers|[ée]lus)(?:\s+en\s+exercice)?\s*[.\n])/iu;

/**
 * "Présents : 11", "Présents : 11 (12 à partir du point 3) Votants : 12": a count, then its aside,
 * then the next label; or a count and a word in lower case ("Présents : 12 conseillers", a margin's
 * count beside the text's column: "Présents : 8          trente, le Conseil Municipal …"), or a
 * sentence ("Représentés : 2          Sous la présidence de"): no list opens on one.
 */
/** A count alone on the rest of its line. */
const COUNT_ALONE = /^[ \t]*\(?\d{1,3}\)?[ \t]*$/;
/**
 * A line opening on a civility and a member's name (not "M. le Maire"), then what goes on with a list: the holder of their
 * proxy ("à M. X"), a comma and the next name, a dash, the line's end; not a sentence ("M. Yves X, benjamin de l'assemblée, est désigné …").
 */
const NAMED_LINE_OPENING = /^[ \t]*(?:M\.|MM\.|Mme|Mmes|Monsieur|Madame)[ \t]+(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]+)?\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+)*(?:[ \t]*(?:\n|$)|[ \t]+[àa][ \t]+(?:M\.|Mme|Monsieur|Madame)|,[ \t]*(?:M\.|MM\.|Mme|Mmes|\p{Lu})|[ \t]+[-–][ \t]+)/u;
const COUNT_ONLY = /^[ \t]*\(?\d{1,3}\)?[ \t]*(?:\([^()\n]{0,60}\)[ \t]*)?(?:\n|$|[-–,;/|]|[\p{L}' ]{2,30}:|(?<=\d\)?[ \t]+)\p{Ll}|(?<=\d\)?[ \t]+)\p{Lu}\p{Ll}+[ \t]+\p{Ll})/u;

/**
 * What a sentence says of a member, after the name that opens it: "M. X a été désigné
 * secrétaire", "M. Y, arrivé à 21 h 20, a pris part aux votes", "Mme Z quitte la séance",
 * "M. T, benjamin de l'Assemblée, est désigné" or "… remplit les fonctions de secrétaire" (an apposition between, before a designation
 * only: "M. U, Vice-Président, rejoint la séance" is one of the present, late).
 */
const SENTENCE_AFTER_NAME =
  /^[ \t]*,[^,\n]{1,60},[ \t]*(?:(?:a\s+[ée6]t[ée6]|est)\s+(?:d[ée6]sign|nomm|[ée6]lu)|remplit\s)|^[ \t]*,?[ \t]*(?:a\s+[ée6]t[ée6]|ont\s+[ée6]t[ée6]|est\s+(?:d[ée6]sign|nomm|[ée6]lu|arriv|parti|sorti|entr|pr[ée6]sent)|sont\s|arriv|quitt|a\s+quitt|a\s+pris|prend\s|assure|remplit|se\s+retire|s['’]est\s|rejoint|donne\s+lecture|ouvre\s)/iu;

/**
 * A list ends where a sentence about one of the members begins on the next line ("Absent : M.
 * X\nM. Y a été élu secrétaire."): the name that opens it is not the list's.
 */
function withoutSentenceAfter(text: string, read: { entries: ListEntry[]; end: number }): { entries: ListEntry[]; end: number } {
  const last = read.entries[read.entries.length - 1];
  const at = last?.person.span;
  if (!last || !at || last.proxy || read.entries.length < 2) return read;
  const lineStart = text.lastIndexOf('\n', at.start - 1) + 1;
  if (/\S/.test(text.slice(lineStart, at.start)) || !SENTENCE_AFTER_NAME.test(text.slice(at.end, at.end + 40))) return read;
  const entries = read.entries.slice(0, -1);
  return { entries, end: Math.max(...entries.map((e) => (e.proxy ?? e.person).span?.end ?? 0)) };
}

function place(att: Attendance, cue: CueHit, entries: readonly ListEntry[]) {
  if (cue.includesProxies) att.presentIncludesProxies = true;
  for (const e of entries) {
    // A member arriving late stays among the present, whichever list named them.
    if (e.arrived) att.present.push(e.person);
    else if (e.proxy || (cue.role === 'represented' && !e.status)) {
      att.represented.push({ person: e.person, proxy: e.proxy } satisfies Represented);
    } else if (e.status === 'excused' || (cue.role === 'excused' && e.status === null)) {
      addOnce(att.excused, e.person);
    } else if (e.status === 'absent' || cue.role === 'absent') {
      addOnce(att.absent, e.person);
    } else {
      att.present.push(e.person);
    }
  }
}

/**
 * A member away named again by the sitting's lists after the table that coded them ("E maladie",
 * then "Membres absents excusés : MM. DIEBOLT Marcel, …") is listed once.
 */
function addOnce(list: Person[], p: Person): void {
  if (!list.some((q) => q.surname === p.surname && q.givenName === p.givenName)) list.push(p);
}

/** "Mme X (suppléée)": a member whose substitute sat, listed by the substitute's name only. */
const SUBSTITUTED = /^\s*\(\s*(?:[^()\n]{0,40}?[,;]\s*)?(?:suppl[ée]{2}e?|remplac[ée]e?\s+par\s[^)\n]{0,60})\s*\)/iu;
/** "M. Rémi BURTIN, suppléant de Mme Odile TRÉMEAU", "…, remplaçant M. GAYRAUD": the member named after it sat through the substitute. */
const SUBSTITUTE_OF = /(?:[Ss]uppl[ée]ante?\s+de|[Rr]empla[çc]ante?(?:\s+de)?)\s+(?:(?:M\.|Mme|Monsieur|Madame)\s+)?(?:\p{Lu}[\p{Ll}'’-]+\s+)?$/u;

/** SUBSTITUTE_OF.test, after a look for the word it needs ("[Ss]uppl…", "[Rr]empla…"). */
const substituteOf = (before: string) => (before.includes('uppl') || before.includes('empla')) && SUBSTITUTE_OF.test(before);

/**
 * A member whose substitute sat is in no list: "Mme X (suppléée)", "M. Y (remplacé par son
 * suppléant)" among the excused, "M. Z, suppléant de Mme W" among the present.
 */
function withoutSubstituted(text: string, att: Attendance): void {
  const sat = (p: Person) => !(p.span && SUBSTITUTED.test(text.slice(p.span.end, p.span.end + 80)));
  const named = (p: Person) => !(p.span && substituteOf(text.slice(Math.max(0, p.span.start - 48), p.span.start)));
  const replaced = replacedMembers(text, [...att.present, ...att.excused, ...att.absent]);
  const seated = (p: Person) => !replaced.has(fold(p.surname));
  // A member whose substitute sat was not there, whatever mark a table gave them.
  att.present = att.present.filter((p) => named(p) && seated(p));
  // "M. COLAS (représenté par M. Bruno LAMY, suppléant)": the substitute sat, no proxy was given.
  const bySubstitute = att.represented.filter((r) => r.proxy?.span && SUBSTITUTE_AFTER.test(text.slice(r.proxy.span.end, r.proxy.span.end + 30)));
  for (const r of bySubstitute) if (!att.present.some((p) => fold(p.surname) === fold(r.proxy!.surname))) att.present.push(r.proxy!);
  att.represented = att.represented.filter((r) => !bySubstitute.includes(r));
  att.excused = att.excused.filter((p) => sat(p) && named(p) && seated(p));
  att.absent = att.absent.filter((p) => sat(p) && named(p) && seated(p));
}

/** After the holder of a "proxy": ", suppléant", "(suppléante)": a substitute, not a proxy holder. */
const SUBSTITUTE_AFTER = /^\s*(?:,|\()\s*(?:son\s+|sa\s+)?suppl[ée]ante?(?![\p{L}])/iu;

/** "suppléant de Mme Odile BRU", "siégeant en remplacement de M. X": a member whose seat a substitute took. */
// "remplaçant M. GAYRAUD empêché": the participle governs the member with no "de".
const SUBSTITUTE_FOR = /(?:suppl[ée]ante?|en\s+remplacement)\s+(?:de\s+|d['’]\s?)|rempla[çc]ante?\s+(?:de\s+|d['’]\s?)?(?=M\.|MM\.|Mme|Monsieur|Madame|de\s|d['’])/giu;

/**
 * The members the lists say a substitute sat for, wherever the lists say it: such a member,
 * also listed among the excused ("Excusés : Mme BRU, …"), is in no list.
 */
function replacedMembers(text: string, listed: readonly Person[]): Set<string> {
  // The zone the spans cover, in one loop: no array of them (flatMap is slow to build one).
  let from = Infinity;
  let to = -Infinity;
  for (const p of listed) {
    if (!p.span) continue;
    from = Math.min(from, p.span.start);
    to = Math.max(to, p.span.end);
  }
  const out = new Set<string>();
  if (from === Infinity) return out;
  const zone = text.slice(from, to);
  if (!/suppl|rempla/iu.test(zone)) return out;
  for (const m of execAll(SUBSTITUTE_FOR, zone)) {
    const at = from + m.index! + m[0].length;
    const member = parsePersonList(text, at, Math.min(text.length, at + 60))[0]?.person;
    if (member) out.add(fold(member.surname));
  }
  return out;
}

/**
 * A person is in one list only: one who gave a proxy is `represented` even if also listed
 * as excused, and one listed as excused or absent is not also present.
 */
function dedupeRepresented(att: Attendance) {
  // "Représentés : M. X", then "Pouvoirs : M. X à M. Y": one member represented, by the holder
  // the second names, where the first named him.
  const withProxy = att.represented.filter((r) => r.proxy);
  if (withProxy.length && withProxy.length < att.represented.length) {
    const named = new Set<Represented>();
    att.represented = att.represented.flatMap((r) => {
      const held = r.proxy ? r : withProxy.find((q) => samePerson(q.person, r.person));
      if (!held) return [r];
      if (named.has(held)) return [];
      named.add(held);
      return [held];
    });
  }
  const givers = att.represented.map((r) => r.person);
  // "Excusés : Mme Carmen LOPEZ" then "Pouvoirs : Mme LOPEZ à M. HUET": the same member, her given name once.
  const gaveProxy = (p: Person) => givers.some((q) => samePerson(p, q));
  att.excused = att.excused.filter((p) => !gaveProxy(p));
  att.absent = att.absent.filter((p) => !gaveProxy(p));
  // Not so among the present: a council may seat two of one family ("LASSERRE" present, "Madame
  // LASSERRE Danièle" represented); there both names must be written alike.
  // One upper-casing of the joined names, not one per name: the same string ("|" has no case,
  // and upper-casing maps each character alone).
  const key = (p: Person) => `${p.surname}|${p.givenName ?? ''}`.toUpperCase();
  const away = new Set([...givers, ...att.excused, ...att.absent].map(key));
  // A present member's key is built once, for both tests below (upper-casing is what they cost).
  const keys = new Map<Person, string>();
  const keyOf = (p: Person) => {
    let k = keys.get(p);
    if (k === undefined) keys.set(p, (k = key(p)));
    return k;
  };
  if (!att.presentIncludesProxies) att.present = att.present.filter((p) => !away.has(keyOf(p)));
  // A table's row, then a list under it, naming the same member ("VÉRON Annick" suppléée in the
  // table, "Délégués suppléants : Mme Annick VÉRON"): present once.
  // Each member looked up among the earlier ones of their key, not compared with all of them.
  const earlier = new Map<string, Person[]>();
  att.present = att.present.filter((p) => {
    const k = keyOf(p);
    const same = earlier.get(k);
    if (!same) {
      earlier.set(k, [p]);
      return true;
    }
    const again = p.givenName !== null || same.some((q) => p.civility === q.civility);
    same.push(p);
    return !again;
  });
}

/**
 * "Mme Sylvie VALLON était excusée. M. Patrice GOUNON était absent.": statuses said in sentences
 * among or right after the lists, as small communes write them. Each member so named is placed,
 * out of any list a reading of the sentences put them in. Sentences after the lists' end count
 * while they follow one another; returns where the last one ends.
 */
// The civility first: a leading lookbehind would be tried at every offset (see word-start.ts);
// that the sentence opens there is checked after.
const STATUS_SENTENCE = /((?:M\.|Mme|Mlle|Monsieur|Madame)\s+[^.;:\n]{2,60}?)\s+(?:était|est|étaient|sont)\s+(excus[ée]e?s?|absente?s?)(?=[\s.,;]|$)/gu;
const SENTENCE_OPENS = /(?:^|[.;]\s{1,3}|\n)$/u;
const STATUS_SENTENCE_ZONE = 400;

/** The verbs STATUS_SENTENCE's status follows, after blanks. */
const STATUS_VERBS = ['était', 'est', 'étaient', 'sont'];

/**
 * Whether `zone` holds a status STATUS_SENTENCE could read: "excus" or "absent" after blanks after
 * one of its verbs. The pattern, searched for, tries up to sixty units after each civility of the
 * lists, which nearly all hold none.
 */
function statusSaid(zone: string): boolean {
  for (const word of ['excus', 'absent']) {
    for (let q = zone.indexOf(word); q >= 0; q = zone.indexOf(word, q + 1)) {
      let p = q;
      while (p > 0 && BLANK.test(zone[p - 1]!)) p--;
      if (p < q && STATUS_VERBS.some((v) => zone.endsWith(v, p))) return true;
    }
  }
  return false;
}

function statusSentences(text: string, from: number, listsEnd: number, to: number, att: Attendance): number {
  let end = listsEnd;
  const zone = text.slice(from, to);
  if (!statusSaid(zone)) return end;
  for (const m of execAll(STATUS_SENTENCE, zone)) {
    const at = from + m.index!;
    if (!SENTENCE_OPENS.test(text.slice(Math.max(0, at - 4), at))) continue;
    // After the lists, only a run of such sentences from their end.
    if (at > end && text.slice(end, at).replace(/^[\s.;]+/, '') !== '') break;
    const person = parsePersonList(text, at, at + m[1]!.length).map((e) => e.person).find((p) => p.civility);
    if (!person) continue;
    const others = (list: Person[]) => list.filter((p) => !samePerson(p, person));
    att.present = others(att.present);
    att.excused = others(att.excused);
    att.absent = others(att.absent);
    if (!att.represented.some((r) => samePerson(r.person, person))) (/^excus/u.test(m[2]!) ? att.excused : att.absent).push(person);
    end = Math.max(end, at + m[0].length);
  }
  return end;
}

/**
 * "Arrivée en cours de séance : M. CULLAZ Thierry (à partir du point n° 5)" by the lists: a member
 * listed away who came after the roll call sat, and is present.
 */
const ARRIVAL_LINE = /(?:^|\n)[ \t]*(?:Arriv[ée]e?s?|ARRIV[ÉE]E?S?)(?:[ \t]+[\p{L}'’.-]+){0,6}[ \t]*:([^\n]*)/gu;
/** How far after the lists an arrival line still belongs to them. */
const ARRIVAL_REACH = 300;

function lateArrivals(text: string, from: number, to: number, att: Attendance): void {
  if (!att.absent.length && !att.excused.length) return;
  const zone = text.slice(from, to);
  if (!zone.includes('rriv') && !zone.includes('RRIV')) return;
  for (const m of execAll(ARRIVAL_LINE, zone)) {
    const at = from + m.index! + m[0].length - m[1]!.length;
    for (const { person } of parsePersonList(text, at, at + m[1]!.length)) {
      const away = [...att.absent, ...att.excused].find((p) => samePerson(p, person));
      if (!away) continue;
      att.absent = att.absent.filter((p) => p !== away);
      att.excused = att.excused.filter((p) => p !== away);
      att.present.push(away);
    }
  }
}

/** The same member: one family name, one given name where both are written, one civility where both are. */
function samePerson(a: Person, b: Person): boolean {
  if (a.surname.toUpperCase() !== b.surname.toUpperCase()) return false;
  if (a.civility && b.civility && a.civility !== b.civility) return false;
  return !a.givenName || !b.givenName || a.givenName.toUpperCase() === b.givenName.toUpperCase();
}

function checkCounts(att: Attendance, warnings: string[]) {
  const c = att.counts;
  if (c.present !== null && att.present.length && !att.presentIncludesProxies && c.present !== att.present.length) {
    warnings.push(`attendance: the text counts ${c.present} present but lists ${att.present.length}`);
  }
  if (c.represented !== null && att.represented.length && c.represented !== att.represented.length) {
    warnings.push(`attendance: the text counts ${c.represented} proxies but lists ${att.represented.length}`);
  }
}
