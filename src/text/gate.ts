/**
 * Cheap gates in front of costly patterns. Most rules need a word that is absent from most
 * of a document ("unanimité", "abstention"); looking for that word in the lower-cased text
 * first skips the regex scan, which is where extraction spends its time.
 */
import { lowerOf } from './caseless.ts';

const KEYS = new WeakMap<RegExp, readonly string[]>();
/** Every key word of every pattern, so that one scan of a document finds them all. */
const ALL_KEYS = new Set<string>();
let keysScanner: KeysScanner | null = null;

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

/**
 * The keys grouped for one pass over a document: by their first two UTF-16 units when both are
 * below 0x100 (French letters, digits, spaces), in a table the scan reads with one array load
 * per position; the few others are looked for with indexOf.
 */
interface KeysScanner {
  /** The keys by their first two units (first << 8 | second). */
  byPair: Array<string[] | undefined>;
  /** Keys of one unit, or starting outside Latin-1: found with indexOf. */
  others: string[];
}

function keysScannerOf(keys: Iterable<string>): KeysScanner {
  const scanner: KeysScanner = { byPair: new Array<string[] | undefined>(1 << 16).fill(undefined), others: [] };
  for (const k of keys) {
    const c0 = k.charCodeAt(0);
    const c1 = k.length > 1 ? k.charCodeAt(1) : 0x100;
    if (c0 >= 0x100 || c1 >= 0x100) {
      scanner.others.push(k);
      continue;
    }
    (scanner.byPair[(c0 << 8) | c1] ??= []).push(k);
  }
  return scanner;
}

/**
 * Where each key word occurs in a lower-cased document, in order: a single pass that stops
 * only where the two units at hand start some key, instead of one scan per key (most of which
 * ran to the end of the document for a word that is not in it) or a regex alternation of them
 * all (a lookahead tried at every position, 5 % of extraction).
 */
function scanKeys(lower: string): Map<string, number[]> {
  keysScanner ??= keysScannerOf(ALL_KEYS);
  const { byPair, others } = keysScanner;
  const found = new Map<string, number[]>();
  for (const k of ALL_KEYS) found.set(k, []);
  const last = lower.length - 1;
  for (let at = 0; at < last; at++) {
    const c0 = lower.charCodeAt(at);
    if (c0 >= 0x100) continue;
    const c1 = lower.charCodeAt(at + 1);
    if (c1 >= 0x100) continue;
    const keys = byPair[(c0 << 8) | c1];
    if (keys === undefined) continue;
    const c2 = lower.charCodeAt(at + 2);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      if ((k.length === 2 || k.charCodeAt(2) === c2) && lower.startsWith(k, at)) found.get(k)!.push(at);
    }
  }
  for (const k of others) {
    const list = found.get(k)!;
    for (let at = lower.indexOf(k); at >= 0; at = lower.indexOf(k, at + 1)) list.push(at);
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
