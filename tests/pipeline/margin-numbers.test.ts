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

describe("a register's margin giving the act's code on its heading's line, its rule after it", () => {
  const register = analyzeText(`REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL
RELEVE DES DECISIONS
Séance du vendredi 8 avril 2022

D.2022-009  | N° 2022-009 - COMPTE DE GESTION 2021 - BUDGET PRINCIPAL
Compte de gestion | Le Conseil Municipal DECLARE que le compte de gestion n'appelle
    | ni observation ni réserve de sa part.
Adopté à l'unanimité (10 voix pour).

D.2022-010 ! N° 2022-010 - COMPTE DE GESTION 2021 - BUDGET ANNEXE EAU ET
Compte de gestion | ASSAINISSEMENT
2021 - Eau/Assaint      l Le Conseil DECLARE que le compte de gestion du budget annexe
n'appelle ni observation ni réserve.
 Adopté à l'unanimité (10 voix pour).

D.2022-026        N° 2022-026 - CREATION D'UN POSTE D'ADJOINT TECHNIQUE TERRI-
Poste adjoint  | TORIAL A TEMPS NON COMPLET
Le Conseil DECIDE de créer un poste d'adjoint technique territorial.
Adopté à l'unanimité.
`);

  it('reads the number and the title after "N°", the title\'s last words beside the margin\'s note under it', () => {
    expect(register.items.map((i) => [i.number, i.title])).toEqual([
      ['2022-009', 'COMPTE DE GESTION 2021 - BUDGET PRINCIPAL'],
      ['2022-010', 'COMPTE DE GESTION 2021 - BUDGET ANNEXE EAU ET ASSAINISSEMENT'],
      ['2022-026', "CREATION D'UN POSTE D'ADJOINT TECHNIQUE TERRITORIAL A TEMPS NON COMPLET"],
    ]);
  });
});

describe("a register's number over its title in capitals, the margin's \"Objet :\" under it restating the subject", () => {
  it('keeps the title in capitals, not the margin\'s cell woven into the text under the label', () => {
    const doc = analyzeText(`SEANCE DU 26 MARS 1982
Etaient présents : MM. HOARAU Lucien, Maire ; PAYET Marie-Thérèse, GRONDIN Jean-Claude.

N° 82-09
    COMPTE ADMINISTRATIF 1981
Objet :
Compte admi-  Le Conseil Municipal, réuni sous la présidence de
nistratif de Mme PAYET Marie-Thérèse, 1ère Adjointe, délibérant sur
l'exercice    le compte administratif de l'exercice 1981, arrête les résultats
1981  définitifs. Le compte administratif est adopté par 16 voix pour et 3 abstentions.
`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['82-09', 'COMPTE ADMINISTRATIF 1981']]);
  });
});
