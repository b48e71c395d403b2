/**
 * A table of the points (N° / Objet / Vote) whose texts a software export prints after it, each
 * paragraph opening on its point's number ("Texte libre" / "79-11 : Le Président présente … Le
 * Comité … approuve le compte administratif 1978.", "93-21 Le Comité approuve …"): the acts of each
 * point are read in its text.
 */
import type { Item } from '../schema/minutes.ts';
import { escapeRegExp } from '../text/matches.ts';
import { extractArticles } from './articles.ts';

/** Where a point's text ends: the next line opening on a number and a colon, or on an act's number and a capital, or a blank line. */
// Or on a rank and a dash ("3 - Le Conseil, à l'unanimité, approuve …"); the next page's first
// line too, its head removed ("… besoins de nuit.\f2005-06 : créances …").
const NEXT_KEYED = /[\n\f][ \t]*(?:[\p{L}\d][\w./-]{0,14}[ \t]*:|\d{2,4}[-/]\d{1,4}[ \t]+\p{Lu}|\d{1,3}[ \t]+[-–][ \t]+\p{Lu}|\n)/u;

/** The items with the acts their keyed texts after `from` state; an item that has acts, or no text, as it was. */
export function withKeyedTexts(text: string, items: readonly Item[], from: number): Item[] {
  return items.map((item) => {
    if (!item.number || item.decision?.articles.length) return item;
    // "79-11 : Le Président …", or "93-21 Le Comité approuve …" with no colon, or "2 - Le Maire présente …" after a dash.
    const opening = new RegExp(String.raw`(?:^|[\n\f])[ \t]*${escapeRegExp(item.number)}(?:[ \t]*:[ \t]*(?=\S)|[ \t]+[-–][ \t]+(?=\p{Lu})|[ \t]+(?=\p{Lu}))`, 'u').exec(text.slice(from));
    if (!opening) return item;
    const start = from + opening.index + opening[0].length;
    const next = NEXT_KEYED.exec(text.slice(start));
    const end = next ? start + next.index : text.length;
    const articles = extractArticles(text, start, end);
    if (!articles.length) return item;
    const decision = item.decision ?? { visas: [], considerations: [], articles: [], vote: null, outcome: null };
    return { ...item, decision: { ...decision, articles } };
  });
}
