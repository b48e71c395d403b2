/** An attendance table exported one cell a line, its members grouped under headings of presence. Invented names. */
import { describe, expect, it } from 'vitest';
import { sectionedCells } from '../../src/extract/sectioned-cells.ts';
import { analyzeText } from '../helpers/analyze-text.ts';
import { listsOf } from '../helpers/attendance-lists.ts';

const EXTRACT = `COMMUNE DE SAINT-ORMEL
EXTRAIT DU PROCES-VERBAL DES DELIBERATIONS DU CONSEIL MUNICIPAL
Séance ordinaire du 18 novembre 1994
Sous la présidence de M. KIEFER Joseph, Maire
Membres présents
Nom
Prénom
Qualité
KIEFER
Joseph
Maire
BECKERT
Marcel
Adjoint
SCHNEIDT
Alphonse
Adjoint
WEISSE
Bernadette
Conseiller
Membres absents
HOLTZER
Raymond
excusé - procuration à M. BECKERT Marcel
LANGE
Francis
excusé
FISCHBACK
Albert
non excusé
Secrétaire de séance : M. SCHNEIDT Alphonse
Objet : N° 94/41 - FORET COMMUNALE - ETAT PREVISIONNEL DES COUPES
Le Conseil Municipal, après en avoir délibéré,
- APPROUVE l'état prévisionnel des coupes de l'exercice 1995.
`;

describe('a table one cell a line under "Membres présents" and "Membres absents"', () => {
  it('reads each row as many lines as its labels, its status from its group, an absent\'s from its last cell', () => {
    expect(listsOf(analyzeText(EXTRACT).attendance)).toEqual({
      present: ['KIEFER', 'BECKERT', 'SCHNEIDT', 'WEISSE'],
      represented: [['HOLTZER', 'BECKERT']],
      excused: ['LANGE'],
      absent: ['FISCHBACK'],
    });
  });

  it("keeps the given name of its cell and the text's span", () => {
    const table = sectionedCells(EXTRACT, 0, EXTRACT.length)!;
    const first = table.entries[0]!.person;
    expect([first.surname, first.givenName]).toEqual(['KIEFER', 'Joseph']);
    expect(EXTRACT.slice(first.span!.start, first.span!.end)).toBe('KIEFER\nJoseph');
  });

  it('is none without its labels one a line, or with fewer than three rows', () => {
    expect(sectionedCells('Membres présents\nKIEFER\nJoseph\nMaire\n', 0, 40)).toBeNull();
    const short = 'Membres présents\nNom\nPrénom\nKIEFER\nJoseph\nBECKERT\nMarcel\nLe Conseil…\n';
    expect(sectionedCells(short, 0, short.length)).toBeNull();
  });
});
