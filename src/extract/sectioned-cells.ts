/**
 * An attendance table a software exported one cell a line, its members grouped under headings
 * that say their presence, its columns labelled once under the first, no column of presence:
 *
 *   Membres présents        Membres absents
 *   Nom                     HOLTZ
 *   Prénom                  Raymond
 *   Qualité                 excusé - procuration à M. BECKER Marcel
 *   KIEFFER                 LANG
 *   Joseph                  Francis
 *   Maire                   excusé
 *
 * A row is as many lines as there are labels: the family name in capitals, the given name, the
 * office; under the absent's heading, the last cell says why (excused, a proxy and its holder).
 */
import type { Person, Span } from '../schema/minutes.ts';
import { parsePersonList, type ListEntry } from './persons.ts';
import { TO_HOLDER } from '../text/cues.ts';
import { trimmedLines, type TrimmedLine } from '../text/lines.ts';

/** A group's heading alone on its line, and whether its members sat. */
const GROUP_HEADINGS: ReadonlyArray<readonly [RegExp, boolean]> = [
  [/^(?:membres?|conseillers?(?:\s+municipaux)?|d[ée]l[ée]gu[ée]s?)\s+pr[ée]sents?$/iu, true],
  [/^(?:membres?|conseillers?(?:\s+municipaux)?|d[ée]l[ée]gu[ée]s?)\s+absents?(?:\s+ou\s+excus[ée]s)?$/iu, false],
];
/** The columns' labels one a line: the family name's first, then the given name's, then notes. */
const NAME_LABEL = /^noms?$/iu;
const GIVEN_LABEL = /^pr[ée]noms?$/iu;
const NOTE_LABEL = /^(?:qualit[ée]s?|fonctions?|observations?|motifs?)$/iu;
/** A family name alone in its cell, in capitals; a given name, a capital then small letters. */
const SURNAME_CELL = /^\p{Lu}[\p{Lu}'’ -]*\p{Lu}$/u;
const GIVEN_CELL = /^\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ -]\p{Lu}\p{Ll}[\p{L}'’-]*)?$/u;
/** Why a member was away, in the last cell. */
const PROXY_NOTE = new RegExp(`${TO_HOLDER}\\s+(.+)$`, 'iu');
const NOT_EXCUSED_NOTE = /non\s+excus[ée]/iu;
const EXCUSED_NOTE = /excus[ée]/iu;
const LABELS_LINES = /\n[ \t]*noms?[ \t]*\n[ \t]*pr[ée]noms?[ \t]*\n/iu;
/** Fewer rows than this are no table. */
const MIN_ROWS = 3;

type Line = TrimmedLine;

/** The table in text[from, to): its members with their statuses, and its span; null when there is none. */
export function sectionedCells(text: string, from: number, to: number): { entries: ListEntry[]; span: Span } | null {
  // The cheap test first: the labels "Nom" / "Prénom" on lines of their own.
  if (!LABELS_LINES.test(text.slice(from, to))) return null;
  const lines = trimmedLines(text, from, to);
  for (let i = 0; i < lines.length; i++) {
    const sat = groupOf(lines[i]!.text);
    if (sat === null) continue;
    const columns = labelsAt(lines, i + 1);
    if (!columns) continue;
    const entries: ListEntry[] = [];
    let present = sat;
    let k = i + 1 + columns;
    let last = lines[k - 1]!;
    while (k + columns <= lines.length) {
      const group = groupOf(lines[k]!.text);
      if (group !== null) {
        present = group;
        k++;
        continue;
      }
      const entry = rowAt(text, lines.slice(k, k + columns), present);
      if (!entry) break;
      entries.push(entry);
      last = lines[k + columns - 1]!;
      k += columns;
    }
    if (entries.length >= MIN_ROWS) return { entries, span: { start: lines[i]!.start, end: last.start + last.text.length } };
  }
  return null;
}

function groupOf(line: string): boolean | null {
  return GROUP_HEADINGS.find(([re]) => re.test(line))?.[1] ?? null;
}

/** How many labels stand one a line from `at`: the family name's, the given name's, then notes; 0 for none such. */
function labelsAt(lines: readonly Line[], at: number): number {
  if (!NAME_LABEL.test(lines[at]?.text ?? '') || !GIVEN_LABEL.test(lines[at + 1]?.text ?? '')) return 0;
  let n = 2;
  while (NOTE_LABEL.test(lines[at + n]?.text ?? '')) n++;
  return n;
}

function rowAt(text: string, cells: readonly Line[], present: boolean): ListEntry | null {
  const [surname, given] = cells;
  if (!surname || !given || !SURNAME_CELL.test(surname.text) || !GIVEN_CELL.test(given.text)) return null;
  const span = { start: surname.start, end: given.start + given.text.length };
  const person: Person = { raw: text.slice(span.start, span.end), civility: null, givenName: given.text, surname: surname.text, role: null, span };
  if (present) return { person, status: null, proxy: null };
  const note = cells[cells.length - 1]!;
  const holder = cells.length > 2 ? PROXY_NOTE.exec(note.text) : null;
  if (holder) {
    const at = note.start + note.text.length - holder[1]!.length;
    const proxy = parsePersonList(text, at, note.start + note.text.length)[0]?.person ?? null;
    if (proxy) return { person, status: null, proxy };
  }
  const excused = cells.length > 2 && EXCUSED_NOTE.test(note.text) && !NOT_EXCUSED_NOTE.test(note.text);
  return { person, status: excused ? 'excused' : 'absent', proxy: null };
}
