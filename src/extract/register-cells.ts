/**
 * A table of the sitting's deliberations that text extraction gave one cell a line:
 *
 *   N°
 *   Objet
 *   Décision
 *   Vote
 *   99/21
 *   Budget 1999 - Décision modificative n° 2
 *   Virement de 6 500 F du chapitre 65 au chapitre 011 … Approuvée.
 *   P: 10 C: 0 A: 0
 *
 * Each row opens on its number alone on its line; the subject is the line under it, the decision
 * the lines after, and the vote the row's last line, which says how it went. The rows are the
 * points of the minutes, whatever lists of members stand before the table.
 */
import type { Item } from '../schema/minutes.ts';
import { itemOf, type Row } from './register-table.ts';
import { trimmedLines, type TrimmedLine } from '../text/lines.ts';

/** The header's labels, one a line, in this order; the decision's may be missing. */
const HEADER_LABELS: readonly RegExp[] = [/^N°$/u, /^Objet$/iu, /^(?:D[ée]cision|DECISION)s?$/u, /^(?:Vote|VOTE|R[ée]sultat|RESULTAT)s?(?:\s+du\s+vote)?$/u];
/** A row's number alone on its line: "99/21", "2024-014", "12". */
const ROW_NUMBER = /^\d{1,4}(?:[-/_.]\d{1,4}){0,2}$/u;
/** The cell that closes a row: how the vote went. */
const VOTE_CELL = /^(?:unanimit[ée]|[àa]\s+l['’]unanimit[ée]|p\s*:\s*\d|pour\s*:?\s*\d|\d{1,3}\s+(?:voix|pour)|adopt[ée]|rejet[ée]|refus[ée]|majorit[ée]|retir[ée])/iu;
/** Fewer rows than this are no such table. */
const MIN_ROWS = 2;

/** The items of such a table in `text`, or [] where there is none. */
export function readRegisterCells(text: string): Item[] {
  // Most documents have no "N°" alone on a line over "Objet": one search before the text is split.
  if (!/(?:^|\n)[ \t]*N°[ \t]*\n[ \t]*Objet[ \t]*\n/iu.test(text)) return [];
  const lines = trimmedLines(text);
  for (let i = 0; i < lines.length; i++) {
    const after = headerEnd(lines, i);
    if (after < 0) continue;
    const rows = rowsFrom(lines, after);
    if (rows.length >= MIN_ROWS) return rows.map(itemOf);
  }
  return [];
}

/** The line after a header opening at line `i`, or -1. */
function headerEnd(lines: ReadonlyArray<{ text: string }>, i: number): number {
  let k = i;
  for (const [n, label] of HEADER_LABELS.entries()) {
    if (lines[k] && label.test(lines[k]!.text)) k++;
    // The decision's column may be missing; the others may not.
    else if (n !== 2) return -1;
  }
  return k;
}

function rowsFrom(lines: readonly TrimmedLine[], from: number): Row[] {
  const rows: Row[] = [];
  let k = from;
  while (k + 2 < lines.length && ROW_NUMBER.test(lines[k]!.text)) {
    // The number, the subject, then the decision's lines up to the vote's.
    let v = k + 2;
    while (v < lines.length && v < k + 20 && !VOTE_CELL.test(lines[v]!.text) && !ROW_NUMBER.test(lines[v]!.text) && lines[v]!.text !== '') v++;
    if (v >= lines.length || !VOTE_CELL.test(lines[v]!.text)) break;
    rows.push({
      number: lines[k]!.text,
      cells: { number: [lines[k]!.text], date: [], subject: [lines[k + 1]!.text], decision: lines.slice(k + 2, v).map((l) => l.text), vote: [lines[v]!.text], other: [] },
      start: lines[k]!.start,
      end: lines[v]!.end,
    });
    k = v + 1;
  }
  return rows;
}
