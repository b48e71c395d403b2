/**
 * A table printed in a report under a title in capitals ("ÉTAT PARCELLAIRE DES TERRAINS CONCERNÉS"
 * over "Section   Lieu-dit   Cadastre   Contenance"): the title is the table's caption, no point's
 * heading. A table laid out with spaces: two rows at least under the caption, each of three cells
 * or more parted by runs of two spaces or more.
 */
import type { Heading } from './headings.ts';
import type { LineLayout } from '../text/layout.ts';

/** A row of three cells or more, parted by two spaces or more (a tab counts as a run). */
const TABLE_ROW = /^[ \t]*\S(?:[^\n]*?\S)?(?:(?: {2,}|\t)\S(?:[^\n]*?\S)?){2,}[ \t]*$/u;
/** How many rows under a caption make a table. */
const MIN_ROWS = 2;

/** The rows are read as laid out (normalization makes each run of spaces one). */
function isCaption(text: string, h: Heading, layout: LineLayout): boolean {
  let at = text.indexOf('\n', h.end);
  let rows = 0;
  while (at >= 0 && rows < MIN_ROWS) {
    const next = text.indexOf('\n', at + 1);
    const line = text.slice(at + 1, next < 0 ? text.length : next);
    if (!line.trim()) {
      // A blank line may part the caption from its table, not its rows.
      if (rows) return false;
    } else if (TABLE_ROW.test(layout(line) ?? line)) rows++;
    else return false;
    at = next;
  }
  return rows >= MIN_ROWS;
}

/** `headings` without the captions in capitals of the tables a report prints; the first heading is kept (it opens the point). */
export function withoutTableCaptions(text: string, headings: Heading[], layout: LineLayout): Heading[] {
  if (headings.length < 2) return headings;
  return headings.filter((h, i) => i === 0 || h.scheme !== 'capitals' || h.number !== null || !isCaption(text, h, layout));
}
