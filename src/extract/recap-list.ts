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

/** A row of such a list: numbered, and nothing decided but its outcome. */
const isRow = (item: Item) => item.number !== null && !item.report && (!item.decision || (!item.decision.articles.length && !item.decision.vote));

export function withRecapNumbers<T extends { item: Item }>(built: T[]): T[] {
  const n = built.length / 2;
  if (!Number.isInteger(n) || n < 2) return built;
  const points = built.slice(0, n);
  const rows = built.slice(n);
  if (!points.every((b, i) => b.item.number === null || b.item.number === rows[i]!.item.number) || !rows.every((b) => isRow(b.item))) return built;
  if (!points.every((b, i) => alike(b.item.title, rows[i]!.item.title))) return built;
  return points.map((b, i) => ({ ...b, item: { ...b.item, number: rows[i]!.item.number } }));
}
