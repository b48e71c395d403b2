/**
 * Cheap gates in front of costly patterns. Most rules need a word that is absent from most
 * of a document ("unanimité", "abstention"); looking for that word in the lower-cased text
 * first skips the regex scan, which is where extraction spends its time.
 */
import { lowerOf } from './caseless.ts';

const KEYS = new WeakMap<RegExp, readonly string[]>();

/** Registers the lower-case words one of which any match of `re` must contain. */
export function keyed<R extends RegExp>(re: R, ...keys: string[]): R {
  KEYS.set(re, keys);
  return re;
}

/** False when `re` cannot match `lower` (the lower-cased zone): none of its words is there. */
export function mayMatch(re: RegExp, lower: string): boolean {
  const keys = KEYS.get(re);
  return !keys || keys.some((k) => lower.includes(k));
}

/**
 * For each key word, the next place it occurs in the current document and from where that was
 * searched. Segments are asked about in document order, so each search resumes where the last
 * one stopped: a frequent word is found at once, a rare one is looked for once.
 */
let indexedText = '';
let cursors = new Map<string, { from: number; at: number }>();

/** Forgets the current document's word index (see releaseLower). */
export function releaseWordIndex(): void {
  indexedText = '';
  cursors = new Map();
}

/** True when `word` occurs wholly inside text[from, to) (lower-cased). */
export function hasWord(text: string, word: string, from: number, to: number): boolean {
  if (text !== indexedText) {
    indexedText = text;
    cursors = new Map();
  }
  let c = cursors.get(word);
  if (!c || from < c.from || (c.at >= 0 && c.at < from)) {
    c = { from, at: lowerOf(text).indexOf(word, from) };
    cursors.set(word, c);
  }
  return c.at >= 0 && c.at + word.length <= to;
}

/** mayMatch for text[from, to) of a document, answered from the document's word index. */
export function mayMatchIn(re: RegExp, text: string, from: number, to: number): boolean {
  const keys = KEYS.get(re);
  return !keys || keys.some((k) => hasWord(text, k, from, to));
}
