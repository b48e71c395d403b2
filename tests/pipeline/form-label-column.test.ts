/**
 * An extract's form printed by software, its labels one a line ("Délibération n°" / "Nomenclature
 * ACTES" / "Objet") over their values in the same order ("B2019-11-087" / "7.5.2 - Subventions
 * attribuées aux collectivités" / the subject). Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import { isMatiereLine } from '../../src/text/actes-nomenclature.ts';

const EXTRACT = `COMMUNAUTÉ D'AGGLOMÉRATION DU GRAND PLATEAU
Extrait du registre des délibérations
du Bureau communautaire
Séance du 14 novembre 2019
Délibération n°
Nomenclature ACTES
Objet
B2019-11-087
7.5.2 - Subventions attribuées aux collectivités
Fonds de concours 2019 aux communes membres - 2e programmation
L'an deux mille dix-neuf, le quatorze novembre à dix-huit heures, le Bureau communautaire, dûment
convoqué, s'est réuni au Pôle communautaire, sous la présidence de M. Jean-Claude DUMAS, Président.
Présents : M. DUMAS, Mme LAFON, M. BRISSET, M. TEYSSIER.
Secrétaire de séance : Mme Odile LAFON
Rapporteur : M. Alain BRISSET
Par délibération du 30 mars 2017, le Conseil communautaire a adopté le règlement des fonds de concours.
Le Bureau communautaire, après en avoir délibéré, à l'unanimité,
DÉCIDE d'attribuer les fonds de concours figurant au tableau annexé.
`;

describe("an extract's form, its labels over their values", () => {
  const doc = analyzeText(EXTRACT);

  it('reads the act\'s number whole and its subject under "Objet", not the matière nor the number', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['B2019-11-087', 'Fonds de concours 2019 aux communes membres - 2e programmation']]);
  });

  it('knows a matière of a level the authority added under an official one', () => {
    expect(isMatiereLine('7.5.2', 'Subventions attribuées aux collectivités')).toBe(true);
    expect(isMatiereLine('7.5.2', 'Fonds de concours aux communes membres')).toBe(false);
  });
});

/** An archive software's act sheet opens so: its authority, the register, the act's number over the next label. */
const sheetHead = (number: string) => `DISTRICT DU VAL D'ARVEYRON
Registre des délibérations
Fiche acte
Acte n°
${number}
Type d'acte
Délibération`;

describe("an archive software's act sheet, its number over the next label", () => {
  it('takes the subject under "Objet", past the form\'s other fields, not the label "Type d\'acte"', () => {
    const sheet = `${sheetHead('B1987-012')}
Instance
BUREAU DU DISTRICT
Date de séance
Heure
14/03/1987
18:00
Membres en exercice
Présents
Votants
11
9
9
Président de séance
Secrétaire de séance
DURAND-BOISSET Marcel
PERRET Roger
Matière
1.1 - Commande publique - Marchés publics
Objet
VOIRIE INTERCOMMUNALE - ATTRIBUTION DU MARCHE DE REFECTION DES CHAUSSEES
Texte de l'acte
Le Bureau du District, après en avoir délibéré, à l'unanimité, ATTRIBUE le marché de réfection des chaussées à l'entreprise ROUX T.P. pour 412 000 F H.T.
`;
    const doc = analyzeText(sheet);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['B1987-012', 'VOIRIE INTERCOMMUNALE - ATTRIBUTION DU MARCHE DE REFECTION DES CHAUSSEES']]);
  });
});

describe("an act sheet's vote form over the act's text", () => {
  // Its form's cells first, the vote's labels over their figures, then on the next page the act
  // as the register holds it: the sitting, the report (a bid "refusé" in it), the decision.
  const SHEET = `${sheetHead('B1987-031')}
Date de séance
12/06/1987
Objet
STATION D'EPURATION - ATTRIBUTION DES MARCHES DE TRAVAUX
Assistaient également à la séance (sans voix délibérative)
VIBERT Jacques, Directeur des services du District
Résultat du vote
Pour
Contre
Abstention
Ne prend pas part au vote
7
0
1
1
\fTexte de l'acte
L'an mil neuf cent quatre-vingt-sept, le douze juin à dix-huit heures, le Bureau du District, régulièrement convoqué le quatre juin, s'est réuni au siège du District, sous la présidence de Monsieur Marcel DURAND-BOISSET, Président.
Le projet de station d'épuration a fait l'objet d'un appel d'offres ouvert en douze lots.
Quarante-deux plis ont été reçus dans les délais. Un pli, parvenu après l'heure limite, a été refusé et retourné non ouvert à son expéditeur.
La Commission d'appel d'offres propose de retenir les offres les mieux disantes.
Le Bureau du District,
Vu le Code des marchés publics ;
Ouï l'exposé du rapporteur et après en avoir délibéré,
Par 7 voix pour, 0 contre et 1 abstention,
ARTICLE 1er : ATTRIBUE les marchés de travaux aux entreprises désignées ci-dessus.
ARTICLE 2 : AUTORISE le Président à signer les marchés.
`;
  const doc = analyzeText(SHEET);

  it('opens the decision at the act\'s own, and reads its outcome there, not a bid "refusé" in the report', () => {
    const decision = doc.sections.find((s) => s.kind === 'decision')!;
    expect(doc.text.slice(decision.start, decision.end)).toMatch(/^Le Bureau du District,\nVu le Code/);
    expect(doc.items[0]!.decision?.outcome).toBe('adopted');
    expect(doc.items[0]!.decision?.vote).toMatchObject({ for: 7, against: 0, abstentions: 1 });
  });

  it("opens the sitting's sentence on a line of its own, not inside the form's labels", () => {
    const opening = doc.sections.find((s) => s.kind === 'preamble' && doc.text.slice(s.start, s.end).includes("L'an mil"))!;
    expect(doc.text.slice(opening.start, opening.end)).toMatch(/^(?:Texte de l'acte\n)?L'an mil/);
  });
});
