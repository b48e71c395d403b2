/**
 * The input's lines as laid out: normalization makes each run of spaces one, and with them
 * goes which column of a table a mark stood in. Extraction asks for a line of the normalized
 * text and gets it back with its spacing, when the input holds it unchanged but for spaces.
 */

/**
 * The text of a line as the input laid it out, its runs of spaces kept, or null when the input
 * does not hold it so: which column a mark or a name stood in is read from it.
 */
export type LineLayout = (line: string) => string | null;

/** A line's text with its spacing dropped: what a normalized line and its laid-out source share. */
const keyOf = (line: string) => line.replace(/[ \t\u00a0\u202f]+/g, ' ').trim();

/**
 * The lookup over `pages` (the texts as loaded). The index is built on the first question: most
 * documents have no table aligned with spaces and never ask.
 */
export function lineLayout(pages: readonly string[]): LineLayout {
  let index: Map<string, string> | null = null;
  return (line) => {
    if (!index) {
      index = new Map();
      for (const page of pages) {
        for (const raw of page.split(/\r?\n/)) {
          // Only lines that spacing lays out: others are the normalized line itself.
          if (/\S(?: {2,}|\t)\S/.test(raw)) index.set(keyOf(raw), raw.replace(/\t/g, '    '));
        }
      }
    }
    return index.get(keyOf(line)) ?? null;
  };
}
