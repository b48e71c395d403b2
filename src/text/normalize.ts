/**
 * Normalization: page texts -> the one `text` every offset of the document points into.
 * Only changes that cannot move meaning: glyph variants, whitespace, line-end hyphenation,
 * and the furniture that repeats on every page (running headers, page numbers).
 */

import { isNumberWord } from './numbers.ts';
import { MEMBER_NOUNS, POINT_HEADER_LINE } from './cues.ts';
import { fixLookalikes, withNumberSigns } from './ocr-cleanup.ts';
import { joinSplitActs, joinSplitCueWords, joinSplitGivenNames, joinSplitSurnames } from './split-words.ts';
import { mayHoldStamps, withoutStamps } from './stamps.ts';
import { repairMojibake } from './mojibake.ts';
import { partActsFromArticles, partGluedWords } from './glued-words.ts';
import { unweaveColumns, unweaveSparseCountBox, unweaveTightDateBox, unweaveTightMargin } from './margin-column.ts';
import { unweaveGluedSubjects, unweaveNumberedSubjects } from './glued-subject.ts';
import { unweaveSubjectMargin } from './subject-margin.ts';
import { joinSpacedAccents } from './spaced-accents.ts';


/** Glyph variants that PDF text layers and OCR emit for plain characters, and their plain form. */
const GLYPHS: Readonly<Record<string, string>> = {
  '\uFB00': 'ff', '\uFB01': 'fi', '\uFB02': 'fl', '\uFB03': 'ffi', '\uFB04': 'ffl',
  '\u2018': "'", '\u2019': "'", '\u201B': "'", '\u02BC': "'", '\u00B4': "'", '\u0060': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u2009': ' ', '\u200A': ' ', '\t': ' ', '\v': ' ',
  '\u200B': '', '\u200C': '', '\u200D': '', '\uFEFF': '', '\u00AD': '',
  '\u2212': '-', '\u2026': '...', '\r': '\n',
  // The bullets of Word's Symbol and Wingdings fonts, as private-use characters in text layers.
  '\uF0B7': '•', '\uF0A7': '•', '\uF02D': '-', '\uF0D8': '•', '\uF076': '•',
  // Unicode's other bullets ("▪ APPROUVE …"): the articles' reader knows "•". Not the boxes and ticks a presence table checks.
  '\u25AA': '•', '\u25CF': '•', '\u25E6': '•', '\u2023': '•', '\u2043': '•', '\u27A2': '•', '\u27A4': '•', '\u2756': '•', '\u25C6': '•', '\u2666': '•',
};
/** GLYPHS by character code (all are single UTF-16 units), so the pass below reads no property by name. */
const GLYPH_CODES: ReadonlyMap<number, string> = new Map(Object.entries(GLYPHS).map(([ch, to]) => [ch.charCodeAt(0), to]));
/**
 * What a code is to replaceGlyphs, one typed-array load a character: nothing (most); a glyph; a
 * glyph put as a space or as nothing, which may make two spaces meet; a combining mark, which
 * the page is composed for.
 */
const GLYPH = 1;
const BLANK_GLYPH = 2;
const COMBINING_MARK = 3;
const IS_GLYPH = (() => {
  const table = new Uint8Array(0x10000);
  for (const [code, to] of GLYPH_CODES) table[code] = to === ' ' || to === '' ? BLANK_GLYPH : GLYPH;
  for (let code = 0x300; code <= 0x36f; code++) table[code] = COMBINING_MARK;
  return table;
})();

/** What replaceGlyphs met on its way, when asked: a combining mark (it then stops), a blank glyph beside a space or a glyph. */
interface GlyphScan {
  mark: boolean;
  blankBeside: boolean;
}

/** A space or any code of IS_GLYPH at `i` of `t`. */
function spaceOrGlyphAt(t: string, i: number): boolean {
  if (i < 0 || i >= t.length) return false;
  const c = t.charCodeAt(i);
  return c === 32 || IS_GLYPH[c] !== 0;
}

/**
 * Replaces every glyph of GLYPHS ("\r\n" becomes one line break) in one pass over the codes. With
 * `scan`, stops at the first combining mark, and notes a blank glyph beside a space or a glyph:
 * where there is none, the text has two spaces in a row only where `t` had them.
 */
function replaceGlyphs(t: string, scan?: GlyphScan): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const kind = IS_GLYPH[c];
    if (kind === 0) continue;
    if (kind === COMBINING_MARK) {
      if (!scan) continue;
      scan.mark = true;
      return t;
    }
    if (kind === BLANK_GLYPH && scan && (spaceOrGlyphAt(t, i - 1) || spaceOrGlyphAt(t, i + 1))) scan.blankBeside = true;
    const to = c === 13 && t.charCodeAt(i + 1) === 10 ? '' : GLYPH_CODES.get(c)!;
    out += t.slice(from, i) + to;
    from = i + 1;
  }
  return from === 0 ? t : out + t.slice(from);
}

/** A running header closed by its page's number: "Délibération n° 2009/011 - page 2", "CM du 12 mars 2024 – Page 3". */
const DASH_PAGE = /\S\s[-–—|]\s*page\s*\d{1,3}\s*$/i;
/** Lines that are page furniture wherever they stand: "Commune … – Page 2 / 9", "Page 3", "Page 1/4". */
const PAGE_OF = /^.{0,160}\bpage\s*\d+\s*(?:\/|sur)\s*\d+\s*$/i;
const PAGE_ALONE = /^\s*page\s*\d+(?:\s*\/\s*\d+)?\s*$/i;
/** "- 3 -", "12": a page number alone on its line. */
const NUMBER_ALONE = /^\s*-?\s*\d{1,3}\s*-?\s*$/;

/** "1/4", "- 2/3 -": a page's number out of the document's, alone on its line. */
const PAGE_FRACTION = /^\s*-?\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*-?\s*$/;
export function isPageFraction(line: string): boolean {
  const m = line.length <= 12 ? PAGE_FRACTION.exec(line) : null;
  return !!m && Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2]);
}

/** A line a number under it is the value of: one ending on a colon, or a vote's or a count's word ("Membres en exercice", "Nombre de membres en exercice", "Représentés", "Excusés"). */
const LABEL_ABOVE = new RegExp(String.raw`(?::|^\s*(?:nombre\s+(?:de\s+|d['’]\s?))?(?:(?:${MEMBER_NOUNS})\s+)?(?:pour|contre|abstentions?|abstention\(s\)|votants?|pr[ée]sents?|excus[ée]s|absents|exprim[ée]s|suffrages(?:\s+exprim[ée]s)?|pouvoirs?|procurations?|repr[ée]sent[ée]s|en\s+exercice|blancs?|nuls?))\s*$`, 'iu');

/** "Commune de X – PV du conseil municipal du 18 novembre 2024 – 3/4": a running footer's page. */
const DASH_PAGE_OF = /^.{10,160}\s[-–—|]\s*\d{1,3}\s*\/\s*\d{1,3}\s*$/;
/** "Mairie de X – 1 rue de la Mairie – 76460 X – Tél. 02 35 97 41 08": the letterhead's footer. */
const PHONE_FOOTER = /\bT[ée]l(?:[ée]phone)?\.?\s*:?\s*(?:\+33\s?|0)\d(?:[ .]?\d\d){4}\b/u;

/** A page number closing a line: "… 1/2", "… – 3/4", "… - 2 -". */
const PAGE_MARK_END = /\s(?:[-–—|]\s*)?(?:\d{1,3}\s*\/\s*\d{1,3}|-\s*\d{1,3}\s*-)$/;

/** A line closed by a bare number, no label's colon before it: the page's, if it is at the page's edge and counts the pages. */
// Read from its end by hand: a pattern ending on "$" is tried at every offset of a long line.
function barePageNumber(line: string): number | null {
  const isDigit = (at: number) => at >= 0 && line.charCodeAt(at) >= 48 && line.charCodeAt(at) <= 57;
  let digits = line.length;
  while (isDigit(digits - 1)) digits--;
  if (digits === line.length || line.length - digits > 3) return null;
  let gap = digits;
  while (gap > 0 && (line[gap - 1] === ' ' || line[gap - 1] === '\t')) gap--;
  if (gap === digits || gap === 0 || ':=|'.includes(line[gap - 1]!)) return null;
  return /\p{L}/u.test(line) ? Number(line.slice(digits)) : null;
}

/** "Communauté de Communes X – 2 rue du Moulin – 41140 SORBIÈRE": an address after a separator, ending on its town. */
const ADDRESS_FOOTER = /\s[-–—|]\s.*(?<!\d)\d{5}\s+\p{Lu}[\p{Lu}\p{Ll}' -]*$/u;
function isAddressFooter(line: string): boolean {
  return line.length <= 160 && mayEndOnTown(line) && /\d{5}/.test(line) && ADDRESS_FOOTER.test(line);
}

/** Whether a line ends as ADDRESS_FOOTER does, on a letter, an apostrophe, a space or a hyphen (any unit past Latin-1 may be a letter). */
function mayEndOnTown(line: string): boolean {
  const c = line.charCodeAt(line.length - 1);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xaa || c === 39 || c === 32 || c === 45;
}

const WHITE_SPACE = /\s/;
/** Whether a line ends on a figure or a white space: the page rules of isFurniture end on "\d\s*$". */
function mayEndOnFigure(line: string): boolean {
  const c = line.charCodeAt(line.length - 1);
  return (c >= 48 && c <= 57) || c <= 32 || (c >= 0xa0 && WHITE_SPACE.test(line[line.length - 1]!));
}

/** PAGE_MARK_END, tried only on lines that end on a digit or a dash. */
function endsOnPageMark(line: string): boolean {
  const c = line.charCodeAt(line.length - 1);
  return ((c >= 48 && c <= 57) || c === 45) && PAGE_MARK_END.test(line) && !ACT_NUMBER_END.test(line);
}
/**
 * "… ARRÊTÉ MUNICIPAL N° 96/12", "Délibération n° B 84/09" (a bureau's letter before it): an act's number closing its line,
 * no page's (its first figure may well exceed its second).
 */
const ACT_NUMBER_END = /[Nn][°o]\s*(?:[A-Z]{1,3}\.?\s)?\d{1,4}\s*\/\s*\d{1,4}$/;

/**
 * Called on every line: cheap length and substring checks before any pattern. `phones`: whether
 * the page holds a "Tél" or a "Tel" at all, which most do not (two searches a line saved).
 */
function isFurniture(line: string, phones: boolean): boolean {
  if (line.length <= 9) return NUMBER_ALONE.test(line) || PAGE_ALONE.test(line);
  if (line.length > 200) return false;
  // Most lines end on a letter or a stop, which none of the page rules do: one look at the last code.
  const figureEnd = mayEndOnFigure(line);
  if (figureEnd && line.includes('/') && DASH_PAGE_OF.test(line)) return true;
  if (phones && (line.includes('Tél') || line.includes('Tel')) && line.length < 160 && PHONE_FOOTER.test(line)) return true;
  if (!figureEnd) return false;
  // A fax's transmission line atop each page: "27/04/93  11:06  MAIRIE DE X  95 39 12 47  P.01".
  if (line.includes(':') && line.includes('P.') && FAX_HEADER.test(line)) return true;
  const i = line.indexOf('age');
  return i > 0 && (PAGE_OF.test(line) || PAGE_ALONE.test(line) || (line.length <= 100 && DASH_PAGE.test(line)));
}

const FAX_HEADER = /^[ \t]*\d{2}[/.-]\d{2}[/.-]\d{2,4}[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]+[^\n]{0,80}?[ \t]P\.[ \t]?\d{1,3}(?:\/\d{1,3})?[ \t]*$/u;

/**
 * Bold made by printing each character twice, as text extraction gives it back:
 * "PPrréésseennttss  ::", "22001199--3311". On a line that holds such a word, a token every
 * character of which is doubled is printed once (elsewhere a "1100" may be a number).
 */
const MAY_BE_OVERPRINTED = /([A-Za-zÀ-ÿ])\1([A-Za-zÀ-ÿ])\2([A-Za-zÀ-ÿ])\3/;
/** Four characters each alone between single spaces: " D É L É ", the mark of a letter-spaced label. */
const LETTER_SPACED_RUN = / [^\x00-\x20] [^\x00-\x20] [^\x00-\x20] [^\x00-\x20] /;

/** The cheap first test of letter spacing, on the page as it came. */
const mayBeLetterSpaced = (t: string) => t.includes(':') && LETTER_SPACED_RUN.test(t);

/**
 * Whether a colon follows, spaces or tabs aside, a letter after a space: where every match of
 * LETTER_SPACED ends (" {1,4}\p{L}" before "[ \t]*:"). A few colons a page are looked at,
 * before LETTER_SPACED_RUN is run over the whole of it. Any letter is at or past "A".
 */
function letterAfterSpaceBeforeColon(t: string): boolean {
  for (let colon = t.indexOf(':'); colon >= 0; colon = t.indexOf(':', colon + 1)) {
    let j = colon - 1;
    while (j >= 0 && (t.charCodeAt(j) === 32 || t.charCodeAt(j) === 9)) j--;
    const c = t.charCodeAt(j);
    // A letter past the Basic Multilingual Plane is two units, its space before the first.
    const before = c >= 0xdc00 && c <= 0xdfff ? j - 2 : j - 1;
    if (c >= 65 && t.charCodeAt(before) === 32) return true;
  }
  return false;
}

/**
 * Three doubled characters in a row (MAY_BE_OVERPRINTED), the pairs taken from the left as
 * they come (overprintedChain). Every such chain is six characters "xxyyzz" of letters, each of
 * them doubled with a neighbour, and any six characters in a row hold a multiple of six: so one
 * character in six is read first, and only one doubled with a neighbour has the six around it
 * looked at. A page without bold (most) is read a third as much.
 */
function overprintedPairs(t: string): boolean {
  const n = t.length;
  for (let k = 0; k < n; k += 6) {
    const c = t.charCodeAt(k);
    // The neighbours read only inside the page: a read past either end (NaN, never equal) on every
    // page made V8 compile the loop for it, twice as slow.
    if (((k + 1 < n && c === t.charCodeAt(k + 1)) || (k > 0 && c === t.charCodeAt(k - 1))) && isOverprintLetter(c)) {
      for (let p = Math.max(0, k - 5), last = Math.min(k, n - 6); p <= last; p++) if (threeLetterPairsAt(t, p)) return overprintedChain(t);
    }
  }
  return false;
}

/** "xxyyzz" at `p`, three letters each doubled. */
function threeLetterPairsAt(t: string, p: number): boolean {
  const a = t.charCodeAt(p);
  const b = t.charCodeAt(p + 2);
  const c = t.charCodeAt(p + 4);
  return a === t.charCodeAt(p + 1) && b === t.charCodeAt(p + 3) && c === t.charCodeAt(p + 5) && isOverprintLetter(a) && isOverprintLetter(b) && isOverprintLetter(c);
}

/**
 * Three pairs of letters in a row, the pairs of any characters but spaces taken from the left as
 * they come, in one pass over the codes, each read once (the pattern, with its back-references,
 * costs nearly twice as much). Three pairs in a row are MAY_BE_OVERPRINTED's when each is a pair
 * of letters: counted as such, not tested with the pattern on a slice, as dot leaders and rules
 * ("........", "____") would have it at every pair.
 */
function overprintedChain(t: string): boolean {
  let letterPairs = 0;
  const last = t.length - 1;
  // Each code read once: the next one is carried over to the next step.
  let c = t.charCodeAt(0);
  for (let i = 0; i < last; ) {
    const next = t.charCodeAt(i + 1);
    if (c <= 32 || c !== next) {
      letterPairs = 0;
      i++;
      c = next;
      continue;
    }
    // A pair of other characters keeps the pairs' alignment but breaks the run of letters.
    if (!isOverprintLetter(c)) letterPairs = 0;
    else if (++letterPairs >= 3) return true;
    i += 2;
    c = t.charCodeAt(i);
  }
  return false;
}
/** [A-Za-zÀ-ÿ], MAY_BE_OVERPRINTED's letters. */
function isOverprintLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0xff);
}
const DOUBLED_TOKEN = /(?<!\S)(?:(?:(\S)\1){2,}|([:;–—-])\2)(?!\S)/gu;
function undoubled(line: string): string {
  return MAY_BE_OVERPRINTED.test(line) ? line.replace(DOUBLED_TOKEN, (token) => token.replace(/(\S)\1/gu, '$1')) : line;
}

/**
 * A label spaced letter by letter, "D É L É G U É S   P R É S E N T S   :": its letters joined,
 * its words kept apart. Only before a colon, where the lists and the decision are keyed: a title
 * so spaced ("C O M P T E   R E N D U") is left as written.
 */
const LETTER_SPACED = /(?<![\p{L}\d])\p{L}(?: {1,4}\p{L})*(?: \p{L}){3,}(?: {1,4}\p{L})*(?=[ \t]*:)/gu;

function cleanLine(line: string): string {
  if (!line.includes('  ') && line.trim() === line) return line;
  return line.replace(/ {2,}/g, ' ').replace(/^ +| +$/g, '');
}

/**
 * cleanLine of a line of a page without two spaces in a row (most): then a line needs it only
 * where trim() would cut, which its first and last codes tell without a call per line.
 */
function cleanSingleSpacedLine(line: string): string {
  return line === '' || (!isWhiteSpaceCode(line.charCodeAt(0)) && !isWhiteSpaceCode(line.charCodeAt(line.length - 1))) ? line : cleanLine(line);
}
/** What trim() cuts: ECMAScript's white space and line terminators. */
function isWhiteSpaceCode(c: number): boolean {
  if (c < 0xa0) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const TWO_SPACES = / {2}/;

/**
 * "| 10. N° 2006/19 - Subvention …": a bar opening a line that holds no other, the speck OCR reads
 * for a margin's rule or the binding's edge; a table's row has its bars between cells too.
 */
const LEADING_BAR = /^([ \t]*)\|[ \t]+(?=[^|\n]*$)/gm;
/** "DELIBERATION N° 01-DM1-04 |": a bar closing a line that holds no other, the same speck at the binding's other edge. */
// Anchored at the line's start and captured, not looked behind: a lookbehind here is tried at
// every position and rescans the line each time (a fifth of all analysis time on long pages).
const TRAILING_BAR = /^([^|\n]*\S)[ \t]+\|[ \t]*$/gm;
/**
 * "i DELIBERATION N° 01-DM1-08", "i Article 3 :": a speck OCR read as a small letter alone before a word in capitals
 * or an article's label opening the line; no French word is a letter alone but "a", "à" and "y". Or an apostrophe alone
 * before a capital ("' OBJET : …", "' Etaient présents"): no elision stands alone at a line's start;
 * nor a stop before a word in lower case ("après avoir" / ". recueilli l'avis"), which no sentence opens on.
 */
// Or a full stop, a comma, a quote or a small letter before a point's rank and its title (", 5 - DÉLIBÉRATION N° …", "' 1) Approbation …",
// "i 2. Analyse des offres finales", ". 12. URBANISME - …", "~ 3. COMPTE RENDU …").
// Or a margin's rule read as an "l" or a "!" where the margin's cell is empty, before a civility ("l Mme LECCIA Marie-Josée, …",
// "sous la presidence" / "l de Monsieur SUSINI"): "1 Mme" counts no one.
const SPECK_BEFORE_CAPITALS = /^([ \t]*)(?:[b-xz][ \t]+(?=\p{Lu}{5}|Article[ \t]+\d)|[l!][ \t]+(?=(?:de[ \t]+)?(?:M\.|MM\.|Mmes?|Mlle|Monsieur|Madame)[ \t])|['’‘`][ \t]+(?=\p{Lu})|[.,·][ \t]+(?=\p{Ll}{2})|[.,'’‘`~b-xz][ \t]+(?=\d{1,3}[ \t]*(?:[-–.]|°?\))[ \t]*\p{Lu}))/gmu;
/** A space OCR set between an elided article or pronoun and its apostrophe ("l 'unanimité", "d 'un", "qu 'il"). */
const SPACE_BEFORE_ELISION = /(?<![\p{L}\d])([LlDdJjMmNnSsTtCc]|[Qq]u) (['’])(?=\p{L})/gu;
const DOUBLED_COMMA = /(?<=\p{L}),,(?!,)/gu;
/** The same speck a space after the comma ("Le Conseil Municipal, , à l'unanimité"). */
const SPACED_DOUBLED_COMMA = /(?<=\p{L}),[ \t]+,(?=[ \t])/gu;
/** "1O - REPAS DES AINES": OCR's O for the 0 of a point's rank. */
const RANK_O_FOR_ZERO = /^([ \t]*[1-9])[Oo](?=[ \t]*[-–.][ \t]+\p{Lu})/gmu;
/** "M. ESCLAUZEqui a donné pouvoir": a family name OCR glued to the relative after it. */
// Led by the relative's letters, the name checked behind them: a lookbehind first is tried at every offset.
const NAME_GLUED_TO_QUI = /(?=qui[ \t]+(?:a|ont|avait|avaient|est|sont)[ \t])(?<=(?<![\p{L}])\p{Lu}{4,})/gu;
/**
 * "2 -' VOIRIE …", "3' - GROUPE …": a speck OCR read as a quote after a point's rank or its dash; a roman rank's
 * too, after its full stop ("II.' - COMPTE …", "VI. -. RENFORCEMENT …", "VIII. -, SUBVENTIONS …"); a typescript's
 * rank's too, before its title ("5°)  ' PERSONNEL - …").
 */
const SPECK_AFTER_RANK = /^([ \t]*(?:\d{1,2}|[IVX]{1,5}\.))['’‘`]?([ \t]*[-–])['’‘`.,](?=[ \t]+\p{Lu})|^([ \t]*(?:\d{1,2}|[IVX]{1,5}\.))['’‘`](?=[ \t]*[-–.][ \t]+\p{Lu})|^([ \t]*\d{1,2}°\))[ \t]+['’‘`](?=[ \t]*\p{Lu})/gmu;
/** "à dix huit  '" / "heures trente", "à vingt" / "' heures trente": a speck OCR read as a quote, alone at a line's end after a space or at its start before one (no word ends or starts so). */
const STRAY_QUOTE_AT_LINE_END = /[ \t]+'[ \t]*$|^[ \t]*'[ \t]+(?=\p{Ll})/gmu;
/** "s'est réuni à l'Hôtel du ," / "Département": a speck read as a comma or a full stop closing a line after a word no phrase ends on. */
const SPECK_AFTER_FUNCTION_WORD = /[ \t]+[,.](?<=(?<![\p{L}'’])(?:du|de|des|la|le|les|au|aux|à|en|par|sur)[ \t]+[,.])(?=[ \t]*\n)/gu;
/** A full stop, a comma or a quote alone between two runs of spaces, words on both sides of its line. */
const GUTTER_SPECK_ALL = /[.,'`](?<=\S {2,}[.,'`])(?= {2,}\S)/gu;
/** Its cheap test first, led by a space, not by a lookbehind tried at every offset. */
const GUTTER_SPECK_SPACED = / {2}[.,'`] {2}/;
const withoutGutterSpecks = (page: string): string => (GUTTER_SPECK_SPACED.test(page) ? page.replace(GUTTER_SPECK_ALL, ' ') : page);
/** "le quatorze . mars", "Procurations : . 2": a speck read as a full stop between two words of a phrase (no sentence ends before a small letter or a figure). */
const STRAY_DOT = /[ \t]+\.(?<=[\p{L}\d:][ \t]+\.)(?=[ \t]+[\p{Ll}\d]|[ \t]*\n[ \t]*\p{Ll})/gu;
/** "M.Serge QUESNEL", "MM.Paul et Jean ROUX", "MmeCLEMENT": the civility glued to the name, a space typed or read away. */
// "M.GIRARDET": a family name in capitals too, four letters at least, no letter after a dot closing it (no initials "M.JCBD.A.").
const CIVILITY_GLUED = /(?<![\p{L}.])(M{1,2}\.(?=\p{Lu}\p{Ll}{2}|\p{Lu}{4,}(?![\p{L}]|\.\p{L}))|Mmes?(?=\p{Lu}{3})|Mlle(?=\p{Lu}{3}))/u;
const CIVILITY_GLUED_ALL = new RegExp(CIVILITY_GLUED.source, 'gu');
/** "sous la présidence de M . Gérard GRANDCOLAS": OCR's space between the civility and its full stop. */
const CIVILITY_SPACED_DOT = /(?<![\p{L}.])(M{1,2})[ \t]\.(?=[ \t]\p{Lu})/gu;
/**
 * OCR's specks glued to a word's end: a tilde, never written in French ("Commune~ de"), and a
 * closing guillemet with no space before it ("PRESENTS» :"), where French sets one ("« mot »");
 * or either glued to the start of a word in lower case ("8 voix »contre", "Adopté ~par"), where
 * a guillemet that closes cannot stand.
 */
const GLUED_SPECK = /(?<=\p{L})[~»](?!\p{L})|(?<=[ \t])[~»](?=\p{Ll})/gu;
/** A semicolon between two letters, no space about it: a list parts its entries with "; ", a word has no semicolon. */
const SEMICOLON_IN_WORD = /(?<=\p{L});(?=\p{L})/gu;
/** A tilde inside a word in lower case is the accent OCR kept of its é ("pr~sents"). */
const TILDE_FOR_ACUTE = /(?<=\p{Ll})~(?=\p{Ll})/gu;

/** "M. Rémi LEFEBVRE- HAZE": a compound name in capitals, a space after its hyphen (OCR's, or a justified line's). */
const CAPITALS_HYPHEN_SPACE = /-(?<=[A-ZÀ-ÖØ-Þ]{2}-) (?=[A-ZÀ-ÖØ-Þ]{2})/g;

/**
 * Joins a word hyphenated across a line end ("délibé-\nration"). A name in capitals split at its
 * own hyphen ("M. H. LACOMBE-\nDARNIS") is joined keeping the hyphen: in capitals, a line-end
 * hyphen is a compound's far more often than a cut, unless the document (`whole`) writes the
 * name without it elsewhere.
 */
const TITLE_LETTER = /[\p{L}'’]/u;

/** A place's particles in capitals, and the cardinal points closing a name: "SAINT-JEAN-DE-" / "LUZ", "BRUYÈRES-" / "SUR-VAUMOIS", "PLASTI-" / "SUD" keep their hyphens. */
const CAPITALS_PARTICLES = new Set(['DE', 'DU', 'DES', 'LA', 'LE', 'LES', 'LÈS', 'LEZ', 'EN', 'AU', 'AUX', 'SUR', 'SOUS', 'ET', 'D', 'L', 'SAINT', 'SAINTE', 'ST', 'STE', 'DI', 'DA', 'DEL', 'DELLA', 'SAN', 'SANTA', 'SUD', 'NORD', 'EST', 'OUEST']);
const VOWELS_IN_CAPITALS = 'AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŸ';

/**
 * Whether a word in capitals hyphenated at a line's end ("GRIL-" / "LOT", "RA-" / "PENNE") was cut
 * where a typist breaks a word, not at a compound's own hyphen ("LACOMBE-" / "DARNIS"): a part of
 * three letters or fewer, or a doubled consonant parted by the cut ("MARIL-" / "LIER"). A
 * compound's parts are names whole; a particle's hyphen is the name's.
 */
function syllableCut(before: string, after: string): boolean {
  if (after.includes('-') || CAPITALS_PARTICLES.has(before) || CAPITALS_PARTICLES.has(after)) return false;
  if (Math.min(before.length, after.length) <= 3) return true;
  const last = before[before.length - 1]!;
  return last === after[0] && !VOWELS_IN_CAPITALS.includes(last);
}

/** A line that is one word in capitals, maybe hyphenated ("SORGEON", "SAINT-"). */
const CAPITALS_WORD_LINE = /^[ \t]*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]*[ \t]*$/u;

/**
 * "AIGREMONT-SUR-" / "CHAMPEAUX Bernard Titulaire Présent" / "SORGEON": a table's cell (a commune)
 * wrapped around its row, its first part above the row's line, its rest under it. The part above
 * goes on under the row, not into the row's first word. `at` is the hyphen's offset, `next` the next line's first letter.
 */
function wrappedAroundRow(text: string, at: number, next: number): boolean {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  if (!CAPITALS_WORD_LINE.test(text.slice(lineStart, at + 1))) return false;
  const rowEnd = text.indexOf('\n', next);
  if (rowEnd < 0 || !/\S[ \t]+\S/.test(text.slice(next, rowEnd))) return false;
  const underEnd = text.indexOf('\n', rowEnd + 1);
  const under = text.slice(rowEnd + 1, underEnd < 0 ? text.length : underEnd);
  return under.trim().length > 0 && CAPITALS_WORD_LINE.test(under);
}

function dehyphenate(text: string, whole: () => string): string {
  // The letters at an offset, by their codes ([a-zà-ÿ], [A-ZÀ-ÖØ-Þ]): no pattern run on each character.
  // An offset past either end is no letter, tested before reading it: charCodeAt out of bounds
  // (NaN, which no range holds) would throw optimized code back to the interpreter.
  const lowerLetter = (i: number) => {
    if (i < 0 || i >= text.length) return false;
    const c = text.charCodeAt(i);
    return (c >= 97 && c <= 122) || (c >= 0xe0 && c <= 0xff);
  };
  const upperLetter = (i: number) => {
    if (i < 0 || i >= text.length) return false;
    const c = text.charCodeAt(i);
    return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xd6) || (c >= 0xd8 && c <= 0xde);
  };
  // A word of a name in title case, its elisions with it ("d'Angély"): TITLE_LETTER past ASCII.
  const titleLetter = (i: number) => {
    if (i < 0 || i >= text.length) return false;
    const c = text.charCodeAt(i);
    if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39;
    return TITLE_LETTER.test(text[i]!);
  };
  let out = '';
  let from = 0;
  for (let at = text.indexOf('-\n'); at >= 0; at = text.indexOf('-\n', at + 2)) {
    // The next line's word, past the indent a page laid out in columns gives it ("Jean-" / "   Claude").
    let next = at + 2;
    while (text[next] === ' ' || text[next] === '\t') next++;
    // "Mme Lu-" / "cienne MONTOUT": a given name's first syllable of two letters, its capital opening it.
    const cut = lowerLetter(at - 1) && (lowerLetter(at - 2) || (upperLetter(at - 2) && !titleLetter(at - 3))) && lowerLetter(next) && lowerLetter(next + 1);
    const compound = upperLetter(at - 1) && upperLetter(at - 2) && upperLetter(next) && upperLetter(next + 1);
    // "Marie-\nPierre Tanguy", "Saint-\nMartin": a compound in title case, its hyphen its own.
    // "Saint-Jean-\nd'Arbéou", "Pont-\nl'Abbé": a place's name going on with its elided particle.
    const elided = (text[next] === 'd' || text[next] === 'l') && (text[next + 1] === "'" || text[next + 1] === '’') && upperLetter(next + 2);
    const titled = !cut && !compound && lowerLetter(at - 1) && lowerLetter(at - 2) && ((upperLetter(next) && lowerLetter(next + 1)) || elided);
    if (!cut && !compound && !titled) continue;
    if (compound && wrappedAroundRow(text, at, next)) continue;
    const inWord = cut ? lowerLetter : compound ? upperLetter : titleLetter;
    // Move the rest of the word up: "délibé-\nration suivante" -> "délibération\nsuivante".
    let wordEnd = next;
    // A compound goes on past its own hyphens: "PRONVILLE-\nLES-PRÉS" moves up whole.
    while (inWord(wordEnd) || (text[wordEnd] === '-' && inWord(wordEnd + 1))) wordEnd++;
    // "La Charité-" / "sur-Loire": a place's name goes on past a hyphen after the word, whatever
    // its case; the hyphen at the line's end is the name's own.
    const placeName = cut && text[wordEnd] === '-' && (lowerLetter(wordEnd + 1) || upperLetter(wordEnd + 1));
    if (placeName) while (titleLetter(wordEnd) || (text[wordEnd] === '-' && titleLetter(wordEnd + 1))) wordEnd++;
    let wordStart = at;
    while (wordStart > 0 && inWord(wordStart - 1)) wordStart--;
    // "dix-\nhuit heures": a number written in words keeps its hyphens. A name in capitals cut at
    // the line end ("DELPEY-\nROUX") is joined without it where the document writes it whole.
    const written = compound && (syllableCut(text.slice(wordStart, at), text.slice(next, wordEnd)) || whole().includes(text.slice(wordStart, at) + text.slice(next, wordEnd)));
    const hyphen = titled || placeName || (compound && !written) || (isNumberWord(text.slice(wordStart, at)) && isNumberWord(text.slice(next, wordEnd)));
    // The punctuation closing the word goes up with it: a line does not open on ", autorise".
    while (!titled && wordEnd < text.length && /[,.;:)»]/.test(text[wordEnd]!)) wordEnd++;
    // A commune's name over its delegates ("Saint-Jean-\nd'Arbéou : MM. PUJO"): its colon goes up with it.
    if (elided && /^[ \t]?:/.test(text.slice(wordEnd, wordEnd + 2))) wordEnd = text.indexOf(':', wordEnd) + 1;
    out += text.slice(from, hyphen ? at + 1 : at) + text.slice(next, wordEnd) + '\n';
    from = wordEnd;
    // The space after the word goes; so does the line break after it, when the word was all its
    // line held ("… M. CARLIER Jean-" / "Luc"): no blank line is left where none was.
    if (text[from] === ' ' || text[from] === '\n') from++;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Indexes of the first two and last two non-empty lines of a page: where furniture stands. */
function edgeLines(lines: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0, n = 0; i < lines.length && n < 2; i++) if (lines[i]) (out.push(i), n++);
  for (let i = lines.length - 1, n = 0; i >= 0 && n < 2; i--) if (lines[i] && !out.includes(i)) (out.push(i), n++);
  return out;
}

/**
 * Lines alike but for their figures, two figures or more of which change from one to the next:
 * points opening pages ("Point 4 – DCM n° 2024-12-01", "Point 6 – DCM n° 2024-12-03"), not a
 * running header, whose page number alone changes ("CM du 16/12/2024 – page 3").
 */
function numbersEachPoint(lines: readonly string[]): boolean {
  // "DÉLIBÉRATION N° 2015-067", "… N° 2015-069": what changes is the number after "n°", a point's, not a page's.
  const numbered = lines.map((l) => POINT_NUMBER.exec(l)?.[1]);
  if (numbered.every((n) => n !== undefined) && new Set(numbered).size > 1) return true;
  // "N° 2011-09-106" alone, a year in it: an act's number heading its form, not a register's leaf ("N° 41").
  const dated = lines.map((l) => DATED_NUMBER_LINE.exec(l)?.[1]);
  if (dated.every((n) => n !== undefined) && new Set(dated).size > 1) return true;
  const figures = lines.map((l) => l.match(/\d+/g) ?? []);
  const width = Math.min(...figures.map((f) => f.length));
  let varying = 0;
  let jumps = false;
  for (let g = 0; g < width; g++) {
    if (new Set(figures.map((f) => f[g])).size <= 1) continue;
    varying++;
    // A page's or a leaf's number grows by a step or two from one page to the next ("N° 0093",
    // "N° 0094"); points' numbers beside it do not ("N° 0093" over the first page, "N° 29", "N° 33").
    const values = figures.map((f) => parseInt(f[g]!, 10));
    jumps ||= values.some((v, i) => i > 0 && (v < values[i - 1]! || v - values[i - 1]! > MAX_LEAF_STEP));
  }
  return varying >= 2 || jumps;
}
/** How far a page's or a leaf's number may grow from one page to the next: pages without it between. */
const MAX_LEAF_STEP = 3;

/**
 * The number of a deliberation, a decision or a point ("Délibération n° 2015-067", "N° délibération : 2010-010"): a page's is
 * "page 3", "3/5", a register's leaf "Feuillet n° 24", "N° 41" alone.
 */
const POINT_NUMBER = /(?<![\p{L}])(?:(?:d[ée]lib[ée]ration|d[ée]cision|point|rapport|arr[êe]t[ée]|dcm|d[ée]l\.)[ \t]+n[°o]|n[°o][ \t]*(?:de[ \t]+(?:la[ \t]+)?)?d[ée]lib[ée]ration[ \t]*:)[ \t]*([\p{L}\d/._-]*\d[\p{L}\d/._-]*)/iu;

/** A line that is nothing but "N°" and a number holding a year ("N° 2011-09-106", "N° 2024/15"), or a year's two figures, a session's and a rank ("N° 84-I-14"). */
const DATED_NUMBER_LINE = /^[ \t]*N[°o][ \t]*((?:19|20)\d\d[-/._][\p{L}\d/._-]*\d|\d\d[-/._][\p{L}\d]{1,4}[-/._]\d{1,3})[ \t]*$/iu;

/** A key under which a running header is recognised on every page (digits vary). */
const headerKey = (line: string) => line.toLowerCase().replace(/\d+/g, '#').trim();

export function normalizePages(pages: readonly string[]): string[] {
  // The whole document, where a name cut at a line end may be written whole on another page.
  let whole: string | null = null;
  const document = () => (whole ??= pages.length === 1 ? pages[0]! : pages.join('\n'));
  const cleaned = pages.map((page) => cleanPage(page, document));
  dropRunningFooters(cleaned);
  dropRepeatedEdges(cleaned);
  dropNumberHeads(cleaned);
  return cleaned.map((lines) => trimBlankLines(lines.join('\n')));
}

/**
 * "s'est réuni` au nombre", "a été` élu", "LUCCIONI,` MARCHETTI": OCR's speck read as a backtick
 * closing a word, before a space or a stop. No quotation closes on one; an opening one ("`word'")
 * stands before its word, and a fence of three ("```text") has no word before it: both are kept.
 * A speck opening a word no quote closes ("9 - `Subventions", "25 `voix pour") goes too.
 */
const STRAY_BACKTICK = /(?<=[^\s`])`(?=[\s,;.:]|$)|(?<=[ \t])`(?=[\p{L}\d])(?![^\s`'’]*['’])/gu;
const withoutStrayBackticks = (t: string) => (t.includes('`') ? t.replace(STRAY_BACKTICK, '') : t);

/** The HTML entities a web page or a software's export left in its text ("l&apos;énergie"), and the characters they stand for. */
const ENTITIES: Readonly<Record<string, string>> = { apos: "'", quot: '"', amp: '&', lt: '<', gt: '>', nbsp: ' ', '#39': "'", '#34': '"', '#160': ' ' };
const ENTITY = new RegExp(`&(${Object.keys(ENTITIES).join('|')});`, 'g');
const withoutEntities = (t: string) => (t.includes('&') ? t.replace(ENTITY, (_, name: string) => ENTITIES[name]!) : t);
/** A page's characters read back: its mojibake, its stray backticks, its HTML entities. */
const readBack = (page: string) => withoutEntities(withoutStrayBackticks(repairMojibake(page)));

// normalizePages' stages, each its own function: the JIT compiles a small function sooner, and
// a stage that meets a new kind of array or string (a deopt) is recompiled alone, not the whole.

/** One page's lines, cleaned: glyphs, mojibake, hyphens, spacing, stamps, furniture and page numbers. */
function cleanPage(page: string, document: () => string): string[] {
  // Most pages have no combining mark to compose and no two spaces in a row (so no three, where
  // unweaveColumns looks for cells): the marks are looked for in replaceGlyphs' pass, over the
  // text read back from mojibake (which takes no mark away). Such a page holds two spaces in a
  // row after it only where a blank glyph stood beside a space or a glyph: the rules after it
  // put characters for characters, add line breaks, take out hyphens between letters and
  // spaces inside letter-spaced words, so none makes two spaces meet.
  const scan: GlyphScan = { mark: false, blankBeside: false };
  // A speck alone in the gutter between a margin's cell and the body ("Nombre de Membres      .   L'an deux mille …"):
  // blanked, its width kept, so that the columns read as such.
  const read = withoutGutterSpecks(readBack(page));
  let t = TWO_SPACES.test(read) ? null : replaceGlyphs(read, scan);
  let spaced = scan.blankBeside;
  if (t === null || scan.mark) {
    // Composing is only needed where a combining mark is present.
    // A subject stacked in the margin under an act's number, its pieces two spaces from the body, read before the margin's other notes.
    t = replaceGlyphs(unweaveColumns(unweaveNumberedSubjects(withNumberSigns(withoutGutterSpecks(readBack(/[\u0300-\u036f]/.test(page) ? page.normalize('NFC') : page))), false)));
    spaced = true;
  }
  // "R é gional": accented glyphs a text layer set apart, written back into their words first.
  t = joinSpacedAccents(t);
  // Words cut by OCR's spaces are looked for where its look-alikes were: a clean page has neither.
  const fixed = fixLookalikes(t);
  const noisy = fixed !== t;
  // A margin box whose cells only a space parts from the paragraph: its labels read once OCR's look-alikes are mended.
  // A subject glued to its deliberation's lines in the margin: an OCR'd typescript's, where OCR's look-alikes show the scan.
  const unwoven = unweaveSubjectMargin(unweaveSparseCountBox(unweaveTightDateBox(unweaveTightMargin(noisy ? joinSplitSurnames(joinSplitGivenNames(joinSplitCueWords(fixed)), document) : joinSplitGivenNames(fixed, true)))));
  t = joinSplitActs(partGluedWords(unweaveNumberedSubjects(noisy ? unweaveGluedSubjects(unwoven) : unwoven, noisy)));
  if (t.includes('| ')) t = t.replace(LEADING_BAR, '$1');
  if (t.includes(' |')) t = t.replace(TRAILING_BAR, '$1');
  if (noisy) t = partActsFromArticles(t.replace(SPECK_BEFORE_CAPITALS, '$1').replace(SPECK_AFTER_RANK, '$1$2$3$4').replace(RANK_O_FOR_ZERO, '$10'));
  if (noisy && t.includes('qui')) t = t.replace(NAME_GLUED_TO_QUI, ' ');
  // "à l'unanimité,, décide": a speck beside a comma read as a second one.
  if (noisy && t.includes(',,')) t = t.replace(DOUBLED_COMMA, ',');
  // "Le Conseil Municipal, , à l'unanimité, accepte": the same speck a space after the comma.
  if (noisy && t.includes(', ,')) t = t.replace(SPACED_DOUBLED_COMMA, ',');
  // "M. Yve;s ASSING", "M. Thierry P;AUSE": a speck read as a semicolon inside a word, between its letters.
  if (noisy && t.includes(';')) t = t.replace(SEMICOLON_IN_WORD, '');
  // "à l 'unanimité", "J 'ai": OCR's space before an elision's apostrophe.
  if (noisy && /\p{L} ['’]/u.test(t)) t = t.replace(SPACE_BEFORE_ELISION, '$1$2');
  if (t.includes('· ')) t = t.replace(MIDDLE_DOT_BULLET, '•').replace(MIDDLE_DOT_SPECK, '');
  if (t.includes(" '") || t.includes("' ")) t = t.replace(STRAY_QUOTE_AT_LINE_END, '');
  if (t.includes(' . ') || t.includes(' .\n')) t = t.replace(STRAY_DOT, '');
  if (t.includes(' ,\n') || t.includes(' .\n')) t = t.replace(SPECK_AFTER_FUNCTION_WORD, '');
  if ((t.includes('M.') || t.includes('Mme') || t.includes('Mlle')) && CIVILITY_GLUED.test(t)) t = t.replace(CIVILITY_GLUED_ALL, '$1 ');
  if (t.includes('M .')) t = t.replace(CIVILITY_SPACED_DOT, '$1.');
  // Specks are looked for where OCR's look-alikes were: a clean page's "»" closes a quotation.
  if (noisy && (t.includes('~') || t.includes('»'))) t = t.replace(TILDE_FOR_ACUTE, 'é').replace(GLUED_SPECK, '');
  if (t.includes('-\n')) t = dehyphenate(t, document);
  if (t.includes('- ')) t = t.replace(CAPITALS_HYPHEN_SPACE, '-');
  const asCame = t;
  if (overprintedPairs(t)) t = t.split('\n').map(undoubled).join('\n');
  if (letterAfterSpaceBeforeColon(t) && mayBeLetterSpaced(asCame)) t = t.replace(LETTER_SPACED, (run) => run.replace(/ {2,}/g, '\u0000').replace(/ /g, '').replace(/\u0000/g, ' '));
  // A pattern finds two spaces in a page faster than a string search on each of its lines.
  const split = t.split('\n');
  const clean = spaced && TWO_SPACES.test(t) ? cleanLine : cleanSingleSpacedLine;
  for (let i = 0; i < split.length; i++) split[i] = clean(split[i]!);
  // A line that was nothing but stamps goes; one the letterhead shares keeps its own words.
  const all = mayHoldStamps(t) ? split.flatMap((l) => (l ? withoutStamps(l) || [] : l)) : split;
  // A page number stands alone; numbers on consecutive lines are a table's column ("15\n3\n3"),
  // and a number under a label is its value, one cell a line ("Pour\n15\nContre\n2").
  const column = (i: number) => NUMBER_ALONE.test(all[i - 1] ?? '') || NUMBER_ALONE.test(all[i + 1] ?? '') || LABEL_ABOVE.test(all[i - 1] ?? '');
  // The lines are the page's, cut or with fewer spaces: a word the page lacks, none of them holds.
  const phones = t.includes('Tél') || t.includes('Tel');
  const lines = all.filter((l, i) => !isFurniture(l, phones) || (NUMBER_ALONE.test(l) && column(i)));
  // "1/4" alone at the head or foot of a page is its number; elsewhere a fraction may be content.
  const edges = new Set(edgeLines(lines).filter((i) => isPageFraction(lines[i]!)));
  return edges.size ? lines.filter((_, i) => !edges.has(i)) : lines;
}

/**
 * "· M. Gérard VIALLEFONT, Président": a middle dot opening a line before a space is its bullet
 * (inside a word, "élu·e·s", it is inclusive writing's, and stays).
 */
const MIDDLE_DOT_BULLET = /(?<=(?:^|\n)[ \t]*)·(?=[ \t])/g;
/** "Remy· DORVILLE": a middle dot closing a word before a space is OCR's speck (inclusive writing's stands between letters). */
const MIDDLE_DOT_SPECK = /(?<=\p{L})·(?=[ \t])/gu;

/** Drops the running footers of `cleaned` (its pages' lines), in place. */
function dropRunningFooters(cleaned: string[][]): void {
  // A line that ends on a page number and comes back, digits aside, is a running footer even in
  // a text without page breaks ("Commune de X – CM du 18/03/2024 – Extrait DCM 2024/014 1/2");
  // so is the letterhead's address printed at the foot of each page.
  const marked = new Map<string, number>();
  // "Conseil régional de Bretagne - Session du 24 juin 2004      1", then "… 2": a bare number
  // closing the line, which must count the pages (a line may end on any figure).
  // Only at a page's head or foot, its number the page's own (the first page's 1, the next 2).
  const numbered = new Map<string, number>();
  cleaned.forEach((lines, p) => {
    for (const l of lines) {
      if (l.length < 20 || !(endsOnPageMark(l) || isAddressFooter(l))) continue;
      const key = headerKey(l);
      marked.set(key, (marked.get(key) ?? 0) + 1);
    }
    for (const i of cleaned.length > 1 ? edgeLines(lines) : []) {
      const bare = lines[i]!.length >= 20 ? barePageNumber(lines[i]!) : null;
      if (bare !== p + 1) continue;
      const key = headerKey(lines[i]!);
      numbered.set(key, (numbered.get(key) ?? 0) + 1);
    }
  });
  const running = new Set([...marked, ...numbered].filter(([, n]) => n >= 2).map(([k]) => k));
  if (running.size) {
    for (let p = 0; p < cleaned.length; p++) cleaned[p] = cleaned[p]!.filter((l) => !(l.length >= 20 && running.has(headerKey(l))));
  }
}

/** An office over its holder's signature: "Le Président,", "La Maire", "Le Secrétaire de séance,". */
const SIGNATORY_OFFICE = /^[ \t]*(?:(?:pour\s+)?(?:le|la|l['’])\s*)?(?:pr[ée]sidente?|maire|secr[ée]taire(?:\s+de\s+s[ée]ance)?|vice-pr[ée]sidente?|adjointe?|d[ée]l[ée]gu[ée]e?)(?:\s+[\p{L}' -]{0,40})?[ \t]*,?[ \t]*$/iu;

/** A point's vote closing its page ("Adopté à l'unanimité.", "VOTE : Adopté à l'unanimité."): pages of points may well all end so, no furniture. */
const OUTCOME_LINE = /^[ \t]*(?:(?:vote|d[ée]cision|r[ée]sultat)[ \t]*:[ \t]*)?(?:(?:adopt|approuv|rejet|accept)[ée]e?s?(?![\p{L}])|[àa]\s+l['’]\s?unanimit)/iu;

/** A form's label: its number's ("N° délibération", "Numéro"), or a label before its colon. */
const FORM_LABEL_LINE = /n°|num[ée]ro|:\s*$/iu;

/**
 * Lines a record's form prints at the same place on each page, whose values follow them: a label
 * awaiting its number ("Délibération n°"), a vote table's labels over its counts ("Votants Pour
 * Contre Abstentions Résultat"), the points' header over each one's row. Content, however often they come back.
 */
const LABEL_AWAITING_VALUE = /^[^\d]*(?:n°|num[ée]ro)[ \t]*:?[ \t]*$/iu;
const VOTE_LABELS_ROW = /^[ \t]*(?:(?:votants|pour|contre|abst(?:entions?|\.)?|r[ée]sultat|exprim[ée]s|nppv)[ \t]+){2,}(?:votants|pour|contre|abst(?:entions?|\.)?|r[ée]sultat|exprim[ée]s|nppv)[ \t]*$/iu;
const isFormLabels = (line: string) => LABEL_AWAITING_VALUE.test(line) || VOTE_LABELS_ROW.test(line) || POINT_HEADER_LINE.test(line);

/** Drops the running headers and footers that open or close most pages of `cleaned`, in place. */
function dropRepeatedEdges(cleaned: string[][]): void {
  // A line that opens or closes most pages is a running header/footer, not content; in two
  // pages, a line long enough not to recur by chance ("SIAEP DE LA VALLÉE DU VERZAC") that both
  // open on. Not one both close on: two points may well end alike ("Adopté à l'unanimité.").
  if (cleaned.length >= 2) {
    const twoPages = cleaned.length === 2;
    const edges = cleaned.map((lines) => (twoPages ? edgeLines(lines).slice(0, 2).filter((i) => i < lines.length / 2) : edgeLines(lines)));
    // Each edge line's key, computed once for the counts and the drops below.
    const keys = edges.map((edge, p) => edge.map((i) => headerKey(cleaned[p]![i]!)));
    const seen = new Map<string, number>();
    const afterFirst = new Map<string, number>();
    const linesOf = new Map<string, string[]>();
    const shortest = twoPages ? 12 : 4;
    for (let p = 0; p < edges.length; p++) {
      const page = cleaned[p]!;
      edges[p]!.forEach((i, e) => {
        const k = keys[p]![e]!;
        if (k.length >= shortest) (linesOf.get(k) ?? linesOf.set(k, []).get(k)!).push(page[i]!);
      });
      for (const k of new Set(keys[p])) {
        if (k.length >= shortest) seen.set(k, (seen.get(k) ?? 0) + 1);
        if (k.length >= 12 && p > 0) afterFirst.set(k, (afterFirst.get(k) ?? 0) + 1);
      }
    }
    // Or, long enough, every page but the first, which has the letterhead instead ("CC du Val d'Estaris" on pages 2 and 3 of 3);
    // not a form's label that opens each page's record ("N° délibération").
    const everyButFirst = (k: string) => cleaned.length >= 3 && afterFirst.get(k) === cleaned.length - 1 && !FORM_LABEL_LINE.test(linesOf.get(k)![0]!);
    const repeated = new Set(
      [...seen].filter(([k, n]) => (n >= (twoPages ? 2 : Math.max(3, cleaned.length / 2)) || everyButFirst(k)) && !numbersEachPoint(linesOf.get(k)!) && !OUTCOME_LINE.test(linesOf.get(k)![0]!) && !isFormLabels(linesOf.get(k)![0]!)).map(([k]) => k),
    );
    if (repeated.size) {
      // The first page keeps its head, which may be the letterhead others repeat (the authority
      // read from it); its foot is the running footer every page closes on.
      for (let p = 0; p < cleaned.length; p++) {
        // A name under its office closing each act ("Le Président," / "Yves LE GALL") is its signature, no furniture.
        const drop = new Set(edges[p]!.filter((i, e) => repeated.has(keys[p]![e]!) && (p > 0 || i >= cleaned[0]!.length / 2) && !SIGNATORY_OFFICE.test(cleaned[p]![i - 1] ?? '')));
        if (drop.size) cleaned[p] = cleaned[p]!.filter((_, i) => !drop.has(i));
      }
    }
  }
}

/**
 * "24/0187/DEVD" opening every page but the first, which has the letterhead instead: the
 * deliberation's number as a running header, however few the pages (too few for the rule of
 * most pages above). Only the line that opens each page goes; the number heading the
 * deliberation inside a page stays.
 */
function dropNumberHeads(pages: string[][]): void {
  if (pages.length < 3) return;
  const firsts = pages.slice(1).map((lines) => lines.findIndex((l) => l.trim() !== ''));
  const head = firsts[0]! >= 0 ? pages[1]![firsts[0]!]!.trim() : '';
  if (head.length < 10 || !/\d/.test(head) || !pages.slice(1).every((lines, p) => firsts[p]! >= 0 && lines[firsts[p]!]!.trim() === head)) return;
  for (let p = 1; p < pages.length; p++) pages[p] = pages[p]!.filter((_, i) => i !== firsts[p - 1]);
}

/** Runs of blank lines made one, none at either end; the patterns only run where there is work. */
function trimBlankLines(page: string): string {
  const t = page.includes('\n\n\n') ? page.replace(/\n{3,}/g, '\n\n') : page;
  return t.startsWith('\n') || t.endsWith('\n') ? t.replace(/^\n+|\n+$/g, '') : t;
}

/** Pages joined with form feeds, as the contract's `text`; and where each page starts. */
export function joinPages(pages: readonly string[]): { text: string; pageStarts: number[] } {
  const pageStarts: number[] = [];
  let text = '';
  pages.forEach((p, i) => {
    if (i > 0) text += '\f';
    pageStarts.push(text.length);
    text += p;
  });
  return { text, pageStarts };
}

/** 1-based page of an offset. */
export function pageAt(pageStarts: readonly number[], offset: number): number {
  let page = 1;
  for (let i = 0; i < pageStarts.length; i++) if (pageStarts[i]! <= offset) page = i + 1;
  return page;
}
