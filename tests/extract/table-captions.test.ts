/** A table in a report under a title in capitals: its caption, no point. Invented names. */
import { describe, expect, it } from 'vitest';
import { withoutTableCaptions } from '../../src/segment/table-captions.ts';
import type { Heading } from '../../src/segment/headings.ts';
import { lineLayout } from '../../src/text/layout.ts';
import { normalizePages } from '../../src/text/normalize.ts';

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
