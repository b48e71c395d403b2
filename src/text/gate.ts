/**
 * Cheap gates in front of costly patterns. Most rules need a word that is absent from most
 * of a document ("unanimité", "abstention"); looking for that word in the lower-cased text
 * first skips the regex scan, which is where extraction spends its time.
 */
import { lowerOf } from './caseless.ts';

const KEYS = new WeakMap<RegExp, readonly string[]>();
/** Every key word of every pattern, so that one scan of a document finds them all. */
const ALL_KEYS = new Set<string>();
let keysScanner: { re: RegExp; byFirst: Map<string, string[]> } | null = null;

/** Registers the lower-case words one of which any match of `re` must contain. */
export function keyed<R extends RegExp>(re: R, ...keys: string[]): R {
  KEYS.set(re, keys);
  for (const k of keys) {
    if (!ALL_KEYS.has(k)) {
      ALL_KEYS.add(k);
      keysScanner = null;
    }
  }
  return re;
}

/** False when `re` cannot match `lower` (the lower-cased zone): none of its words is there. */
export function mayMatch(re: RegExp, lower: string): boolean {
  const keys = KEYS.get(re);
  return !keys || keys.some((k) => lower.includes(k));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where each key word occurs in a lower-cased document, in order. One pattern stops wherever
 * some key starts (a lookahead, so keys inside or overlapping others are all seen), and the
 * keys with that first letter are compared there: a single pass instead of one indexOf scan
 * per key, most of which ran to the end of the document for a word that is not in it.
 */
function scanKeys(lower: string): Map<string, number[]> {
  if (!keysScanner) {
    const byFirst = new Map<string, string[]>();
    for (const k of ALL_KEYS) byFirst.set(k[0]!, [...(byFirst.get(k[0]!) ?? []), k]);
    keysScanner = { re: new RegExp(`(?=${[...ALL_KEYS].map(escape).join('|')})`, 'g'), byFirst };
  }
  const { re, byFirst } = keysScanner;
  const found = new Map<string, number[]>();
  for (const k of ALL_KEYS) found.set(k, []);
  re.lastIndex = 0;
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    const at = m.index;
    for (const k of byFirst.get(lower[at]!)!) if (lower.startsWith(k, at)) found.get(k)!.push(at);
    re.lastIndex = at + 1;
  }
  return found;
}

/** The current document's key index (see scanKeys), built on the first question about it. */
let indexedText = '';
let occurrences = new Map<string, number[]>();

/** Forgets the current document's word index (see releaseLower). */
export function releaseWordIndex(): void {
  indexedText = '';
  occurrences = new Map();
}

/** True when `word` occurs wholly inside text[from, to) (lower-cased). */
export function hasWord(text: string, word: string, from: number, to: number): boolean {
  if (text !== indexedText) {
    indexedText = text;
    occurrences = scanKeys(lowerOf(text));
  }
  const at = occurrences.get(word);
  if (!at) {
    // Not a registered key: looked for directly.
    const i = lowerOf(text).indexOf(word, from);
    return i >= 0 && i + word.length <= to;
  }
  // The first occurrence at or after `from` is the one that ends first.
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < at.length && at[lo]! + word.length <= to;
}

/** mayMatch for text[from, to) of a document, answered from the document's word index. */
export function mayMatchIn(re: RegExp, text: string, from: number, to: number): boolean {
  const keys = KEYS.get(re);
  return !keys || keys.some((k) => hasWord(text, k, from, to));
}
