/**
 * A relevé of decisions exported by a records application: over each act its header one label a
 * line ("N° acte" / "Objet" / "Rapporteur"), then the act's number, its subject (wrapping), its
 * rapporteur (a name, or an office: "Le Maire"), the decision under "Décision :", and its vote as a
 * grid whose figures' line goes on with the outcome and the act's registration at the prefecture.
 * Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const act = (number: string, subject: string, rapporteur: string, decision: string, figures: string) => `N° acte
Objet
Rapporteur
${number}
${subject}
${rapporteur}
Décision :
${decision}
Pour Contre Abst. NPPV Résultat Enreg. S/Préf.
${figures}`;

const RELEVE = `COMMUNE DE VALDORNA
RELEVE DES DECISIONS
Instance
CONSEIL MUNICIPAL
Séance du
29/07/1994
DECISIONS
${act('94/041', 'Approbation du procès-verbal de la séance du 24/06/1994', 'Le Maire', 'Le procès-verbal de la séance du 24 juin 1994 est approuvé sans observation.', '17 0 0 0 Adopté (unanimité) Non transmis')}
${act('94/042', 'Compte administratif 1993 - Budget annexe de l\'eau et\nde l\'assainissement', 'ALBERTINI Paul-Antoine', 'Le conseil municipal approuve le compte administratif 1993 du\nbudget annexe de l\'eau.', '12 0 3 2 Adopté (majorité) 2B/94/01187')}
${act('94/043', 'Cession d\'une parcelle communale section B n° 412', 'Le Maire', 'Le conseil municipal refuse la cession de la parcelle section B n° 412.', '5 9 2 1 Rejeté 2B/94/01196')}
Séance levée à
20:15
`;

describe('a relevé whose acts are keyed under their header', () => {
  const doc = analyzeText(RELEVE);

  it('reads a point for each act, its title the subject whole, up to the rapporteur', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['94/041', 'Approbation du procès-verbal de la séance du 24/06/1994'],
      ['94/042', "Compte administratif 1993 - Budget annexe de l'eau et de l'assainissement"],
      ['94/043', "Cession d'une parcelle communale section B n° 412"],
    ]);
  });

  it('reads the figures and the outcome after them, not the registration', () => {
    const votes = doc.items.map((i) => [i.decision?.vote?.for, i.decision?.vote?.against, i.decision?.vote?.abstentions, i.decision?.vote?.notVoting, i.decision?.outcome]);
    expect(votes).toEqual([
      [17, 0, 0, 0, 'adopted'],
      [12, 0, 3, 2, 'adopted'],
      [5, 9, 2, 1, 'rejected'],
    ]);
    expect(doc.items[1]!.decision?.articles.map((a) => a.action)).toEqual(['approuve']);
  });
});
