/**
 * A report its author puts to the assembly before it sits ("RAPPORT N° 4-07", "OBJET : …", "Mes
 * chers Collègues, …", "Je vous prie de bien vouloir en délibérer."), no decision in it: its letterhead
 * and its sitting's line are its preamble, the report runs from its rank (or its subject) to the
 * formula that asks the assembly to deliberate; the draft printed after it, its decision.
 */
import { DRAFT_LINE, REPORT_CLOSING } from '../text/cues.ts';
import { lowerOf } from '../text/caseless.ts';
import type { SectionClaim } from './sections.ts';

/** The report's rank ("RAPPORT N° 4-07"), or else its subject's label, where the report opens. */
const REPORT_OPENING = /(?<![\p{L}])(?:RAPPORT|Rapport)[ \t]+(?:N°|n°)[ \t]*\S|(?<=^|\n)[ \t]*(?:OBJET|Objet)[ \t]*:/u;
/** Where an annex to the report opens, alone on its line or heading it ("ANNEXE AU RAPPORT N° …"). */
const ANNEX_LINE = /[\n\f][ \t]*(?:ANNEXES?|Annexes?)(?![\p{L}])/u;
/** How far into the text the report's rank may stand. */
const OPENING_ZONE = 2_000;

/** The preamble and the report of such a text, or none when it has no rank or subject before its closing formula. */
export function assemblyReportClaims(text: string): SectionClaim[] {
  const closing = REPORT_CLOSING.exec(text);
  const opening = REPORT_OPENING.exec(text.slice(0, Math.min(OPENING_ZONE, closing?.index ?? 0)));
  if (!closing || !opening) return [];
  const start = opening.index + (opening[0].length - opening[0].trimStart().length);
  const claims: SectionClaim[] = [{ kind: 'report', item: null, start, end: closing.index + closing[0].length }];
  // The draft it asks the assembly to adopt, printed after it: the decision, to its annex.
  const draftStart = draftAfterReport(text);
  if (draftStart !== null) {
    const annex = ANNEX_LINE.exec(text.slice(draftStart));
    claims.push({ kind: 'decision', item: null, start: draftStart, end: text.slice(0, annex ? draftStart + annex.index : text.length).trimEnd().length });
  }
  const preambleEnd = text.slice(0, start).trimEnd().length;
  if (preambleEnd > 0) claims.unshift({ kind: 'preamble', item: null, start: 0, end: preambleEnd });
  return claims;
}

/** Where the draft a report asks the assembly to adopt starts, after its closing formula (and the report's signature); null without one. */
export function draftAfterReport(text: string): number | null {
  const closing = REPORT_CLOSING.exec(text);
  // The draft's title as a paper sent before the sitting writes it (DRAFT_LINE, over the lower-cased text: same offsets).
  const draft = closing ? DRAFT_LINE.exec(lowerOf(text).slice(closing.index)) : null;
  return closing && draft ? closing.index + draft.index + (draft[0].length - draft[0].trimStart().length) : null;
}
