/**
 * A register whose margin holds each deliberation's number and a caption, unwoven from the text
 * above each point's own heading. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const doc = analyzeText(`COMMUNE DE LASSERADE
SEANCE DU 9 AVRIL 2010

N° 2010/08
Compte de gestion 2009
1 - COMPTE DE GESTION 2009 DU RECEVEUR MUNICIPAL
Le Conseil Municipal déclare que le compte de gestion n'appelle ni observation ni réserve.
Vote : adopté à l'unanimité (9 voix).

N° 2010/09
Compte administratif
2 - COMPTE ADMINISTRATIF 2009
Le Conseil Municipal approuve le compte administratif 2009.
Vote : adopté à l'unanimité (8 voix).

N° 2010/10
Taux 2010
3 - VOTE DES TAUX D'IMPOSITION POUR 2010
Le Conseil Municipal fixe les taux d'imposition pour 2010.
Vote : adopté à l'unanimité (9 voix).
`);

describe("a margin's number and caption over a point's heading", () => {
  it('makes one point numbered as the margin says, not two', () => {
    expect(doc.items.map((i) => i.number)).toEqual(['2010/08', '2010/09', '2010/10']);
    expect(doc.items.map((i) => i.title)).toEqual(['COMPTE DE GESTION 2009 DU RECEVEUR MUNICIPAL', 'COMPTE ADMINISTRATIF 2009', "VOTE DES TAUX D'IMPOSITION POUR 2010"]);
  });
});
