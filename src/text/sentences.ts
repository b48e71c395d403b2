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
