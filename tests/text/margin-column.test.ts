import { describe, expect, it } from 'vitest';
import { unweaveMargins } from '../../src/text/margin-column.ts';
import { analyzeText } from '../helpers/analyze-text.ts';

const EXTRACT = ` Nombre de membres        Date de la convocation : 19/06/2025
 en exercice : 33         L'an deux mille vingt-cinq, le vingt-six juin à dix-huit heures
 présents : 26            trente, le Conseil communautaire, dûment convoqué, s'est réuni en
 pouvoirs : 4             séance publique, salle du conseil communautaire du pôle
 votants : 30             administratif de Valcourt, sous la présidence de
                          M. Philippe DROUVIN, Président.

Étaient présents : Philippe DROUVIN, Aurélie COLLIN, Michel PIERRON.
`;

describe('a margin box printed beside the opening paragraph', () => {
  it('is read before the paragraph, which is read whole', () => {
    expect(unweaveMargins(EXTRACT).split('\n').slice(0, 11)).toEqual([
      'Nombre de membres',
      'en exercice : 33',
      'présents : 26',
      'pouvoirs : 4',
      'votants : 30',
      'Date de la convocation : 19/06/2025',
      "L'an deux mille vingt-cinq, le vingt-six juin à dix-huit heures",
      "trente, le Conseil communautaire, dûment convoqué, s'est réuni en",
      'séance publique, salle du conseil communautaire du pôle',
      'administratif de Valcourt, sous la présidence de',
      'M. Philippe DROUVIN, Président.',
    ]);
  });

  it('lets the time, the counts and the president be read', () => {
    const doc = analyzeText(`EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE\n\n${EXTRACT}\nObjet : Décision modificative n° 1\nLe Conseil communautaire, à l'unanimité, APPROUVE la décision modificative n° 1.\n`);
    expect(doc.meeting.time).toBe('18:30');
    expect(doc.meeting.president?.surname).toBe('DROUVIN');
    expect(doc.attendance.counts).toMatchObject({ inOffice: 33, present: 26, voting: 30 });
  });

  it('leaves alone a table of marks and two columns of names, whose first cells are no box', () => {
    const grid = `NOM Prénom          Présent   Excusé   Absent
DUPONT Jean            X
MARTIN Anne                     X
DURAND Paul                              X
`;
    expect(unweaveMargins(grid)).toBe(grid);
    const columns = `présents : 3           MM. MAUCLAIR    DROUOT      PERRIN
votants : 3            VALLET      GIRARDOT    HUMBLOT
absents : 0            COLLIN      MARTINOT    BAUDOIN
`;
    expect(unweaveMargins(columns)).toBe(columns);
  });
});
