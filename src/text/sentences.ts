/** Where sentences end, for the readers that look back from a word to the start of its sentence. */

/** What a full stop closes that is no sentence's end: a civility, an initial ("M. G. DUPONT", "M.-Th."). */
const ABBREVIATION_BEFORE = /(?:(?:^|[\s.(-])(?:\p{Lu}|M|MM|Mme|Mmes|Mlle|Mr)|[.-]\p{Lu}\p{Ll})$/u;

/** The last full stop before `at` that ends a sentence, not an initial ("M. G. DUPONT"), or -1. */
export function fullStopBefore(text: string, at: number): number {
  for (let dot = text.lastIndexOf('.', at); dot >= 0; dot = text.lastIndexOf('.', dot - 1)) {
    if (!ABBREVIATION_BEFORE.test(text.slice(Math.max(0, dot - 5), dot))) return dot;
    if (dot === 0) break;
  }
  return -1;
}
