/**
 * The list of the sitting's deliberations printed after them ("LISTE DES DÉLIBÉRATIONS EXAMINÉES",
 * "2026-014 Approbation du compte de gestion … Adoptée"), as a register's last page gives it: read
 * as points of their own, a number, a title, an outcome and nothing more, each one of the points
 * before it. Where those points had no number (or the list's own), the list's go to them, in order,
 * and its rows are no points.
 */
import type { Item } from '../schema/minutes.ts';

/** How alike a point's title and its row's must be: the share of the row's letter trigrams found in the point's. */
const TITLES_ALIKE = 0.5;

/** A title's letters without accents, case or spaces (OCR splits and glues words: "Affectat ion", "AFFECTATIONDU"), by threes. */
function trigramsOf(title: string): Set<string> {
  const letters = title.normalize('NFD').replace(/[^\p{L}]/gu, '').toLowerCase();
  const out = new Set<string>();
  for (let i = 0; i + 3 <= letters.length; i++) out.add(letters.slice(i, i + 3));
  return out;
}

function alike(point: string, row: string): boolean {
  const grams = trigramsOf(row);
  if (!grams.size) return false;
  const inPoint = trigramsOf(point);
  let shared = 0;
  for (const g of grams) if (inPoint.has(g)) shared++;
  return shared / grams.size >= TITLES_ALIKE;
}

/** Nothing decided but an outcome: no act, no vote. */
const decidesNothing = (item: Item) => !item.decision || (!item.decision.articles.length && !item.decision.vote);
/** A row of such a list: numbered, and nothing decided but its outcome. */
const isRow = (item: Item) => item.number !== null && !item.report && decidesNothing(item);

/** A row of a list closing numbered points: its vote a word at most ("Unanimité"), no figures. */
// Its cell "Majorité" may read as a report: the row is short.
const isRecapRow = (item: Item) =>
  item.number !== null &&
  (!item.report || (!!item.span && item.span.end - item.span.start <= MAX_ROW_LENGTH)) &&
  (!item.decision || (!item.decision.articles.length && (!item.decision.vote || (item.decision.vote.for === null && item.decision.vote.against === null))));
/** How long a row of such a list runs: its number, its title, its vote's word. */
const MAX_ROW_LENGTH = 250;
/** Fewer rows than this closing the points are no list of them. */
const MIN_RECAP_ROWS = 3;

export function withRecapNumbers<T extends { item: Item }>(built: T[]): T[] {
  const numbered = recapOfNumberedPoints(built);
  if (numbered) return numbered;
  const n = built.length / 2;
  if (!Number.isInteger(n) || n < 2) return built;
  const points = built.slice(0, n);
  const rows = built.slice(n);
  if (!points.every((b, i) => b.item.number === null || b.item.number === rows[i]!.item.number) || !rows.every((b) => isRow(b.item))) return built;
  if (!points.every((b, i) => alike(b.item.title, rows[i]!.item.title))) return built;
  return points.map((b, i) => ({ ...b, item: { ...b.item, number: rows[i]!.item.number } }));
}

/**
 * The list's rows closing the points, each with the number of a point before it (the points
 * numbered already, some maybe left out of the list: "Questions diverses"): the points alone.
 */
// A register's recapitulative table may open it instead ("TABLEAU RÉCAPITULATIF" / "2002/031 DE COMPTE DE GESTION … Unanimité").
function recapOfNumberedPoints<T extends { item: Item }>(built: T[]): T[] | null {
  let rows = 0;
  while (rows < built.length && isRecapRow(built[built.length - 1 - rows]!.item)) rows++;
  const closing = rows >= MIN_RECAP_ROWS && rows < built.length;
  if (!closing) {
    rows = 0;
    // Its last row may run on over what follows the table (an attendance sheet): numbered, nothing decided.
    while (rows < built.length && (isRecapRow(built[rows]!.item) || (built[rows]!.item.number !== null && decidesNothing(built[rows]!.item)))) rows++;
    if (rows < MIN_RECAP_ROWS || rows >= built.length) return null;
  }
  const points = closing ? built.slice(0, built.length - rows) : built.slice(rows);
  const listed = closing ? built.slice(points.length) : built.slice(0, rows);
  const numbers = new Set(points.map((b) => b.item.number).filter((n) => n !== null));
  return listed.every((b) => b.item.number !== null && numbers.has(b.item.number)) ? points : null;
}
