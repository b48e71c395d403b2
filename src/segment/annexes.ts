/**
 * The annex printed after an extract of one deliberation ("ANNEXE A LA DELIBERATION N° 2007/12",
 * then the budget's parts "II - PRESENTATION GENERALE", "IV - ANNEXES", its chapters in capitals):
 * its headings are the annex's, no deliberations of the sitting.
 */
import type { Heading } from './headings.ts';
import { lowerOf } from '../text/caseless.ts';

/** An extract's title, in its opening. Lower-cased text. */
const EXTRACT_TITLE = /extrait\s+(?:du\s+|des\s+)?(?:registre|proc[èe]s[- ]verbal|d[ée]lib[ée]rations?)/u;
const EXTRACT_OPENING = 1500;
/** The annex's own title on a line of its own. */
const ANNEX_TITLE = /(?:^|[\n\f])[ \t]*ANNEXE\s+(?:[ÀA]|N°\s?\d+\s+[ÀA])\s+LA\s+D[ÉE]LIB[ÉE]RATION\b[^\n]*/u;

/** `headings` without those of an extract's annex; `headings` itself when there is none. */
export function withoutAnnexHeadings(text: string, headings: Heading[]): Heading[] {
  if (!headings.length || !EXTRACT_TITLE.test(lowerOf(text).slice(0, EXTRACT_OPENING))) return headings;
  const annex = ANNEX_TITLE.exec(text.slice(headings[0]!.end));
  if (!annex) return headings;
  const at = headings[0]!.end + annex.index;
  return headings.filter((h) => h.start < at);
}
