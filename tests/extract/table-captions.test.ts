/** A table in a report under a title in capitals: its caption, no point. Invented names. */
import { describe, expect, it } from 'vitest';
import { withoutTableCaptions } from '../../src/segment/table-captions.ts';
import type { Heading } from '../../src/segment/headings.ts';
import { lineLayout } from '../../src/text/layout.ts';
import { normalizePages } from '../../src/text/normalize.ts';
import { analyzeText } from '../helpers/analyze-text.ts';

const PAGE = `OBJET : REBOISEMENT DES TERRAINS SECTIONAUX

Monsieur le Maire propose de reboiser les landes des sections.

ÉTAT PARCELLAIRE DES TERRAINS CONCERNÉS

Section          Lieu-dit                    Cadastre    Contenance
Chaumeil         Les Grandes Bruyères        B 212       12 ha 40 a 10
Puy-Gerbal       Le Puy                      C 88         9 ha 76 a 20

PLAN DE FINANCEMENT
Le Fonds forestier prend en charge la totalité de la dépense.
`;

const heading = (text: string, title: string): Heading => {
  const start = text.indexOf(title);
  return { scheme: 'capitals', start, end: start + title.length, number: null, title };
};

describe('a title in capitals over a table laid out with spaces', () => {
  // The rows are read as laid out: normalization makes each run of spaces one.
  const [text] = normalizePages([PAGE]);
  const layout = lineLayout([PAGE]);
  const headings = ['OBJET : REBOISEMENT DES TERRAINS SECTIONAUX', 'ÉTAT PARCELLAIRE DES TERRAINS CONCERNÉS', 'PLAN DE FINANCEMENT'].map((t) => heading(text!, t));

  it("is the table's caption, not a point; a title over prose stays a heading", () => {
    expect(text).toContain('Section Lieu-dit Cadastre Contenance');
    expect(withoutTableCaptions(text!, headings, layout).map((h) => h.title)).toEqual(['OBJET : REBOISEMENT DES TERRAINS SECTIONAUX', 'PLAN DE FINANCEMENT']);
  });

  it('keeps the first heading, which opens the point, whatever follows it', () => {
    expect(withoutTableCaptions(text!, headings.slice(1), layout).map((h) => h.title)).toEqual(['ÉTAT PARCELLAIRE DES TERRAINS CONCERNÉS', 'PLAN DE FINANCEMENT']);
  });
});

describe('a title in capitals over a table a cell a line, as a software export gives it back', () => {
  const PAGE_CELLS = `BUDGET PRIMITIF DE L'EXERCICE 1983
Le Conseil Municipal arrête le budget primitif de l'exercice 1983.

DETAIL DES OPERATIONS D'EQUIPEMENT
Op.
Article
Libellé
Montant voté
901 - Voirie : aménagement de la rue de l'Ecole
2315
Travaux de voirie et trottoirs
318 000,00

OBSERVATIONS DU CONSEIL
Le Conseil demande que les travaux de la rue de l'Ecole commencent avant l'été.
`;
  const [text] = normalizePages([PAGE_CELLS]);
  const layout = lineLayout([PAGE_CELLS]);
  const headings = ["BUDGET PRIMITIF DE L'EXERCICE 1983", "DETAIL DES OPERATIONS D'EQUIPEMENT", 'OBSERVATIONS DU CONSEIL'].map((t) => heading(text!, t));

  it('is the caption of the table its column labels open ("Op." / "Article" / "Libellé"), not a point', () => {
    expect(withoutTableCaptions(text!, headings, layout).map((h) => h.title)).toEqual(["BUDGET PRIMITIF DE L'EXERCICE 1983", 'OBSERVATIONS DU CONSEIL']);
  });
});

describe("an extract's tariffs under its articles, captioned in capitals, and the préfecture's stamps under its signature", () => {
  const text = `EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL
Séance du 27 juin 1975
L'an mil neuf cent soixante-quinze, le vingt-sept juin, le Conseil Municipal de la Commune du Morne-Vert s'est réuni à la Mairie, sous la présidence de Monsieur Justin FLORENTIN, Maire.
Etaient présents : MM. FLORENTIN Justin, ALCIDE Raymond, THEODORE Marcel.

OBJET : MARCHE COUVERT ET ABATTOIR COMMUNAL - REVISION DES DROITS DE PLACE.

Monsieur le Maire rappelle que les droits de place n'ont pas été révisés depuis 1968.

Après en avoir délibéré, à l'unanimité,

DECIDE :

Article 1er. - Les droits de place sont fixés ainsi qu'il suit :

   MARCHE COUVERT
   - Etal de boucherie, par jour ...................... 4,50 F
   - Case fermée (mercerie, quincaillerie), par mois .. 45,00 F

   MARCHE AU POISSON DE L'ANSE COCO
   - Etal carrelé, par jour, sans glace ............... 2,00 F
   - Glace supplémentaire, le kilogramme .............. 0,15 F

Article 2. - Le Conseil charge Monsieur le Maire de l'exécution de la présente délibération.

Ainsi fait et délibéré en séance, les jour, mois et an que dessus.

Pour extrait certifié conforme,
Le Maire,

J. FLORENTIN

   REÇU A LA SOUS-PREFECTURE
   DE LA TRINITE LE - 4 JUIL. 1975
   Enreg. n° 1 836 .

   VU ET APPROUVE
   Fort-de-France, le 21 JUIL 1975
   Pour le Préfet et par délégation,
   Le Secrétaire Général,
`;

  it('is one deliberation: the caption over the rows between its articles, and the stamp, head no point', () => {
    const doc = analyzeText(text);
    expect(doc.items.map((i) => i.title)).toEqual(['MARCHE COUVERT ET ABATTOIR COMMUNAL - REVISION DES DROITS DE PLACE']);
    expect(doc.kind).toBe('deliberation');
  });
});
