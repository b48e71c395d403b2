/**
 * An attendance table copied from a web page with its cells parted by tabs, a row a member body
 * (a commune), the present delegates in one column, the others in the next, each with why in
 * brackets:
 *
 *   Commune	Délégués présents	Absents / pouvoirs
 *   Hondeval	M. Maurice LOOTEN	Mme Christine DUJARDIN (pouvoir à Mme Nathalie BOLLENGIER)
 *   Oudhove	M. Jean-Luc VERHAEGHE (suppléant de M. Roger DEBAECKER)
 *
 * Normalization parts the cells by one space only: the line as the input laid it out (its tabs as
 * aligned columns, text/layout.ts) says which column each cell stood in. A substitute sat for the
 * member they name, who is in no list (the guide's rule); a member away with no reason given is absent.
 */
import type { Span } from '../schema/minutes.ts';
import type { LineLayout } from '../text/layout.ts';
import { parsePersonList, type ListEntry } from './persons.ts';
import { trimmedLines } from '../text/lines.ts';

/**
 * The header's cells: the present's column, then the others', plural (lists of names); a table a member a row
 * labels its columns in the singular ("Présent   Excusé   Pouvoir à", its cells marks). Lower-cased.
 */
const PRESENT_CELL = /pr[ée]sents(?![\p{L}])/u;
const AWAY_CELL = /absents|excus[ée]s|pouvoirs|procurations/u;
/** A cell of a laid-out line: words a single space apart. */
const CELL = /\S+(?: \S+)*/g;
/** Fewer rows than this are no table. */
const MIN_ROWS = 3;

/** The cells of a laid-out line, each with the offset it starts at (its column's, the tabs aligned). */
function cellsOf(laid: string): Array<{ text: string; at: number }> {
  return [...laid.matchAll(CELL)].map((m) => ({ text: m[0], at: m.index! }));
}

export function tabbedLists(text: string, from: number, to: number, layout: LineLayout): { entries: ListEntry[]; span: Span } | null {
  const lines = trimmedLines(text, from, to);
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i]!.text.toLowerCase();
    // A header's labels hold no figure and no colon ("Présents : 16 – Pouvoirs : 2" is a count's line).
    if (!PRESENT_CELL.test(head) || !AWAY_CELL.test(head) || /[\d:]/.test(head)) continue;
    const laid = layout(lines[i]!.text);
    if (!laid) continue;
    const header = cellsOf(laid.toLowerCase());
    const present = header.findIndex((c) => PRESENT_CELL.test(c.text) && !AWAY_CELL.test(c.text));
    const away = header.findIndex((c, n) => n > present && AWAY_CELL.test(c.text));
    if (present < 0 || away < 0) continue;
    const columnOf = (at: number) => {
      let column = -1;
      while (column + 1 < header.length && header[column + 1]!.at <= at) column++;
      return column;
    };
    const entries: ListEntry[] = [];
    let rows = 0;
    let end = lines[i]!.start + lines[i]!.text.length;
    for (let k = i + 1; k < lines.length; k++) {
      const line = lines[k]!;
      const row = line.text ? layout(line.text) : null;
      if (!row) break;
      // Each cell found in the normalized line, in order.
      let cursor = 0;
      for (const cell of cellsOf(row)) {
        const at = line.text.indexOf(cell.text, cursor);
        if (at < 0) break;
        cursor = at + cell.text.length;
        const column = columnOf(cell.at);
        if (column !== present && column !== away) continue;
        for (const e of parsePersonList(text, line.start + at, line.start + cursor)) {
          entries.push(column === present ? { ...e, status: null, proxy: null } : e.proxy || e.status ? e : { ...e, status: 'absent' });
        }
      }
      rows++;
      end = line.start + line.text.length;
    }
    if (rows >= MIN_ROWS && entries.length) return { entries, span: { start: lines[i]!.start, end } };
  }
  return null;
}
