/**
 * A regional council's procès-verbal by software: its counts a row of labels over a row of
 * figures, the quorum's cell "47 – atteint"; its roll call one table printed in two halves side
 * by side under its header printed twice, each row a name, a group's initials and a code of the
 * legend. Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const pad = (cell: string, width: number) => cell + ' '.repeat(Math.max(2, width - cell.length));
const LEFT = ['ALLAIN Nadia MR P', 'BERNIER Loïc SP P', 'CADIOU Lucie NI E', 'DAGORN Hervé MR Pouvoir à ALLAIN N.', 'ÉVENO Claire AR P', 'FLOCH Marc SP E'];
const RIGHT = ['GUEGAN Yann MR P', 'HENAFF Soizic EC P', 'JAFFRÉ Michel SP Pouvoir à GUEGAN Y.', 'KERJEAN Anne MR P', 'LE ROUX Paul AR P', 'MORVAN Julie EC P'];
const MINUTES = `CONSEIL RÉGIONAL
PROCÈS-VERBAL DE LA SÉANCE PLÉNIÈRE
Session du jeudi 14 mars 2019
Lieu : Hôtel de Région, salle des séances
Présidence : Mme ALLAIN Nadia, Présidente du Conseil régional

Conseillers en exercice  Présents  Pouvoirs  Votants  Quorum
12  8  2  10  7 – atteint

APPEL NOMINAL
${pad('Nom Prénom Groupe Présence', 36)}Nom Prénom Groupe Présence
${LEFT.map((l, i) => pad(l, 44) + RIGHT[i]).join('\n')}

Légende : P = présent(e) ; E = excusé(e) ; A = absent(e). Groupes : MR = Majorité régionale ; SP = Socialistes.

OUVERTURE DE LA SÉANCE
Le Conseil régional approuve le procès-verbal de la séance précédente à l'unanimité.
`;

describe('a roll call in two halves side by side, its counts a row of labels over their figures', () => {
  const doc = analyzeText(MINUTES);

  it('reads each figure under its label, the quorum\'s cell "7 – atteint" one cell', () => {
    expect(doc.attendance.counts).toEqual({ inOffice: 12, present: 8, represented: 2, voting: 10 });
  });

  it('reads both halves as one table, the right half\'s rows as the left\'s', () => {
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['ALLAIN', 'BERNIER', 'ÉVENO', 'GUEGAN', 'HENAFF', 'KERJEAN', 'LE ROUX', 'MORVAN']);
    expect(doc.attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([
      ['DAGORN', 'ALLAIN'],
      ['JAFFRÉ', 'GUEGAN'],
    ]);
  });

  it("takes a group's initials between the name and the code for no proxy's holder", () => {
    expect(doc.attendance.excused.map((p) => p.surname)).toEqual(['CADIOU', 'FLOCH']);
  });
});

describe('three lists side by side under their headings, each with its count in brackets', () => {
  const row = (...cells: string[]) => cells.map((c, i) => (i < cells.length - 1 ? pad(c, [33, 47][i]!) : c)).join('').trimEnd();
  const MINUTES = `CONSEIL GÉNÉRAL
COMMISSION PERMANENTE
Réunion du lundi 12 mars 2012
Présidence : M. LEBRUN Paul, Président du Conseil général

${row('Membres présents (6)', 'Pouvoirs (2)', 'Membres excusés (2)')}
${row('M. ALLARD Jean', 'M. HUET Marc à M. ALLARD', 'M. TOURNIER Guy')}
${row('Mme BLIN Marie', 'Mme NOEL Anne à Mme BLIN', 'Mme VIDAL Rose')}
M. COSTE Henri
M. DUPRE Louis
M. LEBRUN Paul
Mme MARTY Sophie

1 - SUBVENTIONS AUX COMMUNES
La Commission permanente, après en avoir délibéré, approuve les subventions à l'unanimité.
`;
  const doc = analyzeText(MINUTES);

  it('reads each column as its list, the proxies paired, not one line of three lists', () => {
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['ALLARD', 'BLIN', 'COSTE', 'DUPRE', 'LEBRUN', 'MARTY']);
    expect(doc.attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([
      ['HUET', 'ALLARD'],
      ['NOEL', 'BLIN'],
    ]);
    expect(doc.attendance.excused.map((p) => p.surname)).toEqual(['TOURNIER', 'VIDAL']);
  });
});
