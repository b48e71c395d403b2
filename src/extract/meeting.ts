/**
 * The sitting itself: which body, when, where, who presides, whether the quorum is stated,
 * read from the preamble. Each rule is a table row; the first match in text order wins.
 */
import { afterWebFurniture } from '../segment/web-page.ts';
import type { BodyType, Meeting, Person, Span } from '../schema/minutes.ts';
import { findAuthority } from './authority.ts';
import { SITTING_HELD } from './kind.ts';
import { findDates, findTimes, monthOf, type DateMatch } from '../text/dates.ts';
import { parsePersonList } from './persons.ts';
import { caseless, lowerOf } from '../text/caseless.ts';
import { fuzzyEquals } from '../text/fuzzy.ts';
import { keyed, mayMatchIn } from '../text/gate.ts';
import { TITLE_CASE_WORD } from '../text/given-names.ts';
import { execAll } from '../text/matches.ts';
import { fullStopBefore, nameStartsBefore } from '../text/sentences.ts';
import { LIEU, valueLineOf } from '../text/form-column.ts';
import { formRowValues, type RowValues } from '../text/form-rows.ts';
import { CONVENED, MONTH_NAME, WEEKDAY_NAME } from '../text/cues.ts';
import { lineAt, trimmedLines, type TrimmedLine } from '../text/lines.ts';

/** Deliberating bodies as written, most specific first. */
export const BODY_TYPES: ReadonlyArray<readonly [RegExp, BodyType]> = [
  [/commission\s+permanente/iu, 'commission-permanente'],
  // The conseil général's commission between sessions before 1982, named alone ("la Commission
  // départementale s'est réunie"); not the State's commissions "départementale de …", "d'…".
  [/commission\s+d[ée]partementale(?!\s+d)/iu, 'commission-permanente'],
  [/conseil\s+(?:g[ée]n[ée]ral|d[ée]partemental)/iu, 'conseil-departemental'],
  [/conseil\s+r[ée]gional/iu, 'conseil-regional'],
  // A district (1959-1999) was a grouping of communes, as a communauté is now.
  [/conseil\s+(?:communautaire|de\s+(?:la\s+)?communaut[ée]|m[ée]tropolitain|de\s+(?:la\s+)?m[ée]tropole|d['’]agglom[ée]ration|d[eu]\s+district)/iu, 'conseil-communautaire'],
  [/conseil\s+municipal/iu, 'conseil-municipal'],
  [/conseil\s+d['’]\s?administration/iu, 'conseil-administration'],
  // The boards of a régie and of an office de tourisme (EPIC) under their own names.
  [/conseil\s+d['’]\s?exploitation|comit[ée]\s+de\s+direction/iu, 'conseil-administration'],
  // The board of a bureau d'aide sociale or a hospital before 1986-1991: "la Commission administrative".
  [/commission\s+administrative/iu, 'conseil-administration'],
  // Alsace-Moselle's syndicates call their assembly a "Comité Directeur".
  [/comit[ée]\s+(?:syndical|du\s+syndicat|directeur\s+du\s+syndicat)/iu, 'comite-syndical'],
  // "Bureau de la Communauté" ("Commu nauté" as OCR may cut it), "Bureau du Conseil Général" (the commission permanente's name
  // before 1992), "Bureau du District".
  [/\bbureau\s+(?:communautaire|syndical|municipal|d[ée]partemental|exécutif|m[ée]tropolitain|de\s+(?:la\s+)?m[ée]tropole|de\s+la\s+commu\s?naut[ée]|du\s+(?:conseil\s+g[ée]n[ée]ral|syndicat|comit[ée]\s+syndical|district))/iu, 'bureau'],
];

/** The Bureau whose deliberations a register holds: "registre des délibérations du Bureau"; or whose sitting the title names ("PROCES-VERBAL DE LA REUNION DU BUREAU"). Lower-cased text. */
const BUREAU_DELIBERATIONS = /(?<=(?:d[ée]lib[ée]rations?|r[ée]union|s[ée]ance)\s+du\s+)bureau(?![\p{L}])/u;
/** The body's name a match in the lower-cased head found, as the head writes it, its blanks single. */
const bodyNamed = (head: string, m: RegExpExecArray): string => head.slice(m.index, m.index + m[0].length).replace(/\s+/g, ' ');
/** "Conseil" and the word after it, lower-cased, for a misread adjective. */
const COUNCIL_AND_WORD = /conseil\s+(\p{L}{6,15})(?![\p{L}])/gu;
/** The council's adjectives, as fuzzyEquals compares them (one edit, two from ten letters). */
const COUNCIL_ADJECTIVES: ReadonlyArray<readonly [string, BodyType]> = [
  ['municipal', 'conseil-municipal'],
  ['communautaire', 'conseil-communautaire'],
  ['departemental', 'conseil-departemental'],
  ['regional', 'conseil-regional'],
];
/** A region's letterhead opening a line ("RÉGION RHÔNE-ALPES"), and its council's sitting in plenary. Lower-cased text. */
const REGION_LETTERHEAD = /(?:^|\n)[ \t]*r[ée]gion\s+\p{L}/u;
const REGIONAL_PLENARY = /assembl[ée]e\s+pl[ée]ni[èe]re|(?:s[ée]ance|session)\s+pl[ée]ni[èe]re/u;
const CORSICA_ASSEMBLY = /assembl[ée]e\s+de\s+c[o0]rse|assemblea\s+di\s+c[o0]rsica/u;
/** When the Collectivité de Corse took over from the Collectivité territoriale and the two départements. */
const CORSICA_UNIFIED = '2018-01-01';

const COMMISSION_PERMANENTE = /commission\s+permanente|commission\s+d[ée]partementale(?!\s+d)|bureau\s+du\s+conseil\s+(?:g[ée]n[ée]ral|d[ée]partemental|r[ée]gional)/g;

/**
 * Words just before a date that make it the sitting's date ("L'an …", a sentence opening on it: "Le
 * dix-huit novembre …, le Conseil …", a form's "Date de séance 19/11/2020"), and those that make it
 * another one (a form's "Date de convocation", "Date d'affichage"). Not a letterhead's "Blanqueville,
 * le 27 mars" that a column of the header ran into "Service du Conseil Municipal": the place and a
 * comma before "le" date a letter.
 */
const SITTING_DATE_CUE = /(?:l['’]an\b[^\n]{0,80}|(?:^|\n)[ \t]*le\s+|(?<!(?:du|le)\s+(?:proc[èe]s[- ]verbal|compte[- ]rendu)\s+de\s+la\s+)s[ée]ance\s+(?:publique\s+|ordinaire\s+|extraordinaire\s+|pl[ée]ni[èe]re\s+)?(?:du|le)\s*:?\s*|(?:se\s+tiendra|aura\s+lieu)\s+le\s*:?\s*|r[ée]union\s+du\s*|session\s+du\s*|pl[ée]ni[èe]re\s+(?:du|le)\s*|(?:conseil|commission|bureau|comit[ée])[^\n.]{0,60}(?:\n[ \t]*)?\b(?:du|(?<!,[ \t]*)le)\s*|r[ée]uni(?:e|s|es)?\s+le\s*|date\s+de\s+(?:la\s+)?(?:s[ée]ance|r[ée]union)[ \t]*:?[ \t]*)$/iu;
// "Approbation du procès-verbal de la séance du 11 décembre": an earlier sitting's (not the
// document's own title, "PROCÈS-VERBAL DE LA SÉANCE DU 13 MARS").
// "La délibération du conseil municipal de X, adoptée le 5 juillet 1986, …": an act's adoption, told, not the sitting recorded.
const OTHER_WORDS = String.raw`(?:du|le)\s+(?:proc[èe]s[- ]verbal|compte[- ]rendu)|(?:adopt|approuv)[ée]e?s?\s+le|envoy[ée]|re[çc]u|publi[ée]|mis\s+[àa]\s+jour|mise?\s+en\s+ligne|affich[ée]|convoqu[ée]e?s?|convocation|transmis|pr[ée]fecture|ex[ée]cutoire|[ée]lue?s?\s+le|d[ée]lib[ée]ration|arr[êe]t[ée]|loi|d[ée]cret|courrier|lettre|date\s+d(?:e|['’])(?!\s*(?:la\s+)?(?:s[ée]ance|r[ée]union))|affichage|ID\s*:|[ée]dit(?:ion|[ée])\s+(?:du|le)|export(?:[ée])?(?:\s+(?:pdf|csv|xml|odt))?\s+(?:du|le)|imprim[ée]\s+le|num[ée]ris[ée]\s+le|extraction\s+du|g[ée]n[ée]r[ée]e?\s+le`;
const OTHER_DATE_CUE = new RegExp(`(?:${OTHER_WORDS})[^\n]{0,40}$`, 'iu');
/** A stamp's date may stand a line or two under its words ("REÇU A LA SOUS-PREFECTURE" / "DE MONTBARD" / "le 2 1 MAI 1996"). */
const STAMP_DATE_CUE = /(?:re[çc]u|arriv[ée]e?|pr[ée]fecture|courrier)[^\n]{0,40}(?:\n[^\n]{0,40}){1,2}$/iu;
/**
 * An assembly's act told in the past before the date ("le Conseil municipal de Champlevois a voté le
 * principe du jumelage le 7 septembre 1979"): a page's or a report's account of an earlier decision,
 * not the heading of the sitting recorded ("Conseil municipal du …", "s'est réuni le …").
 */
const NARRATED_ACT_CUE = /(?:conseil|commission|bureau|comit[ée])[^\n.]{0,60}?\s(?:a|ont|avait|avaient)\s+(?:vot[ée]|d[ée]cid[ée]|adopt[ée]|approuv[ée]|d[ée]lib[ée]r[ée]|accept[ée]|refus[ée]|[ée]mis)(?![\p{L}])[^\n.]{0,50}$/iu;
/** The key words of both kinds of cue, to tell which stands nearer a date. */
const SITTING_WORD = /conseil|commission|bureau|comit[ée]|s[ée]ance|r[ée]union|session|r[ée]uni/giu;
const OTHER_WORD = new RegExp(OTHER_WORDS, 'giu');

/** Offset of the last match of `re` in `s`, or -1. */
function lastAt(re: RegExp, s: string): number {
  let at = -1;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) at = m.index;
  return at;
}

const CONVOCATION = /(?:convoqu[ée]e?s?(?:\s+l[ée]galement)?|convocation(?:\s+(?:adress[ée]e|faite|envoy[ée]e))?(?:\s+en\s+date)?)\s*(?:le|du|:)?\s*/giu;

/** Each with the word any of its matches holds (see gate.ts): most documents state no quorum. */
export const QUORUM_CUES: ReadonlyArray<readonly [RegExp, boolean]> = [
  // A form's "Quorum : Non atteint" / "Quorum : Atteint", label and value on one line.
  // "Quorum (79) : atteint": the count it needs in brackets before the colon.
  [keyed(/quorum\s*(?:\(\s*\d+\s*\)\s*)?:\s*non\s+(?:atteint|acquis|r[ée]uni)/iu, 'quorum'), false],
  [keyed(/quorum\s*(?:\(\s*\d+\s*\)\s*)?:\s*(?:atteint|acquis|r[ée]uni|oui)(?![\p{L}])/iu, 'quorum'), true],
  [keyed(/quorum\s+(?:n['’]est\s+pas|n['’]a\s+pas\s+été)\s+(?:atteint|réuni|constat)/iu, 'quorum'), false],
  // A form's row of labels closing on "Quorum", its row of values under it on "Atteint" ("En exercice Présents … Quorum" / "15 11 2 13 Atteint").
  [keyed(/quorum[ \t]*\n[ \t]*(?:\d{1,3}[ \t]+)+non[ \t]+atteint[ \t]*(?:\n|$)/iu, 'quorum'), false],
  [keyed(/quorum[ \t]*\n[ \t]*(?:\d{1,3}[ \t]+)+atteint[ \t]*(?:\n|$)/iu, 'quorum'), true],
  // "la condition de quorum posée à l'article L. 2121-17 du CGCT n'était pas remplie" (the full
  // stop of "L." is no sentence end).
  [keyed(/condition(?:s)?\s+de\s+quorum(?:[^.]|(?<=\s[LRD])\.){0,120}?n['’](?:est|était|étaient|sont|a|ont)\s+pas\s+(?:été\s+)?(?:remplies?|atteinte?s?|réunies?)/iu, 'quorum'), false],
  // "Le quorum (25) étant atteint", "quorum : 25 – atteint", "Le quorum, fixé au tiers des
  // membres …, étant atteint", "Le quorum, fixé au tiers …, a été constaté", "Le quorum (fixé au tiers des
  // membres en exercice par la loi du 15 février 2021) étant atteint": its figure or its rule may stand between.
  // Typed without accents too ("Le quorum etant atteint"), or with OCR's grave ("ètant").
  // OCR may glue the verb to it ("le quorumest atteint").
  [keyed(/quorum(?:\s*,[^,.;]{1,120},|\s*\([^()]{1,160}\))?(?:\s+|(?=est\s))(?:l[ée]gal\s+)?(?:\(\s*\d+\s*\)\s*|:\s*\d+\s*[-–,]?\s*)?(?:est\s+|[éeè]tant\s+|(?:ayant|a)\s+[ée]t[ée]\s+)?(?:atteint|constat[ée]|r[ée]uni|v[ée]rifi[ée]|acquis)/iu, 'quorum'), true],
  [keyed(/constat[ée]\s+(?:le|que\s+le)\s+quorum/iu, 'quorum'), true],
  // "Le quorum étant fixé au tiers des membres en exercice, soit 7, et celui-ci étant atteint".
  [keyed(/quorum\s+[ée]tant\s+fix[ée][^.;]{1,160}?(?:celui-ci|celui\s+ci|il)\s+(?:est|[ée]tant)\s+atteint/iu, 'quorum'), true],
  // "s'est réuni au nombre prescrit par la loi": the legal formula for a quorum reached ("la 1oi", "la lol" as OCR may read it).
  // OCR may put a stray full stop after "nombre", or glue it to "au" ("aunombre").
  [keyed(/(?:au|en)\s*nombre[.,]?\s+prescrit\s+par\s+[lI1]a\s+[lI1][o0][iIl1](?![\p{L}])/iu, 'prescrit'), true],
  // The same formula with a margin's cell run in between its words ("réuni au" / "votants : 1O nombre
  // prescrit par la loi", "réuni au nombre" / "Date d'affichage : prescrit par la loi").
  [keyed(/r[ée]unie?s?\s+au\s[^.;]{0,40}?nombre[^.;]{0,40}?prescrit\s+par\s+[lI1]a\s+[lI1][o0][iIl1](?![\p{L}])/iu, 'prescrit'), true],
  // The formula's word hyphenated at the line's end, a margin's cell run in between its halves
  // ("au nombre pres-" / "Date de la convocation : crit par la loi").
  [keyed(/(?:au|en)\s*nombre\s+pres-[^.;]{1,60}?(?<![\p{L}])crit\s+par\s+[lI1]a\s+[lI1][o0][iIl1](?![\p{L}])/iu, 'crit'), true],
  // "étant en nombre suffisant pour délibérer valablement", "le Conseil est en nombre pour délibérer".
  [keyed(/en\s+nombre\s+(?:suffisant\s+)?pour\s+d[ée]lib[ée]rer/iu, 'nombre'), true],
  // "le nombre des membres présents est suffisant pour délibérer valablement", "… permet au Conseil de délibérer valablement".
  [keyed(/nombre\s+(?:des\s+(?:membres|conseillers|administrateurs)\s+pr[ée]sents\s+)?(?:est\s+suffisant\s+pour|permet\s+(?:au\s+\p{L}+(?:\s+d['’]\s?\p{L}+)?\s+)?de)\s+d[ée]lib[ée]rer/iu, 'nombre'), true],
  // "ayant constaté que le nombre des membres présents atteint la majorité des membres en fonction": the rule for a quorum, met.
  [keyed(/nombre\s+des\s+(?:membres|conseillers)\s+pr[ée]sents\s+(?:atteint|d[ée]passe)\s+la\s+majorit[ée]\s+(?:absolue\s+)?des\s+(?:membres|conseillers)/iu, 'majorit'), true],
  // "… est suffisant pour délibérer valablement", whatever OCR made of the words before it ("le n ombre des membres prése nts").
  [keyed(/(?<!pas\s+|non\s+|in)suffisant\s+pour\s+d[ée]lib[ée]rer/iu, 'suffisant'), true],
  // "peut valablement délibèrer": a typescript's grave for the acute.
  [keyed(/peu(?:t|vent)\s+(?:valablement\s+)?d[ée]lib[ée]rer\s+valablement|peu(?:t|vent)\s+(?:donc\s+|ainsi\s+|alors\s+)?valablement\s+d[ée]lib[éeè]rer/iu, 'valablement'), true],
  // "la condition de quorum … était remplie": the wording of the ministry's installation template.
  [keyed(/conditions?\s+(?:de\s+quorum|pour\s+d[ée]lib[ée]rer\s+valablement)/iu, 'condition'), true],
];

/**
 * Places: a noun that names a room or building, after "à", "au", "dans", "en", after "(réuni) en
 * séance publique," directly, or right after "réuni" ("s'est réuni salle Pierre-Corneille"); a
 * second room or building after a comma ("à la Mairie, dans la salle du conseil", "salle du
 * Conseil, Hôtel de Ville", "salle de réunion du Syndicat, à la Mairie de X") is part of it, and a third after a seat ("au siège du District, en
 * l'Hôtel de Ville de Montclarens, salle des Commissions"), or after its address ("au siège de la Communauté, 12 avenue
 * des Tilleuls à Montessart, salle du Bureau"). The commonest nouns also as OCR reads them ("sa1le",
 * "H6tel", "Hôtcl", "Malson", "sal le"), its article maybe glued to it ("en lasalle ordinaire").
 * The lookahead names the first character of every connector (à, a, au, dans, en, réuni, the
 * comma): it adds no condition, but lets V8 skip to those characters instead of trying the
 * lookbehind at every offset of the preamble (the search takes 0.36 of the time it did).
 */
const PLACE = /(?=[àader,])(?:(?<![\p{L}])(?:à|a|au|dans|en|(?:r[ée]uni(?:e|s|es)?\s+)?en\s+(?:s[ée]ance|session)\s+\p{L}+\s*,|r[ée]uni(?:e|s|es)?(?=\s+(?:salle|h[ôo6]t)))|(?<=\d\s?h(?:\s?\d\d)?|heures),)\s+(?:[l1]a\s*|le\s+|l['’]\s?|les\s+)?((?:sa[l1] ?[l1]e|h[ôo6ée]t[eèc][l1]|mairie|parc|s[il1][èée]ge|lieu|r[ée]sidence|ma[il1]son|foyer|espace|centre|local|locaux|palais|ch[âa]teau|auditorium|amphith[ée][âa]tre|pavillon|gymnase|m[ée]diath[èe]que|biblioth[èe]que|halle|th[ée][âa]tre|complexe|ferme|grange|moulin|manoir|prieur[ée]|abbaye|cin[ée]ma|[ée]cole|groupe\s+scolaire|direction|h[éeè]micycle)(?:[^,.;\n\d]|(?<=\p{L}\d?)\d(?=\d?\p{L})|(?<=(?<![\p{L}.])\p{L})\.(?=\p{L}\.)|(?<=\.\p{L})\.|\n(?![ \t]*\n))*(?:,\s*(?:(?:dans\s+la\s+|(?:[àa]|en)\s+l(?:a\s+|['’]\s?))?(?:salle|h[ôo6ée]t[eèc][l1]|ma[il1]son)|[àa]\s+la\s+mairie|au\s+s[il1][èée]ge|(?:\d{1,4}(?:[ \t]?(?:bis|ter))?,?[ \t]+)?(?:rue|avenue|boulevard|place|chemin|route|all[ée]e|quai|impasse|cours))\s(?:[^,.;\n\d]|(?<=\p{L}\d?)\d(?=\d?\p{L})|\n(?![ \t]*\n))*){0,2})/giu;
// No figure in the place (a date, a time follows it), but OCR's inside a word ("salle des d61ib6rations"), or its 1 for
// the l of the article ("dans 1a salle d'animation"). No full stop, but an acronym's ("salle de réunion du C.C.A.S.").
/** After "au lieu ordinaire de ses séances": ", à l'Hôtel de Ville", ", salle du conseil". */
const NAMED_AFTER_FORMULA = new RegExp(String.raw`^\s*,\s*(?:(?:à|a|au|dans|en)\s+(?:la\s+|le\s+|l['’]\s?|les\s+)?)?((?:salle|h[ôo]tel|mairie|maison|espace|centre|foyer|palais)(?:[^,.;\n\d]|\n(?![ \t]*\n))*)`, 'iu');
/** A sitting held remotely, as the opening sentence says: "s'est réuni par visioconférence". */
const REMOTE_SITTING = /s['’]\s?est\s+r[ée]uni(?:e|s|es)?\s+(?:en|par)\s+((?:visio|vid[ée]o|audio)[- ]?\s?conf[ée]rence)/iu;
/** A line naming a hall under the line of the sitting, or of its date alone ("VENDREDI 12 JUIN 1987 à 20 h 30" in a convocation). Lower-cased text. */
// The sitting's line may open on its body's name and a dash ("ASSEMBLÉE PLÉNIÈRE — SÉANCE DU JEUDI 19 MARS 2026" / "Hôtel de Région — hémicycle").
const PLACE_UNDER_SITTING = /(?:^|\n)[ \t]*(?:[^\n]{2,40}?[ \t][-–—][ \t]+)?(?:s[ée]ance|r[ée]union|(?:(?:du|le)[ \t]+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[ \t]+\d{1,2}(?:er)?[ \t]+\p{L}+[ \t]+\d{4})\b[^\n]*\n[ \t]*((?:salle|h[ôo]tel|si[èée]ge|maison|espace|centre)\b[^\n]{0,100})/u;
/** A form's row under its labels "… Heure Lieu": the date, the time, then the place to the line's end ("MARDI 18 OCTOBRE 1983 18 H 00 HOTEL DU DISTRICT"). Lower-cased text. */
const PLACE_IN_FORM_ROW = /(?:^|\n)[^\n]*(?<![\p{L}])heure[ \t]+lieu[ \t]*\n[^\n]*?\d[ \t]?h[ \t]?\d\d[ \t]+(\p{L}[^\n]{2,80})/u;
/** A line of an agenda up to the place's match: its rank, then the point's words. */
const AGENDA_POINT_LINE = /^[ \t]*\d{1,2}[.)°][ \t]/;

/** The first match of PLACE in the lower-cased head that is not where something was posted (POSTED_BEFORE). */
function firstPlace(headLower: string, from = 0): RegExpExecArray | null {
  const re = caseless(PLACE);
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  // Not where something was posted, nor in a point of the agenda ("7.   Avance sur la subvention 2012 au Centre Communal …")
  // or the deliberation's subject ("Objet : … Transformation en maison de retraite").
  while ((m = re.exec(headLower)) && (POSTED_BEFORE.test(headLower.slice(Math.max(0, m.index - POSTED_REACH), m.index)) || POSTED_IN_BRACKET.test(headLower.slice(headLower.lastIndexOf('\n', m.index) + 1, m.index)) || AGENDA_POINT_LINE.test(headLower.slice(headLower.lastIndexOf('\n', m.index) + 1, m.index)) || inSubject(headLower, m.index)));
  re.lastIndex = 0;
  return m;
}
/** "Lieu : …", "Lieu de la réunion : …" opening a line of the header. Lower-cased text. */
// Its value beside it, or on the line under it ("Lieu :" / "Hôtel du Département - Salle des Séances"), no other label.
const PLACE_LABEL = new RegExp(String.raw`(?:^|\n)[ \t]*${LIEU}[ \t]*:[ \t]*(?:\n[ \t]*)?([^\n]{3,120}?)(?<!:)[ \t.]*(?=\n|$)`, 'u');
/** The label's word and its colon, anywhere in the head: asked before the three label patterns, which most heads would fail line by line ("au lieu ordinaire de ses séances"). Lower-cased text. */
const PLACE_LABEL_WORD = new RegExp(String.raw`${LIEU}[ \t]*:`, 'u');
/**
 * "Type de séance : Ordinaire Lieu : Salle du conseil - Mairie", "Séance du : 17/12/1996 Heure : 18H00 Lieu : …": a form's label on the line of others.
 * The others' values may be hours ("Ouverture : 09:30   Clôture : 12:55   Lieu : …"). Lower-cased text.
 */
const PLACE_LABEL_AFTER_LABEL = new RegExp(String.raw`(?:^|\n)[ \t]*(?:[^\n:]{2,40}:(?:[^\n:]|\d:\d\d){1,60}[ \t]){1,3}${LIEU}[ \t]*:[ \t]*([^\n:]{3,120}?)[ \t.]*(?=\n|$)`, 'u');
/**
 * "Convocation du 09/03/2021 Lieu : Salle du conseil - Mairie de Sorbellu Heure : 18:00": the label amid a line of the
 * header, its value up to the next label or the line's end. Lower-cased text.
 */
const PLACE_LABEL_AMID = new RegExp(String.raw`(?:^|\n)[^\n:]{2,80}[ \t]${LIEU}[ \t]*:[ \t]*([^\n:]{3,120}?)(?=[ \t]+(?:heure|horaire|date|d[ée]but|ouverture|s[ée]ance|convocation|pr[ée]sident|secr[ée]taire|type)(?![\p{L}])[^\n:]{0,20}:|[ \t.]*(?:\n|$))`, 'u');
/** "Lieu Mairie", "Lieu de la séance Salle du Conseil": a software form's label and its value on one line, no colon between; the value capitalised. Text in its own case. */
const PLACE_LABEL_BESIDE = /(?:^|\n)[ \t]*(?:Lieu|LIEU)(?:[ \t]+de[ \t]+(?:la[ \t]+)?(?:s[ée]ance|r[ée]union|S[ÉE]ANCE|R[ÉE]UNION))?[ \t]+(\p{Lu}[^\n]{1,100}?)[ \t.]*(?=\n|$)/u;
/** A form's label, as a trimmed line of the column of labels is, and as a line of the text holds it alone. Lower-cased text. */
const labelAlone = (label: string) => new RegExp(String.raw`^${label}$`, 'u');
const labelLine = (label: string) => new RegExp(String.raw`\n[ \t]*${label}[ \t]*\n`, 'u');
/** The form's label alone on its line ("Lieu", "Lieu de la séance"), its value under it or in the column of values. Lower-cased, trimmed line. */
const LIEU_ALONE = labelAlone(LIEU);
const LIEU_LINE = labelLine(LIEU);
/**
 * The line of the sitting's time cut in cells, by wide gaps or dashes ("Réunion du vendredi 7 juin
 * 2019 – 20 h 30 – Mairie", "… à 20 heures. - Salle de la mairie", "Séance ordinaire du 23/06/1989 à 20:00      Salle du Conseil - Hôtel
 * de Ville"): the cell that names a hall. One time on the line: two are opening hours.
 * Lower-cased text.
 */
const SITTING_TIME = /(?<![\p{L}\d])\d{1,2}[ \t]?(?:h|heures)(?:[ \t]?\d\d)?(?![\p{L}\d])|(?<![\d:])\d{1,2}:\d\d(?![\d:])/gu;
// A hyphen only after a full stop: between words it joins a hall to its building ("Salle du Conseil - Hôtel de Ville").
const CELL_BREAK = /[ \t]{3,}|[ \t]+[–—][ \t]+|(?<=\.)[ \t]+-[ \t]+/u;
const HALL_CELL = /^(?:sa[l1][l1]e|h[ôo6ée]t[eèc][l1]|mairie|si[èée]ge|maison|espace|centre|foyer|palais|gymnase|h[éeè]micycle|auditorium|amphith[ée][âa]tre)(?![\p{L}])/u;
/** A date or the sitting named on a line ("13 octobre 2022", "23/06/1989", "Séance", "Réunion"). Lower-cased text. */
const SITTING_MARK = /s[ée]ance|r[ée]union|\d{1,2}(?:er)?[ \t]+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)|\d{1,2}\/\d{1,2}\/\d{2,4}/u;

/** "séance du jeudi 16 décembre 2010 - ": the sitting, its full date, a dash. Lower-cased text. */
const SITTING_DATE_DASH = /^[ \t]*(?:s[ée]ance|r[ée]union)\b[^\n]{0,40}?\d{1,2}(?:er)?[ \t]+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)[ \t]+\d{4}[ \t]+[-–—][ \t]+/u;

function placeOnSittingLine(head: string, headLower: string): { place: string; at: number } | null {
  const lines = headLower.split('\n');
  let at = 0;
  let above = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const start = at;
    at += line.length + 1;
    const prior = above;
    if (line.trim()) above = line;
    const times = line.match(SITTING_TIME);
    // No time: the hall after the sitting's full date and a dash ("Séance du jeudi 16 décembre 2010 - Hôtel de Région").
    const dated = times ? null : SITTING_DATE_DASH.exec(line);
    if (dated) {
      const at = start + dated.index + dated[0].length;
      const own = head.slice(at, start + line.length).split(CELL_BREAK)[0]!;
      if (HALL_CELL.test(line.slice(dated.index + dated[0].length)) && /^\p{Lu}/u.test(own)) return { place: cleanPlace(own), at };
    }
    if (times?.length !== 1 || !(SITTING_MARK.test(line) || SITTING_MARK.test(prior))) continue;
    // The cells, and what follows the time: a wide gap reads as one space once normalized.
    const afterTime = line.indexOf(times[0]!) + times[0]!.length;
    const cells: Array<[number, string]> = [[afterTime, line.slice(afterTime)]];
    let from = 0;
    for (const cell of line.split(CELL_BREAK)) {
      const offset = line.indexOf(cell, from);
      from = offset + cell.length;
      cells.push([offset, cell]);
    }
    for (const [offset, cell] of cells) {
      if (!cell.includes(times[0]!)) {
        // "à 18:30 - Salle des délibérations": the time's cell closed by a dash.
        const lead = /^[ \t]*(?:[-–—][ \t]+)?/u.exec(cell)![0].length;
        const own = head.slice(start + offset + lead, start + offset + cell.length).split(CELL_BREAK)[0]!;
        if (HALL_CELL.test(cell.slice(lead)) && /^\p{Lu}/u.test(own)) return { place: cleanPlace(own), at: start + offset + lead };
      }
      // "Séance ordinaire - Salle du conseil, Hôtel de Ville - Ouverture : 20h30": the hall after a hyphen inside the cell,
      // up to the next part that names none (a hall's building after a hyphen is the hall's: "Salle du Conseil - Hôtel de Ville").
      const parts: Array<[number, number]> = [];
      let partStart = 0;
      for (const m of cell.matchAll(HYPHEN_PARTS)) {
        parts.push([partStart, m.index!]);
        partStart = m.index! + m[0].length;
      }
      parts.push([partStart, cell.length]);
      const first = parts.findIndex(([from], n) => n > 0 && HALL_CELL.test(cell.slice(from)));
      if (first < 0) continue;
      let last = first;
      while (last + 1 < parts.length && HALL_CELL.test(cell.slice(parts[last + 1]![0]))) last++;
      const named = head.slice(start + offset + parts[first]![0], start + offset + parts[last]![1]);
      // Not the time's part ("… Salle des délibérations - Mairie 18:00": the hall named before the hyphen, its building after).
      if (/^\p{Lu}/u.test(named) && !named.toLowerCase().includes(times[0]!)) return { place: cleanPlace(named), at: start + offset + parts[first]![0] };
    }
  }
  return null;
}
/** A hyphen between spaces parting a cell of the sitting's line. */
const HYPHEN_PARTS = /[ \t]+-[ \t]+/gu;

/** A commune's letterhead opening the text: "COMMUNE DE MONTCHARVOT (21)", "Mairie de …". */
const COMMUNE_LETTERHEAD = /^[ \t]*(?:commune|mairie|ville)\s+d(?:e\s|['’]\s?)/mu;
/** A member's office in a list: "Conseiller municipal", "Conseillère municipale". */
const MUNICIPAL_COUNCILLOR = /conseill[èe]re?s?\s+municipa(?:l|le|ux|les)(?![\p{L}])/gu;
const MIN_MUNICIPAL_COUNCILLORS = 2;
/** A council a commune holds besides its own: an arrondissement's, a quarter's, a commune déléguée's. */
const OTHER_COUNCIL_SEAT = /arrondissement|secteur|quartier|commune\s+d[ée]l[ée]gu[ée]e|conseil\s+communal/u;

/**
 * A letter convening the council: "le Conseil général se réunira", "le Conseil départemental est convoqué", its territory
 * named ("le Conseil régional de Bourgogne se réunira"; OCR's "réunïra"). Lower-cased text.
 */
const COUNCIL_CONVENED = /(?<![\p{L}])le\s+conseil\s+(?:g[ée]n[ée]ral|d[ée]partemental|r[ée]gional)(?:\s+(?:de\s+la|de\s+l['’]|de|du|des|d['’])\s*[\p{L}'’-]+(?:[ \t-]+[\p{L}'’-]+){0,2}?)?\s+(?:se\s+r[ée]un[iï]ra|est\s+convoqu[ée])/u;

/** The first body BODY_TYPES names in text[from, to), as written, its type, and where it stands. */
export function bodyIn(text: string, from: number, to: number): { body: string; bodyType: BodyType; at: number } | null {
  const zone = lowerOf(text).slice(from, to);
  for (const [re, type] of BODY_TYPES) {
    const m = caseless(re).exec(zone);
    if (m) return { body: text.slice(from + m.index, from + m.index + m[0].length).replace(/\s+/g, ' '), bodyType: type, at: from + m.index };
  }
  return null;
}

/** "Le Conseil Municipal," alone opening its line: the body deciding, named before its visas. Lower-cased text. */
const DECIDING_BODY = /(?:^|\n)[ \t]*(?:le|la|l['’])[ \t]*((?:conseil|comit[ée]|bureau|assembl[ée]e|commission)[^,.;:\n]{0,60}?)[ \t]*,[ \t]*(?=\n|apr[èe]s|vu\s)/u;

/** "s'est réuni à l'État-major, salle Commandant Poinsignon": a place of any name the hall after it vouches for. Lower-cased text. */
const MET_BEFORE_HALL = /r[ée]uni(?:e|s|es)?\s+(?:à|a|au|dans|en)\s+(?:la\s+|le\s+|l['’]\s?|les\s+)?([^,.;\n\d]{2,40},\s*(?:sa[l1][l1]e|h[ôo6ée]t[eèc][l1])\s(?:[^,.;\n\d]|\n(?![ \t]*\n))*)/u;

/**
 * Where the preamble names no place, the sentence that opens the sitting or says it met may, after
 * the lists ("Le Maire ouvre la séance à 20 heures, salle des séances de la mairie", "la séance se
 * tient à la salle polyvalente", "La séance est ouverte à 20 heures 15 dans la salle des séances de
 * la Mairie"). Lower-cased text.
 */
const OPENING_SENTENCE = /(?:ouvre|ouverture\s+de)\s+la\s+s[ée]ance|s[ée]ance\s+est\s+ouverte|s['’]\s?est\s+r[ée]uni|se\s+sont\s+r[ée]unis|,\s*r[ée]uni(?:e|s|es)?\s+le\s|s[ée]ance\s+se\s+(?:tient|d[ée]roule)|(?:s['’]\s?est|[ée]tant)\s+assembl[ée]e?/gu;
function placeInOpeningSentence(text: string, to: number): string | null {
  const lower = lowerOf(text).slice(0, to);
  for (const m of lower.matchAll(OPENING_SENTENCE)) {
    // The sentence may run past the preamble's end, where the head was cut.
    const start = m.index;
    const stop = lower.slice(start, start + 300).search(/[.;](?:\s|$)|\n[ \t]*\n/u);
    const end = stop < 0 ? start + 300 : start + stop;
    const hit = firstPlace(lower.slice(start, end));
    if (!hit) continue;
    const placeEnd = start + hit.index + hit[0].length;
    return cleanPlace(text.slice(placeEnd - hit[1]!.length, placeEnd));
  }
  return null;
}
/** A place as read: what follows it in the sentence cut off, one space between words. */
function cleanPlace(s: string): string {
  return s.replace(PLACE_TRIM, '').replace(/\s+/g, ' ').trim().slice(0, 120);
}

/**
 * The form's labels one a line ("Type de séance", "Lieu", "Heure d'ouverture", "Présidence"), then
 * their values as many, in the same order: the value of "Lieu". Null where there is no such form.
 */
function placeInLabelColumn(text: string, limit: number): string | null {
  const value = valueUnderLabel(text, limit, (l) => LIEU_ALONE.test(l));
  return value && value.text ? cleanPlace(value.text) : null;
}

/**
 * The line of a form's column of labels that stands for the label `isLabel` picks (valueLineOf,
 * over the lower-cased, trimmed lines of text[0, limit)): its text, trimmed, and where it runs. Null
 * where the form has no such label or value.
 */
function valueUnderLabel(text: string, limit: number, isLabel: (line: string) => boolean): TrimmedLine | null {
  const lines = trimmedLines(text, 0, limit);
  const lower = trimmedLines(lowerOf(text), 0, limit).map((l) => l.text);
  const at = lower.findIndex(isLabel);
  const valueAt = at < 0 ? -1 : valueLineOf(lower, at);
  return valueAt < 0 ? null : (lines[valueAt] ?? null);
}
/** The value of the form's "Quorum" (see placeInLabelColumn): whether it was met. */
function quorumInLabelColumn(text: string, limit: number): boolean | null {
  const value = valueUnderLabel(text, limit, (l) => l === 'quorum');
  const said = value ? lowerOf(text).slice(value.start, value.end) : '';
  return /^(?:non\s+atteint|non)$/u.test(said) ? false : /^(?:atteint|oui|acquis|r[ée]uni)$/u.test(said) ? true : null;
}
/** The value of the form's "Date de la séance" (see placeInLabelColumn), where it is a date alone. */
function dateInLabelColumn(text: string, limit: number): DateMatch | null {
  if (!DATE_LABEL_LINE.test(lowerOf(text).slice(0, limit))) return null;
  const value = valueUnderLabel(text, limit, (l) => DATE_LABEL_ALONE.test(l));
  const d = value ? findDates(value.text)[0] : undefined;
  return d && d.start === 0 && d.end === value!.text.length ? { ...d, start: d.start + value!.start, end: d.end + value!.start } : null;
}
/**
 * The value of the form's "Ouverture de la séance" or "Heure d'ouverture" (see placeInLabelColumn):
 * its time, alone or after the day's date ("18/06/2015 09:30", which elsewhere reads as a printer's stamp).
 */
function timeInLabelColumn(text: string, limit: number): ReturnType<typeof findTimes>[number] | undefined {
  if (!lowerOf(text).slice(0, limit).includes('ouverture')) return undefined;
  const value = valueUnderLabel(text, limit, (l) => OPENING_LABEL_ALONE.test(l));
  const t = value ? findTimes(value.text)[0] : undefined;
  return t && { ...t, start: t.start + value!.start, end: t.end + value!.start };
}
const OPENING_LABEL_ALONE = labelAlone(String.raw`(?:heure\s+d['’]ouverture|ouverture\s+de\s+(?:la\s+)?s[ée]ance)`);
/** "Date de la séance", "Date de réunion". */
const DATE_LABEL = String.raw`date\s+de\s+(?:la\s+)?(?:s[ée]ance|r[ée]union)`;
const DATE_LABEL_ALONE = labelAlone(DATE_LABEL);
const DATE_LABEL_LINE = labelLine(DATE_LABEL);
/** "Présidence", "Présidente", "Président(e)", "Présidence de (la) séance", "Président(e) de séance". */
const PRESIDENCY_LABEL = String.raw`pr[ée]sid(?:ence|ente?|ent\(e\))(?:\s+de\s+(?:la\s+)?s[ée]ance)?`;
const PRESIDENCY_LABEL_ALONE = labelAlone(PRESIDENCY_LABEL);
/** A form's label of the president alone on its line. */
const FORM_PRESIDENT_LABEL = labelLine(PRESIDENCY_LABEL);

/** The value of the form's "Présidence" (see placeInLabelColumn): the president, named with a civility or in capitals. */
function presidentInLabelColumn(text: string, limit: number): Person | null {
  const lower = lowerOf(text).slice(0, limit);
  if (!lower.includes('\nprésid') && !lower.includes('\npresid')) return null;
  const value = valueUnderLabel(text, limit, (l) => PRESIDENCY_LABEL_ALONE.test(l));
  return value && presidentInValue(text, value.start, value.end);
}

/**
 * The president a form's value names, with a civility or in capitals, the office after the name
 * ("M. Charles-Antoine BIANCARELLI, Président du Conseil Général", "ZAMOR Fernand (Maire)").
 */
function presidentInValue(text: string, start: number, end: number): Person | null {
  const p = parsePersonList(text, start, end)[0]?.person;
  if (!p || !namedAsMember(p)) return null;
  return asPresident(p, VALUE_OFFICE.exec(text.slice(p.span!.end, end))?.[1]);
}
const VALUE_OFFICE = /^\s*(?:,\s*|\(\s*)([^,.;()\n]{2,60})/u;

/** "Président ROUX-BERTHIER Gilbert": a form's label opening its line, the name beside it in capitals then its given name. Text in its own case. */
const PRESIDENT_BESIDE_LABEL = /(?:^|\n)[ \t]*(?:Pr[ée]sidente?|PR[ÉE]SIDENTE?)[ \t]+(?=\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+)*[ \t]+\p{Lu}\p{Ll})/u;

function presidentBesideLabel(text: string, limit: number): Person | null {
  const m = PRESIDENT_BESIDE_LABEL.exec(text.slice(0, limit));
  if (!m) return null;
  const start = m.index + m[0].length;
  const lineEnd = text.indexOf('\n', start);
  const p = parsePersonList(text, start, lineEnd < 0 ? text.length : lineEnd)[0]?.person;
  return p ? asPresident(p, undefined) : null;
}

/** How far before a place its posting's words and date may stand. */
const POSTED_REACH = 48;
/**
 * A posting, a filing, a sending, a keeping before a place ("conservée en mairie", "peuvent être consultés en mairie"),
 * its date maybe between ("affiché le 20 mai 1980 au siège du District"). Lower-cased text.
 */
/** Inside a bracket saying where the record was posted: "(affiché le 4 juillet 2019 dans le hall de l'établissement et en mairie)". Lower-cased text. */
const POSTED_IN_BRACKET = /\((?:affich|publi)[^()\n]*$/u;
const POSTED_BEFORE = /(?:affich[ée]e?s?|publi[ée]e?s?|d[ée]pos[ée]e?s?|transmise?s?|consultables?|consult[ée]e?s?|conserv[ée]e?s?|archiv[ée]e?s?|disponibles?)(?:\s+le\s+(?:\d{1,2}(?:er)?\s+\p{L}+\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}))?\s*$/u;
// Nor the day of the date after it ("en Mairie le jeudi 17 mars 2011", its figures cut off before).
const PLACE_TRIM = new RegExp(String.raw`\s+(?:sous\s+la\s+pr[ée]sidence|en\s+s[ée]ance\s+publique|et\s+sous\s|apr[èe]s\s|le\s+${WEEKDAY_NAME}(?![\p{L}]))[\s\S]*$`, 'iu');

/**
 * "05/10/2022 14:12", the header a browser prints on a page, "Publié le 03/04/2024 09:41": a
 * clock time written with a colon right after a date stamps when the page was printed
 * or posted. The sitting's own time has its "à" ("le 12/03/2024 à 20h30").
 */
// Or the date in words a web page's article is stamped with ("Jeudi, 24 Mars 2011 09:15").
const STAMP_BEFORE_TIME = new RegExp(String.raw`(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:er)?[ \t]+${MONTH_NAME}[ \t]+\d{4})(?:[ \t,]+|[ \t]+[-–][ \t]+)$`, 'iu');
/**
 * "Edité le 03/02/2009 à 11:42", "Imprimé le 12/01/2021 à 9h05", "Édition du 14/05/2013 - 16:02": a software's or a printer's
 * stamp of when the document was made, whatever the time's form.
 */
const MADE_ON_BEFORE_TIME = /(?:(?:[ée]dit[ée]e?|imprim[ée]e?|g[ée]n[ée]r[ée]e?|export[ée]e?|publi[ée]e?|mise?\s+en\s+ligne)\s+le|[ée]dition\s+du|export(?:\s+(?:pdf|csv|xml|odt))?\s+du)\s*:?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}[ \t,]+(?:[àa][ \t]+)?$/iu;
/** "Séance du 12/04/2023 - 18:00": the date the sitting's, named so, the time after it its own. */
const SITTING_DATE_BEFORE_TIME = /(?:s[ée]ance|r[ée]union)\s+(?:ordinaire\s+|extraordinaire\s+)?du\s+(?:\p{L}+\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:[ \t,]+|[ \t]+[-–][ \t]+)$/iu;
function isTimestamp(text: string, t: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, t.start - 40), t.start);
  return (/^\d{1,2}:/.test(text.slice(t.start, t.start + 3)) && STAMP_BEFORE_TIME.test(before) && !underTimeLabel(text, t.start) && !SITTING_DATE_BEFORE_TIME.test(before)) || MADE_ON_BEFORE_TIME.test(before);
}
/** "permanence le samedi de 10 h à 12 h", "de 9 h à 12 h": opening hours, from one time to another, no sitting's. */
const HOURS_FROM = /(?<![\p{L}])de[ \t]*$/iu;
const HOURS_TO = /^[ \t]*(?:à|a|-)[ \t]*\d{1,2}[ \t]*h/iu;
const HOURS_TO_BEFORE = /(?<![\p{L}])de[ \t]*\d{1,2}[ \t]*h(?:[ \t]*\d\d)?[ \t]*(?:à|a|-)[ \t]*$/iu;
function inHoursRange(text: string, t: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, t.start - 20), t.start);
  return (HOURS_FROM.test(before) && HOURS_TO.test(text.slice(t.end, t.end + 12))) || HOURS_TO_BEFORE.test(before);
}
/**
 * A time said of a day of another year just before it ("Tirage au sort des lots : samedi 18 novembre 2023 à 10 h" on the
 * page of a sitting of 1981): another event's. Not the sitting's own after its convocation's date, in a margin beside it
 * ("16 mars 1984 à vingt heures trente"), nor a form's cells ("06/04/2023 20/04/2023 09h00").
 */
const AT_BEFORE_TIME = /^[ \t,]*(?:à|a)[ \t]*$/u;
function afterOtherDate(text: string, t: { start: number; end: number }, date: DateMatch | null): boolean {
  if (!date) return false;
  const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
  const last = findDates(text.slice(lineStart, t.start)).at(-1);
  return !!last && last.iso.slice(0, 4) !== date.iso.slice(0, 4) && AT_BEFORE_TIME.test(text.slice(lineStart + last.end, t.start));
}

/** "Date de la séance Heure d'ouverture …" over "26/06/1987 10:00 …": a form's row of values, its date and its time cells side by side. */
const TIME_LABEL_ROW = /(?<![\p{L}])date(?![\p{L}])[^\n]*(?<![\p{L}])heure(?![\p{L}])/iu;
function underTimeLabel(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1);
  if (lineStart <= 0) return false;
  return TIME_LABEL_ROW.test(text.slice(text.lastIndexOf('\n', lineStart - 1) + 1, lineStart));
}

/** How far the sentence about the sitting (presidency, quorum) may stand from the start. */
const SITTING_ZONE = 6_000;
/**
 * "Le Maire ouvre la séance à 20 heures", "La séance est ouverte à 18h35": the opening time said
 * after the lists, where the preamble gave none. Lower-cased text.
 */
const OPENS_AT = /(?:ouvre\s+la\s+s[ée]ance|s[ée]ance\s+(?:est\s+)?ouverte|d[ée]clare\s+(?:la\s+s[ée]ance\s+)?ouverte)[^.\n]{0,20}?\s[àa]\s+/u;
const OPENING_ZONE = 6_000;

/**
 * The time in the sentence that opens the sitting ("L'an mil neuf cent quatre-vingt-sept, le
 * quatorze septembre à vingt heures, …") where the date was read elsewhere: past the head (a
 * register's transcription after an export's form and its table of members), or under a web
 * page whose title dates the sitting ("Le document du mois : 28 mars 1985, …").
 */
function timeInSittingSentence(text: string, from: number, opens: (t: { start: number; end: number }) => boolean): ReturnType<typeof findTimes>[number] | undefined {
  const lower = lowerOf(text);
  // "L'an …", or "Le Conseil Municipal …, s'est réuni en séance ordinaire le … à vingt heures".
  const met = /s['’]\s?est\s+r[ée]uni/u.exec(lower.slice(from, SITTING_ZONE));
  const at = Math.min(...["l'an ", 'l’an '].map((w) => lower.indexOf(w, from)).filter((i) => i >= 0 && i < SITTING_ZONE), met ? from + met.index : Infinity);
  // Else a software's form after its dates: "Sous la présidence de Mme X, Maire, à 20h30, salle du Conseil."
  const presided = Number.isFinite(at) ? null : PRESIDED_SENTENCE.exec(lower.slice(from, SITTING_ZONE));
  const opening = presided ? from + presided.index : at;
  if (!Number.isFinite(opening)) return undefined;
  const stop = lower.slice(opening, opening + SITTING_SENTENCE).search(/\.(?:\s|$)|\n[ \t]*\n/u);
  return timesAfter(text, opening, opening + (stop < 0 ? SITTING_SENTENCE : stop)).find(opens);
}
/** A sentence opening its line on who presides. Lower-cased. */
const PRESIDED_SENTENCE = /(?<=^|\n)[ \t]*sous\s+la\s+pr[ée]sidence\s+d/u;
/** How long the sentence opening a sitting may run. */
const SITTING_SENTENCE = 400;

function openingTime(text: string): ReturnType<typeof findTimes>[number] | undefined {
  const m = OPENS_AT.exec(lowerOf(text).slice(0, OPENING_ZONE));
  if (!m) return undefined;
  // The time is read with its "à" before it, as times are.
  const t = findTimes(text.slice(m.index, m.index + m[0].length + 40))[0];
  return t && t.start <= m[0].length ? { ...t, start: m.index + t.start, end: m.index + t.end } : undefined;
}

/** How far after the sitting's date its time may be written ("Séance du lundi 7 décembre 1981" / … "à dix heures trente"). */
const TIME_AFTER_DATE = 400;
/** The times in text[from, to), their offsets the text's. */
function timesAfter(text: string, from: number, to: number): ReturnType<typeof findTimes> {
  return findTimes(text.slice(from, to)).map((t) => ({ ...t, start: t.start + from, end: t.end + from }));
}

/** How far the sitting's date and time may stand from the start. */
const DATE_ZONE = 2_000;

/** "sous la présidence de" (a margin's count maybe woven between "sous la" and "présidence": "sous la" / "cice : 11 présidence de"), whatever OCR made of the word's end ("présideuce"; "presidcnce" mended before, by ocr-cleanup's SIDCN), "présidée par", the label "Présidence :" / "Président de séance :" / "Présidence de séance :" (a form's, maybe with no colon, or a cell of a form's line before a civility: "Heure d'ouverture 09:30 Président de séance M. X"), a form's row "Présidence Mme X", and a line "PRÉSIDENCE DE M. X". */
const PRESIDENCY = /(?:sous\s+la\s+pr[ée]sid\p{L}{3,4}\s+de|sous\s+la[ \t]*\n[^\n:]{0,24}:[ \t]*\d{1,3}[ \t]+pr[ée]sid\p{L}{3,4}\s+de|pr[ée]sid[ée]e?\s+par|(?<![\p{L}])pr[ée]sidence\s*:|pr[ée]sid(?:ente?|ence)\s+de\s+(?:la\s+)?s[ée]ance\s*:|(?<=^|\n)[ \t]*pr[ée]sidente?\s+de\s+s[ée]ance[ \t]+(?=[^\s:])|(?<=^|\n)[ \t]*pr[ée]sidente?[ \t]*:|(?<=^|\n)[ \t]*pr[ée]sidence\s+de(?=\s+(?:m\.|mm\.|mme|monsieur|madame)\s)|(?<=^|\n)[ \t]*pr[ée]sidence[ \t]+(?=(?:m\.|mme|monsieur|madame)\s)|(?<=[ \t])pr[ée]sidente?\s+de\s+s[ée]ance[ \t]+(?=(?:m\.|mme|monsieur|madame)\s))\s*/giu;

/**
 * A sitting over two days ("séance plénière des 17 et 18 octobre 2024", "des jeudi 30 juin et
 * vendredi 1er juillet 2022") opens on the first: the date read is the last day's, written in
 * full; the first day stands before it, alone or with its month.
 */
function firstDay(text: string, d: DateMatch | null): DateMatch | null {
  if (!d) return d;
  const m = FIRST_DAY.exec(text.slice(Math.max(0, d.start - 40), d.start));
  const day = m ? parseInt(m[1]!, 10) : 0;
  // "des jeudi 30 juin et vendredi 1er juillet 2022": the first day's month its own, the year shared.
  const month = m?.[2] ? monthOf(m[2]) : parseInt(d.iso.slice(5, 7), 10);
  if (!m || !month || day < 1 || day > 31) return d;
  const iso = `${d.iso.slice(0, 5)}${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (iso >= d.iso) return d;
  const start = d.start - m[0].length;
  return { ...d, iso, start, text: text.slice(start, d.end) };
}
const FIRST_DAY = /(?<!\d)(\d{1,2})(?:er)?(?:\s+(\p{L}+))?\s+(?:et|au)\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?$/iu;

/** A deliberation's subject: its line opens on "Objet :", or stands under "Objet :" alone on its line. */
const SUBJECT_LABEL = /^[ \t]*objet[ \t]*:/iu;

/** Whether the date at `at` is on a deliberation's subject line (SUBJECT_LABEL). */
function inSubject(text: string, at: number): boolean {
  const { start } = lineAt(text, at);
  if (SUBJECT_LABEL.test(text.slice(start, at))) return true;
  return start > 0 && /^[ \t]*objet[ \t]*:[ \t]*$/iu.test(lineAt(text, start - 1).line);
}

function pickSittingDate(text: string, limit: number): DateMatch | null {
  return firstDay(text, pickDate(text, limit));
}

/** A date then a dash and another date, or a date after one and a dash: a period's bounds. */
const PERIOD_AFTER = /^[ \t]*[-–—][ \t]*(?:\d{1,2}(?:er)?[ \t]+\p{L}+[ \t]+\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4})/u;
const PERIOD_BEFORE = /(?:\d{1,2}(?:er)?[ \t]+\p{L}+[ \t]+\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4})[ \t]*[-–—][ \t]*$/u;

/** How far before a date its sitting's cue may stand. */
const SITTING_CUE_REACH = 90;
/** The opening formula, a date of itself: "L'an deux mille …". */
const OPENING_FORMULA = /^l['’]an/i;

/** Whether a cue of the sitting stands before the date, or it is the opening formula ("L'an …"). */
function sittingCued(text: string, d: DateMatch): boolean {
  return SITTING_DATE_CUE.test(text.slice(Math.max(0, d.start - SITTING_CUE_REACH), d.start)) || OPENING_FORMULA.test(d.text);
}

/** How far past its limit a date's line is read, for the date the limit cuts. */
const LINE_PAST_LIMIT = 120;

function pickDate(text: string, limit: number): DateMatch | null {
  // The first lines nearly always hold it: read them alone first.
  if (limit > 700) {
    const early = pickDate(text, 700);
    if (early && sittingCued(text, early)) return early;
  }
  // A date the limit cuts ("lundi onze août mil" / "neuf cent quatre-vingt") is read whole, to its line's end.
  const lineEnd = text.indexOf('\n', limit);
  const dates = findDates(text.slice(0, lineEnd < 0 ? text.length : Math.min(lineEnd, limit + LINE_PAST_LIMIT))).filter((d) => d.start < limit);
  let fallback: DateMatch | null = null;
  let weak: DateMatch | null = null;
  for (const d of dates) {
    const before = text.slice(Math.max(0, d.start - SITTING_CUE_REACH), d.start);
    // "dûment convoqué, s'est réuni le 12 mars", "Délibérations du conseil municipal du 12 mars":
    // where both kinds of cue stand before a date, the nearer one decides.
    const sitting = SITTING_DATE_CUE.test(before);
    if ((OTHER_DATE_CUE.test(before) || STAMP_DATE_CUE.test(before)) && !(sitting && lastAt(SITTING_WORD, before) > lastAt(OTHER_WORD, before))) continue;
    // "Objet : OPAH … - Commission Habitat du 4 mars 2004": a date the subject names, not the sitting's.
    if (inSubject(text, d.start)) continue;
    if (sitting && NARRATED_ACT_CUE.test(before)) continue;
    // "(1er janvier 1974 - 31 décembre 1975)": the bounds of a period, a register's, no sitting's day.
    if (PERIOD_AFTER.test(text.slice(d.end, d.end + 40)) || PERIOD_BEFORE.test(text.slice(Math.max(0, d.start - 40), d.start))) continue;
    // "le 4 AOUT 1989" opening a line cues a sitting weakly (a stamp's date whose words went with the page's furniture):
    // a date the sitting's own words cue after it ("SEANCE DU 6 OCTOBRE 1989") wins.
    if (OPENING_FORMULA.test(d.text) || (sitting && !WEAK_SITTING_CUE.test(before))) return d;
    if (sitting) weak ??= d;
    fallback ??= d;
  }
  return weak ?? fallback;
}
/** A sitting's date cued only by the "le" opening its line. */
const WEAK_SITTING_CUE = /(?:^|\n)[ \t]*le\s+$/iu;

/** Two or three words in title case, and nothing else. */
const TITLE_CASE_NAME = new RegExp(String.raw`^${TITLE_CASE_WORD}(?:[ \t]+${TITLE_CASE_WORD}){1,2}$`, 'u');
const OFFICE_WORDS = /(?<![\p{L}])(?:Pr[ée]sidente?|Maire|Conseil|Commission|Bureau|Comit[ée]|Commune|Communaut[ée]|Adjointe?|Vice|Monsieur|Madame|Secr[ée]taire|D[ée]partement|R[ée]gion|Syndicat)(?![\p{L}])/u;

/**
 * "M. Alain VERDIER, Maire, préside la séance", "Mme X, Vice-présidente, ouvre la séance et en
 * assure la présidence": the president named before the verb (not "assure la présidence de la
 * commission …", another body's). Lower-cased text.
 */
const PRESIDES = /(?<![\p{L}])(?:pr[ée]side\s+(?:la\s+s[ée]ance|l['’]assembl[ée]e|la\s+r[ée]union)|assure\s+la\s+pr[ée]sidence(?!\s+d[eu']))/u;

function presidesAfterName(text: string, limit: number): Person | null {
  const m = PRESIDES.exec(lowerOf(text).slice(0, limit));
  if (!m) return null;
  // From the nearest comma back to the sentence's start: prose before the name ("Le quorum étant
  // atteint, Mme X, …") reads as no list.
  let p: Person | undefined;
  for (const start of nameStartsBefore(text, m.index)) {
    p = parsePersonList(text, start, m.index).map((e) => e.person).find(namedAsMember);
    if (p) break;
  }
  if (!p) return null;
  return asPresident(p, /^\s*,\s*([^,.;\n]{2,60}?)\s*,/u.exec(text.slice(p.span!.end, m.index))?.[1]);
}

/** The president with the office written after the name ("…, Maire"), if it is one. */
function asPresident(p: Person, written: string | undefined): Person {
  const role = written?.trim() ?? null;
  return { ...p, role: role && !NOT_A_ROLE.test(role) ? role : 'président de séance' };
}

/**
 * Where PRESIDENCY (and PRESIDES) may first match in `zone` (lower-cased): every match holds
 * "présid" or "presid", and before it only "sous la" and spaces. -1 when neither word is there.
 * The scan starts there, not at every offset before it.
 */
function presidencyFrom(zone: string): number {
  const accented = zone.indexOf('présid');
  const plain = zone.indexOf('presid');
  let at = accented < 0 ? plain : plain < 0 ? accented : Math.min(accented, plain);
  if (at < 0) return -1;
  while (at > 0 && /[\ssoula]/.test(zone[at - 1]!)) at--;
  return at;
}

/**
 * "…, sous la présidence de M. X, 1er Adjoint, M. le Maire s'étant retiré pour le vote du compte
 * administratif": the head of the body withdrew for one vote; X presides that point, not the
 * sitting. Lower-cased text after the deputy's name, to the sentence's end.
 */
const HEAD_WITHDREW = /(?<![\p{L}])(?:le|la)\s+(?:maire|pr[ée]sidente?)\s+(?:s['’][ée]tant\s+retir[ée]e?|ayant\s+quitt[ée]|s['’][ée]tant\s+absent[ée]e?)/u;

/**
 * "… sous la présidence de M. Albert" / "votants 14 ROCHAIX, Président.": a margin's cell woven
 * between a given name closing its line and the family name in capitals opening the next.
 */
const SURNAME_AFTER_CELL = /^[ \t]*\n[ \t]*\p{L}[\p{L} .'’-]{0,30}?(?::[ \t]*\d{0,3}|[ \t]\d{1,3})[ \t]+(\p{Lu}[\p{Lu}'’-]+)(?=[ \t]*[,.])/u;
const GIVEN_NAME_ALONE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

function surnameAcrossMarginCell(text: string, p: Person): Person {
  if (p.givenName !== null || !p.span || !GIVEN_NAME_ALONE.test(p.surname)) return p;
  const m = SURNAME_AFTER_CELL.exec(text.slice(p.span.end, p.span.end + 80));
  if (!m) return p;
  const end = p.span.end + m.index + m[0].length;
  return { ...p, givenName: p.surname, surname: m[1]!, raw: `${p.raw} ${m[1]!}`, span: { start: p.span.start, end } };
}

/** After the eldest's name: "doyen d'âge, …, puis (sous la présidence) de". Lower-cased text. */
const DOYEN_THEN = /^[^.;]{0,40}?doyen(?:ne)?\s+d['’]\s?[âa]ge[^.;]{0,160}?(?<![\p{L}])puis\s+(?:sous\s+la\s+pr[ée]sidence\s+)?de\s+/u;

/** How far before the word a margin's cell and "sous la" may stand. */
const MARGIN_CELL_BEFORE = 40;

/** A member named as minutes name one: with a civility, or the family name in capitals. */
function namedAsMember(p: Person): boolean {
  return p.civility !== null || /^[\p{Lu}'\- ]+$/u.test(p.surname);
}

/** The office written after a president's name, to the sentence's end at `end` ("…, Maire"). */
function officeAfter(text: string, p: Person, end: number): string | undefined {
  return /^\s*,\s*([^,.;\n]{2,60})/u.exec(text.slice(p.span!.end, end + 1))?.[1];
}

/** The president the first presidency in text[from, limit) names (`from`: a later extract's, past the one a deputy held). */
function presidentOf(text: string, limit: number, from = 0): Person | null {
  const zone = lowerOf(text).slice(0, limit);
  const at = presidencyFrom(zone.slice(from));
  // Without the word, neither "sous la présidence de" nor "X préside la séance" is there.
  if (at < 0) return null;
  const presidency = caseless(PRESIDENCY);
  // A line back: "sous la" may end the line above, a margin's cell before the word ("sous la" / "cice : 11 présidence de").
  presidency.lastIndex = Math.max(from, from + at - MARGIN_CELL_BEFORE);
  const m = presidency.exec(zone);
  if (!m) return from ? null : presidesAfterName(text, limit);
  const start = m.index + m[0].length;
  // The sentence ends at a full stop that is not a civility's or an initial's ("M. J. BAYLET").
  // Or at the next label of a form's line ("Président de séance : LE GALL Jean-Yves Secrétaire de séance : CARIOU Martine").
  const stop = text.slice(start, start + 160).search(/(?<!(?:^|[\s(])(?:M|MM|Mme|Mlle|Mr|\p{Lu}))[.;](?:\s|$)|\n\s*\n|[ \t]+(?:Secr[ée]taire|SECR[ÉE]TAIRE)(?:[ \t]+(?:de|DE)[ \t]+(?:s[ée]ance|S[ÉE]ANCE))?[ \t]*:/u);
  const end = start + (stop < 0 ? 160 : stop);
  const entries = parsePersonList(text, start, end);
  const people = entries.filter((e) => namedAsMember(e.person));
  // A name in title case with no civility ("…, Antoine Durand, Maire"): two or three words that
  // name no office or body.
  const found = people[0]?.person ?? entries.map((e) => e.person).find((x) => TITLE_CASE_NAME.test(x.raw) && !OFFICE_WORDS.test(x.raw));
  if (!found) return null;
  const p = surnameAcrossMarginCell(text, found);
  // "sous la présidence de M. X, doyen d'âge, puis de M. Y, président élu": the eldest presides
  // the election only; the one elected, the sitting.
  const after = lowerOf(text).slice(p.span!.end, end + 1);
  const then = DOYEN_THEN.exec(after);
  if (then) {
    const at = p.span!.end + then.index + then[0].length;
    const elected = parsePersonList(text, at, Math.min(text.length, at + 80))[0]?.person;
    if (elected && namedAsMember(elected)) return asPresident(elected, officeAfter(text, elected, end));
  }
  // A register's extracts each name who presided: the sitting's president is the next one named
  // (the deputy may be named again for the same point).
  if (HEAD_WITHDREW.test(after)) {
    const reach = Math.min(text.length, end + limit);
    for (let next = presidentOf(text, reach, end); next; next = presidentOf(text, reach, next.span!.end)) {
      if (next.surname !== p.surname) return next;
    }
    // No other names who presided: in the sitting's opening ("… s'est réuni sous la présidence de
    // M. X, 1er Adjoint, M. le Maire s'étant retiré …", an extract of that one point) the deputy
    // presided the sitting; in a point's own sentence ("Sous la présidence de M. X, doyen d'âge, le
    // Président s'étant retiré, le Comité adopte …") not: who convened it may be named instead.
    const from = Math.max(0, m.index - 300, fullStopBefore(text, m.index) + 1, text.lastIndexOf('\n\n', m.index) + 1);
    if (!SITTING_HELD.test(text.slice(from, m.index))) return null;
  }
  return asPresident(p, officeAfter(text, p, end));
}

/**
 * "… s'est réuni …, sur la convocation qui lui a été adressée le 15 juin 1977 par Monsieur Henri
 * BESSE, Président": where no sentence says who presided, the head of the body who convened it.
 * Lower-cased text.
 */
const CONVENED_BY = /convo(?:qu[ée]e?s?|cation)[^.;\n]{0,80}?[ \t\n]par[ \t\n]+(?=(?:m\.|monsieur|mme|madame)[ \t\n])/u;

function convenedBy(text: string, limit: number): Person | null {
  const m = CONVENED_BY.exec(lowerOf(text).slice(0, limit));
  if (!m) return null;
  const at = m.index + m[0].length;
  const p = parsePersonList(text, at, Math.min(text.length, at + 80))[0]?.person;
  const office = p?.span ? HEAD_OFFICE_AFTER.exec(text.slice(p.span.end, p.span.end + 20)) : null;
  return p && office ? asPresident(p, office[1]) : null;
}

/** The office written after a member's name in a list: "Gérard Thiébaut, Maire", "M. X (Président)". */
// The line may break after the comma ("par M. Marcel DUFLOT," / "Président").
const HEAD_OFFICE_AFTER = /^[ \t]*[,(]\s*(maire|pr[ée]sidente?)(?![\p{L}-])/iu;

/** The place named in text[start, end) (a convocation's paragraph and the blocks under it), or null. */
export function placeIn(text: string, start: number, end: number): string | null {
  const lower = lowerOf(text).slice(start, end);
  // "à la salle du Conseil", else the hall on its own line under the date ("JEUDI 18 DECEMBRE 1997 à 9 H 30" / "Hôtel de Région - Hémicycle").
  const hit = PLACE_IN_FORM_ROW.exec(lower) ?? firstPlace(lower) ?? PLACE_UNDER_SITTING.exec(lower);
  return hit ? cleanPlace(text.slice(start + hit.index + hit[0].length - hit[1]!.length, start + hit.index + hit[0].length)) : null;
}

/**
 * Where no sentence says who presided, the mayor (or the president) the present list names as
 * such: the sitting's president unless the text says otherwise.
 */
export function presidentInList(text: string, present: readonly Person[]): Person | null {
  for (const p of present) {
    const office = p.span ? HEAD_OFFICE_AFTER.exec(text.slice(p.span.end, p.span.end + 20)) : null;
    if (office) return { ...p, role: office[1]! };
  }
  return null;
}

/**
 * What may follow the president's name after a comma and is not their office: the place, the
 * time, who assists them ("…, à la salle du conseil", "…, assisté de …"). Checked with a
 * lookahead, not `\b`, which never matches after "à".
 */
const NOT_A_ROLE = /^(?:à|au|aux|afin|dans|en|sous|sur|pour|assist[ée]e?s?|salle|le\s+\d|\d)(?![\p{L}])/u;

export interface MeetingResult {
  meeting: Meeting;
  authority: string | null;
  /** Where the authority's name was read (the schema has no field for it yet). */
  authoritySpan: Span | null;
  /** Where the preamble's facts were read (date .. presidency/quorum). */
  preambleEnd: number;
  /** A form's row of values under its row of labels (formRowValues): the secretary is read from it too. */
  formRow: RowValues;
}

/**
 * `listsEnd`: where the attendance ends, when it is known; a table of who sat may come before the
 * sitting's opening sentence (a software's export), whose date is then read up to there.
 */
export function extractMeeting(text: string, preambleLimit: number, isRegister: boolean, listsEnd = 0): MeetingResult {
  const limit = Math.min(text.length, Math.max(preambleLimit, 400));
  const head = text.slice(0, limit);
  // Case-insensitive patterns run on lower-cased text, same offsets (see caseless).
  const headLower = lowerOf(text).slice(0, limit);
  let body: string | null = null;
  let bodyType: BodyType | null = null;
  let bodyAt = Infinity;
  for (const [re, type] of BODY_TYPES) {
    const m = caseless(re).exec(headLower);
    if (m && m.index < bodyAt) {
      bodyAt = m.index;
      body = bodyNamed(head, m);
      bodyType = type;
    }
  }
  // "Extrait du registre des délibérations du Bureau" of a district, a syndicate, naming no other body;
  // "Procès-verbal de la réunion du Bureau", its communauté's name cut by OCR ("Commu nauté").
  if (bodyType === null) {
    const m = BUREAU_DELIBERATIONS.exec(headLower);
    if (m) {
      body = bodyNamed(head, m);
      bodyType = 'bureau';
    }
  }
  // None as written: the council's adjective as OCR misread it ("Conseil Miinicipal").
  if (bodyType === null) {
    for (const m of execAll(COUNCIL_AND_WORD, headLower)) {
      // OCR's "ii" and "rn" for a u and an m first: each is two edits apart.
      const word = m[1]!.replace(/ii/g, 'u').replace(/rn/g, 'm');
      const type = COUNCIL_ADJECTIVES.find(([adjective]) => fuzzyEquals(word, adjective))?.[1];
      if (type) {
        body = bodyNamed(head, m);
        bodyType = type;
        break;
      }
    }
  }
  // None in the header: a software's export puts its presence table first, the sentence that
  // convenes the body after it ("le Conseil Municipal de la commune … s'est réuni").
  if (bodyType === null) {
    const convened = CONVENED.exec(lowerOf(text).slice(0, SITTING_ZONE));
    const found = convened ? bodyIn(text, Math.max(0, convened.index - 200), convened.index + convened[0].length) : null;
    if (found) ({ body, bodyType } = found);
  }
  // Nor there: the body that decides opens its line ("Le Conseil Municipal," / "Vu …" / "DECIDE").
  if (bodyType === null) {
    const deciding = DECIDING_BODY.exec(lowerOf(text).slice(0, SITTING_ZONE));
    const at = deciding ? deciding.index + deciding[0].indexOf(deciding[1]!) : -1;
    const found = deciding ? bodyIn(text, at, at + deciding[1]!.length) : null;
    if (found && found.at === at) ({ body, bodyType } = found);
  }
  // Named nowhere: a records software's form, under a commune's letterhead, listing its members as
  // "Conseiller municipal": a commune deliberates in its council alone; not where the letterhead is
  // a district's or a commune déléguée's, whose councils (of the other type) hold municipal councillors too.
  if (bodyType === null && COMMUNE_LETTERHEAD.test(headLower) && !OTHER_COUNCIL_SEAT.test(headLower) && execAll(MUNICIPAL_COUNCILLOR, lowerOf(text)).length >= MIN_MUNICIPAL_COUNCILLORS) bodyType = 'conseil-municipal';
  // A Commission Permanente sits for its council, which its letterhead and its president's title
  // name first ("CONSEIL DÉPARTEMENTAL … COMMISSION PERMANENTE"): where the preamble names it,
  // and not as the holder of a delegation, the sitting is the commission's.
  // So does its Bureau, as the commission was called before 1992 ("BUREAU DU CONSEIL GÉNÉRAL"), and
  // the Commission départementale that sat between sessions before 1982.
  // Not where a letter convenes the council itself ("le Conseil général se réunira en séance publique"),
  // the commission named as another meeting ("La réunion de la Commission permanente … se tiendra à l'issue").
  if ((bodyType === 'conseil-departemental' || bodyType === 'conseil-regional') && !COUNCIL_CONVENED.test(headLower)) {
    for (const m of execAll(COMMISSION_PERMANENTE, headLower)) {
      // "après décision de la Commission Permanente": another body's deciding, not the sitting's.
      // Nor the author of the paper ("Le présent relevé, établi par le Bureau du Conseil Général").
      if (/d[ée]l[ée]gation|attributions|[àa]\s+la\s*$|d[ée]cision\s+de\s+la\s*$|(?:[ée]tablie?s?|r[ée]dig[ée]e?s?|dress[ée]e?s?)\s+par\s+l[ea]\s*$/u.test(headLower.slice(Math.max(0, m.index! - 60), m.index!))) continue;
      body = bodyNamed(head, m);
      bodyType = m[0].startsWith('bureau') ? 'bureau' : 'commission-permanente';
      break;
    }
  }
  // The date and the opening time stand in the first lines: no need to read the whole preamble.
  const dateZone = Math.min(limit, DATE_ZONE);
  // None there: a record under a web page's long introduction, its date further on, before its lists.
  // A form's "Date de la séance" label over its value ("26/06/2009") says which day of a sitting held over two ("des 25 et 26 juin").
  // A date no cue names in the first lines (a web page's introduction: "le 1er janvier 1976") gives way to one a cue names before the lists ("Séance du 14 mars 1975").
  const inZone = isRegister ? null : (dateInLabelColumn(text, limit) ?? pickSittingDate(text, dateZone));
  const wider = isRegister || (inZone && sittingCued(text, inZone)) || limit <= dateZone ? null : pickSittingDate(text, limit);
  const date = isRegister ? null : ((wider && sittingCued(text, wider) ? wider : null) ?? inZone ?? wider ?? (listsEnd > limit ? pickSittingDate(text, listsEnd) : null));
  // The Assemblée de Corse sat for the Collectivité territoriale de Corse, a region of its own
  // status, until 2018; since, for the Collectivité de Corse, which no type names.
  const corsica = bodyType === null && date && date.iso < CORSICA_UNIFIED ? CORSICA_ASSEMBLY.exec(headLower) : null;
  if (corsica) {
    body = bodyNamed(head, corsica);
    bodyType = 'conseil-regional';
  }
  // "RÉGION RHÔNE-ALPES" over "Instance : ASSEMBLÉE PLÉNIÈRE": the regional council, named by its sitting alone.
  const plenary = bodyType === null && REGION_LETTERHEAD.test(headLower) ? REGIONAL_PLENARY.exec(headLower) : null;
  if (plenary) {
    body = bodyNamed(head, plenary);
    bodyType = 'conseil-regional';
  }
  const opens = (t: { start: number; end: number }) =>
    !/(?:lev[ée]e|cl[ôo]tur[ée]e|suspendue|fin)\D{0,20}$/iu.test(text.slice(Math.max(0, t.start - 30), t.start)) && !isTimestamp(text, t) && !inHoursRange(text, t) && !afterOtherDate(text, t, date);
  // Past the zone, a date read further on (a record under a web page's introduction) has its time in the sentence after it.
  const late = date && date.start >= dateZone - 200 ? date : null;
  // "Type de séance Date Heure Lieu" over "Ordinaire 14/06/1980 18 h 00 Salle des délibérations": a form's row of values, first.
  const formRow = formRowValues(text, limit);
  // "Séance du Convocation Ouverture Clôture" / "18/10/2007 02/10/2007 09:30 13:10": the opening's cell, not a time after the convocation's date.
  const rowTime = formRow.time ? findTimes(formRow.time.text)[0] : undefined;
  const time = rowTime ?? timeInLabelColumn(text, dateZone) ?? findTimes(head.slice(0, dateZone)).find(opens) ?? (late ? timesAfter(text, late.start, Math.min(text.length, late.end + TIME_AFTER_DATE)).find(opens) : undefined) ?? openingTime(text) ?? timeInSittingSentence(text, 0, opens);
  // The form's row gives the convocation's date in its cell ("Séance du Convocation …" / "18/10/2007 02/10/2007 …").
  let convocationDate: string | null = formRow.convocation ? (findDates(formRow.convocation.text)[0]?.iso ?? null) : null;
  for (const m of convocationDate ? [] : execAll(caseless(CONVOCATION), headLower)) {
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 60);
    const d = findDates(after)[0];
    if (d && d.start <= 3) {
      convocationDate = d.iso;
      break;
    }
    // "dûment convoqué le 6\njuin": day and month only; the year is the sitting's.
    const dm = /^(\d{1,2})(?:er)?\s+([\p{L}]+)/u.exec(after);
    if (dm && date) {
      const guess = findDates(`${dm[1]} ${dm[2]} ${date.iso.slice(0, 4)}`)[0];
      if (guess) convocationDate = guess.iso;
      break;
    }
  }
  let quorum: boolean | null = null;
  // The quorum may be stated after the lists ("Le quorum est atteint."): look further.
  const quorumZone = lowerOf(text).slice(0, SITTING_ZONE);
  for (const [re, value] of QUORUM_CUES) {
    if (mayMatchIn(re, text, 0, SITTING_ZONE) && caseless(re).test(quorumZone)) {
      quorum = value;
      break;
    }
  }
  // A form's "Quorum" label, its value "Atteint" or "Non atteint" in the column of values.
  if (quorum === null && /\n[ \t]*quorum[ \t]*\n/u.test(quorumZone)) quorum = quorumInLabelColumn(text, limit);
  // "(affiché en mairie le 14 septembre)": where the minutes were posted, not where the sitting was.
  // The hall named on the sitting's line, before any other place the head names (a point's "au centre de …").
  const onSittingLine = placeOnSittingLine(head, headLower);
  // A page's or a report's prose before the sitting's date names places of its own ("lors du voyage
  // de la délégation, à la mairie d'Anse-Carambole"): the record's, from the date's line on, first.
  // A web page's furniture above the record ("Les originaux peuvent être consultés en mairie …") names none.
  const recordFrom = afterWebFurniture(text, 0, Math.min(limit, text.length));
  const dateLine = Math.max(date && date.start < limit ? headLower.lastIndexOf('\n', date.start) + 1 : 0, recordFrom);
  const firstHit = (dateLine > 0 ? firstPlace(headLower, dateLine) : null) ?? firstPlace(headLower);
  const placeHit = firstHit && onSittingLine && onSittingLine.at < firstHit.index ? null : firstHit;
  // The place is the pattern's last group: read it, in its own case, from the end of the match.
  const placeMatch = placeHit ? [placeHit[0], head.slice(placeHit.index + placeHit[0].length - placeHit[1]!.length, placeHit.index + placeHit[0].length)] : null;
  let place = placeMatch ? cleanPlace(placeMatch[1]!) : null;
  // "Séance du mardi 14 mars 2023 à 18h00" / "Salle du Conseil - siège de la Communauté": the place on the line under the sitting's.
  if (!place) {
    const under = PLACE_UNDER_SITTING.exec(headLower);
    if (under) place = cleanPlace(head.slice(under.index + under[0].length - under[1]!.length, under.index + under[0].length));
  }
  // "Lieu : Hôtel de Ville – salle du Conseil": a header's label; or the hall it names in full where the
  // sentence names its building alone ("Lieu : Salle de la Mairie" over "… s'est réuni … à la Mairie").
  if (!place || PLACE_LABEL_WORD.test(headLower)) {
    const labelled = PLACE_LABEL.exec(headLower) ?? PLACE_LABEL_AFTER_LABEL.exec(headLower) ?? PLACE_LABEL_AMID.exec(headLower);
    const value = labelled ? cleanPlace(head.slice(labelled.index + labelled[0].length - labelled[1]!.length, labelled.index + labelled[0].length)) : null;
    if (value && (!place || (value.length > place.length && value.toLowerCase().includes(place.toLowerCase())))) place = value;
  }
  if (formRow.place) place = cleanPlace(formRow.place.text);
  // "Type de séance" / "Lieu" / "Heure d'ouverture" then their values, one a line: a form printed by software.
  if (!place && LIEU_LINE.test(headLower)) place = placeInLabelColumn(text, limit);
  if (!place) {
    const beside = PLACE_LABEL_BESIDE.exec(head);
    if (beside) place = cleanPlace(beside[1]!);
  }
  if (!place) {
    const met = MET_BEFORE_HALL.exec(headLower);
    if (met) place = cleanPlace(head.slice(met.index + met[0].length - met[1]!.length, met.index + met[0].length));
  }
  if (!place) place = onSittingLine?.place ?? null;
  if (!place && limit < text.length) place = placeInOpeningSentence(text, Math.min(text.length, SITTING_ZONE));
  // "au lieu ordinaire de ses séances, à l'Hôtel de Ville": the place the formula stands for, when named.
  if (place && placeHit && /^lieu\s+(?:ordinaire|habituel)/iu.test(place)) {
    // Named inside the match ("lieu ordinaire de ses séances, Salle du Conseil de l'Hôtel de Ville"), or after it.
    const inside = /^lieu\s+(?:ordinaire|habituel)[^,]*,\s*(?:(?:à|au|dans|en)\s+(?:la\s+|le\s+|l['’]\s?)?)?(\S[\s\S]*)$/iu.exec(place);
    const after = head.slice(placeHit.index + placeHit[0].length, placeHit.index + placeHit[0].length + 160);
    const named = inside ? null : NAMED_AFTER_FORMULA.exec(after);
    if (inside) place = cleanPlace(inside[1]!);
    else if (named) place = cleanPlace(named[1]!);
  }
  // "s'est réuni en visioconférence, le Président étant au siège …": the sitting was held remotely; the seat named after is the president's.
  const remote = headLower.includes('conf') ? REMOTE_SITTING.exec(head) : null;
  if (remote) place = remote[1]!.replace(/\s+/g, ' ');
  const said = isRegister ? null : presidentOf(text, Math.min(text.length, SITTING_ZONE));
  // A form's "Président de séance" over the record names the sitting's president; "sous la
  // présidence de M. X" further down may be a point's, the president having withdrawn.
  const formZone = Math.min(text.length, SITTING_ZONE);
  const formed = said && FORM_PRESIDENT_LABEL.test(lowerOf(text).slice(0, said.span?.start ?? 0)) ? presidentInLabelColumn(text, formZone) : null;
  const president = isRegister ? null : formed && (formed.span?.start ?? Infinity) < (said!.span?.start ?? Infinity) ? formed : (said ?? presidentBesideLabel(text, limit) ?? presidentInLabelColumn(text, formZone) ?? (formRow.president ? presidentInValue(text, formRow.president.span.start, formRow.president.span.end) : null) ?? convenedBy(text, limit));
  const authority = findAuthority(text, bodyType);
  return {
    meeting: {
      body,
      bodyType,
      date: date?.iso ?? null,
      dateText: date?.text.replace(/\s+/g, ' ') ?? null,
      dateSpan: date ? { start: date.start, end: date.end } : null,
      time: isRegister ? null : time?.hhmm ?? null,
      place: isRegister ? null : place,
      convocationDate,
      president,
      secretary: null,
      quorum,
    },
    authority: authority?.name ?? null,
    authoritySpan: authority?.span ?? null,
    preambleEnd: Math.max(date?.end ?? 0, president?.span?.end ?? 0),
    formRow,
  };
}
