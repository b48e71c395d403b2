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
 *
 * A table of the whole sitting names its members family name first, no civility, and pairs each
 * member who gave a proxy with its holder, on the same row:
 *
 *   PRESENTS ABSENTS AYANT DONNE POUVOIR MANDATAIRE ABSENTS
 *   VELLAYOUDOM Raymond BEGUE Lucien PAYET Jean-Louis ISSOP-BANIAN Youssouf
 *   GRONDIN Gilbert SERY Ange GRONDIN Gilbert
 *   K/BIDI Josette
 */
import type { AttendanceRole } from '../text/cues.ts';
import { parsePersonList, type ListEntry } from './persons.ts';
import { memberStarts } from './two-column-lists.ts';

type Role = Exclude<AttendanceRole, 'secretary'>;
/** A column of the holders of the proxies given on their rows: present members, read as such elsewhere. */
type Column = Role | 'holder';
/** "Excusé", "Excusée", "Excusé(e)s": the inclusive endings of an export. */
const ENDINGS = String.raw`(?:e|\(e\))?(?:s|\(s\))?`;
/** Each status label, and the role of its column; a label of several words before the word it opens with. */
const STATUS_LABELS: ReadonlyArray<readonly [string, Column]> = [
  [`pr[ée]sent${ENDINGS}`, 'present'],
  [String.raw`absent${ENDINGS}[ \t]+ayant[ \t]+donn[ée]${ENDINGS}[ \t]+(?:pouvoirs?|procurations?)`, 'represented'],
  [`repr[ée]sent[ée]${ENDINGS}|pouvoirs?|procurations?`, 'represented'],
  [`excus[ée]${ENDINGS}`, 'excused'],
  [`absent${ENDINGS}`, 'absent'],
  [`mandataires?`, 'holder'],
];
const LABEL_ROLES = STATUS_LABELS.map(([source, role]) => [new RegExp(`^(?:${source})$`, 'iu'), role] as const);
const LABEL = STATUS_LABELS.map(([source]) => source).join('|');
/** One label of a header line, read in turn from where the last one ended. */
const NEXT_LABEL = new RegExp(String.raw`[ \t]*(${LABEL})(?![\p{L}])`, 'iuy');
/**
 * A row of members written family name first, no civility ("PAYET Jean-Louis K/MAREC Alain"):
 * each a name in capitals, its words a space apart, then a given name in small letters.
 */
const FAMILY_FIRST = String.raw`\p{Lu}[\p{Lu}'’/-]*\p{Lu}(?:[ \t]\p{Lu}[\p{Lu}'’/-]*\p{Lu})*[ \t]+\p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}\p{Ll}[\p{Ll}'’]*)?`;
const FAMILY_FIRST_ROW = new RegExp(String.raw`^[ \t]*(?:${FAMILY_FIRST}(?:[ \t]+|$))+$`, 'u');
const FAMILY_FIRST_MEMBER = new RegExp(FAMILY_FIRST, 'gu');
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
    const roles = labelsOf(m[0]);
    // "Absents excusés", "Absents représentés": one heading of one list, not two columns.
    if (new Set(roles).size !== roles.length || COMPOUND.test(m[0])) continue;
    const read = rowsUnder(text, m.index + m[0].length + 1, limit, roles);
    if (read) return { ...read, start: m.index };
  }
  return null;
}

/** The columns of a header line, its labels read in turn. */
function labelsOf(line: string): Column[] {
  const roles: Column[] = [];
  NEXT_LABEL.lastIndex = 0;
  for (let m = NEXT_LABEL.exec(line); m; m = NEXT_LABEL.exec(line)) roles.push(LABEL_ROLES.find(([re]) => re.test(m![1]!))![1]);
  return roles;
}

/** Where each member of a row opens: on a civility, else on a family name written first. */
function rowStarts(line: string): number[] | null {
  if (LIST_MARK.test(line)) return null;
  const byCivility = memberStarts(line);
  if (byCivility) return byCivility;
  return FAMILY_FIRST_ROW.test(line) ? [...line.matchAll(FAMILY_FIRST_MEMBER)].map((m) => m.index!) : null;
}

function rowsUnder(text: string, from: number, limit: number, roles: Column[]): Omit<StatusRows, 'start'> | null {
  const lists = roles.map((role) => ({ role, entries: [] as ListEntry[] }));
  const holderAt = roles.indexOf('holder');
  const giverAt = roles.indexOf('represented');
  let end = -1;
  for (let pos = from; pos < limit; ) {
    let stop = text.indexOf('\n', pos);
    if (stop < 0 || stop > limit) stop = limit;
    const line = text.slice(pos, stop);
    const starts = rowStarts(line);
    if (!starts) break;
    // The first row is full, a member in each column: what says the line above is a table's header.
    if (end < 0 && starts.length !== roles.length) return null;
    const cells = starts.map((at, i, all) => parsePersonList(text, pos + at, pos + (all[i + 1] ?? line.length)));
    // The holder on the row of the member who gave the proxy.
    const holder = holderAt >= 0 ? cells[holderAt]?.[0]?.person : undefined;
    if (holder && giverAt >= 0) cells[giverAt] = cells[giverAt]!.map((e) => ({ ...e, proxy: e.proxy ?? holder }));
    cells.forEach((entries, i) => lists[Math.min(i, lists.length - 1)]!.entries.push(...entries));
    end = stop;
    pos = stop + 1;
  }
  if (end < 0) return null;
  return { lists: lists.filter((l): l is { role: Role; entries: ListEntry[] } => l.role !== 'holder' && l.entries.length > 0), end };
}

/**
 * The same table with its labels stacked a line each, the first the present's ("Présents" /
 * "Absents excusés" / "Absents"), and its cells a line each under them, the empty ones dropped:
 *
 *   Présents               ROUQUETTE Françoise     (row 1: present)
 *   Absents excusés        RAYNAUD Pierre          (row 1: excused)
 *   Absents                SOULIÉ Monique          (row 1: absent)
 *                          CABROL Henri            (row 2: present)
 *
 * Where a row ends is lost: only the count of the present says it. The present column is the
 * longest, so its names are as many as the count; the others are the first rows' other cells,
 * given to the columns from the left row after row. No count, or one the names cannot hold: null.
 */
const STACKED_LABELS: ReadonlyArray<readonly [RegExp, Role]> = [
  [new RegExp(`^pr[ée]sent${ENDINGS}$`, 'iu'), 'present'],
  [new RegExp(String.raw`^(?:absent${ENDINGS}[ \t]+)?excus[ée]${ENDINGS}$`, 'iu'), 'excused'],
  [new RegExp(String.raw`^(?:absent${ENDINGS}[ \t]+)?repr[ée]sent[ée]${ENDINGS}$|^pouvoirs?$|^procurations?$`, 'iu'), 'represented'],
  [new RegExp(String.raw`^absent${ENDINGS}(?:[ \t]+non[ \t]+excus[ée]${ENDINGS})?$`, 'iu'), 'absent'],
];
/** "Présents" alone on its line, the stacked labels' first. */
const STACKED_FIRST = new RegExp(String.raw`^[ \t]*pr[ée]sent${ENDINGS}[ \t]*$`, 'gimu');
const MAX_STACKED_LABELS = 4;
/** Fewer names than this under the labels are no table. */
const MIN_STACKED_NAMES = 3;

/** The first such table between `from` and `limit`, its present counted by `presentCount` over the text before it; null where none. */
export function stackedStatusRows(text: string, from: number, limit: number, presentCount: (at: number) => number | null): StatusRows | null {
  STACKED_FIRST.lastIndex = from;
  for (let m = STACKED_FIRST.exec(text); m && m.index < limit; m = STACKED_FIRST.exec(text)) {
    const roles: Role[] = ['present'];
    let pos = m.index + m[0].length + 1;
    for (; pos < limit && roles.length < MAX_STACKED_LABELS; ) {
      const stop = lineStop(text, pos, limit);
      const label = text.slice(pos, stop).trim();
      const role = STACKED_LABELS.find(([re]) => re.test(label))?.[1];
      if (!role || roles.includes(role)) break;
      roles.push(role);
      pos = stop + 1;
    }
    if (roles.length < 2) continue;
    const names: ListEntry[] = [];
    let end = -1;
    for (; pos < limit; ) {
      const stop = lineStop(text, pos, limit);
      const line = text.slice(pos, stop);
      // A label after the names ("Pouvoirs : …", "Secrétaire de séance : …") closes them.
      const people = LIST_MARK.test(line) || line.includes(':') || !line.trim() ? [] : parsePersonList(text, pos, stop);
      if (people.length !== 1 || !/\p{Lu}{2}/u.test(people[0]!.person.surname)) break;
      names.push(people[0]!);
      end = stop;
      pos = stop + 1;
    }
    const present = presentCount(m.index);
    if (names.length < MIN_STACKED_NAMES || present === null || present > names.length) return null;
    const lists = roles.map((role) => ({ role, entries: [] as ListEntry[] }));
    let away = names.length - present;
    for (let i = 0; i < names.length; ) {
      lists[0]!.entries.push(names[i++]!);
      for (let c = 1; c < lists.length && away > 0 && i < names.length; c++, away--) lists[c]!.entries.push(names[i++]!);
    }
    return { lists: lists.filter((l) => l.entries.length > 0), start: m.index, end };
  }
  return null;
}

function lineStop(text: string, pos: number, limit: number): number {
  const stop = text.indexOf('\n', pos);
  return stop < 0 || stop > limit ? limit : stop;
}
