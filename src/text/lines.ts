/** Line arithmetic on a zone of the text, without splitting it into an array of lines. */

/** s.split('\n').length: counted, so that asking for a zone's mean line length allocates nothing. */
export function lineCount(s: string): number {
  let n = 1;
  for (let at = s.indexOf('\n'); at >= 0; at = s.indexOf('\n', at + 1)) n++;
  return n;
}

/** A mean line under this many characters is text laid out in lines; above it, paragraphs run as lines. */
const FLAT_LINE = 400;

/** A stretch of text that lost its line breaks: one line, or lines of paragraphs. */
export function isFlat(zone: string): boolean {
  return !zone.trimEnd().includes('\n') || zone.length / lineCount(zone) > FLAT_LINE;
}
