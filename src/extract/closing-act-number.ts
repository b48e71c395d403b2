/**
 * A point headed by its rank ("POINT N° 5 : DÉSIGNATION …") whose text closes on the act it
 * became ("Délibération n° 2026-017 adoptée."): the deliberation's own number is the item's, as
 * where both stand in a heading.
 */
import type { Item } from '../schema/minutes.ts';
import { withActNumbersFound } from './margin-act-number.ts';

/** "Délibération n° 2026-017 adoptée.", alone on its line: the act's number and what became of it, nothing cited. */
const ADOPTED_AS = /(?:^|\n)[ \t]*(?:D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION|D[ée]lib\.)[ \t]*n[°o][ \t]*([A-Z]{0,5}[-_ ]?\d{2,4}(?:[-_/.]\d{1,4}){1,2})[ \t]+(?:adopt[ée]e|approuv[ée]e|ADOPT[ÉE]E|APPROUV[ÉE]E)[ \t.]*(?=\n|$)/u;

export function withClosingActNumbers<T extends { item: Item }>(text: string, built: T[]): T[] {
  return withActNumbersFound(text, built, ADOPTED_AS);
}
