/**
 * A records program's sheet of a sitting (its header of labels over values, its counts in a row
 * under their labels, its participants, its table of points a row a line), then the sitting's
 * procès-verbal typed again, each report under "RAPPORT N° 93-C-11 - TITLE IN CAPITALS" and its
 * vote in words. Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const SHEET = `Département de l'Orne Édité le 04/02/2021 à 09:12
REGISTRE DES DÉLIBÉRATIONS - FICHE SÉANCE
Instance
COMMISSION PERMANENTE
Date de séance Heure Lieu
15/03/1993 14:30 Hôtel du Département - Salle Condé
Président de séance Secrétaire de séance
M. VERDIER Alain -
Nb membres Présents Pouvoirs Excusés Absents Votants
12 9 1 2 0 10
PARTICIPANTS
Nom Prénom Qualité Présence Pouvoir donné à
VERDIER Alain Président Présent
ROUSSEL Marc 1er Vice-Président Présent
LEBRETON Anne 2e Vice-Président Présent
GODARD Pierre Membre Présent
HAMEL Jacques Membre Présent
JOUAN Louise Membre Présent
LECOQ René Membre Présent
MARIE Claude Membre Présent
PICOT Henri Membre Présent
QUESNEL Yves Membre Pouvoir GODARD Pierre
TESSIER Paul Membre Excusé
VAUTIER Jean Membre Excusé
RAPPORTS EXAMINÉS
N° Commission Objet Rapporteur Décision Pour Contre Abst.
93-C-11 Finances Garantie d'emprunt - Orne Habitat - M. ROUSSEL Adopté 10 0 0
logements à Sées
93-C-12 Routes Renforcement de la RD 16 - attribution M. GODARD Adopté 8 0 2
du marché
93-C-13 Culture Subventions aux écoles de musique Mme JOUAN Adopté 9 1 0
TEXTE DU DOCUMENT
PROCÈS-VERBAL DE LA RÉUNION DE LA COMMISSION PERMANENTE
La Commission Permanente s'est réunie le 15 mars 1993 à 14 h 30 sous la présidence de M. Alain VERDIER.
Étaient présents : MM. VERDIER, ROUSSEL, Mme LEBRETON, MM. GODARD, HAMEL, Mme JOUAN, MM. LECOQ, MARIE, PICOT.
RAPPORT N° 93-C-11 - GARANTIE D'EMPRUNT - ORNE HABITAT - LOGEMENTS À SÉES
Rapporteur : M. ROUSSEL
M. ROUSSEL expose la demande de garantie d'Orne Habitat pour un emprunt de 1 800 000 F.
La Commission, à l'unanimité, accorde la garantie du Département à hauteur de 50 %.
RAPPORT N° 93-C-12 - RENFORCEMENT DE LA RD 16 - ATTRIBUTION DU MARCHÉ
Rapporteur : M. GODARD
M. GODARD présente le résultat de l'appel d'offres.
La Commission, par 8 voix pour et 2 abstentions, attribue le marché à l'entreprise la moins disante.
RAPPORT N° 93-C-13 - SUBVENTIONS AUX ÉCOLES DE MUSIQUE
Rapporteur : Mme JOUAN
Mme JOUAN présente la répartition des subventions.
La Commission, par 9 voix pour et 1 voix contre, attribue les subventions proposées.
`;

describe('a records program\'s sheet, then the sitting\'s texts', () => {
  const doc = analyzeText(SHEET);

  it('heads each point where its text opens on "RAPPORT N°" and its lettered number', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['93-C-11', "GARANTIE D'EMPRUNT - ORNE HABITAT - LOGEMENTS À SÉES"],
      ['93-C-12', 'RENFORCEMENT DE LA RD 16 - ATTRIBUTION DU MARCHÉ'],
      ['93-C-13', 'SUBVENTIONS AUX ÉCOLES DE MUSIQUE'],
    ]);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['accorde']);
  });

  it('takes from the sheet\'s rows the counts the texts\' votes leave out', () => {
    const votes = doc.items.map((i) => i.decision?.vote);
    expect(votes.map((v) => [v?.unanimous, v?.for, v?.against, v?.abstentions])).toEqual([
      [true, 10, 0, 0],
      [false, 8, 0, 2],
      [false, 9, 1, 0],
    ]);
  });

  it('reads the counts\' row whose first column is the members\' number', () => {
    expect(doc.attendance.counts).toEqual({ inOffice: 12, present: 9, represented: 1, voting: 10 });
  });

  it('names no secretary where the form\'s value is a dash, nor the place above its label', () => {
    expect(doc.meeting.secretary).toBeNull();
    expect(doc.meeting.president?.surname).toBe('VERDIER');
  });
});

describe('counts the sheet and the text disagree on', () => {
  it('leaves the text\'s vote as it reads it', () => {
    const doc = analyzeText(SHEET.replace('Mme JOUAN Adopté 9 1 0', 'Mme JOUAN Adopté 8 1 1'));
    const v = doc.items[2]!.decision?.vote;
    expect([v?.for, v?.against, v?.abstentions]).toEqual([9, 1, null]);
  });
});

/**
 * A commune's sheet of a sitting a cell a line, its table of the points with their counts (one subject cut short by the
 * cell, "…"), then the compte rendu typed again from the paper register: each point a paragraph opening on its subject
 * and a full stop, no number. Invented names.
 */
const CELLS_THEN_RUN_IN = `COMMUNE DE SAINT-AVIT-LE-HAUT
Registre des délibérations - Fiche séance
Page 1 / 2
Séance n°
1981-04
Date de séance
12/06/1981
Heure
21:00
Lieu
Mairie
Président de séance
ROUQUETTE Marcel
Secrétaire de séance
VAYSSE Pierre
En exercice
Présents
Pouvoirs
Votants
11
10
0
10
N° acte
Objet
Pour
Contre
Abst.
Résultat
1981-21
Budget supplémentaire 1981
10
0
0
Adopté
1981-22
Voirie communale - Programme 1981 - Goudronnage…
8
2
0
Adopté
1981-23
Vente d'un terrain communal au lieu-dit Las Peyres
10
0
0
Adopté
Fiche séance 1981-04 - Saint-Avit-le-Haut                                            Page 1 / 2
\fCOMMUNE DE SAINT-AVIT-LE-HAUT
Compte rendu de séance (texte ressaisi d'après le registre papier)
L'an mil neuf cent quatre-vingt-un, le douze juin à vingt et une heures, le Conseil Municipal de cette commune, régulièrement convoqué, s'est réuni au nombre prescrit par la loi, dans le lieu habituel de ses séances, sous la présidence de M. ROUQUETTE Marcel, Maire.
Présents : MM. ROUQUETTE, CASTEL, VAYSSE, BOUYSSOU, MARTY, DELPECH, FABRE, ROQUES, SOULIÉ, Mme TEULIÈRES.
Absent : M. CAYLA.
M. VAYSSE a été élu secrétaire.
Budget supplémentaire 1981. M. le Maire présente le budget supplémentaire, qui reprend les résultats de l'exercice 1980. Le Conseil adopte le budget supplémentaire 1981. Adopté à l'unanimité.
Voirie communale - Programme 1981 - Goudronnage des chemins de Las Peyres et du Bousquet. Le Conseil approuve le programme pour un montant de 84 000 F et autorise le Maire à signer le marché. Adopté par 8 voix pour, 2 contre.
Vente d'un terrain communal au lieu-dit Las Peyres. Le Conseil décide de vendre la parcelle B 412 à M. FABRE Louis au prix de 12 F le mètre carré. Adopté à l'unanimité.
Séance levée à 23 h 30.
Signé au registre : M. ROUQUETTE, maire ; P. VAYSSE, secrétaire.
`;

describe("a sheet's table of the points over the compte rendu typed again, each point a paragraph opening on its subject", () => {
  const doc = analyzeText(CELLS_THEN_RUN_IN);

  it('heads each point where its paragraph opens on the subject, numbered as its row; a cut subject whole as the text gives it', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['1981-21', 'Budget supplémentaire 1981'],
      ['1981-22', 'Voirie communale - Programme 1981 - Goudronnage des chemins de Las Peyres et du Bousquet'],
      ['1981-23', "Vente d'un terrain communal au lieu-dit Las Peyres"],
    ]);
  });

  it("reads each point's acts and vote in its paragraph", () => {
    expect(doc.items.map((i) => i.decision?.articles.map((a) => a.action))).toEqual([['adopte'], ['approuve', 'autorise'], ['décide']]);
    expect(doc.items.map((i) => [i.decision?.vote?.for, i.decision?.vote?.against])).toEqual([
      [10, 0],
      [8, 2],
      [10, 0],
    ]);
  });

  it("makes each paragraph the point's parts, not the table's rows", () => {
    const report = doc.sections.find((s) => s.kind === 'report' && s.item === 0)!;
    expect(doc.text.slice(report.start, report.end)).toMatch(/^Budget supplémentaire 1981\. M\. le Maire présente/);
  });

  it('is signed "au registre" by the mayor and the secretary', () => {
    expect(doc.signatures.map((p) => p.surname)).toEqual(['ROUQUETTE', 'VAYSSE']);
  });
});
