import { describe, expect, it } from 'vitest';
import { partGluedWords } from '../../src/text/glued-words.ts';

describe('a text layer that glued its runs of text together', () => {
  const PAGE = `PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 6 AVRIL 2009
L'an deux mil neuf, le six avril, le Conseil Municipal s'est réuni sous la présidence de Monsieur Gérard VALAIS, Maire.Nombre de conseillers en exercice : 15 - Présents : 11 - Votants : 13Présents : MM. VALAIS Gérard, CHASTAING Pierre.Absent : M. VEYSSET Bernard.
APPROBATION DU PROCÈS-VERBAL DE LA SÉANCE PRÉCÉDENTELe procès-verbal est adopté à l'unanimité.
1. FINANCES - Budget primitif 2009 - CommuneLe Maire présente le projet de budget.`;

  it('gets back a line break at each joint of a page that shows many', () => {
    const lines = partGluedWords(PAGE).split('\n');
    expect(lines).toContain('Nombre de conseillers en exercice : 15 - Présents : 11 - Votants : 13');
    expect(lines).toContain('APPROBATION DU PROCÈS-VERBAL DE LA SÉANCE PRÉCÉDENTE');
    expect(lines).toContain('1. FINANCES - Budget primitif 2009 - Commune');
  });

  it("leaves a page alone that shows a few joints", () => {
    const few = 'Procuration à Monsieur PARÉSylvain.\nLes crédits du Compte Administratif.Monsieur ROUX rapporte.';
    expect(partGluedWords(few)).toBe(few);
  });

  it("never parts an acronym, a name in capitals glued to 'et', OCR's I for an l", () => {
    const parted = partGluedWords(`${PAGE}\nLa loi NOTRe, le terrain AZÉMAet le refus, plus faciIement.`);
    expect(parted).toContain('La loi NOTRe, le terrain AZÉMAet le refus, plus faciIement.');
  });
});
