/** Lists whose tables kept their column labels one a line under the heading, a member a line. Invented names. */
import { describe, expect, it } from 'vitest';
import { extractAttendance } from '../../src/extract/attendance.ts';
import { labelledRows } from '../../src/extract/labelled-rows.ts';
import { listsOf } from '../helpers/attendance-lists.ts';

const lists = (text: string) => listsOf(extractAttendance(text, text.length).attendance);

describe('a list under its column labels one a line, a member a line', () => {
  it("reads each row's name, its other cells passed over; under \"Pouvoir donné à\" the holder closing the row", () => {
    const text = `Etaient présents :
Nom
Prénom
Commune
Qualité
MORACCHINI Ange-Marie Santa-Lucia Président
PAOLI Jean-Baptiste Santa-Lucia Vice-Président
CASTELLI Paul Poggio Délégué suppléant (en
remplacement de M. NICOLI Joseph)
SAVELLI Marc Prunelli Délégué
Absents représentés :
Nom
Commune
Pouvoir donné à
FRANCESCHI Noël Santa-Lucia M. PAOLI
GIACOMONI Ours-Jean Prunelli M. SAVELLI
Absent excusé : M. RAFFALLI Dominique (Poggio)
Secrétaire de séance : M. SAVELLI Marc
`;
    expect(lists(text)).toEqual({
      present: ['MORACCHINI', 'PAOLI', 'CASTELLI', 'SAVELLI'],
      represented: [['FRANCESCHI', 'PAOLI'], ['GIACOMONI', 'SAVELLI']],
      excused: ['RAFFALLI'],
      absent: [],
    });
  });
  it("leaves a table a cell a line, each name alone over its office, to the readers of such tables", () => {
    const text = `MEMBRES PRESENTS
Nom
Qualité
KERGOAT Yves-Marie
Président
ABALAIN Jean
Député
`;
    expect(labelledRows(text, text.indexOf('Nom'), text.length)).toBeNull();
    expect(labelledRows('Nom\nQualité\nKERGOAT Yves-Marie Président\nABALAIN Jean Député\n', 0, 48)?.entries.map((e) => e.person.surname)).toEqual(['KERGOAT', 'ABALAIN']);
  });
});
