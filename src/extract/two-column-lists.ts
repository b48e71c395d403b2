/**
 * Attendance lists printed in two columns side by side, as a text layer or OCR gives them back,
 * each line of the page holding a line of each column with a single space between:
 *
 *   PRESENTS : ABSENTS AYANT DONNE PROCURATION :
 *   M. Philippe ESTRADE, Maire Mme Monique TOURNIER à Mme Corinne SABATHIER
 *   Mme Nathalie BOUSQUET, Adjointe ABSENT EXCUSE :
 *   M. Bruno LAFFONT, Adjoint M. Gérard LACOSTE
 *   M. Alain FOURCADE
 *
 * Two headings on one line say so. Each line under them is cut where the right column starts:
 * at a heading, or at the civility that opens a second member (not one after "à", "par": that
 * is a proxy's holder). A line naming one member only is the left column's, the longer one.
 */
import type { ListEntry } from './persons.ts';
import { parsePersonList } from './persons.ts';

/** What this module needs of a list heading found by the cues. */
export interface ColumnCue {
  start: number;
  contentStart: number;
}

/**
 * A civility opening a member, with what stands before it (a proxy's link, or not). Every civility
 * opens on "M": the first lookahead says so, for V8 to skip to them instead of running the
 * lookbehind at every offset (0.33 of the time, micro over corpus and fixture texts).
 */
const CIVILITY = /(?=M)(?<=([^\s]*)[ \t]+)(?:M\.|Mme|Mlle|MM\.|Monsieur|Madame)[ \t]/gu;
/** The words after which a civility names a proxy's holder, not a second member. */
const HOLDER_LEAD = /^(?:[àa]|par|de|pouvoir|procuration)$/iu;

export interface ColumnLists<C extends ColumnCue> {
  /** The entries read under each heading, in the order of the headings. */
  lists: Array<{ cue: C; entries: ListEntry[] }>;
  start: number;
  end: number;
}

/** The two-column lists opening at a line with two headings, or null. `cues` in text order. */
export function twoColumnLists<C extends ColumnCue>(text: string, cues: readonly C[], limit: number): ColumnLists<C> | null {
  for (let i = 0; i + 1 < cues.length; i++) {
    const left = cues[i]!;
    const right = cues[i + 1]!;
    // The two headings share their line, nothing between the first's colon and the second.
    if (text.slice(left.start, right.start).includes('\n') || text.slice(left.contentStart, right.start).trim()) continue;
    // The second heading closes its line: its list is under it, as the first's.
    const headEnd = lineEnd(text, right.start, limit);
    if (!/[:：][ \t]*$/u.test(text.slice(right.start, headEnd))) continue;
    return readColumns(text, cues, left, right, headEnd + 1, limit);
  }
  return null;
}

function lineEnd(text: string, at: number, limit: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 || end > limit ? limit : end;
}

function readColumns<C extends ColumnCue>(text: string, cues: readonly C[], left: C, right: C, from: number, limit: number): ColumnLists<C> | null {
  const lists = new Map<C, ListEntry[]>([[left, []], [right, []]]);
  let rightCue = right;
  let end = from;
  const perLine = leftMembersPerLine(text, cues, from, limit);
  for (let pos = from; pos < limit; ) {
    const stop = lineEnd(text, pos, limit);
    const line = text.slice(pos, stop);
    if (!line.trim()) break;
    // A heading inside the line opens the right column's next list.
    const heading = cues.find((c) => c.start > pos && c.start < stop && text.slice(pos, c.start).trim());
    // A line that names no member and opens no list closes the lists ("Secrétaire de séance : …", "Le Conseil Municipal,").
    if (!heading && PAST_THE_LISTS.test(line)) break;
    if (heading) {
      lists.set(heading, lists.get(heading) ?? []);
      rightCue = heading;
    }
    const second = heading ? null : rightColumnAt(line, perLine);
    const cut = heading ? heading.start : second === null ? stop : pos + second;
    lists.get(left)!.push(...parsePersonList(text, pos, cut));
    if (second !== null) lists.get(rightCue)!.push(...parsePersonList(text, cut, stop));
    end = stop;
    pos = stop + 1;
  }
  const entries = [...lists.values()].reduce((n, l) => n + l.length, 0);
  if (entries < 3) return null;
  return { lists: [...lists].map(([cue, list]) => ({ cue, entries: list })), start: left.start, end };
}

/**
 * Where the right column starts in a line: the civility of the member after the left column's
 * `perLine`, or null.
 */
function rightColumnAt(line: string, perLine: number): number | null {
  return memberStarts(line)?.[perLine] ?? null;
}

/**
 * A line opening on a capitalised word then a word not in capitals, or a label's colon ("Secrétaire
 * de séance :", "Le Conseil Municipal,"): no member's. Not a civility, nor a given name before a
 * family name in capitals ("Jean DUPONT"), nor one cut by the line's end ("Edmond, MULLER …").
 */
const PAST_THE_LISTS = /^[ \t]*(?!(?:M\.|Mme|Mlle|MM\.|Monsieur|Madame)[ \t])\p{Lu}\p{Ll}+(?:[ \t]+(?!\p{Lu}{2})\S|[ \t]*:)/u;

/**
 * How many members the left column holds a line: its lists may run on, commas between them ("M.
 * X, Maire, Mme Y," beside "Mme Z (pouvoir à …)"). Read where a heading inside a line shows where
 * the left column stops; one where none does.
 */
function leftMembersPerLine(text: string, cues: readonly ColumnCue[], from: number, limit: number): number {
  let most = 0;
  for (const cue of cues) {
    if (cue.start <= from || cue.start >= limit) continue;
    const lineStart = text.lastIndexOf('\n', cue.start - 1) + 1;
    const before = text.slice(lineStart, cue.start);
    if (before.trim()) most = Math.max(most, memberStarts(before)?.length ?? 0);
  }
  return Math.max(1, most);
}

/**
 * Where each member of a line opening on a civility starts: at that civility, and at each later
 * one that does not name a proxy's holder ("… à Mme X"). Null when the line opens on none.
 */
export function memberStarts(line: string): number[] | null {
  const first = /^[ \t]*(?:M\.|Mme|Mlle|MM\.|Monsieur|Madame)[ \t]/u.exec(line);
  if (!first) return null;
  const starts = [line.length - line.trimStart().length];
  CIVILITY.lastIndex = first[0].length;
  for (let m = CIVILITY.exec(line); m; m = CIVILITY.exec(line)) {
    if (!HOLDER_LEAD.test(m[1]!)) starts.push(m.index);
  }
  return starts;
}
