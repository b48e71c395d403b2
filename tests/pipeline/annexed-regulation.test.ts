/**
 * A Moselle commune's extract adopting a regulation, the regulation annexed after the extract's closing formula under its
 * own title and "(annexé à la délibération … n° 9/1980)", its parts "TITRE I - …". Invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const EXTRACT = `DÉPARTEMENT DE LA MOSELLE
COMMUNE DE HOLVANGE

Nombre des membres du Conseil Municipal élus : 11
Nombre des membres en fonction : 11
Nombre des membres présents : 10

Séance ordinaire du 14 avril 1981

L'an mil neuf cent quatre-vingt-un, le quatorze avril, à vingt heures, le Conseil Municipal de la Commune de
HOLVANGE, convoqué le 7 avril 1981, s'est réuni dans la salle des séances de la Mairie, sous la présidence de
M. Paul STEFFEN, Maire.

Etaient présents : MM. STEFFEN Paul, Maire, MULLER Jean, SCHMITT Roger, KOCH Louis, WEBER Henri, BAUER Alfred,
ZIMMER Marcel, HAAS Pierre, NEU Lucien, Mme KLEIN Anne.

Le Maire con state que le n ombre des membres prése nts est suffisant pour délibérer valablement.

N° 7 / 1981

OBJET : Salle des fêtes - Adoption d'un règlement d'utilisation.

M. le Maire présente au Conseil le projet de règlement de la salle des fêtes.

LE CONSEIL MUNICIPAL,
Vu le code des communes ;
ADOPTE le règlement d'utilisation de la salle des fêtes annexé à la présente délibération.

Adopté à l'unanimité.

Pour extrait conforme,
HOLVANGE, le 16 avril 1981
Le Maire,
P. STEFFEN

REGLEMENT DE LA SALLE DES FETES

(annexé à la délibération du Conseil Municipal n° 7/1981)

TITRE I - DISPOSITIONS GENERALES

Article 1er - La salle des fêtes est mise à la disposition des associations de la commune.

TITRE II - TARIFS

Article 2 - Le Conseil Municipal fixe chaque année les tarifs de location.

Article 3 - Le Maire désigne le gardien de la salle.
`;

describe('an extract adopting a regulation annexed after its closing formula', () => {
  const doc = analyzeText(EXTRACT);

  it('reads one act, numbered "N° 7 / 1981" over its "OBJET :" a blank line below, the annex\'s titles no points', () => {
    expect(doc.kind).toBe('deliberation');
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['7/1981', "Salle des fêtes - Adoption d'un règlement d'utilisation"]]);
  });

  it("reads the act's own articles only, not the regulation's", () => {
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['adopte']);
  });

  it('ends the act\'s decision above the annex\'s title', () => {
    const decision = doc.sections.filter((s) => s.kind === 'decision').at(-1)!;
    expect(doc.text.slice(decision.start, decision.end)).not.toContain('REGLEMENT DE LA SALLE');
  });

  it('reads the quorum in "… est suffisant pour délibérer valablement", OCR\'s spaces inside the words before it', () => {
    expect(doc.meeting.quorum).toBe(true);
  });
});
