/**
 * A departmental council's PV typed with a margin, which OCR read beside the reports' headings:
 * "Rapport n° 1" / "Délib." / "CD-2021-12-01" / "Prend acte" over "RAPPORT N° 1 - …", or glued at
 * the heading's line and its wrapped title's. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const PV = `PROCÈS-VERBAL DE LA RÉUNION DU CONSEIL DÉPARTEMENTAL DU 13 DÉCEMBRE 2021

L'an deux mille vingt et un, le treize décembre, le Conseil départemental s'est réuni sous la présidence de M. Olivier RICHEFOU.

Rapport n° 1
Délib.
CD-2021-12-01
Prend acte
RAPPORT N° 1 - RAPPORT SUR LA SITUATION EN MATIÈRE DE DÉVELOPPEMENT DURABLE - ANNÉE 2021
Rapporteur : Mme VIGNERON

Mme VIGNERON. - Monsieur le Président, chers collègues, la loi nous impose de présenter un rapport sur la situation en matière de développement durable avant le débat d'orientations budgétaires.

Le Conseil départemental prend acte de la présentation du rapport.

Rapport n° 2
CD-2021-12-02
RAPPORT N° 2 - ORIENTATIONS BUDGÉTAIRES POUR L'EXERCICE 2022
Rapporteur : M. GESLIN

M. GESLIN. - Le rapport retrace le contexte économique et financier dans lequel s'inscrit la préparation du budget.

Le Conseil départemental prend acte de la tenue du débat d'orientations budgétaires.

Rapport n° 3 RAPPORT N° 3 - TARIFS DES SERVICES DÉPARTEMENTAUX POUR L'ANNÉE 2022
CD-2021-12-03
Unanimité
Rapporteur : M. TRIDON

M. TRIDON. - Il vous est proposé de fixer les tarifs 2022 du laboratoire départemental d'analyses.

Le Conseil départemental, à l'unanimité, fixe les tarifs applicables au 1er janvier 2022.

Rapport n° 4 RAPPORT N° 4 - CONTRIBUTION DU DÉPARTEMENT AU FINANCEMENT DU SERVICE DÉPARTEMENTAL
CD-2021-12-04 D'INCENDIE ET DE SECOURS POUR 2022
Unanimité
Rapporteur : M. BRIAND

M. BRIAND. - La contribution du Département progresse de 1,8 % par rapport à 2021.

Le Conseil départemental, à l'unanimité, fixe la contribution du Département pour 2022.
`;

describe("a margin's cells beside the reports' headings", () => {
  const items = analyzeText(PV).items;
  it('makes one point of the cells and the heading, numbered by the deliberation', () => {
    expect(items.map((i) => i.number)).toEqual(['CD-2021-12-01', 'CD-2021-12-02', 'CD-2021-12-03', 'CD-2021-12-04']);
  });
  it("reads the title whole where the margin's number is glued to its wrapped line", () => {
    expect(items.map((i) => i.title)).toEqual([
      'RAPPORT SUR LA SITUATION EN MATIÈRE DE DÉVELOPPEMENT DURABLE - ANNÉE 2021',
      "ORIENTATIONS BUDGÉTAIRES POUR L'EXERCICE 2022",
      "TARIFS DES SERVICES DÉPARTEMENTAUX POUR L'ANNÉE 2022",
      "CONTRIBUTION DU DÉPARTEMENT AU FINANCEMENT DU SERVICE DÉPARTEMENTAL D'INCENDIE ET DE SECOURS POUR 2022",
    ]);
  });
});

describe("a ranked point over the line closing on its deliberation's number", () => {
  it('numbers "2. COMPTE ADMINISTRATIF …" by "Rapport n° 93/041 du Président … – Délibération n° 93/052 AC"', () => {
    const text = `ASSEMBLÉE DE CORSE - SÉANCE DU 25 MARS 1993
L'Assemblée de Corse s'est réunie sous la présidence de M. Jean-Paul DE ROCCA SERRA.

1. APPROBATION DU PROCES-VERBAL DE LA SEANCE DU 18 FEVRIER 1993
Le procès-verbal de la séance du 18 février 1993 est adopté à l'unanimité.
2. COMPTE ADMINISTRATIF DE L'EXERCICE 1992 DE LA COLLECTIVITE TERRITORIALE DE CORSE
Rapport n° 93/041 du Président du Conseil exécutif – Délibération n° 93/052 AC
M. ORSATELLI présente le compte administratif 1992, qui fait apparaître un excédent global de clôture.
L'Assemblée de Corse, après en avoir délibéré, adopte le compte administratif 1992 à l'unanimité.
3. OFFICE DES TRANSPORTS DE LA REGION DE CORSE – DOTATION DE CONTINUITE TERRITORIALE
Rapport n° 93/042 du Président du Conseil exécutif – Délibération n° 93/053 AC
M. DOMINICI présente la répartition de la dotation de continuité territoriale pour 1993.
L'Assemblée de Corse, après en avoir délibéré, approuve la répartition à l'unanimité.
`;
    expect(analyzeText(text).items.map((i) => i.number)).toEqual(['1', '93/052 AC', '93/053 AC']);
  });
});

describe('a commission permanente\'s PV, each report\'s label in the margin over its number opening the line of its subject', () => {
  // Invented department and names: "Rapport" alone, or beside the commission that examined it, then "2018-CP-07-0215 Contrats …".
  const text = `PROCES-VERBAL DE LA REUNION DE LA COMMISSION PERMANENTE DU 9 JUILLET 2018

La Commission permanente s'est réunie le lundi 9 juillet 2018 à 10 heures, sous la présidence de M. Paul ROCHEVAL, Président.
Présents : 17 - Pouvoirs : 4 - Votants : 21

II - EXAMEN DES RAPPORTS
Rapport  COMMISSION DES FINANCES ET DES TERRITOIRES
2018-CP-07-0215 Contrats de territoire - Commune de Saint-Vrain -
Aménagement de la place de l'Église
Rapporteur : Mme AUBERTIN présente le rapport. Le contrat prévoit une subvention de 210 000 €.
Mise aux voix, la délibération est ADOPTÉE à l'unanimité.
Rapport
2018-CP-07-0216 Dotations complémentaires de fonctionnement aux collèges publics
Rapporteur : M. MARCHAL indique que la répartition porte sur 186 400 €.
Mise aux voix, la délibération est ADOPTÉE à l'unanimité.
`;
  it('reads each report a point numbered by its report, its subject wrapped over two lines', () => {
    const doc = analyzeText(text);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['2018-CP-07-0215', "Contrats de territoire - Commune de Saint-Vrain - Aménagement de la place de l'Église"],
      ['2018-CP-07-0216', 'Dotations complémentaires de fonctionnement aux collèges publics'],
    ]);
  });
});
