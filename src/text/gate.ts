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

/** False when `re` cannot match `lower` (the lower-cased zone): none of its words is there. */
export function mayMatch(re: RegExp, lower: string): boolean {
  const keys = KEYS.get(re);
  return !keys || keys.some((k) => lower.includes(k));
}
