/**
 * A records program's sheet of a sitting: its table of points a row a line ("91-B-201 Finances
 * Garantie d'emprunt … M. LE GUERN Adopté 14 0 0"), then the points' texts, each under its number,
 * whose votes are in words ("Le Bureau, à l'unanimité, accorde …"): the row of the point's number
 * gives the counts the text leaves out.
 */
import type { Item, Vote } from '../schema/minutes.ts';

const COUNTS = ['for', 'against', 'abstentions'] as const;
type Counts = Pick<Vote, (typeof COUNTS)[number]>;

/**
 * The vote with the counts a table gives where it states none, or null where a count it states,
 * or its unanimity (no count against, none abstaining), says otherwise.
 */
export function withCountsAgreeing(vote: Vote, counts: Counts): Vote | null {
  if (COUNTS.some((k) => vote[k] !== null && counts[k] !== null && vote[k] !== counts[k])) return null;
  if (vote.unanimous && (counts.against || counts.abstentions)) return null;
  const filled = { ...vote };
  for (const k of COUNTS) filled[k] ??= counts[k];
  return filled;
}

/** Each item's vote with the counts its row states and its text does not, where every count both state agrees. */
export function withRowCounts(items: Item[], rows: readonly Item[]): Item[] {
  const byNumber = new Map<string, Vote>();
  for (const row of rows) if (row.number && row.decision?.vote) byNumber.set(row.number, row.decision.vote);
  if (!byNumber.size) return items;
  return items.map((item) => {
    const decision = item.decision;
    const vote = decision?.vote;
    const row = vote && item.number ? byNumber.get(item.number) : undefined;
    if (!decision || !vote || !row || !COUNTS.some((k) => vote[k] === null && row[k] !== null)) return item;
    const filled = withCountsAgreeing(vote, row);
    return filled ? { ...item, decision: { ...decision, vote: filled } } : item;
  });
}
