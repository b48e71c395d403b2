/**
 * A pattern for words OCR misread by one letter, led by that letter: the letters before it a
 * lookbehind, those after it a lookahead. The engine then skips from one such letter to the next
 * instead of trying every misread form at every offset of a page. Any letters before may go with
 * any after: the caller keeps only the words its table holds (wordAround).
 */

/** What may stand beside a word: not a letter, a figure, an apostrophe or a hyphen. */
const EDGE = String.raw`[\p{L}\d'’-]`;
/** Before it the same, but an elision's apostrophe after its one letter or "qu" ("l'unanlmité"): a word of its own after it. */
const EDGE_BEFORE = String.raw`[\p{L}\d-]|(?<=\p{L}{2}(?<![Qq]u))['’]`;

/** Alternatives, each once, longest first. */
const alternatives = (parts: Iterable<string>) => [...new Set(parts)].sort((a, b) => b.length - a.length).join('|');

/**
 * The pattern of `letter` (a character class's content) misread in words made of one of `before`
 * and one of `after` (each a pattern's source), the word standing alone.
 */
export function misreadLetterPattern(letter: string, before: Iterable<string>, after: Iterable<string>): RegExp {
  const afters = [...after];
  const ahead = afters.every((a) => a === '') ? '' : String.raw`(?=(?:${alternatives(afters)})(?!${EDGE}))`;
  return new RegExp(String.raw`[${letter}]${ahead || `(?!${EDGE})`}(?<=(?<!${EDGE_BEFORE})(?:${alternatives(before)})[${letter}])`, 'gu');
}

const LETTER = /\p{L}/u;

/** The word around s[at], and where it starts. */
export function wordAround(s: string, at: number): { word: string; start: number } {
  let start = at;
  while (start > 0 && LETTER.test(s[start - 1]!)) start--;
  let end = at + 1;
  while (end < s.length && LETTER.test(s[end]!)) end++;
  return { word: s.slice(start, end), start };
}
