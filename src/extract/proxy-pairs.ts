/**
 * Proxies given as a table of two columns under the list's heading, the givers on the left and
 * the holders on the right, each row one proxy:
 *
 *   ÉTAIENT ABSENTS ET REPRÉSENTÉS :
 *        MANDANTS                       MANDATAIRES
 *   Mme Josiane MARTINI                 M. Jean-Louis ANDREANI
 *
 * Normalization leaves one space between the columns; each row names two members, the giver first.
 */
import type { Person } from '../schema/minutes.ts';
import { fold } from '../text/fuzzy.ts';
import { parsePersonList, type ListEntry } from './persons.ts';
import { TO_HOLDER } from '../text/cues.ts';

const GIVERS = String.raw`(?:mandants?|donneurs?(?:\s+de\s+(?:pouvoir|procuration))?|ayant\s+donn[ée]\s+(?:pouvoir|procuration))`;
const HOLDERS = String.raw`(?:mandataires?|porteurs?(?:\s+(?:du|de)\s+(?:pouvoir|procuration))?|b[ée]n[ée]ficiaires?)`;
/** The header of such a table: the givers' label, then the holders'. */
const PAIR_HEADER = new RegExp(String.raw`^[ \t]*${GIVERS}[ \t]+${HOLDERS}[ \t]*$`, 'iu');
/** The givers' label alone on its line: the header read a cell a line ("Mandant" / "Mandataire"), and so its rows. */
const GIVERS_LABEL = new RegExp(String.raw`^[ \t]*${GIVERS}[ \t]*:?[ \t]*$`, 'iu');

/**
 * The holders' label alone under the heading, the givers' being the heading itself: the table
 * read a cell a line, each giver's line then its holder's ("ABSENTS REPRESENTES" / "POUVOIR A" /
 * "LECOINTRE Jean" / "CHARVET Louis").
 */
const HOLDER_LABEL = new RegExp(String.raw`^[ \t]*(?:${TO_HOLDER}|${HOLDERS})[ \t]*:?[ \t]*$`, 'iu');

/** The proxies of such a table opening at `from` (blank lines before its header allowed), or null. */
export function proxyPairs(text: string, from: number, to: number, present: readonly Person[] = []): { entries: ListEntry[]; end: number } | null {
  // The header itself was the list's heading ("Mandant Mandataire" right under the present list): its rows from `from`.
  const headStart = text.lastIndexOf('\n', from - 2) + 1;
  // Rows of one member each under a header on one line: the table read a cell a line all the same.
  if (PAIR_HEADER.test(text.slice(headStart, from).trimEnd())) return pairRows(text, from - 1, to) ?? pairsByLines(text, from - 1, to, present);
  let at = from;
  while (at < to && /\s/.test(text[at]!)) at++;
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0 || lineEnd > to) lineEnd = to;
  const header = text.slice(at, lineEnd);
  if (HOLDER_LABEL.test(header)) return pairsByLines(text, lineEnd, to, present);
  if (GIVERS_LABEL.test(header) && lineEnd < to) {
    let holdersEnd = text.indexOf('\n', lineEnd + 1);
    if (holdersEnd < 0 || holdersEnd > to) holdersEnd = to;
    if (HOLDER_LABEL.test(text.slice(lineEnd + 1, holdersEnd))) return pairsByLines(text, holdersEnd, to, present);
  }
  return PAIR_HEADER.test(header) ? (pairRows(text, lineEnd, to) ?? pairsByLines(text, lineEnd, to, present)) : columnUnderColumn(text, at, to);
}

/**
 * The givers a line each under the heading, then the holders' label alone ("Pouvoir à"), then as
 * many holders a line each: a table of two columns read one column after the other.
 */
function columnUnderColumn(text: string, from: number, to: number): { entries: ListEntry[]; end: number } | null {
  /** The one member text[start, end) names, or null. */
  const one = (start: number, end: number) => {
    const found = parsePersonList(text, start, end);
    return found.length === 1 ? found[0]!.person : null;
  };
  const givers: Person[] = [];
  const holders: Person[] = [];
  let labelled = false;
  let end = from;
  // A line at a time, the givers up to the label, then as many holders: asked of every list of proxies, it stops at the first line that is neither.
  for (let pos = from; pos < to && holders.length < givers.length + (labelled ? 0 : 1); ) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    if (!labelled && givers.length && HOLDER_LABEL.test(text.slice(pos, lineEnd))) labelled = true;
    else {
      const person = one(pos, lineEnd);
      if (!person) return null;
      (labelled ? holders : givers).push(person);
      end = lineEnd;
    }
    pos = lineEnd + 1;
  }
  if (!labelled || !givers.length || holders.length !== givers.length) return null;
  return { entries: givers.map((person, i) => ({ person, status: null, proxy: holders[i]! })), end };
}

/** A row a proxy after the header's line end `from`, the giver then the holder. */
function pairRows(text: string, from: number, to: number): { entries: ListEntry[]; end: number } | null {
  const entries: ListEntry[] = [];
  let end = from;
  for (let pos = from + 1; pos < to; ) {
    let rowEnd = text.indexOf('\n', pos);
    if (rowEnd < 0 || rowEnd > to) rowEnd = to;
    if (!text.slice(pos, rowEnd).trim()) break;
    const people = parsePersonList(text, pos, rowEnd);
    if (people.length !== 2) break;
    entries.push({ person: people[0]!.person, status: null, proxy: people[1]!.person });
    end = rowEnd;
    pos = rowEnd + 1;
  }
  return entries.length ? { entries, end } : null;
}

/**
 * One member a line from after `from`, each giver's line followed by its holder's; or, where that
 * reading makes givers of members listed present and the other does not, the column of givers
 * then the column of holders, as text extraction reads a table column by column ("TECHER" /
 * "ETHEVE" / … / "GRONDIN" / "NATIVEL" / …). Null unless two lines at least.
 */
function pairsByLines(text: string, from: number, to: number, present: readonly Person[]): { entries: ListEntry[]; end: number } | null {
  const people: Array<{ person: Person; end: number }> = [];
  for (let pos = from + 1; pos < to; ) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    if (!text.slice(pos, lineEnd).trim()) break;
    const found = parsePersonList(text, pos, lineEnd);
    if (found.length !== 1) break;
    people.push({ person: found[0]!.person, end: lineEnd });
    pos = lineEnd + 1;
  }
  const pairs = people.length - (people.length % 2);
  if (!pairs) return null;
  const sat = new Set(present.map((p) => fold(p.surname)));
  const isPresent = (p: Person) => sat.has(fold(p.surname));
  const half = pairs / 2;
  const byRows = Array.from({ length: half }, (_, i) => [people[2 * i]!.person, people[2 * i + 1]!.person] as const);
  const byColumns = Array.from({ length: half }, (_, i) => [people[i]!.person, people[half + i]!.person] as const);
  const columns = byRows.some(([giver]) => isPresent(giver)) && byColumns.every(([giver, holder]) => !isPresent(giver) && isPresent(holder));
  return { entries: (columns ? byColumns : byRows).map(([person, proxy]) => ({ person, status: null, proxy })), end: people[pairs - 1]!.end };
}
