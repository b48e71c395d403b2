/** Lines written in capitals: headings, in minutes that set their titles so. */

/** A line written in capitals (85% of its letters), counted without regexes: it runs on every line. */
export function isCapitalsLine(line: string): boolean {
  if (line.length > 160 || line.length < 6) return false;
  let upper = 0;
  let lower = 0;
  // An ordinal's small letters after its figure ("2ème REPARTITION", "1er TRIMESTRE") count for neither.
  let suffix = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      suffix = 3;
      continue;
    }
    if (suffix > 0 && ((c >= 97 && c <= 122) || c === 0xe8 || c === 0xe9)) {
      suffix--;
      continue;
    }
    suffix = 0;
    if (c >= 97 && c <= 122) lower++;
    else if (c >= 65 && c <= 90) upper++;
    else if (c > 127) {
      const ch = line[i]!;
      const u = ch.toUpperCase();
      if (u !== ch.toLowerCase()) ch === u ? upper++ : lower++;
    }
    if (lower > 3 && lower > (upper + lower) * 0.15) return false;
  }
  const n = upper + lower;
  // upper / n >= 0.85 in integers: with n at most 160, no quotient stands between 0.85 and the
  // double nearest it, so the two agree; the division's first fraction threw away the optimized code.
  return n >= 6 && 20 * upper >= 17 * n && twoWordsInARow(line);
}

/**
 * Whether two runs of two letters (\p{L}) at least follow each other, only other characters
 * between them: what /\p{L}{2,}[^\p{L}]+\p{L}{2,}/u matches, read code point by code point. The
 * pattern compiles to some 50 KB of machine code, cold on most lines.
 */
function twoWordsInARow(line: string): boolean {
  let run = 0;
  let before = 0;
  for (let i = 0; i < line.length; i++) {
    let c = line.charCodeAt(i);
    let letter: boolean;
    if (c < 128) letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length && (line.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      c = 0x10000 + ((c - 0xd800) << 10) + (line.charCodeAt(++i) - 0xdc00);
      letter = LETTER.test(String.fromCodePoint(c));
    } else letter = isLetterUnit(c);
    if (letter) {
      run++;
    } else if (run) {
      before = run;
      run = 0;
    }
    if (run >= 2 && before >= 2) return true;
  }
  return false;
}

const LETTER = /^\p{L}$/u;
/** \p{L} of each BMP code unit past ASCII, tested once: 0 not yet, 1 a letter, 2 not. */
const LETTER_UNITS = new Uint8Array(0x10000);
function isLetterUnit(c: number): boolean {
  let known = LETTER_UNITS[c]!;
  if (!known) LETTER_UNITS[c] = known = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}
