/**
 * A records program's sheet of a sitting: its table of points a row a line ("91-B-201 Finances
 * Garantie d'emprunt … M. LE GUERN Adopté 14 0 0"), then the points' texts, each under its number,
 * whose votes are in words ("Le Bureau, à l'unanimité, accorde …"): the row of the point's number
 * gives the counts the text leaves out.
 */
import type { Item, Vote } from '../schema/minutes.ts';

const COUNTS = ['for', 'against', 'abstentions'] as const;

/** Each item's vote with the counts its row states and its text does not, where every count both state agrees. */
export function withRowCounts(items: Item[], rows: readonly Item[]): Item[] {
  const byNumber = new Map<string, Vote>();
  for (const row of rows) if (row.number && row.decision?.vote) byNumber.set(row.number, row.decision.vote);
  if (!byNumber.size) return items;
  return items.map((item) => {
    const decision = item.decision;
    const vote = decision?.vote;
    const row = vote && item.number ? byNumber.get(item.number) : undefined;
    if (!decision || !vote || !row) return item;
    if (!COUNTS.some((k) => vote[k] === null && row[k] !== null)) return item;
    if (COUNTS.some((k) => vote[k] !== null && row[k] !== null && vote[k] !== row[k])) return item;
    // A unanimous vote has no count against and none abstaining.
    if (vote.unanimous && (row.against || row.abstentions)) return item;
    const filled = { ...vote };
    for (const k of COUNTS) filled[k] ??= row[k];
    return { ...item, decision: { ...decision, vote: filled } };
  });
}
