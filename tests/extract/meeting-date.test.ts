/** The sitting's date among the other dates of a document's head. Invented names. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

describe("a stamp's date over the sitting's", () => {
  it('passes over the date a line or two under "REÇU A LA SOUS-PREFECTURE", its figures spaced by OCR', () => {
    const doc = analyzeText(`COMMUNAUTE DE COMMUNES DU PAYS DE MARCY

                                        REÇU A LA SOUS-PREFECTURE
                                        DE MONTBARD
                                        le 2 1 MAI 1996

EXTRAIT DU REGISTRE DES DELIBERATIONS DU BUREAU

Séance du 14 mai 1996

L'an mil neuf cent quatre-vingt-seize, le quatorze mai à dix-huit heures trente, le Bureau de la Communauté, dûment convoqué le 6 mai 1996, s'est réuni sous la présidence de Monsieur Roger LAVIRON, Président.
Etaient présents : MM. LAVIRON, BERTIN, Mme CHEVALIER.
`);
    expect(doc.meeting.date).toBe('1996-05-14');
  });
});
