/** A table of the points whose texts an export prints after it, each opening on its number. Invented names. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const EXPORT = `SIVOM DE LA VALLEE
Registre des délibérations - Comité syndical
SEANCE
N° séance
Date
Heure
Lieu
1979-04
18/05/1979
20:30
Mairie de Villard
Président de séance
Secrétaire de séance
Date convocation
BERTIN Marcel
GROS Louis
09/05/1979

PROCES-VERBAL
Le dix-huit mai mil neuf cent soixante-dix-neuf, le Comité s'est réuni sous la présidence de M. Marcel BERTIN, Président.
Etaient présents : MM. BERTIN, GROS, CHATEAU.
DELIBERATIONS DE LA SEANCE
N°
Objet
Vote
Pour
Contre
Abst.
79-11
Compte administratif 1978
Unanimité
8
0
0
79-12
Déneigement des voies communales - Convention avec la D.D.E.
Majorité
7
0
1
79-13
Emprunt de 350 000 F - Caisse des Dépôts
Unanimité
8
0
0
Texte libre
79-11 : Le Président présente le compte administratif 1978. Le Comité, après en avoir délibéré, approuve le compte administratif 1978.
79-12 : La D.D.E. propose de reconduire la convention de déneigement. Le Comité approuve la convention et autorise le Président à la signer.
79-13 : Le Comité décide de contracter un emprunt de 350 000 F sur 30 ans, s'engage à inscrire les annuités au budget et autorise le Président à signer le contrat de prêt.
Séance levée à 23 h 10.
`;

describe("a points' table, their texts after it keyed by number", () => {
  it("reads each point's acts in the text opening on its number", () => {
    const doc = analyzeText(EXPORT);
    expect(doc.items.map((i) => [i.number, i.decision?.articles.map((a) => a.action)])).toEqual([
      ['79-11', ['approuve']],
      ['79-12', ['approuve', 'autorise']],
      ['79-13', ['décide', "s'engage", 'autorise']],
    ]);
  });

  it('reads the form\'s values under "N° séance" and "Date convocation" in their order: the place under "Lieu"', () => {
    expect(analyzeText(EXPORT).meeting.place).toBe('Mairie de Villard');
  });
});
