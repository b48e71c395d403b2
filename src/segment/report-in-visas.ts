/**
 * The report a decision quotes among its visas: "Vu le rapport du 5 juin 2024, par lequel monsieur
 * le Président expose ce qui suit :" (a métropole's deliberation), "Vu le rapport n° 3-12 de M. le
 * Président :" (a département's), the report's paragraphs printed after it, then the visas go on
 * ("Vu ledit dossier ;", "Entendu M. X, rapporteur …", "Après en avoir délibéré, DECIDE :"). Those
 * paragraphs are the report, though they stand inside the decision's formula.
 */
import type { Span } from '../schema/minutes.ts';

/** The visa that opens the report: a report "seen", its line closed by a colon. */
const REPORT_VISA = /(?:^|\n)[ \t]*Vu[ \t]+(?:le|son|ledit)[ \t]+rapport\b[^\n]*:[ \t]*(?=\n)/u;

/**
 * The lines that take the decision's formula up again after the report: a visa, an opinion heard,
 * the deliberation, its verb. Read as a table of line openings, OCR's accents either way.
 */
const FORMULA_GOES_ON = [
  'Vu\\b',
  'Entendu\\b',
  'Ou[iï]\\b',
  'Apr[eèé]s\\s+(?:en\\s+)?avoir\\b',
  'Consid[ée]rant\\b',
  'D[ée]lib[èe]re\\b',
  'D[ÉE]LIB[ÈE]RE\\b',
  'D[ée]cide\\b',
  'D[ÉE]CIDE\\b',
  'Le\\s+Conseil\\b[^\\n]*(?:d[ée]lib[ée]r|d[ée]cide)',
];
const GOES_ON = new RegExp(`\\n[ \\t]*(?:${FORMULA_GOES_ON.join('|')})`, 'u');

/** Below this a colon's visa quotes a line or two, no report ("Vu le rapport de présentation :" / "- …"). */
const MIN_REPORT = 300;

/** The report quoted inside the decision text[start, end), or null when its visas quote none. */
export function reportAmongVisas(text: string, start: number, end: number): Span | null {
  const body = text.slice(start, end);
  if (!body.includes('rapport')) return null;
  const visa = REPORT_VISA.exec(body);
  if (!visa) return null;
  const from = visa.index + visa[0].length;
  const goesOn = GOES_ON.exec(body.slice(from));
  if (!goesOn) return null;
  const to = from + goesOn.index;
  const quoted = body.slice(from, to);
  if (quoted.trim().length < MIN_REPORT) return null;
  return { start: start + from + quoted.search(/\S/), end: start + to };
}
