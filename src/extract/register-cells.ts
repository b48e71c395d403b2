/**
 * A table of the sitting's deliberations that text extraction gave one cell a line:
 *
 *   N°                                   N° acte
 *   Objet                                Date séance
 *   Décision                             Objet
 *   Vote                                 Rapporteur
 *   99/21                                Commission
 *   Budget 1999 - Décision modif. n° 2   Vote
 *   Virement de 6 500 F … Approuvée.     Décision
 *   P: 10 C: 0 A: 0                      81-41
 *                                        30/06/1981
 *                                        BUDGET REGIONAL 1981 - DECISION
 *                                        MODIFICATIVE N° 1
 *                                        M. BONIFAY Gérard
 *                                        Finances
 *                                        Pour : 39
 *                                        Contre : 16
 *                                        Abst. : 3
 *                                        ADOPTE
 *
 * The header's labels, one a line, say which cells a row holds and in which order. Each row opens
 * on its number alone on its line ("-" where it has none); a cell that may wrap runs until the
 * line that opens the next cell, known by its shape (a date, a civility, a vote's words, an
 * outcome's). The rows are the points of the minutes, whatever lists of members stand before the
 * table; the header printed again over the next page, after the page's furniture, goes on with them.
 */
import type { Item } from '../schema/minutes.ts';
import { itemOf, type Column, type Row } from './register-table.ts';
import { trimmedLines, type TrimmedLine } from '../text/lines.ts';

type Cell = 'number' | 'date' | 'subject' | 'rapporteur' | 'other' | 'decision' | 'outcome' | 'vote';

/** A row's number alone on its line: "99/21", "2024-014", "12"; a dash where the row has none. */
const ROW_NUMBER = /^(?:\d{1,4}(?:[-/_.]\d{1,4}){0,2}|[-–—])$/u;
/** The cell that closes a row of the first kind: how the vote went. */
const VOTE_CELL = /^(?:unanimit[ée]|[àa]\s+l['’]unanimit[ée]|p\s*:\s*\d|pour\s*:?\s*\d|\d{1,3}\s+(?:voix|pour)|adopt[ée]|rejet[ée]|refus[ée]|majorit[ée]|retir[ée])/iu;
/** A vote's cell wrapped over lines, one count a line: "Pour : 39" / "Contre : 16" / "Abst. : 3". */
const VOTE_LINE = /^(?:(?:pour|contre|abst(?:entions?|\.)?|nppv|ne\s+prend|c\s*:|a\s*:)\s*:?\s*\d{1,3}\b|\d{1,3}\s+(?:voix\s+)?(?:pour|contre|abst))/iu;
/** The rest of an outcome's cell wrapped under it: "Adopté" / "à la majorité", "Prend acte" / "-". */
const VOTE_WRAPPED = /^(?:[àa]\s+l['’]\s?unanimit[ée]|[àa]\s+la\s+majorit[ée]|(?:[àa]\s+l['’]\s?)?unanimit[ée]|majorit[ée]|[-–—]|sans\s+vote)(?:\s+des\s+(?:membres\s+)?(?:pr[ée]sents|votants|suffrages\s+exprim[ée]s))?\.?$/iu;
/** A decision's column after the vote's, or standing for it, says how the point ended: "ADOPTE", "Adoptée à l'unanimité". */
const OUTCOME_CELL = /^(?:(?:adopt|approuv|accept|rejet|refus|retir|ajourn|report)[ée]e?s?(?![\p{L}])|(?:pris|prend|donne)\s+acte|(?:[àa]\s+l['’])?unanimit[ée])/iu;

/**
 * Each cell: its header label; the shape of the line that opens it, where it has one (what ends
 * the cell before it); whether it may wrap; and which of the row's cells it fills.
 */
const CELLS: ReadonlyArray<{ cell: Cell; label: RegExp; opens?: RegExp; wraps: boolean; into: Column }> = [
  { cell: 'number', label: /^(?:N°|Num[ée]ro)(?:\s+(?:d['’]\s?)?(?:acte|ordre|d[ée]lib[ée]ration))?$/iu, opens: ROW_NUMBER, wraps: false, into: 'number' },
  { cell: 'date', label: /^(?:Date(?:\s+(?:de\s+(?:la\s+)?)?s[ée]ance)?|S[ée]ance)$/iu, opens: /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/u, wraps: false, into: 'date' },
  { cell: 'subject', label: /^Objet$/iu, wraps: true, into: 'subject' },
  { cell: 'rapporteur', label: /^Rapporteurs?$/iu, opens: /^(?:M\.|MM\.|Mmes?|Mlle|Monsieur|Madame|[-–—]$)/u, wraps: false, into: 'other' },
  { cell: 'other', label: /^(?:Commission|Mati[èe]re|Nomenclature|Th[èe]me|Code(?:\s+\p{L}+)?)$/iu, wraps: false, into: 'other' },
  { cell: 'decision', label: /^D[ée]cisions?$/iu, wraps: true, into: 'decision' },
  // A vote's cell may hold a dash (no vote: the point withdrawn) or who was named (a designation).
  { cell: 'vote', label: /^(?:Votes?|R[ée]sultats?)(?:\s+du\s+vote)?$/iu, opens: new RegExp(`${VOTE_CELL.source}|${OUTCOME_CELL.source}|^(?:[-–—]$|d[ée]sign[ée]|[ée]lus?(?![\\p{L}])|sans\\s+vote|pas\\s+de\\s+vote)`, 'iu'), wraps: true, into: 'vote' },
];
const CELL_OF = new Map(CELLS.map((c) => [c.cell, c]));
/** A line cut mid-phrase: on a dash, a hyphen, a comma, or a word that cannot end one ("de la", "du", "et"). */
const CUT_MID_PHRASE = /(?:[-–—,]|(?<![\p{L}])(?:de|du|des|la|le|les|et|à|au|aux|en|sur|pour|par|d['’]|l['’]))$/iu;
/** Fewer rows than this are no such table. */
const MIN_ROWS = 2;
/** How far past a row the header may stand again, over the page's furniture. */
const FURNITURE_LINES = 6;
/** No cell of such a table wraps over more lines than this. */
const MAX_CELL_LINES = 12;

/** The items of such a table in `text`, or [] where there is none. */
export function readRegisterCells(text: string): Item[] {
  // Most documents have no "N°" alone on a line a few labels over "Objet": one search before the text is split.
  if (!/(?:^|\n)[ \t]*(?:N°|Num[ée]ro)[^\n]{0,16}\n(?:[ \t]*\p{L}[\p{L} ]{0,20}\n){0,2}[ \t]*Objet[ \t]*\n/iu.test(text)) return [];
  const lines = trimmedLines(text);
  for (let i = 0; i < lines.length; i++) {
    const header = headerAt(lines, i);
    if (!header) continue;
    const rows = rowsFrom(lines, i + header.length, header);
    if (rows.length >= MIN_ROWS) return rows.map(itemOf);
  }
  return [];
}

/** The cells of a header opening at line `i`, in order, or null: a number's first, a subject, a vote or a decision. */
function headerAt(lines: readonly TrimmedLine[], i: number): Cell[] | null {
  const cells: Cell[] = [];
  for (let k = i; k < lines.length; k++) {
    const found = CELLS.find((c) => c.label.test(lines[k]!.text) && !cells.includes(c.cell));
    if (!found) break;
    cells.push(found.cell);
  }
  if (cells[0] !== 'number' || !cells.includes('subject') || !(cells.includes('vote') || cells.includes('decision')) || cells.length < 3) return null;
  // A decision's column after the vote's, or with no vote's, says how the point ended, not the text decided.
  const vote = cells.indexOf('vote');
  return cells.map((c, k) => (c === 'decision' && k > vote ? 'outcome' : c));
}

/** The shape of the line opening a cell, where it has one. */
function opener(cell: Cell | undefined): RegExp | undefined {
  return cell === 'outcome' ? OUTCOME_CELL : cell ? CELL_OF.get(cell)?.opens : undefined;
}

function rowsFrom(lines: readonly TrimmedLine[], from: number, header: readonly Cell[]): Row[] {
  const rows: Row[] = [];
  let k = from;
  while (k < lines.length) {
    const row = rowAt(lines, k, header);
    if (row) {
      rows.push(row.row);
      k = row.next;
      continue;
    }
    // The page's foot and head, then the header again: the table goes on.
    const again = lines.slice(k, k + FURNITURE_LINES + header.length).findIndex((_, d) => rows.length > 0 && sameHeader(lines, k + d, header));
    if (again < 0) break;
    k += again + header.length;
  }
  return rows;
}

function sameHeader(lines: readonly TrimmedLine[], at: number, header: readonly Cell[]): boolean {
  const found = headerAt(lines, at);
  return !!found && found.length === header.length && found.every((c, i) => c === header[i]);
}

/** The row opening at line `k`, and the line after it; null where no row opens there. */
function rowAt(lines: readonly TrimmedLine[], k: number, header: readonly Cell[]): { row: Row; next: number } | null {
  const cells: Record<Column, string[]> = { number: [], date: [], subject: [], decision: [], vote: [], other: [] };
  let at = k;
  for (const [j, cell] of header.entries()) {
    const line = lines[at];
    if (!line || !line.text) return null;
    const opens = opener(cell);
    if (opens && !opens.test(line.text)) return null;
    const into = cell === 'outcome' ? 'decision' : CELL_OF.get(cell)!.into;
    let end = at + 1;
    const next = opener(header[j + 1]);
    const wraps = cell !== 'outcome' && CELL_OF.get(cell)!.wraps;
    if (cell === 'vote' && j === header.length - 1) {
      // The row's last cell: its counts one a line, and no further.
      while (end < lines.length && (VOTE_LINE.test(lines[end]!.text) || VOTE_WRAPPED.test(lines[end]!.text))) end++;
    } else if (wraps && next) {
      while (end < lines.length && end - at < MAX_CELL_LINES && lines[end]!.text && !next.test(lines[end]!.text)) end++;
      if (end >= lines.length || !lines[end]!.text || !next.test(lines[end]!.text)) return null;
    } else if (wraps) {
      // The next cell's first line has no shape of its own (the text decided): the cell goes on where its line is cut mid-phrase.
      while (end < lines.length && end - at < MAX_CELL_LINES && lines[end]!.text && (CUT_MID_PHRASE.test(lines[end - 1]!.text) || /^\p{Ll}/u.test(lines[end]!.text))) end++;
    }
    cells[into].push(...lines.slice(at, end).map((l) => l.text));
    at = end;
  }
  const number = cells.number[0]!;
  return {
    row: { number: /^[-–—]$/u.test(number) ? '' : number, cells, start: lines[k]!.start, end: lines[at - 1]!.end },
    next: at,
  };
}
