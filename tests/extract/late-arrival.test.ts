/** A member a list of the absent names with a note of their arrival: the guide counts a late arrival present. Invented names. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

describe('a member named among the absent, a note of their arrival after the name', () => {
  it('is among the present, as the guide counts a late arrival', () => {
    const doc = analyzeText(`COMMUNE DE WILDERSBACH
PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 12 AVRIL 2001
Le Conseil Municipal s'est réuni sous la présidence de M. Paul MEYER, Maire.
Membres présents : Marie KIENTZ, Robert HUEBER, Denis SCHMITT

Membres absents excusés :
Mme Sylvie EHRHART, qui a donné procuration à Mme Marie KIENTZ
M. Alfred RINGEISEN
M. Joseph HAAS (arrivé au cours du point 3)

Le Conseil Municipal, après en avoir délibéré, approuve le compte administratif à l'unanimité.
`);
    expect(doc.attendance.present.map((p) => p.surname)).toContain('HAAS');
    expect(doc.attendance.excused.map((p) => p.surname)).toEqual(['RINGEISEN']);
    expect(doc.attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['EHRHART', 'KIENTZ']]);
  });
});
