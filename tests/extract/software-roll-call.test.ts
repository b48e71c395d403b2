/**
 * A software's roll call flattened a cell a line: its rows opened by a canton's cell in mixed
 * case, a legend giving proxies a code of their own, the counts' labels stacked over their
 * figures; and a table of statuses stacked the same way, its rows' ends told by the present's
 * count. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { extractAttendance } from '../../src/extract/attendance.ts';
import { stackedStatusRows } from '../../src/extract/status-header-rows.ts';
import { listsOf } from '../helpers/attendance-lists.ts';
import { analyzeText } from '../helpers/analyze-text.ts';

const read = (text: string) => extractAttendance(text, text.length).attendance;

const ROLL_CALL = `PROCÈS-VERBAL DE LA RÉUNION DU 12 MARS 1991
L'an mil neuf cent quatre-vingt-onze, le douze mars, le Conseil Général s'est réuni sous la présidence de M. Paul ORSINI.
APPEL NOMINAL
Canton
Conseiller général
Présence
Pouvoir à
Ajaccio I
ALBERTINI Jean-Paul
P
Ajaccio II
BARTOLI Marc
AE
Ajaccio III
COLONNA Pierre
P
Bastelica
DAMIANI Louis
DV
COLONNA Pierre
Bonifacio
FILIPPI Ange
P
Levie
GIACOMETTI Rose
P
Légende : P = présent ; AE = absent excusé ; DV = délégation de vote
Membres en exercice
Présents
Délégations de vote
Votants
Absents excusés
6
4
1
5
1
M. le Président constate que le quorum est atteint.
`;

describe('a roll call a cell a line, its legend coding proxies apart', () => {
  it('reads "DV = délégation de vote" as a proxy given, its holder the next cell; "AE" has none, the canton after it opens the next row', () => {
    expect(listsOf(read(ROLL_CALL))).toEqual({
      present: ['ALBERTINI', 'COLONNA', 'FILIPPI', 'GIACOMETTI'],
      represented: [['DAMIANI', 'COLONNA']],
      excused: ['BARTOLI'],
      absent: [],
    });
  });

  it('reads the counts whose labels are stacked over their figures, "Absents excusés" among them', () => {
    expect(read(ROLL_CALL).counts).toEqual({ inOffice: 6, present: 4, represented: 1, voting: 5 });
  });
});

const STACKED = `COMMUNE DE SAINT-AUBIN-DU-TARN
Registre des délibérations du Conseil Municipal
Séance du
29/03/2004
Nombre de conseillers
En exercice
Présents
Votants
11
6
7
Présents
Absents excusés
Absents
MARTY Hélène
CROS Pierre
VIALA Jeanne
BOYER Henri
COSTES Jean
DELMAS Alain
FOURNIER Odette
GALY Serge
ROQUES Marc
Pouvoirs : ALRIC Michel à BOYER Henri
Secrétaire de séance : GALY Serge
`;

describe('a table of statuses whose labels and cells are stacked a line each', () => {
  it('gives the present their count of names, the rest to the first rows\' other columns from the left', () => {
    // Row 1: MARTY (present), CROS (excused), VIALA (absent); row 2: BOYER (present), COSTES (excused); then the present alone.
    expect(listsOf(read(STACKED))).toEqual({
      present: ['MARTY', 'BOYER', 'DELMAS', 'FOURNIER', 'GALY', 'ROQUES'],
      represented: [['ALRIC', 'BOYER']],
      excused: ['CROS', 'COSTES'],
      absent: ['VIALA'],
    });
  });

  it('reads no rows where no count of the present tells where they end, nor where the names cannot hold the count', () => {
    expect(stackedStatusRows(STACKED, 0, STACKED.length, () => null)).toBeNull();
    expect(stackedStatusRows(STACKED, 0, STACKED.length, () => 12)).toBeNull();
    expect(stackedStatusRows(STACKED, 0, STACKED.length, () => 9)!.lists.map((l) => l.role)).toEqual(['present']);
  });
});

const STATE = `L'an mil neuf cent quatre-vingt-quatre, le vingt-huit mars, le Conseil Municipal s'est réuni sous la présidence de Monsieur Hilaire ANSELME, Maire.
Etat des présences
Nom Prénom Qualité Statut Mandataire
ANSELME Hilaire Maire Présent
CELESTINE Marcel 1er Adjoint Présent
GERVAIS-SAINTE-ROSE
Armand
2ème Adjoint Présent
ALEXIS Georgette Conseiller
municipal
Présent
FARRO Jean-Claude Conseiller
municipal
Absent
MIRRE Josette Conseiller
municipal
Représenté CELESTINE Marcel
NOSEL Fernand Conseiller
municipal
Présent
VALENTIN Max Conseiller
municipal
Absent excusé
Secrétaire de séance
Madame ALEXIS Georgette
`;

describe("a state of presences a row a line, the export wrapping a row's cells", () => {
  it('reads the name without the office after it, the holder on the status line of a wrapped row, "Absent excusé" excused', () => {
    expect(listsOf(read(STATE))).toEqual({
      present: ['ANSELME', 'CELESTINE', 'GERVAIS-SAINTE-ROSE', 'ALEXIS', 'NOSEL'],
      represented: [['MIRRE', 'CELESTINE']],
      excused: ['VALENTIN'],
      absent: ['FARRO'],
    });
    expect(read(STATE).present.map((p) => p.raw)).toEqual(['ANSELME Hilaire', 'CELESTINE Marcel', 'GERVAIS-SAINTE-ROSE', 'ALEXIS Georgette', 'NOSEL Fernand']);
  });
});

describe("a software's register whose only sentence of the sitting says who presided", () => {
  it('reads the opening time in it ("Sous la présidence de Mme X, Maire, à 20h30, salle du Conseil."), after the lists', () => {
    const text = `COMMUNE DE SAINT-AUBIN-DU-TARN
Registre des délibérations du Conseil Municipal
Séance du
Date de convocation
Date d'affichage
29/03/2004
22/03/2004
30/03/2004
Nombre de conseillers
En exercice
Présents
Votants
19
15
17
Présents
Absents excusés
Absents
ROUQUETTE Françoise
RAYNAUD Pierre
SOULIÉ Monique
CABROL Henri
ALBOUY Jean
BARTHE Alain
CALMETTES Odette
FABRE Gilbert
GAILLARD Christiane
GUIRAUD Serge
LACOMBE Sylvie
MAZARS Robert
PUECH Annie
SÉGUIER Louis
TERRAL Nadine
VIDAL Marc
BOUSQUET Daniel
Pouvoirs : ESCANDE Michel à CABROL Henri ; MIQUEL Josiane à LACOMBE Sylvie
Secrétaire de séance : TERRAL Nadine
Sous la présidence de Mme ROUQUETTE Françoise, Maire, à 20h30, salle du Conseil.
N°
Objet
2004/021
Vote du budget primitif 2004
Le Conseil Municipal, après en avoir délibéré, ADOPTE le budget primitif 2004 à l'unanimité.
`;
    expect(analyzeText(text).meeting.time).toBe('20:30');
  });
});
