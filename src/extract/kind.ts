/** What sort of document this is, from what the other extractors found in it. */
import { isAttendanceSheet } from './attendance-sheet.ts';
import type { DocumentKind } from '../schema/minutes.ts';
import { caseless, lowerOf } from '../text/caseless.ts';
import { DRAFT_LINE, LETTER_CLOSING, REPORT_CLOSING, SITTING_HEADING_LINE, SITTING_HELD } from '../text/cues.ts';
import { execAll } from '../text/matches.ts';

const EXTRACT_CUE = /extrait\s+(?:du\s+)?(?:registre|proc[èe]s[- ]verbal)|d[ée]lib[ée]ration\s+n[°o]/iu;
const AGENDA_CUE = /ordre\s+du\s+jour/iu;
/** A letter that calls a sitting to come: its date and body are not a record of one. */
/** "OBJET : Convocation du Conseil Municipal", as OCR may read it ("0BJET", "Convocatiou"). */
const CONVOCATION_OBJECT_WORDS = String.raw`[o0]bjet\s*:\s*c[o0]nv[o0]cat[il1][o0][nu]`;
/** "… de vous convoquer", "… vous inviter", "… vous prier de bien vouloir assister": the letter's own words to its addressees. */
const INVITING = String.raw`vous\s+(?:convoquer|convier|inviter|prier?\s+de\s+bien\s+vouloir\s+(?:assister|participer|prendre\s+part))`;
const CONVOCATION_LETTER = new RegExp(String.raw`${INVITING}|aura\s+lieu\s+le|se\s+r[éeêè6]unira|se\s+tiendra|${CONVOCATION_OBJECT_WORDS}`, 'iu');
const CONVOCATION_OBJECT = new RegExp(String.raw`(?:^|\n)[ \t]*${CONVOCATION_OBJECT_WORDS}`, 'iu');
/**
 * The title of an act one person signs, not the record of a sitting: an arrêté of the mayor or
 * president, a decision taken under the council's delegation. Its visas cite sittings. Its word
 * may be spaced out ("A R R E T E N° 04/0157"), a number after it.
 */
// The register's title may stand after the commune's name on its line ("COMMUNE DE X REGISTRE DES ARRÊTÉS DU MAIRE").
const ONE_PERSON_ACT = /(?:(?:^|\n)[ \t]*(?:a ?r ?r ?[êe] ?t ?[ée]\s+(?:du\s+maire|du\s+pr[ée]sident|municipal|n[°o])|d[ée]cision\s+(?:du\s+maire|de\s+la\s+maire|du\s+pr[ée]sident|de\s+la\s+pr[ée]sidente)(?!\p{L}))|(?:^|[^\p{L}])(?:registre|recueil)\s+des\s+(?:arr[êe]t[ée]s|d[ée]cisions)\s+(?:du\s+maire|de\s+la\s+maire|du\s+pr[ée]sident|de\s+la\s+pr[ée]sidente)(?!\p{L}))/iu;
/**
 * The title of a paper sent to the members before a sitting, for it to decide on: a note of
 * synthesis, a report of presentation, the drafts of the deliberations; or to debate on, the
 * report of budgetary orientations (L. 2312-1). No record of one.
 */
const BRIEFING_TITLE = /(?:^|\n)[ \t]*(?:note\s+(?:explicative\s+)?de\s+synth[èe]se|note\s+de\s+pr[ée]sentation|rapport\s+de\s+pr[ée]sentation|projets?\s+de\s+d[ée]lib[ée]rations?|rapport\s+d['’]\s?orientations?\s+budg[ée]taires?)(?![\p{L}])/iu;
/**
 * "RAPPORT D'ACTIVITE / ANNEE 1993" alone on its line: a year's account of a body's work presented
 * to its board, no record of a sitting though it tells of those held ("s'est réuni à six reprises").
 */
const ACTIVITY_REPORT_TITLE = /(?:^|\n)[ \t]*(?:rapp[o0]rt|bilan)\s+(?:annuel\s+)?d['’`]\s?activit[ée]s?(?:\s+(?:annuel(?:le)?|(?:de\s+l['’]\s?)?ann[ée]e\s+\d{4}|\d{4}))?[ \t]*(?:\n|$)/u;
export { SITTING_HELD };
/** The list of the deliberations of a sitting that communes post (L. 2121-25): their rows, no record. */
const LIST_TITLE = /(?:liste|relev[ée]s?)\s+des\s+d[ée]lib[ée]rations/iu;
/** "Relevé de décisions", "relevé des décisions prises": the decisions of a sitting, without its record when no attendance is. */
// OCR may split the title's word with spaces ("RELEVE DES DEC I SIONS").
const DECISIONS_TITLE = /relev[ée]s?\s+(?:de|des)\s+d ?[ée] ?c ?i ?s ?i ?o ?n ?s/iu;
/** The title of the record of a whole sitting, at a line start. */
const RECORD_TITLE = /(?:^|\n)[ \t]*(?:compte[- ]rendu|proc[èe]s[- ]verbal)(?:\s+(?:sommaire|succinct|analytique|int[ée]gral|de\s+(?:la\s+)?(?:s[ée]ance|r[ée]union)|du\s+conseil|du\s+comit[ée]|du\s+bureau|des\s+d[ée]lib[ée]rations))?(?![\p{L}])/iu;
/** "Tableau du conseil municipal" (L. 2121-1): the members in their order of rank, no sitting's record. */
const MEMBERS_TABLE_TITLE = /(?:^|\n)[ \t]*tableau\s+(?:des\s+membres\s+)?du\s+conseil\s+(?:municipal|communautaire|syndical)(?![\p{L}])/iu;
/** "Statuts du Syndicat", "STATUTS DE LA COMMUNAUTÉ DE COMMUNES …" at a line's start. Lower-cased. */
const STATUTES_TITLE = /(?:^|\n)[ \t]*statuts\s+(?:du|de\s+la|de\s+l['’]|des)\s/u;
/** How far into a document a letter that opens it closes. */
const LETTER_ZONE = 4000;
/** How far into a document its title stands. */
const TITLE_ZONE = 1500;

export interface KindEvidence {
  text: string;
  registerRows: number;
  hasAttendance: boolean;
  hasDate: boolean;
  hasBody: boolean;
  items: number;
  /** Items that are a heading and its outcome, nothing more: the rows of a list. */
  bareItems: number;
  /** Items whose vote or outcome the text states. */
  decidedItems: number;
  /** Persons read as present: a form or a letter may name proxies, never who sat. */
  present: number;
  /** Whether the sitting's counts are stated (in office, present, voting): a record of who sat, names or none. */
  counted?: boolean;
}

/** Whether the text is an act of one person, a mayor's or a president's order (ONE_PERSON_ACT in its head), no sitting held in it. */
export function isOnePersonAct(text: string): boolean {
  const lower = lowerOf(text);
  return caseless(ONE_PERSON_ACT).test(lower.slice(0, TITLE_ZONE)) && !caseless(SITTING_HELD).test(lower);
}

/** Whether the text is a letter convening a sitting (CONVOCATION_LETTER in its opening pages). */
export function isConvocation(text: string): boolean {
  return caseless(CONVOCATION_LETTER).test(lowerOf(text).slice(0, 4000));
}

/** Whether the text is titled a relevé of decisions (DECISIONS_TITLE in its head). */
export function isDecisionsList(text: string): boolean {
  return caseless(DECISIONS_TITLE).test(lowerOf(text).slice(0, TITLE_ZONE));
}


/**
 * Whether the text is a paper sent before a sitting (BRIEFING_TITLE in its head, or a draft
 * deliberation titled alone on its line further on), or a year's activity report presented to
 * it (ACTIVITY_REPORT_TITLE in its head): the sitting it prepares is its.
 */
export function isBriefing(text: string): boolean {
  const lower = lowerOf(text);
  return briefingTitled(text) || (lower.includes('projet') && DRAFT_LINE.test(lower));
}

/** Whether the text's head titles it a paper sent before a sitting (BRIEFING_TITLE) or a year's activity report. */
export function briefingTitled(text: string): boolean {
  const head = lowerOf(text).slice(0, TITLE_ZONE);
  return caseless(BRIEFING_TITLE).test(head) || ACTIVITY_REPORT_TITLE.test(head);
}

/** Whether the text is a report its author puts to the assembly, asking it to deliberate (REPORT_CLOSING): the sitting it is sent for is its. */
export function isReportToAssembly(text: string): boolean {
  return (text.includes('vouloir') && REPORT_CLOSING.test(text)) || (text.includes('battre') && DEBATE_INVITED.test(text));
}

/** A report put to a debate that takes no vote closes by inviting to it: "Je vous invite à en débattre." */
const DEBATE_INVITED = /je\s+vous\s+(?:invite|propose|demande)\s+(?:[àa]|de)\s+(?:bien\s+vouloir\s+)?en\s+d[ée]battre/iu;

/** A letter inviting the members to a sitting ("J'ai l'honneur de vous inviter à …"). */
const INVITES = new RegExp(String.raw`${INVITING}\s+[àa]`, 'iu');

/**
 * Whether the text's head is a letter inviting the members to a sitting, or says it convenes them
 * in its object: its agenda is no register of decisions, nor a list of them.
 */
export function invitesToSitting(text: string): boolean {
  const head = lowerOf(text).slice(0, 4000);
  return caseless(INVITES).test(head) || caseless(CONVOCATION_OBJECT).test(head);
}

/** How many sittings the text heads a part for, each by its date (SITTING_HEADING_LINE), the same date counted once. */
export function sittingsHeaded(text: string): number {
  return new Set(execAll(SITTING_HEADING_LINE, lowerOf(text)).map((m) => `${m[1]} ${m[2]} ${m[3]}`)).size;
}

export function classifyKind(e: KindEvidence): DocumentKind {
  if (!e.present && !e.decidedItems && invitesToSitting(e.text)) return 'other';
  const lower = lowerOf(e.text);
  const head = lower.slice(0, TITLE_ZONE);
  // "Objet : Convocation du Comité Syndical", no sitting held in it: the members its table names are its addressees, none who sat.
  // So is a letter that says, in its head, the sitting will be held ("se réunira le"), its reports' proposals no decision taken.
  // A letter further down that invites its addressees ("… de vous prier de bien vouloir assister à la réunion", after a software's
  // list of them), no one named present: its papers' votes are other bodies' (a commission's opinion), its annexes another sitting's.
  if ((caseless(CONVOCATION_OBJECT).test(head) || caseless(CONVOCATION_LETTER).test(head) || (!e.present && invitesToSitting(e.text))) && !caseless(SITTING_HELD).test(lower)) return 'other';
  if (!e.present && !e.hasAttendance && ACTIVITY_REPORT_TITLE.test(head)) return 'other';
  // Bare points under a sitting's record titled as such and its counts ("COMPTE RENDU SOMMAIRE DE SEANCE", "Présents : 33"):
  // that sitting's record, its table of points read a row a line.
  // Or a relevé of one sitting's decisions with its counts ("RELEVÉ DES DÉCISIONS" / "Conseillers en exercice : 33 Présents : 26").
  const countedRecord = () => e.counted === true && (caseless(RECORD_TITLE).test(head) ? !caseless(DECISIONS_TITLE).test(head) : caseless(DECISIONS_TITLE).test(head) && sittingsHeaded(e.text) < 2);
  if ((e.registerRows >= 3 || (e.items >= 3 && e.bareItems === e.items && !countedRecord())) && !e.hasAttendance) return 'list';
  if (!e.hasAttendance && !e.items && !(e.hasDate && e.hasBody)) return 'other';
  // A body's statutes, no point and no one who sat: the sitting that adopted them, named, is not recorded there.
  // Their title in capitals may read as the one point's heading, nothing decided under it.
  if (!e.hasAttendance && (!e.items || (e.items === 1 && !e.decidedItems)) && !e.counted && STATUTES_TITLE.test(head)) return 'other';
  // A sheet of attendance, nothing decided on it: who came to a sitting, not its record.
  if (!e.decidedItems && isAttendanceSheet(e.text)) return 'other';
  if (!e.present && caseless(LIST_TITLE).test(head) && e.items >= 2) return 'list';
  // A relevé that counts who sat ("Conseillers en exercice : 33 - Présents : 23") records its sitting;
  // not one that runs over a year's sittings, each counted under its own heading ("SÉANCE DU 25 JANVIER 2002").
  if (!e.hasAttendance && e.items >= 2 && caseless(DECISIONS_TITLE).test(head) && (!e.counted || sittingsHeaded(e.text) >= 2)) return 'list';
  if (!e.present && !e.decidedItems && isConvocation(e.text)) return 'other';
  // A letter whose object says it convenes: what its notes propose is no decision taken.
  if (!e.present && caseless(CONVOCATION_OBJECT).test(head)) return 'other';
  if (!e.present && isOnePersonAct(e.text)) return 'other';
  // A letter (to the prefect, to a member) that tells of acts and sittings: no record of one.
  if (!e.present && !e.decidedItems && LETTER_CLOSING.test(e.text.slice(0, LETTER_ZONE)) && !caseless(SITTING_HELD).test(lower)) return 'other';
  if (!e.present && !e.decidedItems && caseless(MEMBERS_TABLE_TITLE).test(head)) return 'other';
  if (!e.present && isBriefing(e.text) && !caseless(SITTING_HELD).test(lower)) return 'other';
  // A report put to the assembly, nothing decided in it: the deliberation that follows it, not there.
  if (!e.present && !e.decidedItems && isReportToAssembly(e.text) && !caseless(SITTING_HELD).test(lower)) return 'other';
  const extract = caseless(EXTRACT_CUE).test(lower.slice(0, 3000));
  // "Compte rendu du conseil municipal", "Procès-verbal de la séance": the record of a sitting,
  // whatever number of its points were found.
  if (!extract && caseless(RECORD_TITLE).test(head)) return 'minutes';
  if (e.items <= 1 && (extract || !caseless(AGENDA_CUE).test(lower))) return 'deliberation';
  return 'minutes';
}
