/**
 * Item headings: where each deliberation or agenda point of a document begins. Minutes
 * mark them in a handful of ways, each a row of HEADING_SCHEMES, tried on every line:
 * a deliberation number ("D2024-27 - Objet : …", "N°1 D.CCAS/2026/19 - …", "CC02_2023 …"),
 * an ordinal ("1. Travaux …", "1 - Adoption …"), or a line in capitals ("ELECTION DU MAIRE").
 */
import { ENDS_ON_LEADING_WORD } from '../text/sentences.ts';
import { ARTICLE_RANK, MEMBER_NOUNS, PERFECT_ACT, WEEKDAY_NAME, WISH_OR_MOTION_LABEL } from '../text/cues.ts';
import { pointFormSubjects } from './point-form.ts';
import { pointHeaderRows } from './point-header-rows.ts';
import { isMatiereLine } from '../text/actes-nomenclature.ts';
import { oneSpace } from '../text/spaces.ts';
import { isFlat, lineAt, lineCount, trimmedLines } from '../text/lines.ts';
import { isPageFraction } from '../text/normalize.ts';
import { ATTENDANCE_CUES, SITTING_NAMED, SITTING_OPENING } from '../text/cues.ts';
import { actionAt, nounUse } from '../text/verbs.ts';
import { fold } from '../text/fuzzy.ts';
import { lowerOf } from '../text/caseless.ts';
import { hasWord, indexWords, wordIndex } from '../text/gate.ts';
import { isCapitalsLine } from '../text/capitals.ts';
import { continuedLineEnd, endsHanging, unwrap } from '../text/line-wrap.ts';
import { execAll, execAllAtLineStarts } from '../text/matches.ts';
import { fixNumberRuns } from '../text/ocr-cleanup.ts';
import { MONTHS } from '../text/dates.ts';
import { ACTE_NATURES } from '../text/stamps.ts';

export type HeadingScheme = 'numbered' | 'ordinal' | 'agenda' | 'capitals' | 'paragraph';

/**
 * Every heading is written out in this order (scheme, start, end, number, title), none spread
 * over with changed fields: one object shape, so that the code reading headings stays optimized.
 */
export interface Heading {
  scheme: HeadingScheme;
  /** Offset of the heading's first character. */
  start: number;
  /** Offset just past the heading text (title and its continuation lines). */
  end: number;
  number: string | null;
  title: string;
}

/**
 * A deliberation number: letters and digits in the shapes registers use, and the Conseil de
 * Paris's year, direction and rank ("2024 DLH 123").
 */
/** What a line-start pattern opening on a capital letter is tried on (execAllAtLineStarts' `opening`). */
const CAPITALS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/**
 * What the line-start patterns may open on past their blanks (execAllAtLineStarts' `opening`): a
 * NUMBER opens on a capital or a figure; most lines of prose open on neither.
 */
const CAPITALS_AND_FIGURES = `${CAPITALS}0123456789`;
/**
 * A number with letters between its figures ("09-CP-3-01", "24-PL-10-037"): a deliberation's only after "N°".
 * A year and a month before the letters ("2026-09-CP-01", a sitting's reports) are NUMBER's own shape.
 */
const LETTERS_INSIDE = /^\d{2,4}-[A-Z]/;
const NUMBER = String.raw`(?:(?:19|20)\d\d-\d\d-[A-Z]{1,4}-\d{1,3}(?![\w/-])|(?:19|20)\d\d\.\d{3,5}(?![\d.,])|\d\d\.(?:0[1-9]|1[0-2])\.\d{3}(?![\dA-Za-z.,])|(?:[A-Z]{1,5}[ .\-_]?)?(?:[A-Z][A-Z.]*\/)?\d{1,4}(?:[-_/]\d{1,4}){1,2}|(?:19|20)\d\d [A-Z]{2,5} \d{1,4}|[A-Z]?\d{1,2} (?:19|20)\d\d \d{2,4})`;
/** A region's act numbered by its year and its rank run together ("Délibération n° 20171001 - Compte de gestion 2016"), read after the act's label only. */
const YEAR_RANK_NUMBER = String.raw`(?:19|20)\d{6}`;
/** After "N°", a number whose zeros OCR read as O's ("N° 2OO3-47 -"), kept as written. */
const OCR_NUMBER = String.raw`\d[\dO]{1,3}(?:[-_/][\dO]{1,4}){1,2}`;
/** A number with letters between its figures ("09-CP-3-01", a region's session and rank "22SP-2101"), read only after its label (NUMBERED_PATTERNS' last): a pattern more in every scan of NUMBER would cost every document. */
const LETTERED_NUMBER = String.raw`(?:\d{2,4}-[A-Z]{1,5}\d?-\d{1,4}(?:-\d{1,4})?|\d{2}[A-Z]{1,4}-\d{2,5})`;
/** The same between slashes ("06/AP-JUIN/03"), after "Délibération n°" only: after "N°" alone, a register's leaf ("N° 84/B/03"). */
const SLASHED_LETTERED_NUMBER = String.raw`\d{2,4}\/[A-Z]{1,5}(?:-[A-Z]{1,6})?\/\d{1,4}`;
/** A wish's or a motion's label before its number: "VŒU n° 16-07", "MOTION n° 16-02". */
/** "N° 9 / 1980" alone on its line: a register's rank in the year, its slash between spaces. */
const SPACED_RANK_YEAR = String.raw`\d{1,3}[ \t]\/[ \t](?:19|20)\d\d`;
/**
 * A relevé's "86/B/101" opening its line, OCR's space beside a slash as it may leave one ("86/ B/106", "86 /B/136"): written without.
 * Its letters may carry the session's rank ("06/AP-3/01": the year, the plenary assembly's third sitting, the act).
 */
const SPACED_SLASHED_NUMBER = String.raw`\d{2,4} ?\/ ?[A-Z]{1,5}(?:-\d{1,2})? ?\/ ?\d{1,4}`;
/** A number whose parts dots separate ("B.85.31", "2024.118"), read only after its label too: unlabelled, "4.1" is a sub-point. */
const DOTTED_NUMBER = String.raw`(?:[A-Z]{1,4}\.)?\d{2,4}\.\d{1,4}(?:\.\d{1,4})?`;
/** Its register's letter first ("B.93.41"): unlabelled, it opens a point at the start of its line, a spaced dash and a title after it. */
const LETTERED_DOTTED_NUMBER = String.raw`[A-Z]{1,4}\.\d{2,4}\.\d{1,4}`;
/** "Objet", in any case, and as OCR may read it with a zero ("0bjet"). */
const OBJET_WORD = String.raw`[Oo0][Bb][Jj][Ee][Tt]`;
/**
 * After the number: a dash or colon, maybe the city's number of the project the opinion is on
 * ("14 2014 061 – 2014 DDCT 52 – Subventions …"), maybe the point's rank before a title in
 * capitals or not ("N° 12/97 1. COMPTE ADMINISTRATIF 1996", "N° 2015/05 2. Compte de gestion", "n° 2011-01 1 - COMPTE", "N° 15/91 2°) Le Maire expose"), maybe "Objet :" (on the next line too), then the title.
 */
// A margin's rule may stand between the number and the rank ("N° 2007/019 | 2 - COMPTE …"); a colon before the dash ("86/B/112: - Admission …").
const AFTER_NUMBER = String.raw`[ \t]*(?::[ \t]*(?=[-–—]))?(?:[-–—:|][ \t]*)?(?:(?:19|20)\d\d [A-Z]{2,5} \d{1,4}[ \t]*[-–—:][ \t]*)?(?:(?<=[ \t])\d{1,2}(?:°[ \t]?\)|[.)]|[ \t]*[-–])[ \t]+(?=[A-ZÀ-ÖØ-Þ](?:[A-ZÀ-ÖØ-Þa-zà-öø-ÿ]|\.[A-Z]\.|(?<=M)\.[ \t][A-ZÀ-ÖØ-Þ]{2})))?(?:\n[ \t]*(?=${OBJET_WORD}))?(?:${OBJET_WORD}[ \t]*:[ \t]*)?(?=[A-Za-zÀ-ÖØ-öø-ÿ])`;
/** A run of dot leaders: a row of figures, a label and its value. */
const DOT_LEADERS = /\.{6,}/;

/** A title closed by a full stop or a colon: what follows is no more of it. Not OCR's speck after a space ("ENSEIGNEMENT ."). */
const CLOSED_TITLE = /(?:\S\.|:)\s*$/;

/**
 * Numbered headings start a line; in text without line breaks they follow "N°1 " or precede
 * "OBJET :". Three anchored patterns: one with lookbehinds would be tried at every offset.
 */
const NUMBERED_PATTERNS: readonly RegExp[] = [
  // "- Délibération 2024/14 : …": a bullet, and the word without its "n°", as small communes type it
  // (or a web page's expander: "+ Délibération n° 2020/041 - …", "▸ Délibération …", "» Rapport n° 1-01 - …");
  // a register's code for the word before "N°", its title after a dash or a rank on the line: "DCM N° 2013/18 - …",
  // "DCM n° 2023-27  3. Forêt communale …", dotted "D.C.M. N° 2013/18 - …" ("D.C.C.": a community's council); without
  // "N°" the code is the number's own ("DCM 2025-011 – …").
  // "n° 2011-01 1 - COMPTE DE GESTION": a register's number in its margin, then the point's rank.
  // "RAPPORT N° CD2015-06/01 - DÉCISION MODIFICATIVE …", "Rapport n° CP-2022-07-101 - …": a report's number; "Affaire n° 2018-04-01 : …" an affair's;
  // "VŒU n° 16-07 présenté par le groupe …", "MOTION n° 16-02 …": a wish's or a motion's, put to the vote as the reports are.
  // "2 DEL-2012-061 Décision modificative …": a table's rank, then the act's code; "2 - 2024-10-01 - INSTALLATION …" too;
  // "Affaire 2 93-021 Compte de gestion 1992 … ADOPTE 36 0 0": a software's row, the affair's rank, then the act's number.
  // "86/B/101 - Procès-verbal …": unlabelled, such a number opens a relevé's point at the start of its line, a spaced dash and a title after it
  // (OCR's speck before it or a colon after it: ".86/B/109 -", "86/B/112: -").
  // "N° 81-B-31 – Décharge contrôlée …": its letters between dashes, before the title's dash or a title in capitals ("N° 2026-AP-031 COMPTE
  // FINANCIER …"), or without "N°" opening its line as a margin's number read across ("02-CP-04-01  FONDS D'AIDE …"); "B.93.41 - Adhésion …", a bureau's letter and dots.
  // After "RAPPORT N°", before a dash and a title in capitals ("RAPPORT N° 91-B-201 - GARANTIE D'EMPRUNT …"; not the service's "– Direction de …", not "– Rapporteur : …").
  // "Ref : DE_2016_031 - Décision modificative …": a records software's reference of the act, its letters first.
  // "N° 91/B/52 2°) ORDURES MENAGERES …", "Rapport n° 96/CP/141 – Électrification …": a number with its letters, before the
  // point's rank or a dash and the title (alone, "N° 84/B/03" is a leaf's).
  // "OBJET 97/111 ADOPTION DU …": a software's label before the act's number, no part of it.
  new RegExp(String.raw`^[ \t]*(?:[-–•+▸►▶▼][ \t]*(?=D[ée]lib|D[ÉE]LIB)|[»›][ \t]*(?=D[ée]lib|D[ÉE]LIB|[Rr]apport[ \t]+n|RAPPORT[ \t]+N))?(?:N°\s?\d{1,3}\s+|\d{1,3}[ \t]+(?=[A-Z]{1,5}[-_]\d{2,4}[-_/]\d{1,4}[ \t])|(?:[Aa]ffaire|AFFAIRE)[ \t]+\d{1,3}[ \t]+(?=\d{2,4}[-/]\d{1,4}[ \t]+\p{Lu})|\d{1,2}[ \t]+[-–][ \t]+(?=(?:19|20)\d\d-\d\d-\d\d[ \t]+[-–—][ \t]+\p{Lu})|N°\s?(?=[A-Z]{0,5}[ .\-_]?\d)|n°\s?(?=(?:${NUMBER})[ \t]+\d{1,2}[ \t]*(?:[.)]|[-–])[ \t]+[A-ZÀ-ÖØ-Þ])|(?:(?:D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION)\s+(?:[Nn][°o]\.?\s?)?|(?:D\.[ \t]?C\.[ \t]?[MC]\.|DC[MC])[ \t]+[Nn][°o]\.?[ \t]?(?=[\w./-]+[ \t]+(?:[-–—][ \t]+\S|\d{1,2}[.)][ \t]+\p{Lu})))(?=[A-Z]{0,5}[ .]?\d)|(?:[Rr]apport|RAPPORT|[Aa]ffaire|AFFAIRE|[Dd]ossier|DOSSIER|${WISH_OR_MOTION_LABEL})\s+[Nn][°o]\.?\s?(?=[A-Z]{0,5}[ .\-_]?\d)|(?:R[ée]f|R[ÉE]F)(?:[ée]rence|[ÉE]RENCE)?\.?[ \t]*:[ \t]*(?=[A-Z]{1,5}[ .\-_]?\d)|[.:'’](?=${SPACED_SLASHED_NUMBER}:?[ \t]+[-–—])|(?:OBJET|Objet)[ \t]+(?=\d{1,4}[-_/]\d{1,4}[ \t]+[A-ZÀ-ÖØ-Þ]))?(${NUMBER}|(?<=N°\s?)${OCR_NUMBER}|(?<=[Nn][°o]\.?\s?)${SLASHED_LETTERED_NUMBER}(?=[ \t]+\d{1,2}(?:°[ \t]?\)|[.)])|[ \t]*[-–—:][ \t]*\p{Lu})|(?<=^[ \t]*(?:[Rr]apport|RAPPORT)[ \t]+[Nn]°[ \t]?)${LETTERED_NUMBER}(?=[ \t]+[-–—][ \t]+(?!RAPPORTEU)\p{Lu}{2}(?!\p{Ll}))|(?<=^[ \t]*(?:N°\s?)?)${LETTERED_NUMBER}(?=[ \t]+(?:[-–—][ \t]+\p{Lu}|\p{Lu}{2,}[ \t'’–-]+\p{Lu}[\p{Lu}'’]|(?<=N°\s?[^\n]{4,14})\p{Lu}{4,}[ \t]+[-–—][ \t]+\p{Lu}))|(?<=^[ \t]*[.:'’]?)${SPACED_SLASHED_NUMBER}(?=:?[ \t]+[-–—][ \t]+\p{Lu})|(?<=^[ \t]*)${LETTERED_DOTTED_NUMBER}(?=[ \t]+[-–—][ \t]+\p{Lu})|(?<=(?:D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION)\s+[Nn][°o]\.?\s?)${YEAR_RANK_NUMBER}(?=[ \t]+[-–—][ \t]+\p{Lu}))${AFTER_NUMBER}`, 'gmu'),
  new RegExp(String.raw`N°\s?\d{1,3}\s+(${NUMBER})${AFTER_NUMBER}`, 'g'),
  new RegExp(String.raw`(?<=\s)(${NUMBER})\s+(?=OBJET\s*:)${AFTER_NUMBER}`, 'g'),
  // "N° 2024-01", "Délibération n° 2024-01" or "Rapport n° 1-01" alone on its line, the title on
  // the next; after a blank line, only a title in capitals (a paragraph of prose there is the header's), or one its "OBJET :" labels.
  // Labelled "Rapport n°" (or a wish's, a motion's: "Vœu n° 1"), any rank is a number ("RAPPORT N° 1" over "COMPTE ADMINISTRATIF …"); "N° 2" alone, a register's
  // rank over the subject its margin gave ("N° 2" / "Voirie départementale C.D. n° 52 …").
  // A typed procès-verbal sets it between dashes: "- RAPPORT N° 81-214 -". A records software's
  // form: "Acte n° 78-42" over "Objet Plan d'occupation des sols …", the label one space from its value.
  // Its "Rapport" without "n°" in a field block ("Rapport 2009-DM2-01" / "Objet Décision modificative …"): only over its "Objet".
  // Its rapporteur in brackets after it ("Rapport n° CP-2018-09-01 (rapporteur : Mme X)" / "Fonds de solidarité …").
  new RegExp(String.raw`^[ \t]*(?:N°\s?(?=(?:${NUMBER}|${LETTERED_NUMBER}|\d{1,3}|${SPACED_RANK_YEAR})[ \t]*\n)|(?:[-–][ \t]+(?=[Rr]apport|RAPPORT))?(?:D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION|[Rr]apport|RAPPORT|Acte|ACTE|${WISH_OR_MOTION_LABEL})\s+[Nn][°o]\.?\s?|(?:[Rr]apport|RAPPORT)[ \t]+(?=[^\n]{2,20}\n[ \t]*${OBJET_WORD}[ \t]))(${NUMBER}|${LETTERED_NUMBER}|${SLASHED_LETTERED_NUMBER}|${DOTTED_NUMBER}|(?<=N°\s?)${SPACED_RANK_YEAR}|\d{1,3})(?:(?<=(?:^|\n)[ \t]*[-–][^\n]*)[ \t]+[-–])?(?:[ \t]+\([ \t]*(?:[Rr]apporteure?|RAPPORTEURE?)[ \t]*:[^)\n]{2,80}\))?[ \t]*\n(?:[ \t]*(?:${OBJET_WORD}(?:[ \t]*:[ \t]*|[ \t](?=[A-ZÀ-ÖØ-Þ])))?(?=[A-ZÀ-ÖØ-Þ])|[ \t]*\n[ \t]*(?:${OBJET_WORD}[ \t]*:[ \t]*(?=[A-ZÀ-ÖØ-Þ])|(?=[A-ZÀ-ÖØ-Þ][^a-zà-öø-ÿ\n]*\n)))`, 'gm'),
];
/**
 * Report numbers read after "Rapport n°" only: a commission permanente's, numbered by its sitting, commission and rank
 * ("Rapport n° CP 2017-07/1-01 : Aide sociale …"), and an assembly's, by its year, its session's code and its rank
 * ("Rapport n° 2009/O1/031 - Compte administratif …", O for ordinaire). A pattern of its own, asked where "apport n°"
 * stands: as an alternative of NUMBERED_PATTERNS[0] it made the whole analysis half again slower (measured back to
 * back; V8's limit on a pattern's native code, presumably).
 */
const REPORT_ONLY_NUMBERS = new RegExp(String.raw`^[ \t]*(?:[Rr]apport|RAPPORT)[ \t]+[Nn]°[ \t]?([A-Z]{1,5}[ .\-_]?\d{2,4}(?:[-_/]\d{1,4}){3}|(?:19|20)\d\d\/[OE]\d\/\d{2,4})(?=[ \t]*[-–—:][ \t]+\p{Lu})${AFTER_NUMBER}`, 'gmu');
/**
 * A region's act by its year's two figures, its sitting's letters and its rank after a dot ("20AP.61 - Désignation …"
 * for the plenary assembly, "21CP.123 - …" for the commission permanente), opening its line before a spaced dash and a
 * title: a pattern of its own, asked where such a code stands (see REPORT_ONLY_NUMBERS).
 */
const SESSION_DOTTED_NUMBERS = new RegExp(String.raw`^[ \t]*(\d{2}[A-Z]{2,4}\.\d{1,4})(?=[ \t]+[-–—][ \t]+\p{Lu})${AFTER_NUMBER}`, 'gmu');
/**
 * The same code after its label, alone on its line, the subject on the next: a web page's card ("Délibération n° 25AP.200" /
 * "Approbation du procès-verbal …" / "Rapporteur : …" / "Résultat"), whatever the line above (a day's heading, the last card's vote).
 */
const LABELLED_SESSION_DOTTED_NUMBERS = /^[ \t]*D[ée]lib[ée]ration[ \t]+n°[ \t]?(\d{2}[A-Z]{2,4}\.\d{1,4})[ \t]*\n[ \t]*(?=\p{Lu})/gmu;
/** Where SESSION_DOTTED_NUMBERS may match: such a code anywhere. */
const SESSION_DOTTED_CODE = /\d\d[A-Z]{2,4}\.\d/;
/** An @ctes identifier's nature code after a number ("2012_06-DE"). */
const ACTES_NATURE_AFTER = new RegExp(String.raw`^-(?:${ACTE_NATURES})(?![\p{L}\d])`, 'u');
/** What NUMBERED_PATTERNS[0] opens on: a bullet, "N°", "n°", "Délibération" or a NUMBER; and [3]: "N°", "Délibération", "Rapport". */
const NUMBERED_OPENING = `${CAPITALS_AND_FIGURES}-–•+▸►▶▼»›n.:'’`;
const LABELLED_OPENING = 'NDRrAVMm-–';
const OBJET_ALONE = /[o0]bjet\s*:\s*(?=\p{L}|\d)/gu;
/**
 * "OBJET" alone on its line, its value on the next: a form printed by software a cell a line.
 * Lower-cased text. Led by "bjet", the line's start a lookbehind: one leading would be tried at every offset.
 */
const OBJET_OVER_VALUE = /bjet(?<=(?:^|\n)[ \t]*[o0]bjet)[ \t]*\n[ \t]*(?=\p{L}|\d)/gu;
/** A subject is longer than a table's next label. */
const MIN_OBJET_VALUE = 12;
/** The line above a label, holding a number and a subject ("N° 12/97 1. COMPTE ADMINISTRATIF 1996", "N° 14/97: 3. …"). */
const NUMBERED_LINE_ABOVE = /(?:^|\n)[ \t.]*N°[ \t]?\d[\w/.-]*[ \t:.-]+(?:\d{1,2}[.)][ \t]+)?\p{Lu}[^\n]{5,}\n[ \t.]*$/u;
/**
 * "1. Title", "1 - Title", "2 -DEL 2019-113 - TITLE" (its dash glued to capitals), "1°) Title" ("3°)Title", a typist's space lost), "4.1 Title",
 * "II bis. - TITLE", "7 bis - TITLE", "IV. - 5e TRANCHE - …" (a roman rank and a dash before a title opening on a rank), "IIl. - TITLE" (OCR's l for an I), "l - TITLE" (OCR's l for a 1), "II. Title", "B) Title", and the same announced as
 * "Point n° 1 :", "QUESTION 2 –", "Affaire n°3", "N°5 –", "N° 31   Title", "Affaire n° 3        TITLE" (not "N° 2 DU PLUi", the end of a wrapped title,
 * unless a blank line sets it off: "N° 1 Le Président présente …", a register's margin glued to its text), "IV. - TITLE";
 * after "n°", a rank of three figures ("Rapport n° 101 - Title", a département's reports) or a commission's letter and
 * rank before a dash ("N° F 1 - Title", its reports coded so under themes "1 - FINANCES"). OCR may glue the label to its "N°"
 * ("AFFAIREN° 6 - …") or set a colon between ("AFFAIRE : N° 2 - …"), or read its "N°" as "Nº", 'N"' or "N*" after "POINT". Cases spelt out rather than the `i` flag: with
 * `u`, `i` makes V8 scan many times slower.
 */
/** What ORDINAL opens on: a label ("Point", "point", "N°") or the rank (OCR's "ll." for "II."). */
const ORDINAL_OPENING = `${CAPITALS_AND_FIGURES}pqadrl`;
const ORDINAL =
  /^[ \t]*(?:(?:[Pp]oint|POINT|[Qq]uestion|QUESTION|[Aa]ffaire|AFFAIRE|[Dd]ossier|DOSSIER|[Rr]apport|RAPPORT|D[ée]cision|D[ÉE]CISION|D[ée]lib\.|D[ÉE]LIB\.)(?:[ \t]+|[ \t]*:[ \t]*(?=[Nn][°o])|(?=[Nn]°))(?:[Nn](?:[°o]|(?<=(?:POINT|Point)[ \t]+N)[º"*])[ \t]*)?|N°[ \t]*(?=\d|[A-Z][ \t]?\d))?(\d{1,2}(?:\.\d{1,2}){0,2}°?(?:[ \t]bis(?![a-z]))?|(?<=[Nn][°o][ \t]*)\d{3}|(?<=(?:RAPPORT|[Rr]apport)[ \t]+[Nn][°o][ \t]*)\d{4}|(?<=N°[ \t]*)[A-Z][ \t]?\d{1,2}(?=[ \t]+[-–—][ \t])|[IVX]{1,5}(?:[ \t]bis(?![a-z]))?|(?=[IVXl]{2,5}\.[ \t]*[-–—][ \t])[IVX]*l[IVXl]*|l(?=[ \t]+[-–—][ \t]+[A-ZÀ-ÖØ-Þ]{2})|[A-Z](?=\)))[ \t]*(?:[.)][ \t]*[-–—][ \t]+|[.):/][ \t]+|(?<=\d°)\)(?=[A-ZÀ-ÖØ-Þ][a-zß-ÿ])|[ \t]+[-–—:][ \t]+|[ \t]+[-–—](?=[A-ZÀ-ÖØ-Þ]{2})|(?<=\d)[-–][ \t]+|(?<=°|\d\.\d{1,2})[ \t]+|(?<=(?:POINT|Point)[ \t]*\d{1,3}|(?:AFFAIRE|Affaire)[ \t]+(?:[Nn][°o][ \t]*)?\d{1,3})[ \t]*\n[ \t]*(?=[A-ZÀ-ÖØ-Þ][a-zß-ÿ][^\n]{2,80}\n)|(?<=(?:N°|POINT|Point|(?:AFFAIRE|Affaire)[ \t]+(?:[Nn][°o])?)[ \t]*\d{1,3})[ \t]+(?!(?:[Dd][Uu]|[Dd][Ee][Ss]?|[Ll][AaEe][Ss]?|[Aa][Uu][Xx]?|[Ee][TtNn])[ \t])|(?<=\n[ \t]*\n[ \t]*N°[ \t]*\d{1,2})[ \t]+(?=L[ae][ \t]+[A-ZÀ-ÖØ-Þ])|(?<=N°[ \t]*\d{1,2})[ \t]+(?=L(?:[ae]|es)[ \t]+[a-zß-ÿA-ZÀ-ÖØ-Þ]{2}[^\n]{30}))(?:(?:[Oo]bjet|OBJET)[ \t]*:[ \t]*)?(?=[A-ZÀ-ÖØ-Þ]|\d{4}[-_/]\d|(?<=[IVX]\.[ \t]*[-–—][ \t]+)\d{1,2}(?:e|er|[èe]me)[ \t]+[A-ZÀ-ÖØ-Þ]{2}|(?<=(?:RAPPORT|Rapport)[ \t]+N°[ \t]*\d{1,4}[ \t]+[-–—][ \t]+)\d{1,2}(?:e|er|[èe]re|[èe]me)[ \t]+(?:COMMISSION|Commission)[ \t]*$)/gm;

/** Shapes a deliberation number has; anything else with digits is a date, an amount, a reference. */
// A day, a month, a year: "99.06.0412" (a region's act) is none.
const DATE_LIKE = /^(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2])[/.](?:\d{2}|[12]\d{3})$/;
/** "DE 1986": a title's wrapped end, a small word and a year, whose letters pass for a series'. */
const SMALL_WORD_FIRST = /^(?:DE|DU|DES|EN|ET|AU|AUX|LA|LE|LES|POUR|SUR|PAR|A) /;
/** "27 MARS 2026": a date in capitals, its month's letters passing for a number's (a title's wrapped end). */
const MONTH_DATE = new RegExp(String.raw`^\d{1,2} (?:${MONTHS.map((m) => m.name.toUpperCase()).join('|')}|AOUT) (?:19|20)\d\d$`, 'u');
/** "L.5214-16", "R. 2122-8", "L2121-29": an article of a code the text cites, no deliberation's number. */
const CODE_ARTICLE = /^[LRD](?:\.\s?\d{4}|(?!19|20[0-4])\d{4})-\d/;
/** A typescript's rank after a number: "1°)", "12°)". */
const RANK_AFTER_NUMBER = /^[ \t]+\d{1,2}°[ \t]?\)/u;
/** "97-01 - Adoption de …", "83/212 - EMPRUNT …": a two-figure year and a rank opening a line, a dash and a subject after. */
const YEAR_RANK_LINE = /^[ \t]*(\d{2}[-/])(\d{2,3})[ \t]+[-–][ \t]+\p{Lu}/gmu;
/** How many of a year's ranks make its numbers a series, not a month and a year ("01-97") by chance. */
const YEAR_SERIES_MIN = 3;

/**
 * The two-figure years whose ranks open lines, each before a dash and a subject, at least
 * YEAR_SERIES_MIN times ("97-01 - …", "97-02 - …", "97-03 - …"): a relevé's numbering. One such
 * line alone may be a month and a year; a run of them is the year's deliberations.
 */
function yearSeries(text: string): Set<string> {
  const ranks = new Map<string, Set<string>>();
  for (const m of execAll(YEAR_RANK_LINE, text)) ranks.set(m[1]!, (ranks.get(m[1]!) ?? new Set()).add(m[2]!));
  return new Set([...ranks].filter(([, r]) => r.size >= YEAR_SERIES_MIN).map(([year]) => year));
}

function isDeliberationNumber(n: string): boolean {
  if (DATE_LIKE.test(n) || CODE_ARTICLE.test(n) || MONTH_DATE.test(n) || SMALL_WORD_FIRST.test(n)) return false;
  if (/[A-Z]/.test(n)) return /\d{2}/.test(n);
  // Two years ("2024-2025") are a period; a year, a month and a rank of three digits ("2020-06-038")
  // are a number, a year, a month and a day a date.
  if (/^(?:19|20)\d\d[-/](?:19|20)\d\d$/.test(n)) return false;
  // "14 2014 061", "08/2019/03": an arrondissement's council, its year, its rank.
  // "99.06.310": a region's report, its year, its sitting's month, its rank.
  return /^\d{1,3}[-/]\d{4}$|^(?:19|20)\d\d\.\d{3,5}$|^\d\d\.(?:0[1-9]|1[0-2])\.\d{3}$|^\d{4}[-_/]\d{1,4}$|^\d{4}[-_/]\d{1,2}[-_/]\d{3,4}$|^\d{1,2} (?:19|20)\d\d \d{2,4}$|^\d{1,2}\/(?:19|20)\d\d\/\d{1,4}$/.test(n);
}

/** A header's label beside a deliberation's number, its value after it: "Commission : …", "Rapporteur : …". */
const SIDE_LABEL = /^(?:Commission|COMMISSION|Rapporteure?|RAPPORTEURE?|Service|SERVICE|Direction|DIRECTION|P[ôo]le|P[ÔO]LE)[ \t]*:/u;
/** How many lines under a number alone on its line its "OBJET :" may come (direction, service). */
const OBJET_BELOW_LINES = 5;
/** A list's label after a number in the margin ("Pouvoirs :", "Absents excusés :"): the lists', no subject. */
const LIST_LABEL_BESIDE = /^(?:[ÉE]taient[ \t]+)?(?:[Pp]r[ée]sents?|[Aa]bsents?(?:[ \t]+[Ee]xcus[ée]e?s?)?|[Ee]xcus[ée]e?s?|[Pp]ouvoirs?|[Pp]rocurations?|[Rr]epr[ée]sent[ée]e?s)[ \t]*:/u;
/** How far under such a line the subject's "OBJET :" may stand: the rest of the lists and the secretary's line between. */
const LISTS_TO_OBJET_LINES = 12;

/** A form's subject row, no colon between the label and its value ("Objet Compte financier unique 2025 …"). */
const OBJET_FORM_ROW = /^[ \t]*(?:Objet|OBJET)[ \t]+(?=\p{Lu})/u;

/** Whether the line over "Objet :" (from `at` to `labelStart`) is a title in capitals whose first word the margin's subject under the label opens on. */
function restatesTitleAbove(text: string, at: number, labelStart: number, under: string): boolean {
  const above = text.slice(at, labelStart).trim();
  if (above.includes('\n') || above.length < MIN_OBJET_VALUE || /\p{Ll}/u.test(above)) return false;
  const first = (s: string) => /^\p{L}+/u.exec(s.trim())?.[0].toLowerCase() ?? '';
  return first(above).length >= 3 && first(above) === first(under);
}

/**
 * Where the subject starts when an "OBJET :" line follows within a few lines of `at`, without a
 * blank line: "Délibération n° CP-2023-12-047 / Direction de l'Attractivité / Service … / OBJET :
 * FONDS …". The lines between are the issuing service's, not the title.
 */
function objetBelow(text: string, at: number, reach = OBJET_BELOW_LINES, acrossParagraphs = false): number | null {
  const lower = lowerOf(text);
  let lineStart = at;
  let blank = false;
  for (let i = 0; i <= reach && lineStart < text.length; i++) {
    const lineEnd = lineAt(text, lineStart).end;
    // Or a form's row, its label and value parted by a space ("Objet Approbation du procès-verbal …").
    const objet = /^[ \t]*objet[ \t]*:[ \t]*(?=\S)/.exec(lower.slice(lineStart, lineEnd)) ?? OBJET_FORM_ROW.exec(text.slice(lineStart, lineEnd));
    if (objet) return lineStart + objet[0].length;
    // "Objet :" alone, as a software's form prints a cell a line: the subject is the next line. Not
    // a subject stacked a word or two a line in a register's margin ("OBJET :" / "Electrification" /
    // "Renforcement B.T."), stackedMarginTitles' to read.
    if (/^[ \t]*objet[ \t]*:[ \t]*$/.test(lower.slice(lineStart, lineEnd)) && lineEnd < text.length) {
      const next = lineAt(text, lineEnd + 1);
      // "N° 82-09" / "COMPTE ADMINISTRATIF 1981" / "Objet :" / "Compte admi-  Le Conseil …": the title in capitals over
      // the label, which the margin's subject under it restates (its first word the same): the title is the subject.
      if (i > 0 && restatesTitleAbove(text, at, lineStart, next.line)) return null;
      return next.line.trim().length >= STACKED_LINE ? next.start + (next.line.length - next.line.trimStart().length) : null;
    }
    // One blank line may set the "OBJET :" off the header's lines ("… / Rapport n° 2009-06-112 /
    // (blank) / OBJET : …"), directly under it; a second, or a line of text after it, ends the header.
    // Beside the lists, their paragraphs stand between (the absent, the secretary's line): any line goes on.
    const empty = lineEnd === lineStart || !/\S/.test(text.slice(lineStart, lineEnd));
    if (!acrossParagraphs && blank) return null;
    if (empty) blank = true;
    lineStart = lineEnd + 1;
  }
  return null;
}

/** How far below a number at the head of an extract its "OBJET :" may stand, past the preamble and lists. */
const OBJET_AFTER_OPENING_ZONE = 6000;
/** The sentence that opens the sitting, at a line start, or the convening verb. Lower-cased text. */
const OPENING_BETWEEN = /(?:^|\n)[ \t]*(?:l['’]an\s+(?:deux|mil|\d)|pr[ée]sents?\s*:)|s['’]est\s+r[ée]uni/u;

/** Whether an "OBJET :" line follows `at` with the sitting's opening or its lists between them. */
function objetAfterOpening(text: string, at: number): boolean {
  const zone = lowerOf(text).slice(at, at + OBJET_AFTER_OPENING_ZONE);
  const objet = /(?:^|\n)[ \t]*objet[ \t]*:/u.exec(zone);
  return !!objet && OPENING_BETWEEN.test(zone.slice(0, objet.index));
}

/** Labelled so, a number may take any shape of letters and digits ("24-PL-10-037", "CP 12/12/08", "81 CD 1127", "AP (20) 12-38": an assembly, its year in brackets, its month and rank). */
const LABELLED_NUMBER = String.raw`(?:[A-Z]{1,5} \(\d{2}\) \d{1,2}-\d{1,4}|[A-Z0-9]+(?:(?:[-_./]| (?=\d)| (?=[A-Z]{1,5} \d))[A-Z0-9]+)+)`;
/**
 * After its label in a header, a bureau's letter and its full stop may stand before the number: "N° B. 81/14";
 * a year glued to its rank, no separator ("Délibération n° 20081187").
 */
const HEADER_LABELLED_NUMBER = String.raw`(?:[A-Z]\. (?=\d)[0-9]+(?:[-_./][A-Z0-9]+)+|${LABELLED_NUMBER}|(?:19|20)\d{5,7}(?!\d))`;
/** The word (and OCR's "Délibèration"), and its abbreviations in deliberation software's templates ("DEL. N° 2023-041", "Délib. n°"). */
const DELIBERATION_WORD = String.raw`(?:D[ée]lib[éeè]ration|D[ÉE]LIB[ÉE]RATION|D[ée]l(?:ib)?\.|D[ÉE]L(?:IB)?\.)`;
const LABEL_WORD = String.raw`(?:${DELIBERATION_WORD}|Rapport|RAPPORT)`;
/** A deliberation's label over or under its subject: the word, or a register's code ("DCM n° 2011-37"). */
const ACT_LABEL = String.raw`(?:${DELIBERATION_WORD}|DCM|DCC|DEL|DB|DC)`;
/** "Délibération n°", "Rapport n°", "N°" alone: the labels of a number in a header. */
const NUMBER_LABEL = String.raw`(?:N°(?:[ \t]+de[ \t]+l['’][ \t]?acte|[ \t]+d['’][ \t]?(?:acte|ordre)|[ \t]+de[ \t]+(?:la[ \t]+)?d[ée]lib[ée]ration)?|${LABEL_WORD}\s+[Nn][°o]\.?)`;
/**
 * "2 - DÉLIBÉRATION N° 2024-05 : ", "2 - Rapport n° CP_19_081 : " or "3. DEL-2023-061 – " opening an ordinal heading's title:
 * the agenda's rank first, then the deliberation's own number. Unlabelled, the number must have
 * a deliberation number's shape (isDeliberationNumber).
 */
/** "Rapport n° CP-2026-02-05" and nothing else: a point's own number, its title on the next line. */
const NUMBER_ALONE = new RegExp(String.raw`^${NUMBER_LABEL}\s*(${LABELLED_NUMBER})[ \t.]*$`);
// Labelled, a rank of figures alone is the point's own number ("II - RAPPORT N° 1 : DÉCISION MODIFICATIVE"),
// never the head of a longer number ("N° 94-01"); a number of parts may be followed by its title in
// capitals without a dash ("2 - N° 94-01  Compte administratif 1993").
const OWN_NUMBER = new RegExp(
  String.raw`^(?:${NUMBER_LABEL}\s*(${LABELLED_NUMBER}(?=\s*[:–—-]|[ \t]+[A-ZÀ-ÖØ-Þ])|\d{1,3}(?![-_./]?\d)(?=\s*[:–—-]))|(${NUMBER})(?=\s*[:–—-]))\s*(?:[:–—-]\s*)?`,
);
/** A wish's or a motion's label and its own number opening a title: "VŒU N° 2111-V1 PRÉSENTÉ PAR …", "Motion n° 16-02 relative à …". */
const NUMBERED_WISH_TITLE = new RegExp(String.raw`^(?:${WISH_OR_MOTION_LABEL})[ \t]+[Nn][°o][ \t]*(${LABELLED_NUMBER})(?=[ \t]|$)`, 'u');
/** "(délibération n° 2010-09)" closing a point's title: its deliberation's number. */
/** "(délibération n° 2010-09)", "(rapport n° 78-31)": the act's number in brackets, its blanks maybe a line break. */
const BRACKET = String.raw`\((?:${DELIBERATION_WORD}|d[ée]lib[ée]ration|d[ée]lib\.|DCM|[Rr]apport|RAPPORT)\s*(?:[Nn][°o]\.?\s*)?(${LABELLED_NUMBER})\)`;
/** BRACKET, OCR's stray full stop maybe after it ("(déliberation n° 2019-021) ."). */
const BRACKET_CLOSED = String.raw`${BRACKET}[ \t]*\.?`;
const BRACKETED_NUMBER = new RegExp(String.raw`\s*${BRACKET_CLOSED}\s*$`);
/**
 * "Compte de gestion 2023 (DCS_2024_05)": a number alone in brackets closing a point's title, of a
 * deliberation number's shape and with two runs of figures (not "(COVID-19)", "(CA 2023)").
 */
const BARE_BRACKETED_NUMBER = new RegExp(String.raw`\s*\((${LABELLED_NUMBER})\)\s*$`);
function bareBracketedNumber(title: string): RegExpExecArray | null {
  const m = title.endsWith(')') ? BARE_BRACKETED_NUMBER.exec(title) : null;
  return m && /\d[-_/.][A-Z]{0,4}\d/.test(m[1]!) && isDeliberationNumber(m[1]!) ? m : null;
}
/** Whether the line above the one at `start` is in capitals and ends on a word after which the phrase goes on ("DU", "DE LA"). */
function continuesCapitalsAbove(text: string, start: number): boolean {
  const above = lineAt(text, start - 1).line.trimEnd();
  return above.length > 0 && isCapitalsLine(above) && endsHanging(above);
}

/** BRACKET opening where it stands and closing its line (a line break maybe inside it). */
const BRACKET_AT = new RegExp(String.raw`^${BRACKET_CLOSED}[ \t]*(?=\n|$)`);
/** BRACKET closing a line. */
const BRACKET_CLOSING = new RegExp(String.raw`${BRACKET_CLOSED}[ \t]*$`);

/**
 * The number in a bracket the title's wrapping left out of its line `end` closes: opened on that
 * line and cut by its break ("… CLASSE (délibération" / "n° 2010-35)"), or closing the next
 * line ("VOIRIE AUX COMMUNES (délibération n° 2010-33)"); where the bracket opens and closes.
 */
function bracketAfter(text: string, end: number): { number: string; at: number; end: number } | null {
  const open = text.lastIndexOf('(', end);
  if (open >= 0 && end - open <= 40 && !text.slice(open, end).includes(')')) {
    const m = BRACKET_AT.exec(text.slice(open, open + 160));
    return m ? { number: m[1]!, at: open, end: open + m[0].trimEnd().length } : null;
  }
  const next = lineAt(text, end + 1);
  const m = text[end] === '\n' && next.line.length <= 120 ? BRACKET_CLOSING.exec(next.line) : null;
  return m ? { number: m[1]!, at: next.start + m.index, end: next.start + m.index + m[0].trimEnd().length } : null;
}

/** A deliberation's number alone on its line ("DEL-2024-021", "Délibération n° 2024-021"). */
// Labelled, it may close on a register's letters ("Délibération n° 95/87 AC").
// "Rapport n° 90-B-41 – Rapporteur : M. DUFFAU, …": the rapporteur after a dash on the number's line.
const NUMBER_LINE = new RegExp(String.raw`^[ \t]*(?:${NUMBER_LABEL}\s*(${LABELLED_NUMBER}(?: [A-Z]{1,3})?)|(${LABELLED_NUMBER}))[ \t]*(?:[-–—][ \t]*Rapporteu(?:r|se)s?[ \t]*:[^\n]*)?$`);

/** "II.", "IV -": a point numbered in roman numerals that no initial reads as ("V. DUPONT"). */
const ROMAN_POINT = /^[ \t]*(?:II|III|IV|VI|VII|VIII)[ \t]*[.)\-–:]/gm;

/** "[En marge : X]" alone on its line, as archivists transcribe a register's marginal subject. */
const MARGIN_TITLE = /^[ \t]*\[[ \t]*[Ee]n[ \t]+marge[ \t]*:[ \t]*([^\]\n]{3,200})\][ \t]*$/gm;

/** A deliberation's number alone on its line, unlabelled. */
const BARE_NUMBER_LINE = new RegExp(String.raw`^[ \t]*(${NUMBER})[ \t]*$`, 'gm');
/** Fewer numbers alone than this are references a line break isolated, no list. */
const MIN_NUMBERS_ALONE = 3;

/**
 * A table of deliberations one cell a line ("N° / Objet / Vote / Décision", then "CS-2024-041",
 * "Approbation du procès-verbal …", "Unanimité", "Approuvé"): each number alone on its line
 * heads the subject on the next. Only where three at least do: one alone is a stray reference.
 */
function numbersAlone(text: string): Heading[] {
  const out: Heading[] = [];
  for (const m of execAllAtLineStarts(BARE_NUMBER_LINE, text, CAPITALS_AND_FIGURES)) {
    const number = m[1]!;
    const titleStart = m.index! + m[0].length + 1;
    if (!isDeliberationNumber(number) || !/^\p{Lu}/u.test(text.slice(titleStart, titleStart + 1))) continue;
    const lineEnd = lineAt(text, titleStart).end;
    const end = Math.max(lineEnd, wrappedTitleEnd(text, lineEnd));
    const title = cleanTitle(text.slice(titleStart, end));
    if (title.length >= 3 && !ANOTHER_NUMBER.test(title)) out.push({ scheme: 'numbered', start: m.index! + (m[0].length - m[0].trimStart().length), end, number: number.trim(), title });
  }
  return out.length >= MIN_NUMBERS_ALONE ? out : [];
}

/** "N° 2" alone on its line, as a register numbers its points in the margin. */
const POINT_NUMBER_LINE = /^[ \t]*N°[ \t]?(\d{1,3})[ \t]*$/gm;
/** A line of a title the margin's width cut short: a few words, no sentence's end. */
const MARGIN_TITLE_LINE = /^[ \t]*(?=[^\n]*[\p{L}\d])[^\n]{2,30}?(?<![.,;:])[ \t]*$/u;
/** A margin's title, a word or two a line, may take six lines ("Electrification" / "rurale" / "Programme 1978" / "Tranche" / "départementale"). */
const MAX_MARGIN_TITLE_LINES = 6;
/** The body beside the margin: a full line of text. */
const BODY_LINE_LENGTH = 40;

/**
 * A register's point numbered in its margin, the title stacked under the number, a word or two
 * a line, then the body at full width ("N° 2" / "Compte" / "administratif" / "1977" / "Le Conseil
 * Municipal, réuni …"): one heading, the title's lines joined.
 */
function stackedMarginTitles(text: string, from: number): Heading[] {
  const out: Heading[] = [];
  for (const m of execAllAtLineStarts(POINT_NUMBER_LINE, text, 'N')) {
    if (m.index! < from) continue;
    const lines: string[] = [];
    let end = m.index! + m[0].length;
    let next = lineAt(text, end + 1);
    while (lines.length < MAX_MARGIN_TITLE_LINES && end + 1 < text.length && MARGIN_TITLE_LINE.test(next.line)) {
      lines.push(next.line.trim());
      end = next.end;
      next = lineAt(text, end + 1);
    }
    if (!lines.length || next.line.trim().length < BODY_LINE_LENGTH) continue;
    out.push({ scheme: 'ordinal', start: m.index! + (m[0].length - m[0].trimStart().length), end, number: m[1]!, title: cleanTitle(lines.join(' ')) });
  }
  return out;
}

/** The deliberation number printed alone on the line under a point's heading that ends at `end`, or null. */
function numberUnder(text: string, end: number): string | null {
  if (text[end] !== '\n') return null;
  const next = text.indexOf('\n', end + 1);
  const line = text.slice(end + 1, next < 0 ? Math.min(text.length, end + 80) : next);
  // "n° B 2000/41   Le Bureau approuve …": the number in the margin, the body run into its line.
  const opening = LABELLED_NUMBER_OPENING.exec(line);
  if (opening) return opening[1]!;
  const m = NUMBER_LINE.exec(line);
  const number = m?.[1] ?? m?.[2];
  // After its label ("N° 75-141", a two-figure year's), any number but a date is one.
  const labelled = m?.[1] !== undefined && !DATE_LIKE.test(number!) && /\d{2}/.test(number!);
  return number && (labelled || isDeliberationNumber(number)) ? number : null;
}

/** The words after the number opening the line under a title, a short line's: the title's end ("n° 2008/22 Funtanella et du réservoir de Pighjolu"). */
const TITLE_AFTER_NUMBER = /^[ \t]*[Nn]°[ \t]*(?:[A-Z]{1,3}[ \t])?(?:19|20)\d\d[/-]\d{1,4}[ \t]+(\S[^\n]{2,80})$/u;

/**
 * A deliberation's number after its "n°" opening the line under a title, whatever follows it on the line ("n° B 2000/41   Le Bureau …"),
 * the act's code before it maybe ("Affaire n° 3   COMPTE ADMINISTRATIF 2005" / "DCM n° 2006/031   Rapporteur : …").
 */
const LABELLED_NUMBER_OPENING = new RegExp(String.raw`^[ \t]*(?:${ACT_LABEL}[ \t]+)?[Nn]°[ \t]*((?:[A-Z]{1,3}[ \t])?(?:19|20)\d\d[/-]\d{1,4})(?=[ \t]|$)`);

/** A title that is only another labelled number ("Rapport n° 8" after "Délibération n° CP 12/12/08"). */
const ANOTHER_NUMBER = new RegExp(String.raw`^(?:${LABEL_WORD}|Dossier|DOSSIER)\s+[Nn][°o]`);
/**
 * "Délibération n° 7" alone on its line: a board's deliberations numbered in the year; "Affaire n° 17",
 * a prefecture's bureau's affairs numbered so under its name. The one header number that may have a single figure.
 */
const SHORT_NUMBER = new RegExp(String.raw`^[ \t]*(?:${DELIBERATION_WORD}|Affaire|AFFAIRE)[ \t]+[Nn][°o]\.?[ \t]?(\d{1,3})[ \t]*$`, 'gm');
/**
 * The number an extract prints in its header block, away from its subject: "Délibération
 * n° 2024-014" or "N° 2024-09-142" alone on a line (or before another label: "Délibération n° CP
 * 12/12/08   Rapport n° 8"), or closing a line of the header ("… Syndicat des Eaux   N° 2024-041").
 * Alone on its line or closing it: "délibération n° 2021-032 du 14 septembre 2021" in a sentence
 * cites another act. Labelled so, any shape but a date is a number.
 */
/** The next cell's label on a form's line after the number's: "N° de délibération CP-2026-047 Nomenclature ACTES 8.3". */
const NEXT_FORM_CELL = String.raw`(?:Nomenclature|Mati[èe]re|Objet|Rapporteur|Direction|Service|Date)(?![\p{L}])`;
const HEADER_NUMBERS: readonly RegExp[] = [
  // The label alone on its line, its value on the next, as software prints a form a cell a line;
  // an OCR's speck may close the line ("Délibération n° 2016/089'", "N° 90-41 .").
  // Its colon may close the label ("N° d'ordre :" / "1995/014", "Délibération n° :" / "2007-07").
  new RegExp(String.raw`^[ \t]*${NUMBER_LABEL}(?:[ \t]*:)?(?:[ \t]?|[ \t]*\n[ \t]*)(${HEADER_LABELLED_NUMBER})(?=(?:['’\`]|[ \t]+\.)?[ \t]*$|[ \t]+${NUMBER_LABEL}|[ \t]+${NEXT_FORM_CELL})`, 'gm'),
  new RegExp(String.raw`\S[ \t]+N°[ \t]?(${NUMBER})[ \t]*$`, 'gm'),
  // "En exercice 29 12/10/2017 N° 2017-DCM-0094": a year, the act's letters, its rank, closing a line of the header's grid.
  new RegExp(String.raw`\S[ \t]+N°[ \t]?((?:19|20)\d\d[-_/][A-Z]{1,5}[-_/]\d{1,5})[ \t]*$`, 'gm'),
  // "Séance du 29 mars 2022      Délibération n° 2022/014": the label closing a line of the header; maybe an
  // aside in brackets after it, an archive's ("Archives municipales de X – Délibération n° 75-142 (transcription)").
  new RegExp(String.raw`\S[ \t]+${LABEL_WORD}[ \t]+[Nn][°o]\.?[ \t]?(${LABELLED_NUMBER})(?:[ \t]+\(\p{Ll}{3,20}\))?[ \t]*$`, 'gmu'),
  SHORT_NUMBER,
  // "N° 84/ 12        Séance du 9 mars 1984": the number opening the line the sitting's date closes (a typewriter's space after its slash);
  // "N° 2016-0487/CD L'an deux mille seize, …": the opening paragraph beside it, a margin's cell;
  // "N° 93-031   Nombre de Conseillers :", the box of counts beside it.
  new RegExp(String.raw`^[ \t]*N°[ \t]?(\d{1,4}[/.-][ \t]?\d{1,4}|${LABELLED_NUMBER})(?=[ \t]+(?:S[ée]ance|S[ÉE]ANCE|L['’]an|Nombre)(?![\p{L}]))`, 'gmu'),
  // "N° 85-047 lieu habituel de ses séances, sous la …": the margin's number opening a line of the
  // opening paragraph beside it (not "N° 2021-032 du 14 septembre", an act the text cites).
  /^[ \t]*N°[ \t]?(\d{2,4}[-/.]\d{1,4})[ \t]+(?=\p{Ll})(?!(?:du|de|des|en|portant|relati(?:f|ve)s?)(?![\p{L}]))/gmu,
  // "Délibération CE-2025-03" alone on its line, without "n°": a number of a deliberation's shape.
  new RegExp(String.raw`^[ \t]*${DELIBERATION_WORD}[ \t]+(${NUMBER})[ \t]*$`, 'gm'),
  // "N° délibération   Séance   Date séance" over "99.06.0412   ASSEMBLEE PLENIERE   25/06/1999": a
  // form's row of labels opening on the number's, the row of values under it opening on the number.
  /^[ \t]*N°[ \t]+(?:de[ \t]+(?:la[ \t]+)?)?(?:d[ée]lib[ée]ration|d['’][ \t]?acte|acte)[ \t]+\p{Lu}[^\n]*\n[ \t]*([A-Z0-9]+(?:[-_./][A-Z0-9]+)+)(?=[ \t]|$)/gmu,
];


/** "N° 3/1980" alone, a paragraph of its own: blank lines around it. */
const NUMBER_PARAGRAPH = /^[ \t]*\n(?:[ \t]*\n)*[ \t]*N°[ \t]?([\p{L}\d][\p{L}\d/._-]*\d)[ \t]*\n[ \t]*\n/u;

/** The number standing alone as the paragraph after `at` (a paragraph's end), or null. */
export function numberParagraphAt(text: string, at: number): string | null {
  const m = NUMBER_PARAGRAPH.exec(text.slice(at, at + 80));
  return m && !DATE_LIKE.test(m[1]!) ? m[1]! : null;
}

/** A header number labelled as a report's ("Rapport n° 2.07"), not as the deliberation's. */
const REPORT_LABELLED = /^[^\n]*(?:Rapport|RAPPORT)[ \t]+[Nn][°o]/u;

/** The first header number (HEADER_NUMBERS) in text[0, end), or null. */
export function headerNumber(text: string, end: number): string | null {
  const head = text.slice(0, end);
  if (!/[Nn][°o]|D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION/.test(head)) return null;
  let best: { at: number; number: string; report: boolean } | null = null;
  for (const re of HEADER_NUMBERS) {
    for (const m of execAll(re, head)) {
      const figures = re === SHORT_NUMBER || /\d.*\d/.test(m[1]!);
      // "Rapport n° 2.07" over "Délibération n° CP-2012-04-037": the report's rank gives way to the deliberation's own number.
      const report = REPORT_LABELLED.test(m[0]);
      const better = !best || (best.report && !report) || (best.report === report && m.index! < best.at);
      if (!DATE_LIKE.test(m[1]!) && figures && better) best = { at: m.index!, number: m[1]!.replace(/([/.-])[ \t]+/u, '$1'), report };
    }
  }
  return best?.number ?? formNumber(head);
}

/** A form's label: a short line without figures ("Date de séance", "Organe", "N° rapport"). */
const FORM_LABEL_LINE = /^[ \t]*[^\d\n]{3,30}$/u;
/** A number as a form's cell gives it, its letters maybe parted by a space ("CP 86-11-042", "1987-019"). */
const FORM_NUMBER_VALUE = /^(?:[A-Z]{1,5}[ _-]?)?\d{1,4}(?:[-_/.]\d{1,4}){1,3}$/u;
/** How far under a form's "N° d'acte" its value may stand, the other labels between. */
const FORM_VALUE_REACH = 8;

/** "N° d'acte" / "Date de séance" / "Nature de l'acte" / "Organe" over "1987-019" / …: a form's labels a line each, then their values. */
function formNumber(head: string): string | null {
  const lines = head.split('\n');
  const label = lines.findIndex((l) => NUMBER_COLUMN_LABEL.test(l));
  if (label < 0) return null;
  // The labels' run around it (short lines without figures), then as many values, the number's at its label's rank.
  let first = label;
  while (first > 0 && FORM_LABEL_LINE.test(lines[first - 1]!)) first--;
  let end = label + 1;
  while (end < lines.length && FORM_LABEL_LINE.test(lines[end]!)) end++;
  const atRank = lines[end + label - first]?.trim() ?? '';
  return FORM_NUMBER_VALUE.test(atRank) && !DATE_LIKE.test(atRank) ? atRank : numberUnderLabel(lines, label, FORM_VALUE_REACH);
}

/** "Objet : …" in an extract's header, or "Objet" alone on its line over its value, as software prints a form a cell a line. */
// A form's label then its value in capitals on the same line ("Objet POLITIQUE ÉDUCATIVE - …").
const HEADER_OBJET = /^[ \t]*(?:Objet|OBJET)(?:[ \t]*(?::[ \t]*\n?[ \t]*|\n[ \t]*)(?=\p{L}|\d)|[ \t]+(?=\p{Lu}{2}))([^\n]+)/mu;

/**
 * The subject an extract prints in its header block, text[0, end), wrapped lines joined: the
 * deliberation's title where no heading stands in its body. Null when the header has none.
 */
export function headerSubject(text: string, end: number): { start: number; end: number; title: string } | null {
  const m = HEADER_OBJET.exec(text.slice(0, end));
  if (!m) return null;
  // "Objet :" over "Rapporteur :", the form's labels one a line, their values after them: the subject is the value paired with it.
  // So under "Délibération n°" / "Nomenclature ACTES" / "Objet", the labels above it.
  const labelAbove = m.index > 0 && SUBJECT_FORM_LABEL.test(lineAt(text, m.index - 1).line.trim());
  if (SUBJECT_FORM_LABEL.test(m[1]!.trim()) || labelAbove) {
    const paired = labelColumnSubjects(text, 0).find((h) => h.start < end);
    return paired ? { start: paired.start, end: paired.end, title: paired.title } : null;
  }
  const start = m.index + m[0].length - m[1]!.length;
  const lineEnd = start + m[1]!.length;
  const stop = Math.max(wrappedTitleEnd(text, lineEnd), capitalsTitleEnd(text, m[1]!, lineEnd, labelWidth(text, start)));
  const title = text.slice(start, stop).replace(/\s+/g, ' ').replace(/[\s.:;,]+$/u, '');
  return title.length >= 8 ? { start, end: stop, title: title.slice(0, 300) } : null;
}

/** A second number in the title ("… N° 12"), but not a décision modificative's, an avenant's or a lot's. */
const SECOND_NUMBER_STOP = String.raw`(?<!MODIFICATIVE|[Mm]odificative|AVENANT|[Aa]venant|LOT|[Ll]ot)\sN°\s?\d`;
/**
 * A colon ends the title where what follows is no subtitle: a capital, the line's end, a
 * sentence ("… 2012/2013 : le repas est fixé à 2,85 €"), or any text after a title of words in capitals
 * ("INDEMNITES DE FONCTION : le comité fixe …"; not an acronym alone, "CCAS : élection …"). A subtitle in small letters after a title
 * written in small letters goes on ("Port de plaisance : tarifs des redevances d'amarrage, saison 1998").
 * Its verbs are fewer than FINITE_VERB's: "demande", "passe" open a subtitle as nouns ("… : demande de subvention").
 */
const COLON_STOP = String.raw`\s:(?:[ \t]+(?![\p{Ll}])|\s*$|(?=[ \t]+[^\n]*?\s(?:est|sont|sera|seront|a|ont|indique|informe|expose|rappelle|propose|pr[ée]cise)\s)|(?<=^\p{Lu}[^\p{Ll}\s]*(?:\s+[^\p{Ll}\s]+)+[ \t]:))`;
/** COLON_STOP alone: where a title wrapped onto its next line ends at its colon. */
const COLON_STOP_ALONE = new RegExp(COLON_STOP, 'u');
/** Where a heading's title stops on a long line: an outcome in capitals, a list heading, the next number, a sub-point's letter ("Informations diverses a) Situation …"). */
// The outcome in small letters too, where the vote follows it on the line ("… 2025 Adoptée a l'unanimité", "… Adoptée - 25 pour, 6 contre").
const TITLE_STOP = new RegExp(String.raw`\s(?:APPROUV[ÉE]E?S?|ADOPT[ÉE]E?S?|REJET[ÉE]E?S?)(?!\p{L})|\s(?:Approuv|Adopt|Rejet)[ée]e?s?(?=\s+(?:[àa]\s+l['’]\s?unanimit|[-–]\s+\d|par\s+\d))|\s(?:Pr[ée]sents?|PR[ÉE]SENTS?)\s*(?:\(\d+\)\s*)?:|${SECOND_NUMBER_STOP}|\s\|\s|\s[,.](?:\s|$)|${COLON_STOP}|\s[a-h]\)\s`, 'u');
/** TITLE_STOP for the subject after "Objet :", whose own colon and numbers go on ("Extension du cimetière : acquisition …", "avenant n° 1"). */
const OBJET_TITLE_STOP = new RegExp(TITLE_STOP.source.replace(`|${COLON_STOP}`, '').replace(`|${SECOND_NUMBER_STOP}`, ''), 'u');

/**
 * Where a title that ends a line at `lineEnd` really ends: on a following line when the layout
 * wrapped it ("… de crédits de chapitre à" / "chapitre"), within two lines that stay short.
 */
function wrappedTitleEnd(text: string, lineEnd: number): number {
  const end = continuedLineEnd(text, lineEnd, Math.min(text.length, lineEnd + 1 + MAX_TITLE_LINE), 2);
  if (end <= lineEnd || TITLE_STOP.test(text.slice(lineEnd, end)) || VOTE_IN_TITLE.test(text.slice(lineEnd, end))) return lineEnd;
  // Not onto the vote opening the next line ("… 1 284,36 € :" / "adoptée à l'unanimité.").
  if (VOTE_OPENING_LINE.test(text.slice(lineEnd + 1, end))) return lineEnd;
  // Not onto the deliberation's number in the margin under it ("78-B-63" alone, "n° B 2000/41   Le
  // Bureau …"): numberUnder reads it.
  const next = lineAt(text, lineEnd + 1).line;
  return MARGIN_NUMBER_LINE.test(next) || LABELLED_NUMBER_OPENING.test(next) ? lineEnd : end;
}
/** A deliberation's code alone on its line, its parts joined by separators ("78-B-63", "2024/014"): a margin's number, no words of a title. */
const MARGIN_NUMBER_LINE = /^[ \t]*(?=[^\n]*\d{2})[A-Z0-9]{1,6}(?:[-/._][A-Z0-9]{1,6}){1,3}[ \t]*$/;
/**
 * A title in capitals may wrap onto a shorter line in capitals ("… AU SYNDICAT MIXTE DU BASSIN" /
 * "VERSANT DE LA LÈRE"), which no word of French says goes on: the end of that line, else `lineEnd`.
 * Not onto a label ("RAPPORTEUR : M. X") or a numbered line.
 */
function capitalsTitleEnd(text: string, line: string, lineEnd: number, labelled = 0): number {
  if (lineEnd >= text.length || !isCapitalsLine(line) || line.trim().length <= 30) return lineEnd;
  // A long title wraps over full lines before its shorter last ("… AU LIEU-DIT" / "BELLE-SOURCE -
  // APPROBATION DU PROJET ET DU PLAN DE FINANCEMENT -" / "EMPRUNT AUPRES DE LA CAISSE …"): a
  // line in capitals no longer than the first goes on with it, a short one closes it. The first
  // line's width counts its label (`labelled` characters: "OBJET : "), which the lines under it fill.
  const width = line.trim().length + labelled;
  let end = lineEnd;
  for (let k = 0; k < MAX_WRAPPED_CAPITALS && end < text.length; k++) {
    const next = lineAt(text, end + 1);
    const length = next.line.trim().length;
    // "… FONDS DE SOUTIEN A L'INVESTISSEMENT PUBLIC" / "LOCAL 2016": a full line's last word wrapped alone, maybe with a year.
    if (width >= WRAPPED_TITLE_LINE && lastWordWrapped(next.line)) return next.end;
    if (!isCapitalsLine(next.line) || NOT_A_HEADING.test(next.line) || /^\s*(?:\d|[-•–])|:/u.test(next.line) || SITTING_DATE_LINE.test(next.line)) break;
    if (length < 60) return next.end;
    if (length > width + 10) break;
    end = next.end;
  }
  return end;
}
/** "SÉANCE DU 26 SEPTEMBRE 2024" under an act's subject: the sitting's date, no words of the subject. */
// Asked of a line in capitals only: case-insensitive, the weekdays' names shared with the date readers'.
const SITTING_DATE_LINE = new RegExp(String.raw`^[ \t]*(?:s[ée]ance|r[ée]union)[ \t]+du[ \t]+(?:\d|premier|1er|${WEEKDAY_NAME})`, 'iu');
/** How wide the label before a title on its line is ("OBJET : "), its space after it counted; 0 where the title opens its line. */
function labelWidth(text: string, titleStart: number): number {
  const before = text.slice(lineAt(text, titleStart).start, titleStart).trim();
  return before ? before.length + 1 : 0;
}

/** How many lines a title in capitals may wrap onto. */
const MAX_WRAPPED_CAPITALS = 3;
/** One word in capitals alone on its line, a year maybe after it: "LOCAL 2016", "TRANSPORTEURS". */
const LAST_WORD_WRAPPED = /^[ \t]*\p{Lu}[\p{Lu}'’-]{2,}(?:[ \t]+(?:19|20)\d\d)?[ \t]*$/u;
/** Whether `next`, under a full line in capitals, is that line's last word wrapped alone (LAST_WORD_WRAPPED), no label. */
function lastWordWrapped(next: string): boolean {
  return LAST_WORD_WRAPPED.test(next) && !NOT_A_HEADING.test(next) && !LABEL_WORD_ALONE.test(next);
}
/** A part's label alone on its line, under a title, that NOT_A_HEADING lets pass (it turns down "DÉCISION", "EXPOSÉ", "ANNEXE" alone): no word of the title. */
const LABEL_WORD_ALONE = /^[ \t]*(?:D[ÉE]LIB[ÉE]RATION|RAPPORT|OBJET|VOTE|RAPPORTEURE?|PR[ÉE]AMBULE)[ \t]*$/u;

/**
 * The verbs that open a decision's numbered articles in the third person ("Approuve …"), and
 * never an agenda's subject: "Vote du budget", "Demande de subvention" are titles.
 */
const ARTICLE_VERBS = new Set([
  'approuve', 'autorise', 'prend acte', 'décide', 'charge', 'dit', 'désigne', 'sollicite', 'abroge', 'précise', 'mandate', 'délègue', 'attribue', 'adopte',
  // "4° Arrête les résultats définitifs", "2° Constate …", "1° DONNE ACTE de la présentation …": a compte administratif's articles.
  'donne acte', 'arrête', 'constate', 'reconnaît', 'fixe', 'accorde', 'accepte', 'valide', 'confie', 'retient',
]);

function isArticleVerb(title: string): boolean {
  const verb = actionAt(title);
  // "DEMANDE l'adhésion …", "S'ENGAGE à voter …": a verb in capitals, its object in lower case, is
  // an article's typography ("DEMANDE DE SUBVENTION" in capitals throughout is a subject).
  if (verb && CAPITAL_VERB_THEN_LOWER.test(title.slice(0, verb.length + 4)) && fold(title.slice(0, verb.length)) === fold(verb.action)) return true;
  if (verb) return ARTICLE_VERBS.has(verb.action) && fold(title.slice(0, verb.length)) === fold(verb.action);
  // "1° Lui donne acte de la présentation …", "En prend acte": a verb after its pronoun opens an article, never a subject.
  const clitic = CLITIC.exec(title);
  return !!clitic && actionAt(title.slice(clitic[0].length)) !== null;
}

/** A word in capitals (apostrophe allowed), then a word opening in lower case. */
const CAPITAL_VERB_THEN_LOWER = /^[\p{Lu}'’]{3,}(?:\s+[\p{Lu}'’]{2,})?\s+(?:[\p{Ll}]|l['’]|d['’])/u;
/** The pronouns an article's verb may follow. */
const CLITIC = /^(?:Lui|Leur|En|Y)\s+/u;

/** A line longer than this is prose, not the rest of a title. */
const MAX_TITLE_LINE = 120;

/** How a vote opens: an outcome's participle, "votée à l'unanimité" / "par 20 voix", "à l'unanimité". Case-insensitive. */
const VOTE_OPENING = String.raw`(?:adopt|approuv|rejet|accept)[ée]e?s?(?![\p{L}])|vot[ée]e?s?[ \t]+(?:[àa][ \t]+l['’]unanimit|[àa][ \t]+la[ \t]+majorit|par[ \t]+\d)|[àa][ \t]+l['’]unanimit`;

/**
 * The vote given on the heading's own line, as summaries and lists write it ("1. Tarifs – adopté
 * à l'unanimité", "2. Toiture (12 pour, 1 contre)", "N° 2024-02 Budget primitif Adoptée"), or
 * what was decided after a colon in a participle ("2. Cantines – Prix du repas : fixé à 4,50 F", "… : garantie accordée à hauteur de 50 %"):
 * the title stops before it, so that the vote is read as the item's.
 */
const VOTE_IN_TITLE = new RegExp(
  String.raw`[ \t]*(?:[-–:,][ \t]*|\([ \t]*)(?=${VOTE_OPENING}|unanimit|\d+[ \t]+(?:pour|voix|contre)(?![\p{L}]))|[ \t]+(?=(?:adopt|approuv|rejet)[ée]e?s?[ \t]*[.;]?[ \t]*$)|[ \t]*:[ \t]+(?=(?:\p{Ll}{3,}[ \t]+)?(?:fix|accord|attribu|autoris|renouvel)[ée]e?s?[ \t]+(?:[àa]|au|aux|par|pour)(?![\p{L}]))`,
  'iu',
);

/**
 * "3°) Vote des taux : le Conseil décide de …", "4°) Réfection du chemin - Montant : 640 000 F. Le
 * Conseil sollicite …": the point's text run into its title's line, after a colon or a sentence;
 * not a colon in brackets ("(rapporteur : M. Jean MARTIN)"). Or, after the colon, the rest of the
 * line states the point's outcome: "2 – Budget primitif 1992 : le budget, qui s'équilibre à …, est
 * adopté par 19 voix pour", "5 – Indemnité de conseil : taux de 100 % accordé …. Adopté à l'unanimité.".
 * Or after a title in capitals and its full stop, the body's act in the perfect, the body left
 * unsaid under one "Le Conseil Municipal :" ("3° – SALLE DE SPORTS DU QUARTIER DE LA FOSSE 7. A approuvé …").
 * Or a typescript's title in capitals run into its text after a full stop and a dash ("2°) COMPTE
 * ADMINISTRATIF 1984. - Sous la présidence de M. CHAZEAU, …"), five words at least after the dash: a
 * subtitle so set is the title's ("CAISSE DES ÉCOLES. - Subvention supplémentaire.").
 */
const BODY_IN_TITLE = new RegExp(
  String.raw`(?<!\([^)\n]*)[ \t]+:[ \t]+(?=[^\n]*?(?:[ \t](?:est|sont)[ \t]+|[.;][ \t]+)(?:[Aa]dopt|[Aa]pprouv|[Rr]ejet)[ée]e?s?[ \t]+(?:[àa][ \t]+l['’]unanimit|[àa][ \t]+la[ \t]+majorit|par[ \t]+\d)|(?:[Ll]e|[Ll]a)[ \t\n]+(?:[Cc]onseil|[Mm]aire|[Pp]r[ée]sidente?|[Cc]ommission|[Bb]ureau|[Cc]omit[ée])(?![\p{L}])|(?:M\.|Mme|Monsieur|Madame)[ \t]|[Aa]pr[èe]s[ \t]|[Ss]ur[ \t]+(?:proposition|le[ \t]+rapport)|[Ss]ous[ \t]+la[ \t]+pr[ée]sidence[ \t]|[Ii]l[ \t]+est[ \t])|(?<=[\p{Ll}\d]{2}|[\p{Ll}\d][ \t]F)\.[ \t]+(?=(?:Le|La)[ \t]+(?:Conseil|Maire|Pr[ée]sidente?|Commission|Bureau|Comit[ée])(?![\p{L}])|(?:M\.|Mme|Monsieur|Madame)[ \t])|(?<=\p{Lu}{2}|\p{Lu}[ \t]\d{1,4})\.[ \t]+(?=${PERFECT_ACT})|(?<=\p{Lu}{2}|\p{Lu}[ \t]\d{1,4})\.(?=[ \t]+[-–][ \t]+(?:\p{Lu}\p{Ll}*(?:\s+[^\s.]+){4}|(?:M\.|MM\.)[ \t]+\p{Ll}))`,
  'u',
);

/** A line opening on the vote on what the line above it names ("adoptée à l'unanimité.", "votée par 20 voix pour"). */
const VOTE_OPENING_LINE = new RegExp(String.raw`^[ \t]*(?:${VOTE_OPENING})`, 'iu');

/** How far past a title's end the words after its colon are read, its line broken after "le". */
const BODY_LOOKAHEAD = 30;

/** Where a title on text[from, end) stops before its point's text run into its line, else `end`. */
function bodyInTitleAt(text: string, from: number, end: number): number {
  // What follows the colon read past the title's end: "(tranche 1984) : le" / "Comité approuve …".
  const m = BODY_IN_TITLE.exec(text.slice(from, Math.min(text.length, end + BODY_LOOKAHEAD)));
  // A full stop stays with the title it ends; a colon goes with the text after it.
  return m && m.index > 0 && from + m.index < end ? from + m.index + (m[0].startsWith('.') ? 1 : 0) : end;
}

/**
 * "9 - Dénomination des voies … : les noms « … » sont retenus à l'unanimité.": a summary's point, the sentence after
 * the colon its decision, the vote in it to its full stop: the title stops at the colon. Else `end`.
 */
function beforeVotedSentence(text: string, from: number, end: number): number {
  const colon = text.indexOf(' : ', from);
  if (colon < 0 || colon >= end) return end;
  const sentence = SENTENCE_AFTER_COLON.exec(text.slice(colon, colon + SENTENCE_REACH))![0];
  return VOTE_IN_SENTENCE.test(sentence) ? colon : end;
}
/** A sentence to its full stop, or a paragraph to its blank line. */
const SENTENCE_AFTER_COLON = /^[^]*?(?:\.(?=\s)|\n[ \t]*\n|$)/;
const SENTENCE_REACH = 400;
/** The sentence's verb in the passive, then its vote ("sont retenus à l'unanimité", "est fixé par 20 voix pour"). */
const VOTE_IN_SENTENCE = /\s(?:est|sont)\s+\p{Ll}{2,}(?:[éeiu]e?s?|ise?s?)\s+(?:[àa]\s+l['’]\s?unanimit|par\s+\d{1,3}\s+voix|[àa]\s+la\s+majorit)/u;

/** Where a title on text[from, end) stops before a vote written on its line, else `end`. */
function beforeVote(text: string, from: number, end: number): number {
  const m = VOTE_IN_TITLE.exec(text.slice(from, end));
  return m && m.index > 0 ? from + m.index : end;
}

/**
 * A point's title that opens on its deliberation's number ("2. N° 2023-41 FINANCES – …",
 * "Point 5 – DCM n° 2024-12-02" over the subject's line): the number is the deliberation's,
 * the subject what follows it, or the line under it.
 */
// "N° 2022-05 | 3/ COMPTE ADMINISTRATIF 2021": a register's ruled margin, the point's rank after its bar.
// OCR may part the label's letters at its accents ("D él ibération n° 81-64 - D écision …").
const ACT_NUMBER_LEAD = /^(?:(?:DCM|DEL|D[ \t]?[ée][ \t]?l[ \t]?ib[ \t]?[ée][ \t]?ration|D[ÉE]LIB[ÉE]RATION)\s+)?[Nn][°o]\s*((?:[A-Z]{1,5}[-_ ]?)?\d{2,4}(?:[-_/.]\d{1,4}){1,3})(?![\d\p{L}])[ \t]*(?:[-–—:][ \t]*|\|[ \t]*(?:\d{1,2}[/.)][ \t]+)?)?/u;

/**
 * A heading in capitals opening on its act's code, no "N°" before it ("11-11-01 GARANTIE
 * D'EMPRUNT …", "2024-118 TARIFS …"): the code is the number. Not a date ("21-11-2011 SÉANCE"), nor a period.
 */
// Its title may open on initials with their full stops ("97/77 S.I.V.O.M. DU PLATEAU …").
const CODE_LEAD = /^((?:[A-Z]{1,4}[-_]?)?\d{2,4}(?:[-_/.]\d{1,4}){1,3})[ \t]+(?:[-–—:][ \t]*)?(?=\p{Lu}{2}|\p{Lu}\.\p{Lu}\.)/u;
const DASHED_DATE = /^\d{1,2}-\d{1,2}-\d{4}$/;
/** Two years are a period ("2024-2025 - PROGRAMME"), no act's code. */
const TWO_YEARS = /^(?:19|20)\d\d[-/](?:19|20)\d\d$/;

/**
 * The act's number on a line of its own, its label before it: "Décision n° CA-2023-31", "n° 12/97",
 * "N° délibération : 2010-010", "Délibération n° : 2000-08". Under a title, over it, or inside a
 * heading read whole, it is the heading's.
 */
const ACT_NUMBER_LINE = /^[ \t]*(?:(?:(?:D[ée]cision|D[ée]lib[ée]ration|D[ée]lib\.|Arr[êe]t[ée])[ \t]+)?n°|n°[ \t]*(?:de[ \t]+(?:la[ \t]+)?)?d[ée]lib[ée]ration)[ \t]*:?[ \t]*((?=[\w./-]*\d)[A-Z\d][\w./-]*)[ \t]*$/iu;
const ACT_NUMBER_LINE_INSIDE = new RegExp(ACT_NUMBER_LINE.source, 'imu');
/** An act's number alone on its line under a title, a margin's cell unwoven from beside it ("23-06-01"); not a date ("29/03/2016", a margin's too). */
const BARE_ACT_NUMBER_LINE = /^[ \t]*(?!(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2])[/.](?:\d{2}|[12]\d{3})[ \t]*$)\d{2,4}[-/.]\d{1,4}(?:[-/.]\d{1,4})?[ \t]*$/u;
/** How many lines over a heading its act's number may stand ("Point n° 1" / "N° délibération : 2010-010" / "Objet : …"). */
const ACT_NUMBER_ABOVE_LINES = 2;
/** The act's own word before its "n°", which labels the number as a colon would. */
const ACT_WORD = /^[ \t]*(?:D[ée]cision|D[ÉE]CISION|D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION|Arr[êe]t[ée]|ARR[ÊE]T[ÉE])[ \t]/u;

/**
 * The act's number a form prints on a line over the heading's, its label and a colon ("N° délibération :
 * 2010-010"), where the heading has none or only a point's rank; not a bare "n° 12" (a page's, a leaf's).
 */
function actNumberAbove(text: string, h: Heading): string | null {
  if (h.number && !/^\d{1,2}$/.test(h.number)) return null;
  // Labelled by a colon, or by the act's own word ("DÉLIBÉRATION N° 20071451").
  const labelled = (m: RegExpExecArray | null) => (m && (m[0].includes(':') || ACT_WORD.test(m[0])) ? m[1]! : null);
  // Inside the heading ("Point n° 1" / "N° délibération : 2010-010" / "Objet : …" read as one), or over it.
  const inside = labelled(ACT_NUMBER_LINE_INSIDE.exec(text.slice(h.start, h.end)));
  if (inside) return inside;
  // The labels and the number's cell may open the heading, read with the subject's ("N° délibération" / … / "99.01153" / "BUDGET 1999 - …"): up to the title's line.
  const titleAt = h.title ? text.indexOf(h.title.slice(0, 20), h.start) : -1;
  const upto = titleAt > h.start && titleAt < h.end ? lineAt(text, titleAt).start : h.start;
  const stacked = h.number ? null : STACKED_HEADER_NUMBER.exec(text.slice(Math.max(0, h.start - STACKED_HEADER_REACH), upto));
  if (stacked) return stacked[1]!;
  let at = h.start;
  // Blank lines between are no lines of the header's ("DÉLIBÉRATION N° 20071451" / "" / "SÉANCE PLÉNIÈRE DU 28 JUIN 2007" / "" / "OBJET : …").
  for (let k = 0; k < ACT_NUMBER_ABOVE_LINES && at > 0; ) {
    const line = lineAt(text, at - 1);
    const m = labelled(ACT_NUMBER_LINE.exec(line.line)) ?? POINT_THEN_ACT_NUMBER_LINE.exec(line.line)?.[1] ?? (h.number ? null : POINT_RANK_LINE.exec(line.line)?.[1] ?? null);
    if (m) return m;
    // A sentence closed over the heading is the last act's text: the number above it is that act's.
    if (/\.[ \t]*$/.test(line.line)) break;
    if (line.line.trim()) k++;
    // The text's first line break read as a line of its own gives no start before it.
    if (line.start >= at) break;
    at = line.start;
  }
  return null;
}
/**
 * A table's row a software flattened a cell a line, its labels stacked over it ("Rapport n°" /
 * "Objet" / "Rapporteur" / "Commission" / "88-112" / "DÉCISION MODIFICATIVE …"): the number's cell
 * right over the subject's is the act's.
 */
const STACKED_HEADER_NUMBER = /(?:^|[\n\f])[ \t]*(?:(?:Rapport|D[ée]lib[ée]ration|Acte)[ \t]+)?n°(?:[ \t]+(?:d[e'’][ \t]*)?(?:l['’][ \t]?acte|rapport|d[ée]lib[ée]ration))?[ \t]*\n[ \t]*(?:Objet|OBJET|Intitul[ée])[ \t]*\n(?:[ \t]*[^\d\n]{3,25}\n){0,3}[ \t]*(\d{2,4}[-/.]\d{1,5}(?:[-/.]\d{1,4})?)[ \t]*\n$/iu;
/** How far over a heading the stacked labels and the number's cell may reach. */
const STACKED_HEADER_REACH = 200;
/** "Point n° 6 - 2014/48" over an extract's subject: the point's rank, then the act's own number, the item's. */
const POINT_THEN_ACT_NUMBER_LINE = /^[ \t]*point[ \t]+n°[ \t]*\d{1,3}[ \t]*[-–][ \t]*(\d{2,4}[-/_.]\d{1,4}(?:[-/_.]\d{1,4})?)[ \t]*$/iu;
/** "Point n° 5 de l'ordre du jour" over an extract's subject: the point's rank, its number where the act has none. */
const POINT_RANK_LINE = /^[ \t]*point[ \t]+n°[ \t]*(\d{1,3})[ \t]+(?:de|à)[ \t]+[lI1]['’][ \t]?ordre[ \t]+du[ \t]+jour[ \t]*$/iu;

function withActNumber(text: string, h: Heading): Heading {
  const above = actNumberAbove(text, h);
  // OCR's look-alikes read back ("Délibération n° 99.l2.07/SP").
  if (above) return { ...h, number: fixNumberRuns(above) };
  const code = h.scheme === 'capitals' ? CODE_LEAD.exec(h.title) : null;
  if (code && !DATE_LIKE.test(code[1]!) && !DASHED_DATE.test(code[1]!) && !CODE_ARTICLE.test(code[1]!) && !TWO_YEARS.test(code[1]!)) return { scheme: h.scheme, start: h.start, end: h.end, number: code[1]!, title: h.title.slice(code[0].length).trim() };
  const lead = ACT_NUMBER_LEAD.exec(h.title);
  if (!lead) return h.scheme === 'capitals' ? withNumberUnder(text, h) : h;
  let title = h.title.slice(lead[0].length).trim();
  let end = h.end;
  if (!title) {
    // The subject on the line under the number's.
    const firstEnd = text.indexOf('\n', h.start);
    const next = firstEnd >= 0 && firstEnd < text.length ? lineAt(text, firstEnd + 1) : null;
    if (!next || !next.line.trim() || next.line.length > 300) return h;
    title = cleanTitle(next.line);
    end = Math.max(end, next.end);
  }
  return { scheme: h.scheme, start: h.start, end, number: lead[1]!, title };
}

/**
 * A title in capitals with its act's number on the line under it ("Décision n° CA-2023-31"), or the
 * number alone there, a margin's cell unwoven from beside the title ("23-06-01"): the number is the heading's.
 */
function withNumberUnder(text: string, h: Heading): Heading {
  if (h.end + 1 >= text.length) return h;
  const under = lineAt(text, h.end + 1);
  const m = ACT_NUMBER_LINE.exec(under.line);
  if (m) return { ...h, end: under.end, number: m[1]! };
  return BARE_ACT_NUMBER_LINE.test(under.line) ? { ...h, end: under.end, number: under.line.trim() } : h;
}

/**
 * A row of a list of deliberations, its vote's cell and its outcome's closing the line
 * ("2023-038  Décision modificative n° 2   Unanimité   Adoptée", "… à compter   Pour : 11
 * Adoptée", "…   Pour 37 / Contre 0 / Abst. 3   Adoptée", "…   33 pour – 2 abstentions   Adoptée"): the vote is no part of the title; the heading ends before it, so that the
 * decision reads it.
 */
const VOTE_CELL = /[ \t]+(?:unanimit[ée]|majorit[ée]|sans\s+vote|information|pour(?:[ \t]*:?[ \t]*\d{1,3}(?:[ \t]*[/,;–-][ \t]*(?:contre|abst(?:entions?)?\.?|abstention\(s\))[ \t]*:?[ \t]*\d{1,3})*)?)[ \t]*$/iu;
/**
 * A vote cell whose figures stand before their words, in lower case ("33 pour – 2 abstentions"):
 * case-sensitive, so that a title's closing figure before a capitalised "Pour : 6" cell stays its own ("ZC 112").
 */
const COUNTS_FIRST_CELL = /[ \t]+\d{1,3} pour(?:[ \t]*[/,;–-][ \t]*\d{1,3} (?:contre|abstentions?))*[ \t]*$/u;
// The vote cell's rest may stand before it, where a count's dash cut the title ("… 30 pour" / "– 4 contre – 1 abstention   Adoptée").
const OUTCOME_CELL = /^(?:[ \t]*[/,;–-][ \t]*\d{1,3}[ \t]+(?:contre|abstentions?))*[ \t]*(?::[ \t]*\d{1,3}[ \t]*)?(?:adopt|approuv|rejet|refus|accept|prend\s+acte|pris\s+acte)/iu;

function withoutVoteCell(text: string, h: Heading): Heading {
  const firstEnd = text.indexOf('\n', h.start);
  const lineEnd = firstEnd < 0 ? text.length : firstEnd;
  if (h.end > lineEnd || !OUTCOME_CELL.test(text.slice(h.end, lineEnd))) return h;
  // Tried first: the bare "pour" of VOTE_CELL would leave the figure before it in the title ("… 2026 30").
  const countsFirst = COUNTS_FIRST_CELL.exec(text.slice(h.start, h.end));
  if (countsFirst) {
    const title = h.title.replace(COUNTS_FIRST_CELL, '');
    return title && title !== h.title ? { scheme: h.scheme, start: h.start, end: h.start + countsFirst.index, number: h.number, title } : h;
  }
  const cell = VOTE_CELL.exec(text.slice(h.start, h.end));
  const title = h.title.replace(VOTE_CELL, '');
  return cell && title && title !== h.title ? { scheme: h.scheme, start: h.start, end: h.start + cell.index, number: h.number, title } : h;
}

/**
 * A row of a budget's table, an account's code opening it and an amount with a sign closing it
 * ("2315-104 Aménagement du bourg   + 18 000,00", "022 Dépenses imprévues - 4 500,00"): no heading.
 * An amount has its thousands, its cents or its currency: "… Alpes Logis Social - 18" / "logements …"
 * is a title wrapped after its number of dwellings.
 */
const SIGNED_AMOUNT_END = /[ \t][+\-–−][ \t]?\d{1,3}(?:(?:[ .\u00a0\u202f]\d{3})+(?:,\d{2})?[ \t]*(?:€|EUR)?|,\d{2}[ \t]*(?:€|EUR)?|[ \t]*(?:€|EUR))[ \t]*$/u;

/** Two figures with decimals closing a line ("… Industries agro-alimentaires 48,0 36,0"): a table's row of sums. */
const TWO_DECIMALS_END = /[ \t]\d{1,6},\d{1,2}[ \t]+\d{1,6},\d{1,2}[ \t]*$/u;

/** Two sums in euros closing a line ("… propriétaire occupant 11 240 € 1 124 €"): a table's row, its file's code first. */
const TWO_EUROS_END = /[ \t]\d{1,3}(?:[ .\u00a0\u202f]\d{3})*(?:,\d{2})?[ \t]*(?:€|EUR)[ \t]+\d{1,3}(?:[ .\u00a0\u202f]\d{3})*(?:,\d{2})?[ \t]*(?:€|EUR)[ \t]*$/u;

function isAmountRow(text: string, h: Heading): boolean {
  const line = text.slice(h.start, lineAt(text, h.start).end);
  return SIGNED_AMOUNT_END.test(line) || TWO_DECIMALS_END.test(line) || TWO_EUROS_END.test(line);
}

function cleanTitle(t: string): string {
  return oneSpace(unwrap(t))
    // A form's "Objet" label before its value on the line, without a colon.
    .replace(/^(?:Objet|OBJET)[ \t]+(?=\p{Lu})/u, '')
    // "- ADOPTION DU PROCES-VERBAL … -": a title set between dashes, as typed procès-verbaux do.
    .replace(/^[-–][ \t]+(?=\p{Lu})/u, '')
    .replace(/\s*\((?:M\.|Mme|Mr|Monsieur|Madame|[Rr]apporteure?\s*:|RAPPORTEURE?\s*:)[^)]*\)\s*$/u, '')
    .replace(/[\s.:;,|\-–]+$/u, '')
    .trim();
}

const letters = (s: string) => s.replace(/[^\p{L}]/gu, '');

/**
 * Lines in capitals that are parts of a decision, not items; or a web page's link back ("Haut de page");
 * or a receipt stamp's ("REÇU A LA SOUS-PREFECTURE" / "DE LA TRINITE LE - 4 JUIL. 1975"); or the sitting's opening
 * ("OUVERTURE DE LA SÉANCE": the quorum, the secretary, the last minutes' approval under it, no point of the agenda).
 */
const NOT_A_HEADING = /^\s*(?:D[ÉE]CISION(?:\s+(?:DE|DU|DES)\b|\s*:?\s*$)|(?:D[ÉE]LIB[ÈE]RE|D[ÉE]CIDE|ARR[ÊE]TE)\s*:?\s*$|OU[ÏI]\s+LE\s+RAPPORT|COMMISSION\s*:|EXPOS[ÉE](?:\s+DES\s+MOTIFS)?\s*:?\s*$|RAPPORT\s+(?:DU\s+PR[ÉE]SIDENTE?|DE\s+LA\s+PR[ÉE]SIDENTE|DE\s+(?:M\.|MONSIEUR|MADAME)\s+L[EA]\s+(?:MAIRE|PR[ÉE]SIDENTE?|PR[ÉE]FET)|DE\s+PR[ÉE]SENTATION)(?:\s+D[EU]\s+[^\n]{0,60}?)?\s*:?\s*$|NOTE\s+DE\s+SYNTH[ÈE]SE\s*:?\s*$|SYNTH[ÈE]SE\s+DU\s+RAPPORT\s*:?\s*$|RAPPORTEURE?S?\s*:|VU\b|CONSID[ÉE]RANT|APR[ÈE]S\s+EN\s+AVOIR|ARTICLE|(?:LE|LA)\s+(?:CONSEIL|COMMISSION|BUREAU|COMIT[ÉE])(?!\p{L})|L['’]\s?ASSEMBL[ÉE]E(?!\p{L})|ORDRE\s+DU\s+JOUR|(?:DISCUSSION|D[ÉE]BATS?|INTERVENTIONS|[ÉE]CHANGES)\s*:?\s*$|(?:[IVX]{1,4}|\d{1,2})[ \t]*[-–.)][ \t]*(?:D[ÉE]BATS?|DISCUSSION|D[ÉE]CISION|VOTE)\s*:?\s*$|PROC[ÈE]S[- ]VERBAL|COMPTE[- ]RENDU|R[ÉE]PUBLIQUE|D[ÉE]PARTEMENT|EXTRAIT|REGISTRE\s+DES\s+(?:D[ÉE]LIB[ÉE]RATIONS|ARR[ÊE]T[ÉE]S)|ID\s*:|(?:RE[ÇC]U|ARRIV[ÉE]E?|TRANSMIS)\s+(?:[ÀA]\s+LA\s+|EN\s+)?(?:SOUS[- ]?)?PR[ÉE]FECTURE|[^\n]*\sLE\s*[-–]?\s*\d{1,2}\s+(?:JANV|F[ÉE]VR?|MARS|AVR|MAI|JUIN|JUIL|AO[ÛU]T|SEPT|OCT|NOV|D[ÉE]C)\.?\s+\d{4}\s*$|TOTAL(?![\p{L}])|R[ÉE]CAPITULATIF(?![\p{L}])|ANNEXES?(?![\p{L}])|POUR\s*:|CONTRE\s*:|ABSTENTION|R[ÉE]SULTATS?\s+(?:DU|DES)\s+(?:VOTES?|SCRUTINS?)|(?:VOTE|SCRUTIN)\s*:|(?:ADOPT|APPROUV|REJET|ACCEPT)[ÉE]E?S?(?![\p{L}])(?:\s+[ÀA]\s+L['’]\s?UNANIMIT[ÉE]|\s+[ÀA]\s+LA\s+MAJORIT[ÉE]|\s+PAR\s.*)?(?:\s+(?:DES|DE\s+SES)\s+(?:SUFFRAGES\s+EXPRIM[ÉE]S|MEMBRES\s+PR[ÉE]SENTS(?:\s+ET\s+REPR[ÉE]SENT[ÉE]S)?|VOTANTS|VOIX))?[\s.!]*$|[ÀA]\s+L['’]\s?UNANIMIT[ÉE][\s.!]*$|(?:RETIR|AJOURN|REPORT)[ÉE]E?S?(?:\s+(?:DE|[ÀA])\s+L['’]\s?ORDRE\s+DU\s+JOUR)?[\s.!]*$|HAUT\s+DE\s+(?:LA\s+)?PAGE\s*$|OUVERTURE\s+DE\s+LA\s+S[ÉE]ANCE\s*$)/u;

/** "… AGGLOMERATION VALLEE DE L AUBRETTE,C=FR": the wrapped name of an electronic signature's certificate. */
const CERTIFICATE_NAME = /(?:^|[,\s])(?:CN|OU|O|C)=\S/;

/** An amount closing a line: a row of a table of figures ("TOTAL      57 450 €"). */
const AMOUNT_AT_END = /\d[\d \u202f.,]*\s*(?:(?:€|euros?|EUR|F|FF|francs?)(?:\s*(?:H\.?T\.?|T\.?T\.?C\.?))?|HT|TTC)\s*$|\.{4,}/iu;

/**
 * "TABLEAU DES PORTIONS DE CHEMINS RURAUX" over "N° Situation Long. Larg. …": the caption of a
 * table in a report, its header row under it; not "TABLEAU DES EFFECTIFS - CRÉATION DE POSTES",
 * an item's subject, over the report's prose.
 */
const TABLE_CAPTION = /^\s*TABLEAU(?![\p{L}])/u;
const HEADER_ROW = /^\s*N[°o][ \t]+\p{Lu}/u;

/**
 * A row or the header of a table of figures, not a heading: a line in capitals ending on an
 * amount ("TOTAL 57 450 €"), or the line over rows that do ("DÉPENSES HT  RECETTES").
 */
/** Three figures with decimals on a line ("ECO-SAGNES SARL 71 860,00 50,0 30,0 9,0 89,0 1"): a row of a table of figures, no title. */
const DECIMALS_ROW = /\d,\d[^\n]*?\d,\d[^\n]*?\d,\d/u;

function isTableLine(text: string, line: string, lineEnd: number): boolean {
  if (AMOUNT_AT_END.test(line) || DECIMALS_ROW.test(line)) return true;
  if (TABLE_CAPTION.test(line) && HEADER_ROW.test(text.slice(lineEnd, lineEnd + 200))) return true;
  if (cellsUnder(text, lineEnd) || amountCellBelow(text, lineEnd)) return true;
  const next = lineAt(text, Math.min(text.length, lineEnd + 1)).line;
  // A row of figures, not a sentence that names a sum ("L'association sollicite 800 € pour …").
  return lineEnd < text.length && /\d\s*(?:€|euros?\b|EUR\b)/iu.test(next) && (AMOUNT_AT_END.test(next) || !/(?:\p{Ll}+[ \t]+){4}/u.test(next));
}

/**
 * A table read one cell a line under its title ("SECTION DE FONCTIONNEMENT - DÉPENSES" over
 * "Chap.", "Libellé", "BP 2018", "Charges à caractère général", "1 946 300,00"): five short
 * lines, one of them figures only.
 */
function cellsUnder(text: string, lineEnd: number): boolean {
  // The first five lines with words in the 300 characters under the line, read in place.
  const stop = Math.min(text.length, lineEnd + 300);
  let cells = 0;
  let figures = false;
  for (let at = lineEnd + 1; at <= stop && cells < 5; ) {
    const next = text.indexOf('\n', at);
    const end = next < 0 || next > stop ? stop : next;
    const cell = text.slice(at, end).trim();
    at = end + 1;
    if (!cell) continue;
    if (cell.length > 40) return false;
    cells++;
    figures ||= /^[\d\s.,€%-]+$/.test(cell);
  }
  return cells === 5 && figures;
}

/** An amount with its cents alone on its line ("312 000,00"): a cell of a table of figures. */
const AMOUNT_CELL = /^[ \t]*\d{1,3}(?:[ \u202f.]\d{3})*,\d{2}[ \t]*(?:€[ \t]*)?$/u;

/** A row read one cell a line ("BREAU-LE-VIEUX" / "Réfection de la toiture" / "312 000,00"): an amount one or two lines under. */
function amountCellBelow(text: string, lineEnd: number): boolean {
  let at = lineEnd;
  for (let k = 0; k < 2 && at < text.length; k++) {
    const next = lineAt(text, at + 1);
    if (AMOUNT_CELL.test(next.line)) return true;
    at = next.end;
  }
  return false;
}

/** A line opening on any attendance cue and its colon: the cues as one alternation, tried once, not one pattern each. */
const ATTENDANCE_LINE = new RegExp(`^\\s*(?:(?:[ée]taient|membres)\\s+)?(?:${ATTENDANCE_CUES.map((c) => c.pattern.source).join('|')})\\s*(?:\\(\\d+\\))?\\s*:`, 'iu');
function isAttendanceLine(line: string): boolean {
  // The pattern ends on a colon: a line without one is spared the case-insensitive scan.
  return line.includes(':') && ATTENDANCE_LINE.test(line);
}

/**
 * A heading stands alone: what follows it is prose (a long line or a sentence) or a rule,
 * not the next cell of a table ("ACCUEIL PÉRISCOLAIRE" / "Quotient familial CAF").
 */
/**
 * Whether the line before, in prose, ends on a colon: "Adopte le tableau des effectifs ainsi
 * modifié :" announces the table whose title in capitals follows, inside the decision.
 */
function announcedByProse(text: string, lineStart: number): boolean {
  let end = lineStart - 1;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  if (text[end - 1] !== ':') return false;
  const before = text.slice(text.lastIndexOf('\n', end - 1) + 1, end);
  return /\p{Ll}/u.test(before) && !isCapitalsLine(before);
}

/** Whether the line right above (no blank line between) ends on a comma: "… déposé par MM. HUMBERT," / "GERARDIN et COLIN :" goes on with its sentence. */
function afterComma(text: string, lineStart: number): boolean {
  let end = lineStart - 1;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  if (!(end > 0 && text[end - 1] === ',')) return false;
  // A comma alone on its line is a speck OCR read on the page's edge, no sentence going on.
  const above = text.slice(Math.max(text.lastIndexOf('\n', end - 1), text.lastIndexOf('\f', end - 1)) + 1, end);
  return /[\p{L}\d]/u.test(above);
}


/** A report's heading opening the line under a subject. */
const REPORT_OPENING = /^(?:Rapport|Expos[ée])(?![\p{L}])/u;

/**
 * "Agric. LAITIER" under "B.88.146 AGRICULTURE - … DE CONTROLE": a register's margin word (its
 * subject's heading in lower case, one word) set on the line a title in capitals wraps to.
 */
// The word cut by a hyphen where the margin is narrow ("Intercom-" / "munalité").
const MARGIN_CELL_THEN_CAPITALS = /^[ \t]*\p{Lu}\p{Ll}[\p{Ll}.]{1,10}-?[ \t]+(?!(?:M|MM|MME|MMES)[. ])(["«]?\p{Lu}[^\n]*?)[ \t]*$/u;
/** The capitals after such a margin word under the line `above`, or null. A title wraps from a full line: under a short one, "Claire BONNEFOY" is a signer's name. */
function marginCellThenCapitals(line: string, above: string): string | null {
  if (line.length > 160 || above.trim().length < WRAPPED_TITLE_LINE) return null;
  const m = MARGIN_CELL_THEN_CAPITALS.exec(line);
  return m && CAPITALS_ONLY.test(m[1]!) ? m[1]! : null;
}
/** How long a line in capitals is that wraps to the next. */
const WRAPPED_TITLE_LINE = 45;
/**
 * Capitals, figures and a title's signs only, a word of three letters at least ("LAITIER",
 * "FONCTIONNEMENT 1988"); a figure's ordinal ("AU 1er SEPTEMBRE 1997"), a name in quotes ("LE CLOS FLEURI").
 */
const CAPITALS_ONLY = /^(?=[^\n]*\p{Lu}{3})(?:[\p{Lu}\d '’.,()\/&"«»-]|(?<=\d)(?:er|re|e)(?![\p{L}]))+$/u;

/** "N°", "n°": a number's sign, no letter spaced out; before a date ("N° 12/03/2023 – RÉUNION …") it stays counted as one, a date being no point's number. */
const NUMBER_SIGN_WORD = /^[Nn]°/u;

function standsAlone(text: string, lineStart: number, lineEnd: number): boolean {
  const line = text.slice(lineStart, lineEnd);
  // Letters spaced one by one ("E X T R A I T") are no title; a dash or a year between words is;
  // so is "N°" ("N° 2022-05 | 3/ COMPTE ADMINISTRATIF 2021").
  const words = line.trim().split(/\s+/);
  const letterCounts = words.filter((w, i) => !(NUMBER_SIGN_WORD.test(w) && !DATE_LIKE.test(words[i + 1] ?? ''))).map((w) => letters(w).length).filter((n) => n > 0);
  if (letterCounts.filter((n) => n === 1).length > letterCounts.length / 4) return false;
  let pos = lineEnd + 1;
  // Skip the heading's own continuation lines in capitals, and blank lines.
  while (pos < text.length) {
    const next = lineAt(text, pos);
    const wrappedWord = line.trim().length >= WRAPPED_TITLE_LINE && pos === lineEnd + 1 && lastWordWrapped(next.line);
    if (next.line.trim() !== '' && !isCapitalsLine(next.line) && !wrappedWord && !ACT_NUMBER_LINE.test(next.line) && !BARE_ACT_NUMBER_LINE.test(next.line) && marginCellThenCapitals(next.line, lineAt(text, pos - 1).line) === null) {
      const t = next.line.trim();
      // "TRAVAUX PRÉVUS :" then bullets announces a list: it is part of what it stands in.
      if (/:\s*$/.test(line) && /^[-•–*]/u.test(t)) return false;
      // Or the report's own heading under it, however short: "Rapport du Président du Conseil général".
      return t.length >= 40 || /[.:;!?»)]$/.test(t) || /^[_=*\-]{3,}/.test(t) || /^(?:M\.|Mme|Monsieur|Madame)\s/u.test(t) || REPORT_OPENING.test(t);
    }
    if (next.line.trim() === '' && pos > lineEnd + 1) {
      // A blank line after the heading: whatever comes next is a new paragraph.
      return true;
    }
    pos = next.end + 1;
  }
  return true;
}

/**
 * The words whose absence spares findHeadings a scheme, looked up in the document's word index
 * (hasWord, lower-cased) rather than by a scan of the text each. Not "n°", which recurs too
 * often for the index to hold it cheaply: see hasNumberSign. And "ordre", whose occurrences
 * agendaStart reads from the index.
 */
indexWords('marge', 'bjet', 'ordre');

/** Whether "N°" or "n°" is in `text`: its rare "°" looked for, not its frequent "n". */
function hasNumberSign(text: string): boolean {
  for (let at = text.indexOf('°', 1); at >= 0; at = text.indexOf('°', at + 1)) if (text[at - 1] === 'N' || text[at - 1] === 'n') return true;
  return false;
}

/**
 * Item headings, in text order, one a place. Each scheme is read by a function of its own: in one
 * function, TurboFan took a quarter to half a second compiling the whole, and the analysis ran it
 * unoptimized meanwhile; apart, each part is compiled alone, and sooner.
 */
export function findHeadings(text: string, bodyFrom: number): Heading[] {
  const found: Heading[] = [];
  numberedHeadings(text, found);
  found.push(...numbersAlone(text));
  if (text.includes('N°')) found.push(...stackedMarginTitles(text, bodyFrom));
  marginTitles(text, found);
  ordinalHeadings(text, found);
  // A rank's figure before its degree sign ("1°)"): most texts hold "n°" and no such rank.
  marginRanks(text, found);
  inlineOrdinals(text, found);
  objetHeadings(text, found);
  // A text printed in capitals throughout ("POINT 01 APPROBATION …" / "LE PROCES-VERBAL EST
  // APPROUVE …"): a line in capitals there is any line, no heading, where its points are numbered.
  if (!(found.length >= 2 && inCapitalsThroughout(text, bodyFrom))) capitalsHeadings(text, bodyFrom, found);
  if (!found.length) found.push(...runInCapitals(text, bodyFrom));
  if (RAPPORTEUR_COLUMN.test(text)) found.push(...rapporteurRows(text));
  // The header printed again over each point's row ("Point Objet Rapporteur Commission").
  if (POINT_HEADER_WORDS.test(text)) found.push(...pointHeaderRows(text));
  found.push(...agendaEchoes(text, bodyFrom));
  if (OBJET_LABEL_ALONE.test(text)) found.push(...labelColumnSubjects(text, bodyFrom));
  found.push(...shortParagraphs(text, bodyFrom, found.length === 0));
  if (POINT_RANK_ALONE.test(text)) found.push(...pointFormSubjects(text, bodyFrom));
  // "Vœu présenté par le groupe … relatif à …" over its vote, after the numbered reports of a sitting.
  found.push(...rankedWishes(text, bodyFrom), ...unnumberedWishes(text, bodyFrom));
  if (text.includes('RAPPORT N°')) found.push(...marginReportHeadings(text));
  if (text.includes('Rapport') || text.includes('RAPPORT')) found.push(...reportNumberUnderLabel(text));
  // A form's labels a cell a line, its commission's cell under its rapporteur's: asked once, not of each heading.
  const commissionCells = RAPPORTEUR_COMMISSION_LABELS.test(text);
  return onePerPlace(text, found)
    // An act's matière printed beside it by a software export ("5.2 Fonctionnement des assemblées") is no point.
    // "Rapport n° 21 – Rapporteure : Mme …": the report's rank and who presents it, no subject.
    .filter((h) => !RAPPORTEUR_LABEL_TITLE.test(h.title))
    // "NOMENCLATURE : 7.1 - FINANCES / DECISIONS BUDGETAIRES" under the act's subject: its classification, labelled, no point.
    .filter((h) => !CLASSIFICATION_LABEL_TITLE.test(h.title))
    // "OBJET : convoqué, s'est réuni à l'Hôtel du Département …": a margin's label woven into the sitting's opening, no subject.
    // A number there ("N° 77-41 HAUTEVILLE, régulièrement convoqué …, s'est réuni") is still the act's where no other heading stands.
    .filter((h, _, all) => !((h.number === null || all.length > 1) && SITTING_OPENING_TITLE.test(h.title)))
    // "AVIS DE LA COMMISSION" between a report's parts and its decision: the report's last part, no point.
    .filter((h) => !(h.scheme === 'capitals' && COMMISSION_OPINION_TITLE.test(h.title)))
    // "2015-10-DM2-01" alone on its line, a form's value: one code, no number and title.
    .filter((h) => !(h.number !== null && CODE_TITLE.test(h.title) && !/\s/.test(lineAt(text, h.start).line.trim())))
    // "N° 3/1980" alone: a number, no subject (under the subject, numberParagraphAt reads it).
    .filter((h) => !/^N°[ \t]?\S+$/u.test(h.title))
    // "N° 80/03" over "PROCES-VERBAL DE LA REUNION DU COMITE SYNDICAL", before the sitting opens: the record's own title, no point.
    .filter((h) => !(RECORD_TITLE.test(h.title) && h.start < sittingOpensAt(text)))
    // "N° 93-031   Nombre de Conseillers :": the act's number beside the margin's box of counts, no subject.
    .filter((h) => !(h.number !== null && /^nombre\s/iu.test(h.title) && COUNT_BOX_LABEL_LINE.test(lineAt(text, h.start).line)))
    // "Rapport n° 4-12   Commission : Agriculture, Forêt": the report's rank and the commission that examined it, no subject.
    .filter((h) => !(COMMISSION_LABEL_TITLE.test(h.title) && COMMISSION_LABEL_LINE.test(lineAt(text, h.start).line)))
    // Under a form's labels a cell a line ("Objet" / "Rapporteur" / "Commission"), "3 - Lycées, enseignement" under the
    // rapporteur's cell ("Mme Anne-Marie DUCRET-VIALLON") is the commission's, ranked, no point.
    .filter((h) => !(h.scheme === 'ordinal' && h.start > 0 && commissionCells && RAPPORTEUR_LINE.test(lineAt(text, h.start - 1).line)))
    // "OBJET : PROGRAMME 1998 …" / "Rapport n° 2.07 - Commission de l'Equipement", or "Rapport n° 4" alone: under an act's subject, its report's rank (and the commission that examined it).
    .filter((h, i, all) => !(i > 0 && isReportUnderSubject(text, all[i - 1]!, h)))
    .filter((h, i, all) => !(i > 0 && isRankUnderMarginNote(text, all[i - 1]!, h)))
    .filter((h) => !(h.scheme === 'ordinal' && classificationAbove(text, h)) && !TABLE_ROW_TITLE.test(h.title) && !(h.scheme === 'capitals' && h.end + 1 < text.length && isTableRow(lineAt(text, h.end + 1).line)) && !(h.number && isMatiereLine(h.number, h.title)))
    .map((h) => (FORM_LABEL_TITLE.test(h.title) ? withObjetBelow(text, h) : (COUNT_LABEL_TITLE.test(h.title) || ACT_TYPE_LABEL_TITLE.test(h.title)) && h.number !== null ? withObjetBelow(text, h, LISTS_TO_OBJET) : OBJET_ALONE_TITLE.test(h.title) ? withValueUnderLabel(text, h) : h))
    // The form's cells between a number and its "Objet" are its title's now, no headings of their own ("FINANCES - …", the subject again in capitals).
    .filter(notInsideEarlier())
    .map((h) => (h.number === null ? (withCodeOpeningTitle(h) ?? withNumberClosingTitle(h) ?? withNumberAbove(text, h) ?? numberInLabelColumn(text, h) ?? h) : h.scheme === 'ordinal' ? (withNumberBelow(text, h) ?? h) : h))
    .map((h, i, all) => (h.number === null ? (withSheetNumber(text, h, all[i - 1]?.end ?? 0) ?? h) : h))
    .map(RAPPORTEUR_COLUMN.test(text) ? withoutRapporteurCell : (h) => h)
    .map((h) => (h.scheme === 'numbered' && ISSUER_TITLE.test(h.title) ? withSubjectUnder(text, h) : h))
    .map((h) => (h.scheme === 'numbered' ? (withDeliberationAbove(text, h) ?? h) : h))
    .map((h) => (h.scheme === 'numbered' || h.scheme === 'ordinal' ? (withNumberOpeningTitle(h) ?? h) : h))
    .map((h) => withAssemblyCode(text, h) ?? h)
    .reduce(NUMBER_ROW_LABELS.test(text) ? numberRowOverHeading(text) : keepEach, [])
    .map((h, i, all) => (h.number === null && OBJET_LINE.test(lineAt(text, h.start).line) ? (withDeliberationLineAbove(text, h, all[i - 1]?.end ?? 0) ?? h) : h));
}

/**
 * "[En marge : N° 52/76 – Forêt communale …]" over "2°) Le Maire donne connaissance …": the rank opening the text under the
 * subject its margin gives is that point's, no heading of its own. Not under a stamp the margin bears ("[En marge : Vu et
 * approuvé …]"): the point's number heads the margin's subject.
 */
function isRankUnderMarginNote(text: string, note: Heading, h: Heading): boolean {
  return h.scheme === 'ordinal' && note.number !== null && text.startsWith('[En marge', note.start) && !text.slice(note.end, h.start).trim();
}

/**
 * A wish or a motion a group put to the vote, unnumbered, alone on its line ("Vœu présenté par le
 * groupe Rassemblement National relatif à …", "Motion présentée par le groupe Écologiste …"), its
 * outcome and its vote on the next line, or its label in capitals ("VOEU présenté par MM. …") over
 * its text: a point, as the reports before it.
 */
/** "présenté par", "déposée par": who puts a wish or a motion. */
const PRESENTED_BY = String.raw`(?:[Pp]r[ée]sent[ée]e?|[Dd][ée]pos[ée]e?)[ \t]+par`;
const UNNUMBERED_WISH = new RegExp(String.raw`^[ \t]*((?:${WISH_OR_MOTION_LABEL})[ \t]+${PRESENTED_BY}[ \t][^\n]{10,200})$`, 'gmu');
/** How a wish's or a motion's subject opens after its label: "relative à", "pour", "en faveur de", "de soutien". */
const WISH_SUBJECT_LEAD = String.raw`(?:relati(?:f|ve)|pour|sur|contre|en[ \t]+faveur|concernant|portant|de[ \t]+soutien)[ \t]`;
/** A wish or a motion alone on its line, its subject after it, who presents it on the next ("Motion relative à …" / "Présentée par M. X …"). */
const WISH_OVER_PRESENTER = new RegExp(String.raw`^[ \t]*((?:${WISH_OR_MOTION_LABEL})[ \t]+${WISH_SUBJECT_LEAD}[^\n]{5,200}?)[ \t]*\n[ \t]*${PRESENTED_BY}[ \t]`, 'gmu');
/**
 * "Motion n° 1 relative à l'avenir de la filière automobile (présentée par le groupe UDCI)": a web page's card, who presents it in
 * brackets closing the line, its result a line or two under it ("Résultat" / "Adoptée"). Its rank is no act's number.
 */
const WISH_PRESENTED_IN_BRACKETS = new RegExp(String.raw`^[ \t]*((?:${WISH_OR_MOTION_LABEL})(?:[ \t]+n°[ \t]?\d{1,3})?[ \t]+${WISH_SUBJECT_LEAD}[^\n]{5,200}?)[ \t]*\([ \t]*${PRESENTED_BY}[ \t][^)\n]{2,80}\)[ \t]*$`, 'gmu');
/** The result's label or the outcome opening one of the two lines under a card's title. */
const RESULT_WITHIN_TWO_LINES = /^\n(?:[^\n]*\n)?[ \t]*(?:R[ée]sultat[ \t]*:?[ \t]*(?:\n|$)|Adopt|ADOPT|Rejet|REJET)/u;
/** A title that opens on a wish's or a motion's label. */
const WISH_TITLE = new RegExp(String.raw`^(?:${WISH_OR_MOTION_LABEL})(?![\p{L}])`, 'u');
/** A wish's or a motion's label in capitals: a heading's typography. */
const WISH_LABEL_IN_CAPITALS = /^(?:VŒU|VOEU|MOTION)(?![\p{L}])/u;
/** The outcome or the vote opening the line under such a wish. */
const OUTCOME_LINE_UNDER = /^\n[ \t]*(?:Adopt|ADOPT|Rejet|REJET|Approuv|APPROUV|Pour[ \t]*:|[ÀàA][ \t]+l['’]unanimit)/u;

const ANY_WISH_OR_MOTION = new RegExp(WISH_OR_MOTION_LABEL, 'u');
/** "MOTION - Reconnaissance de l'état de catastrophe naturelle": a motion's label, a dash or a colon, its subject. */
const DASHED_WISH = new RegExp(String.raw`^[ \t]*(?:${WISH_OR_MOTION_LABEL})[ \t]*[-–—:][ \t]*(\p{Lu}[^\n]{5,200})$`, 'gmu');

/**
 * "Vœu n° 1 - Maintien des bureaux de poste …", "Motion n° 2 : …": a wish or a motion ranked in a series of its own, after
 * the reports ("Rapport n° 1" … "Rapport n° 10"); a rank, where the numbered patterns read a number's shapes only.
 */
const RANKED_WISH = new RegExp(String.raw`^[ \t]*(?:${WISH_OR_MOTION_LABEL})[ \t]+[Nn][°o][ \t]*(\d{1,3})(?:[ \t]+[-–—]|[ \t]*:)[ \t]+(\p{Lu}[^\n]{5,200})$`, 'gmu');

function rankedWishes(text: string, from: number): Heading[] {
  const out: Heading[] = [];
  for (const m of ANY_WISH_OR_MOTION.test(text) ? text.slice(from).matchAll(RANKED_WISH) : []) {
    const start = from + m.index! + (m[0].length - m[0].trimStart().length);
    const wrapped = wrappedTitleEnd(text, from + m.index! + m[0].length);
    out.push({ scheme: 'ordinal', start, end: wrapped, number: m[1]!, title: cleanTitle(text.slice(from + m.index! + m[0].length - m[2]!.length, wrapped)) });
  }
  return out;
}

function unnumberedWishes(text: string, from: number): Heading[] {
  const out: Heading[] = [];
  for (const m of ANY_WISH_OR_MOTION.test(text) ? text.slice(from).matchAll(DASHED_WISH) : []) {
    const start = from + m.index! + (m[0].length - m[0].trimStart().length);
    // Under a form's label ("Objet" / "VOEU - Maintien du service …") it is the title of the heading above.
    if (start > 0 && !/(?:^|\n)[ \t]*(?:[^\n]*[.!?)])?[ \t]*\n[ \t]*$/u.test(text.slice(Math.max(0, start - 300), start))) continue;
    const wrapped = wrappedTitleEnd(text, from + m.index! + m[0].length);
    out.push({ scheme: 'paragraph', start, end: wrapped, number: null, title: cleanTitle(text.slice(from + m.index! + m[0].length - m[1]!.length, wrapped)) });
  }
  // "Motion relative à la desserte ferroviaire du Cantal" / "Présentée par M. X au nom de …": its subject alone, who presents it on the next line.
  for (const m of ANY_WISH_OR_MOTION.test(text) ? text.slice(from).matchAll(WISH_OVER_PRESENTER) : []) {
    const start = from + m.index! + (m[0].length - m[0].trimStart().length);
    out.push({ scheme: 'paragraph', start, end: start + m[1]!.length, number: null, title: cleanTitle(m[1]!) });
  }
  for (const m of ANY_WISH_OR_MOTION.test(text) && (text.includes('(pr') || text.includes('(d')) ? text.slice(from).matchAll(WISH_PRESENTED_IN_BRACKETS) : []) {
    const start = from + m.index! + (m[0].length - m[0].trimStart().length);
    const end = from + m.index! + m[0].length;
    if (RESULT_WITHIN_TWO_LINES.test(text.slice(end, end + 300))) out.push({ scheme: 'paragraph', start, end: start + m[1]!.length, number: null, title: cleanTitle(m[1]!) });
  }
  for (const m of text.includes('présenté') ? text.slice(from).matchAll(UNNUMBERED_WISH) : []) {
    const start = from + m.index! + (m[0].length - m[0].trimStart().length);
    const end = from + m.index! + m[0].length;
    // Its label in capitals ("VOEU présenté par MM. X et Y relatif au …") heads it, its text and its vote under it; else its vote is on the next line.
    if (WISH_LABEL_IN_CAPITALS.test(m[1]!)) {
      const wrapped = wrappedTitleEnd(text, end);
      out.push({ scheme: 'paragraph', start, end: wrapped, number: null, title: cleanTitle(text.slice(start, wrapped)) });
    } else if (OUTCOME_LINE_UNDER.test(text.slice(end, end + 40))) out.push({ scheme: 'paragraph', start, end, number: null, title: cleanTitle(m[1]!) });
  }
  return out;
}

/**
 * A register's margin run into its lines, the margin repeating the report's rank before its
 * heading ("Rapport n° 301 RAPPORT N° 301 - SCHÉMA DÉPARTEMENTAL D'AMÉLIORATION DE" / "3ème
 * Commission L'ACCESSIBILITÉ DES SERVICES AU PUBLIC", the runs of spaces between the cells gone
 * with normalization): the heading, its title going on after the next line's margin cell in capitals to the line's end.
 */
const MARGIN_REPORT_LINE = /^[ \t]*Rapport[ \t]+n°[ \t]*(\d{1,4})[ \t]+RAPPORT[ \t]+N°[ \t]*(\d{1,4})[ \t]*[-–][ \t]*(\S[^\n]*?)[ \t]*$/gmu;
/** A motion or a wish the margin names so before its heading in capitals ("Motion MOTION RELATIVE AU MAINTIEN …"). */
const MARGIN_MOTION_LINE = new RegExp(String.raw`^[ \t]*(?:${WISH_OR_MOTION_LABEL})[ \t]+((?:MOTION|VŒU|VOEU)[ \t][^\n]*?)[ \t]*$`, 'gmu');
/** The next line: a margin cell (words in lower case: "3ème Commission", "Aide aux"), then the title going on in capitals. */
const MARGIN_THEN_CAPITALS = /^[ \t]*\S[^\n]{0,30}?\p{Ll}[ \t]+([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9 '’.,()-]{3,})[ \t]*$/u;

function marginReportHeadings(text: string): Heading[] {
  const reports = execAll(MARGIN_REPORT_LINE, text).filter((m) => m[1] === m[2]).map((m) => marginHeading(text, m, m[3]!, 'numbered', m[1]!));
  return [...reports, ...execAll(MARGIN_MOTION_LINE, text).map((m) => marginHeading(text, m, m[1]!, 'paragraph', null))];
}

/** The heading whose line `m` matched, its title `title` going on after the next line's margin cell where that line ends in capitals. */
function marginHeading(text: string, m: RegExpExecArray, title: string, scheme: HeadingScheme, number: string | null): Heading {
  const start = m.index! + (m[0].length - m[0].trimStart().length);
  const lineEnd = m.index! + m[0].length;
  const next = lineEnd < text.length ? lineAt(text, lineEnd + 1) : null;
  const goesOn = next ? MARGIN_THEN_CAPITALS.exec(next.line) : null;
  return { scheme, start, end: goesOn ? next!.end : lineEnd, number, title: cleanTitle(goesOn ? `${title} ${goesOn[1]!}` : title) };
}

/**
 * "Rapport" alone in the margin, or beside the commission's name, over the report's number opening the
 * next line, its subject after it ("Rapport   COMMISSION DES FINANCES …" / "2018-CP-07-0215 Contrats de
 * territoire - …"): a point numbered by its report, from its label.
 */
// Opening on the line break: a literal V8 skips to, no offset of the text tried in vain.
const REPORT_LABEL_OVER_NUMBER = /\n[ \t]*(?:Rapport|RAPPORT)(?:[ \t]+[^\p{Ll}\n]*)?\n[ \t]*((?=[^\s]*\d{4})[A-Z0-9]{2,6}(?:[-_/.][A-Z0-9]{1,6}){2,4})[ \t]+(\p{Lu}[^\n]{5,})$/gmu;

function reportNumberUnderLabel(text: string): Heading[] {
  return execAll(REPORT_LABEL_OVER_NUMBER, text).map((m) => {
    const start = m.index! + (m[0].length - m[0].trimStart().length);
    const lineEnd = m.index! + m[0].length;
    const end = wrappedTitleEnd(text, lineEnd);
    return { scheme: 'numbered' as const, start, end, number: m[1]!, title: cleanTitle(`${m[2]!}${text.slice(lineEnd, end).replace(/\s+/g, ' ')}`) };
  });
}

/** "Point n° 2" alone on its line: a point laid out as a form may follow (pointFormSubjects). */
const POINT_RANK_ALONE = /\n[ \t]*(?:Point|POINT)[ \t]+[nN]°[ \t]*\d{1,3}[ \t]*\n/;

/** A subject's line opening on its label ("OBJET : Compte administratif 2011"). */
const OBJET_LINE = new RegExp(String.raw`^[ \t]*${OBJET_WORD}[ \t]*:`);
/** How many lines a register's page may hold between its "Délibération n° 2012-07" and its "OBJET :" (the sitting's figures, who sat). */
const DELIBERATION_LINES_ABOVE = 15;

/**
 * A register's page: "Délibération n° 2012-07" alone on its line, the members' figures and who sat
 * under it, then "OBJET : …": the number is that subject's, where no other heading stands between.
 */
function withDeliberationLineAbove(text: string, h: Heading, previousEnd: number): Heading | null {
  let start = text.lastIndexOf('\n', h.start - 1) + 1;
  for (let k = 0; k < DELIBERATION_LINES_ABOVE && start > previousEnd; k++) {
    const above = lineAt(text, start - 1);
    if (above.start < previousEnd) return null;
    const m = DELIBERATION_LINE.exec(above.line) ?? NUMBER_FIELD_LINE.exec(above.line) ?? NUMBER_BESIDE_COMMISSION.exec(above.line);
    if (m) return DATE_LIKE.test(m[1]!) ? null : { ...h, number: m[1]! };
    start = above.start;
  }
  return null;
}

const keepEach = (out: Heading[], h: Heading): Heading[] => (out.push(h), out);

/** "Rapport n° 4-12" opening the heading's line under "Délibération n° 08AP.147": the report's rank, the deliberation's own number over it. */
const REPORT_LINE = /^[ \t]*(?:Rapport|RAPPORT)[ \t]+[Nn][°o]/;
// OCR's speck may close the line, set off by a space ("Délibération n° 2006-DM1-01 ."); the
// sitting's date may follow the number ("Délibération n° 98/CR/142 du 29 octobre 1998").
const DELIBERATION_LINE = new RegExp(String.raw`^[ \t]*${DELIBERATION_WORD}[ \t]+[Nn][°o]\.?[ \t]*(${LABELLED_NUMBER})(?:[ \t]+[.,'’·]|[ \t]+(?:en[ \t]+date[ \t]+)?du[ \t]+(?:\d{1,2}(?:er)?[ \t]+\p{L}+[ \t]+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}))?[ \t]*$`, 'u');
/** "N° CP 2016-09/1-12" alone on its line: an act's number, its letters and figures. */
const ACT_NUMBER_ALONE = new RegExp(String.raw`^[ \t]*N°[ \t]*(${LABELLED_NUMBER})[ \t]*$`);
/** A form's field of the vote's result: "RESULTAT : ADOPTE A L'UNANIMITE". */
const RESULT_FIELD_LINE = /^[ \t]*R[ÉE]SULTATS?(?:[ \t]+DU[ \t]+VOTE)?[ \t]*:[ \t]*\S/u;
/**
 * A software's form, its fields a line: "N° DELIB : D-1996-042   RAPPORTEUR : M. PAYET   COMMISSION : FINANCES"
 * over "OBJET : …", the number's label first, the next field's label in capitals after it.
 */
const NUMBER_FIELD_LINE = new RegExp(String.raw`^[ \t]*(?:N°|Num[ée]ro|NUM[ÉE]RO)[ \t]*(?:DELIB(?:ERATION)?|D[ée]lib(?:[ée]ration)?)\.?[ \t]*:[ \t]*(${LABELLED_NUMBER})(?=[ \t]+\p{Lu}[\p{Lu}' ]*[ \t]*:|[ \t]*$)`, 'u');

/** A département's register: "N° 89-141      2ème Commission", the act's number and the commission that examined it, over its rapporteur and "OBJET :". */
const NUMBER_BESIDE_COMMISSION = new RegExp(String.raw`^[ \t]*N°[ \t]*(${LABELLED_NUMBER})[ \t]+(?:\d{1,2}(?:[èe]me|[eè]re|e)[ \t]+)?(?:Commission|COMMISSION)(?:[ \t]+[^\n]{1,60})?[ \t]*$`, 'u');

/** `h`, numbered by the report's line it opens on, with the number of the deliberation on the line above; else null. */
function withDeliberationAbove(text: string, h: Heading): Heading | null {
  const lineStart = text.lastIndexOf('\n', h.start - 1) + 1;
  if (lineStart === 0 || !REPORT_LINE.test(lineAt(text, lineStart).line)) return null;
  // "N° CP 2016-09/1-12" / "" / "Rapport n° 1-12": the act's number alone over the report's, a blank line between them maybe.
  let above = lineAt(text, lineStart - 1);
  if (!above.line.trim() && above.start > 0) above = lineAt(text, above.start - 1);
  const m = DELIBERATION_LINE.exec(above.line) ?? ACT_NUMBER_ALONE.exec(above.line);
  return m && !DATE_LIKE.test(m[1]!) ? { ...h, number: m[1]! } : null;
}

/** Fewer small letters than this share of the body's letters: a text in capitals throughout (a few names' given names aside). */
const CAPITALS_THROUGHOUT = 0.1;

function inCapitalsThroughout(text: string, bodyFrom: number): boolean {
  let small = 0;
  let letters = 0;
  for (let i = bodyFrom; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7)) small++;
    else if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) letters++;
  }
  return small < CAPITALS_THROUGHOUT * (small + letters);
}

/**
 * A row of labels opening on the deliberation's number ("N° de délibération   Rapporteur   Commission"),
 * over each point (the pages' repeats of it taken out as running headers but the first).
 */
const NUMBER_ROW_LABELS = /(?:^|\n)[ \t]*N°[ \t]*(?:de[ \t]+)?d[ée]lib[ée]ration[ \t]+\p{L}[^\n]*\n/u;

/**
 * Under "N° de délibération   Rapporteur   Commission", the row of values ("2001-201   M. CAYRE   Finances")
 * right over the point's heading: its number is the point's, its other cells no title.
 */
function numberRowOverHeading(text: string): (out: Heading[], h: Heading) => Heading[] {
  return (out, h) => {
    const previous = out[out.length - 1];
    if (previous && previous.scheme === 'numbered' && previous.number && h.scheme !== 'numbered' && /^[ \t]*\n[ \t]*$/.test(text.slice(previous.end, h.start))) {
      out[out.length - 1] = { ...h, number: previous.number };
      return out;
    }
    out.push(h);
    return out;
  };
}

/** The subject's column label before another's, as a points' header prints them: asked before pointHeaderRows reads the text's lines. */
const POINT_HEADER_WORDS = /(?:Objet|OBJET)[ \t]+(?:Rapporteure?|RAPPORTEURE?|Commission|COMMISSION|Vote|VOTE|D[ée]cision|D[ÉE]CISION)/u;
/** A table's header whose column after the subject's is the rapporteur's ("Ordre Objet Rapporteur", "N° Objet Rapporteur"). */
// Or an act's number first, the ACTES classification after the rapporteur ("Acte n° Objet Rapporteur Nomenclature").
const RAPPORTEUR_COLUMN = /(?:^|\n)[ \t]*(?:N°|Ordre|Rang|Num[ée]ro|Acte[ \t]+n°)?[ \t]*Objet[ \t]+Rapporteur(?:[ \t]+(?:Nomenclature|Mati[èe]re|Commission))?[ \t]*(?:\n|$)/iu;
/**
 * Under "N° Objet Rapporteur", a row a point as software prints it: its rank, its subject in
 * capitals, maybe its deliberation's number, its rapporteur ("3 COMPTE ADMINISTRATIF 1994 -
 * BUDGET COMMUNAL Délibération n° 95/018 M. LEMERCIER", "1 APPROBATION DU PROCES-VERBAL … M. le
 * Maire"). The number is the deliberation's, none where the point has none.
 */
const RAPPORTEUR_ROW = /^[ \t]*(\d{1,2})[ \t]+([A-ZÀ-ÖØ-Þ][^a-zà-öø-ÿ\n]*?)(?:[ \t]+D[ée]lib[ée]ration[ \t]+n°[ \t]*(\d[\w/.-]*))?([ \t]+(?:M\.|Mme|MM\.|Monsieur|Madame)[ \t]+(?:l[ea][ \t]+(?:Maire|Pr[ée]sidente?)|\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?))?[ \t]*$/gmu;

/**
 * Under "Acte n° Objet Rapporteur Nomenclature", each act's row as software prints it over the
 * act's text: its number, its subject in capitals (maybe wrapped onto a second line), its
 * rapporteur, its classification ("88-112 BUDGET SUPPLEMENTAIRE 1988 M. MORVAN 7.1 Décisions budgétaires").
 */
// A page's first row follows its form feed, its header printed again dropped as the page's running head.
const ACT_ROW = /(?<=^|[\n\f])[ \t]*(\d{2,4}[-/.]\d{1,4})[ \t]+([A-ZÀ-ÖØ-Þ0-9][^a-zà-öø-ÿ\n\f]*?(?:\n[ \t]*[A-ZÀ-ÖØ-Þ0-9][^a-zà-öø-ÿ\n\f]*?)?)[ \t\n]+(?:M\.|Mme|MM\.|Monsieur|Madame)[ \t]+\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+)*(?:[ \t]+\d{1,2}(?:\.\d{1,2})+[ \t]+[^\n\f]*)?[ \t]*(?=[\n\f]|$)/gu;
/** The header over such rows. */
const ACT_ROW_HEADER = /(?:^|\n)[ \t]*Acte[ \t]+n°[ \t]+Objet[ \t]+Rapporteur/iu;

/** The rows with a rapporteur or a deliberation's number, and those with neither ("20 QUESTIONS DIVERSES") whose rank follows the last row's. */
function rapporteurRows(text: string): Heading[] {
  const rows: Heading[] = [];
  if (ACT_ROW_HEADER.test(text)) {
    for (const m of execAll(ACT_ROW, text)) {
      const start = m.index! + (m[0].length - m[0].trimStart().length);
      rows.push({ scheme: 'numbered', start, end: m.index! + m[0].length, number: m[1]!, title: cleanTitle(m[2]!) });
    }
    return rows;
  }
  let rank = 0;
  for (const m of execAll(RAPPORTEUR_ROW, text)) {
    const next = Number(m[1]);
    if (!m[3] && !m[4] && (rank === 0 || next !== rank + 1)) continue;
    rank = next;
    rows.push({ scheme: 'numbered', start: m.index!, end: m.index! + m[0].length, number: m[3] ?? null, title: m[2]!.trim() });
  }
  return rows;
}

/** The rapporteur's cell closing a row's subject: "… Budget principal 2012 THEODORE Rosan", "… Le Maire", "… Exercice 2009 Mme DEBRABANT". */
const RAPPORTEUR_CELL = /[ \t]+(?:\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+)*[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*|L[ea][ \t]+(?:Maire|Pr[ée]sidente?)|(?:M\.|Mme|MM\.)[ \t]+\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+)*)$/u;

function withoutRapporteurCell(h: Heading): Heading {
  const title = h.title.replace(RAPPORTEUR_CELL, '');
  return title === h.title || title.length < 5 ? h : { ...h, title };
}

/** The label of a form's ACTES classification field ("Matière", "Nomenclature"). */
const CLASSIFICATION_WORD = String.raw`Mati[èe]re|MATI[ÈE]RE|Nomenclature|NOMENCLATURE|Classification|CLASSIFICATION`;
/**
 * A form one field a line, its label over its value ("Délibération n°" / "93/013" / "Matière" /
 * "7.1 - Décisions budgétaires" / "Objet" / "Compte administratif 1992"): a number's title read
 * as the next label is no title; the subject is the value under "Objet", a few fields below.
 */
const FORM_LABEL_TITLE = new RegExp(String.raw`^(?:${CLASSIFICATION_WORD}|Rapporteure?|RAPPORTEURE?|Nature(?: de l['’]acte)?|NATURE(?: DE L['’]ACTE)?|Commission|COMMISSION)$`, 'u');
const OBJET_LABEL_LINE = new RegExp(String.raw`^[ \t]*${OBJET_WORD}[ \t]*:?[ \t]*$`, 'u');
/** How many lines under the number the form's "Objet" label may stand. */
const FIELDS_TO_OBJET = 6;
/**
 * "Acte n°" / "B1986-047" / "Type d'acte" / "Délibération" / … / "Objet" / "STATION D'EPURATION …": an archive software's act
 * sheet, its number over the next label; its subject under "Objet", past the form's other fields and lists (LISTS_TO_OBJET).
 */
const ACT_TYPE_LABEL_TITLE = /^(?:Type d['’]acte|Type de l['’]acte|TYPE D['’]ACTE)$/u;

/**
 * "Délibération n° 2002-011" over "Nombre de conseillers" (or "Membres en exercice", a counts
 * table's first label over its figures): the form's counts, then its dates, the opening sentence
 * and the lists before its "Objet" label. How many lines it may stand under them.
 */
const COUNT_LABEL_TITLE = /^(?:(?:Nombre|NOMBRE)[ \t]+(?:de|DE|des|DES)[ \t]+(?:conseillers|CONSEILLERS|membres|MEMBRES|d[ée]l[ée]gu[ée]s|D[ÉE]L[ÉE]GU[ÉE]S)(?:[ \t]+\p{L}+){0,3}|(?:Membres|MEMBRES|Conseillers|CONSEILLERS)[ \t]+(?:en|EN)[ \t]+(?:exercice|EXERCICE))$/u;
const LISTS_TO_OBJET = 60;

/** A filter dropping a heading that starts inside one before it, as a form's title read under its labels spans them. */
function notInsideEarlier(): (h: Heading) => boolean {
  let reach = -1;
  return (h) => {
    if (h.start < reach) return false;
    reach = Math.max(reach, h.end);
    return true;
  };
}

/** `h` titled by the value under the form's "Objet" label; `h` itself where there is none. */
function withObjetBelow(text: string, h: Heading, reach = FIELDS_TO_OBJET): Heading {
  // From the end of the heading's line: its label's colon may stand after the title read.
  const lineEnd = text.indexOf('\n', h.end);
  let at = lineEnd < 0 ? text.length : lineEnd;
  for (let k = 0; k < reach && at < text.length; k++) {
    const line = lineAt(text, at + 1);
    if (OBJET_LABEL_LINE.test(line.line)) return titledUnder(text, h, line.end);
    at = line.end;
  }
  return h;
}

/** A heading read up to a form's "Objet" label alone on its line ("N° 2011-09-102" / "Objet" / "FINANCES - …"). */
const OBJET_ALONE_TITLE = new RegExp(String.raw`^${OBJET_WORD}$`, 'u');

/** `h` titled by the line under its own last line, the label's: the form's value. */
function withValueUnderLabel(text: string, h: Heading): Heading {
  // The label closes its line: one followed by its value on the line ("OBJET : …") is read so already.
  return /^[ \t]*\n/.test(text.slice(h.end, h.end + 8)) ? titledUnder(text, h, text.indexOf('\n', h.end)) : h;
}

/** `h` titled by the line under the label's line ending at `labelEnd`; `h` when there is none or it is too short to be a value. */
function titledUnder(text: string, h: Heading, labelEnd: number): Heading {
  if (labelEnd >= text.length) return h;
  const value = lineAt(text, labelEnd + 1);
  // A value wrapped in a narrow column ("COLLEGES PUBLICS -" / "DOTATIONS" / "COMPLEMENTAIRES DE"): its
  // lines while one hangs, or while the next is capitals that close no clause ("LA COMMISSION," opens the text).
  const lines = [value.line];
  let end = value.end;
  while (lines.length < WRAPPED_VALUE_LINES && end + 1 < text.length) {
    const next = lineAt(text, end + 1);
    const more = next.line.trim() && (endsHanging(lines[lines.length - 1]!.trimEnd()) || (NO_SMALL_LETTER.test(lines[lines.length - 1]!) && NO_SMALL_LETTER.test(next.line) && !/[,:;.][ \t]*$/.test(next.line)));
    if (!more) break;
    lines.push(next.line);
    end = next.end;
  }
  const title = cleanTitle(lines.map((l) => l.trim()).join(' '));
  return title.length >= 3 ? { ...h, end, title } : h;
}
/** A line of capitals (and figures), one word maybe: "DOTATIONS". */
const NO_SMALL_LETTER = /^[^\p{Ll}\n]*\p{Lu}{2}[^\p{Ll}\n]*$/u;
/** How many lines a form's value wrapped in its column may take. */
const WRAPPED_VALUE_LINES = 5;

/** The ACTES classification of a form's "Matière" field, over its code ("7.1 - Décisions budgétaires"): no point's rank. */
const CLASSIFICATION_LABEL = new RegExp(String.raw`^[ \t]*(?:${CLASSIFICATION_WORD}|Code mati[èe]re)[ \t]*:?[ \t]*$`, 'u');
function classificationAbove(text: string, h: Heading): boolean {
  const start = text.lastIndexOf('\n', h.start - 1) + 1;
  return start > 0 && CLASSIFICATION_LABEL.test(lineAt(text, start - 1).line);
}

/**
 * "3. Contrat de Plan État-Région …" over "Délibération n° 99.1214 - Rapporteur : M. X": the
 * deliberation's own number on the line under a point's title, in any shape, alone or before a
 * header's label; or its report's, in brackets ("II. - DECISION MODIFICATIVE …" / "(Rapport n°
 * 82-61)"). It is the item's number, not the point's rank.
 */
const NUMBER_BELOW_LINE = new RegExp(
  String.raw`^[ \t]*(?:${ACT_LABEL}[ \t]+[Nn][°o]\.?[ \t]*(\p{Lu}{0,3}[./-]?\d[\w./-]*\d)(?=[ \t]*$|[ \t]+[-–—][ \t]+\p{Lu})|\((?:${ACT_LABEL}|[Rr]apport|RAPPORT)[ \t]+[Nn][°o]\.?[ \t]*(\d[\w./-]*\d)\)[ \t]*$)`,
  'u',
);

/**
 * "2. TARIFS COMMUNAUX 2021 - Délibération n° 2020-058", "4. APPROBATION DES COMPTES DE GESTION 2023 — DEL-2024-012": the deliberation's number closing the point's title;
 * or, with no dash, its code far to the right ("3. FINANCES - … BUDGET PRINCIPAL          DCC 2002-061"): a register's prefix and a year's
 * number, not a span of years ("MARCHÉ DE COLLECTE 2003-2007").
 */
const NUMBER_CLOSING_TITLE = new RegExp(
  String.raw`[ \t]+(?:[-–—][ \t]+(?:${ACT_LABEL}[ \t]+[Nn][°o]\.?[ \t]*(\d[\w./-]*\d)|([A-Z]{1,5}[-_](?:19|20)\d\d[-_/]\d{1,4}))|((?:DCC|DCM|DCS|DEL|DELIB|DB|DBC|DC|DCA|DCP|CP|CM|CC|BC|D)[ _-]?(?:19|20)\d{2}[-_/.](?!(?:19|20)\d{2}(?!\d))\d{2,4}))[ \t]*$`,
  'u',
);

/** `h` with the deliberation's number that closes its title, out of the title; else null. */
function withNumberClosingTitle(h: Heading): Heading | null {
  const closing = NUMBER_CLOSING_TITLE.exec(h.title);
  return closing ? { ...h, number: (closing[1] ?? closing[2] ?? closing[3])!, title: h.title.slice(0, closing.index) } : null;
}

/**
 * "2 – B.81.142 – Zone industrielle …": a point's rank, then the deliberation's own number opening
 * its title before a dash; the number is the deliberation's (as where both stand on two lines).
 */
const NUMBER_OPENING_TITLE = /^(\p{Lu}{0,3}\.?\d{2,4}[./-]\d{1,4}(?:[./-]\d{1,4})?)[ \t]+[–—-][ \t]+(?=\p{Lu})/u;
/**
 * "00-DFB/10        DEBAT D'ORIENTATIONS BUDGETAIRES", "02-CP-04-01  FONDS …": a deliberation's code opening a title in
 * capitals (its year, its service's letters, its rank; or its letters, its year and rank), the
 * margin's number read across.
 */
const CODE_OPENING_TITLE = /^(\d{2,4}[-/.][A-Z]{2,6}[-/.]\d{1,4}(?:[-/.]\d{1,4})?|[A-Z]{1,5}[-/.]?\d{2,4}[-/.]\d{1,4}(?:[-/.]\d{1,4})?)[ \t]+(?=\p{Lu}{2})/u;
function withCodeOpeningTitle(h: Heading): Heading | null {
  const m = h.scheme === 'capitals' ? (CODE_OPENING_TITLE.exec(h.title) ?? NUMBER_THEN_RANK.exec(h.title)) : null;
  return m ? { ...h, scheme: 'numbered', number: m[1]!, title: h.title.slice(m[0].length) } : null;
}
/** "92-61      1 - APPROBATION DU PROCES-VERBAL …": the margin's deliberation number, then the point's rank, its title in capitals. */
const NUMBER_THEN_RANK = /^((?:19|20)?\d{2}[-/.]\d{1,4})[ \t]+\d{1,3}[ \t]*[-–—.)][ \t]+(?=\p{Lu}{2})/u;

function withNumberOpeningTitle(h: Heading): Heading | null {
  const m = h.number && /^\d{1,3}$/.test(h.number) ? NUMBER_OPENING_TITLE.exec(h.title) : null;
  return m ? { ...h, number: m[1]!, title: h.title.slice(m[0].length) } : null;
}

/**
 * "10/112 CP - DOTATION …": `h` with the assembly's letters closing its number, before the title's dash; or its letters
 * the whole of what the line gave as its title ("Délibération n° 09/187 AC"), the subject on the line under; else null.
 */
function withAssemblyCode(text: string, h: Heading): Heading | null {
  if (!h.number || !/\d$/.test(h.number)) return null;
  if (ASSEMBLY_CODE_ALONE.test(h.title)) {
    const under = text[h.end] === '\n' ? lineAt(text, h.end + 1) : null;
    return under && under.line.trim().length >= MIN_SUBJECT_UNDER ? { ...h, end: under.end, number: `${h.number} ${h.title}`, title: cleanTitle(under.line) } : null;
  }
  const code = ASSEMBLY_CODE_OPENING.exec(h.title);
  return code ? { ...h, number: `${h.number} ${code[1]}`, title: h.title.slice(code[0].length) } : null;
}
/** An assembly's code: the Commission Permanente's, a council's, a bureau's. */
const ASSEMBLY_CODES = 'CP|AC|CG|CD|CR|BC|BP|CM|CC';
/** An assembly's code opening a title before a dash. */
const ASSEMBLY_CODE_OPENING = new RegExp(String.raw`^(${ASSEMBLY_CODES})[ \t]+[-–—][ \t]+(?=\p{Lu})`, 'u');
/** An assembly's code alone. */
const ASSEMBLY_CODE_ALONE = new RegExp(String.raw`^(?:${ASSEMBLY_CODES})$`);
/** A subject under a number is longer than this. */
const MIN_SUBJECT_UNDER = 8;

/** `h` (a point numbered by its rank) with the deliberation's number closing its title or on the line under it; else null. */
function withNumberBelow(text: string, h: Heading): Heading | null {
  const closing = withNumberClosingTitle(h);
  if (closing) return closing;
  if (h.end >= text.length || text[h.end] !== '\n') return null;
  let below = lineAt(text, h.end + 1);
  // The title underlined, the number under the rule ("2. ZONE D'ACTIVITÉS …" / "-----" / "Délibération n° B.93.021").
  if (UNDERLINE.test(below.line) && below.end < text.length) below = lineAt(text, below.end + 1);
  const m = NUMBER_BELOW_LINE.exec(below.line);
  if (m) return { ...h, number: (m[1] ?? m[2])! };
  // A form's label, its value on the line under it ("Délibération n° :" / "B-2007-061").
  if (!NUMBER_LABEL_ALONE.test(below.line) || below.end >= text.length) return null;
  const value = NUMBER_VALUE_LINE.exec(lineAt(text, below.end + 1).line);
  return value ? { ...h, number: value[1]! } : null;
}
const UNDERLINE = /^[ \t]*[-_=]{5,}[ \t.,'’]*$/;
const NUMBER_LABEL_ALONE = new RegExp(String.raw`^[ \t]*${ACT_LABEL}[ \t]+[Nn][°o]\.?[ \t]*:?[ \t]*$`, 'u');
const NUMBER_VALUE_LINE = /^[ \t]*(\p{Lu}{0,3}[-./]?\d[\w./-]*\d)[ \t]*$/u;

/**
 * A point's or a deliberation's number alone on a line over its subject: "Point n° 3" / "DCM n°
 * 2011-37" (or "N° 31" alone, a register's) / "Objet : Taxe d'aménagement …". The first kind is
 * the point's rank, the others the deliberation's own number, which is the item's where both stand.
 * OCR may leave a speck after the number ("AFFAIRE N° 84/67 .") or read its ° as an apostrophe;
 * the number may close on its assembly's letters ("DELIBERATION N° 96/071 AC").
 */
const NUMBER_LABEL_LINE = new RegExp(
  String.raw`^[ \t]*(?:(Point|POINT|Question|QUESTION|Affaire|AFFAIRE|Dossier|DOSSIER|Rapport|RAPPORT)[ \t]+|(${ACT_LABEL})(?:[ \t]*,)?[ \t]+|()(?=N°))[Nn][°o'’]\.?[ \t]*(\d[\w./-]*(?:[ \t]+\p{Lu}{1,4}(?=[ \t]*$))?)(?:[ \t]+[.,'’])?[ \t]*$`,
  'u',
);
/**
 * A line in square brackets alone: what a transcription adds ("[En marge : … – Reçu à la Sous-Préfecture …]",
 * "[Cachet]"). Wider than MARGIN_TITLE: here the note is only passed over, whatever it says and however long.
 */
const BRACKETED_LINE = /^[ \t]*\[[^\]\n]{3,400}\][ \t]*$/;
/** How many number lines may stand over a subject. */
const NUMBER_LINES_ABOVE = 2;

/** The line over `line` where `line` is blank, else `line`. */
function overBlank(text: string, line: ReturnType<typeof lineAt>): ReturnType<typeof lineAt> {
  return line.line.trim() === '' && line.start > 0 ? lineAt(text, line.start - 1) : line;
}

const REPORT_LABEL = /^(?:Rapport|RAPPORT)$/u;
/** How many lines above a report's rank the deliberation's own number may stand (a commission's line between). */
const OWN_NUMBER_LINES = 4;

/** Whether a deliberation's own number ("N° DEL-2017-146", "Délibération n° 2006-DM1-01") stands alone on one of the few lines above `lineStart`. */
function ownNumberAbove(text: string, lineStart: number): boolean {
  for (let k = 0, at = lineStart; k < OWN_NUMBER_LINES && at > 0; k++) {
    const line = lineAt(text, at - 1);
    if (ACT_NUMBER_ALONE.test(line.line) || DELIBERATION_LINE.test(line.line)) return true;
    at = line.start;
  }
  return false;
}

/**
 * A register's sheet, its deliberation's number alone on a line at its head ("N° 2000/04"), over
 * the sitting's counts, opening and lists, the subject under "OBJET :" further down: `h`, that
 * subject, with the number of its sheet, no heading between them; else null.
 */
function withSheetNumber(text: string, h: Heading, from: number): Heading | null {
  if (!SUBJECT_LABEL_OPENING.test(text.slice(h.start, h.start + 12))) return null;
  const zone = text.slice(Math.max(from, h.start - SHEET_HEAD_REACH), h.start);
  let number: string | null = null;
  for (const m of execAll(SHEET_NUMBER_LINE, zone)) number = m[1]!;
  return number ? { ...h, number: fixNumberRuns(number) } : null;
}
/** The record naming itself and its body: "PROCES-VERBAL DE LA REUNION DU COMITE SYNDICAL", "COMPTE RENDU DE LA SEANCE DU CONSEIL MUNICIPAL". */
const RECORD_TITLE = /^(?:PROC[ÈE]S[- ]VERBAL|COMPTE[- ]RENDU(?:\s+SOMMAIRE)?)\s+DE\s+LA\s+(?:R[ÉE]UNION|S[ÉE]ANCE)\s+DU\s+(?:COMIT[ÉE]|CONSEIL|BUREAU)/iu;
/** Where the sitting's opening or its lists start (OPENING_BETWEEN), or -1. */
function sittingOpensAt(text: string): number {
  return lowerOf(text).search(OPENING_BETWEEN);
}
/** "OBJET :" opening the heading. */
const SUBJECT_LABEL_OPENING = /^(?:OBJET|Objet)[ \t]*:/u;
/**
 * The sheet's number alone on its line (the page's layout set it right, as the lines around it), or
 * labelled alone or at the right of the sitting's line ("Séance du 28 juin 1999      Délibération n° 99-l0",
 * OCR's look-alikes in the label and the figures).
 */
const SHEET_NUMBER_LINE = /(?<=^|\n)(?:[ \t]*(?:S[ée]ance[ \t]+du[^\n]*?[ \t])?D[ée][l1I]['’]?[i1l]?b[ée]ration[ \t]+n°|[ \t]*N°)[ \t]?(\d{2}(?:\d{2})?[/-][\dlIO]{1,4})[ \t]*(?=\n)/gu;
/** How far above its subject a sheet's number may stand: the counts, the opening and the lists between. */
const SHEET_HEAD_REACH = 2500;

/** `h` with the number of the lines right above it (NUMBER_LABEL_LINE), starting at them; else null. */
function withNumberAbove(text: string, h: Heading): Heading | null {
  // Only over a heading that opens its line.
  let start = text.lastIndexOf('\n', h.start - 1) + 1;
  if (text.slice(start, h.start).trim() !== '') return null;
  let number: string | null = null;
  let ownNumber = false;
  for (let k = 0; k < NUMBER_LINES_ABOVE && start > 0; k++) {
    let above = lineAt(text, start - 1);
    if (k === 0) {
      // A blank line may part the number from its subject ("AFFAIRE N° 84/67" / "" / "OBJET : …"), and a
      // transcription's margin note too ("Délibération n° 80-03" / "[En marge : Compte administratif 1979.]" / "" / "COMPTE …").
      above = overBlank(text, above);
      if (BRACKETED_LINE.test(above.line) && above.start > 0) above = overBlank(text, lineAt(text, above.start - 1));
    }
    const m = NUMBER_LABEL_LINE.exec(above.line);
    if (!m || above.start >= start) break;
    // "N° DEL-2017-146" / "3ème COMMISSION …" / "Rapport n° 3.04": a report's rank under the deliberation's
    // own number a few lines higher is no number of the point's (that number is read where it stands).
    if (REPORT_LABEL.test(m[1] ?? '') && ownNumberAbove(text, above.start)) break;
    // The deliberation's number wins over the point's rank, whichever stands higher. Its figures
    // as OCR may have read them ("2001-3l") are mended.
    if (!ownNumber) number = fixNumberRuns(m[4]!);
    // "N° 31" alone, a register's: the deliberation's own number.
    ownNumber ||= m[2] !== undefined || m[3] !== undefined;
    start = above.start;
  }
  return number === null ? null : { ...h, start, number };
}

/** Shorter than this, a line is a label or a cell, no subject (and no sentence before a form). */
const MIN_FORM_SUBJECT = 15;
/** "Objet" alone on its line: where a form's column of labels may hold the subject's. */
// Its colon after it too ("Séance du :" / "Délibération n° :" / "Objet :" / "Rapporteur :", then their values).
const OBJET_LABEL_ALONE = /\n[ \t]*(?:Objet|OBJET)[ \t]*:?[ \t]*\n/u;
/** How many lines a subject may wrap on under its "Objet" label, its value's lines before the next label. */
const PAIRED_SUBJECT_LINES = 3;
/** A label of a deliberation's form, alone on its line. */
const SUBJECT_FORM_LABEL = /^(?:N°(?:[ \t]+d['’](?:ordre|acte)|[ \t]+(?:de[ \t]+(?:la[ \t]+)?)?d[ée]lib[ée]ration)?|Num[ée]ro(?:[ \t]+d['’]ordre)?|D[ée]lib[ée]ration[ \t]+n[°o]|S[ée]ance[ \t]+du|Rapporteure?|Objet|Nature|Mati[èe]re|Nomenclature(?:[ \t]+ACTES)?|Commission|Service)(?:[ \t]*:)?$/iu;

/**
 * A form printed by software, its labels one a line ("N° d'ordre" / "Rapporteur" / "Objet"),
 * then their values as many in the same order ("2000/048" / "M. le Maire" / "FORET COMMUNALE -
 * ETAT PREVISIONNEL …", the subject maybe wrapped): the subject of the deliberation, its number
 * the "N°" label's value.
 */
function labelColumnSubjects(text: string, from: number): Heading[] {
  const out: Heading[] = [];
  const lines = trimmedLines(text, from, text.length);
  for (let i = 0; i < lines.length; i++) {
    if (!/^objet(?:[ \t]*:)?$/iu.test(lines[i]!.text)) continue;
    // Each label over its value, in turn ("Acte n°" / "83/B/401" / "Objet" / "FINANCES - Emprunt
    // …" / "Rapporteur" / "M. X"): the subject runs to the next label.
    // The label over the number may be gone with the page's repeated head; the number alone on its line over "Objet" is the form's.
    const pairedNumber = i >= 1 ? NUMBER_VALUE.exec(lines[i - 1]!.text) : null;
    if (pairedNumber && lines[i + 1] && /^\p{Lu}/u.test(lines[i + 1]!.text)) {
      let last = i + 1;
      while (last + 1 < lines.length && last - i < PAIRED_SUBJECT_LINES && lines[last + 1]!.text && !SUBJECT_FORM_LABEL.test(lines[last + 1]!.text)) last++;
      const end = lines[last]!.start + lines[last]!.text.length;
      out.push({ scheme: 'numbered', start: lines[i - 1]!.start, end, number: pairedNumber[1]!, title: cleanTitle(text.slice(lines[i + 1]!.start, end)) });
      continue;
    }
    let first = i;
    while (first > 0 && SUBJECT_FORM_LABEL.test(lines[first - 1]!.text)) first--;
    let end = i + 1;
    while (end < lines.length && SUBJECT_FORM_LABEL.test(lines[end]!.text)) end++;
    const count = end - first;
    if (count < 2 || end + count > lines.length) continue;
    const value = lines[end + (i - first)]!;
    // A subject, not another label's cell: a table's header ("Point / Objet / Rapporteur / Décision") over rows is no form.
    const before = lines[first - 1]?.text ?? '';
    const numberAt = lines.slice(first, end).findIndex((l) => NUMBER_COLUMN_LABEL.test(l.text));
    const number = numberAt < 0 ? null : (NUMBER_VALUE.exec(lines[end + numberAt]!.text)?.[1] ?? null);
    // Its number's value a deliberation's ("84-06-032"): a form, whatever closed the one before ("ADOPTE").
    if (value.text.length < MIN_FORM_SUBJECT || !/^\p{Lu}/u.test(value.text) || (before && before.length < MIN_FORM_SUBJECT && !number)) continue;
    const lineEnd = value.start + value.text.length;
    const titleEnd = Math.max(wrappedTitleEnd(text, lineEnd), capitalsTitleEnd(text, value.text, lineEnd));
    out.push({ scheme: number ? 'numbered' : 'capitals', start: lines[first]!.start, end: titleEnd, number, title: cleanTitle(text.slice(value.start, titleEnd)) });
  }
  return out;
}

/** "N° d'acte" (or "N° délibération", "Acte n°") / "Nature" / "Matière" / "Rapporteur" then their values, one a line: a form printed by software. */
const NUMBER_COLUMN_LABEL = /^[ \t]*(?:(?:N°|Num[ée]ro)(?:[ \t]+d['’](?:acte|ordre)|[ \t]+de[ \t]+l['’][ \t]?acte|[ \t]+(?:de[ \t]+(?:la[ \t]+)?)?d[ée]lib[ée]ration|[ \t]+d[ée]lib\.?)?|(?:acte|d[ée]lib[ée]ration)[ \t]+n[°o]\.?)[ \t]*:?[ \t]*$/iu;
/** A deliberation's number in its commonest shape, figures a register's code may open: "89/041", "CP/98/11/01". */
const REGISTER_NUMBER = String.raw`(?:[A-Z]{1,5}[/_-]?)?\d{2,4}(?:[/_-]\d{1,4}){1,3}`;
/**
 * The same label opening a row of the form's labels, its value opening the row under it, the
 * dates' after: "N° d'ordre Date de convocation Date d'affichage" / "2002/031 15/03/2002 15/03/2002".
 */
const NUMBER_ROW_LABEL = /^[ \t]*(?:N°|Num[ée]ro)[ \t]+d['’](?:acte|ordre)[ \t]+(?=Date[ \t])/iu;
const NUMBER_ROW_VALUE = new RegExp(String.raw`^[ \t]*(${REGISTER_NUMBER})(?:[ \t]+\d{1,2}\/\d{1,2}\/\d{2,4})+[ \t]*$`, 'u');
/** A deliberation's number alone on its line: "89/041", "2024-014", "CP/98/11/01", "CS2013-08", "83/B/401". */
const NUMBER_VALUE = new RegExp(String.raw`^[ \t]*(${REGISTER_NUMBER}|\d{2,4}[/_-][A-Z]{1,3}[/_-]\d{1,4}|\d{4}[/_-]\d{1,2}[/_-][A-Z]{1,4}\d{0,2}[/_-]\d{1,4})[ \t]*$`, 'u');
/** How many lines of such a form may stand over the subject. */
const FORM_LINES_ABOVE = 10;

/** `h` with the number its form's "N° d'acte" column gives, the values under the labels; else null. */
function numberInLabelColumn(text: string, h: Heading): Heading | null {
  let at = h.start;
  const above: string[] = [];
  for (let k = 0; k < FORM_LINES_ABOVE && at > 0; k++) {
    const line = lineAt(text, at - 1);
    above.unshift(line.line);
    at = line.start;
  }
  // The nearest label over the subject: the window may reach up into the point before.
  let label = above.length - 1;
  while (label >= 0 && !NUMBER_COLUMN_LABEL.test(above[label]!) && !NUMBER_ROW_LABEL.test(above[label]!)) label--;
  if (label < 0) return null;
  if (!NUMBER_COLUMN_LABEL.test(above[label]!)) {
    const value = NUMBER_ROW_VALUE.exec(above[label + 1] ?? '');
    return value && !DATE_LIKE.test(value[1]!) ? { ...h, number: value[1]! } : null;
  }
  // The labels stand one a line under "N° d'acte"; the first value after them is the number.
  const number = numberUnderLabel(above, label, above.length);
  return number ? { ...h, number } : null;
}

/** The first number a line gives alone (NUMBER_VALUE, not a date) among lines(label, label + reach]: a form's value under its labels. */
function numberUnderLabel(lines: readonly string[], label: number, reach: number): string | null {
  for (const line of lines.slice(label + 1, label + 1 + reach)) {
    const value = NUMBER_VALUE.exec(line);
    if (value && !DATE_LIKE.test(value[1]!)) return value[1]!;
  }
  return null;
}

/** Deliberation numbers heading their subjects (NUMBERED_PATTERNS), pushed onto `found`. */
const SPACE_BESIDE_SLASH = / ?\/ ?/g;
const OBJET_TAKEN = new RegExp(String.raw`${OBJET_WORD}[ \t]*:[ \t]*$`);
const WISH_OR_MOTION = new RegExp(String.raw`^[ \t]*(?:${WISH_OR_MOTION_LABEL})[ \t]`, 'u');

/**
 * A register's margin beside each deliberation, read before its text: "N° 27" / "Objet :" / the
 * subject in a few words ("Budget supplémentaire" / "1984"), then, after a blank line, the title in
 * capitals over the text ("BUDGET SUPPLEMENTAIRE DE L'EXERCICE 1984"): the number and that title.
 */
const MARGIN_NUMBER_OBJET = /^[ \t]*N°[ \t]*(\d{1,4}(?:[-/.]\d{1,4})?)[ \t]*\n[ \t]*(?:Objet|OBJET)[ \t]*:?[ \t]*\n(?:[ \t]*\S[^\n]{0,39}\n){1,5}(?:[ \t]*\n)+[ \t]*(?=\p{Lu}[^\p{Ll}\n]{11,}$)/gmu;

function marginNumberObjet(text: string, found: Heading[]): void {
  for (const m of execAllAtLineStarts(MARGIN_NUMBER_OBJET, text, 'N')) {
    const titleStart = m.index! + m[0].length;
    const line = lineAt(text, titleStart);
    const end = capitalsTitleEnd(text, line.line, line.end);
    found.push({ scheme: 'numbered', start: m.index! + (m[0].length - m[0].trimStart().length), end, number: m[1]!, title: cleanTitle(text.slice(titleStart, end)) });
  }
}

/**
 * A register's margin giving the act's code on the heading's line, its rule after it ("D.2022-009 | N° 2022-009 - COMPTE
 * DE GESTION 2021", OCR's "!", "l" or "I" for the rule, or none), the code the number the heading gives again: that number
 * and title. The margin's note on the line under ("Compte de gestion | ASSAINISSEMENT") may carry the title's last words in capitals.
 */
const MARGIN_CODE_THEN_NUMBER = /^[ \t]*[A-Z]{1,3}\.?[ \t]?(\d{2,4}[-/.]\d{1,4})[ \t]+(?:[|!¦lI][ \t]+)?N°[ \t]?(\d{2,4}[-/.]\d{1,4})[ \t]*[-–—][ \t]+(?=\p{Lu}[^\p{Ll}\n]*$)/gmu;
/** The title's words wrapped beside the margin's note: a run of capitals closing the line, after the rule where one stands. */
const TITLE_BESIDE_NOTE = /^([^\n]{1,25}?)[ \t]+(?:[|!¦lI][ \t]+)?(\p{Lu}[^\p{Ll}|!¦\n]*\p{Lu}[^\p{Ll}|!¦\n]*)$/u;

function marginCodeThenNumber(text: string, found: Heading[]): void {
  for (const m of execAllAtLineStarts(MARGIN_CODE_THEN_NUMBER, text, CAPITALS)) {
    if (m[1] !== m[2]) continue;
    const titleStart = m.index! + m[0].length;
    const line = lineAt(text, titleStart);
    let title = text.slice(titleStart, line.end);
    let end = line.end;
    const next = end < text.length ? lineAt(text, end + 1) : null;
    const wrapped = next && TITLE_BESIDE_NOTE.exec(next.line);
    if (wrapped && /\p{Ll}/u.test(wrapped[1]!) && /\p{Lu}{3}/u.test(wrapped[2]!)) {
      // "TERRI-" / "TORIAL": a word the wrap cut joins again; "CORSE -" / "DOTATION …" keeps its spaced dash.
      title = /\p{L}-$/u.test(title) ? `${title.slice(0, -1)}${wrapped[2]}` : `${title} ${wrapped[2]}`;
      end = next!.end;
    }
    found.push({ scheme: 'numbered', start: m.index! + (m[0].length - m[0].trimStart().length), end, number: m[2]!, title: cleanTitle(title) });
  }
}

function numberedHeadings(text: string, found: Heading[]): void {
  if (text.includes('N°') && (text.includes('Objet') || text.includes('OBJET'))) marginNumberObjet(text, found);
  if (text.includes(' N°')) marginCodeThenNumber(text, found);
  // A numbered subject may head the extract, before its attendance ("03-2024 OBJET : …"): the
  // schemes but capitals read the whole text.
  const numberedMatches = [
    ...execAllAtLineStarts(NUMBERED_PATTERNS[0]!, text, NUMBERED_OPENING),
    ...(text.includes('N°') ? execAll(NUMBERED_PATTERNS[1]!, text) : []),
    ...(text.includes('OBJET') ? execAll(NUMBERED_PATTERNS[2]!, text) : []),
    ...(hasNumberSign(text) ? execAllAtLineStarts(NUMBERED_PATTERNS[3]!, text, LABELLED_OPENING) : []),
    ...(text.includes('apport n°') || text.includes('apport N°') || text.includes('APPORT N°') ? execAllAtLineStarts(REPORT_ONLY_NUMBERS, text, 'Rr') : []),
    ...(SESSION_DOTTED_CODE.test(text) ? [...execAllAtLineStarts(SESSION_DOTTED_NUMBERS, text, '0123456789'), ...execAllAtLineStarts(LABELLED_SESSION_DOTTED_NUMBERS, text, 'D')] : []),
  ];
  let series: Set<string> | undefined;
  for (const m of numberedMatches) {
    const number = m[1]!;
    // "974-…-20120329-" / "2012_06-DE": an @ctes identifier wrapped in a stamp's column, its act's nature after the number.
    if (ACTES_NATURE_AFTER.test(text.slice(m.index! + m[0].indexOf(number) + number.length, m.index! + m[0].length + 3))) continue;
    // Labelled ("N° 22-148 –", "Délibération n° 22-148"), any number but a date is one.
    // Or after the point's rank and a dash ("2 - 2024-10-01 - INSTALLATION …"): its act's number, though it reads as a date;
    // or after a software's "OBJET" ("OBJET 97/111 ADOPTION …").
    // Or after an affair's rank ("Affaire 2 93-021 Compte de gestion …"); or a field block's "Rapport" over its "Objet".
    const labelled = /N°|[Nn][°o]\.?\s*$|^[ \t]*\d{1,2}[ \t]+[-–][ \t]+$|^[ \t]*(?:OBJET|Objet)[ \t]+$|^[ \t]*(?:[Aa]ffaire|AFFAIRE)[ \t]+\d{1,3}[ \t]+$|^[ \t]*(?:[Rr]apport|RAPPORT)[ \t]+$/.test(m[0].slice(0, m[0].indexOf(number)));
    // "98/58 1°) DEMANDE …": a register's number, its year in two figures, before a typescript's rank.
    const ranked = /^\d{2}[-/]\d{2,3}$/.test(number) && RANK_AFTER_NUMBER.test(m[0].slice(m[0].indexOf(number) + number.length));
    const inSeries = /^\d{2}[-/]\d{2,3}$/.test(number) && (series ??= yearSeries(text)).has(number.slice(0, 3));
    if (!isDeliberationNumber(number) && !(labelled && !DATE_LIKE.test(number)) && !ranked && !inSeries) continue;
    // "09-CP-3-01" after its label only: unlabelled, such a code opens a row of an annex's table ("09-L-029  Lycée …",
    // "09-L-031  LYCEE JEAN MOULIN   12 000"); not where a title in capitals follows it on a line closing on no figure,
    // a margin's number read across ("02-CP-04-01  FONDS D'AIDE AUX COMMUNES …").
    // (Unlabelled, NUMBERED_PATTERNS[0] reads it only before two words in capitals.)
    if (!labelled && LETTERS_INSIDE.test(number) && /\d[ \t]*$/.test(lineAt(text, m.index!).line)) continue;
    // A number alone on its line may have service lines under it before its "OBJET :".
    // Not when the match took its own "OBJET :" already ("… N° 2001/082" / "OBJET : …"): the next one below is the next point's.
    const overLines = m[0].includes('\n') && !OBJET_TAKEN.test(m[0]);
    const below = overLines ? objetBelow(text, m.index! + m[0].length) : null;
    // Or it heads the extract, and its "OBJET :" comes after the sitting's opening and the lists:
    // the lines under it are the header's, and the number is read with the header (headerNumber).
    // Not a number over its own "Objet :", the next point's after the counts a register's page restates.
    if (overLines && below === null && objetAfterOpening(text, m.index! + m[0].length)) continue;
    let titleStart = below || m.index! + m[0].length;
    // "Délibération n° 94-06-17      Commission : Education - Formation": the header's other column
    // beside the number, the subject under "OBJET :" below.
    if (!below && SIDE_LABEL.test(text.slice(titleStart, titleStart + 40))) {
      const objet = objetBelow(text, lineAt(text, titleStart).end + 1);
      if (objet !== null) titleStart = objet;
    }
    // "N° 93-11 Pouvoirs : M. MARCHETTI … à M. SANTUCCI ;": the margin's number beside the lists, its
    // subject under "OBJET :" after them; else no heading.
    if (!below && LIST_LABEL_BESIDE.test(text.slice(titleStart, titleStart + 40))) {
      const objet = objetBelow(text, lineAt(text, titleStart).end + 1, LISTS_TO_OBJET_LINES, true);
      if (objet === null) continue;
      titleStart = objet;
    }
    // "OBJET : Rapporteur : M. X, Adjoint" / "Décision modificative  M. X expose …": the body's first
    // line beside the margin's "OBJET :", the subject the margin's cell under it.
    // The heading starts at its "N°1" or "Délibération n°" lead, else at the number.
    const numberStart = m.index! + (m[0].length - m[0].trimStart().length);
    if (titleStart > 0 && OBJET_TAKEN.test(text.slice(Math.max(0, titleStart - 12), titleStart)) && SIDE_LABEL.test(text.slice(titleStart, titleStart + 40))) {
      const cell = marginCellUnder(text, lineAt(text, titleStart).end);
      if (cell) {
        found.push({ scheme: 'numbered', start: numberStart, end: cell.end, number: number.trim().replace(SPACE_BESIDE_SLASH, '/'), title: cleanTitle(text.slice(cell.start, cell.end)) });
        continue;
      }
    }
    if (SITTING_OPENING.test(lowerOf(text).slice(titleStart, titleStart + 60))) continue;
    // "Délibération N° 2023/12 – Conseil d'administration du 14 mars 2023" over a page: a running
    // header naming the sitting, not a subject.
    if (SITTING_NAMED.test(lowerOf(text).slice(titleStart, lineAt(text, titleStart).end))) continue;
    // With no dash, colon or "Objet" after it, a number before a word in lower case is a
    // reference a line break put first ("2321-2 et 3 du Code …"), not a heading.
    // A wish's or a motion's label says it heads one: "VŒU n° 16-07 présenté par le groupe …".
    if (/^\p{Ll}/u.test(text[titleStart]!) && !/[-–:]|bjet|BJET/.test(m[0].slice(m[0].lastIndexOf(number) + number.length)) && !WISH_OR_MOTION.test(m[0])) continue;
    const { end: lineEnd } = lineAt(text, titleStart);
    let raw = text.slice(titleStart, Math.min(lineEnd, titleStart + 400));
    const stop = TITLE_STOP.exec(raw) ?? VOTE_IN_TITLE.exec(raw);
    if (stop && stop.index > 0) raw = raw.slice(0, stop.index);
    let end = titleStart + raw.length;
    const wrapped = stop ? end : wrappedTitleEnd(text, end);
    if (wrapped > end) {
      raw = text.slice(titleStart, wrapped);
      // "TRANSPORT SCOLAIRE - CONVENTION AVEC LA REGION CENTRE-VAL DE" / "LOIRE : le comité approuve …".
      const colon = COLON_STOP_ALONE.exec(raw);
      if (colon && colon.index > end - titleStart) raw = raw.slice(0, colon.index);
      end = titleStart + raw.length;
    } else {
      const capitalsEnd = capitalsTitleEnd(text, raw, lineEnd, labelWidth(text, titleStart));
      if (capitalsEnd > lineEnd) {
        raw = text.slice(titleStart, capitalsEnd);
        end = capitalsEnd;
      }
    }
    const title = cleanTitle(raw);
    // "Délibération n° CP 12/12/08   Rapport n° 8": a header line of two numbers, not a subject.
    // "DEL2026-018 – CCAS – élection des représentants        2/2": a page's running footer.
    if (onPageMark(text.slice(titleStart, lineEnd))) continue;
    // "N° 41" alone over "COMMUNE DE …": a register's folio over its letterhead; a rank alone heads a subject written in small letters.
    // Nor over a part's label ("DÉCISION MODIFICATIVE" / "N° 2" / "Exposé :": a title's number wrapped).
    // A subject stacked a word or two a line under it ("N° 2" / "Electrification" / "rurale" / …) is stackedMarginTitles' to read.
    if (BARE_RANK_LINE.test(m[0]) && (!/\p{Ll}/u.test(text.slice(titleStart, lineEnd)) || PART_WORD_TITLE.test(title) || stackedUnder(text, titleStart, lineEnd))) continue;
    // "D 2313-21 : Constructions 3 200.00 €": a budget's row, its account after the side's letter, its amount closing it.
    if (BUDGET_ACCOUNT.test(number) && AMOUNT_CLOSING.test(title)) continue;
    if (title.length >= 3 && !ANOTHER_NUMBER.test(title)) found.push({ scheme: 'numbered', start: numberStart, end, number: number.trim().replace(SPACE_BESIDE_SLASH, '/'), title });
  }
}
/**
 * A margin's cell opening a line, the body beside it: up to where the body's sentence shows (a
 * civility, an article in capitals, two spaces), else the line when short. Normalized text keeps
 * one space where the scan had a gutter, so the cell's end is read from the words.
 */
const MARGIN_CELL = /^[ \t]*(\p{L}[^\n]{2,38}?)(?:[ \t]{2,}\S|[ \t]+(?=(?:M\.|Mme|MM\.|Monsieur|Madame|Le|La|Les|L['’])[ \t]))/u;
/** Longer than this, a line with no such mark is the body's, not a cell. */
const MARGIN_LINE = 40;

/** The margin's cell on the line after `lineEnd`, or null. */
function marginCellUnder(text: string, lineEnd: number): { start: number; end: number } | null {
  if (lineEnd >= text.length) return null;
  const next = lineAt(text, lineEnd + 1);
  const m = MARGIN_CELL.exec(next.line);
  const cell = m ? m[1]! : next.line.trim().length <= MARGIN_LINE ? next.line.trim() : null;
  if (!cell || !/^\p{L}/u.test(cell) || /[;:]$/.test(cell)) return null;
  const start = next.start + next.line.indexOf(cell);
  return { start, end: start + cell.length };
}

/** A budget's account: the side's letter (D, R), a space, the account's figures. */
const BUDGET_ACCOUNT = /^[DR] \d{3,4}/;
/** An amount closing a line: "3 200.00 €", "12 500 F". */
const AMOUNT_CLOSING = /\d(?:[\d .,\u00a0\u202f]*\d)?[ \t]*(?:€|F|EUR|euros?|francs?)$/u;

/** Shorter than this, a line under a rank is a piece of a subject stacked in the margin. */
const STACKED_LINE = 20;
/** Whether the line text[start, end) and the one under it are both such pieces. */
function stackedUnder(text: string, start: number, end: number): boolean {
  if (end - start >= STACKED_LINE || end >= text.length) return false;
  const next = lineAt(text, end + 1).line.trim();
  return next.length > 0 && next.length < STACKED_LINE;
}
/** "N° 2" alone on its line, no label but the sign. */
const BARE_RANK_LINE = /^[ \t]*N°\s?\d{1,3}[ \t]*\n/;
/** A heading's title that is the rapporteur's label, the cell after a report's number: no subject. */
const RAPPORTEUR_LABEL_TITLE = /^rapporteure?s?(?:\s*:|$)/iu;
/** A report's part giving the opinion of the commission that examined it ("AVIS DE LA COMMISSION", "Avis de la commission des finances"), about nothing else. */
const COMMISSION_OPINION_TITLE = /^avis\s+(?:de\s+la\s+commission|des\s+commissions|du\s+bureau)(?:\s+(?!sur\s|relati|concernant)[\p{L}'’,-]+){0,8}[ \t]*:?$/iu;
/** The sitting's opening formula: what says the body met, no point's subject. */
const SITTING_OPENING_TITLE = /(?:^|[\s,])s['’]est\s+r[ée]uni(?:e|s)?(?![\p{L}])/u;
/** A heading's title that is an act's classification under its label ("Nomenclature : 7.1 …", "Matière : 5.2 …"). */
const CLASSIFICATION_LABEL_TITLE = new RegExp(String.raw`^(?:${CLASSIFICATION_WORD})[ \t]*:`, 'u');
/** The label of the commission that examined the report ("Commission :", "Commission compétente :"), OCR's "Commlssion" too. */
const COMMISSION_LABEL = String.raw`comm[il1]ssions?(?:\s+comp[ée]tentes?)?`;
/** A heading's title that is that label, the commission's name after its colon. */
const COMMISSION_LABEL_TITLE = new RegExp(String.raw`^${COMMISSION_LABEL}(?:\s*:|$)`, 'iu');
const COMMISSION_LABEL_LINE = new RegExp(String.raw`(?:^|\s)${COMMISSION_LABEL}\s*:\s*\S`, 'iu');
/** A form's labels a cell a line, the rapporteur's over the commission's. */
const RAPPORTEUR_COMMISSION_LABELS = /\n[ \t]*Rapporteur[ \t]*\n[ \t]*Commission[ \t]*\n/u;
/** The rapporteur's cell alone on its line: a member with a civility, or the president by office ("M. le Président"). */
const RAPPORTEUR_LINE = /^[ \t]*(?:M\.|Mme|Monsieur|Madame)[ \t]+\S[^\n]*$/u;
/** A commission's word, maybe after its rank ("2ème Commission", OCR's "Commlssion"). */
const COMMISSION_WORD = String.raw`(?:\d{1,2}(?:[èe]re|[èe]me|e)\s+)?comm[il1]ssion`;
/** A title that is a commission's name alone ("Commission de l'Equipement et de l'Aménagement Rural", "2ème Commission"). */
const COMMISSION_NAME_TITLE = new RegExp(String.raw`^${COMMISSION_WORD}(?:\s+(?:des?|du|d['’]|de\s+l['’])\s*[\p{L}'’, -]+)?$`, 'iu');
/** A report's rank opening its line ("Rapport n° 2.07 -"). */
const REPORT_RANK = String.raw`^[ \t]*rapport[ \t]+n[°o][ \t]*`;
const REPORT_RANK_LINE = new RegExp(String.raw`${REPORT_RANK}\S`, 'iu');
/** How far under an act's subject its report's line stands. */
const REPORT_UNDER_SUBJECT = 200;
/** A commission's heading over its reports ("1ère COMMISSION - AMÉNAGEMENT DU TERRITOIRE"). */
const COMMISSION_OPENING = new RegExp(String.raw`^${COMMISSION_WORD}(?![\p{L}])`, 'iu');
/** A report's rank alone on its line ("Rapport n° 4"), its title on the line under it. */
const REPORT_RANK_ALONE = new RegExp(String.raw`${REPORT_RANK}[\w./-]+[ \t]*$`, 'iu');
/** What a point's text says once it is decided: a subject's report line follows no such words. */
const DECIDED_BETWEEN = /adopt|unanim|approuv|voix|vot[ée]/iu;

/** Whether `h` is the rank of the report under `subject`, an act's own heading just over it (its number and its "OBJET :"; not a commission's heading over its reports). */
function isReportUnderSubject(text: string, subject: Heading, h: Heading): boolean {
  if (COMMISSION_OPENING.test(subject.title) || h.start - subject.end >= REPORT_UNDER_SUBJECT) return false;
  const line = lineAt(text, h.start).line;
  if (!REPORT_RANK_LINE.test(line) || !(COMMISSION_NAME_TITLE.test(h.title) || REPORT_RANK_ALONE.test(line))) return false;
  return !REPORT_RANK_LINE.test(lineAt(text, subject.start).line) && !DECIDED_BETWEEN.test(text.slice(subject.end, h.start));
}

/** A box of counts' label closing a line, its figures under it: "Nombre de Conseillers :", "Nombre des membres du Conseil :". */
const COUNT_BOX_LABEL_LINE = new RegExp(String.raw`nombre\s+(?:de|des)\s+(?:${MEMBER_NOUNS}|administrateurs)[^:\n]{0,40}:[ \t]*$`, 'iu');
/** A margin's box of the sitting's figures: "Nombre des membres du Conseil Municipal élus : 11 Conseillers en fonction : 11". */
const COUNT_BOX_NOTE = /^nombre\s+d|(?:[ée]lus|en\s+(?:exercice|fonction)|pr[ée]sents|votants)\s*:\s*\d/iu;
/**
 * A margin's note opening on a rank: the point's ("Point 2 Chasse communale", "1°) Adduction d'eau"), its number's
 * ("N° 21 - Budget supplémentaire 1975", "N° 75-41 – O.M. – marché …", "N° 81/B/31 – …"), a report's part's
 * ("II - Le dispositif proposé").
 */
const RANKED_NOTE = /^(?:(?:Point|POINT)[ \t]+(?:n°[ \t]*)?(\d{1,3})[ \t]*[-–.:]?|N°[ \t]*(\d{1,4}(?:[-/](?:[A-Z]{1,3}[-/])?\d{1,4})?)[ \t]*[-–:]|([IVX]{1,4})[ \t]*[-–.]|(\d{1,2})°?\))[ \t]+(\S.*)$/u;

function marginTitles(text: string, found: Heading[]): void {
  // "[En marge : Budget additionnel de 1892]": the subject an archivist's transcription gives from
  // the register's margin, heading the deliberation under it.
  for (const m of hasWord(text, 'marge', 0, text.length) ? execAllAtLineStarts(MARGIN_TITLE, text, '[') : []) {
    const start = m.index! + (m[0].length - m[0].trimStart().length);
    const title = cleanTitle(m[1]!);
    // "[En marge : ADOPTE]": the margin says how it went, not what; "[En marge : Nombre des membres … élus : 11]", who sat.
    // "[En marge : complémentaire]": a word in lower case, a fragment of the margin's note, no subject.
    if (NOT_A_HEADING.test(title) || COUNT_BOX_NOTE.test(title) || /^\p{Ll}/u.test(title)) continue;
    // "[En marge : Point 2 Chasse communale …]": the point's rank, then its subject.
    const ranked = RANKED_NOTE.exec(title);
    found.push({ scheme: ranked ? 'ordinal' : 'capitals', start, end: m.index! + m[0].length, number: ranked ? (ranked[1] ?? ranked[2] ?? ranked[3] ?? ranked[4]!) : null, title: ranked ? ranked[5]! : title });
  }
}

/**
 * "DELIBERATION N° 26/052 AC DE L'ASSEMBLEE DE CORSE" (or "N° 20/214 CP DE LA COMMISSION PERMANENTE") over "PORTANT ADOPTION DU SCHEMA …": after
 * the number (and its code's letters), the body that deliberates, no subject; the subject is the line under it.
 */
const ISSUER_TITLE = /^(?:([A-Z]{1,3})[ \t]+)?(?:DE|DU|DES)[ \t]+(?:L['’][ \t]?|LA[ \t]+)?(?:ASSEMBL|CONSEIL|BUREAU|COMIT|COMMISSION|COMMUNAUT)/u;

function withSubjectUnder(text: string, h: Heading): Heading {
  const under = lineAt(text, h.end + 1);
  if (h.end >= text.length || under.line.trim().length < MIN_FORM_SUBJECT || !/^[ \t]*\p{Lu}/u.test(under.line)) return h;
  const end = Math.max(wrappedTitleEnd(text, under.end), capitalsTitleEnd(text, under.line, under.end));
  const code = ISSUER_TITLE.exec(h.title)![1];
  return { ...h, end, number: code && h.number ? `${h.number} ${code}` : h.number, title: cleanTitle(text.slice(under.start, end)) };
}

/** A row of a table of figures, its number first: "2016-01 Déviation RD 940 18 500 000,00 600 000,00" (two amounts with their cents in a row), or on the line under a line in capitals it wraps ("04/032 SAINT-HERVE-DES-" / "LANDES PO … 15 016,20 3 003,24"). */
const TABLE_ROW_TITLE = /\d,\d\d[ \t]+\d[\d \u202f.]*,\d\d(?!\d)/u;
/** A budget's row under its columns' labels: codes first, an amount in cents last ("73 7311 Octroi de mer 350 000,00"). */
const CODED_AMOUNT_ROW = /^[ \t]*\d+[ \t]+\d+[ \t]+\S.*\d,\d\d[ \t]*$/u;
/** A table's header opening on its numbers' column, three column labels after it, no colon ("N° Etablissement Commune Nature de l'opération Coût prév. AP 2000"). */
const NUMBERED_COLUMNS_HEADER = /^[ \t]*N°[ \t]+(?:[^\n:]*?(?<![\p{L}])\p{Lu}\p{Ll}+){3}[^\n:]*$/u;
/** Whether a line under a heading in capitals is a table's row or its header: that heading is the table's labels, or its caption. */
const isTableRow = (line: string) => TABLE_ROW_TITLE.test(line) || CODED_AMOUNT_ROW.test(line) || NUMBERED_COLUMNS_HEADER.test(line);

/** A part of a deliberation named for what it holds: its debate, its decision, its vote. */
const PART_WORD_TITLE = /^(?:d[ée]bats?|discussion|d[ée]cision|d[ée]lib[ée]ration|vote|conclusions?|expos[ée](?:\s+des\s+motifs)?)[\s.:]*$/iu;

/** How far above a numbered line the one numbered before it may stand. */
const PREVIOUS_RANK_ZONE = 1500;

/** Whether the line numbered just before the ordinal match m ("4° - Autorise …" before "5° - …"), written alike, is an article. */
function followsArticle(text: string, start: number, m: RegExpExecArray): boolean {
  const rank = /^\s*(\d{1,2})/.exec(m[0]);
  if (!rank || rank[1] === '1') return false;
  const marker = m[0].trim().slice(rank[1]!.length).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const previous = new RegExp(String.raw`(?:^|\n)[ \t]*${Number(rank[1]) - 1}${marker}[ \t]*([^\n]*)`, 'g');
  const above = text.slice(Math.max(0, start - PREVIOUS_RANK_ZONE), start);
  let last: RegExpExecArray | null = null;
  for (let x = previous.exec(above); x; x = previous.exec(above)) last = x;
  return last !== null && isArticleVerb(cleanTitle(last[1]!));
}

/** "2eme COMMISSION", "1ère Commission": the commission that examined a report, its rank, no subject. */
const COMMISSION_RANK_TITLE = /^\d{1,2}(?:e|er|[èe]re|[èe]me)[ \t]+comm[il1]ssion$/iu;
/** A title opening on a civility: a member's name, numbered in a list, no point's subject. */
const CIVILITY_OPENING = /^(?:M\.|Mme|Monsieur|Madame)\s/u;
/** A rank after its label ("N° 2", "Affaire 4"): a point's, whatever its first words. */
const LABELLED_RANK = /^[ \t]*(?:N°|[Pp]oint|POINT|[Aa]ffaire|AFFAIRE|[Dd]ossier|DOSSIER|[Qq]uestion|QUESTION)/;
/** Whether `h` is a point ranked after its label ("N° 10", "Affaire 12"), not a bare rank. */
export const isLabelledPoint = (text: string, h: Heading): boolean => h.scheme === 'ordinal' && LABELLED_RANK.test(text.slice(h.start, h.start + 12));
/**
 * "N° 2   M. le Préfet soumet à la Commission …": a point whose report opens on its speaker, its
 * subject in the margin (lost to the line's run); a name alone after a label is shorter.
 */
const SPEAKER_SENTENCE = 30;

/** A line closing on a noun a number follows ("AVENANT", "TRANCHE", "LOT"), no punctuation after it: the title goes on with that number. */
const NUMBERED_NOUN_CLOSING = /(?:^|[ \t'’])(?:AVENANT|Avenant|avenant|TRANCHE|Tranche|tranche|LOT|Lot|lot|PHASE|Phase|phase|MODIFICATIVE|[Mm]odificative|MARCH[ÉE]|[Mm]arch[ée]|SECTEUR|[Ss]ecteur|ZONE|[Zz]one|RD|RN|CR|VC)[ \t]*$/u;

/** Points numbered by their rank (ORDINAL), pushed onto `found`. */
/** The body as a sentence's subject inside a line, its verb or a comma after it: "… Le Conseil Municipal fixe", "… Le Conseil, après …". */
const BODY_SUBJECT_IN_LINE = /[ \t]+(?=(?:Le|La)[ \t]+(?:Conseil|Comit[ée]|Bureau|Commission)(?:[ \t]+[Mm]unicipal|[ \t]+[Cc]ommunautaire|[ \t]+[Ss]yndical)?(?:[ \t]*,|[ \t]+\p{Ll}{3,}))/u;

/** A second point ranked in figures, its title in capitals: "2 - VOIRIE …", "2. TARIFS …". */
const SECOND_IN_FIGURES = /(?:^|\n)[ \t]*2[ \t]*[-–.][ \t]+\p{Lu}{2}/u;

function ordinalHeadings(text: string, found: Heading[]): void {
  // "I." and "V." read as initials ("V. DUPONT") unless the document numbers its points in
  // roman numerals ("II.", "IV."): then they are points too.
  const romanPoints = execAllAtLineStarts(ROMAN_POINT, text, 'IV').length > 0;
  // "I - BUDGET …", "l - COMPTE …" over "2 - VOIRIE …": OCR's I or l for the first point's 1, the others in figures.
  const secondInFigures = !romanPoints && SECOND_IN_FIGURES.test(text);
  for (const m of execAllAtLineStarts(ORDINAL, text, ORDINAL_OPENING)) {
    const h = ordinalAt(text, m, romanPoints, secondInFigures);
    if (h) found.push(h);
  }
}

/**
 * The ordinal heading the match m of ORDINAL opens, or null. Out of ordinalHeadings' loop: a
 * function run at each match is compiled by the JIT early, where the loop stayed in baseline code.
 */
function ordinalAt(text: string, m: RegExpExecArray, romanPoints: boolean, secondInFigures = false): Heading | null {
  const start = m.index!;
  const oneMisread = secondInFigures && (m[1] === 'I' || m[1] === 'l') && /[-–][ \t]*$/u.test(m[0]);
  // "l - COMPTE …" is the first point's 1 only beside a second ranked in figures.
  if (m[1] === 'l' && !oneMisread) return null;
  // "… CONVENTION D'EXPLOITATION DU RESEAU - AVENANT" / "N° 3 - TARIFS …": the number of what the line above names, its title wrapped.
  if (/^[ \t]*N°/u.test(m[0]) && start > 0 && NUMBERED_NOUN_CLOSING.test(lineAt(text, start - 1).line)) return null;
  // The title's line: the rank's, or the next when the rank stands alone ("Point 1" / "Approbation du P.V.").
  const lineEnd = lineAt(text, start + m[0].length).end;
  const votedAt = Math.min(beforeVote(text, start + m[0].length, lineEnd), bodyInTitleAt(text, start + m[0].length, lineEnd));
  const wrapped = votedAt < lineEnd ? votedAt : wrappedTitleEnd(text, lineEnd);
  let end = wrapped === lineEnd ? capitalsTitleEnd(text, text.slice(start + m[0].length, lineEnd), lineEnd) : wrapped;
  // "… collèges publics 2018-2025 :" / "deuxième programmation d'opérations" / "Rapporteur : …": the title's
  // second part wrapped under its colon, in lower case, the rapporteur or a blank line after it.
  if (/:[ \t]*$/.test(text.slice(start + m[0].length, end)) && end < text.length) {
    const under = lineAt(text, end + 1);
    // "3 - Admission en non-valeur … 1 284,36 € :" / "adoptée à l'unanimité.": the vote opens the line under the colon; the title stops at it.
    const after = under.end < text.length ? lineAt(text, under.end + 1).line : '';
    if (VOTE_OPENING_LINE.test(under.line)) end = text.lastIndexOf(':', end);
    else if (/^[ \t]*\p{Ll}/u.test(under.line) && !/[:;]\s*$/.test(under.line) && (!after.trim() || RAPPORTEUR_LABEL_TITLE.test(after.trim()))) end = under.end;
  }
  // "2) Les grands équilibres du budget principal :" announces a table of the report, it heads no point.
  if (/:[ \t]*$/.test(text.slice(start + m[0].length, end))) return null;
  end = beforeVotedSentence(text, start + m[0].length, end);
  // "12. Prix de Le Conseil Municipal fixe comme suit, …": a margin's title beside the body's first
  // line, the decision's sentence opening on the body as its subject; the title stops before it.
  const subject = BODY_SUBJECT_IN_LINE.exec(text.slice(start + m[0].length, end));
  if (subject && subject.index >= 3) end = start + m[0].length + subject.index;
  let title = cleanTitle(text.slice(start + m[0].length, end));
  // "2 - DÉLIBÉRATION N° 2024-05 : COMPTE ADMINISTRATIF", "3. DEL-2023-061 – Finances": the
  // deliberation's own number after the agenda's rank is the item's.
  // "2 - Rapport n° CP-2026-02-01" alone on its line: the title is the line under it.
  // "RAPPORT N° 214 - 2eme COMMISSION" over "VOIRIE DEPARTEMENTALE - Programme 1980 …": the commission that examined the report, its subject the line under.
  const commission = COMMISSION_RANK_TITLE.test(title);
  const alone = commission ? null : NUMBER_ALONE.exec(title);
  if (alone || commission) {
    const below = lineAt(text, end + 1);
    if (end >= text.length || below.line.trim().length < 3 || (alone && NUMBER_ALONE.test(cleanTitle(below.line)))) return null;
    const belowEnd = Math.max(wrappedTitleEnd(text, below.end), capitalsTitleEnd(text, below.line, below.end));
    return { scheme: 'ordinal', start: start + (m[0].length - m[0].trimStart().length), end: belowEnd, number: alone ? alone[1]! : m[1]!, title: cleanTitle(text.slice(below.start, belowEnd)) };
  }
  const labelled = OWN_NUMBER.exec(title);
  const own = labelled && (labelled[1] || isDeliberationNumber(labelled[2]!)) ? labelled : null;
  if (title.length < 3 || title.length > 200 || (/^\d/.test(title) && !own && !/^\d{1,2}(?:e|er|[èe]me)[ \t]+\p{Lu}{2}/u.test(title)) || (CIVILITY_OPENING.test(title) && !(LABELLED_RANK.test(m[0]) && title.length >= SPEAKER_SENTENCE))) return null;
  // "1° - Prend acte du bilan", "2° - Approuve le dossier": numbered articles of a decision; and
  // "5° - Les dépenses … seront imputées …" after "4° - Autorise …", the same list's last.
  // Not a subject in capitals throughout after an article ("1°) APPROUVE à l'unanimité le procès-verbal …" / "2°) BUDGET SUPPLEMENTAIRE 1996").
  if (isArticleVerb(title) || (followsArticle(text, start, m) && !isCapitalsLine(title))) return null;
  // "20 – Majorité absolue : 11": a ballot's count wrapped to the start of a line.
  if (TALLY_WORDS.test(title)) return null;
  // "V - DÉBAT", "VI - DÉCISION": parts of one deliberation, named for what they hold, no point's subject.
  if (PART_WORD_TITLE.test(title)) return null;
  // "V. DUPONT" is an initial and a name: a point numbered by a letter has words in lower case.
  if (/^[A-Z]$/.test(m[1]!) && !/\p{Ll}{3}/u.test(title) && !(romanPoints && /^[IVX]$/.test(m[1]!)) && !oneMisread) return null;
  // "2 - Compte administratif 2009 (délibération n° 2010-09)", or "1. FINANCES – …" over a line
  // "DEL-2024-021": the deliberation's own number, printed after the title, is the item's too.
  const bracketed = own ? null : (BRACKETED_NUMBER.exec(title) ?? bareBracketedNumber(title));
  // The bracket the title's wrapped line left out, or cut in two: "… COMPÉTENCE" / "VOIRIE AUX
  // COMMUNES (délibération n° 2010-33)", "… 2ÈME CLASSE (délibération" / "n° 2010-35)".
  const outside = own || bracketed ? null : bracketAfter(text, end);
  if (outside) {
    title = cleanTitle(text.slice(start + m[0].length, outside.at));
    end = outside.end;
  }
  const under = own || bracketed || outside ? null : numberUnder(text, end);
  // "Délib. 2 - Réhabilitation du captage de" / "n° 2008/22 Funtanella et du réservoir": the title
  // cut on a word that leads on goes on after the margin's number on the line under it.
  const goesOn = under !== null && ENDS_ON_LEADING_WORD.test(title) ? TITLE_AFTER_NUMBER.exec(lineAt(text, end + 1).line) : null;
  if (goesOn) {
    title = cleanTitle(`${title} ${goesOn[1]}`);
    end = lineAt(text, end + 1).end;
  }
  // "ll. - TITLE", "IIl. - TITLE": OCR's l for a roman rank's I.
  // "X. VŒU N° 2111-V1 PRÉSENTÉ PAR LE GROUPE …": the wish's own number, its label kept in the title.
  const wish = own || bracketed || outside || under ? null : NUMBERED_WISH_TITLE.exec(title);
  const number = own ? (own[1] ?? own[2]!) : (bracketed?.[1] ?? outside?.number ?? under ?? wish?.[1] ?? (oneMisread ? '1' : m[1]!.replace('°', '').replace(/^[IVXl]+$/, (r) => r.replace(/l/g, 'I'))));
  return { scheme: 'ordinal', start: start + (m[0].length - m[0].trimStart().length), end, number, title: own ? title.slice(own[0].length) : bracketed ? title.slice(0, bracketed.index).trimEnd() : title };
}

/**
 * "Travaux de 1°) TRAVAUX DE VOIRIE 1987": a register's margin run into the line before the
 * point's rank (a typescript's "1°)") and its title in capitals.
 */
const MARGIN_RANK = /^[ \t]*[^\s\d][^\n]{0,29}?[ \t]+(\d{1,2}°)\)?[ \t]*(?:[-–][ \t]*)?(?=[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9 '’.,()-]{7})/gm;
/** "78-B-61   1°) MARCHE DE TRAVAUX - VOIE PRIMAIRE V.P. 3 (tronçon …": the deliberation's number in the margin, before the rank. */
const NUMBER_BEFORE_RANK = new RegExp(String.raw`^[ \t]*(${LABELLED_NUMBER})[ \t]+\d{1,2}°\)?[ \t]*(?:[-–][ \t]*)?(?=[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9 '’.,()-]{7})`, 'gm');

/** A figure, then the degree sign of a rank ("1°)"), not "n°". */
const RANK_DEGREE = /°(?<=\d°)/;

/**
 * "Délibération 2 - AVIS SUR LE PROJET …", "Approbation du PV 1 - APPROBATION …", "Délibération 2. COMPTE
 * FINANCIER 2024": a register's margin, its words in lower case, run into the line of the point's rank, a dash
 * or a full stop and its title in capitals, a single space between them. Not after a word a figure is the number of ("Article 2 -").
 */
const MARGIN_DASHED_RANK = /^[ \t]*(\p{L}[^\n:]{0,29}?)[ \t]+(\d{1,2})(?:[ \t]+[-–]|\.)[ \t]+(?=[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9 '’.,()-]{7})/gmu;
const NUMBERED_WORD_BEFORE = /(?:^|[ \t])(?:article|art\.|chapitre|titre|annexe|section|tranche|lot|phase|tome|n°|no|page|point)$/iu;
/** A figure, a space and a dash before capitals, or a margin's word, a figure and a full stop: the dashed rank's gate (most texts rank "1. TITRE" at a line's start, no word before). */
const DASHED_RANK_GATE = /\d[ \t]+[-–][ \t]+[A-ZÀ-ÖØ-Þ]|\p{L}[ \t]+\d{1,2}\.[ \t]+[A-ZÀ-ÖØ-Þ]/u;
/** The same, tried on one line: whether a heading's line opens so. */
const MARGIN_DASHED_RANK_LINE = new RegExp(MARGIN_DASHED_RANK.source, 'u');

/** The margin's words before a dashed rank are a note's: some in lower case, none a word a figure numbers, no cells parted by dashes. */
const isMarginNote = (words: string) => /\p{Ll}{3}/u.test(words) && !NUMBERED_WORD_BEFORE.test(words.trim()) && !/[ \t][-–][ \t]/.test(words);

function marginRanks(text: string, found: Heading[]): void {
  const matches = [
    ...(RANK_DEGREE.test(text) ? execAll(MARGIN_RANK, text).map((m) => ({ m, rank: m[1]!.replace('°', ''), dashed: false })) : []),
    ...(DASHED_RANK_GATE.test(text) ? execAll(MARGIN_DASHED_RANK, text).map((m) => ({ m, rank: m[2]!, dashed: true })) : []),
  ];
  for (const { m, rank, dashed } of matches) {
    // A letterhead's "Hôtel de Ville - B.P. 12 - PETIT-MORNE" parts its cells with dashes already, and names no subject.
    if (dashed && !isMarginNote(m[1]!)) continue;
    const from = m.index! + m[0].length;
    // The title is the rest of its line, in capitals: the lines under it go on with the margin's
    // words and the text, which no title's wrap is. A rank in a sentence has words in lower case after it.
    let { end } = lineAt(text, from);
    let title = cleanTitle(text.slice(from, end));
    if (title.length < 6 || /\p{Ll}/u.test(title) || (dashed && !/\S[ \t]+\S/.test(title))) continue;
    let number = rank;
    // Under a dashed rank, the margin's deliberation number opens the next line: the point's
    // number; words in capitals after it are the title's, wrapped ("… ISSUE DE" / "n° 2016-14 LA FUSION …").
    const below = dashed && end < text.length ? lineAt(text, end + 1) : null;
    const wrap = below ? LABELLED_NUMBER_OPENING.exec(below.line) : null;
    if (wrap && below) {
      number = wrap[1]!;
      const rest = below.line.slice(wrap[0].length).trim();
      if (/^[A-ZÀ-ÖØ-Þ]/.test(rest) && !/\p{Ll}/u.test(rest)) {
        title = cleanTitle(`${title} ${rest}`);
        end = below.end;
      }
    }
    found.push({ scheme: 'ordinal', start: m.index! + m[0].length - m[0].trimStart().length, end, number, title });
  }
  // The deliberation's number as the margin: the item's number; its title opens in capitals (a
  // place's name may follow in lower case, the line being the title's).
  for (const m of execAll(NUMBER_BEFORE_RANK, text)) {
    if (!isDeliberationNumber(m[1]!)) continue;
    const from = m.index! + m[0].length;
    const { end } = lineAt(text, from);
    found.push({ scheme: 'ordinal', start: m.index! + m[0].length - m[0].trimStart().length, end, number: m[1]!, title: cleanTitle(text.slice(from, end)) });
  }
}

function inlineOrdinals(text: string, found: Heading[]): void {
  // A text that lost its line breaks runs its points' headings into its sentences.
  if (text.length > 2000 && isFlat(text)) {
    for (const m of execAll(INLINE_ORDINAL, text)) {
      const title = (m[2] ?? m[3]!).replace(/[\s–—:,-]+$/u, '').trim();
      if (title.length < 6 || !/\p{Lu}{3}/u.test(title)) continue;
      const start = m.index!;
      found.push({ scheme: 'ordinal', start, end: start + m[0].trimEnd().length, number: m[1]!, title });
    }
  }
}

/** A margin's label before "OBJET :" on its line: "Délibération", "DéIibératlon" (OCR's I and l), a speck before it. */
const MARGIN_LABEL_BEFORE = /^[ \t]*(?:(?:[^\s\p{L}\d][ \t]+|[a-z][ \t]+)?D[ée][lI1]ib[ée]rat[iIl1]on|(?:Point|POINT)[ \t]+(?:n°[ \t]*)?\d{1,3})[ \t]*$/u;
/** The margin's number opening a wrapped line of the subject: "\nn° 2011/07   DU RECEVEUR MUNICIPAL". */
const MARGIN_NUMBER_IN_WRAP = /\n[ \t]*[Nn][°o][ \t]*(\d{2,4}[/-]\d{1,4})[ \t]+/u;
const MARGIN_NUMBER_UNDER = /^[ \t]*\n[ \t]*[Nn][°o][ \t]*(\d{2,4}[/-]\d{1,4})(?:[ \t]+([^\n]*\S))?[ \t]*(?=\n|$)/u;

/** Whether a heading starting at `at` has the margin's words before it on its line ("Délibération 3 - …"). */
function besideMarginWords(text: string, at: number): boolean {
  const m = MARGIN_DASHED_RANK_LINE.exec(lineAt(text, at).line);
  return m !== null && isMarginNote(m[1]!);
}

/** A sentence in small letters opening on its article: "le délégataire assure …". */
const FIELD_SENTENCE = /^(?:le|la|les|l['’]|un|une)[ \t]/u;

/** How far under a ranked heading (its number's line between) "Objet :" is its margin's label. */
const MARGIN_OBJET_REACH = 200;

function objetHeadings(text: string, found: Heading[]): void {
  // "OBJET : …" without a number: the subject of a single extract.
  // "Objet : 2007-031 - Cession …", "Objet : N° 12/2013 - AMÉNAGEMENT …": the number first.
  // Each label: where it starts, where its subject does, and whether a colon closes it (else it
  // stands alone over its value, OBJET_OVER_VALUE, whose matches start after the label's "o").
  const lower = hasWord(text, 'bjet', 0, text.length) ? lowerOf(text) : null;
  const labels = lower
    ? [
        ...execAll(OBJET_ALONE, lower).map((m) => ({ at: m.index!, subject: m.index! + m[0].length, colon: true, multiline: m[0].includes('\n') })),
        ...execAll(OBJET_OVER_VALUE, lower).map((m) => ({ at: m.index! - 1, subject: m.index! + m[0].length, colon: false, multiline: true })),
      ]
    : [];
  for (const { at, subject, colon, multiline } of labels) {
    if (at > 0 && !/\s/.test(text[at - 1]!)) continue;
    // "a un double objet : reprendre …", "a pour objet :": the word in a sentence of the report, no label.
    if (text[at] === 'o' && /\p{Ll}[ \t]+$/u.test(text.slice(lineAt(text, at).start, at))) continue;
    // "Objet : le délégataire assure …": a contract's field among its characteristics ("Durée :",
    // "Tarifs :"), a sentence in small letters opening on its article; a subject opens on its noun.
    if (colon && FIELD_SENTENCE.test(text.slice(subject, subject + 6))) continue;
    // A form a cell a line: "N° rapport" / "91/CP/0412" / "Direction" / … / "Objet" / value, the number in its cell above.
    const cellAbove = colon ? null : numberCellAbove(text, at);
    if (!colon && !objetOverValue(text, at, subject, found, cellAbove)) continue;
    // "N° 12/97 1. COMPTE ADMINISTRATIF 1996" over "Objet :" alone on its line: the label is that
    // heading's, and the line under it the margin's or the text's, no subject.
    if (multiline && NUMBERED_LINE_ABOVE.test(text.slice(Math.max(0, at - 200), at))) continue;
    // "Délibération 3 - DECISION MODIFICATIVE …" / "n° 2016-15 Madame le Maire expose …" / "Objet : DM n° 1 …":
    // the margin's label under a point's ranked heading, its subject there written small, no point of its own.
    if (found.some((h) => h.scheme === 'ordinal' && h.end <= at && at - h.end < MARGIN_OBJET_REACH && lineCount(text.slice(h.end, at)) <= 3 && besideMarginWords(text, h.start))) continue;
    let titleStart = subject;
    const own = OWN_NUMBER.exec(text.slice(titleStart, titleStart + 60));
    const number = own && (own[1] || isDeliberationNumber(own[2]!)) ? (own[1] ?? own[2]!) : null;
    if (number) titleStart += own![0].length;
    else if (/\d/.test(text[titleStart]!)) continue;
    const { end: lineEnd } = lineAt(text, titleStart);
    // The subject wraps onto the next line when its line breaks off mid-phrase.
    const wrapped = /[.:;]\s*$/.test(text.slice(titleStart, lineEnd)) ? lineEnd : Math.max(wrappedTitleEnd(text, lineEnd), capitalsTitleEnd(text, text.slice(titleStart, lineEnd), lineEnd, labelWidth(text, titleStart)), dashedPartsEnd(text, titleStart, lineEnd));
    let raw = text.slice(titleStart, Math.min(wrapped, titleStart + 400));
    const stop = OBJET_TITLE_STOP.exec(raw);
    if (stop) raw = raw.slice(0, stop.index);
    // "Délibération   OBJET : APPROBATION DU COMPTE" / "n° 2011/07   DU RECEVEUR MUNICIPAL": the
    // margin's label beside the label, its number opening the wrapped line of the subject.
    // Or alone on the line under the subject ("Délibération   OBJET : COMPTE ADMINISTRATIF 2010" / "n° 2011/08").
    const inMargin = !number && MARGIN_LABEL_BEFORE.test(text.slice(lineAt(text, at).start, at));
    const margin = inMargin ? MARGIN_NUMBER_IN_WRAP.exec(raw) : null;
    const under = inMargin && !margin ? MARGIN_NUMBER_UNDER.exec(text.slice(titleStart + raw.length, titleStart + raw.length + 40)) : null;
    // The rest of the subject beside the number under it, in capitals: "n° 2011/09   FONCTIONNEMENT 2010".
    const rest = under?.[2] && !/\p{Ll}/u.test(under[2]) && /\p{Lu}{3}/u.test(under[2]) ? under[2] : null;
    const title = margin ? raw.slice(0, margin.index) + raw.slice(margin.index + margin[0].length - 1) : rest ? `${raw} ${rest}` : raw;
    const cell = !number && !margin && !under ? cellAbove : null;
    const marginNumber = margin?.[1] ?? under?.[1] ?? cell?.number ?? null;
    const end = titleStart + raw.length + (rest ? under![0].length : 0);
    found.push({ scheme: number || marginNumber ? 'numbered' : 'capitals', start: cell?.start ?? at, end, number: number ?? marginNumber, title: cleanTitle(title) });
  }
}

/** A subject's next part on the line under it, after a dash: "- Approbation de l'avant-projet sommaire - Plan de financement -". */
const DASHED_PART = /^[ \t]*[-–][ \t]+\p{Lu}[^\n:]*$/u;
/** How many lines a subject's dashed parts may take under its first. */
const MAX_DASHED_LINES = 3;

/**
 * "ASSAINISSEMENT - Station d'épuration de la Sorcelle" / "- Approbation de l'avant-projet
 * sommaire - Plan de financement -" / "Demandes de subventions.": a subject whose parts a dash
 * parts, wrapped before a dash; each line under it that opens on a dash (or follows a line closing
 * on one) goes on with it. `lineEnd` where the subject's line has no dashed parts.
 */
function dashedPartsEnd(text: string, titleStart: number, lineEnd: number): number {
  if (!/\S[ \t]+[-–][ \t]+\S/u.test(text.slice(titleStart, lineEnd))) return lineEnd;
  let end = lineEnd;
  for (let n = 0; n < MAX_DASHED_LINES && end < text.length; n++) {
    const line = text.slice(text.lastIndexOf('\n', end - 1) + 1, end);
    if (/[.;:]\s*$/.test(line)) break;
    const next = lineAt(text, end + 1);
    if (!(DASHED_PART.test(next.line) || (/[-–]\s*$/.test(line) && /^[ \t]*\p{Lu}[^\n:]*$/u.test(next.line) && !NOT_A_HEADING.test(next.line)))) break;
    end = next.end;
  }
  return end;
}

/** A table's header read a cell a line has its cells short ("Bénéficiaire" / "Objet" / "Montant 2022" / "Montant proposé"). */
const HEADER_CELL = 20;

/** A number's label alone on its line over its value, in a form a cell a line: "N° rapport" / "91/CP/0412", "Numéro de l'acte" / "2011-045". */
const NUMBER_CELL = /(?:^|\n)[ \t]*(?:N°|Num[ée]ro)(?:[ \t]+(?:du[ \t]+|de[ \t]+l['’][ \t]?|de[ \t]+la[ \t]+|d['’][ \t]?)?(?:rapport|acte|d[ée]lib[ée]ration))?[ \t]*\n[ \t]*([A-Z]{0,5}\d[\w./-]*\d)[ \t]*(?=\n)/gu;
/** How far above its subject's label a form's number cell may stand: the cells between (direction, rapporteur, service). */
const NUMBER_CELL_REACH = 300;

/** The number cell above a form's "Objet" label at `label`, no other "Objet" label between: its number and where its label's line starts. */
function numberCellAbove(text: string, label: number): { number: string; start: number } | null {
  const from = Math.max(0, label - NUMBER_CELL_REACH);
  const zone = text.slice(from, label);
  let last: RegExpExecArray | null = null;
  NUMBER_CELL.lastIndex = 0;
  for (let m = NUMBER_CELL.exec(zone); m; m = NUMBER_CELL.exec(zone)) last = m;
  if (!last || /\n[ \t]*[Oo0]bjet[ \t]*\n/u.test(zone.slice(last.index + last[0].length))) return null;
  return { number: last[1]!, start: from + last.index + (last[0].startsWith('\n') ? 1 : 0) };
}

/**
 * Whether "OBJET" alone on its line at `label` stands over the subject under it (`value`), a form
 * printed a cell a line: not the next label of a table's header ("OBJET" / "DÉCISION"), not a cell
 * of a header row of short cells, not the "Objet" field of a form whose number heads it already
 * (a heading found a few lines above, which takes its title from that field) unless `cell`, the form's
 * number cell above the label (numberCellAbove), opens a record after that heading.
 */
function objetOverValue(text: string, label: number, value: number, found: readonly Heading[], cell: { start: number } | null): boolean {
  const line = lineAt(text, value);
  const length = line.line.trim().length;
  if (length < MIN_OBJET_VALUE) return false;
  const above = label > 0 ? lineAt(text, label - 1).line.trim().length : 0;
  const below = line.end < text.length ? lineAt(text, line.end + 1).line.trim().length : 0;
  if (length < HEADER_CELL && above < HEADER_CELL && below < HEADER_CELL) return false;
  // A heading just above owns the label ("N° 2" / "Objet" / …), unless a form's number cell opens a record between them
  // ("3. RAPPORTS EXAMINÉS" / "N° rapport" / "91/CP/0412" / … / "Objet").
  return !found.some((h) => h.start < label && label - h.start < 400 && lineCount(text.slice(h.start, label)) - 1 <= FIELDS_TO_OBJET + 1 && !(cell && cell.start > h.end));
}

/**
 * A title in capitals run into its paragraph, closed by a full stop ("ELECTION DU PRESIDENT. Il est procédé au scrutin
 * secret.", "COMMISSION DEPARTEMENTALE. Le Conseil général désigne …"), as old minutes write each matter: two words at
 * least, prose after it. Asked where no other heading stands, and read only as a series of two or more.
 */
const RUN_IN_CAPITALS = /^[ \t]*(\p{Lu}[\p{Lu}'’-]+(?:[ \t]+(?:\p{Lu}['’]?)?[\p{Lu}'’-]+){1,8})\.[ \t]+(?=\p{Lu}[\p{Ll}'’ ]|M\.|MM\.|Mmes?[ \t])/gmu;
function runInCapitals(text: string, bodyFrom: number): Heading[] {
  const out: Heading[] = [];
  RUN_IN_CAPITALS.lastIndex = bodyFrom;
  for (let m = RUN_IN_CAPITALS.exec(text); m; m = RUN_IN_CAPITALS.exec(text)) {
    const title = m[1]!;
    // Not a civility's name ("M. DURAND."), an act ("ADOPTE A L'UNANIMITE. Le Conseil …"), nor what no heading is.
    if (/^(?:M|MM|MME|MMES)$/u.test(title.split(/\s/)[0]!) || NOT_A_HEADING.test(title) || actionAt(title)) continue;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    out.push({ scheme: 'capitals', start, end: start + title.length + 1, number: null, title });
  }
  return out.length >= 2 ? out : [];
}

/** Lines in capitals from `bodyFrom` on, pushed onto `found`. */
/** A division of a text's articles: "TITRE II - …", "CHAPITRE 3 - …", "TITRE PREMIER". */
const DIVISION_TITLE = /^[ \t]*(?:TITRE|CHAPITRE)[ \t]+(?:[IVX]{1,5}|\d{1,2}|PREMIER)(?![\p{L}\d])/u;
/** The first line after a division's title, blank lines skipped, opening on an article. */
const ARTICLE_OPENING = new RegExp(String.raw`^\s*${ARTICLE_RANK}`, 'iu');

function capitalsHeadings(text: string, bodyFrom: number, found: Heading[]): void {
  // Lines in capitals; consecutive ones make one heading.
  let pos = bodyFrom;
  while (pos < text.length) {
    const { start, end, line } = lineAt(text, pos);
    pos = end + 1;
    // A heading ends neither on a colon (it announces a list) nor on a comma (it is an entry
    // of one, or the rest of a wrapped sentence), and does not open on a bracket ("(CUI/CAE)").
    // Nor does it close a bracket opened on the line above ("(M. PRUDHOMME, Mme\nBERTHELOT-NAUD)").
    if (!isCapitalsLine(line) || NOT_A_HEADING.test(line) || /,\s*$|^\s*[(:;,.)]|^[^(]*\)/.test(line) || isAttendanceLine(line)) continue;
    // A form's fields ("N° DELIB : D-1996-044   RAPPORTEUR : …", "RESULTAT : ADOPTE"): its number, its result, no subject.
    if (NUMBER_FIELD_LINE.test(line) || RESULT_FIELD_LINE.test(line)) continue;
    // "… EN VERTU DE L'ARTICLE L.2122-22 DU" / "CODE GÉNÉRAL DES COLLECTIVITÉS TERRITORIALES": the
    // rest of a line in capitals that ended on a word no phrase ends on, not a heading of its own.
    if (start > 0 && continuesCapitalsAbove(text, start)) continue;
    if (/^\s*(?:M\.|MM\.|MME|MMES|MONSIEUR|MADAME|MESSIEURS|MESDAMES)\s/u.test(line) || CERTIFICATE_NAME.test(line)) continue;
    const act = actionAt(line.trim());
    if (act && !nounUse(line.trim().slice(act.length))) continue;
    if (isTableLine(text, line, end)) continue;
    if (announcedByProse(text, start) || afterComma(text, start)) {
      // "… dont la teneur suit :" / "CONVENTION POUR L'AMENAGEMENT ET L'EXPLOITATION" / "DES REMONTEES MECANIQUES …": the
      // announced text's title goes on over its lines in capitals, none a heading of its own.
      for (let next = lineAt(text, pos); pos < text.length && next.line.trim() && isCapitalsLine(next.line); next = lineAt(text, pos)) pos = next.end + 1;
      continue;
    }
    if (!standsAlone(text, start, end)) continue;
    // "TITRE II - AMENAGEMENT ET INVESTISSEMENTS" over "Article 4 - …": a division of a text's articles (a convention, a regulation), no point.
    if (DIVISION_TITLE.test(line) && ARTICLE_OPENING.test(text.slice(end + 1, end + 200))) continue;
    let headEnd = end;
    let title = line;
    while (headEnd < text.length) {
      const next = lineAt(text, headEnd + 1);
      const afterMargin = isCapitalsLine(next.line) ? null : marginCellThenCapitals(next.line, lineAt(text, headEnd).line);
      if (afterMargin !== null) {
        title += ' ' + afterMargin;
        headEnd = next.end;
        continue;
      }
      // "… MODIFICATION DU TABLEAU DES" / "EFFECTIFS": a full line's last word wrapped alone.
      const wrappedWord = headEnd === end && line.trim().length >= WRAPPED_TITLE_LINE && lastWordWrapped(next.line);
      if (!wrappedWord && (!isCapitalsLine(next.line) || NOT_A_HEADING.test(next.line) || next.line.trim() === '')) break;
      title += ' ' + next.line;
      headEnd = next.end;
    }
    pos = headEnd + 1;
    const lead = line.length - line.trimStart().length;
    found.push({ scheme: 'capitals', start: start + lead, end: headEnd, number: null, title: cleanTitle(title) });
  }
}

/** The headings of all schemes, cleaned, one a place, merged and chosen among. */
/** How many lines (a margin's number, a margin's word) may part a ranked title from its wrapped line in capitals. */
const MARGIN_WRAP_LINES = 4;

/** A heading closing on a margin's short subject under its label ("OBJET : Subventions associations"). */
const MARGIN_OBJET_LINE = /(?:^|\n)[ \t]*(?:OBJET|Objet)[ \t]*:[ \t]*[^\n]{1,60}$/u;

/**
 * A register's act whose margin gives a short subject ("N° 2018-019" / "OBJET : Subventions
 * associations") over the body's own title in capitals ("VIE ASSOCIATIVE - SUBVENTIONS AUX
 * ASSOCIATIONS - 1ERE REPARTITION"), the margin read first: the body's title, the fuller.
 */
function withBodyTitleUnderObjet(text: string, h: Heading): Heading {
  // The heading may end before the margin's other cells on its line ("… associations Présents : 26").
  const lineEnd = text.indexOf('\n', h.end);
  if (lineEnd < 0 || !h.title || !MARGIN_OBJET_LINE.test(text.slice(h.start, h.end))) return h;
  const under = lineAt(text, lineEnd + 1);
  if (!isCapitalsLine(under.line) || NOT_A_HEADING.test(under.line) || /\p{Ll}/u.test(under.line)) return h;
  const end = capitalsTitleEnd(text, under.line, under.end);
  return { ...h, end, title: cleanTitle(text.slice(under.start, end).replace(/\s*\n\s*/g, ' ')) };
}

/** A title that is the rest of a code, no words ("DM2-01", "B-12", "087" of "B2019-11-087"). */
const CODE_TITLE = /^(?:[A-Z]{1,4}\d{0,3}|\d{1,4})(?:[-_/.][A-Z0-9]{1,4})*$/u;

/**
 * A register's ranked title wrapped under its margin ("4°) CONTENTIEUX - … DU VAL DE" / "78-B-64" / "CONTENTI-BIEVRE DEVANT LE
 * TRIBUNAL …"): lines in capitals before any prose go on with it. So a report's subject under its rank and theme ("RAPPORT N° 3 —
 * ENSEIGNEMENT ." / "COLLÈGE … CONSTRUCTION D'UNE SALLE DE SPORTS").
 */
function wrappedUnderMargin(text: string, a: Heading, b: Heading): boolean {
  const between = text.slice(a.end, b.start);
  return b.scheme === 'capitals' && a.number !== null && (a.scheme === 'ordinal' || (a.scheme === 'numbered' && !ISSUER_TITLE.test(a.title))) && b.number === null && /(?:^|\s)\p{L}{4,}(?=[\s,]|$)/u.test(a.title) && !CLOSED_TITLE.test(text.slice(a.start, a.end)) && lineCount(between) <= MARGIN_WRAP_LINES && !/\p{Ll}/u.test(between);
}

function onePerPlace(text: string, found: Heading[]): Heading[] {
  for (let i = 0; i < found.length; i++) found[i] = withBodyTitleUnderObjet(text, withoutVoteCell(text, withActNumber(text, found[i]!)));
  for (let i = found.length - 1; i >= 0; i--) if (isAmountRow(text, found[i]!)) found.splice(i, 1);

  // One heading per place, the most explicit scheme first.
  const rank: Record<HeadingScheme, number> = { numbered: 0, ordinal: 1, agenda: 2, capitals: 3, paragraph: 4 };
  found.sort((a, b) => a.start - b.start || rank[a.scheme] - rank[b.scheme]);
  const kept: Heading[] = [];
  for (const h of found) {
    const last = kept[kept.length - 1];
    if (last && h.start < last.end) {
      // "2015-10-DM2-01" read as a number and a title "DM2-01": the form's heading in the same place, its subject its title, wins.
      if (rank[h.scheme] < rank[last.scheme] || (rank[h.scheme] === rank[last.scheme] && CODE_TITLE.test(last.title) && !CODE_TITLE.test(h.title))) kept[kept.length - 1] = h;
      continue;
    }
    kept.push(h);
  }
  // A heading without a full stop followed at once by a short paragraph: that is its subtitle.
  for (let i = kept.length - 2; i >= 0; i--) {
    const a = kept[i]!;
    const b = kept[i + 1]!;
    const between = text.slice(a.end, b.start);
    const subtitle =
      (b.scheme === 'paragraph' && !/[.:]\s*$/.test(text.slice(a.start, a.end)) && /^\s*$/.test(between)) ||
      // "1. Budget Commune" then "- Décision modificative n°1" on the next line.
      ((b.scheme === 'agenda' || b.scheme === 'paragraph') && /^[ \t]*\n[ \t]*(?:[-•–−][ \t]*)?$/.test(between)) ||
      // A register's ranked title wrapped under its margin (wrappedUnderMargin).
      wrappedUnderMargin(text, a, b);
    if (subtitle) {
      kept[i] = { scheme: a.scheme, start: a.start, end: b.end, number: a.number, title: a.title };
      kept.splice(i + 1, 1);
      // Its title wrapped onto a line of its own, then the margin's label and subject beside the text ("Objet : Subvention Le
      // montant …"), read as another line in capitals: it goes on with the heading as well.
      while (i + 1 < kept.length && wrappedUnderMargin(text, kept[i]!, kept[i + 1]!)) {
        kept[i] = { ...kept[i]!, end: kept[i + 1]!.end };
        kept.splice(i + 1, 1);
      }
    }
  }
  // A margin's cells read as headings beside a report's own ("Rapport n° 1" / "Délib." / "CD-2021-12-01"
  // / "Prend acte" over "RAPPORT N° 1 - …"): one heading, numbered by its deliberation.
  for (let i = kept.length - 2; i >= 0; i--) {
    const merged = withMarginCells(text, kept[i]!, kept[i + 1]!);
    if (merged) kept.splice(i, 2, merged);
  }
  for (let i = 0; i < kept.length; i++) kept[i] = withDeliberationUnder(text, withMarginActNumber(text, kept[i]!));
  // A point's title and its deliberation's number on two lines that follow: one heading.
  for (let i = kept.length - 2; i >= 0; i--) {
    const merged = numberAndTitle(text, kept[i]!, kept[i + 1]!);
    if (merged) kept.splice(i, 2, merged);
  }
  // Where deliberations are numbered, a line in capitals between two of them (or after the only
  // one) is a part of the deliberation ("SECTION DE FONCTIONNEMENT – DÉPENSES"), not another.
  const numbered = kept.filter((h) => h.scheme === 'numbered');
  if (numbered.length) {
    const last = numbered[numbered.length - 1]!;
    for (let i = kept.length - 1; i >= 0; i--) {
      const h = kept[i]!;
      if ((h.scheme !== 'capitals' && h.scheme !== 'paragraph') || h.start < numbered[0]!.start) continue;
      // A motion or a wish put to the vote between the reports ("Motion n° 1 relative à …" / "Résultat") is a point of its own.
      if (h.scheme === 'paragraph' && WISH_TITLE.test(h.title)) continue;
      if (h.start < last.start || numbered.length === 1) kept.splice(i, 1);
    }
  }
  // An agenda lists the headings again before the items: keep the last occurrence. Unless that
  // one is a line of a list closing the minutes ("DC-2025-041  Compte financier …  Adoptée"):
  // a stub under which the next heading follows at once, where an earlier one heads a body.
  // A deliberation's own number names one deliberation whatever its title says there: the list
  // closing the minutes may shorten it ("Convention territoriale globale … avec la CAF").
  // Built and read by plain loops: an array `map` makes is packed when the builtin runs it and
  // holey when the optimized code inlines it, and a `forEach` on it then throws that code away
  // (a "wrong map" deoptimization, and a second TurboFan compile of findHeadings, then one whole).
  const keys: string[] = [];
  for (const h of kept) keys.push(h.number && isDeliberationNumber(h.number) ? `#${h.number}` : `${h.number ?? ''}|${comparable(h.title)}`);
  // A table of contents shortens its entries ("Rapport n° 7 - Garantie d'emprunt" over "Rapport n° 7 -
  // Garantie d'emprunt - OPH …"): an entry whose rank comes again later, the title there going on
  // from its own, is that heading.
  const shortened = new Set<number>();
  for (let i = 0; i < kept.length; i++) {
    const h = kept[i]!;
    if (!h.number || keys[i]!.startsWith('#')) continue;
    const short = comparable(h.title);
    if (short.length < MIN_SHORTENED_TITLE) continue;
    for (let j = i + 1; j < kept.length; j++) {
      if (kept[j]!.number === h.number && keys[j] !== keys[i] && comparable(kept[j]!.title).startsWith(short)) {
        keys[i] = keys[j]!;
        shortened.add(i);
        break;
      }
    }
  }
  const body = (i: number) => (kept[i + 1]?.start ?? text.length) - kept[i]!.end;
  // The last line of such a list runs on to the end of the text: it is the list's while it
  // repeats an earlier heading right under another line of it.
  const chosen = new Map<string, number>();
  let stubEnd = -1;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const before = chosen.get(k);
    const inList = before !== undefined && stubEnd >= 0 && kept[i]!.start - stubEnd < STUB_BODY;
    // (Not after a shortened entry: the heading its title goes on in is the point, its body however short.)
    if (before !== undefined && !shortened.has(before) && ((body(i) < STUB_BODY && body(before) >= 3 * body(i)) || inList)) {
      stubEnd = kept[i]!.end;
      continue;
    }
    stubEnd = -1;
    chosen.set(k, i);
  }
  return withoutListedActs(text, kept.filter((_, i) => chosen.get(keys[i]!) === i));
}

/** A title shorter than this, compared, is too short to tell a shortened entry by. */
const MIN_SHORTENED_TITLE = 10;

/** Between two entries of a list of acts, no more than their wrapped titles. */
const LISTED_GAP = 160;
/** What a vote or a decision says, which no list of acts does between its entries. */
const DECIDED_WORDS = /unanimit|adopt|approuv|d[ée]lib[ée]r|voix|pour\s*:|contre|vot/iu;

/**
 * "Décisions du Président :" then "DP2025-009  Renonciation …", "DP2025-010  …": acts taken under
 * delegation and only reported, listed one a line under a line that announces them; none is a
 * point of the sitting. A run of two numbered entries at least, nothing said between them.
 */
function withoutListedActs(text: string, headings: Heading[]): Heading[] {
  const drop = new Set<number>();
  for (let i = 0; i < headings.length; ) {
    let j = i;
    const close = (k: number) => headings[k + 1] && headings[k + 1]!.scheme === 'numbered' && headings[k + 1]!.start - headings[k]!.end < LISTED_GAP && !DECIDED_WORDS.test(text.slice(headings[k]!.end, headings[k + 1]!.start));
    if (headings[i]!.scheme === 'numbered') while (close(j)) j++;
    const announced = /:[ \t]*(?:\n[ \t]*)+$/.test(text.slice(Math.max(0, headings[i]!.start - 200), headings[i]!.start));
    if (j > i && announced) for (let k = i; k <= j; k++) drop.add(k);
    i = j + 1;
  }
  return drop.size ? headings.filter((_, i) => !drop.has(i)) : headings;
}

/** A line closing on a page's number out of the document's ("… 2/2", "… page 1/3"). */
const CLOSING_FRACTION = /\s(\d{1,3}\s*\/\s*\d{1,3})\s*$/;
const onPageMark = (line: string) => isPageFraction(CLOSING_FRACTION.exec(line)?.[1] ?? '');

/**
 * "… est approuvé à l'unanimité. II – SYNDICAT DÉPARTEMENTAL D'ÉNERGIES – TRANSFERT DE LA COMPÉTENCE
 * Madame le Maire expose …": in a text that lost its line breaks, a point's number after a
 * sentence's end and a dash, its title in capitals up to the first word that is not (or a
 * civility: "M. MOUNIER présente …"), or to the end of its line.
 */
const INLINE_ORDINAL = /(?<=[.!?»)][ \t]{1,3})([IVX]{1,5}|\d{1,2})[ \t]*[–—-][ \t]*(?:((?:[\p{Lu}\d°«»"'’(),/.:–—-]+[ \t]+){2,30}?)(?=\p{Lu}\p{Ll}|(?:M|MM|Mme)\.?[ \t])|((?:[\p{Lu}\d°«»"'’(),/.:–—-]+[ \t]+){1,30}?[\p{Lu}\d°»)]+)(?=[ \t]*\n))/gu;


/** Under this many characters a heading heads no body of its own: an entry of a list. */
const STUB_BODY = 200;

const BULLET = /^[ \t]*(?:[-•–−*]|\d{1,2}[.)]|\d{1,2}\s+[-–]|[IVX]{1,4}\.)?[ \t]*/u;
/** Whether BULLET can match more than nothing at the start of `line`: it is run on every body line. */
const mayHaveBullet = (line: string) => /^[ \t\-•–−*\dIVX]/u.test(line);
/**
 * fold(s) with every run of characters but a-z and 0-9 made one space, trimmed: the form titles
 * and agenda entries are compared in. Built in one pass, each character folded alone (FOLD_AT):
 * fold acts character by character (Greek's final sigma, the one character it lowers by context,
 * folds to no letter a-z either way, and the combining marks it may reorder are no letters), so
 * the letters and digits, and the runs between them, come out as with fold then a replace.
 */
function comparable(s: string): string {
  let out = '';
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (gap && out) out += ' ';
      gap = false;
      out += s[i];
    } else if (c >= 65 && c <= 90) {
      if (gap && out) out += ' ';
      gap = false;
      out += String.fromCharCode(c + 32);
    } else if (c < 128) {
      gap = true;
    } else {
      const f = foldAt(c);
      for (let j = 0; j < f.length; j++) {
        const d = f.charCodeAt(j);
        if ((d >= 97 && d <= 122) || (d >= 48 && d <= 57)) {
          if (gap && out) out += ' ';
          gap = false;
          out += f[j];
        } else {
          gap = true;
        }
      }
    }
  }
  return out;
}

/** Each non-ASCII character as fold folds it alone (a surrogate half stays itself: no letter a-z). */
const FOLD_AT = new Map<number, string>();
function foldAt(c: number): string {
  let f = FOLD_AT.get(c);
  if (f === undefined) {
    const ch = String.fromCharCode(c);
    f = c >= 0xd800 && c <= 0xdfff ? ch : ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    FOLD_AT.set(c, f);
  }
  return f;
}

const AGENDA_TITLE = /ordre\s+du\s+jour[^\n]*\n/y;

/**
 * Where the line after the first "Ordre du jour" opening a line at or after `from` starts, or -1.
 * `lower` is `text` lower-cased. The word is taken from the document's word index (its offsets
 * there are the ones in `lower`), and its line start checked: the pattern "(?:^|\n)[ \t]*ordre…"
 * gives the engine no character to skip ahead to, and is tried at every offset; an indexOf scan
 * reads the whole body for a word most documents hold a few times.
 */
function agendaStart(text: string, lower: string, from: number): number {
  const occurrences = wordIndex(text).get('ordre')!;
  for (let k = 0; k < occurrences.length; k++) {
    const at = occurrences[k]!;
    if (at < from) continue;
    let lineStart = at;
    while (lineStart > from && (lower[lineStart - 1] === ' ' || lower[lineStart - 1] === '\t')) lineStart--;
    if (lineStart > from && lower[lineStart - 1] !== '\n') continue;
    AGENDA_TITLE.lastIndex = at;
    if (AGENDA_TITLE.test(lower)) return AGENDA_TITLE.lastIndex;
  }
  return -1;
}

/** How an agenda entry or a body line opens, compared between them: its first four characters, folded. */
const opening = (s: string) => fold(s.slice(0, 4));

// agendaEchoes' loops over the agenda and over the body's lines, each its own function: the JIT
// compiles a small loop sooner than the whole (some 100 ms of compile for it in one piece).

/** "Page 1/3", "page 2 sur 5": a page's footer, never an agenda's entry. */
const PAGE_OF_PAGES = /(?<![\p{L}])page[ \t]+\d{1,3}[ \t]*(?:\/|sur)[ \t]*\d{1,3}(?![\d])/iu;
/** A point's label before its title, as the body takes up an agenda's entry: "Point 1 - ", "Point n° 2 : ", "Objet : ". */
const POINT_LABEL_LEAD = /^[ \t]*(?:(?:point|question)[ \t]+(?:n°[ \t]*)?\d{1,3}[ \t]*[-–.):]|objet[ \t]*:)[ \t]*/iu;
/** An agenda entry's rank before its title: "1 ", "2. ", "3) ". */
const ENTRY_RANK = /^[ \t]*\d{1,3}[ \t]*[.)°-]?[ \t]+/u;

/** The agenda's entry lines from blockStart, bullets taken off: up to a rule, a blank line, or a line seen again (perhaps under its point's label). */
/** "DÉLIBÉRATION N° 2024_009" alone on its line: a deliberation of the body opens. */
const DELIBERATION_NUMBER_LINE = new RegExp(String.raw`^[ \t]*${DELIBERATION_WORD}[ \t]+[Nn][°o]\.?[ \t]?${NUMBER}[ \t]*$`, 'u');

function agendaLines(text: string, blockStart: number): Array<{ start: number; end: number; s: string }> {
  const lines: Array<{ start: number; end: number; s: string }> = [];
  let pos = blockStart;
  const seen = new Set<string>();
  /** The entries seen, without their ranks: the body may take one up at the start of a longer line. */
  const entries: string[] = [];
  let allBulleted = true;
  while (pos < text.length && lines.length < 40) {
    const l = lineAt(text, pos);
    pos = l.end + 1;
    // A rule, or the page's footer ("Document généré le … - Page 1/3"): the agenda stopped above it.
    if (/^[ \t]*[_=*]{3,}/.test(l.line) || l.line.length > 160 || PAGE_OF_PAGES.test(l.line)) break;
    // An entry seen again is the body taking up the first item: where no rule or blank line
    // marks the end of the agenda (a text layer, OCR), that repetition does.
    const key = comparable(l.line);
    if (key.length >= 8 && seen.has(key)) break;
    // Or taken up under its point's label ("Point 1 - Approbation du procès-verbal …", "Objet: Forêt
    // communale - … - DE_2012_031", an entry ranked "1 Forêt communale - …" in the agenda).
    const labelled = POINT_LABEL_LEAD.exec(l.line);
    if (labelled) {
      const bare = comparable(l.line.slice(labelled[0].length));
      if (bare.length >= 8 && entries.some((e) => bare.startsWith(e))) break;
    }
    // Or the body's first deliberation, as a software prints it under the agenda ("DÉLIBÉRATION N°
    // 2024_009" / "Objet :" / "Approbation du compte de gestion …", the entry's words without its rank).
    if (DELIBERATION_NUMBER_LINE.test(l.line)) break;
    seen.add(key);
    const unranked = comparable(l.line.replace(ENTRY_RANK, ''));
    if (unranked.length >= 8 && key !== unranked && entries.includes(unranked)) break;
    if (unranked.length >= 8) entries.push(unranked);
    // A bullet alone on its line is layout; a blank line after the entries ends the agenda.
    if (/^[ \t]*[-•–−*][ \t]*$/.test(l.line)) continue;
    if (!l.line.trim()) {
      if (lines.length) break;
      continue;
    }
    // Entries that all had a bullet end at the first line without one that does not go on with
    // the entry above in lower case: where the layout lost the blank line, the body starts there.
    const bulleted = mayHaveBullet(l.line) && BULLET.exec(l.line)![0].trim() !== '';
    if (lines.length >= 2 && allBulleted && !bulleted && !/^[ \t]*\p{Ll}/u.test(l.line)) break;
    if (!/^[ \t]*\p{Ll}/u.test(l.line)) allBulleted &&= bulleted;
    lines.push({ start: l.start, end: l.end, s: l.line.replace(BULLET, '').trim() });
  }
  return lines;
}

/**
 * The body's lines from `from`: where each starts and ends, and which of them (their indexes)
 * open like an agenda entry (`openings`).
 */
function bodyLines(text: string, from: number, openings: ReadonlySet<string>): { starts: number[]; ends: number[]; candidates: number[] } {
  // Folded, a line that opens on an ASCII character and no bullet opens on that character in lower
  // case: where no entry's opening does, the line is no candidate, and is neither sliced nor folded.
  const firsts = new Set<number>();
  for (const o of openings) firsts.add(o.charCodeAt(0));
  const starts: number[] = [];
  const ends: number[] = [];
  const candidates: number[] = [];
  for (let p = from; p < text.length; ) {
    let end = text.indexOf('\n', p);
    if (end < 0) end = text.length;
    const c = text.charCodeAt(p);
    const plain = end > p && c < 128 && !MAY_OPEN_BULLET[c] && !firsts.has(c >= 65 && c <= 90 ? c + 32 : c);
    if (!plain && openings.has(opening(restAt(text, p, end)))) candidates.push(starts.length);
    starts.push(p);
    ends.push(end);
    p = end + 1;
  }
  return { starts, ends, candidates };
}

/** An agenda entry's number opening its echo in the body, before the title's capital: a NUMBER, maybe a dash or colon after it. */
const ECHO_NUMBER = new RegExp(String.raw`^(${NUMBER})[ \t]+(?:[-–—:][ \t]+)?(?=\p{Lu})`, 'u');

/**
 * Headings announced by the agenda: each "ORDRE DU JOUR" entry that appears again later
 * at the start of a line marks where that item is discussed.
 */
function agendaEchoes(text: string, from: number): Heading[] {
  const blockStart = agendaStart(text, lowerOf(text), from);
  if (blockStart < 0) return [];
  const lines = agendaLines(text, blockStart);
  // Lines that start in lower case continue the entry above them.
  const entries: string[] = [];
  for (const l of lines) {
    if (entries.length && /^\p{Ll}/u.test(l.s)) entries[entries.length - 1] += ' ' + l.s;
    else entries.push(l.s);
  }
  const blockEnd = lines.length ? lines[lines.length - 1]!.end : blockStart;
  // A plain loop, not `map` then `some`: see the keys of onePerPlace.
  const wants: string[] = [];
  let anyLong = false;
  for (const e of entries) {
    const want = comparable(e);
    wants.push(want);
    anyLong ||= want.length >= 8;
  }
  if (!anyLong) return [];
  // The body's lines, compared lazily and once: only lines that open like an entry matter.
  const openings = new Set<string>();
  for (const e of entries) openings.add(opening(e));
  const { starts, ends, candidates } = bodyLines(text, blockEnd + 1, openings);
  const compared = new Map<number, string>();
  const cmpAt = (i: number) => {
    let cmp = compared.get(i);
    if (cmp === undefined) compared.set(i, (cmp = comparable(restAt(text, starts[i]!, ends[i]!))));
    return cmp;
  };
  const out: Heading[] = [];
  for (const want of wants) {
    if (want.length < 8) continue;
    for (const i of candidates) {
      const head = cmpAt(i);
      if (!head || head.length < Math.min(12, want.length) || !want.startsWith(head.slice(0, Math.min(head.length, want.length)))) continue;
      // The entry may wrap over several body lines: take lines while they continue it.
      let end = ends[i]!;
      let got = head;
      for (let j = i + 1; j < starts.length && got.length < want.length; j++) {
        const more = cmpAt(j);
        if (!more || !want.startsWith(`${got} ${more}`)) break;
        got = `${got} ${more}`;
        end = ends[j]!;
      }
      const start = ends[i]! - restAt(text, starts[i]!, ends[i]!).length;
      // "95-2-01 Compte administratif 1994": the entry opens on its report's number, no part of its title.
      const numbered = ECHO_NUMBER.exec(text.slice(start, end));
      out.push({ scheme: 'agenda', start, end, number: numbered ? numbered[1]! : null, title: cleanTitle(text.slice(numbered ? start + numbered[0].length : start, end)) });
      break;
    }
  }
  return out;
}

/** A body line text[start, end) without its bullet: what is compared with the agenda's entries. */
function restAt(text: string, start: number, end: number): string {
  const line = text.slice(start, end);
  return mayHaveBullet(line) ? line.replace(BULLET, '') : line;
}

/** The ASCII characters of mayHaveBullet's class, by code. */
const MAY_OPEN_BULLET = (() => {
  const table = new Uint8Array(128);
  for (const ch of ' \t-*0123456789IVX') table[ch.charCodeAt(0)] = 1;
  return table;
})();

const SENTENCE_START = /^(?:Soit|Le|La|Les|L'|Il|Elle|Ils|Elles|Ce|Cet|Cette|Ces|Un|Une|Après|Par|Pour|Monsieur|Madame|Mademoiselle|M\.|Mme|Vote|Nous|Vous|On|Vu|Considérant|Ordre|Suite|Séance)\b/u;
const FINITE_VERB = /\s(?:est|sont|a|ont|sera|seront|était|étaient|été|fait|font|demande|propose|rappelle|informe|accepte|approuve|adopte|décide|donne|présente|passe|déclare|précise|indique|souhaite|se)\s/u;

/**
 * In documents written as paragraphs separated by blank lines, a short paragraph that is
 * not a sentence ("Compte Administratif M14 2002.") is the heading of what follows.
 */
/** A heading's title that is only a deliberation's number ("DCM-2024-087"). */
const NUMBER_ONLY = new RegExp(String.raw`^${NUMBER}$`);

/**
 * Two headings on lines that follow each other, read as one: "4. Budget primitif 2023" over
 * "Délibération n° 2023-019" whose own title is a header's label ("Rapporteur : …", "… –
 * Matière : 7.1"), the first's title and the second's number; "Point n° 31 – DCM-2024-087" over
 * a title in capitals, that number and that title. Null when they are two.
 */
function numberAndTitle(text: string, a: Heading, b: Heading): Heading | null {
  if (!/^[ \t]*\n[ \t]*$/.test(text.slice(a.end, b.start))) return null;
  if (b.scheme === 'numbered' && a.scheme !== 'numbered' && LABEL_AS_TITLE.test(b.title) && /^\s*(?:N°|D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION|DCC|DEL)/u.test(text.slice(b.start, b.start + 20))) {
    return { scheme: a.scheme, start: a.start, end: lineAt(text, b.start).end, number: b.number, title: a.title };
  }
  // "2 – INSTALLATION D'UNE CONSEILLÈRE" over "Délibération n° DCC 2024-098 / Objet : …": the
  // point, then its deliberation under the same number (numberUnder), is one heading from the point's line.
  if (a.scheme === 'ordinal' && b.scheme === 'numbered' && a.number === b.number) return { scheme: b.scheme, start: a.start, end: b.end, number: b.number, title: b.title };
  if (a.scheme === 'ordinal' && (b.scheme === 'capitals' || b.scheme === 'paragraph') && NUMBER_ONLY.test(a.title) && isDeliberationNumber(a.title)) {
    return { scheme: 'numbered', start: a.start, end: b.end, number: a.title, title: b.title };
  }
  return null;
}

/**
 * A margin's cell beside a report's heading, read as a title: a deliberation's label, its number, how the vote
 * went ("Délib.", "CD-2021-12-03", "Unanimité", "Prend acte", "30 P / 4 C", "Motion"), or a label the typist
 * abbreviated ("D.O.B.").
 */
const MARGIN_CELL_TITLE = new RegExp(String.raw`^(?:D[ée]lib(?:[ée]ration)?\.?|${NUMBER}|Unanimit[ée]|Prend\s+acte|Pris\s+acte|Adopt[ée]e?|Rejet[ée]e?|Motion|V[œo]e?u|Communication|Information|\d{1,3}\s*P(?:\s*\/\s*\d{1,3}\s*(?:C|A|Abst?\.?))*|(?:\p{Lu}\.){2,4})$`, 'u');
/** How many lines a margin's cells may take between the label and the report's heading. */
const MARGIN_CELL_LINES = 4;

/**
 * Two headings, the first or the second a margin's cell (MARGIN_CELL_TITLE) a few lines from the
 * other, of the same rank or the cell a deliberation's number: the report's heading, numbered by
 * its deliberation where the margin gives one. Null when they are two.
 */
function withMarginCells(text: string, a: Heading, b: Heading): Heading | null {
  const between = text.slice(a.end, b.start);
  if (lineCount(between) - 1 > MARGIN_CELL_LINES || /\n[ \t]*\n/.test(between)) return null;
  const aCell = MARGIN_CELL_TITLE.test(a.title);
  const bCell = MARGIN_CELL_TITLE.test(b.title);
  const act = (h: Heading) => (h.number && /[A-Z]/.test(h.number) && isDeliberationNumber(h.number) ? h.number : NUMBER_ONLY.test(h.title) && isDeliberationNumber(h.title) ? h.title : null);
  // "Rapport n° 1" / "Délib." over "RAPPORT N° 1 - …": the same rank.
  if (aCell && !bCell && a.number !== null && (a.number === b.number || act(a) !== null || act(b) !== null)) {
    return { scheme: b.scheme, start: a.start, end: b.end, number: act(b) ?? act(a) ?? actCellIn(between) ?? b.number, title: b.title };
  }
  // "Rapport n° 5 RAPPORT N° 5 - TARIFS …" over "CD-2021-12-05" / "Unanimité": the cell under it.
  if (bCell && !aCell && act(b) !== null && /^[ \t]*\n[ \t]*$/.test(between)) return { scheme: a.scheme, start: a.start, end: b.end, number: act(b), title: a.title };
  // "… DU SERVICE DÉPARTEMENTAL" / "CD-2021-12-07 D'INCENDIE ET DE SECOURS POUR 2022": the margin's number glued to the title's wrapped line.
  if (!aCell && act(b) !== null && b.number === act(b) && a.number !== null && /^\d{1,3}$/.test(a.number) && /^[ \t]*\n[ \t]*$/.test(between) && !/\p{Ll}/u.test(b.title) && !/[.:;]\s*$/.test(a.title)) {
    return { scheme: a.scheme, start: a.start, end: b.end, number: act(b), title: `${a.title} ${b.title}` };
  }
  return null;
}

/** A deliberation's number with its letters alone on a line among a margin's cells ("CD-2021-12-01"). */
function actCellIn(lines: string): string | null {
  for (const line of lines.split('\n')) {
    const cell = line.trim();
    if (isActCell(cell)) return cell;
  }
  return null;
}
const isActCell = (cell: string) => NUMBER_ONLY.test(cell) && /[A-Z]/.test(cell) && isDeliberationNumber(cell);

/** A margin's label over a report's heading ("Rapport n° 2"), the same rank. */
const MARGIN_RANK_LABEL = /^[ \t]*Rapport[ \t]+n°[ \t]*(\d{1,3})[ \t]*$/u;
/** That label opening the heading's own line ("Rapport n° 3 RAPPORT N° 3 - …"). */
const MARGIN_RANK_OPENING = /^[ \t]*Rapport[ \t]+n°[ \t]*(\d{1,3})[ \t]+RAPPORT[ \t]+N°/u;

/**
 * A report's heading ranked alone ("RAPPORT N° 2 - …") under its margin's cells ("Rapport n° 2" /
 * "CD-2021-12-02"), or with them on its line and under it ("Rapport n° 3 RAPPORT N° 3 - …" /
 * "CD-2021-12-03"): numbered by the deliberation's number among them.
 */
function withMarginActNumber(text: string, h: Heading): Heading {
  if (!h.number || !/^\d{1,3}$/.test(h.number)) return h;
  const own = lineAt(text, h.start);
  if (MARGIN_RANK_OPENING.exec(own.line)?.[1] === h.number && own.end < text.length) {
    const under = lineAt(text, own.end + 1).line.trim();
    if (isActCell(under)) return { ...h, number: under };
  }
  let at = h.start;
  let number: string | null = null;
  for (let k = 0; k < MARGIN_CELL_LINES && at > 0; k++) {
    const line = lineAt(text, at - 1);
    const cell = line.line.trim();
    if (!cell) return h;
    if (isActCell(cell)) number ??= cell;
    const label = MARGIN_RANK_LABEL.exec(line.line);
    if (label) return label[1] === h.number && number ? { ...h, number } : h;
    at = line.start;
  }
  return h;
}

/** The line under a ranked point closing on its deliberation's number: "Rapport n° 93/041 du Président … – Délibération n° 93/052 AC". */
const DELIBERATION_CLOSING_LINE = /(?:^|[ \t][–—-][ \t]+|^[ \t]*)D[ée]lib[ée]ration[ \t]+n°[ \t]*(\d{2,4}[/-]\d{1,4}(?:[ \t][A-Z]{1,3})?)[ \t]*$/u;

/** A point ranked alone ("2. COMPTE ADMINISTRATIF …") over the line closing on its deliberation's number: that number. */
function withDeliberationUnder(text: string, h: Heading): Heading {
  if (h.scheme !== 'ordinal' || !h.number || !/^\d{1,3}$/.test(h.number) || h.end + 1 >= text.length) return h;
  const lineEnd = text.indexOf('\n', h.end);
  const under = DELIBERATION_CLOSING_LINE.exec(lineAt(text, lineEnd < 0 ? h.end : lineEnd + 1).line);
  return under ? { ...h, number: under[1]! } : h;
}

/** What a number's line may be followed by that is no title: the labels of a deliberation's header. */
const LABEL_AS_TITLE = /^(?:Rapporteure?s?|RAPPORTEURE?S?|Mati[èe]re|MATI[ÈE]RE|Nomenclature|NOMENCLATURE|Code\s+mati[èe]re|Commission|COMMISSION|Service|Direction)(?![\p{L}])/u;

/** The words of a ballot's results, which no title opens on. */
const TALLY_WORDS = /^(?:majorit[ée]\s+absolue|suffrages|bulletins|votants|exprim[ée]s|nombre\s+de\s+(?:votants|suffrages|bulletins))/iu;

const LABEL_OF_PEOPLE = /:\s*(?:M\.|Mme|MM\.|Mmes|Monsieur|Madame)\s/u;
/** "Signé : Jean-Marc DELBECQUE", "Signé électroniquement par …": who signed, no title. */
const SIGNED_LINE = /^sign[ée]\s*(?:[ée]lectroniquement\s+)?(?:par\b|:)/iu;
/** A line about the vote, no title: who took no part, who abstained, "Voté à l'unanimité." */
// "Adopté, M. LECLERCQ s'abstenant.": the outcome, who abstained or voted against after it.
const VOTE_STATEMENT = /(?:pris|prend|prennent)\s+part\s+au\s+vote|(?<![\p{L}])(?:ont|a)\s+vot[ée]|abstenue?s?(?![\p{L}])|s['’]abstenant|votant\s+contre|^(?:Adopt|Vot|Approuv|Rejet)[ée]e?s?\s+(?:[àa]\s+l['’]unanimit|[àa]\s+la\s+majorit|par\s+\d)/iu;

/**
 * A label over the points a summary tells, each under its own short title: "Principales décisions", "Décisions prises";
 * or the sentence closing the opening that points to them ("Vous trouverez ci-dessous les principales décisions.").
 */
const DECISIONS_LIST_LABEL = /(?<=^|\n)[ \t]*(?:[Pp]rincipales|PRINCIPALES)[ \t]+(?:d[ée]cisions|D[ÉE]CISIONS)[ \t]*:?[ \t]*\n|(?:ci-dessous|ci-apr[èe]s)[ \t]+les[ \t]+principales[ \t]+d[ée]cisions(?:[ \t]+(?:prises|adopt[ée]es))?[ \t]*[.:][ \t]*\n|(?<=^|\n)[ \t]*(?:D[ée]cisions|D[ÉE]CISIONS)[ \t]+(?:prises|adopt[ée]es|PRISES|ADOPT[ÉE]ES)[ \t]*:?[ \t]*\n/u;

/** Whether a summary labels the points it tells as the sitting's decisions (DECISIONS_LIST_LABEL). */
export function listsDecisions(text: string): boolean {
  return text.includes('cisions') && DECISIONS_LIST_LABEL.test(text);
}

/** How long a rubric over a summary's points may be ("Aménagement du territoire"). */
const RUBRIC_LENGTH = 40;

function shortParagraphs(text: string, from: number, loose: boolean): Heading[] {
  const body = text.slice(from);
  // Counted by hand: a match array per line break is what this would otherwise allocate.
  let lineCount = 1;
  let blankLines = 0;
  for (let p = body.indexOf('\n'); p >= 0; p = body.indexOf('\n', p + 1)) {
    lineCount++;
    let q = p + 1;
    while (body[q] === ' ' || body[q] === '\t') q++;
    if (body[q] === '\n') blankLines++;
  }
  const blankSeparated = blankLines >= lineCount * 0.25;
  // Text layers lose blank lines: there, a short line after a finished sentence and before
  // a long one stands for the same thing, when no other kind of heading was found.
  const noBlanks = loose && blankLines < lineCount * 0.02;
  // Word-processor minutes put a blank line between points only: a title opens each paragraph.
  const blankBefore = loose && !blankSeparated && !noBlanks && blankLines >= lineCount * 0.05;
  // "Principales décisions" alone on its line: under it, each point a short title over its paragraph, no blank between.
  const listLabel = loose && !blankSeparated && !noBlanks ? DECISIONS_LIST_LABEL.exec(body) : null;
  const listFrom = listLabel ? from + listLabel.index + listLabel[0].length : -1;
  if (!blankSeparated && !noBlanks && !blankBefore && !listLabel) return [];
  const out: Heading[] = [];
  const lines = body.split('\n');
  let offset = from;
  for (let i = 0; i < lines.length; offset += lines[i]!.length + 1, i++) {
    const raw = lines[i]!;
    const line = raw.trim();
    // A title opens on a capital (tested again below, with the rest): checked first, it spares most
    // lines of prose the trimming of their neighbours.
    if (line.length < 4 || line.length > 120 || !/^\p{Lu}/u.test(line)) continue;
    const prev = (lines[i - 1] ?? '').trim();
    let next = (lines[i + 1] ?? '').trim();
    if (listLabel && offset >= listFrom) {
      // After the point before it, or under a rubric alone after a blank ("Routes et transports").
      if (offset > listFrom && !/[.:!?»)]$/.test(prev) && !(prev !== '' && prev.length <= RUBRIC_LENGTH && (lines[i - 2] ?? '').trim() === '')) continue;
    } else if (blankSeparated) {
      if (prev !== '') continue;
      // A title over its paragraph, no blank between them, as where blank lines stand before titles only,
      // where no other kind of heading was found.
      if (next !== '') {
        if (!loose || /[.,;:!?]$/.test(line) || endsHanging(line) || !/^\p{Lu}/u.test(next)) continue;
      } else next = (lines[i + 2] ?? '').trim();
    } else if (blankBefore) {
      // The title is followed by a sentence of its own, not by the rest of its own sentence.
      if (prev !== '' || /[.,;:!?]$/.test(line) || endsHanging(line) || !/^\p{Lu}/u.test(next)) continue;
    } else if (prev !== '' && !/[.:!?»)]$/.test(prev)) {
      continue;
    }
    if (!/^\p{Lu}/u.test(line) || SENTENCE_START.test(line) || FINITE_VERB.test(` ${line} `) || NOT_A_HEADING.test(line.toUpperCase())) continue;
    // A line ending on a comma or semicolon is a clause that goes on ("Entendu l'exposé du rapporteur,");
    // a label and its figure closed by a full stop is a statement ("Résultat global de clôture : excédent de 46.138,83 F.").
    if (/:\s*\d|:\s[^:]*\d[^:]*\.$|[?!]|^\(|^\d|[,;]$/.test(line) || isCapitalsLine(line) || actionAt(line) || AMOUNT_AT_END.test(line)) continue;
    // "N'a pas pris part au vote : M. ESCANDE.": a label and whom it names, not a title.
    if (LABEL_OF_PEOPLE.test(line) || VOTE_STATEMENT.test(line) || SIGNED_LINE.test(line)) continue;
    // "M. CASTEX, Adjoint délégué aux travaux, expose :": a speaker, not a title.
    if (/^(?:M\.|MM\.|Mme|Mmes|Monsieur|Madame)\s/u.test(line)) continue;
    // What a heading introduces is prose, not a column of figures ("Section de Fonctionnement :"), nor
    // a ballot's results in dot leaders ("Ont obtenu :" / "M. DEMONGEOT ........ 26 voix").
    if (next.length < 60 || DOT_LEADERS.test(next)) continue;
    const start = offset + (raw.length - raw.trimStart().length);
    out.push({ scheme: 'paragraph', start, end: start + line.length, number: null, title: cleanTitle(line) });
  }
  return out;
}
