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

describe("a procès-verbal's rows a line each, a rapporteur's cell among them, each row's text in sentences under it", () => {
  const doc = analyzeText(`VILLE DE MARQUETTE-EN-OSTREVANT                         PROCES-VERBAL
Conseil Municipal                                          Séance du 09/04/2001
Présents : M. DUBOIS Jean, Maire, Mme CARON Anne, M. LEROY Paul, Mme PETIT Marie, M. LEFEBVRE Luc.
Le quorum étant atteint, M. le Maire ouvre la séance.
N° Objet Rapporteur Pour Contre Abst. Résultat
2001/051 Délégations consenties au Maire (article L.2122-22 du C.G.C.T.) M. le Maire 24 5 0 Adopté
Le Conseil Municipal délègue au Maire, pour la durée du mandat, les attributions prévues par l'article L.2122-22.
2001/052 Indemnités de fonction du Maire et des Adjoints Mme CARON 29 0 0 Adopté
Le Conseil Municipal fixe les indemnités dans la limite de l'enveloppe maximale à compter du 23/03/2001.
2001/053 Formation des commissions municipales M. le Maire 29 0 0 Adopté
Six commissions sont créées et leur composition figure en annexe du présent procès-verbal.
La séance est levée à 20h10.
`);

  it("reads every row, whoever its rapporteur, its subject on its line, the sentences under it its text", () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['2001/051', 'Délégations consenties au Maire (article L.2122-22 du C.G.C.T.)'],
      ['2001/052', 'Indemnités de fonction du Maire et des Adjoints'],
      ['2001/053', 'Formation des commissions municipales'],
    ]);
    expect(doc.items.map((i) => i.decision?.articles.map((a) => a.action))).toEqual([['délègue'], ['fixe'], []]);
    expect(doc.items.map((i) => i.decision?.vote?.against)).toEqual([5, 0, 0]);
  });
});
