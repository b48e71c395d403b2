/**
 * A record copied from a web page: after it, the page lists other acts under a label of its own
 * ("Documents associés", "Voir aussi", "Dans la même rubrique"), each as a link titled like a
 * deliberation ("Délibération n° 2023-39 – Rapport annuel …"). Those titles are links, no
 * deliberations of the record.
 */
import type { Heading } from './headings.ts';
import { lowerOf } from '../text/caseless.ts';

/** The label alone on its line; the words web pages put over their related links. Lower-cased text. */
const RELATED_LABEL =
  /^[ \t]*(?:(?:documents?|actes?|d[ée]lib[ée]rations?|articles?|publications?|pages?)\s+(?:associ[ée]e?s|li[ée]e?s|en\s+lien|similaires|connexes)|voir\s+aussi|[àa]\s+lire\s+aussi|lire\s+aussi|dans\s+la\s+m[êe]me\s+rubrique|sur\s+le\s+m[êe]me\s+sujet)[ \t]*:?[ \t]*$/mu;

/** `headings` without those under a web page's related-links label, when a heading stands before it; `headings` itself otherwise. */
export function withoutRelatedLinks(text: string, headings: Heading[]): Heading[] {
  if (headings.length < 2) return headings;
  const label = RELATED_LABEL.exec(lowerOf(text).slice(headings[0]!.end));
  if (!label) return headings;
  const at = headings[0]!.end + label.index;
  return headings.filter((h) => h.start < at);
}
