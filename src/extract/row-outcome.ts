/**
 * A software's table of the affairs examined, flattened a row a line: each affair's line runs on
 * past its subject to the decision's and the vote's columns, under a header that names them once
 * ("Aff. N° délib. Objet / Rapporteur Décision Pour Contre Abst." over "Affaire 2 93-021 Compte de
 * gestion 1992 … ADOPTE 36 0 0", "… ADOPTE Unanimité", "… PRIS ACTE"). The row's cells are the
 * affair's outcome and vote, whatever its summary's prose recalls.
 */
import { lowerOf } from '../text/caseless.ts';
import { lineAt } from '../text/lines.ts';
import { RESULTS } from './register.ts';
import { countsCell, voteOf } from './register-table.ts';
import type { VoteReading } from './vote.ts';

/** The header naming the decision's column, then the vote's in this order. Lower-cased text. */
const DECISION_VOTE_HEADER = /d[ée]cision[ \t]+pour[ \t]+contre[ \t]+abst/u;

/** The decision's cell closing the row, then the vote's: "Unanimité", or the figures for, against, abstaining. */
const ROW_CELLS = /[ \t](ADOPT[ÉE]E?|REJET[ÉE]E?|PRIS[ \t]+ACTE)(?:[ \t]+(?:(UNANIMIT[ÉE]|[Uu]nanimit[ée])|(\d{1,3})[ \t]+(\d{1,3})[ \t]+(\d{1,3})))?[ \t]*$/u;

/** Whether the text holds such a header: asked once per text by the caller. */
export function hasDecisionVoteHeader(text: string): boolean {
  const lower = lowerOf(text);
  return lower.includes('contre') && DECISION_VOTE_HEADER.test(lower);
}

/** The outcome and vote in the cells closing the row of the heading at `headingStart`, or null; their span the vote's. */
export function rowOutcome(text: string, headingStart: number): VoteReading | null {
  const row = lineAt(text, headingStart);
  const m = ROW_CELLS.exec(row.line);
  if (!m) return null;
  // The decision's word and the vote's cell read as the registers' tables read theirs.
  const outcome = RESULTS.find(([word]) => word.test(m[1]!.replace(/\s+/g, ' ')))?.[1] ?? null;
  const start = row.start + m.index + 1;
  const end = row.start + m.index + m[0].trimEnd().length;
  const cell = m[2] ?? (m[3] !== undefined ? countsCell({ for: m[3], against: m[4], abstentions: m[5] }) : null);
  const read = cell === null ? null : voteOf(cell);
  const vote = read && { ...read, span: { start, end } };
  // No start nor end: the row stands over the affair's text, which it neither opens nor closes.
  return { vote, outcome, start: null, end: null, warnings: [], stated: true, marks: [{ start, end }] };
}
