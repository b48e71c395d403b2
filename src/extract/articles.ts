/**
 * The decided points of a decision: each bullet, "ARTICLE n :" or line that opens with an
 * operative verb ("• Approuve …", "- DÉCIDE de …", "- d'approuver …", "- Adopter …").
 */
import { oneSpace } from '../text/spaces.ts';
import type { Article } from '../schema/minutes.ts';
import { actionAt, actionOfParticiple, nounUse } from '../text/verbs.ts';
import { fold } from '../text/fuzzy.ts';
import { caseless, lowerOf } from '../text/caseless.ts';
import { lineCount } from '../text/lines.ts';
import { isCapitalsLine } from '../text/capitals.ts';
import { execAll, execStickyAt, stickyTwin } from '../text/matches.ts';
import { isSpaceUnit, sentenceStopPastAbbreviations } from '../text/sentences.ts';
import { AFTER_WORD, ARTICLE_RANK, BODY_QUALIFIERS, CARRYING_ON, DELIBERATED_WORD, OBSERVING_PARTICIPLES, PERFECT_ACT, POINT_RANK_LEAD } from '../text/cues.ts';

/**
 * What may stand before the verb of an article: bullets, "Article 2 :", "Pour", "d'", "L'", a
 * pronoun ("1° Lui donne acte"), the assembly named as the loan guarantees' template names it
 * ("Article 1er : L'assemblée délibérante de la Commune de X accorde sa garantie"), a relevé's
 * label ("Décision : fixe le prix …"). A number may have a dash after it, as typescripts write
 * points ("1°) - DECIDE …", "2. – FIXE …"). "Et DEMANDE aux maires …" under a table: the act
 * that goes on from the one above it.
 */
const ARTICLE_LEAD =
  /(?:^|\n)[ \t]*(?:(?:[-•–—*·>]|(?:\d+(?:°\)?|[.)])|[a-z][.)])(?:[ \t]*[-–—](?=[ \t]))?)[ \t]*(?:\n[ \t]*)*)?(?:_+[ \t]*)?(?:(?:article[ \t]+(?:1er|premier|\d+(?:er)?)[ \t]*(?:[:.\-–—][ \t]*){0,2}(?:\n[ \t]*)?|d[ée]cisions?[ \t]*:[ \t]*)(?:(?:le|la)[ \t]+(?:conseil|commission|bureau|comit[ée])(?:[ \t]+\p{L}+)?[ \t]+|l['’]assembl[ée]e[ \t]+d[ée]lib[ée]rante(?:[ \t]+d[eu][ \t]+[^\n,:;]{1,60}?)?[ \t]+(?=accorde|s['’]engage|autorise|approuve|d[ée]cide))?)?(?:pour[ \t]+|de[ \t]+l['’]|d['’]|de[ \t]+|l['’]|à[ \t]+|lui[ \t]+|leur[ \t]+|et[ \t]+)?/giu;
/** ARTICLE_LEAD as run on lower-cased text, sticky: tried at line breaks only (see leadsIn). */
const ARTICLE_LEAD_AT = stickyTwin(caseless(ARTICLE_LEAD));

/**
 * execAll(caseless(ARTICLE_LEAD), lower), tried where it can match only: at the start and at
 * each line break. Its leading "(?:^|\n)" is tried at every offset of the decision otherwise.
 */
function leadsIn(lower: string): RegExpExecArray[] {
  const breaks = [0];
  for (let at = lower.indexOf('\n', 1); at >= 0; at = lower.indexOf('\n', at + 1)) breaks.push(at);
  return execStickyAt(ARTICLE_LEAD_AT, lower, breaks);
}

/** "sous la présidence de M. X", "présidé par M. Y": who presided, up to the comma after the name. */
export const PRESIDED_BY_OPENING = String.raw`(?:(?:r[ée]unie?s?\s+|si[ée]geant\s+)?sous\s+la\s+pr[ée]sidence\s+d(?:e\s+|['’]\s?)|pr[ée]sid[ée]e?\s+par\s+,?\s*)[^,;:]{2,80}?`;
/** "le Maire s'étant retiré", "Mme X s'étant retirée de la salle": who stayed out of the vote, up to the comma after it. */
export const WITHDRAWN = String.raw`(?:le|la|m\.|mme|monsieur|madame)\s[^,;:.]{2,60}?\s+s['’]\s?[ée]tant\s+retir[ée]e?s?(?:\s+de\s+la\s+salle)?`;
/** "sur le rapport de M. GARDETTE", "sur proposition du Président": whose report the body acts on, up to the comma after it. */
export const ON_REPORT_OF = String.raw`sur\s+(?:le\s+)?(?:rapport|proposition)\s+d(?:e\s+|u\s+|['’]\s?)(?:[^,;:.]|(?<=(?:^|\s)(?:M|MM|Mme))\.){2,80}?`;
/** "au vu de l'avis de la Commission d'appel d'offres …", "vu l'avis favorable de …": what the body acts in view of, up to the comma after it. */
export const IN_VIEW_OF = String.raw`(?:au\s+)?vu\s+(?:l['’]\s?|les?\s+|la\s+|de\s+|du\s+|des\s+|d['’]\s?)[^,;:.]{2,160}?(?=,)`;
/** "1er Vice-Président", "Maire", "deuxième adjointe": the office of who presided, after the name. */
export const PRESIDING_OFFICE = String.raw`(?:(?:\d{1,2}(?:er|re|e|[èe]me)|premi[eè]re?|deuxi[eè]me|troisi[eè]me|quatri[eè]me|cinqui[eè]me)\s+)?(?:vice-\s?)?(?:pr[ée]sidente?|maire|adjointe?)`;

/**
 * The verb of a one-sentence decision follows the body's name and what qualifies the vote ("à
 * l'unanimité moins une abstention (Mme X),", OCR's "al'unanimité", "par 11 voix pour et 2 abstentions"), or who
 * presided or stayed out of it ("hors la présence de Madame le Maire,", "le Maire s'étant retiré,", "siégeant sous la présidence de M. X,", "présidé par M. Y,
 * 1er Vice-Président,"), the delegation it acts under ("statuant par délégation du Conseil de
 * District (délibération du 22 avril 1977),"), or what it heard first ("après avoir pris connaissance des propositions de
 * l'Office National des Forêts,", "informé du projet de regroupement …,", "sur le rapport de M. GARDETTE,", "au vu de l'avis de
 * la Commission d'appel d'offres réunie le 16 juin 1992,"). OCR may read each comma a full stop ("après en avoir délibéré. par 25 voix pour …").
 */
const SENTENCE_DECISION = new RegExp(
  String.raw`(?:(?:le|la)\s+(?:conseil|commission|bureau|comit[ée]|assembl[ée]e)|l['’]\s?assembl[ée]e)(?:\s+(?:${BODY_QUALIFIERS}))?\s*(?:,|\.(?=\s))?\s*(?:(?:[àa]\s*l['’]unanimit[ée](?:\s+des\s+(?:membres\s+|voix\s+|suffrages\s+)?(?:pr[ée]sente?s|exprim[ée]s|votants)(?:\s+et\s+repr[ée]sent[ée]e?s)?)?(?:\s+moins\s+(?:une|deux|trois|quatre|cinq|\d{1,2})\s+(?:voix|abstentions?|votes?\s+contre))?(?:\s*\([^)]{0,160}\))?|\d{1,3}\s+(?:voix\s+)?(?:pour|contre|abstentions?)(?:\s*\([^)]{0,120}\))?(?:\s+et\s+\d{1,3}\s+(?:voix\s+)?(?:pour|contre|abstentions?)(?:\s*\([^)]{0,120}\))?)?|(?<![\p{L}])[àa]\s+la\s+majorit[ée]|${AFTER_WORD}\s+(?:en\s+)?av[oa0][il1]r\s+(?:${DELIBERATED_WORD}|d[ée]battu)|apr[èée]s\s+(?:d[ée]lib[ée]ration|d[ée]bat|discussion)|apr[èée]s\s+examen[^,;:.]{0,80}?(?=,)|apr[èée]s\s+avoir\s+(?:pris\s+connaissance|entendu|examin[ée]|[ée]tudi[ée]|constat[ée]|v[ée]rifi[ée])[^,;:.]{2,200}?(?=,)|ou[ïi]\s+l['’]\s?expos[ée]\s+d[eu]\s+[^,;:]{2,80}?(?=,)|${ON_REPORT_OF}(?=,)|${PRESIDED_BY_OPENING}(?=,)(?:\s*,\s*(?:${PRESIDING_OFFICE}|doyen(?:ne)?\s+d['’]\s?[âa]ge)(?=\s*,))?|ayant\s+[^,;:.]{2,160}?(?=,)|(?:inform[ée6]|saisi)e?s?\s+(?:du|de|des|d['’])\s?[^,;:.]{2,160}?(?=,)|${IN_VIEW_OF}|statuant\s+(?:par|sur|en\s+vertu\s+d['’]\s?une)\s+d[ée]l[ée]gation(?:[^,;:.()]|\([^)]*\)){2,160}?(?=,)|par\s+d[ée]l[ée]gation\s+d[eu]\s+[^,;:.]{2,60}?(?=,)|hors\s+la\s+pr[ée]sence\s+d(?:e\s+|['’]\s?|u\s+)[^,;:]{2,80}?(?=,)|${WITHDRAWN}(?=,)|unanimes?(?=\s*,)|(?:par|[àa](?=\s+\d))\s+(?:[^,;:.()]|\([^)]*\)){1,120}?(?:voix|votes?|abstentions?)(?:[^,;:.()]|\([^)]*\)){0,80}?(?=,))\s*(?:[,:]|\.(?=\s))?\s*)*`,
  'iu',
);

/** SENTENCE_DECISION, each of its matches in turn. */
const SENTENCE_DECISION_ALL = new RegExp(SENTENCE_DECISION.source, 'giu');

/**
 * A verb followed by nothing but how the vote went, to the end of its line, or by its count
 * ("Adopte par 18 voix pour et 10 voix contre"). Opening the line, it is a participle that lost
 * its accent (the outcome), not an act; "Adopte à l'unanimité le budget" has an object and is one.
 */
// "ADOPTE." alone on its line: the outcome too; OCR's specks in it ("ADOPTE- A L'UNANIMITE", "ADOPTE A ,L'UNANIMITE"), its space lost ("Adopte al'unanimite").
// "ADOPTE - Le groupe Union pour le Nord s'abstient.": the outcome, then how a group voted after a dash;
// "Vote Unanimité (33 votants)": a form's label and its result.
const VOTE_ONLY =
  /^[ \t]*\.[ \t]*(?:\n|$)|^[ \t]+[-–—][ \t]+(?:le|la|les)[ \t]+groupes?[ \t]|^[ \t]+unanimit[ée](?![\p{L}])|^\s+par\s+\d{1,3}\s+voix\s+(?:pour|contre)|^[-–]?\s+[àa](?:\s+,?\s*|(?=l['’]))(?:l['’]unanimit[ée]|la\s+majorit[ée])(?:\s+(?:des|de\s+ses)\s+(?:membres\s+)?(?:pr[ée]sents|votants|suffrages\s+exprim[ée]s))?\s*(?:[.;,:]|\(|avec\s|par\s|\d|\n|$)/iu;

/** "… d'autoriser :", "… de :": a lead-in whose infinitive the points that follow complete. */
const INFINITIVE_LEAD = /(?:\bd['’]\s?\p{L}+(?:er|ir|re)|\bde\s+\p{L}+(?:er|ir|re)|\bde)\s*:\s*(?:\n|$)/u;

/** "Ce dernier est adopté à l'unanimité": the passive states the act when nothing else does. */
/** "et l'approuve", "le Conseil … l'adopte": the act, its object a pronoun (not "qui l'accepte", a party's consent). Lower-cased text. */
const OBJECT_PRONOUN_ACT = /(?:(?<![\p{L}])et|(?:conseil|bureau|comit[ée]|commission|assembl[ée]e)(?:[ \t]+[\p{L}'’]+){0,2})[ \t\n]+(?:l['’][ \t]?|les[ \t]+)((?:approuve|adopte|accepte)(?![\p{L}]))/u;
const PASSIVE_DECISION = /\b(?:est|sont)\s+(?:ensuite\s+)?(adopt|approuv|accept|vot)[ée]e?s?(?!\p{L})/u;

/** A colon, then people one a bullet ("DÉSIGNE :" / "- Mme Isabelle DA SILVA, titulaire"). */
const APPOINTED_BELOW = /^[ \t]*:[ \t]*\n[ \t]*[-•–][ \t]*(?:M\.|Mme|MM\.|Monsieur|Madame)\s/u;

/** "décide (de) :" followed by points that are not verbs ("- La création d'un emploi …"). */
const DECIDES_LEAD = /\bd[ée]cide(?:nt)?\b[^.\n:]{0,40}?\s*:[ \t]*$/mu;
/** A lead that holds its own infinitive ("décide de maintenir … :"). Lower-cased text. */
const LEAD_INFINITIVE = /d[ée]cide(?:nt)?\s+(?:de\s+|d['’]\s?)\p{L}+(?:er|ir|re)(?![\p{L}])/u;
/** A word of capitals after a separator, a word in lower case after it (see extractArticles). */
const INLINE_CAPITALS_VERB = /[,;:][ \t\n]+\p{Lu}{4,}[ \t]+\p{Ll}/u;
const AFTER_SEPARATOR_CAPITALS = /[,;:][ \t\n]+(?=\p{Lu}{4,}[ \t]+\p{Ll})/gu;
/** "Article 2 :", "Article 1er -" (OCR's "ler") opening a point, with its separator. */
/** An article's word and rank: "article 1er", "Article premier", "ARTICLE 12". */
export const ARTICLE_NUMBER = new RegExp(String.raw`^${ARTICLE_RANK}\s*[:.\-–]?\s*`, 'iu');
/** A point's number before its verb, as typescripts number points: "2°)", "3.", "4 -", "b)". */
export const POINT_NUMBER = /^(?:\d{1,2}(?:°\)?|[.)])|[a-z][.)])[ \t]*(?:[-–][ \t]+)?/u;
/** A noun point opening on its article in lower case. */
const NOUN_OPENING = /^(?:la|le|les|l['’]|un|une|des)\s?\p{L}/u;

/** What closes a deliberation after its points: "Ainsi fait et délibéré …", "Au registre sont les signatures", "Pour extrait conforme", "Le Président,". */
const CLOSING_FORMULA = /^(?:ainsi\s+fait|fait\s+et\s+d[ée]lib[ée]r[ée]|d[ée]lib[ée]r[ée]\s+en\s+s[ée]ance|au\s+registre|suivent\s+les\s+signatures|pour\s+(?:extrait|copie)|certifi[ée]|(?:le|la)\s+(?:pr[ée]sidente?|maire|secr[ée]taire)\b)/iu;

const HAS_ASCII_LOWER = /[a-z]/;

/**
 * Under "… décide de :", a point written as a noun ("La création d'un emploi") is itself a
 * decision: it is recorded as "décide". Points that open with a verb are read as usual.
 */
function decidedPoints(text: string, start: number, end: number, found: Map<number, Article>): void {
  const lead = DECIDES_LEAD.exec(lowerOf(text).slice(start, end));
  // "décide de maintenir les taux comme suit :": the points complete the infinitive, they are no acts.
  if (!lead || LEAD_INFINITIVE.test(lead[0])) return;
  let pos = start + lead.index + lead[0].length;
  // Articles numbered under the lead ("Article 1 – Bénéficiaires", its provisions under it): only
  // they open points, and titles without a verb are the one decision the lead states.
  const numbered = ARTICLE_LINE.test(text.slice(pos, end));
  let titles = 0;
  let prevEnded = true;
  // After a point that ends on a colon, bulleted lines are what it lists ("répartie comme suit :
  // - Commune de X … 612 000 F"), not points of their own.
  let listing = false;
  while (pos < end) {
    let lineEnd = text.indexOf('\n', pos + 1);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    const raw = text.slice(pos, lineEnd).replace(/^\n/, '');
    const line = raw.trim();
    const lineAt = lineEnd - raw.length + (raw.length - raw.trimStart().length);
    pos = lineEnd;
    if (!line) continue;
    // A civility opens the discussion that follows; a line in capitals is the next heading.
    if (/^(?:M\.|Mme|Monsieur|Madame)\s/u.test(line) || /^(?:vote|pour\s*:|contre\s*:|adopt)/iu.test(line) || CLOSING_FORMULA.test(line)) break;
    // A lower-case ASCII letter shows the line is not in capitals without upper-casing it.
    if (!HAS_ASCII_LOWER.test(line) && line === line.toUpperCase() && line.replace(/[^\p{L}]/gu, '').length >= 6) break;
    const bullet = /^[-•–]/u.test(line);
    if (bullet && listing) {
      prevEnded = true;
      continue;
    }
    listing = false;
    const point = line.replace(/^[-•–]\s*/u, '');
    // A point starts on a bullet or an article's number, or on a capital after a finished one;
    // wrapped lines do not. Bulleted, it may open in lower case on its article ("– la création d'un emploi").
    // A point that announces a list on its first line ("La garantie est apportée aux conditions suivantes :") is no act.
    const opens = numbered ? ARTICLE_NUMBER.test(point) : bullet || prevEnded || ARTICLE_NUMBER.test(point);
    if (point && opens && !point.endsWith(':') && (/^\p{Lu}/u.test(point) || (bullet && NOUN_OPENING.test(point)))) {
      const at = lineAt + (line.length - point.length);
      const verb = actionAt(point.replace(/^(?:de\s+l['’]|d['’]|de\s+|l['’])/iu, ''));
      // A title stands whole on its line: the line under it does not go on in lower case.
      const title = numbered && ARTICLE_TITLE.test(point) && !CONTINUED_BELOW.test(text.slice(lineEnd, Math.min(end, lineEnd + 3)));
      if (!verb && !(title && titles++ > 0) && ![...found.keys()].some((k) => k >= at && k < at + point.length)) found.set(at, { action: 'décide', text: '', span: null });
    }
    // A point ending on a colon announces what it lists (a table of tariffs): that is no point.
    prevEnded = bullet && !point ? true : /[;.]$/.test(line);
    listing = line.endsWith(':');
  }
}

/** An article's line in a zone: "Article 2 – …", "ARTICLE 1er :". */
const ARTICLE_LINE = new RegExp(String.raw`(?:^|\n)[ \t]*${ARTICLE_RANK}\s*[:.\-–]`, 'iu');
/** A line break, then a line that opens in lower case: the line above goes on. */
const CONTINUED_BELOW = /^\n[ \t]*\p{Ll}/u;
/** "Article 2 – L'indemnité de fonctions (IFSE)": a number and a short title, no sentence closed. */
const ARTICLE_TITLE = new RegExp(String.raw`${ARTICLE_NUMBER.source}[^\n]{1,80}(?<![.;,])$`, 'iu');

/** Whether the line before the one at `at` (a line's start, or the newline before it) closes on a colon or a semicolon. */
function listedAfter(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || text[k] === '\n')) k--;
  return k >= 0 && (text[k] === ':' || text[k] === ';');
}

/** The line that holds `at`. */
function lineOf(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at - 1) + 1, end < 0 ? text.length : end);
}

/** In a text without line breaks, a bullet is " - " before an upper-case verb. */
const INLINE_LEAD = /[ \t](?:[-•–][ \t]*)(?:_+[ \t]*)?/gu;
/** A bullet inside a line before a word in capitals and a word in lower case: the cheap test first. */
const INLINE_CLAUSE = /[ \t][-•–][ \t]*(?:_+[ \t]*)?\p{Lu}{3,}[ \t]+\p{Ll}/u;

/**
 * Records the verb at `verbAt` as an article's act in `found`, unless it reads as something else
 * (a noun, a title, a lead-in, how the vote went). `known`: the verb at `verbAt` when the caller
 * has read it already. A function of its own, not a closure of extractArticles: V8 compiled the
 * two as one, slowly.
 */
function consider(text: string, found: Map<number, Article>, verbAt: number, requireUpper: 'all' | 'initial' | 'none', known?: { action: string; length: number }, afterSubject = false): void {
  const hit = known ?? actionAt(text.slice(verbAt, verbAt + 40));
  if (!hit) return;
  // "DECISION : ADOPTE à l'unanimité.": under the label, how the vote went, no act (the sentence above states them).
  if (OUTCOME_STATED.test(text.slice(verbAt, verbAt + 40)) && DECISION_LABEL.test(text.slice(Math.max(0, verbAt - 16), verbAt))) return;
  const word = text.slice(verbAt, verbAt + hit.length);
  if (requireUpper === 'all' && word !== word.toUpperCase()) return;
  // A line that opens with a lower-case verb is a wrapped sentence, not an article.
  if (requireUpper === 'initial' && !/^\p{Lu}/u.test(word)) return;
  // "Vote du conseil", "Demande des riverains": a one-word form before "du"/"des" is a noun.
  // "DEMANDE DE SUBVENTION – …": a title whose first word is a verb's form.
  // "- SOLLICITE du Conseil départemental …": a verb in capitals before words in lower case is an
  // article's typography, whatever follows it.
  const inCapitals = word === word.toUpperCase();
  const article = inCapitals && word.length >= 4 && !isCapitalsLine(lineOf(text, verbAt));
  // After its subject ("le Conseil approuve des tarifs") the form is the verb; so it is in lower
  // case after a bullet, the lead's sentence going on ("Le Conseil, / - sollicite du Département …").
  const bulletedLower = /^\p{Ll}/u.test(word) && BULLET_BEFORE.test(text.slice(Math.max(0, verbAt - 12), verbAt));
  if (!hit.action.includes(' ') && ((!article && !afterSubject && !bulletedLower && /^\s+(?:du|des)\s/u.test(text.slice(verbAt + hit.length, verbAt + hit.length + 6))) || (inCapitals && nounUse(text.slice(verbAt + hit.length, verbAt + hit.length + 40)) && isCapitalsLine(lineOf(text, verbAt))))) return;
  // A verb must open a clause: followed by a space, a comma or an apostrophe, not ":", nor
  // alone on its line ("DÉCIDE" over the articles, which are the acts). Closing a line of its
  // sentence ("le conseil municipal retient\nl'entreprise"), it is the act.
  const after = text.slice(verbAt + hit.length, verbAt + hit.length + 3);
  // "DÉSIGNE :" over the members it appoints, one a bullet: the verb is the act, its points are no verbs.
  if (/^\s*[:=]/.test(after) && !APPOINTED_BELOW.test(text.slice(verbAt + hit.length, verbAt + hit.length + 40))) return;
  if (/^[ \t]*(?:\n|$)/.test(after) && /(?:^|\n)[ \t]*(?:[-•–][ \t]*)?$/.test(text.slice(Math.max(0, verbAt - 80), verbAt))) return;
  // "Vote contre : M. X", "Vote par appel nominal : 22 voix pour": how the vote went, not an act;
  // "VOTE POUR CONTRE ABST." over its counts: a vote table's labels; "Vote Pour 17 Contre 4 Abstention 0", a form's row.
  if (/^\s+(?:contre|pour)\s*:|^[ \t]+pour[ \t]+contre(?![\p{L}])|^[ \t]+pour[ \t]+\d{1,3}[ \t]+contre(?![\p{L}])|^\s+(?:par\s+appel\s+nominal|[àa]\s+main\s+lev[ée]e|[àa]\s+bulletins?\s+secrets?|au\s+scrutin)[^\n:]{0,20}:/iu.test(text.slice(verbAt + hit.length, verbAt + hit.length + 40))) return;
  // "Adopte a l'unanimite" opening its line is "Adopté à l'unanimité" typed without accents:
  // the outcome. "Le Conseil approuve à l'unanimité." states the act.
  if (/^\p{Lu}/u.test(word) && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, verbAt - 40), verbAt)) && VOTE_ONLY.test(text.slice(verbAt + hit.length, verbAt + hit.length + 160))) return;
  // "ADOPTE   Le Bureau, par délégation …, approuve …": the margin's outcome before the body that
  // acts, its sentence the act.
  if (inCapitals && BODY_AS_SUBJECT.test(text.slice(verbAt + hit.length, verbAt + hit.length + 40))) return;
  found.set(verbAt, { action: hit.action, text: '', span: { start: verbAt, end: verbAt } });
}
/** A bullet opening the line, right before a word. */
const BULLET_BEFORE = /(?:^|\n)[ \t]*[-•–][ \t]*$/u;
/** The body named as a sentence's subject after a word: "Le Bureau", "La Commission". */
const BODY_AS_SUBJECT = /^\s+(?:Le|La|L['’])\s*(?:Bureau|Conseil|Commission|Comit[ée]|Assembl[ée]e)(?![\p{L}])/u;

/**
 * A summary whose acts are past participles under one lead ("Le Conseil communautaire a :" /
 * "1 – Compte de gestion 2002" / "Approuvé le compte de gestion …, et autorisé le Président à …").
 */
const PARTICIPLES_LEAD = /(?:^|\n)[ \t]*(?:le|la|l['’])\s*(?:conseil|comit[ée]|bureau|commission|assembl[ée]e)(?:[ \t]+[\p{L}'’-]+){0,3}[ \t]+a[ \t]*:[ \t]*(?=\n)/iu;
/**
 * Or the body alone over its points ("Le Conseil Municipal :"), each point's acts in the perfect, the
 * body left unsaid ("1° – A adopté le procès-verbal …", "3° – SALLE DE SPORTS. A approuvé l'avant-projet
 * sommaire, sollicité les subventions … et autorisé M. le Maire à …").
 */
const BODY_LEAD_ALONE = /(?:^|\n)[ \t]*(?:le|la|l['’])\s*(?:conseil|comit[ée]|bureau|commission|assembl[ée]e)(?:[ \t]+[\p{L}'’-]+){0,3}[ \t]*:[ \t]*(?=\n)/iu;
const PERFECT_ACT_POINT = new RegExp(String.raw`(?:^|\n)[ \t]*${POINT_RANK_LEAD}(?:[^\n]*?\p{Lu}{2}\.[ \t]+)?${PERFECT_ACT}`, 'u');
/** A participle of an act before what it acts on: "Approuvé le compte", "Décidé d'affecter", "sollicité les aides", "autorisé M. le Maire à". */
const PARTICIPLE_ACT = /(?<![\p{L}'’])(\p{L}{3,}[ée]e?s?)[ \t\n]+(?=[ld]['’]|(?:le|la|les|de|du|des|un|une|aux|M\.|Mme|Monsieur|Madame)(?![\p{L}]))/gu;

/** Whether the text gives its acts as participles under PARTICIPLES_LEAD or BODY_LEAD_ALONE: the patterns only where their words are. */
export function actsInParticiples(text: string): boolean {
  return (text.includes('a :') && PARTICIPLES_LEAD.test(text)) || (text.includes('A ') && PERFECT_ACT_POINT.test(text) && BODY_LEAD_ALONE.test(text));
}

/** The acts text[start, end) states in participles (PARTICIPLE_ACT): where each is, and its verb. */
function participlesIn(text: string, start: number, end: number): Array<{ at: number; action: string }> {
  return execAll(PARTICIPLE_ACT, text.slice(start, end)).flatMap((m) => {
    const action = actionOfParticiple(m[1]!);
    return action ? [{ at: start + m.index!, action }] : [];
  });
}

/** Whether text[start, end) states an act in a participle. */
export const hasParticipleAct = (text: string, start: number, end: number): boolean => participlesIn(text, start, end).length > 0;

function participleActs(text: string, start: number, end: number, found: Map<number, Article>): void {
  for (const { at, action } of participlesIn(text, start, end)) found.set(at, { action, text: '', span: { start: at, end: at } });
}

/** The passive of an article's first clause: "Est approuvé …", "Le taux … est fixé à 30 %". */
// Its subject may name someone with a civility's full stop ("M. le Maire est autorisé à …"),
// and wrap onto a line going on in lower case (not an article's title over its text), or under a
// long line, which a short title is not ("… entre la Commune de" / "BRAS-MAHOT … est approuvé.").
const PASSIVE_CLAUSE = /^(?:(?:[^.;:\n]|\n(?=[ \t]*\p{Ll})|(?<=[^\n]{50})\n|(?<=(?:^|\s)(?:M|MM|Me))\.){0,160}?\s)?(?:[Ee][Ss][Tt]|[Ss][Oo][Nn][Tt])\s+(\p{L}+)(?![\p{L}])/u;
/** The collectivity acting in the active voice: "Article 2 - La Ville acquiert …". */
const ACTING_BODY = /^[ \t]*(?:la\s+(?:ville|commune|communaut[ée]|r[ée]gion)|le\s+(?:d[ée]partement|syndicat|conseil(?:\s+(?:municipal|communautaire|syndical|d[ée]partemental|r[ée]gional|g[ée]n[ée]ral))?|comit[ée](?:\s+syndical)?|bureau))[ \t.,]+/iu;
/**
 * "M. le Maire est chargé de l'exécution de la présente délibération": the closing formula, no act;
 * "… sont chargés, chacun en ce qui le concerne,. de l'exe'cution …" as typed and OCR'd.
 */
const EXECUTION_FORMULA = /^(?:\s*,\s*chacun\s+en\s+ce\s+qui\s+l[ea]s?\s+concerne\s*[,.]*)?\s+(?:de\s+l['’]\s?ex[ée]['’]?cution|d['’]\s?ex[ée]['’]?cuter)/iu;

/** An article lead's number ("article 1er :", "article 3 -"); null when it has none. Lower-cased. */
function articleRank(lead: string): number | null {
  // "Article 1cr": OCR's c for the e of "1er".
  const m = /article\s+(?:(premier|[1l][ec]r)|(\d+))/u.exec(lead);
  return m ? (m[1] ? 1 : Number(m[2])) : null;
}

/**
 * The collectivity's name after its kind ("La Communauté d'Agglomération Seine-Essart accorde …",
 * "La Commune de Bras-Coulée accorde …"): words in capitals, and the small words between them.
 * Apart from ACTING_BODY, whose `i` flag would let \p{Lu} match any letter.
 */
const BODY_NAME = /^(?:de|du|des|d['’])[ \t]*(?:la[ \t]+|l['’])?\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:(?:de|du|des|la|le|les|et|sur|en)[ \t]+|d['’]|l['’])?\p{Lu}[\p{L}'’-]*){0,5}[ \t,]+/u;

/** Records the act of an article written in the passive at `at`, if its participle is an act's, or whose collectivity acts ("La Ville acquiert"). */
function passiveArticle(text: string, found: Map<number, Article>, at: number): void {
  const body = ACTING_BODY.exec(text.slice(at, at + 80));
  const named = body ? at + body[0].length + (BODY_NAME.exec(text.slice(at + body[0].length, at + body[0].length + 120))?.[0].length ?? 0) : 0;
  const acted = body ? actionAt(text.slice(named, named + 40)) : null;
  if (acted) {
    found.set(at, { action: acted.action, text: '', span: { start: at, end: at } });
    return;
  }
  const m = PASSIVE_CLAUSE.exec(text.slice(at, at + 160));
  const action = m ? actionOfParticiple(m[1]!) : null;
  if (!action || EXECUTION_FORMULA.test(text.slice(at + m!.index + m![0].length, at + m!.index + m![0].length + 80))) return;
  found.set(at, { action, text: '', span: { start: at, end: at } });
}

/** A lead that is a decision's label ("Décision :", "DECISION :"). Read on the text as written: lowerOf caches a whole document, not a slice. */
const DECISION_LABEL = /d[ée]cisions?[ \t]*:[ \t]*$/iu;
/** An outcome and how the vote went, in place of an act: "ADOPTE à l'unanimité", "Adoptée par 16 voix", "REJETE." */
const OUTCOME_STATED = /^(?:adopt|approuv|rejet)[ée]e?s?(?:[ \t]+(?:[àa][ \t]+l['’]\s?unanimit|[àa][ \t]+la[ \t]+majorit|par[ \t]+\d|sans[ \t]+(?:vote|opposition|observation))|[ \t]*[.;]?[ \t]*(?:\n|$))/iu;

/** A line's start, then "de" or "d'" alone before the verb: no bullet, no rank. */
const WRAPPED_DE = /^\n?[ \t]*(?:de[ \t]+|d['’][ \t]?)$/u;
/** A line stopping on a word that ends in a small letter, not "et" nor "ou". */
const WORD_GOING_ON = /(?<![\p{L}])(?!(?:et|ou)[ \t]*$)\p{L}*\p{Ll}[ \t]*$/u;

export function extractArticles(text: string, start: number, end: number): Article[] {
  const zone = text.slice(start, end);
  const found = new Map<number, Article>();
  /** Articles that open on no verb, which may be written in the passive. */
  const passiveAt: number[] = [];
  let lastRank = 0;
  let annexed = false;
  for (const m of leadsIn(lowerOf(text).slice(start, end))) {
    const verbAt = start + m.index! + m[0].length;
    // The lead matches at every line start: most lines open on no verb, and consider() turns them
    // away first thing; the lead's kind is read only for those that do.
    const verb = actionAt(text.slice(verbAt, verbAt + 40));
    // An article's number lower than the last one's opens another text's articles (a regulation
    // annexed to the decision): their passives are its provisions, not acts.
    const rank = m[0].includes('article') ? articleRank(m[0]) : null;
    if (rank !== null) {
      if (rank <= lastRank) annexed = true;
      lastRank = rank;
    }
    if (!verb) {
      // "ARTICLE 1 : Est approuvé le programme", "ARTICLE 4 : Le Président est autorisé à signer".
      if (rank !== null && !annexed) passiveAt.push(verbAt);
      continue;
    }
    // "… propose au Conseil de Communauté" / "de créer ce poste …": "de" opening a line, no bullet
    // before it, under a line that stops on a word, goes on with that line's sentence: no act of its own.
    // Not after "et" ("… et" / "d'autoriser …": an act joined to the one before), nor after a verb in
    // capitals ("DÉCIDE" / "d'allouer …"), the article the infinitive completes.
    if (WRAPPED_DE.test(text.slice(start + m.index!, verbAt)) && WORD_GOING_ON.test(text.slice(Math.max(start, start + m.index! - 40), start + m.index!))) continue;
    // "Lui donne acte de la présentation …": the pronoun in capitals opens the line in the verb's stead.
    const bulleted = /[-•–—*·>\d]|article|d[ée]cision|pour|d['’]|de |l['’]/iu.test(m[0]) || /(?:^|\s)(?:Lui|Leur)[ \t]+$/u.test(text.slice(start + m.index!, verbAt));
    // At a bare line start, only a capitalised verb opens an article; in lower case too after a
    // lead or a point that closes its line ("après en avoir délibéré :" / "adopte … ;" / "fixe …").
    // "Et DEMANDE aux maires …": after "et", only a verb in capitals opens an article ("41) et fixe …" goes on with a sentence).
    const joined = /(?:^|\s)et[ \t]+$/u.test(m[0]);
    // "DÉCIDE de confier au Maire … les délégations suivantes :" / "- arrêter …" / "- passer les contrats …":
    // bare infinitives under a list's announcing line are the powers it lists, no acts of the decision.
    if (bulleted && !INFINITIVE_MARK.test(m[0]) && BARE_INFINITIVE.test(text.slice(verbAt, verbAt + 30)) && listAnnouncedAbove(text, start + m.index!)) continue;
    consider(text, found, verbAt, joined ? 'all' : bulleted || listedAfter(text, start + m.index!) ? 'none' : 'initial', verb);
  }
  if (!zone.includes('\n') || zone.length / lineCount(zone) > 400) {
    for (const m of execAll(INLINE_LEAD, zone)) consider(text, found, start + m.index! + m[0].length, 'all');
  } else if (INLINE_CLAUSE.test(zone)) {
    // " - DÉFINIT comme zones …" inside a line: OCR runs bullets into the line before. A verb in
    // capitals opening a clause in lower case is an article; "- DEMANDE DE SUBVENTION" a title.
    for (const m of execAll(INLINE_LEAD, zone)) {
      const at = start + m.index! + m[0].length;
      if (/^\p{Lu}{3,}[ \t]+\p{Ll}/u.test(text.slice(at, at + 40))) consider(text, found, at, 'all');
    }
  }
  // "Vu …; après en avoir délibéré, ADOPTE le budget …": a verb in capitals set off by a comma,
  // a semicolon or a colon inside a line, prose after it, is an act however the line runs.
  if (INLINE_CAPITALS_VERB.test(zone)) {
    for (const m of execAll(AFTER_SEPARATOR_CAPITALS, zone)) consider(text, found, start + m.index! + m[0].length, 'all');
  }
  // Articles in the passive state their acts ("ARTICLE 1 : Est approuvé …", "Article 3 : Monsieur
  // le Maire est autorisé à signer …"), under "DÉCIDE :" as under "D E L I B E R E": read before
  // the points under "DÉCIDE :" that state none, which they are not.
  for (const at of passiveAt) passiveArticle(text, found, at);
  decidedPoints(text, start, end, found);
  if (found.size) bodyActInCapitalsBefore(text, start, end, found);
  if (!found.size) sentenceDecision(text, start, end, found);
  if (!found.size && actsInParticiples(text)) participleActs(text, start, end, found);
  const articles = articlesAt(text, found, end);
  return articles.length > 1 && zone.includes('«') ? withoutQuotedActs(text, articles) : articles;
}

/**
 * "ADOPTE la motion suivante : « Le Conseil municipal … s'oppose …, demande le maintien … et charge
 * Monsieur le Maire … »": the verbs of the text adopted, in its prose between its guillemets, are
 * that text's, no acts of the decision. Set as articles, in capitals ("- S'OPPOSE …" / "DEMANDE …"),
 * they are read as the decision's.
 */
function withoutQuotedActs(text: string, articles: Article[]): Article[] {
  const first = articles[0]!.span?.start;
  if (first === undefined) return articles;
  return articles.filter((a, n) => {
    const at = a.span?.start;
    if (n === 0 || at === undefined || /^\p{Lu}['’]?\p{Lu}/u.test(text.slice(at, at + 3))) return true;
    const before = text.slice(first, at);
    const open = before.lastIndexOf('«');
    return open < 0 || before.lastIndexOf('»') > open;
  });
}

/** "de" or "d'" before an infinitive: "Article 1er : De fixer …", an act as the decision writes one. */
const INFINITIVE_MARK = /(?:^|[\s:])(?:de|d['’])[ \t]*$/iu;
/** A verb in the infinitive opening its item, no "de" before it: "arrêter", "prononcer", "accepter". */
const BARE_INFINITIVE = /^\p{Ll}[\p{Ll}'’]*(?:er|ir|re)(?![\p{L}])/u;
/** A line announcing a list by its nouns: "… les délégations suivantes :", "… les missions suivantes :". */
const LIST_ANNOUNCED = /suivant(?:e|es|s)?[ \t]*:[ \t]*$/iu;
/** How many lines above an item its list's announcing line may stand. */
const LIST_ITEMS_REACH = 40;

/** Whether the line ending on a colon above the list's items over the line at `at` announces the list by its nouns (LIST_ANNOUNCED). */
function listAnnouncedAbove(text: string, at: number): boolean {
  let item = at;
  while (text[item] === '\n' || text[item] === ' ' || text[item] === '\t') item++;
  let end = text.lastIndexOf('\n', item - 1);
  for (let k = 0; k < LIST_ITEMS_REACH && end > 0; k++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trimEnd();
    if (line.endsWith(':')) return LIST_ANNOUNCED.test(line);
    // Only the list's items between: bullets, and their lines going on in small letters.
    if (!/^[ \t]*(?:[-•–]|\p{Ll})/u.test(line)) return false;
    end = start - 1;
  }
  return false;
}

/**
 * No article list: the decision is one sentence, "Le Conseil, à l'unanimité, fixe les tarifs",
 * or "Ce dernier est adopté à l'unanimité"; its act is recorded in `found`.
 */
/**
 * A sentence after the body's act opening on its pronoun: "Il autorise le Président …"; only with
 * a verb no member speaking acts by ("Il demande", "Il précise", "Il rappelle" are a speaker's too). Lower-cased text.
 */
const PRONOUN_ACTS = ['autorise', 'charge', 'décide', 'approuve', 'fixe', 'accorde', 'sollicite', 'désigne', 'adopte', 'attribue', 'mandate', 'arrête'];
const PRONOUN_AGAIN = new RegExp(String.raw`(?<=[.;][ \t\n]+)(?:il|elle)[ \t]+(?=(?:${PRONOUN_ACTS.join('|')})(?![\p{L}]))`, 'gu');

/**
 * "Le Conseil municipal APPROUVE l'opération …," / "SOLLICITE l'aide …, et AUTORISE le Maire …": the acts
 * a line or a comma opened follow the body's own, in capitals like them, which opens the sentence.
 */
function bodyActInCapitalsBefore(text: string, start: number, end: number, found: Map<number, Article>): void {
  const stop = Math.min(end, ...found.keys());
  if (!/\p{Lu}{3}/u.test(text.slice(start, stop))) return;
  for (const m of execAll(caseless(SENTENCE_DECISION_ALL), lowerOf(text).slice(start, stop))) {
    const verbAt = start + m.index! + m[0].length;
    if (m[0].length && /^(?:\p{Lu}['’])?\p{Lu}{3,}(?![\p{L}])/u.test(text.slice(verbAt, verbAt + 30)) && actionAt(text.slice(verbAt, verbAt + 40))) {
      consider(text, found, verbAt, 'none', undefined, true);
      return;
    }
  }
}

/** The executive authorised in the passive, opening its sentence: "Le Président est autorisé à signer …", "Monsieur le Maire est autorisé à …". Lower-cased text. */
const EXECUTIVE_AUTHORISED = /(?<=\.[ \t\n]+)(?:(?:monsieur|madame)\s+)?(?:le|la)\s+(?:pr[ée]sidente?|maire)\s+est\s+autoris[ée]e?\s+[àa]\s/gu;

/** "Par ailleurs, le Conseil Municipal agrée M. X …": a further act of the same decision, the body named again. Lower-cased text. */
const BODY_AGAIN = new RegExp(String.raw`(?<=[.;][ \t\n]+)${CARRYING_ON}\s*,?\s*${SENTENCE_DECISION.source}`, 'giu');

/**
 * What the accountable officer's accounts were checked against, the formula of the compte de
 * gestion: "Le Conseil Municipal, après s'être fait présenter le budget primitif …, les titres
 * définitifs des créances à recouvrer, le détail des dépenses …, déclare que le compte de
 * gestion … n'appelle ni observation ni réserve": a clause whose own commas part what it lists.
 * Its other clauses: "après s'être assuré que le Receveur a repris dans ses écritures …", "après
 * avoir constaté la concordance des écritures … dressé par M. le Receveur …, déclare".
 */
const SHOWN_THE_ACCOUNTS = String.raw`apr[èe]s\s+(?:s['’]\s?[êe]tre\s+(?:fait\s+(?:pr[ée]senter|communiquer)|assur[ée]e?)|avoir\s+constat[ée])`;

/** The body named, then a participle's clause: what it observes before it acts ("Le Conseil municipal, constatant …"). Lower-cased text. */
const BODY_THEN_PARTICIPLE = new RegExp(String.raw`(?:le|la)\s+(?:conseil|commission|bureau|comit[ée]|assembl[ée]e)[^,;:.]{0,40}?,\s*(?:${OBSERVING_PARTICIPLES}|(${SHOWN_THE_ACCOUNTS}))\s`, 'gu');
/** How far a participle's clause and its act may run. */
const PARTICIPLE_SENTENCE = 800;

/** A full stop closing a sentence: at a line's end or before a capitalised word, not inside "F.N.D.A.E.". */
const SENTENCE_CLOSE = /\.(?=[ \t]*(?:\n|$)|[ \t]+\p{Lu}\p{Ll})/u;

/**
 * The sentences of text[start, end) in which the body acts ("Le Comité, à l'unanimité des votants,
 * approuve le compte … au Président."): where each opens and where its full stop closes it.
 */
export function actingSentences(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const lower = lowerOf(text).slice(start, end);
  const named = caseless(SENTENCE_DECISION_ALL);
  const out: Array<{ start: number; end: number }> = [];
  named.lastIndex = 0;
  for (let m = named.exec(lower); m; m = named.exec(lower)) {
    if (m[0].length === 0) {
      named.lastIndex++;
      continue;
    }
    const verbAt = m.index + m[0].length;
    if (!actionAt(text.slice(start + verbAt, start + verbAt + 40))) continue;
    // Its full stop: one before a line's end or a capital (not "F.N.D.A.E."), or the zone's end.
    const stop = SENTENCE_CLOSE.exec(text.slice(start + verbAt, end));
    const sentenceEnd = stop ? verbAt + stop.index + 1 : lower.length;
    out.push({ start: start + m.index, end: start + sentenceEnd });
    named.lastIndex = sentenceEnd;
  }
  named.lastIndex = 0;
  return out;
}

function sentenceDecision(text: string, start: number, end: number, found: Map<number, Article>): void {
  // Not a lead-in to a list ("… accepte d'autoriser :").
  const lower = lowerOf(text).slice(start, end);
  // The body named with no act after it ("Vu l'avis de la commission des finances") is passed
  // over for the next naming: "Le Conseil régional décide …".
  const named = caseless(SENTENCE_DECISION_ALL);
  named.lastIndex = 0;
  for (let m = named.exec(lower); m && !found.size; m = named.exec(lower)) {
    const verbAt = m.index + m[0].length;
    if (m[0].length === 0) named.lastIndex++;
    // A sentence that ends on a colon introduces a list. Its verb is the act when the list holds
    // no verbs ("fixe ainsi qu'il suit les tarifs : - repas enfant … 12,50 F"); not when it leads
    // to an infinitive the points complete ("accepte d'autoriser : - la vente …").
    const sentence = lower.slice(verbAt, verbAt + 300).split(/[.;]\s|\n\s*\n/)[0]!;
    if (!INFINITIVE_LEAD.test(sentence)) consider(text, found, start + verbAt, 'none', undefined, true);
  }
  named.lastIndex = 0;
  // "Le Conseil municipal, constatant la multiplication des coupures … aux quartiers de Fond-Bananier,
  // Belle-Hôtesse et Morne-Cabrit, demande …": what it observes first, in a participle's clause whose
  // own commas part the places it names; the act follows one of its commas, within the sentence.
  if (!found.size) {
    for (const m of execAll(BODY_THEN_PARTICIPLE, lower)) {
      const clauseAt = m.index! + m[0].length;
      // The accounts' formula parts its clauses with semicolons ("… dressé par M. le Receveur ; considérant que …, déclare …").
      const stop = sentenceStopPastAbbreviations(lower, clauseAt, PARTICIPLE_SENTENCE, m[1] !== undefined);
      for (let c = lower.indexOf(',', clauseAt); c >= 0 && c < stop && !found.size; c = lower.indexOf(',', c + 1)) {
        consider(text, found, start + c + 1 + (/^\s*/.exec(lower.slice(c + 1, c + 8))?.[0].length ?? 0), 'none', undefined, true);
      }
      if (found.size) break;
    }
  }
  // "Le Conseil approuve la convention … Il autorise le Président à la signer.": the body again, as a pronoun.
  if (found.size) for (const m of execAll(PRONOUN_AGAIN, lower)) consider(text, found, start + m.index! + m[0].length, 'none', undefined, true);
  if (found.size) for (const m of execAll(BODY_AGAIN, lower)) consider(text, found, start + m.index! + m[0].length, 'none', undefined, true);
  // "Le Bureau décide la cession … Le Président est autorisé à signer l'acte de vente.": the executive authorised, a further act.
  if (found.size && lower.includes('autoris')) for (const m of execAll(EXECUTIVE_AUTHORISED, lower)) if (!found.has(start + m.index!)) found.set(start + m.index!, { action: 'autorise', text: '', span: null });
  // "… examine le compte administratif 1996 …, et l'approuve.", "Le Conseil d'Administration l'approuve":
  // the act on what the sentence named, its object a pronoun before the verb.
  if (!found.size) {
    const object = OBJECT_PRONOUN_ACT.exec(lower);
    if (object) consider(text, found, start + object.index + object[0].length - object[1]!.length, 'none', undefined, true);
  }
  if (!found.size) {
    const passive = PASSIVE_DECISION.exec(lower);
    if (passive) found.set(start + passive.index, { action: `${passive[1]}e`, text: '', span: null });
  }
  // "… la redevance … est fixée à 2,15 F/m³ …, par 25 voix pour et 3 voix contre", "Une subvention de
  // 4 500 F est accordée à l'unanimité …": an act in the passive, in the sentence that states the vote.
  if (!found.size) {
    for (const m of execAll(PASSIVE_ACT, lower)) {
      const action = actionOfParticiple(m[1]!);
      if (!action || ADJOURNED.has(action)) continue;
      const from = Math.max(lower.lastIndexOf('. ', m.index!), lower.lastIndexOf('\n\n', m.index!)) + 1;
      const stop = /[.;](?:\s|$)/u.exec(lower.slice(m.index!));
      if (!VOTE_IN_SENTENCE.test(lower.slice(from, stop ? m.index! + stop.index : lower.length))) continue;
      found.set(start + m.index!, { action, text: '', span: null });
      break;
    }
  }
}
/** "Le dossier est ajourné à l'unanimité": put off, no act decided. */
const ADJOURNED = new Set(['ajourne', 'reporte', 'retire']);
/** A participle after "est" / "sont": an act in the passive when it is an act's. Lower-cased text. */
const PASSIVE_ACT = /(?<![\p{L}])(?:est|sont)\s+(\p{L}{4,})(?![\p{L}])/gu;
/** How a vote is stated in a sentence: "à l'unanimité", "par 25 voix pour", "à la majorité". Lower-cased text. */
const VOTE_IN_SENTENCE = /unanimit[ée]|\d+\s+voix|[àa]\s+la\s+majorit[ée]/u;

/** The articles that start at the acts `found`, each to the next (or `end`), the acts joined to one ("…, et dit que") split off. */
function articlesAt(text: string, found: ReadonlyMap<number, Article>, end: number): Article[] {
  const starts = [...found.keys()].sort((a, b) => a - b);
  // Loops, not flatMap and map: V8 runs flatMap's generic flattening far slower.
  const articles: Article[] = [];
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i]!;
    const stop = articleEnd(text, s, starts[i + 1], end);
    // "Prend acte du débat, et dit que …": a second act joined to the first is an article too.
    const parts: Array<{ cut?: number; at: number; action: string }> = [{ at: s, action: found.get(s)!.action }, ...joinedActs(text, s, stop)];
    for (let k = 0; k < parts.length; k++) {
      const part = parts[k]!;
      const body = withoutTrailingMarks(text.slice(part.at, parts[k + 1]?.cut ?? stop));
      articles.push({ action: part.action, text: oneSpace(body).trim(), span: { start: part.at, end: part.at + body.length } });
    }
  }
  return articles;
}

/** [\s\-•–;,.]: what an article's text does not end on. */
function isTrailingMark(c: number): boolean {
  return isSpaceUnit(c) || c === 0x2d || c === 0x2022 || c === 0x2013 || c === 0x3b || c === 0x2c || c === 0x2e;
}

/**
 * s.replace(/[\s\-•–;,.]+$/u, ''), read back from the end: the pattern is tried at every offset
 * of the article and runs each stretch of spaces to its end.
 */
function withoutTrailingMarks(s: string): string {
  let end = s.length;
  while (end > 0 && isTrailingMark(s.charCodeAt(end - 1))) end--;
  return end === s.length ? s : s.slice(0, end);
}

/**
 * ", et dit que", " et autorise le Maire", ", sollicite l'aide de l'État", " ; AUTORISE le Président":
 * "et", a comma or a semicolon, then a verb in the third person and what it governs.
 */
// A verb in capitals may open on its elided pronoun ("et S'ENGAGE à inscrire les crédits").
// "; il sollicite les aides": the body again as its pronoun. ", lui ALLOUE une participation": whom the act gives to, as its pronoun.
// All in capitals as a software prints them: "ACCORDE SA GARANTIE … ET AUTORISE LE MAIRE".
// "et l'AUTORISE à signer": whom the act addresses as its pronoun, elided. "et - autorise", "et. autorise": a
// typist's dash or OCR's speck after "et".
const JOINED_ACT = /(?:,?[ \t\n]+(?:et|ET)(?:[ \t]?[-.])?|[,;][ \t\n]*-?)[ \t\n]+(?:(?:il|elle)[ \t]+)?(?:(?:lui|leur)[ \t]+|[lL]['’][ \t]?)?(?=\p{Ll}|\p{Lu}{2}|\p{Lu}['’]\p{Lu})/gu;
// "sollicite de la Collectivité une aide": whom the act asks, after "de la". "s'engage a inscrire":
// an à whose accent OCR dropped, before an infinitive.
// "et donne quitus au Président": the discharge given, no article before it. "et modifie en conséquence le
// tableau des effectifs": what follows from the act before, then its object. "et désigne comme garants …",
// "et désigne pour le représenter M. X": whom the act names, after what for. "et sollicite auprès de l'État",
// "et sollicite de Monsieur le Préfet": whom the act asks.
const GOVERNED = /^[ \t\n]+(?:(?:le|la|les|un|une|des|du|au|aux|à|que|son|sa|ses|leur|leurs|cette|ce|ces|m\.|mme|monsieur|madame|quitus|en[ \t\n]+cons[ée]quence|comme|aupr[èe]s|pour[ \t\n]+(?:le|la|les|ce|cette|ces)|pour[ \t\n]+l['’][ \t\n]*(?:y[ \t\n]+)?repr[ée]senter|de[ \t\n]+(?:m\.|mme|monsieur|madame))(?![\p{L}])|l['’]|qu['’]|\d|de[ \t\n]+(?:la[ \t\n]+|l['’])|(?:(?:de|a)[ \t\n]+|d['’])\p{L}+(?:er|ir|re)(?![\p{L}]))/iu;

/** "au Président", "le Maire", "à Madame la Présidente": the body's head, whom the body's acts address. */
const TO_THE_HEAD = /^[ \t\n]+(?:(?:au|à|a|le|la)[ \t\n]+(?:(?:m\.|mme|monsieur|madame)[ \t\n]+)?(?:(?:le|la)[ \t\n]+)?|(?:m\.|mme|monsieur|madame)[ \t\n]+(?:le|la)[ \t\n]+)(?:maire|pr[ée]sidente?)(?![\p{L}])/iu;

const RELATIVE = /(?<![\p{L}])(?:qui|dont|lequel|laquelle|lesquels|lesquelles|où)(?![\p{L}])/iu;

/** The acts joined by "et", a comma or a semicolon to an article's own, in the third person ("dit", not "dire"). */
function joinedActs(text: string, from: number, to: number): Array<{ cut: number; at: number; action: string }> {
  const out: Array<{ cut: number; at: number; action: string }> = [];
  const zone = text.slice(from, to);
  if (!zone.includes('et') && !zone.includes('ET') && !zone.includes(',') && !zone.includes(';')) return out;
  for (const m of execAll(JOINED_ACT, zone)) {
    const at = from + m.index! + m[0].length;
    const hit = actionAt(text.slice(at, at + 40));
    if (!hit || hit.action.includes(' ')) continue;
    // "CHARGE et DÉLÈGUE Madame le maire": two verbs of one act, nothing between them.
    if (!/\s/.test(zone.slice(0, m.index!).trim())) continue;
    const word = text.slice(at, at + hit.length);
    // Far enough for a long infinitive after "de" ("décide de reprendre").
    if (fold(word) !== fold(hit.action) || !GOVERNED.test(text.slice(at + hit.length, at + hit.length + 30))) continue;
    // "… la convention qui spécifie les rôles et définit les engagements": the verb is the
    // relative clause's, unless a comma closed that clause ("… qui sera annexé, et dit que"), or
    // the verb is addressed to the body's head ("… dont le texte est annexé et demande au Président
    // de la transmettre"): a document asks nothing of its council's president.
    if (!/^[,;]/.test(m[0]) && RELATIVE.test(text.slice(from, from + m.index!)) && !TO_THE_HEAD.test(text.slice(at + hit.length, at + hit.length + 40))) continue;
    out.push({ cut: from + m.index!, at, action: hit.action });
  }
  return out;
}

/** The end of an article's paragraph, or the vote line after it. */
const PARAGRAPH_END = /\n\s*\n|\n\s*(?:vote|adopt|le\s+pr[ée]sident|pour\s*:)/i;
/** A lettered part of the minutes ("C - Information …") opens a line: what follows is not the article. */
const LETTERED_PART = /^[ \t]*[A-Z][ \t]+[-–][ \t]/;
/** After a finished sentence, a civility opens the discussion that follows the decision... */
const CIVILITY = /^[ \t]*(?:M\.|MM\.|Mme|Monsieur|Madame)\s/u;
/** ...unless it is the decision's own last clause: "Monsieur le Maire est chargé de l'exécution". */
const EXECUTORY = /^[^.\n]{0,80}?\s(?:est|sont)\s+charg[ée]e?s?\s/u;

/**
 * Where an article starting at `s` ends: at the line of the next one, at the end of its
 * paragraph, or, where the layout lost the blank lines, at a line that opens something else.
 * That is a lettered part, or after a finished sentence a civility (the discussion) or a line
 * in capitals (the next heading).
 */
function articleEnd(text: string, s: number, next: number | undefined, end: number): number {
  // The next article's bullet and "D'" on its own line are its own, not this one's tail.
  const nextLine = next === undefined ? -1 : text.lastIndexOf('\n', next - 1);
  next = nextLine > s ? nextLine : next ?? end;
  // Case-insensitive, run on the lower-cased text (see caseless): V8 runs the `i` flag far slower.
  const para = caseless(PARAGRAPH_END).exec(lowerOf(text).slice(s, next))?.index ?? -1;
  const stop = para >= 0 ? s + para : next;
  return otherPartAt(text, s, stop) ?? stop;
}

/**
 * Where, after the article that starts at `s`, a line opens something else (see articleEnd),
 * before `end`; null when none does. The decision of a text without blank lines ends there.
 */
export function otherPartAt(text: string, s: number, end: number): number | null {
  for (let nl = text.indexOf('\n', s); nl >= 0 && nl < end; nl = text.indexOf('\n', nl + 1)) {
    let lineEnd = text.indexOf('\n', nl + 1);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(nl + 1, lineEnd);
    if (LETTERED_PART.test(line)) return nl;
    if (!/[.;][ \t]*$/.test(text.slice(Math.max(s, nl - 4), nl))) continue;
    if ((CIVILITY.test(line) && !EXECUTORY.test(line)) || isCapitalsLine(line)) return nl;
  }
  return null;
}
