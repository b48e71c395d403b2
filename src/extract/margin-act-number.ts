/**
 * A register's margin glued by OCR to the first lines of a point: the point headed by its rank
 * ("2 - COMPTE ADMINISTRATIF …"), its deliberation's number opening one of the lines under it
 * ("Délib. n° 2002/01 pour la reprise des résultats …"). The number is the point's.
 */
import type { Item } from '../schema/minutes.ts';

/** "Délib. n° 2002/01" opening a line, not a citation of another act ("Délibération n° 2011/14 du 28 novembre"). */
const MARGIN_NUMBER = /(?:^|\n)[ \t]*D[ée]lib(?:[ée]ration|\.)?[ \t]*n[°o][ \t]*((?:19|20)?\d{2}[/-]\d{1,4})(?![\d/-])(?![ \t]+(?:du|en\s+date|portant|relative|approuvant)(?![\p{L}]))/u;
/** How far into the point the margin's number may stand. */
const MARGIN_REACH = 400;

/**
 * Or the label alone opening a line, the number opening the next, a typed register's margin
 * beside the text ("Delib.   l'entreprise Normandie-Nettoiement …" / "80-B-10  ménagères des sept …").
 */
const MARGIN_LABEL_OVER_NUMBER = /(?:^|\n)[ \t]*D[ée]lib(?:[ée]ration|\.)[ \t]+[^\n]*\n[ \t]*((?:19|20)?\d{2}[/-](?:[A-Z]{1,3}[/-])?\d{1,4})(?=[ \t]+\S)/u;

export function withMarginActNumbers<T extends { item: Item }>(text: string, built: T[]): T[] {
  return withActNumbersFound(text, withActNumbersFound(text, built, MARGIN_NUMBER, MARGIN_REACH), MARGIN_LABEL_OVER_NUMBER, MARGIN_REACH);
}

/**
 * Each item numbered by its rank alone, or not at all, renumbered by the first match of `pattern`
 * (its first group, the deliberation's own number) in its text's first `reach` units.
 */
export function withActNumbersFound<T extends { item: Item }>(text: string, built: T[], pattern: RegExp, reach = Infinity): T[] {
  return built.map((b) => {
    const span = b.item.span;
    if (!span || (b.item.number !== null && !/^\d{1,2}$/.test(b.item.number))) return b;
    const m = pattern.exec(text.slice(span.start, Math.min(span.end, span.start + reach)));
    return m ? { ...b, item: { ...b.item, number: m[1]! } } : b;
  });
}
