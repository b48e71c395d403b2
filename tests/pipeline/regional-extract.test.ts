/**
 * A regional council's extract printed by its software: a form's row of labels over its row of
 * values, the act's number a dotted code. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import { headerNumber } from '../../src/segment/headings.ts';

const extract = `REGION DU MASSIF                                             Edition d'acte
CONSEIL REGIONAL
EXTRAIT DU REGISTRE DES DELIBERATIONS
N° délibération      Séance                         Date séance
98.11.0207           ASSEMBLEE PLENIERE             20/11/1998
Rapporteur           M. VALADIER Pierre
OBJET
AIDE REGIONALE AUX REFUGES DE MONTAGNE
Le Conseil Régional, régulièrement convoqué, s'est réuni le vingt novembre mil neuf cent
quatre-vingt-dix-huit à l'Hôtel de Région, sous la présidence de M. Louis COSTES, Président.
VU le Code Général des Collectivités Territoriales ;
Après en avoir délibéré,
ARTICLE 1 : ADOPTE le programme d'aide aux refuges de montagne.
ARTICLE 2 : AUTORISE le Président à attribuer les aides, après décision de la Commission Permanente.
Adopté à l'unanimité.
`;

describe("a regional extract's form", () => {
  it('gives the number under "N° délibération" in the row of values, a dotted code no date', () => {
    expect(headerNumber(extract, extract.length)).toBe('98.11.0207');
    expect(analyzeText(extract).items.map((i) => i.number)).toEqual(['98.11.0207']);
  });

  it('is a plenary\'s: "après décision de la Commission Permanente" names another body deciding', () => {
    expect(analyzeText(extract).meeting.bodyType).toBe('conseil-regional');
  });
});
