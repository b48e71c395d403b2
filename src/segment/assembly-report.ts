/**
 * A report its author puts to the assembly before it sits ("RAPPORT N° 4-07", "OBJET : …", "Mes
 * chers Collègues, …", "Je vous prie de bien vouloir en délibérer."), no decision in it: its letterhead
 * and its sitting's line are its preamble, the report runs from its rank (or its subject) to the
 * formula that asks the assembly to deliberate.
 */
import { REPORT_CLOSING } from '../text/cues.ts';
import type { SectionClaim } from './sections.ts';

/** The report's rank ("RAPPORT N° 4-07"), or else its subject's label, where the report opens. */
const REPORT_OPENING = /(?<![\p{L}])(?:RAPPORT|Rapport)[ \t]+(?:N°|n°)[ \t]*\S|(?<=^|\n)[ \t]*(?:OBJET|Objet)[ \t]*:/u;
/** How far into the text the report's rank may stand. */
const OPENING_ZONE = 2_000;

/** The preamble and the report of such a text, or none when it has no rank or subject before its closing formula. */
export function assemblyReportClaims(text: string): SectionClaim[] {
  const closing = REPORT_CLOSING.exec(text);
  const opening = REPORT_OPENING.exec(text.slice(0, Math.min(OPENING_ZONE, closing?.index ?? 0)));
  if (!closing || !opening) return [];
  const start = opening.index + (opening[0].length - opening[0].trimStart().length);
  const claims: SectionClaim[] = [{ kind: 'report', item: null, start, end: closing.index + closing[0].length }];
  const preambleEnd = text.slice(0, start).trimEnd().length;
  if (preambleEnd > 0) claims.unshift({ kind: 'preamble', item: null, start: 0, end: preambleEnd });
  return claims;
}
