/**
 * A report divided into numbered parts ("1 - Bilan de l'année 2013", "2 - Conventions 2014")
 * under the subject of one deliberation: the parts are not items. What tells them from the
 * points of an agenda is the vote: points are voted one by one, the parts of a report are voted
 * once, after the last.
 */
import type { Heading } from '../segment/headings.ts';
import { readVote } from './vote.ts';
import { execAll } from '../text/matches.ts';
import { titledExtract } from '../segment/annexes.ts';

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };
/** The subject's label of an act, at a line's start ("OBJET : …", "Objet :"). */
const OBJET_LABEL = /(?:^|\n)[ \t]*(?:OBJET|Objet)[ \t]*:/gu;
const OBJET_LABEL_AT = new RegExp(OBJET_LABEL.source, 'u');
const ANNEX_WORD = /annexe/iu;

/** The rank of an ordinal ("1", "2°", "III", "B"), or null. */
function rank(number: string | null): number | null {
  if (!number) return null;
  if (/^\d{1,2}°?$/.test(number)) return parseInt(number, 10);
  if (/^[IVX]+$/.test(number)) {
    let n = 0;
    for (let i = 0; i < number.length; i++) {
      const v = ROMAN[number[i]!]!;
      n += v < (ROMAN[number[i + 1] ?? ''] ?? 0) ? -v : v;
    }
    return n;
  }
  if (/^[A-H]$/.test(number)) return number.charCodeAt(0) - 64;
  return null;
}

/**
 * The headings without the parts of a report: a run of ordinals counting from one, right under
 * a heading of another kind, none of which but the last is followed by a vote, and that heading
 * itself not voted before the run; or the decimal parts of a point ("2. Élection du maire",
 * then "2.1 Présidence de l'assemblée" … "2.6 Proclamation"), voted as one after the last.
 * Decimal sub-points voted one by one ("4.1 Budget supplémentaire", "4.2 Subventions") stay items.
 */
export function withoutReportParts(text: string, headings: readonly Heading[], docEnd: number): Heading[] {
  const out: Heading[] = [];
  const voted = (from: number, to: number) => readVote(text, from, to).stated;
  // One act under its number ("N° 82/31 - BUDGET PRIMITIF …"), its report parted in ranks of
  // letters and roman numerals however they nest ("I - SECTION DE FONCTIONNEMENT", "A) Les
  // dépenses", "B) Les recettes", "II - FISCALITÉ", …), the one vote after the last: the act alone.
  if (headings.length >= 3 && headings[0]!.scheme === 'numbered' && headings.slice(1).every((p) => p.scheme === 'ordinal' && style(p.number) !== 'digits')) {
    const gaps = headings.map((p, k) => voted(p.end, headings[k + 1]?.start ?? docEnd));
    if (gaps.at(-1) && gaps.slice(0, -1).every((v) => !v)) return [headings[0]!];
  }
  // An extract of one deliberation, its subject under its one "OBJET :" label, its report parted in
  // ranks each deciding its part ("1. Affectation du produit de la chasse" … "4. Clauses particulières"):
  // the act alone. What stands before it is its header ("Point n° 4 de l'ordre du jour Délibération n°
  // 84/41"), what follows the last part no other act (a stamp's "SOUS-PREFECTURE … REÇU LE …", a
  // notice's keywords): the one label says so.
  const act = oneLabelledAct(text, headings);
  if (act) return [act];
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i]!;
    out.push(h);
    // A point numbered in roman numerals ("II. - OCTROI") may have parts "1°", "2°" as any other heading;
    // so may one an act's number heads ("[En marge : N° 94/17 – Budget primitif …]", no rank).
    const run = h.scheme === 'ordinal' && !/^[IVX]+$|[-/]/.test(h.number ?? '') ? lastDecimalPart(headings, i) : lastPart(headings, i, text);
    // One part alone is a run only after the ranks before it, read as no headings ("1. Le contexte …" as prose, then "2. La situation …").
    if (run === i || (run === i + 1 && rank(headings[run]!.number) === 1)) continue;
    // The last part may be divided in parts of its own ("IV - MODIFICATIONS", "1 - …", "9 - …"): the vote follows them.
    const j = partsOfPartEnd(headings, run);
    let parts = !voted(h.end, headings[i + 1]!.start);
    for (let k = i + 1; parts && k < j; k++) parts = !voted(headings[k]!.end, headings[k + 1]!.start);
    // The vote after the last part closes the whole: without it, these are points of an agenda
    // that were only discussed.
    if (parts && voted(headings[j]!.end, headings[j + 1]?.start ?? docEnd)) i = j;
  }
  return out;
}

/** The heading of an extract's one act (see withoutReportParts), its ranked parts after it; else null. */
function oneLabelledAct(text: string, headings: readonly Heading[]): Heading | null {
  if (headings.length < 3 || !titledExtract(text) || execAll(OBJET_LABEL, text).length !== 1) return null;
  const at = headings.findIndex((h) => h.scheme !== 'ordinal' && OBJET_LABEL_AT.test(text.slice(Math.max(0, h.start - 20), h.end)));
  let lastRank = headings.length - 1;
  while (lastRank > at && headings[lastRank]!.scheme !== 'ordinal') lastRank--;
  // Parts after an annex's title are the annexed report's, which its own reading keeps.
  return at >= 0 && lastRank - at >= 2 && headings.slice(at + 1, lastRank + 1).every((p) => p.scheme === 'ordinal') && !ANNEX_WORD.test(text.slice(headings[at]!.end, headings[at + 1]!.start)) ? headings[at]! : null;
}

/** The last of a run of ordinals counting from one right after headings[i] (not an ordinal), else i. */
function lastPart(headings: readonly Heading[], i: number, text: string): number {
  const first = headings[i + 1];
  if (first?.scheme !== 'ordinal' || !(rank(first.number) === 1 || ranksBetween(text, headings[i]!.end, first.start, 1, rank(first.number)))) return i;
  let j = i + 1;
  for (;;) {
    const next = nextInRun(headings, j, j + 1) >= 0 ? j + 1 : Math.max(nextPastParagraphs(text, headings, j, j + 1), nextPastMargin(text, headings, j, j + 1));
    // A part divided in parts of its own (partsOfPartEnd): the run goes on after them.
    const inner = next >= 0 ? j : partsOfPartEnd(headings, j);
    const after = next >= 0 ? next : inner > j ? nextInRun(headings, j, inner + 1) : -1;
    if (after < 0) return j;
    j = after;
  }
}

/**
 * `at` when headings[at] is an ordinal in figures after headings[j]'s, the ranks between them
 * opening paragraphs in between that read as no heading ("1. Le SIVOM … envisage …", "2. La
 * commune … souhaite …"): a report's numbered paragraphs, some read as headings, some not. Else -1.
 */
function nextPastParagraphs(text: string, headings: readonly Heading[], j: number, at: number): number {
  const h = headings[at];
  const from = rank(headings[j]!.number);
  const to = rank(h?.number ?? null);
  if (h?.scheme !== 'ordinal' || style(h.number) !== 'digits' || style(headings[j]!.number) !== 'digits' || from === null || to === null || to <= from + 1) return -1;
  return ranksBetween(text, headings[j]!.end, h.start, from + 1, to) ? at : -1;
}

/** A roman rank inside a line, after a space: "… Vu Cion Agri.  II. - AVIS …". */
const ROMAN_RANK_IN_LINE = /(?<=[ \t\n])([IVX]{1,5})[.)][ \t]*[-–—][ \t]*\p{Lu}{2}/gu;

/**
 * `at` when headings[at] is the roman ordinal two after headings[j]'s, the one between standing
 * in text between them inside a line, after a margin's note ("Vu Cion Agri.  II. - AVIS DE LA
 * COMMISSION …") or joined to the paragraph before it over a page break: no heading. Else -1.
 */
function nextPastMargin(text: string, headings: readonly Heading[], j: number, at: number): number {
  const h = headings[at];
  const from = rank(headings[j]!.number);
  if (h?.scheme !== 'ordinal' || style(h.number) !== 'roman' || style(headings[j]!.number) !== 'roman' || from === null || rank(h.number) !== from + 2) return -1;
  return execAll(ROMAN_RANK_IN_LINE, text.slice(headings[j]!.end, h.start)).some((m) => rank(m[1]!) === from + 1) ? at : -1;
}

/** Whether each rank from `first` up to `end` (excluded) opens a line of text[from, to), in order ("3. …", "4. …"). */
function ranksBetween(text: string, from: number, to: number, first: number, end: number | null): boolean {
  if (end === null || end <= first || end - first > MAX_UNREAD_RANKS) return false;
  let at = from;
  for (let r = first; r < end; r++) {
    const m = new RegExp(String.raw`(?:^|\n)[ \t]*${r}[.)][ \t]+\S`, 'u').exec(text.slice(at, to));
    if (!m) return false;
    at += m.index + m[0].length;
  }
  return true;
}
/** How many numbered paragraphs in a row may have read as no heading. */
const MAX_UNREAD_RANKS = 6;

/** The last of the parts headings[j] is divided in (an inner run of another style, or its decimals), else j. */
function partsOfPartEnd(headings: readonly Heading[], j: number): number {
  const sub = headings[j + 1];
  if (sub?.scheme !== 'ordinal') return j;
  if (rank(sub.number) === 1 && style(sub.number) !== style(headings[j]!.number)) return innerRunEnd(headings, j + 1);
  if (sub.number === `${headings[j]!.number}.1`) return lastDecimalPart(headings, j);
  // A roman part's list of objectives numbered by decimals ("III - LES ORIENTATIONS", then "1.1 Diffuser
  // l'innovation", "2.3 …", set two to a line): the run takes up again after them ("IV - LA MISE EN OEUVRE").
  if (style(headings[j]!.number) === 'roman' && DECIMAL.test(sub.number ?? '')) {
    let end = j + 1;
    while (headings[end + 1]?.scheme === 'ordinal' && DECIMAL.test(headings[end + 1]!.number ?? '')) end++;
    if (nextInRun(headings, j, end + 1) >= 0) return end;
  }
  // A list of its own counting from one in the same style ("3. Le programme d'actions", then its
  // table "1. Garantir l'accès 1.1 …" … "4. Faciliter la mobilité 4.2 …"): the parts when the run
  // takes up again right after it ("4. Les avis recueillis").
  if (rank(sub.number) === 1) {
    const end = nestedRunEnd(headings, j + 1);
    if (nextInRun(headings, j, end + 1) >= 0) return end;
  }
  return j;
}

/** A decimal rank, "2.3". */
const DECIMAL = /^\d{1,2}\.\d{1,2}$/;

/** The last of a run counting from headings[k], each ordinal with its decimal parts (the first maybe on its line: "1. Garantir l'accès 1.1 …"). */
function nestedRunEnd(headings: readonly Heading[], k: number): number {
  for (let j = k; ; ) {
    let last = j;
    while (headings[last + 1]?.number?.startsWith(`${headings[j]!.number}.`)) last++;
    const next = nextInRun(headings, j, last + 1);
    if (next < 0) return last;
    j = next;
  }
}

/** "roman", "digits" or "letter": how an ordinal is written. */
function style(number: string | null): string {
  return /^[IVX]+$/.test(number ?? '') ? 'roman' : /^\d/.test(number ?? '') ? 'digits' : 'letter';
}

/** `at` when headings[at] is the ordinal after headings[j] in the same style, else -1. */
function nextInRun(headings: readonly Heading[], j: number, at: number): number {
  const h = headings[at];
  return h?.scheme === 'ordinal' && style(h.number) === style(headings[j]!.number) && rank(h.number) === rank(headings[j]!.number)! + 1 ? at : -1;
}

/** The last of the run of ordinals counting on from headings[k], in its style. */
function innerRunEnd(headings: readonly Heading[], k: number): number {
  let j = k;
  while (nextInRun(headings, j, j + 1) >= 0) j++;
  return j;
}

/** The last of the parts "N.1", "N.2", … right after the ordinal point headings[i] numbered N, else i. */
function lastDecimalPart(headings: readonly Heading[], i: number): number {
  const parent = headings[i]!.number;
  if (!parent || !/^\d{1,2}$/.test(parent)) return i;
  let j = i;
  while (headings[j + 1]?.scheme === 'ordinal' && headings[j + 1]!.number === `${parent}.${j - i + 1}`) j++;
  return j;
}
