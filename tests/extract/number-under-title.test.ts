/**
 * A compte rendu's points ranked "1 –", "2 –", each with its deliberation's number alone on the line
 * under its title ("Délibération n° B 86/21"): the point's number is the deliberation's, and the
 * line is no page's mark however its figures run. Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const PAGE_1 = `DISTRICT DU PAYS DE LANVOREC
COMPTE RENDU DE LA RÉUNION DU BUREAU DU 7 AVRIL 1986

Présents : MM. LE GOFF, Président, CADIOU, QUÉRÉ, TANGUY, Vice-Présidents.

1 – VOIRIE COMMUNAUTAIRE
PROGRAMME DE TRAVAUX 1986
Délibération n° B 86/21

Le Président présente le programme de travaux de voirie arrêté par la commission.

Le Bureau, à l'unanimité, approuve le programme présenté.

2 – PERSONNEL
Délibération n° B 86/22

Le Bureau décide, à l'unanimité, de créer un poste d'agent d'entretien à temps complet.

(page 1/2)
`;
const PAGE_2 = `District du Pays de Lanvorec – Bureau du 7 avril 1986

3 – PISCINE
TARIFS APPLICABLES AU 1er JUIN 1986
Délibération n° B 86/23

Le Bureau fixe, à l'unanimité, le prix de l'entrée à 9 F pour les adultes.

Le Président,
J. LE GOFF

(page 2/2)
`;

describe("a point's deliberation number under its title", () => {
  it('numbers each point by it, under a subtitle in capitals or not, and keeps its line in the text', () => {
    const doc = analyzeText(`${PAGE_1}\f${PAGE_2}`);
    expect(doc.items.map((i) => i.number)).toEqual(['B 86/21', 'B 86/22', 'B 86/23']);
    expect(doc.text).toContain('Délibération n° B 86/22');
  });
});
