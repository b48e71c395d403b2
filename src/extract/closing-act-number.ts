/**
 * A point headed by its rank ("POINT N° 5 : DÉSIGNATION …") whose text closes on the act it
 * became ("Délibération n° 2026-017 adoptée."), or whose heading's line closes on the act's code or
 * number ("… BUDGET PRINCIPAL          DCC 2002-061", "… (rapport n° 78-31)"): the deliberation's
 * own number is the item's, as where both stand at the heading's start.
 */
import type { Item } from '../schema/minutes.ts';
import { withActNumbersFound } from './margin-act-number.ts';

/** "Délibération n° 2026-017 adoptée.", alone on its line: the act's number and what became of it, nothing cited. */
const ADOPTED_AS = /(?:^|\n)[ \t]*(?:D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION|D[ée]lib\.)[ \t]*n[°o][ \t]*([A-Z]{0,5}[-_ ]?\d{2,4}(?:[-_/.]\d{1,4}){1,2})[ \t]+(?:adopt[ée]e|approuv[ée]e|ADOPT[ÉE]E|APPROUV[ÉE]E)[ \t.]*(?=\n|$)/u;

export function withClosingActNumbers<T extends { item: Item }>(text: string, built: T[]): T[] {
  return withActNumbersFound(text, built, ADOPTED_AS);
}

/**
 * "3. FINANCES - DÉCISION MODIFICATIVE N° 2 - BUDGET PRINCIPAL          DCC 2002-061": the act's
 * code closing its heading's line, far to the right: a register's prefix and a year's number (not
 * a span of years, "MARCHÉ DE COLLECTE 2003-2007").
 */
const CODE_CLOSING_TITLE = /[ \t]+((?:DCC|DCM|DCS|DEL|DELIB|DB|DBC|DC|DCA|DCP|CP|CM|CC|BC|D)[ _-]?(?:19|20)\d{2}[-_/.](?!(?:19|20)\d{2}(?!\d))\d{2,4})$/u;

/** "2. COMPTE ADMINISTRATIF DE L'EXERCICE 1977 (rapport n° 78-31)": the report's or the act's number in brackets closing the title. */
const NUMBER_IN_BRACKETS_CLOSING_TITLE = /[ \t]*\((?:(?:rapport|d[ée]lib[ée]ration|d[ée]lib\.|acte)[ \t]+)?n[°o][ \t]*([\p{L}\d][\p{L}\d/._-]*\d)\)$/iu;

/** Each item numbered by its rank alone whose title closes on its act's code or number: numbered by it, its title without it. */
export function withCodesClosingTitles<T extends { item: Item }>(built: T[]): T[] {
  return built.map((b) => {
    const { number, title } = b.item;
    const m = number !== null && !/^\d{1,2}$/.test(number) ? null : (CODE_CLOSING_TITLE.exec(title ?? '') ?? NUMBER_IN_BRACKETS_CLOSING_TITLE.exec(title ?? ''));
    return m ? { ...b, item: { ...b.item, number: m[1]!, title: title!.slice(0, m.index) } } : b;
  });
}
