/**
 * A table of the members away, a column a status, flattened by a business software's export
 * into the line of its labels and rows of names under it, one member to a column:
 *
 *   Représentés Excusés Absents
 *   M. CASTELLI Marc-Antoine M. VESPERINI Pascal M. ROCCHI Lionel
 *   Mme NEGRONI Sandrine
 *
 * A row naming as many members as there are labels gives one to each column. A shorter row holds
 * what is left of the longest columns, which the export prints from the left: its members go to
 * the columns from the left. The labels stand alone on their line, no colon after them (with
 * colons they are list headings: two-column-lists), and the first row is full: a label over a
 * list a member a line is a heading.
 */
import type { AttendanceRole } from '../text/cues.ts';
import { parsePersonList, type ListEntry } from './persons.ts';

/** A status label, and the role of its column. */
const STATUS_LABELS: ReadonlyArray<readonly [RegExp, Exclude<AttendanceRole, 'secretary'>]> = [
  [/^pr[ée]sent(?:e|\(e\))?(?:s|\(s\))?$/iu, 'present'],
  [/^(?:repr[ée]sent[ée](?:e|\(e\))?(?:s|\(s\))?|pouvoirs?|procurations?)$/iu, 'represented'],
  [/^excus[ée](?:e|\(e\))?(?:s|\(s\))?$/iu, 'excused'],
  [/^absent(?:e|\(e\))?(?:s|\(s\))?$/iu, 'absent'],
];
const LABEL = String.raw`(?:pr[ée]sent|repr[ée]sent[ée]|excus[ée]|absent)(?:e|\(e\))?(?:s|\(s\))?|pouvoirs?|procurations?`;
/** A line of two to four status labels and nothing else. */
const HEADER_LINE = new RegExp(String.raw`^[ \t]*(?:${LABEL})(?:[ \t]+(?:${LABEL})){1,3}[ \t]*$`, 'gimu');
/** A row of the table opens on a member's civility. */
const ROW_START = /^[ \t]*(?:M\.|Mme|Mlle|MM\.|Monsieur|Madame)[ \t]/u;
/** A civility opening a member, with the word before it (a proxy's "à" names a holder, not another member). */
const CIVILITY = /(?=M)(?<=([^\s]*)[ \t]+)(?:M\.|Mme|Mlle|MM\.|Monsieur|Madame)[ \t]/gu;
const HOLDER_LEAD = /^(?:[àa]|par|de|pouvoir|procuration)$/iu;
/** A status and its qualifier, one list's heading ("Absents excusés"). */
const COMPOUND = /absent(?:e|\(e\))?(?:s|\(s\))?[ \t]+(?:excus|repr)/iu;
/** The cells of a flattened row are set apart by spaces only: a comma makes it a list. */
const LIST_MARK = /[,;]/;

export interface StatusRows {
  lists: Array<{ role: Exclude<AttendanceRole, 'secretary'>; entries: ListEntry[] }>;
  /** The header line's start, the last row's end. */
  start: number;
  end: number;
}

/** The first such table between `from` and `limit`, or null. */
export function statusHeaderRows(text: string, from: number, limit: number): StatusRows | null {
  HEADER_LINE.lastIndex = from;
  for (let m = HEADER_LINE.exec(text); m && m.index < limit; m = HEADER_LINE.exec(text)) {
    const roles = m[0].trim().split(/[ \t]+/).map((w) => STATUS_LABELS.find(([re]) => re.test(w))![1]);
    // "Absents excusés", "Absents représentés": one heading of one list, not two columns.
    if (new Set(roles).size !== roles.length || COMPOUND.test(m[0])) continue;
    const read = rowsUnder(text, m.index + m[0].length + 1, limit, roles);
    if (read) return { ...read, start: m.index };
  }
  return null;
}

function rowsUnder(text: string, from: number, limit: number, roles: StatusRows['lists'][number]['role'][]): Omit<StatusRows, 'start'> | null {
  const lists = roles.map((role) => ({ role, entries: [] as ListEntry[] }));
  let end = -1;
  for (let pos = from; pos < limit; ) {
    let stop = text.indexOf('\n', pos);
    if (stop < 0 || stop > limit) stop = limit;
    const line = text.slice(pos, stop);
    if (!ROW_START.test(line) || LIST_MARK.test(line)) break;
    const starts = cellStarts(line);
    // The first row is full, a member in each column: what says the line above is a table's header.
    if (end < 0 && starts.length !== roles.length) return null;
    const cells = starts.map((at, i, all) => parsePersonList(text, pos + at, pos + (all[i + 1] ?? line.length)));
    cells.forEach((entries, i) => lists[Math.min(i, lists.length - 1)]!.entries.push(...entries));
    end = stop;
    pos = stop + 1;
  }
  return end < 0 ? null : { lists: lists.filter((l) => l.entries.length), end };
}

/** Where each member of a row starts in its line: at each civility not naming a proxy's holder. */
function cellStarts(line: string): number[] {
  const starts = [line.length - line.trimStart().length];
  CIVILITY.lastIndex = 0;
  for (let m = CIVILITY.exec(line); m; m = CIVILITY.exec(line)) {
    if (m.index > starts[0]! && !HOLDER_LEAD.test(m[1]!)) starts.push(m.index);
  }
  return starts;
}
