/** Attendance headings as extracts write them, and where each list stops. Invented names. */
import { describe, expect, it } from 'vitest';
import { extractAttendance } from '../../src/extract/attendance.ts';

describe('attendance headings', () => {
  it('"Absent(s) représenté(s)" on the line after the present list heads the proxies', () => {
    const text = `Présent(e)s : M. LHERMOT Patrice, Mme GOURDAN Isabelle,
Mme VIERA Paula.
Absent(s) représenté(s) : M. JOUANNET Gilles par M. LHERMOT Patrice.
Absent(s) excusé(s) : Mme TESSON Nadège.
`;
    const { attendance } = extractAttendance(text);
    expect(attendance.present.map((p) => p.surname)).toEqual(['LHERMOT', 'GOURDAN', 'VIERA']);
    expect(attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['JOUANNET', 'LHERMOT']]);
    expect(attendance.excused.map((p) => p.surname)).toEqual(['TESSON']);
    expect(attendance.absent).toEqual([]);
  });
});
