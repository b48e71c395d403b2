/**
 * A table of the members away, its status labels on one line and its rows flattened under it, a
 * member to a column (a business software's export), and the proxies named again after it.
 * Invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import { listsOf } from '../helpers/attendance-lists.ts';

const HEAD = `COMMUNE DE VALLORBA
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du 14 mars 2025
L'an deux mille vingt-cinq, le quatorze mars à dix-huit heures trente, le Conseil Municipal, régulièrement convoqué, s'est réuni sous la présidence de Monsieur Jean-Pierre ALBERTI, Maire.
Présents : M. ALBERTI Jean-Pierre, Mme LUCCA Marie-Josée, M. SANTO Paul-Antoine, Mme ORSO Julie
`;
const TAIL = `Secrétaire de séance : Mme LUCCA Marie-Josée
Objet : Tarifs de la cantine
Le Maire présente les tarifs.
Après en avoir délibéré, le Conseil Municipal, à l'unanimité, APPROUVE les tarifs.
`;
const POWERS = 'Pouvoirs : M. CASTEL Marc-Antoine à M. ALBERTI Jean-Pierre - Mme NEGRO Sandrine à Mme LUCCA Marie-Josée\n';

describe('a table of the members away flattened under its labels', () => {
  it('gives each member of a full row to the column of their label, and a shorter row to the columns from the left', () => {
    const doc = analyzeText(`${HEAD}Représentés Excusés Absents
M. CASTEL Marc-Antoine M. VESPER Pascal M. ROCCA Lionel
Mme NEGRO Sandrine
${POWERS}${TAIL}`);
    expect(listsOf(doc.attendance)).toEqual({
      present: ['ALBERTI', 'LUCCA', 'SANTO', 'ORSO'],
      represented: [['CASTEL', 'ALBERTI'], ['NEGRO', 'LUCCA']],
      excused: ['VESPER'],
      absent: ['ROCCA'],
    });
  });

  it('reads the present list above it up to its labels, the last member present', () => {
    const doc = analyzeText(`${HEAD}Excusés Absents
M. VESPER Pascal M. ROCCA Lionel
${TAIL}`);
    expect(listsOf(doc.attendance)).toMatchObject({ present: ['ALBERTI', 'LUCCA', 'SANTO', 'ORSO'], excused: ['VESPER'], absent: ['ROCCA'] });
  });

  it('is no table where the labels are one heading ("Absents excusés") over a list', () => {
    const doc = analyzeText(`${HEAD}Absents excusés
M. VESPER Pascal, M. ROCCA Lionel
${TAIL}`);
    expect(listsOf(doc.attendance)).toMatchObject({ excused: ['VESPER', 'ROCCA'], absent: [] });
  });
});

describe('a member represented, then named again with the holder of the proxy', () => {
  it('is represented once, by that holder', () => {
    const doc = analyzeText(`${HEAD}Représentés : M. CASTEL Marc-Antoine, Mme NEGRO Sandrine
${POWERS}${TAIL}`);
    expect(listsOf(doc.attendance).represented).toEqual([['CASTEL', 'ALBERTI'], ['NEGRO', 'LUCCA']]);
  });
});

describe("the whole sitting's table, its present members a column, names family name first", () => {
  const SITTING = `VILLE DE SAINT-ORBAN
PROCES-VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL DU 12 MAI 1995
L'an mil neuf cent quatre-vingt-quinze, le douze mai à dix-huit heures, le Conseil Municipal de la Commune de SAINT-ORBAN s'est réuni sous la présidence de M. Lucien MARTIAL, Maire.
`;
  const TABLE = `PRESENTS ABSENTS AYANT DONNE POUVOIR MANDATAIRE ABSENTS
MARTIAL Lucien BOUVET Anne PERRIN Jean-Louis GALLET Yves
PERRIN Jean-Louis K/DARIO Paul MARTIAL Lucien
DE LA CROIX Hélène
MOREAU Sylvie
`;
  const CLOSE = `SECRETAIRE DE SEANCE : Mme MOREAU Sylvie
OBJET : TARIFS DE LA CANTINE
Le Conseil Municipal APPROUVE les tarifs à l'unanimité.
`;

  it('is the attendance on its own: each proxy given to the holder on its row, a short row filled from the left', () => {
    const doc = analyzeText(`${SITTING}${TABLE}${CLOSE}`);
    expect(listsOf(doc.attendance)).toEqual({
      present: ['MARTIAL', 'PERRIN', 'DE LA CROIX', 'MOREAU'],
      represented: [['BOUVET', 'PERRIN'], ['K/DARIO', 'MARTIAL']],
      excused: [],
      absent: ['GALLET'],
    });
  });

  it('is no table where a row under the labels is prose', () => {
    const doc = analyzeText(`${SITTING}PRESENTS ABSENTS AYANT DONNE POUVOIR MANDATAIRE ABSENTS\nLe Maire ouvre la séance et fait l'appel des membres.\n${CLOSE}`);
    expect(doc.attendance.present).toEqual([]);
    expect(doc.attendance.represented).toEqual([]);
  });
});
