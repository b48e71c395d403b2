/**
 * A register software's pages, each act's vote box printed a cell a line right under its subject ("Votes" / "Pour" /
 * "Contre" / "Abstention" / "10" / "0" / "0"), the text deciding further down. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const REGISTER = `COMMUNE DE SAINT-URCIZE-LE-BAS
REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL
Séance du 07/04/2000
L'an deux mille, le sept avril à vingt heures, le Conseil municipal de cette commune, régulièrement convoqué, s'est réuni dans le lieu habituel de ses séances, sous la présidence de M. BRUNEL Gérard, Maire.
Présents : MM. BRUNEL Gérard, CHASTANG Roger, BOUDOU Michel, Mme DELMAS Annie, MM. ROUX Jean, TEYSSEDRE Pierre.
N° 2000-11
Objet : VOTE DES TAUX D'IMPOSITION 2000
Votes
Pour
Contre
Abstention
6
0
0
Le Conseil municipal, à l'unanimité, DECIDE de maintenir pour 2000 les taux de 1999.
N° 2000-12
Objet : BUDGET PRIMITIF 2000 - SERVICE DE L'EAU
Votes
Pour
Contre
Abstention
4
0
2
M. le Maire indique que le budget de l'eau s'équilibre à 96 500 F en exploitation.
Le Conseil municipal, après en avoir délibéré,
ADOPTE le budget primitif 2000 du service de l'eau.
N° 2000-13
Objet : LOCATION DU LOGEMENT DE L'ANCIENNE ECOLE
Votes
Pour
Contre
Abstention
5
1
0
Le Conseil municipal DECIDE de louer le logement de l'ancienne école et AUTORISE le Maire à signer le bail.
`;

describe("a register's acts, each vote box a cell a line under its subject", () => {
  const doc = analyzeText(REGISTER);

  it("gives each act its box's counts, the text's unanimity kept", () => {
    expect(doc.items.map((i) => i.number)).toEqual(['2000-11', '2000-12', '2000-13']);
    const votes = doc.items.map((i) => i.decision?.vote);
    expect(votes.map((v) => [v?.unanimous, v?.for, v?.against, v?.abstentions])).toEqual([
      [true, 6, 0, 0],
      [false, 4, 0, 2],
      [false, 5, 1, 0],
    ]);
    expect(doc.items.map((i) => i.decision?.outcome)).toEqual(['adopted', 'adopted', 'adopted']);
  });
});
