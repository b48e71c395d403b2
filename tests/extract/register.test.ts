/** Registers of deliberations, in the column orders registers use. Invented communes. */
import { describe, expect, it } from 'vitest';
import { readRegister } from '../../src/extract/register.ts';
import { analyzeText } from '../helpers/analyze-text.ts';

const NUMBER_FIRST = `Mairie de FONTVIEILLE-SUR-LAVE
        LISTE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL - ANNÉE 2023

N°        Date de     Objet de la délibération                                   Code    Résultat
2023-01   30/01/2023  Ouverture de crédits d'investissement avant le vote du     7.1     Adoptée à l'unanimité
                      budget primitif 2023 (limite du quart)
2023-02   30/01/2023  Demande de subvention DETR 2023                            7.5     Adoptée à la majorité
2023-03   13/03/2023  Indemnité de conseil au receveur municipal                 7.10    Rejetée
2023-04   13/03/2023  Rapport annuel du délégataire de l'eau                     8.8     Prend acte
`;

describe('a register written number first', () => {
  it('gives each row its number, subject (wrapped lines joined), outcome and unanimity', () => {
    const items = readRegister(NUMBER_FIRST);
    expect(items.map((i) => [i.number, i.title, i.decision?.outcome, i.decision?.vote?.unanimous ?? null])).toEqual([
      ['2023-01', "Ouverture de crédits d'investissement avant le vote du budget primitif 2023 (limite du quart)", 'adopted', true],
      ['2023-02', 'Demande de subvention DETR 2023', 'adopted', null],
      ['2023-03', 'Indemnité de conseil au receveur municipal', 'rejected', null],
      ['2023-04', "Rapport annuel du délégataire de l'eau", 'noted', null],
    ]);
  });

  it('is a list, with no sitting date', () => {
    const doc = analyzeText(NUMBER_FIRST);
    expect(doc.kind).toBe('list');
    expect(doc.meeting.date).toBeNull();
  });
});
