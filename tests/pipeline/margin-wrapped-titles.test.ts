/**
 * A register's points ranked under their act's number ("Délib. n° 94-55  4°) DEMANDE …"), a title wrapped onto a line of its
 * own, then the margin's "Objet :" and its subject beside the text's first line. Invented names and figures.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const TEXT = `VILLE DE BRAS-LAURIER
REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL
Séance du 27 mai 1994
L'an mil neuf cent quatre-vingt-quatorze, le vingt-sept mai à dix-sept heures, le Conseil Municipal
s'est réuni à la Mairie sous la présidence de M. Paul HOARAU, Maire.
Présents : MM. HOARAU, PAYET, GRONDIN, MUSSARD, RIVIERE, Mme TECHER.

Délib. n° 94-52  1°) COMPTE ADMINISTRATIF 1993
---------------------------------
Objet : Compte ad-   M. PAYET, Premier Adjoint délégué aux finances, présen-
ministratif 1993  te le compte administratif de l'exercice 1993.
Le Conseil Municipal, à l'unanimité, APPROUVE le compte administratif 1993.

Délib. n° 94-55  2°) DEMANDE DE SUBVENTION AU TITRE DU F.I.D.O.M. -
          AMENAGEMENT DU CHEMIN BRAS-PITON
Objet : Subvention Le montant des travaux est estimé à 2 460 000 F. Il
FIDOM chemin Bras-  est proposé de solliciter du F.I.D.O.M. une subvention
Piton  au taux de 60 % et d'inscrire la part communale au budget.
Le Conseil Municipal, à l'unanimité, APPROUVE l'avant-
projet et SOLLICITE la subvention de l'Etat.

Délib. n° 94-56  3°) CONVENTION AVEC LA SOCIETE IMMOBILIERE POUR LA
      CONSTRUCTION DE 48 LOGEMENTS SOCIAUX
Objet : Convention M. MUSSARD présente le projet de convention qui prévoit
L.E.S. Bois-Rouge   la mise à disposition par la Commune de terrains vi-
abilisés au lieu-dit Bois-Rouge.
Le Conseil Municipal, à l'unanimité, APPROUVE la convention et AUTORISE le Maire à la signer.

Ainsi fait et délibéré les jour, mois et an que dessus.
Le Maire,
P. HOARAU
`;

describe('a ranked title wrapped onto its own line, the margin\'s "Objet :" beside the text under it', () => {
  const doc = analyzeText(TEXT);
  it('reads each act as one point, numbered, the margin\'s label and the text\'s first words no point of their own', () => {
    expect(doc.items.map((i) => i.number)).toEqual(['94-52', '94-55', '94-56']);
    expect(doc.items.some((i) => /^(?:Subvention|Convention) /u.test(i.title))).toBe(false);
  });
  it('keeps each act\'s decision with its point', () => {
    expect(doc.items.map((i) => i.decision?.articles.map((a) => a.action))).toEqual([['approuve'], ['approuve', 'sollicite'], ['approuve', 'autorise']]);
  });
});
