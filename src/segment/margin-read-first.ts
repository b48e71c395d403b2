/**
 * A register whose margin a text layer or OCR gave whole before its body: the points' numbers and
 * subjects in a column ("N° 12/89" / "Compte administratif" / "1988" / "N° 13/89" / …) over the
 * sitting's opening, its lists, then the minutes with no heading, each point closed by the
 * sentence in which the body acts ("Le Comité, à l'unanimité des votants, approuve …"). Each
 * heading is set where its point's text opens: the body's start, then after each such sentence.
 */
import { actingSentences } from '../extract/articles.ts';
import type { Heading } from './headings.ts';

/** Fewer headings than this in the margin are no column of points read first. */
const MIN_POINTS = 2;
/** What may part two of the margin's notes: blank lines, a speck. */
const BETWEEN_NOTES = /^[\s.,;:|-]*$/u;

export function withMarginReadFirst(text: string, headings: readonly Heading[], bodyStart: number): Heading[] | null {
  if (headings.length < MIN_POINTS || headings.some((h) => h.number === null || h.end > bodyStart)) return null;
  for (let i = 1; i < headings.length; i++) if (!BETWEEN_NOTES.test(text.slice(headings[i - 1]!.end, headings[i]!.start))) return null;
  const acts = actingSentences(text, bodyStart, text.length);
  if (acts.length !== headings.length) return null;
  // Each point opens where the text goes on after the act before it (its first word past the spaces).
  const opens = [bodyStart, ...acts.slice(0, -1).map((a) => a.end + (/^\s*/u.exec(text.slice(a.end))?.[0].length ?? 0))];
  return headings.map((h, i) => ({ scheme: h.scheme, start: opens[i]!, end: opens[i]!, number: h.number, title: h.title }));
}
