/**
 * A commune's compte rendu sommaire: each point a paragraph, its subject then a colon, the vote after
 * it, on the same line, on the next ("… 1 284,36 € :" / "adoptée à l'unanimité."), after a noun
 * ("… : garantie accordée à hauteur de 50 %") or closing a sentence ("… : les noms … sont retenus à
 * l'unanimité."). Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const CR = `VILLE DE SAINT-AUBIN-SUR-VAIGE
COMPTE RENDU SOMMAIRE DE LA SEANCE DU CONSEIL MUNICIPAL DU 14 MARS 2012

Le Conseil Municipal, légalement convoqué, s'est réuni à l'Hôtel de Ville le 14 mars 2012 à 20 h 30,
sous la présidence de M. Paul GERMAIN, Maire.

Etaient présents : M. GERMAIN, Mme LEROUX, M. BLANCHARD, Mme COSNARD, M. DUVAL.

Le Conseil Municipal, après en avoir délibéré :

1 - Budget primitif 2012 : adopté par 20 voix pour et 3 abstentions.

2 - Admission en non-valeur de produits irrécouvrables pour un montant de 612,40 € :
adoptée à l'unanimité.

3 - Garantie d'emprunt à Vaige Habitat pour la construction de 12 logements locatifs
sociaux rue du Moulin (prêts PLUS et PLAI, 980 000 €) : garantie accordée à
hauteur de 50 % à l'unanimité.

4 - Dénomination des voies du lotissement « Le Clos Fleuri » : les noms « rue des
Glaneurs » et « allée des Tilleuls » sont retenus à l'unanimité.

5 - Motion pour le maintien de la trésorerie de Saint-Aubin-sur-Vaige :
votée à l'unanimité.

La séance est levée à 22 h 15.
`;

describe('a summary\'s points, each vote after its subject\'s colon', () => {
  const doc = analyzeText(CR);

  it('reads each point, its title stopping before the vote', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Budget primitif 2012'],
      ['2', 'Admission en non-valeur de produits irrécouvrables pour un montant de 612,40 €'],
      ['3', "Garantie d'emprunt à Vaige Habitat pour la construction de 12 logements locatifs"],
      ['4', 'Dénomination des voies du lotissement « Le Clos Fleuri »'],
      ['5', 'Motion pour le maintien de la trésorerie de Saint-Aubin-sur-Vaige'],
    ]);
  });

  it('gives each point its vote', () => {
    expect(doc.items.map((i) => i.decision?.vote?.unanimous)).toEqual([false, true, true, true, true]);
  });
});

describe('a colon inside a point\'s title', () => {
  it('stays in it where the sentence after it states no vote in the passive', () => {
    const text = CR.replace('4 - Dénomination des voies du lotissement « Le Clos Fleuri » : les noms « rue des\nGlaneurs » et « allée des Tilleuls » sont retenus à l\'unanimité.',
      '4 - Salle des fêtes : révision des tarifs de location\nLe Conseil Municipal adopte les nouveaux tarifs à l\'unanimité.');
    expect(analyzeText(text).items[3]!.title).toBe('Salle des fêtes : révision des tarifs de location');
  });
});

describe('an affair\'s label as OCR leaves it', () => {
  it('heads the affair glued to its "N°" or a colon before it', () => {
    const text = `COMMUNE DE SAINT-LOUIS-LES-HAUTS
PROCES-VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL DU 12 OCTOBRE 2007
Le Conseil Municipal s'est réuni sous la présidence de M. Paul HOARAU, Maire.
Présents : MM. HOARAU, PAYET, GRONDIN, Mme TECHER.

AFFAIRE N° 1 - BUDGET SUPPLEMENTAIRE 2007
Le Conseil Municipal, après en avoir délibéré, adopte le budget supplémentaire à l'unanimité.

AFFAIRE : N° 2 - SUBVENTIONS AUX ASSOCIATIONS
Le Conseil Municipal, après en avoir délibéré, décide d'attribuer les subventions à l'unanimité.

AFFAIREN° 3 - CESSION DE LA PARCELLE AB 1045
Le Conseil Municipal, après en avoir délibéré, approuve la cession à l'unanimité.
`;
    expect(analyzeText(text).items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'BUDGET SUPPLEMENTAIRE 2007'],
      ['2', 'SUBVENTIONS AUX ASSOCIATIONS'],
      ['3', 'CESSION DE LA PARCELLE AB 1045'],
    ]);
  });
});
