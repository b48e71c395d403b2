/**
 * An attendance table with a column for each status, as text extraction gives it: a header
 * row naming the columns ("NOM Prénom | Présent | Absent | Excusé | Pouvoir à"), then a row a
 * member with a mark ("X", "✓") in the column of their status and, in the proxy column, who
 * holds their proxy, the cells between pipes (a markdown or ASCII table). Columns aligned with
 * spaces alone are not read: normalization makes runs of spaces one, and which label a mark
 * stood under is lost with them.
 */
import type { Person, Span } from '../schema/minutes.ts';
import { parsePersonList, type ListEntry } from './persons.ts';

type Column = 'present' | 'absent' | 'excused' | 'proxy';

/** Header labels and the column each names, read without markdown emphasis. */
const COLUMN_LABELS: ReadonlyArray<readonly [RegExp, Column]> = [
  [/^pr[ée]sente?s?$/iu, 'present'],
  [/^absente?s?$/iu, 'absent'],
  [/^excus[ée]e?s?$/iu, 'excused'],
  [/^(?:pouvoirs?|procurations?|mandats?)(?:\s+(?:donn[ée]e?s?\s+)?[àa])?$|^repr[ée]sent[ée]e?s?\s+par$/iu, 'proxy'],
];

/** What marks a cell: a cross, a tick, "oui". */
const MARK = /^(?:[xX✓✔×☒]|oui)$/u;

/** Fewer rows than this are no table. */
const MIN_ROWS = 3;

const clean = (cell: string) => cell.replace(/\*\*|__/g, '').trim();
const columnOf = (label: string): Column | null => COLUMN_LABELS.find(([re]) => re.test(label))?.[1] ?? null;

/** The cells of a piped line, each with its offset in the line; a leading pipe opens no cell. */
function cellsOf(line: string): Array<{ s: string; from: number }> {
  const cells: Array<{ s: string; from: number }> = [];
  let from = 0;
  for (const s of line.split('|')) {
    cells.push({ s, from });
    from += s.length + 1;
  }
  return line.trimStart().startsWith('|') ? cells.slice(1) : cells;
}

/** The header's column for each cell, when it is piped and names at least two status columns. */
function headerColumns(line: string): Array<Column | null> | null {
  if (!line.includes('|')) return null;
  const columns = cellsOf(line).map((c) => columnOf(clean(c.s)));
  return columns.filter((c) => c && c !== 'proxy').length >= 2 ? columns : null;
}

/** The first person named in text[start, end), with a family name in capitals. */
function personIn(text: string, start: number, end: number): Person | null {
  return parsePersonList(text, start, end).map((e) => e.person).find((p) => /\p{Lu}{2}/u.test(p.surname)) ?? null;
}

/** One row of a piped table, or null when the line is no member's row. */
function pipedRow(text: string, at: number, line: string, columns: ReadonlyArray<Column | null>): ListEntry | null {
  const cells = cellsOf(line);
  const name = cells[0];
  if (!name || !clean(name.s)) return null;
  const person = personIn(text, at + name.from, at + name.from + name.s.length);
  if (!person) return null;
  let status: Column | null = null;
  let proxy: Person | null = null;
  for (let i = 1; i < cells.length && i < columns.length; i++) {
    const column = columns[i];
    const cell = cells[i]!;
    if (!column || !clean(cell.s)) continue;
    if (column === 'proxy') proxy = personIn(text, at + cell.from, at + cell.from + cell.s.length);
    else if (MARK.test(clean(cell.s))) status ??= column;
  }
  return entryOf(person, status, proxy);
}

function entryOf(person: Person, status: Column | null, proxy: Person | null): ListEntry | null {
  if (proxy) return { person, status: null, proxy };
  if (status === 'present') return { person, status: null, proxy: null };
  if (status === 'excused' || status === 'absent') return { person, status, proxy: null };
  return null;
}

/** The first grid of presence in text[from, to): its members with their status, and its span. */
export function presenceGrid(text: string, from: number, to: number): { entries: ListEntry[]; span: Span } | null {
  for (let pos = from; pos < to; ) {
    let end = text.indexOf('\n', pos);
    if (end < 0 || end > to) end = to;
    const line = text.slice(pos, end);
    const columns = headerColumns(line);
    const table = columns && rowsAfter(text, end + 1, to, columns);
    if (table) return { entries: table.entries, span: { start: pos + (line.length - line.trimStart().length), end: table.end } };
    pos = end + 1;
  }
  return null;
}

function rowsAfter(text: string, start: number, to: number, columns: ReadonlyArray<Column | null>): { entries: ListEntry[]; end: number } | null {
  const entries: ListEntry[] = [];
  let last = start;
  for (let pos = start; pos < to; ) {
    let end = text.indexOf('\n', pos);
    if (end < 0 || end > to) end = to;
    const line = text.slice(pos, end);
    // The rule under a markdown header.
    if (/^\s*\|?\s*:?-{3,}/.test(line)) {
      pos = end + 1;
      continue;
    }
    const entry = line.includes('|') ? pipedRow(text, pos, line, columns) : null;
    if (!entry) break;
    entries.push(entry);
    last = end;
    pos = end + 1;
  }
  return entries.length >= MIN_ROWS ? { entries, end: last } : null;
}
