/**
 * "Questions diverses" closing a commune's procès-verbal: matters each under a short title, most
 * told, one consented to ("Accord unanime du Conseil."), one voted; the point before them
 * adjourned. Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const PV = `COMMUNE DE SAINT-AUBIN-DES-LANDES
PROCES-VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL DU 14 MARS 1997

L'an mil neuf cent quatre-vingt-dix-sept, le quatorze mars à vingt heures trente, le Conseil Municipal s'est réuni à la mairie sous la présidence de M. Paul ROCHEVAL, Maire.

Présents : MM. ROCHEVAL, BRIAND, Mme CORDIER, MM. DELMAS, ESCUDIE, FABRE.

1) BUDGET PRIMITIF 1997

Le Maire présente le budget primitif de l'exercice 1997. Le Conseil Municipal, après en avoir délibéré, adopte le budget primitif 1997 à l'unanimité.

2) SYNDICAT DES EAUX - MODIFICATION DES STATUTS

Le Maire donne lecture de la délibération du comité syndical. Après discussion, le Conseil Municipal décide d'ajourner ce point à une prochaine séance.

3) QUESTIONS DIVERSES

a) Elections : Monsieur le Maire remercie les conseillers qui ont tenu le bureau de vote le 9 mars.

b) Fête communale : le comité des fêtes sollicite la gratuité de la salle des sports pour le repas du dimanche. Accord unanime du Conseil.

c) Chemin des Vignes : M. DELMAS signale que le chemin est dégradé. Le Maire prendra contact avec l'exploitant forestier.

d) Association sportive : l'association sollicite une subvention pour son tournoi. Le Conseil municipal accorde une subvention de 800 F par 5 voix pour et 1 abstention.

L'ordre du jour étant épuisé, la séance est levée à 22 h 40.
`;

describe('the matters of "Questions diverses" the body decided', () => {
  const doc = analyzeText(PV);

  it('reads each decided matter as a point under its own title, the matters only told none', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'BUDGET PRIMITIF 1997'],
      ['2', 'SYNDICAT DES EAUX - MODIFICATION DES STATUTS'],
      ['b', 'Fête communale'],
      ['d', 'Association sportive'],
    ]);
  });

  it('reads the consent as unanimous, the vote with its counts', () => {
    expect(doc.items[2]!.decision?.vote?.unanimous).toBe(true);
    expect(doc.items[3]!.decision?.vote).toMatchObject({ for: 5, abstentions: 1 });
  });
});
