/** A software's table of presence a member a line, each row saying the member's presence in words. Invented names. */
import { describe, expect, it } from 'vitest';
import { extractAttendance } from '../../src/extract/attendance.ts';

const surnames = (people: ReadonlyArray<{ surname: string }>) => people.map((p) => p.surname);

describe('a presence table a member a line, a row\'s note wrapped onto the next line', () => {
  const text = `ETAT DES PRESENCES
NOM PRENOM FONCTION PRESENCE POUVOIR A
WATTEL Jean-Marie Maire Présent
DELOR Michel 1er Adjoint Présent
POULIN Roger 2ème Adjoint Présent
CARRON Brigitte Conseillère Présente
DESCAMP Odile Conseillère Représentée DELOR Michel
LECLERC Henri Conseiller Présent (arrivé à
21h05)
BRASSEUR Alain Conseiller Excusé
MORIN Francis Conseiller Présent
VANDAME Pierre Conseiller Absent
En exercice : 9 Présents : 6 Représentés : 1 Votants : 7
`;

  it('reads every row past the wrapped note, each in its list, the office no part of the name', () => {
    const { attendance } = extractAttendance(text);
    expect(surnames(attendance.present)).toEqual(['WATTEL', 'DELOR', 'POULIN', 'CARRON', 'LECLERC', 'MORIN']);
    expect(attendance.present[0]!.raw).toBe('WATTEL Jean-Marie');
    expect(attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['DESCAMP', 'DELOR']]);
    expect(surnames(attendance.excused)).toEqual(['BRASSEUR']);
    expect(surnames(attendance.absent)).toEqual(['VANDAME']);
  });
});

describe('"Représentée" in words with no holder on the row, the holders\' column printed after the table', () => {
  const text = `ÉTAT DES PRÉSENCES
Nom Prénom Fonction Présence
DUPRE Alain Maire Présent
LABORDE Michèle 1ère Adjointe Présente
LAPORTE Jean-Pierre 2ème Adjoint Présent
DUCOS Sylvie 3ème Adjointe Représentée
BERGES Jean-Louis Conseiller municipal Représenté
CAZAUX Pierre Conseiller municipal Présent
BARRERE Monique Conseillère municipale Excusée
PEYRE Didier Conseiller municipal Absent
Mandataire
LABORDE Michèle
CAZAUX Pierre
En exercice Présents Représentés Votants
8 4 2 6
`;

  it('gives each represented member the holder the column names in order', () => {
    const { attendance } = extractAttendance(text);
    expect(attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([
      ['DUCOS', 'LABORDE'],
      ['BERGES', 'CAZAUX'],
    ]);
    expect(surnames(attendance.present)).toEqual(['DUPRE', 'LABORDE', 'LAPORTE', 'CAZAUX']);
    expect(surnames(attendance.excused)).toEqual(['BARRERE']);
    expect(surnames(attendance.absent)).toEqual(['PEYRE']);
  });
});
