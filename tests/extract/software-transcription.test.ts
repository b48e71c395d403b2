/** An old deliberation re-keyed into a register software, exported with its tables flattened. Invented names. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const EXPORT = `Commune de HALTWEG Registre des délibérations - Retranscription des registres anciens
Édité le 21/09/2016 à 10:14 Page 1 / 2
EXTRAIT DU PROCÈS-VERBAL DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Objet : Location de la chasse communale
Nom Prénom Qualité Présence Observations
SCHMIDT Raymond Maire Présent
KLEIN Gérard 1er Adjoint Présent
WEBER Alphonse 2e Adjoint Présent
MULLER Bernard Conseiller municipal Présent
STEIN Lucien Conseiller municipal Présent
FISCHER Paul Conseiller municipal Absent excusé
ROTH Émile Conseiller municipal Présent
Texte de la délibération :
Le Conseil Municipal de la Commune de HALTWEG, régulièrement convoqué le 8 janvier 1988, s'est
réuni en séance ordinaire le vendredi quinze janvier mil neuf cent quatre-vingt-huit à vingt heures,
en la salle de la mairie, sous la présidence de M. Raymond SCHMIDT, Maire.
Le Maire constate que le nombre des membres présents est suffisant pour délibérer valablement.
Le Maire rappelle que les baux de chasse en cours expirent le 1er février 1988.
Le Conseil Municipal,
Après en avoir délibéré,
APPROUVE la convention de gré à gré du lot n° 1 ;
AUTORISE le Maire à signer les baux de chasse.
Résultat du vote : Pour Contre Abstention Ne prend pas part au vote
4 0 1 1
Abstention : M. ROTH Émile
Pour extrait conforme,
Le Maire,
R. SCHMIDT
`;

describe('a re-keyed extract exported by a register software', () => {
  const doc = analyzeText(EXPORT);

  it('reads "Absent excusé" in the presence column as excused', () => {
    expect(doc.attendance.excused.map((p) => p.surname)).toEqual(['FISCHER']);
    expect(doc.attendance.absent).toEqual([]);
  });

  it('reads the time in the sentence "… s\'est réuni … à vingt heures", and "le nombre des membres présents est suffisant pour délibérer" as the quorum', () => {
    expect(doc.meeting.time).toBe('20:00');
    expect(doc.meeting.quorum).toBe(true);
  });

  it('reads the vote\'s row of labels opening on "Résultat du vote :", its counts under it', () => {
    const vote = doc.items[0]!.decision!.vote!;
    expect([vote.for, vote.against, vote.abstentions]).toEqual([4, 0, 1]);
  });
});

describe('a summary record exported by meeting software, its counts and votes in rows of cells', () => {
  const doc = analyzeText(`COMMUNE DE PORRAGIA
COMPTE RENDU SOMMAIRE
Séance du Conseil Municipal du 28/06/2005
Président de séance : SANTONI Antoine, Maire
Conseillers en exercice Présents Représentés Absents Votants Quorum atteint
27 19 5 3 24 Oui
Présents : SANTONI Antoine, PAOLINI Jean, MARCHI Anne.
N° Objet Nomenclature
2005-061 COMPTE DE GESTION 2004 DU RECEVEUR MUNICIPAL 7.1 Décisions budgétaires
Rapporteur : PAOLINI Jean
Synthèse : Le compte de gestion dressé pour l'exercice 2004 n'appelle ni observation ni réserve.
Vote 2005-061 Votants Pour Contre Abstention Ne prend pas part au vote
24 22 0 2 0
Décision 2005-061 : ADOPTEE
`);

  it('reads the counts over "… Votants Quorum atteint", a "Oui" among the figures', () => {
    expect(doc.attendance.counts).toEqual({ inOffice: 27, present: 19, represented: 5, voting: 24 });
  });

  it('reads the vote\'s row of labels opening on "Vote 2005-061", its counts under it', () => {
    const vote = doc.items[0]!.decision!.vote!;
    expect([vote.for, vote.against, vote.abstentions]).toEqual([22, 0, 2]);
  });
});

describe('the quorum said as the number of members present allowing the board to deliberate', () => {
  it('reads "le nombre des membres présents permet au Conseil de délibérer valablement" as the quorum reached', () => {
    const doc = analyzeText(`HÔPITAL DE SAINT-ALBAN
Séance du 12 juin 1975
L'an mil neuf cent soixante-quinze, le douze juin, le Conseil d'Administration s'est réuni sous la présidence de M. ROUX.
Étaient présents : MM. ROUX, BLANC, GIRAUD, MARTIN.
Le Président, ayant constaté que le nombre des membres présents permet au Conseil de délibérer valablement, déclare la séance ouverte.
`);
    expect(doc.meeting.quorum).toBe(true);
  });
});
