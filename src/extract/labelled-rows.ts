/**
 * A list under its heading whose table kept its column labels one a line, then a member a line:
 *
 *   Etaient présents :                      Absents représentés :
 *   Nom                                     Nom
 *   Prénom                                  Commune
 *   Commune                                 Pouvoir donné à
 *   Qualité                                 GRIMALDI Noël Santa-Reparata M. BARTOLI
 *   BARTOLI Jean-Baptiste Santa-Reparata Vice-Président
 *
 * Each row opens on the member's family name in capitals and given name; the other cells (a
 * commune, an office) are no part of it. Under "Pouvoir donné à" the holder closes the row, with
 * a civility. A row's cell wrapped onto the next line ("Délégué suppléant (en" / "remplacement de
 * M. X)") opens in small letters.
 */
import type { Person } from '../schema/minutes.ts';
import { parsePersonList, type ListEntry } from './persons.ts';
import { labelOf } from './presence-cells.ts';
import { trimmedLines } from '../text/lines.ts';
import { FAMILY_THEN_GIVEN } from '../text/given-names.ts';

/** A row's name: the family name in capitals, a given name in title case ("SANTONI François", "DE LA ROCCA Jean-Paul"). */
const ROW_NAME = new RegExp(String.raw`^${FAMILY_THEN_GIVEN}(?![\p{L}])`, 'u');
/** The holder closing a row under "Pouvoir donné à": a civility and a name ("M. BARTOLI", "Mme Marie PIERI"). */
const HOLDER_AT_END = /(?<=[ \t])(?:M\.|Mme|MM\.|Monsieur|Madame)[ \t]+\S.*$/u;
/** A cell wrapped onto the next line: it opens in small letters or a bracket's close. */
const WRAPPED_CELL = /^[\p{Ll}(]/u;
/** Fewer labels than this over the rows, and the lines are no table's. */
const MIN_LABELS = 2;

/** The rows of such a list in text[from, to), and where they end; null where its content opens on no labels. */
export function labelledRows(text: string, from: number, to: number): { entries: ListEntry[]; end: number } | null {
  // Asked of every list: its first line of text a label, or no such list, before the window is split.
  let first = from;
  while (first < to && /\s/.test(text[first]!)) first++;
  const firstEnd = text.indexOf('\n', first);
  if (!labelOf(text.slice(first, firstEnd < 0 || firstEnd > to ? to : firstEnd).trim())) return null;
  const lines = trimmedLines(text, from, to);
  let k = 0;
  while (k < lines.length && !lines[k]!.text) k++;
  const columns = [];
  for (let c = labelOf(lines[k]?.text ?? ''); c; c = labelOf(lines[k]?.text ?? '')) {
    columns.push(c);
    k++;
  }
  if (columns.length < MIN_LABELS || columns[0] !== 'name') return null;
  const holders = columns.at(-1) === 'proxy';
  const entries: ListEntry[] = [];
  let end = -1;
  for (; k < lines.length; k++) {
    const line = lines[k]!;
    if (entries.length && WRAPPED_CELL.test(line.text)) continue;
    const name = ROW_NAME.exec(line.text);
    const person = name ? parsePersonList(text, line.start, line.start + name[0].length)[0]?.person : undefined;
    if (!person) break;
    // A row a cell a line (its name alone, "Président" under it) is presence-cells' to read.
    if (!entries.length && name![0].length === line.text.length) return null;
    const held = holders ? HOLDER_AT_END.exec(line.text) : null;
    const proxy: Person | null = held ? (parsePersonList(text, line.start + held.index, line.end)[0]?.person ?? null) : null;
    entries.push({ person, status: null, proxy });
    end = line.end;
  }
  return entries.length ? { entries, end } : null;
}
