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

describe("a convention quoted in the deliberation before its vote: its title over lines in capitals after 'dont la teneur suit :', its parts 'TITRE II - …' over articles, its subject an archivist's '[En marge : …]'", () => {
  const text = `REGISTRE DES DELIBERATIONS DU COMITE SYNDICAL
SYNDICAT INTERCOMMUNAL DU PLATEAU DES COMBES
Séance du 14 mars 1983

[En marge : N° 83-07 – Transport scolaire. Convention avec le Département]

L'an mil neuf cent quatre-vingt-trois, le quatorze mars à dix-huit heures, le Comité syndical s'est réuni
sous la présidence de M. Louis BERTHET, Président.
Etaient présents : MM. BERTHET, CHANAL, DURIEU, FAYOLLE, GIRIN.

Monsieur le Président donne lecture du projet de convention, dont la teneur suit :

CONVENTION POUR L'ORGANISATION
DU TRANSPORT SCOLAIRE DES ELEVES
DU PLATEAU DES COMBES

Il a été convenu ce qui suit :

TITRE I - OBJET

Article 1er - Objet.
Le Département confie au Syndicat l'organisation des circuits de transport scolaire.

TITRE II - DISPOSITIONS FINANCIERES

Article 2 - Participation.
Le Département verse au Syndicat une participation égale à 80 % du coût des circuits.

TITRE III - DUREE

Article 3 - Durée.
La convention est conclue pour trois ans.

Le Comité, après en avoir délibéré, par 4 voix pour et 1 voix contre, APPROUVE la convention et AUTORISE
le Président à la signer.
`;
  const doc = analyzeText(text);

  it("reads one deliberation, the quoted text's title and parts no points of their own", () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['83-07', 'Transport scolaire. Convention avec le Département']]);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['approuve', 'autorise']);
    expect(doc.items[0]!.decision?.vote).toMatchObject({ for: 4, against: 1 });
    expect(doc.kind).toBe('deliberation');
  });
});
