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

/** Where each key word occurs in the current document's lower-cased text, found once. */
let indexedText = '';
let positions = new Map<string, number[]>();

function occurrences(text: string, word: string): number[] {
  if (text !== indexedText) {
    indexedText = text;
    positions = new Map();
  }
  let list = positions.get(word);
  if (!list) {
    const lower = lowerOf(text);
    list = [];
    for (let p = lower.indexOf(word); p >= 0; p = lower.indexOf(word, p + 1)) list.push(p);
    positions.set(word, list);
  }
  return list;
}

/** Forgets the current document's word index (see releaseLower). */
export function releaseWordIndex(): void {
  indexedText = '';
  positions = new Map();
}

/** True when `word` occurs wholly inside text[from, to) (lower-cased). */
export function hasWord(text: string, word: string, from: number, to: number): boolean {
  const list = occurrences(text, word);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && list[lo]! + word.length <= to;
}

/** mayMatch for text[from, to) of a document, answered from the document's word index. */
export function mayMatchIn(re: RegExp, text: string, from: number, to: number): boolean {
  const keys = KEYS.get(re);
  return !keys || keys.some((k) => hasWord(text, k, from, to));
}
