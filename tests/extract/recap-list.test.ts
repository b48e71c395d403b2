/**
 * A register's pages, each deliberation under "OBJET :" with its number in the page's header
 * only, then the list of the sitting's deliberations on the last page. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const page = (number: string, subject: string, act: string) => `REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL
Séance du 10 avril 2026
Délibération n° ${number}
Nombre de membres
en exercice : 11
présents : 8
votants : 10
L'an deux mille vingt-six, le dix avril à dix-huit heures, le Conseil Municipal, dûment convoqué,
s'est réuni à la Mairie, sous la présidence de M. Jean-Pierre ALBERTI, Maire.
Presents : M. Jean-Pierre ALBERTI, Mme Marie SANTONI, M. Ange FILIPPI.
Secrétaire de séance : Mme Marie SANTONI.
OBJET : ${subject}
Monsieur le Maire expose le dossier au Conseil Municipal.
Le Conseil Municipal, après en avoir délibéré, à l'unanimité :
- ${act}
Au registre sont les signatures.`;

const doc = analyzeText(
  [
    page('2026-014', 'APPROBATION DU COMPTE DE GESTION 2025', 'APPROUVE le compte de gestion 2025.'),
    page('2026-015', 'AFFECTATIONDU RESULTAT DE FONCTIONNEMENT 2025', 'AFFECTE le résultat de fonctionnement.'),
    page('2026-016', 'TARIFS DE L\'EAU AU 1er JUILLET 2026', 'FIXE les tarifs de l\'eau.'),
    `LISTE DES DELIBERATIONS EXAMINEES PAR LE CONSEIL MUNICIPAL
N° Objet Vote
2026-014 Approbation du compte de gestion 2025 Adoptée
2026-015 Affectat ion du résultat de fonctionnement 2025 Adoptée
2026-016 Tarifs de l'eau au 1er juillet 2026 Adoptée
La séance a été levée à vingt heures.`,
  ].join('\f'),
);

describe("the list of the sitting's deliberations after them", () => {
  it('gives its numbers to the points before it, and its rows are no points', () => {
    expect(doc.items.map((i) => i.number)).toEqual(['2026-014', '2026-015', '2026-016']);
    expect(doc.items.map((i) => i.decision?.articles.map((a) => a.action))).toEqual([['approuve'], ['affecte'], ['fixe']]);
  });
});

describe("a register's pages with no list after them", () => {
  it('gives each subject under "OBJET :" the number its page\'s "Délibération n°" line gives, over the figures and who sat', () => {
    const pages = analyzeText(
      [
        page('2012-06', 'Compte de gestion 2011 du Receveur syndical', 'DÉCLARE que le compte de gestion n\'appelle aucune observation.'),
        page('2012-07', 'Compte administratif 2011', 'APPROUVE le compte administratif 2011.'),
      ].join('\f'),
    );
    expect(pages.items.map((i) => [i.number, i.title])).toEqual([
      ['2012-06', 'Compte de gestion 2011 du Receveur syndical'],
      ['2012-07', 'Compte administratif 2011'],
    ]);
  });
});
