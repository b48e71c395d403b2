/**
 * Old minutes that write each matter as a paragraph opened by its title in capitals and a full stop
 * ("ELECTION DU PRESIDENT. Il est procédé …"), no heading on a line of its own. Written for these
 * tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const PV = `CONSEIL GENERAL DE LA VERONNE
PROCES-VERBAL DE LA SEANCE DU 29 MARS 1982
Présents : MM. ABADIE, BERGES, CAZALS, DOUMENC, ESCAICH, FABRE, GALIBERT.
La séance est ouverte à quinze heures sous la présidence de M. ABADIE, doyen d'âge.
ELECTION DU PRESIDENT. Il est procédé au scrutin secret. M. Louis BERGES, ayant obtenu la majorité absolue, est proclamé Président du Conseil général.
COMMISSION DEPARTEMENTALE. Le Conseil général désigne à l'unanimité MM. CAZALS, FABRE et GALIBERT pour siéger à la Commission départementale.
SESSION ORDINAIRE. Sur la proposition de M. le Président, le Conseil général décide à l'unanimité d'ouvrir sa session ordinaire le lundi 26 avril.
La séance est levée à seize heures trente.
`;

describe('matters titled in capitals run into their paragraphs', () => {
  const doc = analyzeText(PV);

  it('reads each title closed by its full stop as a point', () => {
    expect(doc.items.map((i) => i.title)).toEqual(['ELECTION DU PRESIDENT', 'COMMISSION DEPARTEMENTALE', 'SESSION ORDINAIRE']);
  });

  it('reads the acts of each paragraph as its point\'s decision', () => {
    expect(doc.items.map((i) => i.decision?.articles.map((a) => a.action) ?? [])).toEqual([[], ['désigne'], ['décide']]);
    expect(doc.items.slice(1).map((i) => i.decision?.vote?.unanimous)).toEqual([true, true]);
  });

  it('reads no title from one such paragraph alone, nor from a name or an act in capitals', () => {
    const one = analyzeText(PV.replace(/^ELECTION DU PRESIDENT\. [^\n]*\n/m, '').replace(/^SESSION ORDINAIRE\. [^\n]*\n/m, 'ADOPTE A L\'UNANIMITE. Le Conseil passe à la suite.\n'));
    expect(one.items.map((i) => i.title)).not.toContain('ADOPTE A L\'UNANIMITE');
    expect(one.items.map((i) => i.title)).not.toContain('COMMISSION DEPARTEMENTALE');
  });
});

describe("a typescript's ranked titles in capitals run into their text after a full stop and a dash", () => {
  const SUMMARY = `COMPTE - RENDU SOMMAIRE
de la réunion du Comité Syndical du 22 mars 1985

L'an mil neuf cent quatre vingt cinq, le vingt deux mars à vingt heures trente, le Comité Syndical,
régulièrement convoqué, s'est réuni à la Mairie, sous la présidence de M. Roger LAFFARGUE, Président.

Etaient présents : MM. LAFFARGUE, CHAZEAU, DELPY, LACOSTE.

2°) COMPTE ADMINISTRATIF 1984. - Sous la présidence de M. CHAZEAU, doyen
d'âge, M. LAFFARGUE s'étant retiré, le Comité adopte le compte administratif
1984, par 11 voix pour.

3°) BUDGET PRIMITIF 1985. - Le budget est adopté à l'unanimité ; il s'équili-
bre en fonctionnement à 1 284 500 F.

6°) QUESTIONS DIVERSES. - Le Président informe le Comité des fuites constatées.
`;

  it('stops each title at its full stop, the text after the dash its own', () => {
    const doc = analyzeText(SUMMARY);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['2', 'COMPTE ADMINISTRATIF 1984'],
      ['3', 'BUDGET PRIMITIF 1985'],
    ]);
    expect(doc.items.map((i) => i.decision?.outcome)).toEqual(['adopted', 'adopted']);
  });
});

describe("a typescript's ranked titles run into their text after a full stop and a dash, the text's subject wrapped to the next line", () => {
  const SUMMARY = `VILLE DE SAINT-AUBIN-LES-PRES
COMPTE RENDU SOMMAIRE DE LA SEANCE DU CONSEIL MUNICIPAL DU 14 MARS 1980

Le Conseil Municipal s'est réuni sous la présidence de M. Roger LEMAIRE, Maire.
Etaient présents : MM. LEMAIRE, DUVAL, PETIT, RENARD, Mme CARON.

1. COMMUNICATIONS DE M. LE MAIRE. - M. le Maire donne connaissance au
Conseil des remerciements reçus des associations subventionnées.

2. EMPRUNT AUPRES DU CREDIT AGRICOLE - VOIRIE 1980. - Le Conseil
Municipal décide de contracter un emprunt de 600 000 F destiné au programme
de voirie et autorise M. le Maire à signer le contrat. Adopté à l'unanimité.

3. ECLAIRAGE PUBLIC - RUE DES LILAS. - Le Conseil approuve le devis de
l'entreprise BLANCHET pour 84 000 F. Adopté à l'unanimité.
`;

  it('stops each title at its full stop, the sentence after the dash its text, its acts read', () => {
    const doc = analyzeText(SUMMARY);
    // The communications, nothing decided, are no point.
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['2', 'EMPRUNT AUPRES DU CREDIT AGRICOLE - VOIRIE 1980'],
      ['3', 'ECLAIRAGE PUBLIC - RUE DES LILAS'],
    ]);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['décide', 'autorise']);
  });
});
