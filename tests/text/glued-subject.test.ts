/** A register's subject typed in the margin, glued by OCR to the deliberation's lines beside it. Invented names. */
import { describe, expect, it } from 'vitest';
import { unweaveGluedSubjects } from '../../src/text/glued-subject.ts';
import { analyzeText } from '../helpers/analyze-text.ts';

const PAGE = `Objet : Même séance.
Budget pri- M. le Maire ayant repris la présidence, le Conseil Muni-
mitif 1980 cipal examine le projet de budget primitif de l'exercice
1980 préparé par la commission des finances, et le vote à
l'unanimité des membres présents, sans observation aucune,
qui s'équilibre en recettes et en dépenses comme suit et
reprend les résultats de l'exercice précédent tels qu'ils
ont été arrêtés lors de la séance du mois de février 1980.
Objet : Même séance.
Coupes de bois Vu l'état d'assiette des coupes de l'exercice 1980
Affouage présenté par l'Office National des Forêts pour la forêt
communale soumise au régime forestier, le Conseil Municipal
approuve l'état d'assiette des coupes de l'exercice 1980.`;

describe('a subject in the margin glued to the deliberation by one space', () => {
  it('gives the subject after its label, the word its hyphen cut whole, then the note and the lines at their width', () => {
    expect(unweaveGluedSubjects(PAGE).split('\n')).toEqual([
      'Objet : Budget primitif 1980',
      'Même séance.',
      'M. le Maire ayant repris la présidence, le Conseil Muni-',
      "cipal examine le projet de budget primitif de l'exercice",
      '1980 préparé par la commission des finances, et le vote à',
      "l'unanimité des membres présents, sans observation aucune,",
      "qui s'équilibre en recettes et en dépenses comme suit et",
      "reprend les résultats de l'exercice précédent tels qu'ils",
      'ont été arrêtés lors de la séance du mois de février 1980.',
      'Objet : Coupes de bois Affouage',
      'Même séance.',
      "Vu l'état d'assiette des coupes de l'exercice 1980",
      "présenté par l'Office National des Forêts pour la forêt",
      'communale soumise au régime forestier, le Conseil Municipal',
      "approuve l'état d'assiette des coupes de l'exercice 1980.",
    ]);
  });

  it('leaves a title after the label, and lines of any width under it, as they are', () => {
    const titled = `Objet : Aide aux clubs sportifs - saison 2007/2008
La Commission Permanente attribue des subventions de fonctionnement à 58 clubs sportifs,
pour un montant total de 112 400 euros.
Objet : Collèges publics - dotations 2007
La Commission Permanente attribue des dotations complémentaires d'un montant total de 48
000 euros aux collèges.`;
    expect(unweaveGluedSubjects(titled)).toBe(titled);
  });

  it("makes each subject a point in an OCR'd register", () => {
    const doc = analyzeText(`REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL - SEANCE DU 14 MARS 1980\n${PAGE.replace(/Conseil Municipal/g, 'Consei1 Municipal')}\n`);
    expect(doc.items.map((i) => i.title)).toEqual(['Budget primitif 1980', 'Coupes de bois Affouage']);
  });
});
