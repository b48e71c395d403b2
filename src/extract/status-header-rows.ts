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
import { memberStarts } from './two-column-lists.ts';

type Role = Exclude<AttendanceRole, 'secretary'>;
/** "Excusé", "Excusée", "Excusé(e)s": the inclusive endings of an export. */
const ENDINGS = String.raw`(?:e|\(e\))?(?:s|\(s\))?`;
/** Each status label, and the role of its column. */
const STATUS_LABELS: ReadonlyArray<readonly [string, Role]> = [
  [`pr[ée]sent${ENDINGS}`, 'present'],
  [`repr[ée]sent[ée]${ENDINGS}|pouvoirs?|procurations?`, 'represented'],
  [`excus[ée]${ENDINGS}`, 'excused'],
  [`absent${ENDINGS}`, 'absent'],
];
const LABEL_ROLES = STATUS_LABELS.map(([source, role]) => [new RegExp(`^(?:${source})$`, 'iu'), role] as const);
const LABEL = STATUS_LABELS.map(([source]) => source).join('|');
/** A line of two to four status labels and nothing else. */
const HEADER_LINE = new RegExp(String.raw`^[ \t]*(?:${LABEL})(?:[ \t]+(?:${LABEL})){1,3}[ \t]*$`, 'gimu');
/** A status and its qualifier, one list's heading ("Absents excusés"). */
const COMPOUND = /absent(?:e|\(e\))?(?:s|\(s\))?[ \t]+(?:excus|repr)/iu;
/** The cells of a flattened row are set apart by spaces only: a comma makes it a list. */
const LIST_MARK = /[,;]/;

export interface StatusRows {
  lists: Array<{ role: Role; entries: ListEntry[] }>;
  /** The header line's start, the last row's end. */
  start: number;
  end: number;
}

/** The first such table between `from` and `limit`, or null. */
export function statusHeaderRows(text: string, from: number, limit: number): StatusRows | null {
  HEADER_LINE.lastIndex = from;
  for (let m = HEADER_LINE.exec(text); m && m.index < limit; m = HEADER_LINE.exec(text)) {
    const roles = m[0].trim().split(/[ \t]+/).map((w) => LABEL_ROLES.find(([re]) => re.test(w))![1]);
    // "Absents excusés", "Absents représentés": one heading of one list, not two columns.
    if (new Set(roles).size !== roles.length || COMPOUND.test(m[0])) continue;
    const read = rowsUnder(text, m.index + m[0].length + 1, limit, roles);
    if (read) return { ...read, start: m.index };
  }
  return null;
}

function rowsUnder(text: string, from: number, limit: number, roles: Role[]): Omit<StatusRows, 'start'> | null {
  const lists = roles.map((role) => ({ role, entries: [] as ListEntry[] }));
  let end = -1;
  for (let pos = from; pos < limit; ) {
    let stop = text.indexOf('\n', pos);
    if (stop < 0 || stop > limit) stop = limit;
    const line = text.slice(pos, stop);
    // A row opens on a member's civility.
    const starts = LIST_MARK.test(line) ? null : memberStarts(line);
    if (!starts) break;
    // The first row is full, a member in each column: what says the line above is a table's header.
    if (end < 0 && starts.length !== roles.length) return null;
    const cells = starts.map((at, i, all) => parsePersonList(text, pos + at, pos + (all[i + 1] ?? line.length)));
    cells.forEach((entries, i) => lists[Math.min(i, lists.length - 1)]!.entries.push(...entries));
    end = stop;
    pos = stop + 1;
  }
  return end < 0 ? null : { lists: lists.filter((l) => l.entries.length), end };
}
