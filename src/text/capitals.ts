/** Lines written in capitals: headings, in minutes that set their titles so. */

/** A line written in capitals (85% of its letters), counted without regexes: it runs on every line. */
export function isCapitalsLine(line: string): boolean {
  if (line.length > 160 || line.length < 6) return false;
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
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
  return n >= 6 && upper / n >= 0.85 && /\p{L}{2,}[^\p{L}]+\p{L}{2,}/u.test(line);
}
