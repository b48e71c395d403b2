/** Attendance tables with a column a status, cells between pipes. Invented names. */
import { describe, expect, it } from 'vitest';
import { extractAttendance } from '../../src/extract/attendance.ts';
import { presenceGrid } from '../../src/extract/presence-grid.ts';

const lists = (text: string) => {
  const { attendance } = extractAttendance(text);
  return {
    present: attendance.present.map((p) => p.surname),
    represented: attendance.represented.map((r) => [r.person.surname, r.proxy?.surname ?? null]),
    excused: attendance.excused.map((p) => p.surname),
    absent: attendance.absent.map((p) => p.surname),
  };
};

describe('a presence grid', () => {
  it('reads a markdown table: a mark in the status column, the proxy holder in its own', () => {
    const text = `Séance du 14 novembre 2024

| **NOM Prénom** | **Présent** | **Absent** | **Excusé** | **Pouvoir à** |
|---|---|---|---|---|
| LE GALL Yannick, Maire | ✓ |  |  |  |
| KERGOAT Anne | x |  |  |  |
| QUÉRÉ Loïc |  |  | ✓ | LE GALL Yannick |
| CADIOU Soizic |  | ✓ |  |  |
| LE MEUR Katell |  |  | X |  |

Secrétaire de séance : Mme KERGOAT Anne
`;
    expect(lists(text)).toEqual({
      present: ['LE GALL', 'KERGOAT'],
      represented: [['QUÉRÉ', 'LE GALL']],
      excused: ['LE MEUR'],
      absent: ['CADIOU'],
    });
  });

  it('reads an ASCII table without leading pipes, and ends at the first line that is no row', () => {
    const text = `Nom | Présent | Absent | Procuration à
DURAND Paul | X | |
MARTIN Léa | | X |
PETIT Marc | X | |
ROUX Anne | | | DURAND Paul
Le quorum est atteint.
`;
    const grid = presenceGrid(text, 0, text.length);
    expect(grid?.entries.map((e) => [e.person.surname, e.status, e.proxy?.surname ?? null])).toEqual([
      ['DURAND', null, null],
      ['MARTIN', 'absent', null],
      ['PETIT', null, null],
      ['ROUX', null, 'DURAND'],
    ]);
    expect(text.slice(grid!.span.start, grid!.span.end)).toBe(text.slice(0, text.indexOf('\nLe quorum')));
  });

  it('is no grid with fewer than three rows, or with one status column only', () => {
    expect(presenceGrid('Nom | Présent | Absent\nDURAND Paul | X |\nMARTIN Léa | | X\n', 0, 60)).toBeNull();
    expect(presenceGrid('Nom | Présent | Fonction\nDURAND Paul | X | Maire\nMARTIN Léa | X | Adjointe\nPETIT Marc | X | Conseiller\n', 0, 200)).toBeNull();
  });
});
