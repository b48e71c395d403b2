/**
 * The parts of a decision's article: "Article 2 – L'indemnité de fonctions (IFSE)", then
 * "2.1 – Répartition des postes", "2.2 – Modulation individuelle": they divide the article,
 * not the sitting, and are no points of its order of business.
 */
import type { Heading } from './headings.ts';

/** A decimal number's first figure: "2" of "2.1", "3" of "3.2.1". */
const DECIMAL_NUMBER = /^(\d+)\.\d/;
/** An article's line: "Article 2 –", "ARTICLE 1er :", "Art. 3". */
const ARTICLE_LINE = /^[ \t]*(?:article|art\.)[ \t]+(\d+)(?:er|ᵉʳ)?(?![\d.,])/gimu;

/** The number of the last article line in text[from, to), or null. */
function lastArticle(text: string, from: number, to: number): string | null {
  const zone = text.slice(from, to);
  let last: string | null = null;
  ARTICLE_LINE.lastIndex = 0;
  for (let m = ARTICLE_LINE.exec(zone); m; m = ARTICLE_LINE.exec(zone)) last = m[1]!;
  return last;
}

/**
 * `headings` without a decimal heading whose first figure is the number of the last article
 * above it since the heading before it was kept; `headings` itself when none is dropped.
 */
export function withoutArticleParts(text: string, headings: Heading[]): Heading[] {
  if (!headings.some((h) => h.number !== null && DECIMAL_NUMBER.test(h.number))) return headings;
  const out: Heading[] = [];
  let from = 0;
  for (const h of headings) {
    const major = h.number === null ? null : DECIMAL_NUMBER.exec(h.number)?.[1];
    if (major && lastArticle(text, from, h.start) === major) continue;
    out.push(h);
    from = h.end;
  }
  return out.length === headings.length ? headings : out;
}
