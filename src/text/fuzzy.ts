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
  return s.length > 32 ? foldUncached(s) : foldWord(s);
}

const foldUncached = (s: string) =>
  /^[\x00-\x7f]*$/.test(s) ? s.toLowerCase() : s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

const foldWord = memoizeWords(foldUncached);
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
  return DamerauLevenshteinDistance(a, b) <= maxEdits && jaroWinkler(a, b) >= 0.9;
}
