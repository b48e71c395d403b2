/**
 * Where the preamble lies beyond its obvious place at the head of the document: after the
 * @CTES transmission stamp printed over published deliberations, and the convening sentence
 * that extracts sometimes give after their report.
 */
import type { Span } from '../schema/minutes.ts';
import { lowerOf } from '../text/caseless.ts';
import { CONVENED, MEMBER_NOUNS, QUORUM_SENTENCE, SITTING_DATE_LABEL, STAMP_ID, TRANSMISSION_STAMP } from '../text/cues.ts';
import { execAll } from '../text/matches.ts';
import { findDates } from '../text/dates.ts';

/** Where the preamble starts: after the @CTES transmission stamp heading a published deliberation. */
export function afterStamp(text: string, end: number): number {
  const head = lowerOf(text).slice(0, Math.min(end, 800));
  const stamp = TRANSMISSION_STAMP.exec(head);
  if (!stamp) return 0;
  const id = STAMP_ID.exec(head.slice(stamp.index));
  return id ? stamp.index + id.index + id[0].length : 0;
}

/** A page's mark on its own line: "Page 1 / 3", "Page 2", "1/3". */
const PAGE_MARK_LINE = /^(?:page[ \t]+\d{1,3}(?:[ \t]*(?:\/|sur)[ \t]*\d{1,3})?|\d{1,3}[ \t]*\/[ \t]*\d{1,3})$/iu;
/** How many lines a running head may take at the top of a page. */
const RUNNING_HEAD_LINES = 5;
/** How far into a page its running head's lines are looked for. */
const HEAD_CHARS = 800;
/** A line's key, its figures any figures: the head comes back on the next page with another page's number or hour. */
const lineKey = (line: string) => line.trim().replace(/\s+/g, ' ').replace(/\d+/g, '#');

/**
 * Where the preamble starts past the running head of a software's print, which heads every page
 * ("GESTION DES INSTANCES v2.1 - OPHLM X" / "Edition du 29/06/1999 à 10:42 - Utilisateur : SECDIR"):
 * the lines at the top of the text that head most of the other pages too (`pages`, as loaded),
 * figures aside. The first page keeps them in the text (they may be the letterhead the authority
 * is read from); they are no part of the record. `start` where there is none.
 */
export function afterRunningHead(text: string, pages: readonly string[], start: number, end: number): number {
  if (pages.length < 2) return start;
  const heads = new Map<string, number>();
  for (const page of pages.slice(1)) {
    // Its head only: a page's first few hundred characters hold its first lines.
    const lines = page.slice(0, HEAD_CHARS).split('\n').map(lineKey).filter(Boolean).slice(0, RUNNING_HEAD_LINES);
    for (const k of new Set(lines)) heads.set(k, (heads.get(k) ?? 0) + 1);
  }
  const most = Math.max(1, Math.ceil((pages.length - 1) / 2));
  let at = start;
  let skipped = false;
  for (let n = 0; n < RUNNING_HEAD_LINES && at < end; n++) {
    const lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) return start;
    const line = text.slice(at, lineEnd).trim();
    if (!(PAGE_MARK_LINE.test(line) || (line.length >= 12 && (heads.get(lineKey(line)) ?? 0) >= most))) break;
    skipped = true;
    at = lineEnd + 1;
  }
  while (at < end && /\s/.test(text[at]!)) at++;
  return skipped && at < end ? at : start;
}

/** A full stop that ends a sentence: not an initial ("M. Dupont", "C.C.A.S."). */
const SENTENCE_STOP = /(?<![\s.]\p{Lu})[.!?](?=\s|$)/gu;

/** Where the sentence holding `at` starts: after the last full stop in text[floor, at), else `floor`. */
function sentenceStart(text: string, floor: number, at: number): number {
  let start = floor;
  // execAll starts at 0 whatever position sentenceEnd left the pattern at.
  const stops = execAll(SENTENCE_STOP, text.slice(floor, at));
  for (const s of stops) start = floor + s.index! + 1;
  if (stops.length || floor === 0 || text[floor - 1] === '\n') return start;
  // No full stop since a floor inside a line (a reach counted back from `at`, landing inside a
  // form's label: "Résultat d|u vote"): the sentence opens on its first line, up from `at`'s over
  // the lines it wraps, a line closed by a stop or a colon above it, or a page's break; never mid-word.
  // The floor's own line is whole: "DÉPARTEMENT DU PAS-DE-CALAIS" over the sitting's paragraph.
  const floorLine = text.lastIndexOf('\n', floor - 1) + 1;
  let line = text.lastIndexOf('\n', at - 1) + 1;
  while (line > floorLine) {
    const above = text.lastIndexOf('\n', line - 2) + 1;
    const before = text.slice(above, line - 1).trimEnd();
    if (above < floorLine || !before || /[.;:]$/.test(before)) break;
    // A page's break above opens it: the page before is another part (a form's last cells).
    const pageBreak = before.lastIndexOf('\f');
    if (pageBreak >= 0) return above + pageBreak + 1;
    line = above;
  }
  return line;
}

/** Just past the full stop that ends the sentence going on at `pos`, before `limit`; else `fallback`. */
function sentenceEnd(text: string, pos: number, limit: number, fallback = limit): number {
  SENTENCE_STOP.lastIndex = pos;
  const stop = SENTENCE_STOP.exec(text.slice(0, limit));
  return stop ? stop.index + 1 : fallback;
}

/** A line opening the visas, or the deliberation, that ends such a sentence. */
const VISAS_NEXT = /\n(?=[ \t]*(?:vu|consid[ée]rant|apr[èe]s\s+en\s+avoir)(?!\p{L}))/u;
/**
 * "Le Bureau du Conseil Général, réuni le 17 novembre 1986 à l'Hôtel du Département, sous la
 * présidence de M. X": the body met, on a date, under its president, said without "convoqué".
 */
const MET_UNDER_CHAIR = /,\s*r[ée]uni(?:e|s|es)?\s+le\s[^.;]{0,120}?sous\s+la\s+pr[ée]sidence/u;

/**
 * The sentence convening the sitting when it stands after the opening ("Le conseil municipal,
 * régulièrement convoqué, s'est réuni …" given after an extract's report), with the sentence
 * after it when that one says the body may deliberate: both are preamble.
 */
export function convenedLater(text: string, from: number, sittingDate: string | null = null): Span | null {
  const lower = lowerOf(text);
  // Both sentences say the body "s'est réuni" or was "réuni": most texts after the lists say neither.
  const rest = lower.indexOf('uni', from) < 0 ? '' : lower.slice(from);
  const convened = rest.includes('convoqu') ? CONVENED.exec(rest) : null;
  // Said without "convoqué", only of the sitting's own date: a commission's meeting the report tells of is not it.
  const metUnder = !convened && sittingDate ? MET_UNDER_CHAIR.exec(rest) : null;
  const met = metUnder && findDates(metUnder[0])[0]?.iso === sittingDate ? metUnder : null;
  const m = convened ?? met;
  if (!m) return null;
  const at = from + m.index;
  // Said without "convoqué", the sentence opens on its body's line and may end on a comma,
  // the visas going on from the next line.
  let start = sentenceStart(text, Math.max(from, met ? lower.lastIndexOf('\n', at) + 1 : at - 300), at);
  const upTo = (pos: number) => Math.min(text.length, pos + 400);
  const visas = met ? VISAS_NEXT.exec(lower.slice(at, upTo(at))) : null;
  let end = sentenceEnd(text, at + m[0].length, visas ? at + visas.index : upTo(at + m[0].length));
  const next = sentenceEnd(text, end, upTo(end));
  if (QUORUM_SENTENCE.test(lower.slice(end, next))) end = next;
  while (start < end && /\s/.test(text[start]!)) start++;
  return { start, end };
}

/** Words of the sentence that opens the sitting once the members are counted. */
const OPENING_WORDS = /quorum|valablement\s+d[ée]lib[ée]rer|d[ée]lib[ée]rer\s+valablement|ouvre\s+la\s+s[ée]ance|d[ée]clare\s+(?:la\s+s[ée]ance\s+)?ouverte|s[ée]ance\s+(?:est\s+)?ouverte/u;
/** What the first business of the sitting says: not part of its opening. */
const BUSINESS_WORDS = /rappelle|demande|proc[èe]s[- ]verbal|compte[- ]rendu|observations?|ordre\s+du\s+jour|approbation/u;

/**
 * The sentence after the attendance lists that states the quorum or opens the sitting ("Le quorum
 * étant atteint, M. le Maire ouvre la séance à 20 h 35.", "Le Président ouvre la séance à 18 h 10."):
 * preamble, as the opening sentence is. Looked for in the
 * lines just after `from`, before `to`; a sentence that goes on to the first business
 * ("… et rappelle que chacun a reçu le procès-verbal") is left to it.
 */
export function openingAfter(text: string, from: number, to: number): Span | null {
  const zone = lowerOf(text).slice(from, Math.min(to, from + 400));
  const m = OPENING_WORDS.exec(zone);
  if (!m) return null;
  // The sentence holding the words: from the line or full stop before them to the next full stop.
  const at = from + m.index;
  let start = sentenceStart(text, from + zone.lastIndexOf('\n', m.index) + 1, at);
  const lineEnd = text.indexOf('\n', at);
  const end = sentenceEnd(text, at, Math.min(to, at + 300), lineEnd < 0 ? to : Math.min(to, lineEnd));
  while (start < end && /\s/.test(text[start]!)) start++;
  if (end - start > 250 || BUSINESS_WORDS.test(lowerOf(text).slice(start, end))) return null;
  // "Le Président ouvre la séance à 14h35. Le quorum étant atteint, le Conseil … peut valablement
  // délibérer.": the sentence after goes on opening the sitting where it states the quorum too.
  const next = sentenceEnd(text, end, Math.min(to, end + 300), end);
  const following = lowerOf(text).slice(end, next);
  if (next > end && OPENING_WORDS.test(following) && !BUSINESS_WORDS.test(following) && !/\n[ \t]*\n/.test(text.slice(end, next))) return { start, end: next };
  return end > start ? { start, end } : null;
}

/**
 * "Nombre de conseillers en exercice : 19 - Présents : 14 - Votants : 17": lines of nothing but
 * counts, or a table of them broken into a column of labels and a column of numbers. A label is
 * one of this table's, the number after a colon, an "=" or nothing.
 */
// "Membres en" over "exercice": a label whose cell wrapped, one line of the column each. "Conseillers élus : 15", Alsace-Moselle's.
// "Nombre des membres du conseil municipal élus : 15", "… présents ou représentés : 13": an Alsace-Moselle box.
const COUNT_LABEL = String.raw`(?:(?:${MEMBER_NOUNS})\s+(?:en|[ée]lus)(?![\p{L}])|exercice|nombre\s+d(?:e|es)\s+(?:${MEMBER_NOUNS})(?:\s+du\s+(?:bureau|conseil|comit[ée])(?:\s+(?:municipal|communautaire|syndical))?)?(?:\s+[\p{L}]+){0,3}|(?:(?:${MEMBER_NOUNS})(?:\s+du\s+(?:bureau|conseil|comit[ée]))?\s+)?(?:en\s+exercice|en\s+fonction|pr[ée]sents?|votants?|pouvoirs?|procurations?|repr[ée]sent[ée]s|absents?|excus[ée]s|quorum|aff[ée]rents(?:\s+au\s+conseil(?:\s+municipal)?)?|qui\s+ont\s+pris\s+part(?:\s+[àa]\s+la\s+d[ée]lib[ée]ration)?))`;
// A row of the box may open on a dash and lead to its figure with dots ("- en exercice ....... 33").
const COUNT_ITEM = String.raw`(?:(?:[-–•][ \t]*)?${COUNT_LABEL}\s*(?:\(\s*\d{1,3}\s*\)|(?:\.{2,}|[:=])?\s*\d{1,3})?|\d{1,3})`;
/** The box's other column beside its rows: "Date de convocation : 19 octobre 1984", "Date d'affichage : 19/10/1984". */
const DATE_CELL = String.raw`${SITTING_DATE_LABEL}\s*:?\s*(?:\d{1,2}(?:er)?\s+\p{L}+\s+\d{4}|[\d/.]{6,10})?`;
// Its note in brackets after it: "Présents : 8 (M. Lionel VERNAZ à partir du point n° 3)", "Présents : 19 (dont 2 suppléants) Date d'affichage : …".
const COUNT_LINE = new RegExp(String.raw`^[ \t]*${COUNT_ITEM}(?:[ \t]*[-–,;/|:][ \t]*${COUNT_ITEM}|[ \t]+${COUNT_ITEM})*(?:(?<=\d)[ \t]+\([^()\n]{2,80}\))?(?:[ \t.:]+${DATE_CELL})?[ \t.:;]*$`, 'u');
const COUNT_WORD = new RegExp(COUNT_LABEL, 'u');
/** A line holding a date's label or a date alone: "Date de convocation", "07/11/2007". Lower-cased. */
const DATE_ONLY_LINE = new RegExp(String.raw`^[ \t]*(?:${SITTING_DATE_LABEL}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})[ \t.:]*$`, 'u');
const IN_OFFICE_COUNT = /en\s+(?:exercice|fonction)\s*[:=]?\s*\d/u;

/**
 * The blocks of count lines in text[from, to): attendance, wherever the header prints them. A
 * block holds a label and two numbers at least: one number alone is a date's or a page's.
 */
export function countLines(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  const lower = lowerOf(text);
  if (!/\d/.test(lower.slice(from, to))) return out;
  let block: { start: number; end: number; numbers: number; labels: number; inOffice: boolean } | null = null;
  // "Membres en exercice : 17" alone, a blank line after it: that label says what its one number
  // counts (followed by other lines, it is the first cell of a column the layout interleaved).
  const close = (blankAfter: boolean) => {
    if (block && (block.numbers >= 2 || (block.inOffice && blankAfter)) && block.labels >= 1) out.push({ start: block.start, end: block.end });
    block = null;
  };
  // Where a table's date cells opened before its counts ("Date de convocation" / "Date d'affichage" / "Membres en exercice" / …).
  let datesFrom: number | null = null;
  for (let pos = from; pos < to; ) {
    let end = lower.indexOf('\n', pos);
    if (end < 0 || end > to) end = to;
    const line = lower.slice(pos, end);
    // A table of cells one a line, its dates' labels and values among its counts': part of it
    // inside it or before it, not after it (a date of its own under the box is the preamble's).
    // Before the counts, a label alone only ("Date de convocation"): one with its date ("Date de convocation : 5 décembre 2022") is a line of the preamble.
    if (line.trim() && DATE_ONLY_LINE.test(line) && (block || !/\d/.test(line))) {
      if (!block) datesFrom ??= pos;
      pos = end + 1;
      continue;
    }
    if (line.trim() && COUNT_LINE.test(line)) {
      block ??= { start: datesFrom ?? pos, end, numbers: 0, labels: 0, inOffice: false };
      datesFrom = null;
      block.inOffice ||= IN_OFFICE_COUNT.test(line);
      block.end = end;
      block.numbers += (line.match(/\d{1,3}(?!\d)/g) ?? []).length;
      if (COUNT_WORD.test(line)) block.labels++;
    } else {
      close(!line.trim());
      datesFrom = null;
    }
    pos = end + 1;
  }
  close(true);
  return out;
}
