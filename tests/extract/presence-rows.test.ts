/** A software's table of presence a member a line, each row saying the member's presence in words. Invented names. */
import { describe, expect, it } from 'vitest';
import { extractAttendance } from '../../src/extract/attendance.ts';
import { lineLayout } from '../../src/text/layout.ts';

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

describe('a presence table printed in two columns side by side, two rows a line', () => {
  // As loaded: the gutter between the columns is two spaces, which normalization makes one.
  const laidOut = [
    'APPEL NOMINAL',
    'Conseiller Présence Pouvoir à  Conseiller Présence Pouvoir à',
    'ARZEL Jean-Yves Présent  LE BIHAN Jean Présent',
    'BARON Marcel Présent  LE COZ Francis Présent',
    'CORRE Joseph Pouvoir M. LE COZ  LE ROUX Henri Excusé',
    'DERRIEN Louis Présent  MADEC Jacques Pouvoir M. ARZEL',
    'GUILLOU Michel Excusé  NEDELEC Denis Présent',
    'HENAFF Roger Présent  PRIGENT Georges Absent',
    'Conseillers en exercice : 12  Présents : 7  Pouvoirs : 2  Excusés : 2  Absent : 1',
  ].join('\n');
  const normalized = laidOut.replace(/ {2,}/g, ' ');
  const layout = lineLayout([laidOut]);

  it('parts each line at the gutter the layout shows: no member taken for the holder of the one beside', () => {
    const { attendance } = extractAttendance(normalized, normalized.length, layout);
    expect(surnames(attendance.present).sort()).toEqual(['ARZEL', 'BARON', 'DERRIEN', 'HENAFF', 'LE BIHAN', 'LE COZ', 'NEDELEC']);
    expect(attendance.represented.map((r) => [r.person.surname, r.proxy?.surname]).sort()).toEqual([['CORRE', 'LE COZ'], ['MADEC', 'ARZEL']]);
    expect(surnames(attendance.excused).sort()).toEqual(['GUILLOU', 'LE ROUX']);
    expect(surnames(attendance.absent)).toEqual(['PRIGENT']);
  });

  it('reads a row whose status is followed by a single space as one row, not two', () => {
    const { attendance } = extractAttendance(normalized, normalized.length, lineLayout([normalized]));
    expect(surnames(attendance.present)).not.toContain('LE BIHAN');
  });
});

describe('a presence table whose rows open on the delegate\'s commune, under "Commune Délégué titulaire Qualité Situation"', () => {
  const text = `Commune Délégué titulaire Qualité Situation Suppléant ayant siégé / Mandataire
SAINT-ORENS DUPRAT Antoine Président Présent
SAINT-ORENS ALBERT Dominique Délégué Présent
VALCROS MARTY Jeanne Déléguée Présente
VALCROS PUJOL Jean Délégué Excusé
LABASTIDE NOGUÈS Marie Déléguée Absente
`;

  it('reads the member\'s name after the commune, no part of it', () => {
    const { attendance } = extractAttendance(text);
    expect(surnames(attendance.present)).toEqual(['DUPRAT', 'ALBERT', 'MARTY']);
    expect(surnames(attendance.excused)).toEqual(['PUJOL']);
    expect(surnames(attendance.absent)).toEqual(['NOGUÈS']);
  });
});

describe("a row whose office's cell wrapped, the presence and the holder on its second line", () => {
  const text = `Nom Prénom Fonction Présence Pouvoir donné à
BOYER Jean-Claude Maire Présent
HOARAU Sylvie 1ère Adjointe Présente
PAYET Gérard Conseiller municipal Présent
RIVIÈRE Katia Conseillère
municipale Représentée HOARAU Sylvie
GRONDIN Teddy Conseiller municipal Absent
MUSSARD Nadia Conseillère
municipale Présente
TECHER Eddy Conseiller municipal Présent
`;
  const { attendance } = extractAttendance(text);
  it('reads the holder on the wrapped line, and the rows after it each as its own', () => {
    expect(attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['RIVIÈRE', 'HOARAU']]);
    expect(surnames(attendance.absent)).toEqual(['GRONDIN']);
    expect(surnames(attendance.present)).toEqual(['BOYER', 'HOARAU', 'PAYET', 'MUSSARD', 'TECHER']);
  });
});

describe("a coded row whose code wrapped onto the next line (its commune's cell cut at a hyphen, joined again)", () => {
  const text = `Nom Prénom Qualité Commune Présence Pouvoir à
MORVAN Pierre Président Plessé-sur-Isac P
LE BIHAN Yves 1er Vice-Président Saint-Aubin-des-Landes
P
GUILLOU Marcel 2e Vice-Président Guémené P
TANGUY Henri Membre Blain A
CARIOU Joseph Membre Héric R GUILLOU Marcel
P = présent ; E = excusé ; A = absent ; R = représenté
`;
  const { attendance } = extractAttendance(text);
  it('reads the member with the code under the row', () => {
    expect(surnames(attendance.present)).toEqual(['MORVAN', 'LE BIHAN', 'GUILLOU']);
    expect(surnames(attendance.absent)).toEqual(['TANGUY']);
    expect(attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['CARIOU', 'GUILLOU']]);
  });
});

describe('a row whose member is excused and a substitute sat ("Excusée Suppléée par LE GOFF")', () => {
  const text = `Nom Prénom Situation Pouvoir à / Suppléant
LE BIHAN Joseph Présent
MAHE Anne-Marie Présente
RIOU Monique Excusée Suppléée par LE GOFF Hélène
TANGUY Armel Présent
LE MEUR Gilbert Excusé Suppléé par DERRIEN Loïc
KERBRAT Odile Présente
`;
  const { attendance } = extractAttendance(text);
  it('lists the substitute among who sat, the member in no list', () => {
    expect(surnames(attendance.present)).toEqual(['LE BIHAN', 'MAHE', 'LE GOFF', 'TANGUY', 'DERRIEN', 'KERBRAT']);
    expect(attendance.excused).toEqual([]);
  });
});
