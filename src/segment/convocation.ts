/**
 * A letter convening a sitting: its preamble is the paragraph that convenes ("Conformément aux
 * articles L.2121-10 …, j'ai l'honneur de vous convoquer à la séance … qui se tiendra le :") with
 * the date and place it announces, often set apart under it ("SAMEDI 27 JUIN 2009 à 8 h 30" /
 * "en la salle des délibérations"). The agenda after it is the letter's, no report.
 */
import type { Span } from '../schema/minutes.ts';
import { lowerOf } from '../text/caseless.ts';
import { fullStopBefore } from '../text/sentences.ts';
import { paragraphStart } from '../text/lines.ts';
import { findDates, WEEKDAY_NAMES } from '../text/dates.ts';

/**
 * The words that convene, as letters write them; OCR may read the "l'" of "l'honneur" as "I'", the
 * "m" of "informer" as "rn", and put a space before the apostrophe ("J 'ai"). Lower-cased text.
 */
const CONVENING =
  /j\s?['’]ai\s+[li]['’]\s?honneur\s+de\s+vous\s+(?:convoquer|convier|inviter|prier|info(?:rm|rrn)er|faire\s+conna[iî]tre)|(?:qui|lequel|laquelle)\s+se\s+tiendra|se\s+r[ée]unira\s+(?:le|en|[àa])(?![\p{L}])/u;
const CONVENING_ALL = new RegExp(CONVENING.source, 'gu');
/** The days of the week (dates.ts's), as the rules match them (lower-cased text, or with the i flag). */
const WEEKDAY = `(?:${WEEKDAY_NAMES.join('|')})`;
/** What dates a sitting: a year, or a day of the week. Lower-cased text. */
const DATED = new RegExp(String.raw`(?<!\d)(?:1[89]|20)\d\d(?!\d)|(?<![\p{L}])${WEEKDAY}(?![\p{L}])`, 'u');
/** A paragraph that ends announcing the date set under it: "… en session ordinaire le", "… qui se tiendra le :". Lower-cased text. */
const ANNOUNCES_DATE = /(?<![\p{L}])(?:le|du|au)\s*:?\s*$|:\s*$/u;
/** The agenda's heading on a line of its own. Lower-cased text. */
const AGENDA_LINE = /\n[ \t]*(?:[àa][ \t]+l['’]\s?)?ordre[ \t]+du[ \t]+jour[ \t]*:?[ \t]*(?=\n)/u;
/** A block naming the hall the sitting will be held in, under its date. Lower-cased text. */
// "au siège de la Communauté de Communes, salle du 1er étage" (OCR's "si`ege" normalized as "siége").
const PLACE_BLOCK = /^(?:dans|en|au|[àa])\s+(?:la\s+|le\s+|l['’]\s?)?(?:salle|h[ôo]tel|mairie|si[èée]ge|maison|espace|centre|palais)(?![\p{L}])/u;
/** Longer than this, a "paragraph" is a letter that lost its blank lines. */
const LONGEST_PARAGRAPH = 900;
/** How far into the letter the convening paragraph may stand. */
const LETTER_HEAD = 4000;

/** The convening words pointing at the sitting's date, time and place set above them. Lower-cased text. */
const REFERS_ABOVE = /^[^.]*?(?:dates?|jours?)\s*,?\s*(?:heures?\s*(?:,|et)?\s*)?(?:et\s+)?lieux?\s+(?:indiqu|mentionn|pr[ée]cis|fix)[ée]e?s\s+ci-dessus/u;
const REFERS_ABOVE_REACH = 300;
/** A form's line of the sitting's day: a day of the week, then the date. Lower-cased text. */
const WEEKDAY_DATE_LINE = new RegExp(String.raw`(?:^|\n)[^\n]*(?<![\p{L}])${WEEKDAY}[ \t]+\d{1,2}(?:er)?[ \t]+\p{L}+[ \t]+\d{4}[^\n]*`, 'gu');
/** The letter's title, "CONVOCATION", on its own line. Lower-cased text. */
const TITLE_LINE = /(?:^|\n)[ \t]*convocation[ \t]*(?=\n)/gu;
/** A rule of dashes or equal signs across the page, or a salutation closing its line on a comma. Lower-cased text. */
const BLOCK_CLOSE = /\n[ \t]*(?:[-=_]{10,}|(?:monsieur|madame|mesdames|messieurs|ch[èe]re?s?)[^\n]*,)[ \t]*(?=\n)/u;

/**
 * The block above `before` that dates the sitting, as a form prints it: from its title
 * ("CONVOCATION") or its day's line ("MARDI 18 OCTOBRE 1983 18 H 00 HOTEL DU DISTRICT") to the rule or
 * the salutation under it (the address's lines included). Null where no such line stands above.
 */
function blockAbove(text: string, lower: string, before: number): Span | null {
  const head = lower.slice(0, before);
  const day = [...head.matchAll(WEEKDAY_DATE_LINE)].at(-1);
  if (!day) return null;
  const dayAt = day.index + (day[0].startsWith('\n') ? 1 : 0);
  const title = [...head.slice(0, dayAt).matchAll(TITLE_LINE)].at(-1);
  let start = title ? title.index + (title[0].startsWith('\n') ? 1 : 0) : dayAt;
  while (start < dayAt && /\s/.test(text[start]!)) start++;
  const close = BLOCK_CLOSE.exec(head.slice(dayAt));
  let end = close ? dayAt + close.index : before;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > dayAt ? { start, end } : null;
}

/** The convening paragraph of a convocation letter, with the date block under it; null where no paragraph convenes. */
export function convocationPreamble(text: string): Span | null {
  const lower = lowerOf(text);
  const m = CONVENING.exec(lower.slice(0, LETTER_HEAD));
  if (!m) return null;
  let start = paragraphStart(text, m.index);
  let end = paragraphEnd(text, m.index);
  // A letter whose text layer lost its blank lines is one "paragraph" from its letterhead on: the
  // convening sentence alone, from the salutation or the sentence before it to its full stop.
  if (end - start > LONGEST_PARAGRAPH) {
    start = sentenceStart(text, m.index);
    const stop = /\.(?=\s)/.exec(text.slice(m.index, end));
    if (stop) end = m.index + stop.index + 1;
  }
  // "… qui se tiendra aux date, heure et lieu indiqués ci-dessus": the sitting's block above the letter, a form's.
  const above = REFERS_ABOVE.test(lower.slice(m.index, m.index + REFERS_ABOVE_REACH)) ? blockAbove(text, lower, text.lastIndexOf('\n', m.index) + 1) : null;
  if (above) return above;
  // "Ordre du jour" on its line under the sentence, no blank line between: the agenda, not the paragraph.
  const agenda = AGENDA_LINE.exec(lower.slice(m.index, end));
  if (agenda) end = paragraphEnd(text.slice(0, m.index + agenda.index), m.index);
  // "… qui se tiendra le :" closing its paragraph: the date and the place are the block under it,
  // the place maybe a block of its own under a date that ends on a comma ("LUNDI 27 OCTOBRE 1975,
  // à 10 heures," / "dans la salle des séances …"). A year the paragraph cites ("la loi n° 72-619
  // du 5 juillet 1972") dates no sitting when it ends announcing the date.
  if (!DATED.test(lower.slice(m.index, end)) || ANNOUNCES_DATE.test(lower.slice(m.index, end))) {
    let next = end;
    while (next < text.length && /\s/.test(text[next]!)) next++;
    if (next < text.length && DATED.test(lower.slice(next, paragraphEnd(text, next)))) {
      end = paragraphEnd(text, next);
      // The date alone on its line, the place a block of its own under it ("JEUDI 25 MARS 2010 à 18 heures" / "dans la salle des délibérations …").
      if (text[end - 1] !== ',') {
        let place = end;
        while (place < text.length && /\s/.test(text[place]!)) place++;
        if (place < text.length && text[place] !== '\f' && PLACE_BLOCK.test(lower.slice(place, place + 40))) end = paragraphEnd(text, place);
      }
      if (text[end - 1] === ',') {
        next = end;
        while (next < text.length && /\s/.test(text[next]!)) next++;
        const lineEnd = text.indexOf('\n', next);
        if (next < text.length && text[next] !== '\f') end = lineEnd < 0 ? text.length : lineEnd;
        while (end > next && /\s/.test(text[end - 1]!)) end--;
      }
    }
  }
  return { start, end };
}

/** The date the convening paragraph (`span`) names, as the meeting records it; null where it names none. */
export function convenedDate(text: string, span: Span): { date: string; dateText: string; dateSpan: Span } | null {
  // After the words that convene, the last of them ("j'ai l'honneur de vous faire connaître que, …,
  // le Conseil se réunira le"): the laws the paragraph opens on cite dates of their own ("la loi du 10 août 1871").
  let convening: RegExpExecArray | null = null;
  for (const m of lowerOf(text).slice(span.start, span.end).matchAll(CONVENING_ALL)) convening = m as RegExpExecArray;
  const part = text.slice(span.start, span.end);
  const dates = findDates(part);
  const after = dates.filter((x) => convening && x.start >= convening.index);
  // The sitting's date is written with its day of the week ("JEUDI 20 JUIN 2002"), where a stamp's
  // the margin ran in before it is not ("ARRIVE LE" / "14 JUIN 2002"); the stamp's words may stand
  // before either ("COURRIER ARRIVE le LUNDI 27 AVRIL 1981": the sitting's, the margin's words beside it).
  const d = after.find((x) => WEEKDAY_OPENING.test(x.text) || WEEKDAY_BEFORE.test(part.slice(Math.max(0, x.start - 12), x.start))) ?? after[0] ?? dates[0];
  return d ? { date: d.iso, dateText: d.text.replace(/\s+/g, ' '), dateSpan: { start: span.start + d.start, end: span.start + d.end } } : null;
}

/** A day of the week just before a date. */
const WEEKDAY_BEFORE = new RegExp(String.raw`${WEEKDAY}[ \t,]*$`, 'iu');
/** A date that opens on its day of the week ("JEUDI 20 JUIN 2002"). */
const WEEKDAY_OPENING = new RegExp(String.raw`^${WEEKDAY}(?![\p{L}])`, 'iu');

/** Where the paragraph holding `at` ends: its last non-blank character, before a blank line, a page break or the end. */
function paragraphEnd(text: string, at: number): number {
  const ends = [text.indexOf('\n\n', at), text.indexOf('\f', at)].filter((e) => e >= 0);
  let end = ends.length ? Math.min(...ends) : text.length;
  while (end > at && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/**
 * Where the sentence holding `at` starts: after the full stop that ends a sentence (fullStopBefore:
 * not a civility's, "M. X"), or a colon or comma closing a line (a salutation's) before it.
 */
function sentenceStart(text: string, at: number): number {
  let start = Math.max(fullStopBefore(text, at), text.lastIndexOf(':\n', at), text.lastIndexOf(',\n', at)) + 1;
  while (start < at && /\s/.test(text[start]!)) start++;
  return start;
}
