/** The words the rules key on with a letter OCR misread (an l for an i, a c for an e, a u for an n), read back. Invented names. */
import { describe, expect, it } from 'vitest';
import { readBackMisreadCueWords } from '../../src/text/misread-cue-words.ts';
import { analyzeText } from '../helpers/analyze-text.ts';

describe('cue words with an l for an i', () => {
  it('reads them back, accents and a capital kept, a real l of the word left', () => {
    expect(readBackMisreadCueWords('sous la présldence de M. Henri VALLIN, Présldent du Consell Général ; pouvolr à M. X ; artlcle 2 ; après en avoir déllbéré ; Monsleur le Maire')).toBe(
      'sous la présidence de M. Henri VALLIN, Président du Conseil Général ; pouvoir à M. X ; article 2 ; après en avoir délibéré ; Monsieur le Maire',
    );
  });

  it('leaves words that are no misread cue word: French words, names, words inside others', () => {
    const text = 'Ils étalent les dépenses ; la salle de Lille ; le Président ; M. PRESLDENT ; conseiller ; délégué ; bellement';
    expect(readBackMisreadCueWords(text)).toBe(text);
  });

  it('reads "Etalent" back before a list\'s word only: "étalent" is a French word', () => {
    expect(readBackMisreadCueWords('Etalent présents : M. X ; Étalent absents excusés : M. Y')).toBe('Etaient présents : M. X ; Étaient absents excusés : M. Y');
    expect(readBackMisreadCueWords('ils étalent les paiements')).toBe('ils étalent les paiements');
  });

  it('finds the president the misread presidency names', () => {
    const doc = analyzeText(`CONSEIL GENERAL DE L'ARNON
SEANCE DU MARDI 25 NOVEMBRE 1975

La séance est ouverte à 9 h 30, à l'Hôtel du Département, sous la présldence
de M. Henri VALLIN, Président du Conseil Général.

Rapport n° 1. - Budget primitif de 1976.
Le Conseil Général arrête le budget primitif de 1976.
Adopté à l'unanimité.
`);
    expect(doc.meeting.president?.surname).toBe('VALLIN');
  });
});

describe('cue words with a c for an e, a u for an n', () => {
  it('reads them back: "La Commission Pcrmanente approuve", "La Commissiou", "Mousieur le Maire", "présents ou rcprésentés"', () => {
    expect(readBackMisreadCueWords('La Commission Pcrmanente approuve ; La Commissiou Permanente ; Mousieur le Maire ; présents ou rcprésentés : 13 ; date de convocatiou')).toBe(
      'La Commission Permanente approuve ; La Commission Permanente ; Monsieur le Maire ; présents ou représentés : 13 ; date de convocation',
    );
  });

  it('leaves words that are no misread cue word', () => {
    const text = 'un accueil ; la secte ; une cause ; le sucre ; la mousse ; Mme COUSEIL ; les pouces';
    expect(readBackMisreadCueWords(text)).toBe(text);
  });

  it("reads the body's act under a misread body: its decision", () => {
    const doc = analyzeText(`Commission Permanente du 21 octobre 1996
Rapport n° 2-01 - Programme de sécurité routière

Rapporteur : M. GAUTRONNEAU

M. GAUTRONNEAU présente la répartition des crédits du programme de sécurité routière.
La Commission Pcrmanente approuve la répartition proposée.
Adopté à l'unanimité.

Rapport n° 2-02 - Transports scolaires

La Commissiou Permanente approuve les avenants et autorise le Président à les signer.
Adopté à l'unanimité.
`);
    expect(doc.items.map((i) => i.decision?.articles.map((a) => a.action))).toEqual([['approuve'], ['approuve', 'autorise']]);
  });
});

describe('a misread cue word after an elided article', () => {
  it('reads back "l\'unanlmité" after the elision\'s one letter, not inside a word that holds an apostrophe', () => {
    expect(readBackMisreadCueWords("adopté à l'unanlmité des membres")).toBe("adopté à l'unanimité des membres");
    expect(readBackMisreadCueWords("aujourd'hul")).toBe("aujourd'hul");
  });

  it("reads a vote OCR wrote with an l and a 6 as unanimous", () => {
    const doc = analyzeText(`Séance du 17 juin 1993\n1°) BUDGET SUPPLEMENTAIRE 1993\nLe Conseil examine le budget supplémentaire.\nLe budget supplémentaire est adopté a l'unanlmit6.\n`);
    expect(doc.items[0]?.decision?.vote?.unanimous).toBe(true);
  });
});
