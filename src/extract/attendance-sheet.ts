/**
 * A sheet of attendance ("feuille d'émargement", "feuille de présence"): a row a member (maybe
 * their commune first), their name, their office, their signature where they came, "pouvoir à X"
 * or "excusé" where they did not. OCR reads a signature as a scrawl of marks and stray letters
 * ("~~/f~_", "A.T/ssot", "(SB"); a text layer has none, and there a row with no mark is a member
 * who came. Read only where the document has no lists of its own: the sheet is then its record
 * of who sat.
 */
import type { Attendance, Person, Represented } from '../schema/minutes.ts';
import { parsePersonList } from './persons.ts';
import { lowerOf } from '../text/caseless.ts';

/**
 * The sheet's title, opening its line or after a dash ("LISTE DES MEMBRES … - FEUILLE DE PRÉSENCE"); not one named in a
 * sentence or a note ("la liste d'émargement … est annexée", "cf. liste d'émargement"). Lower-cased text.
 */
const SHEET_TITLE = /(?:^|\n|[-–][ \t])[ \t]*(?:feuille\s+d['’]\s?[ée]margement|feuille\s+de\s+pr[ée]sence|liste\s+d['’]\s?[ée]margement|liste\s+de\s+pr[ée]sence)/u;
/** How far into the document its title may stand. */
const TITLE_ZONE = 1500;
/** The header of its columns: the names', then the signatures'. Lower-cased text. */
const SHEET_HEADER = /(?:^|\n)[^\n]*(?<![\p{L}])noms?(?![\p{L}])[^\n]*(?<![\p{L}])(?:signatures?|[ée]margement)(?![\p{L}])[^\n]*/u;
/** What closes the members' rows: the staff who attended, the counts. Lower-cased, trimmed line. */
const SHEET_END = /^(?:assistai(?:en)?t|[ée]galement\s+pr[ée]sents?|autres\s+pr[ée]sents|(?:nombre\s+de\s+)?membres\s+en\s+exercice|en\s+exercice|quorum|pr[ée]sents\s*:|nombre\s+de)/u;
/** A row's member: a family name in capitals, then the given name. */
const NAME_IN_ROW = /(?<![\p{L}])\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+)*[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*/u;
/** "pouvoir à D. Bourgeat", "procuration donnée à M. X". Lower-cased text. */
const PROXY = /(?:pouvoir|procuration)(?:\s+donn[ée]e?)?\s+(?:[àa]|au)(?![\p{L}])[ \t]*/u;
/** "excusé", as OCR may part it ("exc use"). Lower-cased text. */
const EXCUSED = /(?<![\p{L}])exc\s?us[ée]?e?s?(?![\p{L}])/u;
const ABSENT = /(?<![\p{L}])absente?s?(?![\p{L}])/u;
/** A scrawl: a mark no word of the row holds (an office's rank "1ère", "2ème" taken out first). */
const SCRAWL = /[^\p{L}\s'’.,:;-]/u;
const RANK = /(?<![\p{L}\d])\d{1,2}(?:er|ère|ere|e|ème|eme|è)(?![\p{L}])/gu;
/** Fewer rows than this are no sheet. */
const MIN_ROWS = 3;

interface Row {
  person: Person;
  /** The row's other cells, its wrapped lines with them. Lower-cased. */
  cells: string;
  /** Where "pouvoir à" ends in the text, to read the proxy from. */
  proxyAt: number | null;
}

/** Whether the document is an attendance sheet: its title says so in its head. */
export function isAttendanceSheet(text: string): boolean {
  return SHEET_TITLE.test(lowerOf(text).slice(0, TITLE_ZONE));
}

/** The lists an attendance sheet gives, and where its rows run; null where the text is no such sheet. */
export function readAttendanceSheet(text: string): { attendance: Omit<Attendance, 'counts' | 'presentIncludesProxies'>; span: { start: number; end: number } } | null {
  if (!isAttendanceSheet(text)) return null;
  const lower = lowerOf(text);
  const header = SHEET_HEADER.exec(lower);
  if (!header) return null;
  const rows: Row[] = [];
  let at = header.index + header[0].length + 1;
  let end = at;
  for (; at < text.length; ) {
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(at, lineEnd);
    const trimmed = line.trim().toLowerCase();
    if (SHEET_END.test(trimmed)) break;
    const name = NAME_IN_ROW.exec(line);
    const person = name ? parsePersonList(text, at + name.index, at + name.index + name[0].length)[0]?.person : undefined;
    if (person) {
      rows.push({ person, cells: lower.slice(person.span!.end, lineEnd), proxyAt: null });
      end = lineEnd;
    } else if (rows.length && trimmed) {
      rows[rows.length - 1]!.cells += `\n${lower.slice(at, lineEnd)}`;
      end = lineEnd;
    }
    const row = rows[rows.length - 1];
    if (row && row.proxyAt === null) {
      const proxy = PROXY.exec(lower.slice(at, lineEnd));
      if (proxy) row.proxyAt = at + proxy.index + proxy[0].length;
    }
    at = lineEnd + 1;
  }
  if (rows.length < MIN_ROWS) return null;
  const scrawled = (row: Row) => SCRAWL.test(row.cells.replace(RANK, ''));
  // OCR gives the signatures as scrawls: a row without one was not signed. A text layer gives none.
  const signedSheet = rows.some(scrawled);
  const present: Person[] = [];
  const represented: Represented[] = [];
  const excused: Person[] = [];
  const absent: Person[] = [];
  for (const row of rows) {
    if (row.proxyAt !== null) represented.push({ person: row.person, proxy: proxyFrom(text, row.proxyAt) });
    else if (EXCUSED.test(row.cells)) excused.push(row.person);
    else if (ABSENT.test(row.cells)) absent.push(row.person);
    else if (!signedSheet || scrawled(row)) present.push(row.person);
    else absent.push(row.person);
  }
  return { attendance: { present, represented, excused, absent }, span: { start: header.index + (header[0].startsWith('\n') ? 1 : 0), end } };
}

/** The proxy named after "pouvoir à", on its line or the next ("pouvoir à" / "D. Bourgeat"). */
function proxyFrom(text: string, at: number): Person | null {
  const lineEnd = text.indexOf('\n', at);
  const sameLine = lineEnd < 0 ? text.slice(at) : text.slice(at, lineEnd);
  const from = sameLine.trim() ? at : lineEnd + 1;
  let to = text.indexOf('\n', from);
  if (to < 0) to = text.length;
  return parsePersonList(text, from, to)[0]?.person ?? null;
}
