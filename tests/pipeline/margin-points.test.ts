/**
 * A register's points titled in its margin, as the margin's notes come out of the layout: the
 * rank alone on its line over the subject ("Point 1" / "Approbation du P.V."), or a note "[En
 * marge : Point 2 Chasse communale …]" over the text; the box of the sitting's figures no point.
 * Invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const REGISTER = `COMMUNE DE HOLDERANGE
PROCES-VERBAL DES DELIBERATIONS DU CONSEIL MUNICIPAL
Séance du 19 février 1988

[En marge : Nombre des membres du Conseil Municipal élus : 11 Conseillers en fonction : 11]
Sous la présidence de M. Joseph GANGLOFF, Maire.
Membres présents : MM. GANGLOFF, KIEFFER, STEINMETZ, WEBER, HEIN.

Point 1
Approbation du procès-verbal
Le procès-verbal de la séance du 11 décembre 1987 est approuvé sans observation.

[En marge : Point 2 Chasse communale Affectation du produit de la location]
Le Maire expose que la consultation des propriétaires est close.
Le Conseil Municipal, après en avoir délibéré, décide d'affecter le produit de la location au budget communal.
Adopté à l'unanimité.

[En marge : Point 3 Forêt communale Programme O.N.F. 1988]
Le Conseil Municipal approuve le programme présenté et charge le Maire de passer commande.
Adopté par 4 voix pour et 1 abstention.
`;

describe("a register's points titled in its margin", () => {
  const doc = analyzeText(REGISTER);

  it("numbers each point by its margin's rank and titles it by the subject after or under it, the figures' box none", () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Approbation du procès-verbal'],
      ['2', 'Chasse communale Affectation du produit de la location'],
      ['3', 'Forêt communale Programme O.N.F. 1988'],
    ]);
  });
});
