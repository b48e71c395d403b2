/**
 * Prose wrapped by the layout. A visa, a considérant or an item's title printed on one line in
 * one document is cut over two or three in another, wherever its column ended: where a clause
 * goes on past a line break is a property of the language, not of the page.
 */

/** Words a French phrase does not end on: after them the next line is the rest of the phrase. */
const NEVER_LAST = new Set([
  'a', 'à', 'au', 'aux', 'de', 'des', 'du', 'd', 'l', 'le', 'la', 'les', 'et', 'ou', 'en', 'par', 'pour',
  'sur', 'sous', 'dans', 'avec', 'entre', 'vers', 'chez', 'sans', 'un', 'une', 'son', 'sa', 'ses', 'leur',
  'leurs', 'ce', 'cette', 'ces', 'que', 'qui', 'dont', 'portant', 'relatif', 'relative', 'relatifs',
  'relatives', 'n°',
]);

/** A line ending on these has finished its clause (a visa ends on "," or ";"). */
const CLAUSE_END = /[.,;:!?]$/;

/** Inside a sentence (a vote's), a comma or a semicolon at a line end lets it go on: only these end it. */
const SENTENCE_END = /[.:!?]$/;

/** Lines that open a clause of their own, whatever the line before them ended on. */
const NEW_CLAUSE =
  /^(?:[-•–*]|\d{1,2}[.)°]\s|\d{1,2}(?:\.\d{1,2})*[.)°]?[ \t]+(?:[-–:][ \t]+)?\p{Lu}|(?:Vu|VU)(?![\p{L}])|Consid[ée]rant|CONSID[ÉE]RANT|Article|ARTICLE|D[ÉE]CIDE|D[ée]cide|(?:Le|La|LE|LA)\s+(?:Conseil|CONSEIL|Commission|COMMISSION|Bureau|BUREAU|Comit[ée]|COMIT[ÉE])|Apr[èe]s|APR[ÈE]S|Entendu|ENTENDU)/u;

/** Lower-case start or a figure: the line cannot open a sentence of its own. */
const GOES_ON = /^[\p{Ll}\d]/u;

/**
 * The end of the last line that continues the line ending at `lineEnd` (a "\n" or the end of
 * the text), or `lineEnd` itself. A line goes on when it does not end a clause and the next
 * line reads as its rest: it starts in lower case or with a figure, or the line ended on a
 * word no phrase ends on ("de", "à", "par le"), an apostrophe or a hyphen glued to a word
 * ("2024-" / "2025"). A blank line, a page break (the last line of a page may be the rest, the
 * next page's first is not) or a line that opens its own clause ("Vu", "Considérant", a bullet,
 * "Le Conseil") stops it. At most `maxLines` lines, never past `limit`. `inSentence`: the line is
 * part of a sentence, not of a list of clauses, and a comma does not end it.
 */
export function continuedLineEnd(text: string, lineEnd: number, limit: number, maxLines = 3, inSentence = false): number {
  let end = lineEnd;
  for (let n = 0; n < maxLines && end < limit && text[end] === '\n'; n++) {
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(lineStart, end).trimEnd();
    if (!line || (inSentence ? SENTENCE_END : CLAUSE_END).test(line)) break;
    let nextEnd = text.indexOf('\n', end + 1);
    if (nextEnd < 0 || nextEnd > limit) nextEnd = limit;
    // The last line of a page ends at its form feed: it may be the rest, the next page is not.
    const pageBreak = text.indexOf('\f', end + 1);
    if (pageBreak >= 0 && pageBreak < nextEnd) nextEnd = pageBreak;
    const next = text.slice(end + 1, nextEnd).trim();
    if (!next || NEW_CLAUSE.test(next)) break;
    const hangs = endsHanging(line);
    // In a sentence, a bracket opening the line goes on too: "par 8 voix pour et 2 abstentions" / "(Mme X, M. Y), décide …".
    if (!hangs && !GOES_ON.test(next) && !(inSentence && next.startsWith('('))) break;
    end = nextEnd;
  }
  return end;
}

/** Whether a line ends where no phrase ends: on "de", "à", "par le", an apostrophe, a hyphen glued to a word. */
export function endsHanging(line: string): boolean {
  const last = line.slice(line.lastIndexOf(' ') + 1).toLowerCase();
  // A dash set off by spaces ("Lignières -") joins the title's parts: the next part follows.
  return /['’]$/.test(last) || /[\p{L}\d]-$/u.test(last) || NEVER_LAST.has(last) || /\S[ \t]+[-–—]$/u.test(line);
}

/** Wrapped lines read as one: a hyphen glued to the break joins ("2024-" "2025"), other breaks become a space. */
export function unwrap(s: string): string {
  return s.includes('\n') ? s.replace(/(?<=[\p{L}\d]-)[ \t]*\n[ \t]*/gu, '').replace(/[ \t]*\n[ \t]*/g, ' ') : s;
}

/**
 * A table's cell wrapped over lines read as one line of the same length, so that offsets into it
 * are offsets into the text: a break after a hyphen glued to a word joins its parts and the space
 * it took moves after the word ("SALLE-" / "MONTAGNAC Hubert" -> "SALLE-MONTAGNAC  Hubert"), any
 * other break is a space. Offsets hold everywhere but inside the word so joined.
 */
export function unwrapInPlace(s: string): string {
  return s.replace(/(?<=[\p{L}]-)\n(\S*)/gu, '$1 ').replace(/\n/g, ' ');
}
