/**
 * A summary exported by software under a header of columns "N° Objet Votants Pour Contre Abst.", each
 * point's number, subject and figures on one line, the subject's rest wrapped under it:
 *
 *   2007-07 COMPTE ADMINISTRATIF 2006 - BUDGET 9 9 0 0
 *   COMMUNAL
 *
 * The four figures are the voters', for, against and abstaining: no part of the title, the vote's counts.
 */
import type { Item } from '../schema/minutes.ts';
import { withCountsAgreeing } from './row-counts.ts';

/** The header of such a table, its vote's columns closing it. */
const FIGURES_HEADER = /(?:^|\n)[ \t]*N°[ \t]+Objet[ \t]+Votants[ \t]+Pour[ \t]+Contre[ \t]+Abst(?:\.|entions?)?[ \t]*(?:\n|$)/u;
/** The four figures in the title where the heading's first line closed on them. */
const TITLE_FIGURES = /[ \t]+(\d{1,3})[ \t]+(\d{1,3})[ \t]+(\d{1,3})[ \t]+(\d{1,3})(?=[ \t]|$)/u;

/** Each item's title without the row's figures, its vote counted by them where the text's vote disagrees in none. */
export function withRowFigures(text: string, items: Item[]): Item[] {
  if (!text.includes('Votants') || !FIGURES_HEADER.test(text)) return items;
  return items.map((item) => {
    const m = TITLE_FIGURES.exec(item.title);
    const decision = item.decision;
    if (!m || !decision) return item;
    const [voting, pour, contre, abst] = m.slice(1).map(Number) as [number, number, number, number];
    if (pour + contre + abst !== voting) return item;
    const title = (item.title.slice(0, m.index) + item.title.slice(m.index + m[0].length)).trim();
    // The text's own vote kept where it says otherwise; filled where it gives no counts.
    const vote = decision.vote && withCountsAgreeing(decision.vote, { for: pour, against: contre, abstentions: abst });
    return vote ? { ...item, title, decision: { ...decision, vote } } : { ...item, title };
  });
}
