/**
 * A regional plenary's minutes exported by software: the sitting's form as a row of labels over a row of
 * values ("Séance du Convocation Ouverture Clôture"), the quorum's count in brackets, and the table of
 * deliberations a row a line, each subject wrapped around its row's line, the rapporteur named family name
 * first, a note under the table. Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const PV = `REGION DU HAUT-PAYS
ASSEMBLEE PLENIERE - PROCES-VERBAL DE SEANCE
Séance du Convocation Ouverture Clôture
14/12/2009 30/11/2009 10:00 12:45
Lieu : Hôtel de Région - Hémicycle
Président de séance : MARCHAND Louis, Président du Conseil régional
Secrétaire de séance : ROUX Amélie
En exercice Présents Pouvoirs Absents Votants
75 68 5 2 73
Quorum (38) : atteint
DELIBERATIONS
N° Objet Rapporteur Pour Contre Abst. NPPV Décision
Approbation du procès-verbal de la séance plénière du 19 octobre
09.12.601 Le Président 72 0 1 0 Adopté
2009
09.12.602 Budget primitif 2010 TISSOT Hélène 48 22 3 0 Adopté
Schéma régional du tourisme
09.12.603 GARNIER Paul 70 0 3 0 Adopté
2010-2014
Observations :
09.12.602 : ne prend pas part au vote M. BLANC Henri.
Le Président du Conseil régional
Louis MARCHAND
`;

describe("a plenary's software export", () => {
  const doc = analyzeText(PV);

  it("reads the opening's time and the convocation's date from the form's row, not the closing's", () => {
    expect(doc.meeting.time).toBe('10:00');
    expect(doc.meeting.convocationDate).toBe('2009-11-30');
  });

  it('reads "Quorum (38) : atteint" as the quorum met', () => {
    expect(doc.meeting.quorum).toBe(true);
  });

  it('reads each row whose rapporteur is named family name first, its subject wrapped around it, up to the note under the table', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['09.12.601', 'Approbation du procès-verbal de la séance plénière du 19 octobre 2009'],
      ['09.12.602', 'Budget primitif 2010'],
      ['09.12.603', 'Schéma régional du tourisme 2010-2014'],
    ]);
    expect(doc.items.map((i) => i.decision?.vote && [i.decision.vote.for, i.decision.vote.against, i.decision.vote.abstentions])).toEqual([
      [72, 0, 1],
      [48, 22, 3],
      [70, 0, 3],
    ]);
  });
});
