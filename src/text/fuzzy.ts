/**
 * Fuzzy matching of cue words, so that what OCR does to a heading ("Absen(s)",
 * "Prèsents", "Secrétalre") still reads as the heading. Uses natural's distances,
 * loaded file by file: the package index pulls in every module it has (seconds).
 */
import { createRequire } from 'node:module';
import { memoizeWords } from './memo.ts';

const require = createRequire(import.meta.url);
const jaroWinkler = require('natural/lib/natural/distance/jaro-winkler_distance.js') as (
  a: string,
  b: string,
  options?: { ignoreCase?: boolean },
) => number;
const { DamerauLevenshteinDistance } = require('natural/lib/natural/distance/levenshtein_distance.js') as {
  DamerauLevenshteinDistance: (a: string, b: string) => number;
};

/** Lower case, no accents, letters only: the form cues are compared in. */
export function fold(s: string): string {
  // Two letters are folded faster than they are looked up (actionAt asks for every line's first two).
  return s.length > 32 || s.length <= 2 ? foldLatin(s) : foldWord(s);
}

const foldUncached = (s: string) =>
  /^[\x00-\x7f]*$/.test(s) ? s.toLowerCase() : s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * foldUncached of each Latin character (and of the combining accents, which fold to nothing),
 * computed once. On these characters the decomposition, the accent stripping and the lower-casing
 * act character by character, so folding a string is folding its characters in turn: no
 * Unicode normalization per call on the long lines verbs and headings are compared on.
 * Characters outside the table (Greek, whose final sigma lower-cases by context) take the slow path.
 */
const LATIN_FOLD: ReadonlyArray<string | undefined> = (() => {
  const table: Array<string | undefined> = [];
  const stripped = (c: number) => c >= 0x300 && c <= 0x36f;
  for (let c = 0; c < 0x370; c++) {
    const ch = String.fromCharCode(c);
    // A decomposition into anything but Latin letters and stripped accents is not char-local.
    const parts = ch.normalize('NFD');
    let local = true;
    for (let i = 0; i < parts.length; i++) {
      const p = parts.charCodeAt(i);
      if (!(p < 0x250 || stripped(p)) || (p >= 0xd800 && p <= 0xdfff)) local = false;
    }
    if (local && (c < 0x250 || stripped(c))) table[c] = foldUncached(ch);
  }
  return table;
})();

/** foldUncached(s), character by character through LATIN_FOLD; only unchanged runs are sliced. */
function foldLatin(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const to = LATIN_FOLD[c];
    if (to === undefined) return foldUncached(s);
    if (to.length === 1 && to.charCodeAt(0) === c) continue;
    out += s.slice(from, i) + to;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

const foldWord = memoizeWords(foldLatin);
/** The folded letters of a word, the form distances are computed on; words recur, so memoised. */
const lettersOf = memoizeWords((w: string) => fold(w).replace(/[^a-z]/g, ''));

/**
 * True when `word` is `cue` as OCR may have read it. Short cues must match exactly:
 * at 4 letters one edit already changes the word.
 */
export function fuzzyEquals(word: string, cue: string): boolean {
  const a = lettersOf(word);
  const b = lettersOf(cue);
  if (a === b) return true;
  if (b.length < 6 || a.length < 5) return false;
  const maxEdits = b.length >= 10 ? 2 : 1;
  // Distances are costly: words of another length, or sharing neither end, are not the cue.
  if (Math.abs(a.length - b.length) > maxEdits || (a.slice(0, 2) !== b.slice(0, 2) && a.slice(-2) !== b.slice(-2))) return false;
  if (lettersApart(a, b) > 2 * maxEdits) return false;
  return DamerauLevenshteinDistance(a, b) <= maxEdits && jaroWinkler(a, b) >= 0.9;
}

const LETTER_COUNTS = new Int32Array(26);
/**
 * How many letters the two words do not share, counted with repeats. An edit changes that by at
 * most two (a substitution takes one letter out and puts another in; a transposition, none), so
 * above twice the allowed edits the distance is too, and natural's matrix (an object per cell,
 * the bulk of what attendance allocates) need not be built. a and b hold only a-z.
 */
function lettersApart(a: string, b: string): number {
  LETTER_COUNTS.fill(0);
  for (let i = 0; i < a.length; i++) LETTER_COUNTS[a.charCodeAt(i) - 97]!++;
  for (let i = 0; i < b.length; i++) LETTER_COUNTS[b.charCodeAt(i) - 97]!--;
  let apart = 0;
  for (let i = 0; i < 26; i++) apart += Math.abs(LETTER_COUNTS[i]!);
  return apart;
}
