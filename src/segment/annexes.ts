/**
 * The annex printed after an extract of one deliberation ("ANNEXE A LA DELIBERATION N° 2007/12",
 * then the budget's parts "II - PRESENTATION GENERALE", "IV - ANNEXES", its chapters in capitals):
 * its headings are the annex's, no deliberations of the sitting.
 */
import type { Heading } from './headings.ts';
import type { Span } from '../schema/minutes.ts';
import { lowerOf } from '../text/caseless.ts';
import { isWebPage } from './web-page.ts';

/** An extract's title, in its opening. Lower-cased text. */
const EXTRACT_TITLE = /extrait\s+(?:du\s+|des\s+)?(?:registre|proc[èe]s[- ]verbal|d[ée]lib[ée]rations?)/u;
const EXTRACT_OPENING = 1500;
const WEB_EXTRACT_OPENING = 4000;
/** The annex's own title on a line of its own. */
const ANNEX_TITLE = /(?:^|[\n\f])[ \t]*ANNEXE\s+(?:(?:N°\s?)?\d+\s+)?[ÀA]\s+LA\s+D[ÉE]LIB[ÉE]RATION\b[^\n]*/u;
/** "ANNEXE" alone on its line over its own title ("REGLEMENT INTERIEUR DE LA COMMISSION …"): an annex once the act has decided. */
const ANNEX_ALONE = /(?:^|[\n\f])[ \t]*ANNEXE(?:[ \t]+(?:N°[ \t]?)?\d{1,2})?[ \t]*(?=\n)/u;
/**
 * An annex titled by its own subject ("ANNEXE - F.D.A.B.R. 2003 - 3ème répartition", "ANNEXE 2 :
 * tableau …"): an act's only after the record closed, a report may print one before its decision.
 */
const SUBJECT_ANNEX_TITLE = /(?:^|[\n\f])[ \t]*ANNEXE(?:\s+(?:N°\s?)?\d+)?[ \t]+[-–:][ \t]+\S[^\n]*/u;

/**
 * An extract's annex after its closing formula, titled within ("ANNEXE" / "CONVENTION D'EXPLOITATION …" /
 * "TITRE II – …"), the extract far into its page where no title says what it is: how many of
 * `headings` are the act's, its annex's titles (none numbered) after them.
 */
export function titledAnnexAfter(text: string, headings: readonly Heading[]): number {
  if (headings.length < 2 || headings.slice(1).some((h) => h.number !== null)) return headings.length;
  return annexStart(text, headings[0]!.end) <= headings[1]!.start ? 1 : headings.length;
}

/**
 * `headings` without those of an extract's annex; `headings` itself when there is none. `bodyFrom`:
 * where the body starts, after the header and the lists (a subject may head the extract above them);
 * `closing`: extractClosing of the text, which the caller may have read already.
 */
export function withoutAnnexHeadings(text: string, headings: Heading[], bodyFrom = 0, closing: () => number = () => extractClosing(text), signedOver: Span | null = signedOverReport(text)): Heading[] {
  // The deliberation signed over the president's report is headed above the signature: the report's parts are no points.
  if (headings.length >= 2 && signedOver && headings.some((h) => h.end < signedOver.start)) headings = headings.filter((h) => h.start < signedOver.start);
  if (!headings.length) return headings;
  // Every heading under an annex opened after the record closed ("Pour extrait certifié conforme" … "ANNEXE 3 A LA
  // DELIBERATION B 92-087" / "CONVENTION TYPE …"): the act, headed by its form's "Objet :" above the lists, has none in its body.
  if (text.includes('ANNEXE') && annexStart(text, bodyFrom) <= headings[0]!.start) return [];
  // An annex titled after the act was sent to the prefect ("Acte rendu exécutoire après transmission au représentant de l'État" /
  // "ANNEXE 1 – RÈGLEMENT D'INTERVENTION"): its parts are no points, whatever the act's title.
  const titled = titledExtract(text);
  const annexAt = !titled && text.includes('ANNEXE') ? annexStart(text, headings[0]!.end) : text.length;
  if (annexAt < text.length) return headings.filter((h) => h.start < annexAt);
  if (!titled) return headings;
  const after = text.slice(headings[0]!.end);
  const alone = () => {
    const m = ANNEX_ALONE.exec(after);
    return m && DECIDED.test(lowerOf(text).slice(headings[0]!.end, headings[0]!.end + m.index)) ? m : null;
  };
  // Titled as the act's annex, or "ANNEXE" alone once the act has decided.
  const annex = text.includes('ANNEXE') ? (ANNEX_TITLE.exec(after) ?? alone()) : null;
  if (annex) {
    const at = headings[0]!.end + annex.index;
    return headings.filter((h) => h.start < at);
  }
  // Headings all after the extract closed, but for its subject in its header, are its annex's (the
  // deliberation's own subject stands in its header's "Objet"); where some stand in its body before
  // the closing, those after still bound its decision.
  const closed = closing();
  if (closed < 0 || headings.some((h) => h.start >= bodyFrom && h.start < closed)) return headings;
  return headings.filter((h) => h.start < bodyFrom);
}

/**
 * The president's report printed after the deliberation it was taken on ("RAPPORT" / "DE MONSIEUR
 * LE PRESIDENT" / "DU CONSEIL EXECUTIF"), the deliberation signed above it ("Le Président de
 * l'Assemblée," / "Petru-Santu CASTELLANI"): the report's parts ("1. Contexte") and its running
 * lines are no points of the sitting.
 */
const PRESIDENT_REPORT_TITLE = /(?:^|\n)[ \t]*RAPPORT(?:[ \t]+N°[^\n]*)?[ \t]*\n?[ \t]*(?:DU[ \t]+PR[ÉE]SIDENTE?|DE[ \t]+(?:MONSIEUR|MADAME|M\.|MME)[ \t]+L[EA][ \t]+PR[ÉE]SIDENTE?)(?![\p{L}])/u;
/** A signature over it: the office signing, a name under it. */
// The office alone, or with what it presides ("Le Président de l'Assemblée,"): not a sentence of the sitting ("Le Président constate que …").
const SIGNING_OFFICE = /\n[ \t]*L[ea][ \t]+(?:Pr[ée]sidente?|PR[ÉE]SIDENTE?|Maire|MAIRE)(?:[ \t]+(?:de|du|des|d['’]|DE|DU|DES|D['’])[^\n]{0,75})?[ \t]*[,.]?[ \t]*\n(?:[ \t]*\n)?[ \t]*\S[^\n]{2,60}\n/gu;
/** How far above the report its deliberation's signature may stand (a running line, the report's letterhead between). */
const SIGNED_ABOVE_REPORT = 1200;

/** The signature over the president's report printed after its deliberation: from its office to the end of its name's line; null where there is none. */
export function signedOverReport(text: string): Span | null {
  const report = text.includes('RAPPORT') ? PRESIDENT_REPORT_TITLE.exec(text) : null;
  if (!report) return null;
  const from = Math.max(0, report.index - SIGNED_ABOVE_REPORT);
  const signed = [...text.slice(from, report.index).matchAll(SIGNING_OFFICE)].at(-1);
  return signed ? { start: from + signed.index!, end: from + signed.index! + signed[0].length - 1 } : null;
}

/** Where an extract's annex opens after `from` ("ANNEXE À LA DÉLIBÉRATION N° 85-99" on its line, "ANNEXE" alone after the record closed), or the text's end. */
export function annexStart(text: string, from: number): number {
  // Its title, or a line under its title that says what it is annexed to.
  return Math.min(titledAnnexStart(text, from), text.includes('nnex') ? annexedToAct(text, from) : text.length);
}

function titledAnnexStart(text: string, from: number): number {
  // Asked of every document with headings; most have no annex titled so.
  if (text.indexOf('ANNEXE', from) < 0) return text.length;
  const lower = lowerOf(text);
  const annex = ANNEX_TITLE.exec(text.slice(from));
  if (!annex) {
    const titled = SUBJECT_ANNEX_TITLE.exec(text.slice(from));
    const at = titled ? from + titled.index + (titled[0].length - titled[0].trimStart().length) : -1;
    if (titled && SENT_TO_PREFECT.test(lower.slice(from, at))) return at;
    // "ANNEXE" alone over its title: after the record closed ("Pour extrait certifié conforme"); printed inside
    // the record, its closing formula and signature after it, the annex is the act's and its decision runs through it.
    const alone = ANNEX_ALONE.exec(text.slice(from));
    const aloneAt = alone ? from + alone.index + (alone[0].length - alone[0].trimStart().length) : -1;
    return alone && (EXTRACT_CLOSING.test(lower.slice(from, aloneAt)) || APPEAL_NOTICE.test(lower.slice(from, aloneAt))) ? aloneAt : text.length;
  }
  const at = from + annex.index + (annex[0].length - annex[0].trimStart().length);
  // An extract's by its title, or a record closed before it ("Pour extrait conforme", a page copied from a website's archive).
  return EXTRACT_TITLE.test(lower.slice(0, EXTRACT_OPENING)) || EXTRACT_CLOSING.test(lower.slice(from, at)) ? at : text.length;
}

/**
 * "(annexé à la délibération du Conseil Municipal n° 9/1980)" alone on its line, under the annex's title in capitals
 * ("REGLEMENT DU CIMETIERE COMMUNAL"), after the record closed ("Pour extrait conforme"): the annex opens at its title.
 */
const ANNEXED_TO_ACT = /(?:^|[\n\f])[ \t]*\(?[ \t]*[Aa]nnex[ée]e?\s+[àa]\s+la\s+d[ée]lib[ée]ration[^\n]{0,120}\)?[ \t]*(?=\n|$)/u;
/** Its title: the line in capitals above it, a blank line between or not. */
const CAPITALS_TITLE_ABOVE = /(?:^|\n)([ \t]*[^\p{Ll}\n]*\p{Lu}{3}[^\p{Ll}\n]*)\n(?:[ \t]*\n)?[ \t]*$/u;

function annexedToAct(text: string, from: number): number {
  const m = ANNEXED_TO_ACT.exec(text.slice(from));
  if (!m) return text.length;
  const at = from + m.index + (m[0].length - m[0].replace(/^[\n\f]/u, '').length);
  if (!EXTRACT_CLOSING.test(lowerOf(text).slice(from, at))) return text.length;
  const title = CAPITALS_TITLE_ABOVE.exec(text.slice(Math.max(from, at - 200), at));
  return title ? Math.max(from, at - 200) + title.index + (title[0].length - title[0].replace(/^\n/u, '').length) : at;
}

/** Whether the text is titled an extract in its opening ("EXTRAIT DU REGISTRE DES DELIBERATIONS"). */
export function titledExtract(text: string): boolean {
  return EXTRACT_TITLE.test(lowerOf(text).slice(0, EXTRACT_OPENING));
}

/** Where an extract of one deliberation is closed (see closedAt), or -1. */
export function extractClosing(text: string): number {
  const lower = lowerOf(text);
  // A web page's record opens under the page's head and introduction.
  return EXTRACT_TITLE.test(lower.slice(0, EXTRACT_OPENING)) || (isWebPage(lower) && EXTRACT_TITLE.test(lower.slice(0, WEB_EXTRACT_OPENING))) ? closedAt(lower) : -1;
}

/** What the extract decides, then the formula that closes it: certified, signed, "pour extrait conforme". Lower-cased text. */
// Led by its letters, the word's start checked by a lookbehind after them: one before them would be tried at every offset.
const DECIDED = /(?:d[ée]cide|adopt[ée]e?)(?<![\p{L}](?:d[ée]cide|adopt[ée]e?))(?!\p{L})/u;
/** The act's sending to the prefect's office, which closes it: "Transmis au représentant de l'État le 21/11/2003", "… exécutoire après transmission au représentant de l'État". */
const SENT_TO_PREFECT = /transmis(?:e|sion)?\s+au\s+repr[ée]sentant\s+de\s+l['’]\s?[ée]tat|transmis(?:e|sion)?\s+en\s+pr[ée]fecture/u;
/** "Délais et voies de recours : la présente délibération peut faire l'objet d'un recours …": printed under the act's signature, which closes it. */
const APPEAL_NOTICE = /d[ée]lais\s+et\s+voies\s+de\s+recours/u;
const EXTRACT_CLOSING = /acte\s+certifi[ée]\s+ex[ée]cutoire|pour\s+(?:extrait|copie)\s+(?:certifi[ée]e?\s+)?conforme|sign[ée]\s+[ée]lectroniquement\s+par/u;

/**
 * Where an extract of one deliberation is closed after its decision, the tables annexed to it
 * (a row a grant, "PDAC-2021-118" / "Valloires-sur-Nièvre") being no deliberations: -1 when it
 * is not, or when another extract follows (a register's pages, each an extract).
 */
function closedAt(lower: string): number {
  const decided = DECIDED.exec(lower);
  if (!decided) return -1;
  const closing = EXTRACT_CLOSING.exec(lower.slice(decided.index));
  if (!closing) return -1;
  const at = decided.index + closing.index;
  return EXTRACT_TITLE.test(lower.slice(at)) ? -1 : at;
}
