/**
 * A bounded memo for word-level functions: words recur in a document (names, cue words,
 * "M.", "Madame"), and the Unicode work on them is what the stages would otherwise repeat.
 */
export function memoizeWords<V>(fn: (word: string) => V, max = 20_000): (word: string) => V {
  const cache = new Map<string, V>();
  return (word) => {
    let v = cache.get(word);
    if (v === undefined) {
      if (cache.size >= max) cache.clear();
      v = fn(word);
      cache.set(word, v);
    }
    return v;
  };
}
