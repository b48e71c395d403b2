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

/** A line of a zone, trimmed: its text, where that text starts, and where the line ends. */
export interface TrimmedLine {
  text: string;
  start: number;
  end: number;
}

/** The lines of text[from, to), each trimmed, with their offsets: for readers of tables a cell a line. */
export function trimmedLines(text: string, from = 0, to = text.length): TrimmedLine[] {
  const lines: TrimmedLine[] = [];
  for (let at = from; at < to; ) {
    let end = text.indexOf('\n', at);
    if (end < 0 || end > to) end = to;
    const raw = text.slice(at, end);
    lines.push({ text: raw.trim(), start: at + (raw.length - raw.trimStart().length), end });
    at = end + 1;
  }
  return lines;
}

/** The line that holds `pos`: its start, its end (its line break's offset, or the text's end) and its text. */
export function lineAt(text: string, pos: number): { start: number; end: number; line: string } {
  // Most callers ask at a line start: the break before it says so, without lastIndexOf (a call
  // into the runtime, not inlined as indexOf is).
  const start = pos > 0 && text.charCodeAt(pos - 1) === 10 ? pos : text.lastIndexOf('\n', pos - 1) + 1;
  let end = text.indexOf('\n', pos);
  if (end < 0) end = text.length;
  return { start, end, line: text.slice(start, end) };
}

/** Where the paragraph holding `at` starts: after the blank line (or page break) above its line, its indent passed over. */
export function paragraphStart(text: string, at: number): number {
  let from = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\f', at - 1)) + 1;
  // Line by line up while the line above holds text.
  while (from > 0 && text[from - 1] !== '\f') {
    const above = Math.max(text.lastIndexOf('\n', from - 2), text.lastIndexOf('\f', from - 2)) + 1;
    if (!text.slice(above, from - 1).trim()) break;
    from = above;
  }
  while (from < at && /\s/.test(text[from]!)) from++;
  return from;
}
