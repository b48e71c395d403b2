/**
 * A compte rendu sommaire, each point a line: its rank, its title in capitals, a colon, then what
 * was decided run into the line ("3 - BUDGET PRIMITIF 1984 : voté à l'unanimité, …"). Invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const SUMMARY = `COMPTE RENDU SOMMAIRE DE LA REUNION DU COMITE SYNDICAL DU 16 MARS 1984

Le Comité Syndical, régulièrement convoqué le 6 mars 1984, s'est réuni le vendredi 16 mars 1984 à 21 heures à la Mairie de Serres, sous la présidence de M. Jean LABORDE, Président.

Etaient présents : MM. LABORDE, DUFFAU, PUJO, SARRAT, DASTE.
Secrétaire de séance : M. DUFFAU.

1 - COMPTE ADMINISTRATIF 1983 : Sous la présidence de M. PUJO, doyen d'âge, le Président s'étant retiré, le Comité adopte le compte administratif 1983.
Adopté par 4 voix.

2 - BUDGET PRIMITIF 1984 : voté à l'unanimité, équilibré à 1 245 300 F en section d'exploitation.

3 - RENFORCEMENT DE LA CONDUITE DE CASTET (tranche 1984) : le
Comité approuve le projet et sollicite une subvention du Conseil Général. Adopté à l'unanimité.

La séance est levée à 23 h 10.
`;

describe('a summary whose points run into their titles after a colon', () => {
  const doc = analyzeText(SUMMARY);

  it('ends each title at its colon, whatever opens the text after it: who presided, the vote, "le" closing the line', () => {
    expect(doc.items.map((i) => i.title)).toEqual(['COMPTE ADMINISTRATIF 1983', 'BUDGET PRIMITIF 1984', 'RENFORCEMENT DE LA CONDUITE DE CASTET (tranche 1984)']);
  });

  it("reads each point's vote and acts from its text", () => {
    expect(doc.items.map((i) => [i.decision?.vote?.unanimous, i.decision?.vote?.for])).toEqual([
      [false, 4],
      [true, null],
      [true, null],
    ]);
    expect(doc.items[2]!.decision?.articles.map((a) => a.action)).toEqual(['approuve', 'sollicite']);
  });
});
