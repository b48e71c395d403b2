/**
 * A commune's summary exported by software under a header "N° Objet Votants Pour Contre Abst.", each
 * point's number, subject and four figures on one line, the subject's rest wrapped under it, the
 * decision's text after. Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const CR = `Commune de Saint-Pardoux-la-Rivière
COMPTE RENDU DE LA SÉANCE DU CONSEIL MUNICIPAL DU 9 MARS 2007
Présents : MM. LAFON Jean, DUMAS Alain, Mme PEYROT Odette, MM. LACOSTE Gilles, MAZIÈRE Paul.
N° Objet Votants Pour Contre Abst.
2007-07 COMPTE ADMINISTRATIF 2006 - BUDGET 9 9 0 0
COMMUNAL
Le Conseil Municipal APPROUVE le compte administratif 2006. Adopté à l'unanimité des votants.
2007-09 VOTE DES TAUX DES TAXES DIRECTES 10 8 0 2
LOCALES 2007
Le Conseil Municipal FIXE les taux des taxes directes locales pour 2007. Adopté par 8 voix pour et 2 abstentions.
`;

describe('a row\'s four figures closing its subject\'s first line', () => {
  const doc = analyzeText(CR);

  it('are no part of the title', () => {
    expect(doc.items.map((i) => i.title)).toEqual(['COMPTE ADMINISTRATIF 2006 - BUDGET COMMUNAL', 'VOTE DES TAUX DES TAXES DIRECTES LOCALES 2007']);
  });

  it('count the vote: for, against and abstaining after the voters', () => {
    expect(doc.items.map((i) => [i.decision?.vote?.unanimous, i.decision?.vote?.for, i.decision?.vote?.against, i.decision?.vote?.abstentions])).toEqual([
      [true, 9, 0, 0],
      [false, 8, 0, 2],
    ]);
  });

  it('stay in the title without the header of figures', () => {
    const doc = analyzeText(CR.replace('N° Objet Votants Pour Contre Abst.\n', ''));
    expect(doc.items[0]!.title).toContain('9 9 0 0');
  });
});
