/**
 * A commune's record of decisions exported by software, its points a row each under "N° Objet Pour
 * Contre Abst. Résultat" (no rapporteur's column): the number, the subject, the counts and the result
 * on the row's line, or the subject wrapped around a line of the number and the figures alone.
 * Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const RECORD = `COMMUNE DE SAINT-AUBIN-LES-VERGERS
RELEVE DES DECISIONS DU CONSEIL MUNICIPAL
Séance du 14/09/2021 à 20:30
Présidence : M. LEROUX Alain, Maire
Secrétaire de séance : Mme PETIT Claire
Membres en exercice : 15 Présents : 13 Pouvoirs : 1 Votants : 14
N° Objet Pour Contre Abst. Résultat
2021-041 Le budget annexe du lotissement des Vergers - décision modificative n° 1 14 0 0 Adoptée
Renouvellement de la convention de mise à disposition du gymnase
2021-042 12 1 1 Adoptée
au collège Jean Moulin
2021-043 Tarifs de la cantine scolaire 2021-2022 10 4 0 Adoptée
Observations :
2021-043 : vote contre de M. MARTIN, Mme BLANC, M. ROUX, Mme NOEL.
Le Maire, Alain LEROUX
`;

describe('a record of decisions a row a line, counts and result closing each row', () => {
  const doc = analyzeText(RECORD);

  it('reads each row, its subject whole even where it wraps around the line of its number and figures', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['2021-041', 'Le budget annexe du lotissement des Vergers - décision modificative n° 1'],
      ['2021-042', 'Renouvellement de la convention de mise à disposition du gymnase au collège Jean Moulin'],
      ['2021-043', 'Tarifs de la cantine scolaire 2021-2022'],
    ]);
  });

  it("takes the row's figures for its vote and its result for its outcome", () => {
    expect(doc.items.map((i) => [i.decision?.vote?.for, i.decision?.vote?.against, i.decision?.vote?.abstentions, i.decision?.outcome])).toEqual([
      [14, 0, 0, 'adopted'],
      [12, 1, 1, 'adopted'],
      [10, 4, 0, 'adopted'],
    ]);
  });

  it('parts each row into its subject, the report, and its figures and result, the decision', () => {
    const parts = (kind: string) => doc.sections.filter((s) => s.kind === kind).map((s) => doc.text.slice(s.start, s.end));
    expect(parts('decision')).toEqual(['14 0 0 Adoptée', '12 1 1 Adoptée\nau collège Jean Moulin', '10 4 0 Adoptée']);
    expect(parts('report')[1]).toBe('Renouvellement de la convention de mise à disposition du gymnase\n2021-042');
  });
});
