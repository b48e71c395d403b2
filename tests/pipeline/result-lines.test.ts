/**
 * A software's compte rendu sommaire whose table header names the vote's columns on its second line
 * ("N° Objet Rapporteur" / "Vote Pour Contre Abst. NPPV"): each point's row is its number, subject and
 * rapporteur, the summary of what was decided, then the result's word and the counts on a line of their
 * own. Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const CR = `VILLE DE MARQUILLIES-LES-BOIS
COMPTE RENDU SOMMAIRE
Séance du Conseil Municipal du jeudi 11 mars 2010
Présents : M. GODARD, Mme VASSEUR, M. FONTAINE, Mme BRIDOUX, M. LEROUX.
N° Objet Rapporteur
Vote Pour Contre Abst. NPPV
2010/011 Approbation du procès-verbal de la séance du 4 février 2010 M. GODARD
Le procès-verbal de la séance du 4 février 2010 est approuvé.
Unanimité 29 0 0 0
2010/012 Compte administratif 2009 - Budget principal M. FONTAINE
Sous la présidence de Mme VASSEUR, M. le Maire s'étant retiré, le Conseil approuve le compte
administratif 2009.
Majorité 22 6 0 1
2010/013 Subventions aux associations - Exercice 2010 Mme BRIDOUX
Le Conseil attribue les subventions (détail annexé). M. LEROUX ne prend pas part au vote.
Unanimité 28 0 0 1
2010/014 Rapport annuel 2009 sur le prix et la qualité du service de l'eau M. LEROUX
Le Conseil prend acte de la présentation du rapport.
Pris acte - - - -
La séance est levée à 21h05.
`;

describe('result lines under a header naming the vote\'s columns', () => {
  const doc = analyzeText(CR);
  const votes = doc.items.map((i) => i.decision?.vote && [i.decision.vote.unanimous, i.decision.vote.for, i.decision.vote.against, i.decision.vote.abstentions, i.decision.vote.notVoting]);

  it('reads each point\'s result word and counts, in the header\'s order', () => {
    expect(votes).toEqual([
      [true, 29, 0, 0, 0],
      [false, 22, 6, 0, 1],
      [true, 28, 0, 0, 1],
      null,
    ]);
    expect(doc.items.map((i) => i.decision?.outcome)).toEqual(['adopted', 'adopted', 'adopted', 'noted']);
  });

  it('gives each point its subject\'s cell as title, the rapporteur\'s cell closing the row\'s line no part of it', () => {
    expect(doc.items.map((i) => i.title)).toEqual([
      'Approbation du procès-verbal de la séance du 4 février 2010',
      'Compte administratif 2009 - Budget principal',
      'Subventions aux associations - Exercice 2010',
      "Rapport annuel 2009 sur le prix et la qualité du service de l'eau",
    ]);
  });

  it('opens the decision on the summary under the row\'s line and closes it on the result line', () => {
    const decisions = doc.sections.filter((s) => s.kind === 'decision').map((s) => doc.text.slice(s.start, s.end));
    expect(decisions[0]).toBe('Le procès-verbal de la séance du 4 février 2010 est approuvé.\nUnanimité 29 0 0 0');
    expect(decisions[3]).toBe('Le Conseil prend acte de la présentation du rapport.\nPris acte - - - -');
  });
});
