/**
 * A departmental PV published on its website: a table of contents whose entries shorten the
 * reports' titles, then the PV, its counts said in a sentence.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import { findHeadings } from '../../src/segment/headings.ts';

const REPORT = (n: number, title: string) => [
  `Rapport n° ${n} - ${title}`,
  `M. le Président présente le rapport n° ${n}. Après en avoir délibéré, l'Assemblée départementale approuve les propositions du rapport.`,
  'Adopté à l\'unanimité.',
  '',
];

const PAGE = [
  'Accueil > Le Département > Les séances',
  'Procès-verbal de la séance publique du Conseil départemental du jeudi 10 mars 2016',
  'Sommaire',
  'Rapport n° 1 - Budget primitif 2016',
  'Rapport n° 2 - Garantie d\'emprunt',
  'Rapport n° 3 - Motion relative à la desserte ferroviaire',
  '',
  "L'an deux mille seize, le jeudi dix mars, à 9 h 30, le Conseil départemental s'est réuni en séance publique à l'Hôtel du Département, sous la présidence de M. Bernard ROLIN, Président.",
  'Étaient présents : M. Bernard ROLIN, Mme Anne COLLIN, M. Jean MARTIN, Mme Sophie PERRIN.',
  'M. Jean MARTIN a quitté la séance à 12 h 30 et a donné délégation de vote à Mme Anne COLLIN.',
  'M. le Président ouvre la séance. Il constate que le quorum est atteint, 29 conseillers départementaux étant présents et 4 représentés sur les 34 membres que compte l\'Assemblée.',
  '',
  ...REPORT(1, 'Budget primitif 2016'),
  ...REPORT(2, "Garantie d'emprunt - OPH Argonne Habitat - Réhabilitation de 64 logements"),
  ...REPORT(3, 'Motion relative à la desserte ferroviaire du nord du département'),
].join('\n');

describe('a departmental PV on its website', () => {
  const doc = analyzeText(PAGE);

  it('reads the shortened entries of its table of contents as the reports they announce, not as points', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Budget primitif 2016'],
      ['2', "Garantie d'emprunt - OPH Argonne Habitat - Réhabilitation de 64 logements"],
      ['3', 'Motion relative à la desserte ferroviaire du nord du département'],
    ]);
  });

  it('heads the points where the reports stand, none at the contents\' entries', () => {
    const body = PAGE.indexOf("L'an deux mille seize");
    const headings = findHeadings(PAGE, 0);
    expect(headings.map((h) => h.number)).toEqual(['1', '2', '3']);
    expect(headings.every((h) => h.start > body)).toBe(true);
  });

  it('reads "29 conseillers … étant présents et 4 représentés sur les 34 membres"', () => {
    expect(doc.attendance.counts).toMatchObject({ present: 29, represented: 4, inOffice: 34 });
  });

  it('reads "(12 présents et 2 représentés sur 17 administrateurs)", no noun after the first number', () => {
    const board = analyzeText(PAGE.replace('29 conseillers départementaux étant présents et 4 représentés sur les 34 membres que compte l\'Assemblée', '12 présents et 2 représentés sur 17 administrateurs'));
    expect(board.attendance.counts).toMatchObject({ present: 12, represented: 2, inOffice: 17 });
  });
});
