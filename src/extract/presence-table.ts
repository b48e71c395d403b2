/**
 * An attendance table flattened one member a line, the member's presence in the last column:
 * "FABRE Josiane présente", "ESCANDE Paul excusé – pouvoir à Mme COUDERC", "ROQUES Yvan absent".
 * No heading names the lists: each row says which one its member is in.
 */
import type { Span } from '../schema/minutes.ts';
import { parsePersonList, type ListEntry } from './persons.ts';
import { STATUS_WORDS } from '../text/cues.ts';

/** A row: the name, then its presence, then maybe who holds the member's proxy. */
const ROW =
  /^[ \t]*(\S.*?)[ \t]+(pr[ée]sente?s?|absente?s?|excus[ée]e?s?|repr[ée]sent[ée]e?s?)(?:[ \t]*[-–—,:][ \t]*(?:pouvoir|procuration|repr[ée]sent[ée]e?)[ \t]+(?:à|a|par)[ \t]+(\S.*?))?[ \t.]*$/iu;

/** Fewer rows than this are sentences that happen to end on "présent". */
const MIN_ROWS = 3;

/** The first presence table in text[from, to): its members, each with their status, and its span. */
export function presenceTable(text: string, from: number, to: number): { entries: ListEntry[]; span: Span } | null {
  let rows: Array<{ entry: ListEntry; start: number; end: number }> = [];
  const done = () => (rows.length >= MIN_ROWS ? { entries: rows.map((r) => r.entry), span: { start: rows[0]!.start, end: rows[rows.length - 1]!.end } } : null);
  for (let pos = from; pos < to; ) {
    let end = text.indexOf('\n', pos);
    if (end < 0 || end > to) end = to;
    const m = ROW.exec(text.slice(pos, end));
    const entry = m && rowEntry(text, pos, m);
    if (entry) {
      rows.push({ entry, start: pos + (m![0].length - m![0].trimStart().length), end });
    } else if (rows.length) {
      const table = done();
      if (table) return table;
      rows = [];
    }
    pos = end + 1;
  }
  return done();
}

function rowEntry(text: string, lineStart: number, m: RegExpExecArray): ListEntry | null {
  const nameEnd = lineStart + m.index + m[0].indexOf(m[2]!, m[1]!.length);
  const people = parsePersonList(text, lineStart, nameEnd).map((e) => e.person);
  if (people.length !== 1 || !/\p{Lu}{2}/u.test(people[0]!.surname)) return null;
  const word = m[2]!.toLowerCase();
  let proxy = null;
  if (m[3]) {
    const at = lineStart + m.index + m[0].lastIndexOf(m[3]);
    proxy = parsePersonList(text, at, at + m[3].length).map((e) => e.person)[0] ?? null;
  }
  // "présent" and "représenté" are in no status list: the member is present, or represented.
  const status = proxy ? null : (STATUS_WORDS.find(([re]) => re.test(word))?.[1] ?? null);
  return { person: people[0]!, status, proxy };
}
