/**
 * A records software's register: a recapitulative table of the sitting's deliberations opens it
 * ("N° Nature Objet Vote" / "2002/031 DE COMPTE DE GESTION … Unanimité"), then each deliberation
 * on its own pages under a form's row ("N° d'ordre Date de convocation …" over "2002/031 15/03/2002 …").
 * Invented names and figures.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const deliberation = (number: string, title: string, verb: string) => `COMMUNE DE VAL-SERAIN REGISTRE DES DELIBERATIONS
Séance du samedi 9 mars 2019
N° d'ordre Date de convocation Date d'affichage de la convocation
${number} 01/03/2019 01/03/2019
Nombre de conseillers
En exercice Présents Représentés Votants
19 15 2 17
OBJET : ${title}
L'an deux mille dix-neuf, le neuf mars à neuf heures, le Conseil Municipal s'est réuni sous la présidence de M. Paul MARCHAND, Maire.
Présents : M. Paul MARCHAND, Mme Annie LEROY, M. Jean PERRIN, Mme Lucie BLANC.
Absent : M. Marc DUPUIS.
Le Maire expose au Conseil le dossier, dont le rapport a été transmis aux conseillers avec leur convocation.
\fLe Conseil Municipal, après en avoir délibéré,
${verb} la proposition du Maire.
Adopté à l'unanimité.
`;

const REGISTER = `COMMUNE DE VAL-SERAIN
REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL
TABLEAU RECAPITULATIF - SEANCE DU 09/03/2019
N° Nature Objet Vote
2019/011 DE COMPTE DE GESTION 2018 - BUDGET PRINCIPAL Unanimité
2019/012 DE COMPTE ADMINISTRATIF 2018 - BUDGET PRINCIPAL Majorité
2019/013 DE VOTE DES TAUX DES TAXES DIRECTES LOCALES Unanimité
POUR 2019
2019/014 DE DENOMINATION DE VOIES - QUARTIER DES Unanimité
TILLEULS
2019/015 DE MODIFICATION DU TABLEAU DES EFFECTIFS - CREATION DE Majorité
POSTES
LISTE DES MEMBRES DU CONSEIL MUNICIPAL
\f${deliberation('2019/011', 'COMPTE DE GESTION 2018 - BUDGET PRINCIPAL', 'APPROUVE')}
\f${deliberation('2019/012', 'COMPTE ADMINISTRATIF 2018 - BUDGET PRINCIPAL', 'ADOPTE')}
\f${deliberation('2019/013', 'VOTE DES TAUX DES TAXES DIRECTES LOCALES POUR 2019', 'FIXE')}
\f${deliberation('2019/014', 'DENOMINATION DE VOIES - QUARTIER DES TILLEULS', 'APPROUVE')}
\f${deliberation('2019/015', 'MODIFICATION DU TABLEAU DES EFFECTIFS - CREATION DE POSTES', 'DECIDE')}`;

describe('a recapitulative table opening a register of deliberations', () => {
  const doc = analyzeText(REGISTER);

  it('numbers each deliberation by its form\'s row, "N° d\'ordre Date de convocation …" over "2019/011 01/03/2019 01/03/2019"', () => {
    expect(doc.items.map((i) => i.number)).toEqual(['2019/011', '2019/012', '2019/013', '2019/014', '2019/015']);
  });

  it("keeps the table's rows out of the points: each deliberation once, with its own title and acts", () => {
    expect(doc.items.map((i) => i.title)).toEqual([
      'COMPTE DE GESTION 2018 - BUDGET PRINCIPAL',
      'COMPTE ADMINISTRATIF 2018 - BUDGET PRINCIPAL',
      'VOTE DES TAUX DES TAXES DIRECTES LOCALES POUR 2019',
      'DENOMINATION DE VOIES - QUARTIER DES TILLEULS',
      'MODIFICATION DU TABLEAU DES EFFECTIFS - CREATION DE POSTES',
    ]);
    expect(doc.items.every((i) => (i.decision?.articles.length ?? 0) > 0)).toBe(true);
  });
});
