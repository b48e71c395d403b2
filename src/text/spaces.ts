/**
 * Runs of white space made one space, as titles, names and articles are written out. Most
 * strings have none to fold: a test finds that without building a new string, where the
 * replacement would rebuild it around every single space.
 */
const FOLDABLE = /[^\S ]| {2}/;

export function oneSpace(s: string): string {
  return FOLDABLE.test(s) ? s.replace(/\s+/g, ' ') : s;
}
