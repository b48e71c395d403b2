/** A register's subject typed in the margin, glued by OCR to the deliberation's lines beside it. Invented names. */
import { describe, expect, it } from 'vitest';
import { unweaveGluedSubjects, unweaveNumberedSubjects } from '../../src/text/glued-subject.ts';
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

/** A bureau's register, each act numbered in the margin on the line its paragraph opens with the point's rank; invented names. */
const OPENING = `L'an mil neuf cent quatre-vingt-dix-huit, le neuf mars, le
Bureau de la Communauté de Communes, régulièrement convoqué,
s'est réuni au siège sous la présidence de M. Jean LEROY.
Etaient présents : M. LEROY, M. DUVIVIER, Mme PRUVOST, M. HENNO.`;

const NUMBERED = `N° B 1998-12 2°) M. DUVIVIER, Vice-Président chargé de l'environnement,
Déchetterie - présente le résultat de la consultation lancée pour
extension - l'extension de la déchetterie intercommunale. Trois
choix de l'entreprise entreprises ont remis une offre ; la commission des
marchés propose de retenir l'offre la mieux disante, pour un
montant de 412 000 F hors taxes, délai d'exécution quatre mois.
Le Bureau, après en avoir délibéré, à l'unanimité, retient
l'offre de l'entreprise BRIDOUX et autorise le Président à
signer le marché et toutes les pièces qui s'y rapportent.`;

const SPACED = `N° B 1998-13 3°) Mme PRUVOST présente le projet de convention avec le
Piste cyclable     Département pour l'aménagement d'une piste cyclable
de la Lys -        le long de la route départementale, sur quatre
convention avec    kilomètres. Le coût est estimé à 640 000 F hors
le Département     taxes, financé pour moitié par le Département.
Le Bureau, à l'unanimité, approuve la convention et autorise
le Président à la signer ainsi que toutes les pièces utiles.`;

describe("a subject stacked in the margin under the act's number, the paragraph opening beside the number on its rank", () => {
  it('gives the subject after the number and the rank, cut where its parts\' dashes show the margin, in a scan\'s OCR', () => {
    expect(unweaveNumberedSubjects(`${OPENING}\n\n${NUMBERED}`, true).split('\n').slice(5, 10)).toEqual([
      "N° B 1998-12 2°) Déchetterie - extension - choix de l'entreprise",
      "M. DUVIVIER, Vice-Président chargé de l'environnement,",
      'présente le résultat de la consultation lancée pour',
      "l'extension de la déchetterie intercommunale. Trois",
      'entreprises ont remis une offre ; la commission des',
    ]);
  });

  it('leaves words of prose glued by one space alone where no dash shows the margin, and any such page out of a scan', () => {
    const prose = `${OPENING}\n\n${NUMBERED.replace('Déchetterie -', 'Déchetterie').replace('extension -', 'extension')}`;
    expect(unweaveNumberedSubjects(prose, true)).toBe(prose);
    expect(unweaveNumberedSubjects(`${OPENING}\n\n${NUMBERED}`, false)).toBe(`${OPENING}\n\n${NUMBERED}`);
  });

  it('reads the pieces two spaces or more from the body in any text, and titles the act with them', () => {
    expect(unweaveNumberedSubjects(`${OPENING}\n\n${SPACED}`, false).split('\n')[5]).toBe('N° B 1998-13 3°) Piste cyclable de la Lys - convention avec le Département');
    const doc = analyzeText(`BUREAU COMMUNAUTAIRE\nSéance du 9 mars 1998\n\n${OPENING}\n\n${SPACED}\n`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['B 1998-13', 'Piste cyclable de la Lys - convention avec le Département']]);
  });
});
