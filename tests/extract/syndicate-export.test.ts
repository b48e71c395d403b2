/**
 * A syndicate's "liste des délibérations" exported one cell a line: a form of labels then values,
 * a delegates' table by member commune with the substitutes who sat, a counts column, a relevé
 * with a count a column and a dash where none. Invented names and communes.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import { listsOf } from '../helpers/attendance-lists.ts';

const DOC = `SYNDICAT INTERCOMMUNAL DES EAUX DE LA VALLÉE DU MORVEN
Liste des délibérations examinées en séance
Comité syndical du 09/03/2023
Séance
Date
Heure
Lieu
Président de séance
Secrétaire de séance
Ordinaire
09/03/2023
19:00
Salle polyvalente - Mairie de Kerlanic
LE DREN Anaïg
MORVAN Erwan
Le Comité syndical, régulièrement convoqué, s'est réuni sous la présidence de Mme Anaïg LE DREN, Présidente. Le quorum étant atteint, la séance est ouverte.
FEUILLE DE PRÉSENCE
Membre
Délégué titulaire
Délégué suppléant ayant siégé
Présence
Pouvoir donné à
Commune de Kerlanic
LE DREN Anaïg
P
Commune de Kerlanic
MORVAN Erwan
P
Commune de Trébéran
GUILLOU Maël
BERNARD Soizic
S
Commune de Trébéran
RIOU Katell
PV
MORVAN Erwan
Commune de Lesvenan
CARIOU Yann
E
Commune de Lesvenan
TANGUY Gaëlle
A
Commune de Pleumel
KERJEAN Paul
P
P : présent - S : titulaire représenté par son suppléant - PV : pouvoir - E : excusé - A : absent
En exercice
Présents
dont suppléants
Pouvoirs
Votants
7
4
1
1
5
DÉLIBÉRATIONS
N°
Objet
Rapporteur
Résultat
Pour
Contre
Abst.
NPPV
DEL2023-010
Débat d'orientation budgétaire 2023
LE DREN A.
Pris acte
-
-
-
-
DEL2023-011
Tarifs de l'eau potable au 1er avril 2023
KERJEAN P.
Adopté
4
1
0
0
DEL2023-012
Admission en non-valeur de créances
LE DREN A.
Adopté
5
0
0
0
Fait à Kerlanic, le 10/03/2023
La Présidente,
Anaïg LE DREN
Le secrétaire de séance,
Erwan MORVAN
`;

describe("a syndicate's list of deliberations exported one cell a line", () => {
  const doc = analyzeText(DOC);

  it('reads the delegates by member commune: the substitute who sat present, the holder of a proxy after the code', () => {
    expect(listsOf(doc.attendance)).toEqual({
      present: ['LE DREN', 'MORVAN', 'BERNARD', 'KERJEAN'],
      represented: [['RIOU', 'MORVAN']],
      excused: ['CARIOU'],
      absent: ['TANGUY'],
    });
  });

  it('reads the counts column past "dont suppléants"', () => {
    expect(doc.attendance.counts).toEqual({ inOffice: 7, present: 4, represented: 1, voting: 5 });
  });

  it('reads the form whose first label is "Séance", and the secretary under "Le secrétaire de séance,"', () => {
    expect(doc.meeting.place).toBe('Salle polyvalente - Mairie de Kerlanic');
    expect(doc.meeting.secretary?.surname).toBe('MORVAN');
  });

  it('reads every row, a rapporteur of two words ("LE DREN A."), a row with a dash in each count noted without a vote', () => {
    expect(doc.items.map((i) => i.number)).toEqual(['DEL2023-010', 'DEL2023-011', 'DEL2023-012']);
    const [debate, tariffs, writeOff] = doc.items;
    expect(debate!.decision?.vote ?? null).toBeNull();
    expect(debate!.decision?.outcome).toBe('noted');
    expect(tariffs!.decision?.vote).toMatchObject({ for: 4, against: 1, abstentions: 0 });
    expect(writeOff!.decision?.vote).toMatchObject({ for: 5, against: 0, abstentions: 0 });
  });
});
