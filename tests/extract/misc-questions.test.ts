/**
 * Which "Questions diverses" are split into their matters: those where the body decides one, read
 * as any decision's acting sentence is ("Le Conseil Municipal, après en avoir délibéré, décide …"),
 * not those only told. Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { findHeadings } from '../../src/segment/headings.ts';
import { withDecidedMiscQuestions } from '../../src/extract/misc-questions.ts';

const record = (matter: string): string => `PROCES-VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL DU 14 MARS 1997

1) BUDGET PRIMITIF 1997

Le Conseil Municipal, après en avoir délibéré, adopte le budget primitif 1997 à l'unanimité.

2) QUESTIONS DIVERSES

a) Elections : Monsieur le Maire remercie les conseillers qui ont tenu le bureau de vote le 9 mars.

${matter}

c) Chemin des Vignes : M. DELMAS signale que le chemin est dégradé.
`;

const titles = (text: string): string[] => withDecidedMiscQuestions(text, findHeadings(text, 0)).map((h) => h.title);

describe('withDecidedMiscQuestions', () => {
  it('splits the matters where the body decides one, a clause between the body and its verb', () => {
    const text = record("b) Cantine scolaire : le prix du repas est discuté. Le Conseil Municipal, après en avoir délibéré, décide de fixer le prix du repas à 12 F.");
    expect(titles(text).slice(-4)).toEqual(['QUESTIONS DIVERSES', 'Elections', 'Cantine scolaire', 'Chemin des Vignes']);
  });

  it('leaves the matters whole where none is decided', () => {
    const text = record("b) Cantine scolaire : le prix du repas est discuté. Le Maire étudiera la question avec le prestataire.");
    expect(titles(text).slice(-2)).toEqual(['BUDGET PRIMITIF 1997', 'QUESTIONS DIVERSES']);
  });
});
