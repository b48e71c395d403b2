/**
 * A syndicate's delegates in a table a commune a row, as a website or a word processor lays it
 * out: "Commune | Délégués titulaires | Délégué suppléant", each row the commune, its members
 * (their absence said between brackets: "(excusée)", "(absent)", "(pouvoir à M. CLAUDEL)"), then
 * its substitutes, who sat only where a sentence after the table says so ("Mme THIRIET était
 * suppléée par M. MANGIN et M. MATHIEU par M. GEORGEL").
 */
import type { Person, Span } from '../schema/minutes.ts';
import type { LineLayout } from '../text/layout.ts';
import { fold } from '../text/fuzzy.ts';
import { SUBSTITUTED_BY, TO_HOLDER } from '../text/cues.ts';
import { parsePersonList, type ListEntry } from './persons.ts';

/** The header: the communes' column, the members', the substitutes'. */
const HEADER = /^[ \t]*communes?[ \t]+d[ée]l[ée]gu[ée](?:\(e\))?s?(?:\(s\))?[ \t]+titulaires?(?:\(s\))?[ \t]+d[ée]l[ée]gu[ée](?:\(e\))?s?(?:\(s\))?[ \t]+suppl[ée]ant(?:\(e\)|e)?s?(?:\(s\))?[ \t]*$/imu;
/** A row's cells as laid out: tabs, or two spaces and more. */
const CELL_BREAK = /\t+|[ \t]{2,}/;
/** A civility opening a name. */
const CIVILITY = /(?<![\p{L}])(?:M\.|Mme|Mlle|MM\.)[ \t]/u;
/** A name with its civility; and where a pair's last name ends, before what follows it in the sentence. */
const NAMED = String.raw`((?:M\.|Mme|Mlle)[ \t]+[\p{L}'’ -]+?)`;
const NAME_END = String.raw`(?=[ \t]*(?:,|\.|[ \t]et[ \t]|$))`;
/** "Mme X était suppléée par M. Y". */
const SUBSTITUTION = new RegExp(String.raw`${NAMED}[ \t]+(?:[ée]tait|a[ \t]+[ée]t[ée])[ \t]+${SUBSTITUTED_BY}[ \t]+${NAMED}${NAME_END}`, 'gu');
/** Each "et M. Z par M. W" after it, read on from where the last pair ended. */
const FURTHER_PAIR = new RegExp(String.raw`[ \t]+et[ \t]+${NAMED}[ \t]+par[ \t]+${NAMED}${NAME_END}`, 'uy');
/** How far after the table the sentence naming who sat for whom may stand. */
const SUBSTITUTION_REACH = 400;
/** Fewer rows than this are no table. */
const MIN_ROWS = 2;

/** The first such table in text[from, to): its members with their statuses, the substitutes who sat, and its span. */
export function delegatesTable(text: string, from: number, to: number, layout: LineLayout | undefined): { entries: ListEntry[]; span: Span } | null {
  const zone = text.slice(from, to);
  if (!/suppl/iu.test(zone)) return null;
  const header = HEADER.exec(zone);
  if (!header) return null;
  const entries: ListEntry[] = [];
  let pos = from + header.index + header[0].length + 1;
  let rows = 0;
  let end = pos;
  while (pos < to) {
    const lineEnd = text.indexOf('\n', pos) < 0 ? text.length : text.indexOf('\n', pos);
    const line = text.slice(pos, lineEnd);
    const members = membersCell(line, layout);
    if (!members) break;
    entries.push(...parsePersonList(text, pos + members.start, pos + members.end).map((e) => withProxy(text, e)));
    rows++;
    end = lineEnd;
    pos = lineEnd + 1;
  }
  if (rows < MIN_ROWS) return null;
  return { entries: withSubstitutes(text, end, Math.min(text.length, end + SUBSTITUTION_REACH), entries), span: { start: from + header.index, end } };
}

/**
 * Where a row's members stand in `line`: after the commune (the cell before the first
 * civility), up to the substitutes' cell (its own cell as laid out, else the first name after
 * the members' that no comma joins to them). Null for a line that is no such row.
 */
function membersCell(line: string, layout: LineLayout | undefined): { start: number; end: number } | null {
  const first = CIVILITY.exec(line);
  if (!first || first.index === 0 || /[.:;]/.test(line.slice(0, first.index).replace(/\b(?:St|Ste)\./g, ''))) return null;
  const start = first.index;
  const raw = layout?.(line);
  const cells = raw ? raw.trim().split(CELL_BREAK) : null;
  if (cells && cells.length >= 3) {
    const at = line.indexOf(cells[2]!.split(/\s+/)[0]!, start);
    if (at > start) return { start, end: at };
  }
  // Each member after a comma; a name after a space and no comma is the substitutes' cell.
  let end = line.length;
  for (const m of line.slice(start + 1).matchAll(new RegExp(CIVILITY.source, 'gu'))) {
    const at = start + 1 + m.index!;
    if (!/[,;][ \t]*$/.test(line.slice(0, at))) {
      end = at;
      break;
    }
  }
  return { start, end };
}

/** "Mme Monique HENRY (pouvoir à M. CLAUDEL)": the member represented, the holder named between the brackets. */
const PROXY_NOTE = new RegExp(String.raw`^[ \t]*\([ \t]*${TO_HOLDER}[ \t]+([^()\n]+?)[ \t]*\)`, 'iu');

function withProxy(text: string, entry: ListEntry): ListEntry {
  const end = entry.person.span?.end;
  const note = end === undefined || entry.proxy ? null : PROXY_NOTE.exec(text.slice(end, end + 80));
  if (!note) return entry;
  const at = end! + note[0].indexOf(note[1]!);
  const holder = parsePersonList(text, at, at + note[1]!.length)[0]?.person;
  return holder ? { person: entry.person, status: null, proxy: holder } : entry;
}

/** The entries with each member a substitute sat for replaced by that substitute, present. */
function withSubstitutes(text: string, from: number, to: number, entries: ListEntry[]): ListEntry[] {
  const pairs: Array<[string, string]> = [];
  const zone = text.slice(from, to);
  for (const m of zone.matchAll(SUBSTITUTION)) {
    pairs.push([m[1]!, m[2]!]);
    FURTHER_PAIR.lastIndex = m.index + m[0].length;
    for (let f = FURTHER_PAIR.exec(zone); f; f = FURTHER_PAIR.exec(zone)) pairs.push([f[1]!, f[2]!]);
  }
  if (!pairs.length) return entries;
  const surname = (s: string) => fold(s.trim().split(/\s+/).at(-1)!);
  let out = entries;
  for (const [member, substitute] of pairs) {
    const gone = surname(member);
    if (!out.some((e) => fold(e.person.surname) === gone)) continue;
    const at = text.indexOf(substitute, from);
    const sat: Person | undefined = at >= 0 ? parsePersonList(text, at, at + substitute.length)[0]?.person : undefined;
    out = out.filter((e) => fold(e.person.surname) !== gone);
    if (sat) out.push({ person: sat, status: null, proxy: null });
  }
  return out;
}
