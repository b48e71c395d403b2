/**
 * An attendance table whose status columns hold lists of names, not marks: a row a commune
 * (or a college), its present delegates in one cell, its absent ones in the next, the holders
 * of their proxies in the last.
 *
 *   COMMUNE              PRÉSENTS                        EXCUSÉS / ABSENTS        POUVOIR À
 *   BRÉCHON-LE-CHÂTEAU   ROUSSEL Alain, GARNIER Danielle, PELLETIER Jean-Louis     ROUSSEL Alain
 *                        BESNARD Odile                   LEPRINCE Sylvie (exc.)
 *
 *   COMMUNES   | DELEGUES PRESENTS    | DELEGUES ABSENTS
 *   CHALONNES  | M. HUET              | M. GASNIER (exc.)
 *
 * Cells are read between pipes, or under their labels where the input kept its layout
 * (LineLayout). A member in the absent cell of a row whose proxy cell names a holder gave
 * them their proxy; "(exc.)" says excused; "remplacé par son suppléant" takes the member out.
 */
import type { Person, Span } from '../schema/minutes.ts';
import type { LineLayout } from '../text/layout.ts';
import { oneSpace } from '../text/spaces.ts';
import { MEMBER_NOUNS, SUBSTITUTE_MARK } from '../text/cues.ts';
import { parsePersonList, type ListEntry } from './persons.ts';
import { columnOf, spacedLabels, type Column } from './presence-grid.ts';

const EXCUSED_NOTE = /\(\s*exc(?:\.|us[ée]e?)\s*\)/iu;
const SUBSTITUTED = /rempla[cç][ée]e?(?![\p{L}])/iu;
/** "LEPETIT Yves (suppléant)": a substitute who sat for a member of the same row group. */
const SUBSTITUTE = new RegExp(SUBSTITUTE_MARK, 'iu');
/** "DÉLÉGUÉS PRÉSENTS": the members' word before a status's label, passed over (same length, so offsets hold). */
const MEMBERS_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${MEMBER_NOUNS})[ \t]+(?=pr[ée]s|exc|abs)`, 'giu');
const withoutMembersWord = (label: string) => label.replace(MEMBERS_WORD, (w) => ' '.repeat(w.length));

interface Header {
  /** The grid's columns (see presence-grid): a 'note' first is the commune's, 'either' the away. */
  columns: Column[];
  /** Where each column starts in the laid-out line; null for a piped table. */
  starts: number[] | null;
  piped: boolean;
}

/** The header of such a table: a plural "présents" column and one for the away, read piped or laid out. */
function headerOf(line: string, raw: string | null): Header | null {
  if (line.length > 200) return null;
  if (line.includes('|')) {
    const columns = line.split('|').map((c) => columnOf(withoutMembersWord(c).trim()));
    return columns.every((c) => c !== null) && valid(columns as Column[]) ? { columns: columns as Column[], starts: null, piped: true } : null;
  }
  if (!raw) return null;
  const labels = spacedLabels(withoutMembersWord(raw), 0);
  return labels && !labels.rest.trim() && valid(labels.columns) ? { columns: labels.columns, starts: labels.starts, piped: false } : null;
}

function valid(columns: readonly Column[]): boolean {
  return (
    columns.filter((c) => c === 'present').length === 1 &&
    columns.some((c) => c === 'either' || c === 'excused' || c === 'absent') &&
    columns.every((c) => c !== 'name' && c !== 'said')
  );
}

/** The cells of a row, each as an offset range of `text`. */
function cellsOf(text: string, at: number, line: string, raw: string | null, header: Header): Array<{ start: number; end: number }> | null {
  if (header.piped) {
    const out: Array<{ start: number; end: number }> = [];
    let from = 0;
    // OCR reads a rule between cells as an "l" standing alone.
    const rule = line.split('|').length === header.columns.length ? /\|/ : /\||(?<=\s)l(?=\s|$)/;
    for (const cell of line.split(rule)) {
      out.push({ start: at + from, end: at + from + cell.length });
      from += cell.length + 1;
    }
    return out.length === header.columns.length ? out : null;
  }
  if (!raw || !header.starts) return null;
  // Each cell's words, as laid out, found again in the normalized line in order.
  const out: Array<{ start: number; end: number }> = [];
  let cursor = 0;
  for (let k = 0; k < header.columns.length; k++) {
    const from = k === 0 ? 0 : header.starts[k]! - 1;
    const to = k + 1 < header.columns.length ? header.starts[k + 1]! - 1 : raw.length;
    const words = oneSpace(raw.slice(Math.max(0, from), Math.max(0, to))).trim();
    if (!words) {
      out.push({ start: at + cursor, end: at + cursor });
      continue;
    }
    const found = line.indexOf(words, cursor);
    if (found < 0) return null;
    out.push({ start: at + found, end: at + found + words.length });
    cursor = found + words.length;
  }
  return out;
}

const named = (text: string, cell: { start: number; end: number }): Person[] =>
  cell.end > cell.start ? parsePersonList(text, cell.start, cell.end).map((e) => e.person).filter((p) => /\p{Lu}{2}/u.test(p.surname)) : [];

/** The first such table in text[from, to): its members with their status, and its span. */
export function listColumnsTable(text: string, from: number, to: number, layout?: LineLayout): { entries: ListEntry[]; span: Span } | null {
  for (let pos = from; pos < to; ) {
    let end = text.indexOf('\n', pos);
    if (end < 0 || end > to) end = to;
    const line = text.slice(pos, end);
    const header = /pr[ée]sents/iu.test(line) ? headerOf(line, layout?.(line) ?? null) : null;
    const table = header ? rowsOf(text, end + 1, to, header, layout) : null;
    if (table) return { entries: table.entries, span: { start: pos + (line.length - line.trimStart().length), end: table.end } };
    pos = end + 1;
  }
  return null;
}

function rowsOf(text: string, start: number, to: number, header: Header, layout: LineLayout | undefined): { entries: ListEntry[]; end: number } | null {
  const entries: ListEntry[] = [];
  let last = start;
  // The rows of one commune: its substitutes sat for as many of its away members.
  let group: { substitutes: number; away: ListEntry[] } = { substitutes: 0, away: [] };
  const closeGroup = () => {
    for (const e of group.away.slice(0, group.substitutes)) entries.splice(entries.indexOf(e), 1);
    group = { substitutes: 0, away: [] };
  };
  for (let pos = start; pos < to; ) {
    let end = text.indexOf('\n', pos);
    if (end < 0 || end > to) end = to;
    const line = text.slice(pos, end);
    if (!line.trim()) break;
    if (/^[\s|:+=_-]*$/.test(line)) {
      pos = end + 1;
      continue;
    }
    const cells = cellsOf(text, pos, line, header.piped ? null : (layout?.(line) ?? null), header);
    if (!cells) break;
    const leadAt = header.columns.indexOf('note');
    if (leadAt >= 0 && text.slice(cells[leadAt]!.start, cells[leadAt]!.end).trim()) closeGroup();
    const holders = header.columns.includes('proxy') ? named(text, cells[header.columns.indexOf('proxy')]!) : [];
    header.columns.forEach((column, k) => {
      const cell = cells[k]!;
      const cellText = text.slice(cell.start, cell.end);
      if (column === 'present') {
        for (const p of named(text, cell)) {
          entries.push({ person: p, status: null, proxy: null });
          if (p.span && SUBSTITUTE.test(text.slice(p.span.end, Math.min(cell.end, p.span.end + 20)))) group.substitutes++;
        }
      }
      if (column !== 'either' && column !== 'excused' && column !== 'absent') return;
      if (SUBSTITUTED.test(cellText)) return;
      for (const p of named(text, cell)) {
        const holder = holders.shift() ?? null;
        if (holder) entries.push({ person: p, status: null, proxy: holder });
        else {
          const excused = column === 'excused' || EXCUSED_NOTE.test(text.slice(p.span?.end ?? cell.start, cell.end));
          const entry: ListEntry = { person: p, status: excused ? 'excused' : 'absent', proxy: null };
          entries.push(entry);
          group.away.push(entry);
        }
      }
    });
    last = end;
    pos = end + 1;
  }
  closeGroup();
  return entries.length >= 3 ? { entries, end: last } : null;
}
