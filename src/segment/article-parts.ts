/**
 * The parts of a decision's article: "Article 2 – L'indemnité de fonctions (IFSE)", then
 * "2.1 – Répartition des postes", "2.2 – Modulation individuelle": they divide the article,
 * not the sitting, and are no points of its order of business.
 */
import type { Heading } from './headings.ts';

/** A decimal number's first figure: "2" of "2.1", "3" of "3.2.1". */
const DECIMAL_NUMBER = /^(\d+)\.\d/;
/** An article's line: "Article 2 –", "ARTICLE 1er :", "Art. 3", "Article 2. - …" (its number closed by a full stop), not a decimal part's ("2.1"). */
const ARTICLE_LINE = /^[ \t]*(?:article|art\.)[ \t]+(\d+)(?:er|ᵉʳ)?(?!\d|[.,]\d)/gimu;

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
  const decimal = headings.some((h) => h.number !== null && DECIMAL_NUMBER.test(h.number));
  // "Article 1er. - Les droits de place … :" / "MARCHE AU POISSON DE L'ANSE CACAO" / "- Etal …" / "Article 2. - …":
  // a line in capitals between an article and the next, over rows, captions the article's table.
  const articles = !decimal && headings.some((h) => h.number === null && h.scheme === 'capitals') && /(?:^|\n)[ \t]*(?:article|art\.)[ \t]+2/iu.test(text);
  if (!decimal && !articles) return headings;
  const out: Heading[] = [];
  let from = 0;
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i]!;
    const major = h.number === null ? null : DECIMAL_NUMBER.exec(h.number)?.[1];
    if (major && lastArticle(text, from, h.start) === major) continue;
    if (articles && h.number === null && h.scheme === 'capitals' && betweenArticles(text, from, h, headings[i + 1]?.start ?? text.length)) continue;
    out.push(h);
    from = h.end;
  }
  return out.length === headings.length ? headings : out;
}

/** Whether heading `h` stands between an article's line above it (since `from`) and the next article's below it (before `to`). */
function betweenArticles(text: string, from: number, h: Heading, to: number): boolean {
  // A caption over the article's rows ("- Etal carrelé, par jour …… 2,00 F"), not a title over the next article
  // (an annexed regulation's "TITRE II - PARTAGE DES LOTS" / "Article 5 - …").
  if (!ROW_UNDER.test(text.slice(h.end, h.end + 200))) return false;
  const above = lastArticle(text, from, h.start);
  if (above === null) return false;
  ARTICLE_LINE.lastIndex = 0;
  const below = ARTICLE_LINE.exec(text.slice(h.end, to));
  ARTICLE_LINE.lastIndex = 0;
  return below !== null && Number(below[1]) === Number(above) + 1;
}
/** The line under a heading a row of a table or a list: a dash or a bullet opening it, or dot leaders in it. */
const ROW_UNDER = /^[ \t]*\n?[ \t]*(?:[-–•][ \t]|[^\n]*\.{4,})/u;
