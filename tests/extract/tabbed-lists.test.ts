/**
 * A syndicate's attendance table copied from its web page, its cells parted by tabs, a row a commune: the
 * present delegates, then the others with why in brackets. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const PAGE = `SIAEP DE LA LYS
PROCÈS-VERBAL DE LA RÉUNION DU COMITÉ SYNDICAL
Séance du jeudi 6 juillet 2017
Le Comité syndical s'est réuni sous la présidence de M. Luc VANHEE, Président.

Commune\tDélégués présents\tAbsents / pouvoirs
Bellegarde\tM. Francis DELORME, Mme Annick BAILLY\t
Hazebrouck-le-Bas\tM. Didier VANDAMME\tMme Christine DUBOIS (pouvoir à M. Didier VANDAMME)
Kemmel\tM. Luc VANHEE, Mme Odile SCHEERS (suppléante de M. Pascal LERMITTE)\t
Saint-Omer-le-Petit\tM. Thierry CAPRON\tMme Josiane HEDDE (absente)
Zuydcoote\tM. Éric VERMEULEN\tM. Gérard DEPREZ (excusé)

Le Président constate que le quorum est atteint.

1. Compte administratif 2016
Le Comité syndical adopte le compte administratif à l'unanimité.
`;

describe('a table of lists a commune a row, its cells parted by tabs', () => {
  const doc = analyzeText(PAGE);

  it('reads the present column\'s names present, a substitute among them, the member they replaced in no list', () => {
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['DELORME', 'BAILLY', 'VANDAMME', 'VANHEE', 'SCHEERS', 'CAPRON', 'VERMEULEN']);
  });

  it('reads the other column\'s names by the reason each gives', () => {
    expect(doc.attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['DUBOIS', 'VANDAMME']]);
    expect(doc.attendance.absent.map((p) => p.surname)).toEqual(['HEDDE']);
    expect(doc.attendance.excused.map((p) => p.surname)).toEqual(['DEPREZ']);
  });
});
