/**
 * Minutes exported by a software whose form sets each list's label in a cell before its names, no
 * colon ("Présents LE GUEN Jean-Yves, RIOU Catherine, …", "Absents …", "Secrétaire …"), the sitting's
 * line parted by hyphens ("Séance ordinaire - Salle du conseil, Hôtel de Ville - Ouverture : 20h30").
 * Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const PV = `VILLE DE KERANDEVEN
Conseil municipal - Séance du 4 octobre 2013
PROCÈS-VERBAL
Séance ordinaire - Salle du conseil, Hôtel de Ville - Ouverture : 19h00
Président de séance : M. Yann-Erwan LE ROUX, Maire
Convocation : 27/09/2013 Conseillers en exercice : 9 Présents : 6 Pouvoirs : 1 Votants : 7
Présents LE ROUX Yann-Erwan, PERON Marie-Anne, GUILLOU Tanguy, LE BIHAN
Soizic, CARADEC Loïc, MORVAN Anne-Laure
Pouvoirs TANGUY Hervé à LE ROUX Yann-Erwan
Absents CREAC'H Ronan, BODIOU Gaëlle
Secrétaire MORVAN Anne-Laure
Le quorum étant atteint, M. le Maire ouvre la séance.
2013-041 Voirie - Programme 2014
Rapporteur : M. Tanguy GUILLOU
Le Conseil municipal approuve le programme de voirie 2014.
Adopté à l'unanimité
La séance est levée à 20h10.
`;

describe('a software form\'s label cells before their names', () => {
  const doc = analyzeText(PV);

  it('reads "Présents" before names whose given names have two parts', () => {
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['LE ROUX', 'PERON', 'GUILLOU', 'LE BIHAN', 'CARADEC', 'MORVAN']);
  });

  it('ends the absents\' list at the secretary\'s cell under it', () => {
    expect(doc.attendance.absent.map((p) => p.surname)).toEqual(["CREAC'H", 'BODIOU']);
    expect(doc.meeting.secretary?.surname).toBe('MORVAN');
  });

  it('reads the hall after a hyphen on the sitting\'s line, up to the part naming none', () => {
    expect(doc.meeting.place).toBe('Salle du conseil, Hôtel de Ville');
  });
});
