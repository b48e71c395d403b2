/**
 * A register's margin glued by OCR to the body's lines: its counts ("représentés : 6") open lines
 * in the middle of a list of names. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import { listsOf } from '../helpers/attendance-lists.ts';

describe("a margin's count opening a line inside a list", () => {
  it('is no heading: the names after it go on with the list the line above leaves on a comma', () => {
    const doc = analyzeText(`EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL
Séance du 12 mars 2013
Délibération L'an deux mille treize, le douze mars à dix-huit heures, le Conseil
n° 2013/021  Municipal, dûment convoqué, s'est réuni à l'Hôtel de Ville, sous la présidence
de Monsieur Paul ARRIGHI, Maire.
présents : 7  Etaient présents : M. ARRIGHI Paul, Maire ; M. CESARI Jean,
représentés : 1 Mme COLONNA Marie, M. PERETTI Louis, Mme SANTUCCI Anne,
votants : 8 M. FERRANDI Marc, Mme GAVINI Rose, Conseillers municipaux.
Avait donné pouvoir : M. ROSSI Pierre à M. ARRIGHI.
Absent : M. LUIGI Charles.
Mme COLONNA Marie a été désignée secrétaire de séance.
`);
    expect(listsOf(doc.attendance)).toEqual({
      present: ['ARRIGHI', 'CESARI', 'COLONNA', 'PERETTI', 'SANTUCCI', 'FERRANDI', 'GAVINI'],
      represented: [['ROSSI', 'ARRIGHI']],
      excused: [],
      absent: ['LUIGI'],
    });
  });
});

describe('a box of counts opening on "Membres : N", the present\'s count under it or after it on its line', () => {
  it('reads the members the body has', () => {
    const glued = analyzeText(`PROCES-VERBAL DE LA REUNION DU CONSEIL D'ADMINISTRATION
Membres : 9 L'an mil neuf cent quatre-vingt-treize, le dix-sept juin à
Presents : 7 quinze heures, le Conseil d'Administration s'est réuni à la Mairie,
sous la présidence de M. Raymond LAFONTAINE, Président.
Etaient présents : M. LAFONTAINE, Mme BEROARD, MM. NEREE, MATHURIN, Mmes CAPRICE, THEOPHILE, M. PHIBEL.
`);
    expect(glued.attendance.counts).toMatchObject({ inOffice: 9, present: 7 });
    const inline = analyzeText(`Membres : 22 - Présents : 17 - Pouvoirs : 3 - Votants : 20\nLe Conseil s'est réuni à la Mairie, sous la présidence de M. Paul ROCHEVAL, Maire.\n`);
    expect(inline.attendance.counts).toEqual({ inOffice: 22, present: 17, represented: 3, voting: 20 });
  });

  it('reads no count from "membres :" before a list of names', () => {
    const doc = analyzeText(`Le Conseil s'est réuni à la Mairie, sous la présidence de M. Paul ROCHEVAL, Maire.\nEtaient présents les membres : M. ROCHEVAL, Mme BLANC, M. PETIT.\nPrésents : 3\n`);
    expect(doc.attendance.counts.inOffice).toBeNull();
  });
});

describe("a margin box's count beside the header's other column, the list under its own label further down", () => {
  it('reads no member from "présents : 21   SEANCE DU 24 JUIN 1994"; the list is "PRESENTS : …"', () => {
    // Invented commune and names.
    const doc = analyzeText(`EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL
Nombre de Conseillers
en exercice : 15
présents : 4 SEANCE DU 24 JUIN 1994
votants : 5
L'an mil neuf cent quatre-vingt-quatorze, le vingt-quatre juin, le Conseil Municipal s'est réuni sous la présidence de M. Gérard VALLIN, Maire.

PRESENTS : M. VALLIN, Maire, M. PERROTIN, Mme LEFRANC, M. BOUCHERON.

ABSENTS REPRESENTES : M. SAUVAGEOT par M. VALLIN.
`);
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['VALLIN', 'PERROTIN', 'LEFRANC', 'BOUCHERON']);
    expect(doc.attendance.counts).toMatchObject({ inOffice: 15, present: 4, voting: 5 });
  });
});
