/**
 * Cheap gates in front of costly patterns. Most rules need a word that is absent from most
 * of a document ("unanimité", "abstention"); looking for that word in the lower-cased text
 * first skips the regex scan, which is where extraction spends its time.
 */
const KEYS = new WeakMap<RegExp, readonly string[]>();

/** Registers the lower-case words one of which any match of `re` must contain. */
export function keyed<R extends RegExp>(re: R, ...keys: string[]): R {
  KEYS.set(re, keys);
  return re;
}

/**
 * False when `re` cannot match the lower-cased zone: none of its words is there. The zone is
 * given as a string, or as a memoised lookup (memoIncludes) when many patterns share words.
 */
export function mayMatch(re: RegExp, lower: string | ((word: string) => boolean)): boolean {
  const keys = KEYS.get(re);
  if (!keys) return true;
  const has = typeof lower === 'string' ? (k: string) => lower.includes(k) : lower;
  return keys.some(has);
}

/** `word => lower.includes(word)`, each word looked up once. */
export function memoIncludes(lower: string): (word: string) => boolean {
  const seen = new Map<string, boolean>();
  return (w) => {
    let v = seen.get(w);
    if (v === undefined) seen.set(w, (v = lower.includes(w)));
    return v;
  };
}
