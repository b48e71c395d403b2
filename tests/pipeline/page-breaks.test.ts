/** What a page break does to the reading of minutes: a page's first line starts a line. Invented names. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const HEAD = `COMMUNAUTÉ DE COMMUNES DU VAL DE LORNE
PROCÈS-VERBAL DU CONSEIL COMMUNAUTAIRE DU 6 FÉVRIER 2025
L'an deux mille vingt-cinq, le six février à dix-huit heures, le Conseil communautaire s'est réuni à
Lorne sous la présidence de M. Alain PERIGOT, Président.
Présents : M. Alain PERIGOT, Mme Anne GUILLOU, M. Paul ROBIN, Mme Léa MARTIN.
Secrétaire de séance : Mme Léa MARTIN.
`;

const point = (n: number, title: string) => `${n} – DCC-2025-00${n} : ${title}
Le Président présente le dossier.
Le Conseil communautaire, après en avoir délibéré, à l'unanimité :
- APPROUVE la proposition.
`;

describe('a heading that opens a page', () => {
  it('is a heading like any other: the point under it is an item of its own', () => {
    const text = `${HEAD}${point(1, 'FONDS DE CONCOURS 2025')}${point(2, 'ADHÉSION AU SYNDICAT MIXTE')}\f${point(3, 'CENTRE AQUATIQUE – TARIFS 2025')}`;
    const doc = analyzeText(text);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['DCC-2025-001', 'FONDS DE CONCOURS 2025'],
      ['DCC-2025-002', 'ADHÉSION AU SYNDICAT MIXTE'],
      ['DCC-2025-003', 'CENTRE AQUATIQUE – TARIFS 2025'],
    ]);
    // The contract's text keeps its form feed.
    expect(doc.text.includes('\f3 – DCC-2025-003')).toBe(true);
  });
});

describe('a vote whose named abstainers wrap onto the next line', () => {
  it('still leads into the articles after its colon (genre set tableaux-annexes, 405)', () => {
    // "… par 20 voix pour et 2 abstentions\n(M. Patrice GUILLOU, Mme Gwenaëlle PRIGENT) :\n- DÉCIDE …":
    // the full stop of "M." inside the brackets does not end the vote's clause.
    const doc = analyzeText(readFileSync(new URL('../../fixtures/genre/tableaux-annexes/405.txt', import.meta.url), 'utf8'));
    const item = doc.items.find((i) => i.number === 'DCC-2025-005')!;
    expect(item.decision?.vote).toMatchObject({ for: 20, abstentions: 2 });
    expect(item.decision?.articles.map((a) => a.action)).toEqual(['décide', 'autorise']);
  });

  it('"… et 1 voix contre\n(M. ALLAIN), DÉCIDE d\'admettre …": the verb after the names that open the line (genre set conseils-administration, 603)', () => {
    const doc = analyzeText(readFileSync(new URL('../../fixtures/genre/conseils-administration/603.txt', import.meta.url), 'utf8'));
    const item = doc.items.find((i) => i.number === 'CA-2024-25')!;
    expect(item.decision?.vote).toMatchObject({ for: 8, against: 1 });
    expect(item.decision?.articles.map((a) => a.action)).toEqual(['décide']);
  });
});

describe('points titled in plain words, a blank line between points only', () => {
  it('each title opening a paragraph after a blank line heads a point', () => {
    const text = `COMMUNE DE SAINT-VAURY
Compte rendu du Conseil Municipal
Séance du 7 novembre 2019
Le sept novembre deux mille dix-neuf à 20h30, le Conseil Municipal s'est réuni sous la présidence de
Mme Martine LACOMBE, Maire.
Présents : Mme LACOMBE, MM. BRUNEAU, CHASSAGNE, Mmes AUDOUZE, BESSE.

Rapport annuel sur le prix et la qualité du service de l'eau potable 2018
M. BRUNEAU présente le rapport annuel du syndicat des eaux : 1 042 abonnés sur la commune,
rendement du réseau de 78 %, prix du m³ de 2,31 € TTC.
Le conseil municipal prend acte de la présentation de ce rapport.

Décision modificative n°2 – Budget communal
Afin de régler la facture de la chaudière de l'école, il convient d'ouvrir des crédits
en section d'investissement pour un montant de 8 400 €.
Le conseil municipal approuve la décision modificative n°2 telle que présentée.
Vote : unanimité

Tarifs de la cantine scolaire au 1er janvier 2020
Le prestataire ayant augmenté le prix du repas livré de 3 %, Mme le Maire propose de répercuter
partiellement cette hausse sur les familles.
Le conseil municipal fixe le prix du repas à 2,85 € pour les élèves.
Délibération adoptée.
`;
    const doc = analyzeText(text);
    expect(doc.kind).toBe('minutes');
    expect(doc.items.map((i) => i.title)).toEqual([
      "Rapport annuel sur le prix et la qualité du service de l'eau potable 2018",
      'Décision modificative n°2 – Budget communal',
      'Tarifs de la cantine scolaire au 1er janvier 2020',
    ]);
  });
});

describe('articles across a page break', () => {
  it('a verb opening a page opens an article of the decision before it', () => {
    // The page break is the only break between the two articles: the contract's text keeps it.
    const text = `${HEAD}1 – DCC-2025-001 : ZONE D'ACTIVITÉS
Le Président présente le programme des équipements publics de la zone.
Le Conseil communautaire, après en avoir délibéré, à l'unanimité :
APPROUVE le dossier de réalisation ;\fAPPROUVE le programme des équipements publics ;
AUTORISE le Président à signer les actes.
`;
    const doc = analyzeText(text);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['approuve', 'approuve', 'autorise']);
  });
});

describe('an agenda point over the number of its deliberation', () => {
  it('"4. Budget primitif" then "Délibération n° 2023-019" then "Rapporteur :": one item, the point\'s title, the deliberation\'s number', () => {
    const text = `${HEAD}4. Budget primitif 2023 – Budget principal
Délibération n°2023-019
Rapporteur : M. Paul ROBIN, Vice-président
Le rapporteur présente le budget primitif, équilibré en dépenses et en recettes.
Le Conseil communautaire, après en avoir délibéré, à l'unanimité, ADOPTE le budget primitif 2023.

5. Vote des taux de fiscalité 2023
Délibération n°2023-020
Rapporteur : M. Paul ROBIN, Vice-président
Le rapporteur propose de maintenir les taux.
Le Conseil communautaire, après en avoir délibéré, à l'unanimité, FIXE les taux.
`;
    expect(analyzeText(text).items.map((i) => [i.number, i.title])).toEqual([
      ['2023-019', 'Budget primitif 2023 – Budget principal'],
      ['2023-020', 'Vote des taux de fiscalité 2023'],
    ]);
  });
});

describe('articles in capitals a blank line apart', () => {
  it('are one decision', () => {
    const text = `${HEAD}1 – DCC-2025-001 : AVENANT AU MARCHÉ DE TRAVAUX
Le Président présente l'avenant n° 1 au marché de travaux du centre-bourg.
Le Conseil communautaire, après en avoir délibéré, à l'unanimité :
APPROUVE l'avenant n° 1 au marché de travaux ;

AUTORISE le Président à le signer ;

DIT que la dépense est inscrite au budget.

Le Président,
Alain PERIGOT
`;
    expect(analyzeText(text).items[0]!.decision?.articles.map((a) => a.action)).toEqual(['approuve', 'autorise', 'dit']);
  });
});

describe('a list of delegates by commune across a page break', () => {
  it('the commune opening the next page labels its delegates, who are present', () => {
    const text = `COMMUNAUTÉ DE COMMUNES DU VAL DE LORNE
PROCÈS-VERBAL DU CONSEIL COMMUNAUTAIRE DU 6 FÉVRIER 2025
L'an deux mille vingt-cinq, le six février à dix-huit heures, le Conseil communautaire s'est réuni à
Lorne sous la présidence de M. Alain PERIGOT, Président.
Présents :
LORNE : M. Alain PERIGOT, Mme Anne GUILLOU
VAUDRÉMONT : M. Paul ROBIN, Mme Odile CARADEC\fVILLERS-SOUS-LORNE : M. Karim MOISAN, Mme Léa MARTIN
Absents excusés : M. Paul GAY.
Secrétaire de séance : Mme Léa MARTIN.

1 – DCC-2025-001 : FONDS DE CONCOURS 2025
Le Président présente le dossier.
Le Conseil communautaire, après en avoir délibéré, à l'unanimité :
- APPROUVE la proposition.
`;
    expect(analyzeText(text).attendance.present.map((p) => p.surname)).toEqual(['PERIGOT', 'GUILLOU', 'ROBIN', 'CARADEC', 'MOISAN', 'MARTIN']);
  });
});
