/**
 * A compte rendu sommaire under one "Le Conseil Municipal :", each ranked point's title in capitals
 * closed by its full stop and its acts told in the perfect, the body left unsaid ("3° – SALLE DE
 * SPORTS. A approuvé …, sollicité … et autorisé M. le Maire à …"). Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const SUMMARY = `VILLE DE MARQUENNE-LES-MINES
COMPTE RENDU SOMMAIRE
DE LA SÉANCE DU CONSEIL MUNICIPAL DU VENDREDI 17 MARS 1978

Le Conseil Municipal s'est réuni en séance publique le vendredi 17 mars 1978 à 18 heures, à
l'Hôtel de Ville, sous la présidence de M. Jules DEBRUYNE, Maire.

Étaient présents : M. DEBRUYNE, Maire ; MM. CARLIER, WATTEAU, Mme DESMET, Adjoints ; MM. LEFEBVRE,
DUCROCQ, Mme VERHAEGHE, Conseillers Municipaux.

M. DUCROCQ a été désigné pour remplir les fonctions de secrétaire.

Le Conseil Municipal :

1° – A adopté le procès-verbal de la séance du 24 février 1978.

2° – BUDGET SUPPLÉMENTAIRE 1978. A voté le budget supplémentaire de l'exercice 1978, qui
s'équilibre à 1 246 000 F. Adopté par 5 voix contre 2.

3° – SALLE DE SPORTS DU QUARTIER DE LA FOSSE 9. A approuvé l'avant-projet sommaire
(2 100 000 F), sollicité les subventions de l'État et autorisé M. le Maire à contracter un emprunt.
Adopté à l'unanimité.

4° – PERSONNEL COMMUNAL. A créé un poste d'agent de bureau à compter du 1er mai 1978. Adopté à
l'unanimité.

La séance a été levée à 20 h 15.
`;

describe("a summary's points, their acts in the perfect under one lead", () => {
  const doc = analyzeText(SUMMARY);

  it('reads every ranked point, each title stopping at the full stop after its capitals', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'A adopté le procès-verbal de la séance du 24 février 1978'],
      ['2', 'BUDGET SUPPLÉMENTAIRE 1978'],
      ['3', 'SALLE DE SPORTS DU QUARTIER DE LA FOSSE 9'],
      ['4', 'PERSONNEL COMMUNAL'],
    ]);
  });

  it('reads the acts from their participles, "autorisé M. le Maire" among them', () => {
    expect(doc.items.map((i) => i.decision?.articles.map((a) => a.action))).toEqual([['adopte'], ['vote'], ['approuve', 'sollicite', 'autorise'], ['crée']]);
  });

  it("opens each point's decision at its act, after its title", () => {
    const decisions = doc.sections.filter((s) => s.kind === 'decision').map((s) => doc.text.slice(s.start, s.start + 12));
    expect(decisions).toEqual(['A adopté le ', 'A voté le bu', 'A approuvé l', 'A créé un po']);
  });
});
