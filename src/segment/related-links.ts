/**
 * A record copied from a web page: after it, the page lists other acts under a label of its own
 * ("Documents associés", "Voir aussi", "Dans la même rubrique"), each as a link titled like a
 * deliberation ("Délibération n° 2023-39 – Rapport annuel …"), or links to the previous and the
 * next act. Those titles are links, no deliberations of the record.
 */
import type { Heading } from './headings.ts';
import { lowerOf } from '../text/caseless.ts';

/** The label alone on its line; the words web pages put over their related links. Lower-cased text. */
const RELATED_LABEL =
  /^[ \t]*(?:(?:documents?|actes?|d[ée]lib[ée]rations?|articles?|publications?|pages?)\s+(?:associ[ée]e?s|li[ée]e?s|en\s+lien|similaires|connexes)|voir\s+aussi|[àa]\s+lire\s+aussi|lire\s+aussi|dans\s+la\s+m[êe]me\s+rubrique|sur\s+le\s+m[êe]me\s+sujet)[ \t]*:?[ \t]*$/mu;

/**
 * The links to the previous and the next act, an arrow before or after their title ("←
 * Délibération n° 2026-046 – Tarifs …", "Délibération n° 2026-048 – Décision modificative … →").
 */
const ARROW_BEFORE = /(?:^|\n)[ \t]*←[ \t]*$/u;
const ARROW_AFTER = /^[^\n]*?[ \t]→[ \t]*(?:\n|$)/u;
/**
 * Or the two links in guillemets as arrows, one a line: "« Délibération n° 2019-026 – Tarifs …" over
 * "Délibération n° 2019-028 – Location de la chasse … »", the first opening on its own, the second closing on its own.
 */
const OPENING_GUILLEMET_LINE = /(?:^|\n)[ \t]*«[ \t][^\n»]*\n$/u;
const CLOSING_GUILLEMET = /^[^\n«]*[ \t]»[ \t]*(?:\n|$)/u;
function isNavigationLink(text: string, h: Heading): boolean {
  if (ARROW_BEFORE.test(text.slice(Math.max(0, h.start - 8), h.start)) || ARROW_AFTER.test(text.slice(h.start, h.start + 300))) return true;
  return CLOSING_GUILLEMET.test(text.slice(h.start, h.start + 300)) && OPENING_GUILLEMET_LINE.test(text.slice(Math.max(0, h.start - 300), h.start));
}

/**
 * `headings` without those past the record's end (`recordEnd`: where the page's furniture starts,
 * beforeWebFooter), without those under a web page's related-links label when a heading stands
 * before it, and without the links to the previous and next acts; `headings` itself otherwise.
 */
export function withoutRelatedLinks(text: string, all: Heading[], recordEnd = text.length): Heading[] {
  const headings = recordEnd < text.length ? all.filter((h) => h.start < recordEnd) : all;
  if (headings.length < 2) return headings;
  const linked = text.includes('→') || text.includes('←') || text.includes('«') ? headings.filter((h, i) => i === 0 || !isNavigationLink(text, h)) : headings;
  const label = RELATED_LABEL.exec(lowerOf(text).slice(linked[0]!.end));
  if (!label) return linked;
  const at = linked[0]!.end + label.index;
  return linked.filter((h) => h.start < at);
}
