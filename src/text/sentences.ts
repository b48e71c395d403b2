/** Where sentences end, for the readers that look back from a word to the start of its sentence. */

/** What a full stop closes that is no sentence's end: a civility, an initial ("M. G. DUPONT", "M.-Th."). */
const ABBREVIATION_BEFORE = /(?:(?:^|[\s.(-])(?:\p{Lu}|M|MM|Mme|Mmes|Mlle|Mr)|[.-]\p{Lu}\p{Ll})$/u;

/** Whether a UTF-16 unit is white space as \s reads it: tested without a regex, one unit at a time. */
export function isSpaceUnit(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The last full stop before `at` that ends a sentence, not an initial ("M. G. DUPONT"), or -1. */
export function fullStopBefore(text: string, at: number): number {
  for (let dot = text.lastIndexOf('.', at); dot >= 0; dot = text.lastIndexOf('.', dot - 1)) {
    if (!ABBREVIATION_BEFORE.test(text.slice(Math.max(0, dot - 5), dot))) return dot;
    if (dot === 0) break;
  }
  return -1;
}

/**
 * Where the sentence holding `at` starts: after the last full stop that ends a sentence before
 * it, not one closing a civility or an initial ("M. Roques a été élu", "Mme TEULADE S. a été
 * désignée"), or at the line's start; at most 120 characters back.
 */
function sentenceStart(text: string, at: number): number {
  // The line's start, or an earlier line's where the sentence wraps ("… M. BELLONY Rudy a été désigné\nsecrétaire").
  let line = text.lastIndexOf('\n', at - 1);
  while (line > 0 && at - line < 160) {
    const prev = text.lastIndexOf('\n', line - 1);
    const before = text.slice(prev + 1, line).trimEnd();
    if (!before || /[.;:]$/.test(before)) break;
    line = prev;
  }
  return Math.max(line + 1, at - 160, fullStopBefore(text, at) + 1, 0);
}

/**
 * Where the name before `at` may start, nearest first: after each comma of the sentence ("Le
 * quorum étant atteint, M. BELLONY Rudy a été désigné") or its label's colon, at the line's start, at the sentence's;
 * prose before the name would end the list the name is read as.
 */
export function nameStartsBefore(text: string, at: number): number[] {
  const start = sentenceStart(text, at);
  const out: number[] = [];
  for (let comma = text.lastIndexOf(',', at - 1); comma > start; comma = text.lastIndexOf(',', comma - 1)) out.push(comma + 1);
  // After a label's colon ("Assistait en outre à la séance : M. RENUCCI, Directeur, qui …").
  const colon = text.lastIndexOf(':', at - 1);
  if (colon > start) {
    out.push(colon + 1);
    out.sort((a, b) => b - a);
  }
  out.push(Math.max(start, text.lastIndexOf('\n', at - 1) + 1), start);
  return out;
}

/**
 * A text left open on a word that needs what follows it (a preposition, an article, a
 * conjunction): "… Rectification de la" / "… République et de", the next line goes on with it.
 */
export const ENDS_ON_LEADING_WORD = /(?:^|[ \t])(?:de|du|des|la|le|les|et|à|au|aux|en|sur|pour|par|d['’]|l['’])$/iu;

/** Where the sentence going on at `at` ends: a full stop or a semicolon before a blank, or a blank line; `reach` characters on at most. */
export function sentenceStop(text: string, at: number, reach: number): number {
  const m = /[.;](?=\s)|\n[ \t]*\n/.exec(text.slice(at, at + reach));
  return m ? at + m.index : Math.min(text.length, at + reach);
}

/** The abbreviations whose full stop goes on with the sentence: a civility ("M. le Receveur", "Mme"), an initial ("J.-P. DUPONT"). */
const ABBREVIATED = /(?:^|[^\p{L}])(?:mm?|mmes?|mlle|me|dr|st|ste|\p{L})$/iu;

/**
 * sentenceStop, past the abbreviations' full stops: "… le compte de gestion dressé par M. le Receveur, déclare …" is one
 * sentence; past its semicolons too where `pastSemicolons` (a formula whose clauses they part).
 */
export function sentenceStopPastAbbreviations(text: string, at: number, reach: number, pastSemicolons = false): number {
  const window = text.slice(at, at + reach);
  const stops = pastSemicolons ? /\.(?=\s)|\n[ \t]*\n/g : /[.;](?=\s)|\n[ \t]*\n/g;
  for (let m = stops.exec(window); m; m = stops.exec(window)) {
    if (m[0] !== '.' || !ABBREVIATED.test(window.slice(Math.max(0, m.index - 5), m.index))) return at + m.index;
  }
  return Math.min(text.length, at + reach);
}

/** Where the sentence going on at `at` opens: after a full stop or a semicolon and its blank, or a blank line; `reach` characters back at most. */
export function sentenceOpen(text: string, at: number, reach: number): number {
  const from = Math.max(0, at - reach);
  let open = from;
  for (const m of text.slice(from, at).matchAll(/[.;]\s|\n[ \t]*\n/g)) open = from + m.index + m[0].length;
  return open;
}
