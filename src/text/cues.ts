/**
 * The words French minutes use to mark their parts, as data. A new kind of document
 * should mean a new row here, not a new branch in the extractors.
 */

/** Civilities and the contract's two values for them (plural forms head a list). */
export const CIVILITIES: ReadonlyArray<readonly [RegExp, 'M.' | 'Mme']> = [
  [/^(?:m|mr|mm|monsieur|messieurs|mrs|mssrs)\.?$/i, 'M.'],
  [/^(?:mme|mmes|madame|mesdames|mlle|melle|mademoiselle|mesdemoiselles)\.?$/i, 'Mme'],
];

/**
 * "pouvoir à", "procuration donnée à", "représentée par", a legend's "Pouv. à": what a proxy's
 * holder follows, in a table's cell or a column's label. A pattern's source, case-insensitive.
 */
export const TO_HOLDER = String.raw`(?:pouvoirs?|procurat[il]ons?|repr[ée]sent[ée]e?s?|pouv\.|proc\.)\s*(?:donn[ée]e?s?\s+)?(?:[àa]|par)(?![\p{L}])`;

/** Civility words glued to the next word by bad text extraction ("MadameETORÉ"). */
export const GLUED_CIVILITY = /^(Monsieur|Madame|Mademoiselle|Messieurs|Mesdames)(\p{Lu}.*)$/u;

/** Words inside a name list that say what happened to the person just named. */
export const STATUS_WORDS: ReadonlyArray<readonly [RegExp, 'excused' | 'absent']> = [
  // "excus6": OCR's "6" for "é" splits off as a number, leaving "excus".
  [/^excus(?:[ée6]e?s?)?$/i, 'excused'],
  [/^absent(?:e|s|es)?(?:\s+non\s+excus[ée]e?s?)?$/i, 'absent'],
];

/** Words that link a proxy giver to the holder: "pouvoir à", "procuration à", "représenté par". */
// OCR's l for the i of "procuration" ("procuratlon") and of "pouvoir" ("pouvolr") too.
/** "pouvoir", "procurations", as OCR may read them: the words that name a proxy. */
export const PROXY_WORD = String.raw`pouvo[il1]rs?|procurat[il]ons?`;
export const PROXY_LEAD = new RegExp(String.raw`^(?:${PROXY_WORD}|donn[ée]e?s?|repr[ée]sent[ée]e?s?|mandat|délégation|delegation|ayant|a)$`, 'i');
export const PROXY_LINK = /^(?:à|a|par)$/i;

/** Lower-case words allowed inside a name ("Jean de LA FONTAINE", "Albert De Rycke"). */
/** "Suppléé par", "Remplacée par": the member whose seat a substitute took, in a table's cell. Pattern source, case-insensitive use. */
export const SUBSTITUTED_BY = String.raw`(?:suppl[ée]{1,2}e?|remplac[ée]e?)\s+par`;
/** "(suppléant)", "(suppléante)": the person just named is a substitute who sat. */
export const SUBSTITUTE_MARK = String.raw`\(\s*suppl[ée]ante?\s*\)`;

export const NAME_PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', "d'", 'van', 'von', 'der', 'di', 'da', 'dos', 'del']);

/** Attendance headings. `fuzzy` words are compared with OCR tolerance. */
export type AttendanceRole = 'present' | 'represented' | 'excused' | 'absent' | 'secretary';
export interface AttendanceCue {
  role: AttendanceRole;
  /** Matched against the text at a line start or after ". " / " : " boundaries. */
  pattern: RegExp;
  /** Everyone under this heading is present, proxies included ("Présents ou ayant donné procuration"). */
  includesProxies?: boolean;
}

// OCR of typewritten pages reads "é" as "6" ("pr6sents", "repr6sent6s"): no French word has it there.
const E = '[eéèêEÉÈÊ6]';
/** "absent", "absents", "absente(s)", "absent(s)", "absent(e)s", OCR's "absenl": one stem. */
const ABSENT = 'absen(?:t|l)?(?:\\(e\\)\\(?s\\)?|\\(?e?s\\)?|es?|\\(e\\))?';
/**
 * Heading words as OCR may garble them ("Absen(s)", "Secrétalre"): a label before a colon
 * whose last word is one of these, within an edit or two, is that heading.
 */
export const FUZZY_HEADINGS: ReadonlyArray<readonly [string, AttendanceRole]> = [
  ['presents', 'present'],
  ['absents', 'absent'],
  ['excuses', 'excused'],
  // The singular too: "Excnsé :" is one edit from "excusé", two from "excusés".
  ['excuse', 'excused'],
  ['pouvoirs', 'represented'],
  ['procurations', 'represented'],
  ['representes', 'represented'],
  ['secretaire', 'secretary'],
];

/**
 * What may stand before a heading and belongs to it ("Étaient présents", "Délégués présents",
 * "Conseillers absents"). Kept out of the
 * patterns: an optional lead makes a pattern slow to search for; the caller looks back.
 */
/** The members' nouns a count's or a list's label may name them by ("Délégués en exercice", "15 conseillers présents"). */
/** A wish's or a motion's label, as a point's ("Vœu n° 16-07", "MOTION relative à …"). */
export const WISH_OR_MOTION_LABEL = String.raw`V[Œœ]u|Voeu|VŒU|V[Oo]EU|[Mm]otion|MOTION`;
/** A table's header printed again over each point's row ("Point Objet Rapporteur Commission"): the rank's label, the subject's, then the other columns'. */
export const POINT_HEADER_LINE = /^[ \t]*(?:point|n°|rang)[ \t]+objet(?:[ \t]+(?:rapporteure?|commission|vote|d[ée]cision))+[ \t]*$/iu;
/** The sentence of a sitting: an act that holds one was taken by an assembly. */
export const SITTING_HELD = /s['’]\s?est\s+r[ée]uni|se\s+sont\s+r[ée]unis|r[ée]unie?s?\s+en\s+s[ée]ance|s['’]\s?est\s+assembl[ée]/iu;
/** An act in the perfect, the body that did it left unsaid: "A adopté", "A approuvé" (a summary's points under one "Le Conseil Municipal :"). */
export const PERFECT_ACT = String.raw`A[ \t]+\p{Ll}{2,}[ée]e?s?[ \t]`;
/** An article's label and rank: "Article 2", "ARTICLE 1er", "article premier" (OCR's l for the 1 of "1er"). Caseless. */
export const ARTICLE_RANK = String.raw`article\s+(?:[1l]er|premier|\d+(?:er)?)`;
/** A point's rank opening its line: "1°", "2.", "3)", a dash after it or not ("1° – "). */
export const POINT_RANK_LEAD = String.raw`\d{1,2}(?:°|[.)])[ \t]*(?:[-–][ \t]*)?`;
/** "secrétariat", as OCR may part it at its accent ("secr étariat"). Case-insensitive patterns. */
export const SECRETARIAT = String.raw`secr[ \t]?[ée]tariat`;
/** Who sits, as a count's label names them: "membres", "délégués", "conseillers" and their council's adjective ("Conseillers généraux en exercice"). */
export const MEMBER_NOUNS = String.raw`membres|conseillers(?:\s+(?:municipaux|communautaires|g[ée]n[ée]raux|d[ée]partementaux|r[ée]gionaux))?|d[ée]l[ée]gu[ée]s`;

/** A header's date label beside or over its date: "Date de convocation", "Date d'affichage", "Date de la publication". Lower-cased text. */
export const SITTING_DATE_LABEL = String.raw`date\s+(?:de\s+(?:la\s+)?)?(?:convocation|[ld]['’]affichage|affichage|publication)`;

/** "après" as heavy OCR may cut it ("apr ès"). */
export const AFTER_WORD = String.raw`apr\s?[èée]s`;
/** "délibéré", or as heavy OCR misreads it: figures in it ("d61ibéré"), the word garbled whole ("d'elibere"). */
export const DELIBERATED_WORD = String.raw`(?:d[ée]lib[ée]r[ée]|d['’]?[a-zéè\d]{3,7}r[éeè](?![\p{L}]))`;
// "Conseillers régionaux présents", "Délégués titulaires présents": the members' noun with its body's adjective.
export const CUE_LEAD = new RegExp(String.raw`(?:[ée]taient|[ée]tait|(?:${MEMBER_NOUNS})(?:\s+(?:municipaux|communautaires|r[ée]gionaux|d[ée]partementaux|g[ée]n[ée]raux|syndicaux|titulaires))?|[ée]lus)\s+$`, 'iu');
/** How far back before a heading its lead (CUE_LEAD) may start. */
export const CUE_LEAD_REACH = 30;
/** CUE_LEAD glued to its heading by OCR or a text layer ("Etaitexcusee :"). */
export const GLUED_CUE_LEAD = /(?:^|\s)(?:[ée]taient|[ée]tait)$/iu;

export const ATTENDANCE_CUES: readonly AttendanceCue[] = [
  { role: 'present', pattern: new RegExp(`pr${E}sen(?:t|l)s?\\s+ou\\s+ayant\\s+donn${E}\\s+(?:procuration|pouvoir)(?:\\s+de\\s+vote)?`, 'iu'), includesProxies: true },
  // "non représentés" is no proxy: "Absents non représentés", "Absents excusés non représentés".
  { role: 'excused', pattern: new RegExp(`${ABSENT}\\s+excus${E}(?:\\(?e?s?\\)?)?s?\\s+(?:et\\s+)?non\\s+repr${E}sent${E}(?:\\(?e?s?\\)?)?s?`, 'iu') },
  { role: 'absent', pattern: new RegExp(`${ABSENT}\\s+non\\s+(?:repr${E}sent${E}|excus${E})(?:\\(?e?s?\\)?)?s?`, 'iu') },
  { role: 'excused', pattern: new RegExp(`${ABSENT}\\s+excus${E}(?:\\(?e?s?\\)?)?s?`, 'iu') },
  // "Absents et procurations": each entry says which it is; one that says nothing is absent.
  { role: 'absent', pattern: new RegExp(`${ABSENT}\\s*(?:et|ou|[-–/])\\s*(?:procurations?|pouvoirs?|repr${E}sent${E}s)`, 'iu') },
  // "Excusés sans pouvoir :", "Absents sans procuration :": no proxy, whatever word for it follows.
  { role: 'excused', pattern: new RegExp(`(?:${ABSENT}\\s+)?excus${E}(?:\\(?e?s?\\)?)?s?\\s+sans\\s+(?:pouvoirs?|procurations?)`, 'iu') },
  { role: 'absent', pattern: new RegExp(`${ABSENT}\\s+sans\\s+(?:pouvoirs?|procurations?)`, 'iu') },
  // "EXCUSÉS - POUVOIRS": the excused, those who gave a proxy saying so.
  { role: 'excused', pattern: new RegExp(`excus${E}(?:\\(?e?s?\\)?)?s?\\s*(?:et|ou|[-–/])\\s*(?:procurations?|pouvoirs?)`, 'iu') },
  // "Étaient absents et avaient donné pouvoir :".
  // "Absents excusés ayant donné procuration", alone on its line as a software prints its table's label.
  { role: 'represented', pattern: new RegExp(`${ABSENT}\\s+(?:excus${E}(?:\\(?e?s?\\)?)?s?\\s+)?(?:repr${E}sent${E}(?:\\(?e?s?\\)?)?s?|(?:et\\s+)?(?:ayant|avaient)\\s+donn${E}\\s+(?:pouvoir|procuration|d${E}l${E}gation)(?:\\s+de\\s+vote)?)`, 'iu') },
  // "Délégués suppléants siégeant avec voix délibérative :", "Suppléants ayant voix dólibérative :" (OCR's ó): substitutes sit as members.
  { role: 'present', pattern: new RegExp(`suppl${E}ants?\\s+(?:si${E}geant(?:\\s+avec\\s+voix\\s+d${E}lib${E}rative)?|(?:avec|ayant)\\s+voix\\s+d\\S?lib${E}rative)`, 'iu') },
  // "Délégués suppléants présents avec voix délibérative :".
  // "Présents en salle :", "Présents à distance (visioconférence) :": where they sat, in 2020-2022;
  // "Membres présents ayant voix délibérative :", beside those with a consultative voice.
  { role: 'present', pattern: new RegExp(`pr${E}sen(?:t|l)?(?:e|\\(e\\))?(?:\\(?s\\)?|es)?(?:\\s+(?:avec|ayant)\\s+voix\\s+d${E}lib${E}rative|\\s+(?:en\\s+salle|dans\\s+la\\s+salle(?:\\s+des\\s+s${E}ances|\\s+du\\s+conseil)?|en\\s+pr${E}sentiel|[àa]\\s+distance|en\\s+visio(?:-?\\s?conf${E}rence)?|par\\s+visio(?:-?\\s?conf${E}rence)?|physiquement))?`, 'iu') },
  // "Mandant Mandataire": the header of a table of proxies, with no heading over it (proxy-pairs).
  { role: 'represented', pattern: /mandants?[ \t]+mandataires?/iu },
  // "Ont délégué leur droit de vote :": an assembly's word for its proxies.
  { role: 'represented', pattern: new RegExp(`(?:procurations?|pouvoirs?|repr${E}sent${E}(?:\\(?e?s?\\)?)?s?|membres\\s+repr${E}sent${E}s|(?:ayant|avaient|ont)\\s+(?:donn${E}\\s*(?:pouvoir|procuration|d${E}l${E}gation)(?:\\s+de\\s+vote)?|d${E}l${E}gu${E}\\s+(?:leur|son)\\s+droit\\s+de\\s+vote))`, 'iu') },
  { role: 'excused', pattern: new RegExp(`excus${E}(?:\\(?e?s?\\)?)?s?`, 'iu') },
  { role: 'absent', pattern: new RegExp(`absen(?:t|l)?(?:\\(?e?s?\\)?|es|e)?`, 'iu') },
  // "Secrétaire élue :", "Secrétaire de séance désigné :": the appointment is part of the heading.
  { role: 'secretary', pattern: new RegExp(`secr${E}ta(?:ire|riat)(?:\\s+de\\s+s${E}ance)?(?:\\s+(?:${E}lu|d${E}sign${E}|nomm${E})(?:\\(?e\\)?)?)?`, 'iu') },
];

/**
 * The sentence that closes the sitting ("L'ordre du jour étant épuisé, la séance est levée à
 * 21h30", "Levée de séance : 21h30"): no item's text runs past it. Matched on lower-cased text.
 */
export const CLOSING_LINE =
  /(?:^|\n)[ \t]*(?:l['’]ordre\s+du\s+jour\s+[ée]tant\s+[ée]puis[ée]|plus\s+rien\s+n['’][ée]tant\s+[àa]\s+l['’]ordre\s+du\s+jour|(?:la\s+)?s[ée]ance\s+(?:est\s+)?(?:lev[ée]e|close)|lev[ée]e\s+de\s+(?:la\s+)?s[ée]ance|cl[ôo]ture\s+de\s+la\s+s[ée]ance)/u;

/**
 * The @CTES transmission stamp printed over the head of published deliberations ("Envoyé en
 * préfecture le …", "Reçu en préfecture le …", "Publié le", "ID : 012-123456789-20240105-2024_01-DE"):
 * not part of the preamble, which starts after its identifier. Matched on lower-cased text.
 */
export const TRANSMISSION_STAMP = /(?:envoy[ée]|re[çc]u)\s+en\s+pr[ée]fecture/u;
export const STAMP_ID = /\bid\s*:\s*\d{3}-[0-9a-z]{6,}-\d{8}-\S+/u;

/**
 * "Le conseil municipal, régulièrement convoqué, s'est réuni …": the sentence that convenes the
 * sitting, preamble wherever it stands (extracts may give it after the report). Lower-cased text.
 */
export const CONVENED = /convoqu[ée]e?s?(?!\p{L})(?:[^.\n]|\n(?![ \t]*\n)){0,80}?s['’]est\s+r[ée]uni/u;

/** The sentence after it, when it states that the body may deliberate. */
export const QUORUM_SENTENCE = /valablement|quorum/u;

/** The months as lower-cased text writes them. */
export const MONTH_NAME = String.raw`(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)`;
/** A day of the week's name, lower-cased (patterns that use it are case-insensitive or run on lower-cased text). */
export const WEEKDAY_NAME = String.raw`(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)`;

/**
 * The words that open the record of a sitting ("L'an deux mille vingt-quatre, le douze mars",
 * "Le douze mars deux mille…", "Séance du 4 mars", "Réunion du"): a preamble, never an item's
 * subject, even printed under a deliberation's number. Lower-cased text.
 */
export const SITTING_OPENING = new RegExp(
  String.raw`^(?:l['’]an\s+(?:deux|mil|\d)|s[ée]ance\s+(?:du|ordinaire|publique|extraordinaire)(?!\p{L})|r[ée]union\s+du(?!\p{L})|le\s+(?:${WEEKDAY_NAME}\s+)?(?:\d{1,2}|1er|[a-zé-]+)\s+${MONTH_NAME}(?!\p{L}))`,
  'u',
);

/**
 * A line heading one sitting's part of a document ("Séance du vendredi 24 janvier 1997", "Réunion
 * du 3 mars 2020"), its day, month and year captured. Lower-cased text.
 */
export const SITTING_HEADING_LINE = new RegExp(
  String.raw`^[ \t]*(?:s[ée]ance|r[ée]union)\s+du\s+(?:${WEEKDAY_NAME}\s+)?(\d{1,2}|1er)\s+(${MONTH_NAME})\s+(\d{4})`,
  'gmu',
);

/**
 * A line that only names a sitting, the assembly then "du" and a date ("Conseil d'administration du
 * 14 mars 2023"): a running header over a page, never a subject. Lower-cased text.
 */
export const SITTING_NAMED = new RegExp(
  String.raw`^(?:conseil|comit[ée]|bureau|commission|assembl[ée]e)[^\n.;]{0,60}?\s+du\s+(?:\d{1,2}|1er)\s+${MONTH_NAME}\s+\d{4}[ \t]*(?:[-–—|][^\n]{0,40})?$`,
  'u',
);

/** A letter's courtesy formula: "Je vous prie d'agréer …" (maybe after "Comptant sur votre présence,"), "Veuillez agréer …" ("Veu1llez" as OCR may read it). */
export const LETTER_CLOSING = /je\s+vous\s+prie\s+d['’]\s?agr|veu[il1]llez\s+(?:agr|recevoir)|(?:^|\n)[ \t]*(?:recevez,?\s|dans\s+l['’]\s?attente)/iu;

/** "Projet de délibération" alone on its line, anywhere (lower-cased text): the draft a paper sent before the sitting, or a report to the assembly, closes on. */
export const DRAFT_LINE = /(?:^|[\n\f])[ \t]*projets?\s+de\s+d[ée]lib[ée]rations?[ \t]*(?:\n|$)/u;

/** The closing formula of a report put to the assembly ("Je vous prie de bien vouloir en délibérer"): its proposal, no decision taken. */
// Or to adopt the draft printed after it ("Je vous demande de bien vouloir adopter le projet de délibération ci-après.").
export const REPORT_CLOSING = /je\s+vous\s+(?:prie|demande)\s+de\s+(?:bien\s+)?vouloir\s+(?:(?:en\s+)?d[ée]lib[ée]rer|adopter\s+le\s+projet\s+de\s+d[ée]lib[ée]ration\s+(?:ci-apr[èe]s|ci-joint|suivant|qui\s+suit))\.?/iu;

/**
 * What follows a body's noun in its name ("le Conseil municipal", "la Commission permanente", "le
 * Conseil de District", "le Conseil du 4e arrondissement"): alternatives for a pattern's source.
 */
export const BODY_QUALIFIERS = String.raw`municipale?|communautaire|d[ée6d]parte(?:m|rn)entale?|r[éeê]gionale?|g[ée]n[ée]rale?|permanente|pl[ée]ni[èe]re|syndical|d['’]administration|communale?|de\s+quartier|d['’]arrondissement|du\s+\d{1,2}e\s+arrondissement|de\s+(?:la\s+)?communaut[ée]|d[eu]\s+district`;

/** What a body observes before it acts, a participle opening its clause: "Le Conseil municipal, constatant …, demande …". */
export const OBSERVING_PARTICIPLES = String.raw`(?:constatant|consid[ée]rant|rappelant|estimant|soulignant|d[ée]plorant|regrettant|r[ée]affirmant)`;

/** Connectives that carry on the matter before: "Par ailleurs, le Conseil agrée …" is voted with it. */
export const CARRYING_ON = String.raw`(?:par\s+ailleurs|en\s+outre|de\s+plus)`;

/** "P 24 / C 7 / A 0" after its P: against and abstentions by their initials, slashes between; the three counts captured. */
export const VOTE_AFTER_P = String.raw`[ \t]*(\d{1,3})[ \t]*\/[ \t]*C[ \t]*(\d{1,3})[ \t]*\/[ \t]*A[ \t]*(\d{1,3})`;
/** "P 24 / C 7 / A 0": for, against and abstentions by their initials. */
export const VOTE_BY_INITIALS = `P${VOTE_AFTER_P}`;
