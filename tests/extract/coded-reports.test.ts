/** A département's relevé whose reports are coded by their commission's letter and rank ("N° F 1 - …") under its themes' ranks. Invented names. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const releve = `DEPARTEMENT DE LA GARONNE-HAUTE
RELEVE DE DECISIONS
Assemblée départementale - Séance du 19 juin 2023

La séance est ouverte à 10 h sous la présidence de M. Paul ARRIBET, Président du Conseil départemental.

1 - FINANCES

N° F 1 - Décision Modificative n° 1-2023 - Budget principal
Rapporteur : M. Jean LACAZE
Décision : adoption de la DM1-2023 du budget principal.
Vote : ADOPTE A L'UNANIMITE

N° F 2 - Garanties d'emprunts accordées aux bailleurs sociaux
Vote : ADOPTE A L'UNANIMITE

2 - EDUCATION

N° C 3 - Collèges publics - Dotations complémentaires de fonctionnement
Rapporteur : Mme Anne BERGES
Décision : attribution de dotations à 6 collèges.
Vote : ADOPTE A L'UNANIMITE

La séance est levée à 12 h.
`;

describe('"N° F 1 - title": a report coded by its letter and rank', () => {
  it('is the item, its code the number, the themes ("1 - FINANCES") no items', () => {
    expect(analyzeText(releve).items.map((i) => [i.number, i.title])).toEqual([
      ['F 1', 'Décision Modificative n° 1-2023 - Budget principal'],
      ['F 2', "Garanties d'emprunts accordées aux bailleurs sociaux"],
      ['C 3', 'Collèges publics - Dotations complémentaires de fonctionnement'],
    ]);
  });
});
