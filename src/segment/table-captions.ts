/**
 * A table printed in a report under a title in capitals ("ÉTAT PARCELLAIRE DES TERRAINS CONCERNÉS"
 * over "Section   Lieu-dit   Cadastre   Contenance"): the title is the table's caption, no point's
 * heading. A table laid out with spaces: two rows at least under the caption, each of three cells
 * or more parted by runs of two spaces or more; or its column labels a cell a line.
 */
import type { Heading } from './headings.ts';
import type { LineLayout } from '../text/layout.ts';

/** A row of three cells or more, parted by two spaces or more (a tab counts as a run). */
const TABLE_ROW = /^[ \t]*\S(?:[^\n]*?\S)?(?:(?: {2,}|\t)\S(?:[^\n]*?\S)?){2,}[ \t]*$/u;
/** How many rows under a caption make a table. */
const MIN_ROWS = 2;

/**
 * A table's column labels a cell a line, as text extraction gives a software's table back ("Op." /
 * "Article" / "Libellé" / "Montant voté"): short lines, one a label a budget or a list prints.
 */
const COLUMN_LABEL = /^(?:libell[ée]s?|montants?(?:\s+vot[ée]s?)?|articles?|chap\.?(?:\s*\/\s*op\.?)?|chapitres?|op\.?|op[ée]rations?|d[ée]signations?|quantit[ée]s?|prix(?:\s+unitaires?)?|unit[ée]s?|nature|comptes?|imputations?)$/iu;
/** How many label lines under a caption make a table's header, and how long such a line may be. */
const MIN_LABEL_LINES = 3;
const MAX_LABEL_LENGTH = 24;

function labelsUnder(text: string, h: Heading): boolean {
  let at = text.indexOf('\n', h.end);
  let labels = 0;
  let known = false;
  for (let n = 0; at >= 0 && n < MIN_LABEL_LINES; n++) {
    const next = text.indexOf('\n', at + 1);
    const line = text.slice(at + 1, next < 0 ? text.length : next).trim();
    if (!line || line.length > MAX_LABEL_LENGTH) return false;
    labels++;
    known ||= COLUMN_LABEL.test(line);
    at = next;
  }
  return labels >= MIN_LABEL_LINES && known;
}

/** The rows are read as laid out (normalization makes each run of spaces one). */
function isCaption(text: string, h: Heading, layout: LineLayout): boolean {
  if (labelsUnder(text, h)) return true;
  let at = text.indexOf('\n', h.end);
  let rows = 0;
  let header = false;
  while (at >= 0 && rows < MIN_ROWS) {
    const next = text.indexOf('\n', at + 1);
    const line = text.slice(at + 1, next < 0 ? text.length : next);
    if (!line.trim()) {
      // A blank line may part the caption from its table, not its rows.
      if (rows) return false;
    } else if (TABLE_ROW.test(layout(line) ?? line) || AMOUNTS_ROW.test(line)) rows++;
    // Its column labels on one line over rows whose runs of spaces were lost ("Chap. Libellé Prévisions totales Réalisations").
    else if (!rows && !header && LABELS_LINE.test(line)) header = true;
    else return false;
    at = next;
  }
  return rows >= MIN_ROWS;
}

/** A row closing on two amounts at least, whatever its spacing: "70 Produits de l'exploitation 212 000,00 219 874,50 7 874,50". */
const AMOUNTS_ROW = /\d,\d\d[ \t]+-?\d{1,3}(?:[ .]\d{3})*,\d\d[ \t]*$/u;
/** A line of a table's column labels, two of COLUMN_LABEL's words in it at least, no figure. */
const LABELS_LINE = /^(?=(?:[^\n]*?(?<![\p{L}])(?:libell[ée]s?|montants?|chap\.?|chapitres?|articles?|comptes?|pr[ée]visions?|r[ée]alisations?|[ée]carts?|d[ée]signations?|nature|op\.?)(?![\p{L}])){2})[^\d\n]+$/iu;

/** `headings` without the captions in capitals of the tables a report prints; the first heading is kept (it opens the point). */
export function withoutTableCaptions(text: string, headings: Heading[], layout: LineLayout): Heading[] {
  if (headings.length < 2) return headings;
  // A report's tables ranked ("8 - TRAVAUX ET FOURNITURES …" over "Désignation" / "Tarif 2001" / …): captions too, by their labels.
  return headings.filter((h, i) => i === 0 || (h.scheme === 'ordinal' ? !labelsUnder(text, h) : h.scheme !== 'capitals' || h.number !== null || !isCaption(text, h, layout)));
}
