/** Proxies given as a table of two columns, givers and holders. Invented names. */
import { describe, expect, it } from 'vitest';
import { extractAttendance } from '../../src/extract/attendance.ts';
import { listsOf } from '../helpers/attendance-lists.ts';

const lists = (text: string) => listsOf(extractAttendance(text, text.length).attendance);

describe("proxies as a table of two columns read one after the other: the givers, \"Pouvoir à\", the holders", () => {
  it('pairs each giver with the holder of the same rank', () => {
    const text = `Présents :
M. Jean VALLOT, Mme Catherine DUMAS, M. Hervé PASCAL, Mme Nadine LECOQ, M. Gérard BRUN
Absents représentés :
Mme Sylvie HAMEL
M. Patrick OUDOT
Pouvoir à
Mme Nadine LECOQ
M. Gérard BRUN
Absent excusé :
M. Didier FOUQUET
`;
    expect(lists(text)).toEqual({ present: ['VALLOT', 'DUMAS', 'PASCAL', 'LECOQ', 'BRUN'], represented: [['HAMEL', 'LECOQ'], ['OUDOT', 'BRUN']], excused: ['FOUQUET'], absent: [] });
  });
});
