/**
 * Cheap gates in front of costly patterns. Most rules need a word that is absent from most
 * of a document ("unanimité", "abstention"); looking for that word in the lower-cased text
 * first skips the regex scan, which is where extraction spends its time.
 */
import { lowerOf } from './caseless.ts';
import { escapeRegExp } from './matches.ts';

const KEYS = new WeakMap<RegExp, readonly string[]>();
/** Every key word of every pattern, so that one scan of a document finds them all. */
const ALL_KEYS = new Set<string>();
let keysScanner: KeysScanner | null = null;

/** Registers the lower-case words one of which any match of `re` must contain. */
export function keyed<R extends RegExp>(re: R, ...keys: string[]): R {
  KEYS.set(re, keys);
  indexWords(...keys);
  return re;
}

/** Registers lower-case words that hasWord is asked about, so that the document's one scan finds them too. */
export function indexWords(...words: string[]): void {
  for (const k of words) {
    if (!ALL_KEYS.has(k)) {
      ALL_KEYS.add(k);
      keysScanner = null;
    }
  }
}

/** False when `re` cannot match `lower` (the lower-cased zone): none of its words is there. */
export function mayMatch(re: RegExp, lower: string): boolean {
  const keys = KEYS.get(re);
  return !keys || keys.some((k) => lower.includes(k));
}

/**
 * The keys as one pattern factored by their letters ("p(?:ou(?:voir|r)|a(?:rt(?: au vote)?|s))"):
 * at a given offset at most one branch goes on, and the longest key there is the match.
 */
function trieSource(keys: readonly string[]): string {
  const next = new Map<string, string[]>();
  let endsHere = false;
  for (const k of keys) {
    if (!k) endsHere = true;
    else (next.get(k[0]!) ?? next.set(k[0]!, []).get(k[0]!)!).push(k.slice(1));
  }
  const branches = [...next].map(([ch, rests]) => escapeRegExp(ch) + trieSource(rests));
  if (!branches.length) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  return endsHere ? `(?:${body})?` : body;
}

interface KeysScanner {
  /** Every key, factored (trieSource). */
  pattern: RegExp;
  /** For each key, the keys it starts with, itself included: all found where it is. */
  prefixes: Map<string, string[]>;
}

function keysScannerOf(keys: readonly string[]): KeysScanner {
  const prefixes = new Map(keys.map((k) => [k, keys.filter((p) => k.startsWith(p))]));
  return { pattern: new RegExp(trieSource(keys), 'g'), prefixes };
}

/**
 * Where each key word occurs in a lower-cased document, in order: one regex pass over the
 * document, resumed one unit after each match so that keys overlapping a match are found too.
 * Irregexp runs the factored alternation about twice as fast as a JavaScript loop over the units
 * with a table of key pairs, and far faster than one indexOf scan per key (most of which ran to
 * the end of the document for a word that is not in it).
 */
function scanKeys(lower: string): Map<string, number[]> {
  keysScanner ??= keysScannerOf([...ALL_KEYS]);
  const { pattern, prefixes } = keysScanner;
  const found = new Map<string, number[]>();
  for (const k of ALL_KEYS) found.set(k, []);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(lower); m; m = pattern.exec(lower)) {
    for (const k of prefixes.get(m[0])!) found.get(k)!.push(m.index);
    pattern.lastIndex = m.index + 1;
  }
  return found;
}

/**
 * The current document's key index (see scanKeys), built on the first question about it. Two
 * texts are kept: the document's and its line view (page breaks as line breaks), which the
 * stages ask about in turn; one slot would rebuild the index at every turn.
 */
const indexes: Array<{ text: string; occurrences: Map<string, number[]> }> = [];

/** Forgets the current document's word index (see releaseLower). */
export function releaseWordIndex(): void {
  indexes.length = 0;
}

function remember(text: string, occurrences: Map<string, number[]>): Map<string, number[]> {
  if (indexes.length >= 2) indexes.shift();
  indexes.push({ text, occurrences });
  return occurrences;
}

function occurrencesIn(text: string): Map<string, number[]> {
  // The text asked about last is looked at first, and one found moves last: the document and its
  // line view are two strings of one length, and telling them apart compares them up to the first
  // page break, which thousands of questions a document would pay again and again.
  for (let k = indexes.length - 1; k >= 0; k--) {
    const i = indexes[k]!;
    if (i.text !== text) continue;
    if (k !== indexes.length - 1) indexes.push(...indexes.splice(k, 1));
    return i.occurrences;
  }
  return remember(text, scanKeys(lowerOf(text)));
}

/**
 * `view` is `base` with its page breaks as line breaks: the key words stand at the same offsets
 * in both (no key holds a line or page break), so one index serves both.
 */
export function shareWordIndex(view: string, base: string): void {
  if (view === base || indexes.some((i) => i.text === view)) return;
  remember(view, occurrencesIn(base));
}

/** True when `word` occurs wholly inside text[from, to) (lower-cased). */
export function hasWord(text: string, word: string, from: number, to: number): boolean {
  return occursIn(occurrencesIn(text), text, word, from, to);
}

function occursIn(occurrences: Map<string, number[]>, text: string, word: string, from: number, to: number): boolean {
  const at = occurrences.get(word);
  if (!at) {
    // Not a registered key: looked for directly.
    const i = lowerOf(text).indexOf(word, from);
    return i >= 0 && i + word.length <= to;
  }
  // The first occurrence at or after `from` is the one that ends first.
  const i = firstAtOrAfter(at, from);
  return i < at.length && at[i]! + word.length <= to;
}

/** The first index of `at` (ascending offsets, as the word index holds them) whose value is `from` or more. */
export function firstAtOrAfter(at: readonly number[], from: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** mayMatch for text[from, to) of a document, answered from the document's word index. */
export function mayMatchIn(re: RegExp, text: string, from: number, to: number): boolean {
  const keys = KEYS.get(re);
  if (!keys) return true;
  // Asked thousands of times a document: the index is looked up once, and no closure is made.
  const occurrences = occurrencesIn(text);
  for (let i = 0; i < keys.length; i++) if (occursIn(occurrences, text, keys[i]!, from, to)) return true;
  return false;
}

/**
 * The document's word index (the one mayMatchIn reads): for each registered key (keyed,
 * indexWords), where it starts in the lower-cased document, in order. Read, never changed.
 */
export function wordIndex(text: string): ReadonlyMap<string, readonly number[]> {
  return occurrencesIn(text);
}
