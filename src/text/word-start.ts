/**
 * Matches that start a word, found without a leading lookbehind. V8 tries a leading lookbehind
 * ("(?<!\p{L})pour|contre|…") at every offset of the text before it can skip ahead to a likely
 * first character, which made such patterns several times slower than the same pattern bare.
 * So the pattern is run bare, and a match that follows a letter is dropped and the search
 * resumed one unit further on: exactly the matches the lookbehind would have let through.
 */

const LETTER = /\p{L}/u;

/** Whether the code point that ends just before `at` is a letter. */
function letterBefore(s: string, at: number): boolean {
  if (at <= 0) return false;
  const low = s.charCodeAt(at - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && at >= 2 && s.charCodeAt(at - 2) >= 0xd800 && s.charCodeAt(at - 2) <= 0xdbff;
  return LETTER.test(pair ? s.slice(at - 2, at) : s[at - 1]!);
}

/** Every match of the global pattern `re` in `s` that no letter precedes, in order. */
export function matchesAtWordStart(re: RegExp, s: string): RegExpExecArray[] {
  if (!re.global) throw new Error(`matchesAtWordStart needs a global pattern: /${re.source}/${re.flags}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (letterBefore(s, m.index)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}
