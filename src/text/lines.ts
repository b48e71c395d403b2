/** Line arithmetic on a zone of the text, without splitting it into an array of lines. */

/** s.split('\n').length: counted, so that asking for a zone's mean line length allocates nothing. */
export function lineCount(s: string): number {
  let n = 1;
  for (let at = s.indexOf('\n'); at >= 0; at = s.indexOf('\n', at + 1)) n++;
  return n;
}
