/**
 * How many sat, said in a sentence with no seats beside it ("Il constate que onze membres sont
 * présents", "45 conseillers régionaux sont présents"). Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const record = (sentence: string) => `PROCÈS-VERBAL DE LA RÉUNION DE LA COMMISSION PERMANENTE DU 18 NOVEMBRE 1985

L'an mil neuf cent quatre-vingt-cinq, le dix-huit novembre à quatorze heures trente, la Commission
Permanente du Conseil Général s'est réunie à l'Hôtel du Département, sous la présidence de M. Maurice DURAND.

Etaient présents :
M. DURAND, Président ;
MM. VALLIN, GOURDON, LEBRUN, membres.

Etait absent : M. HÉBERT.

${sentence}

RAPPORT N° 1 - VOIRIE DÉPARTEMENTALE - PROGRAMME 1985

La Commission Permanente, à l'unanimité, approuve le programme.
`;

describe('the present counted in a sentence, no seats said', () => {
  it('reads "onze membres sont présents" in words, and "45 conseillers régionaux sont présents" in figures', () => {
    expect(analyzeText(record('M. le Président ouvre la séance. Il constate que onze membres sont présents et que la Commission peut délibérer.')).attendance.counts.present).toBe(11);
    expect(analyzeText(record('Le Président constate que 45 conseillers régionaux sont présents.')).attendance.counts.present).toBe(45);
  });

  it('reads no count where the sentence gives none ("tous les membres sont présents")', () => {
    expect(analyzeText(record('Le Président constate que tous les membres sont présents.')).attendance.counts.present).toBeNull();
  });
});
