/**
 * A report divided into numbered parts ("1 - Bilan de l'année 2013", "2 - Conventions 2014")
 * under the subject of one deliberation: the parts are not items. What tells them from the
 * points of an agenda is the vote: points are voted one by one, the parts of a report are voted
 * once, after the last.
 */
import type { Heading } from '../segment/headings.ts';
import { readVote } from './vote.ts';

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

/** The rank of an ordinal ("1", "2°", "III", "B"), or null. */
function rank(number: string | null): number | null {
  if (!number) return null;
  if (/^\d{1,2}°?$/.test(number)) return parseInt(number, 10);
  if (/^[IVX]+$/.test(number)) {
    let n = 0;
    for (let i = 0; i < number.length; i++) {
      const v = ROMAN[number[i]!]!;
      n += v < (ROMAN[number[i + 1] ?? ''] ?? 0) ? -v : v;
    }
    return n;
  }
  if (/^[A-H]$/.test(number)) return number.charCodeAt(0) - 64;
  return null;
}

/**
 * The headings without the parts of a report: a run of ordinals counting from one, right under
 * a heading of another kind, none of which but the last is followed by a vote, and that heading
 * itself not voted before the run.
 */
export function withoutReportParts(text: string, headings: readonly Heading[], docEnd: number): Heading[] {
  const out: Heading[] = [];
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i]!;
    out.push(h);
    if (h.scheme === 'ordinal' || headings[i + 1]?.scheme !== 'ordinal' || rank(headings[i + 1]!.number) !== 1) continue;
    let j = i + 1;
    while (headings[j + 1]?.scheme === 'ordinal' && rank(headings[j + 1]!.number) === rank(headings[j]!.number)! + 1) j++;
    if (j === i + 1) continue;
    const voted = (from: number, to: number) => readVote(text, from, to).stated;
    let parts = !voted(h.end, headings[i + 1]!.start);
    for (let k = i + 1; parts && k < j; k++) parts = !voted(headings[k]!.end, headings[k + 1]!.start);
    // The vote after the last part closes the whole: without it, these are points of an agenda
    // that were only discussed.
    if (parts && voted(headings[j]!.end, headings[j + 1]?.start ?? docEnd)) i = j;
  }
  return out;
}
