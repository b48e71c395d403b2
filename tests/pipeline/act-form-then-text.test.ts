/**
 * A deliberation keyed again into a records program: its form first ("Numéro" / "1984-012" / "Objet" / …), then the act's
 * text, its point ranked on the agenda ("Point n° 3 de l'ordre du jour"), its accounts in tables whose runs of spaces were
 * lost under captions in capitals. Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const ACT = `Commune de HALSTROFF
Registre des délibérations du Conseil Municipal
Numéro
1985-007
Date de séance
14/03/1985
Type d'acte
Délibération
Classification
7.1 Décisions budgétaires
Objet
Compte administratif de l'exercice 1984
Rapporteur
BECK Paul, Adjoint
Membres élus 15 En fonction 15 Présents 12 Votants 12
Pour 11 Contre 0 Abstentions 1
Résultat
Adopté
Texte de l'acte
DEPARTEMENT DE LA MOSELLE
COMMUNE DE HALSTROFF
EXTRAIT DU PROCES-VERBAL DES DELIBERATIONS DU CONSEIL MUNICIPAL
Séance ordinaire du 14 mars 1985
Nombre des membres du conseil municipal en fonction : 15
Nombre des membres présents : 12
Membres présents : MM. KLEIN Joseph, Maire, BECK Paul, HAAS Louis, MOSER René, WAGNER Alfred, SCHMITT Roger, BAUER Jean, FUCHS Emile, KOCH Henri, LUDWIG Pierre, MARX Albert, NEU Lucien
Le Conseil Municipal, régulièrement convoqué, s'est réuni à 20 heures en la salle des séances de la Mairie. Le Maire, ayant constaté que le nombre des membres présents atteint la majorité des membres en fonction, ouvre la séance.
Point n° 3 de l'ordre du jour
COMPTE ADMINISTRATIF DE L'EXERCICE 1984
M. Paul BECK, adjoint chargé des finances, présente le compte administratif de l'exercice 1984, qui se présente comme suit.
SECTION DE FONCTIONNEMENT - RECETTES
Chap. Libellé Prévisions totales Réalisations Ecart
70 Produits de l'exploitation 112 000,00 119 874,50 7 874,50
71 Produits domaniaux 484 000,00 531 602,35 47 602,35
74 Dotation globale de fonctionnement 698 000,00 702 436,00 4 436,00
SECTION D'INVESTISSEMENT - RECETTES
Chap. Libellé Prévisions totales Réalisations Ecart
10 Dotations et fonds divers 82 000,00 85 120,00 3 120,00
13 Subventions d'équipement 140 000,00 126 500,00 -13 500,00
Le compte a été examiné par la commission des finances.
LE CONSEIL MUNICIPAL,
Vu le Code des Communes ;
APPROUVE le compte administratif de l'exercice 1984.
Adopté par 11 voix pour et 1 abstention.
`;

describe('a deliberation keyed into a records program, its form over the act\'s text', () => {
  const doc = analyzeText(ACT);

  it("reads one point, its title the act's heading: the tables' captions in capitals are none", () => {
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]!.title).toMatch(/^compte administratif de l'exercice 1984$/iu);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['approuve']);
  });

  it("numbers it by the form's act number, not its rank on the agenda", () => {
    expect(doc.items[0]!.number).toBe('1985-007');
  });

  it('reads the quorum in "le nombre des membres présents atteint la majorité des membres en fonction"', () => {
    expect(doc.meeting.quorum).toBe(true);
  });
});
