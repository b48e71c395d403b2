/**
 * A deliberation printed by a register software in capitals without accents: its counts' labels in a
 * row opened by the dates' labels, each value one a line under it; its members' table one cell a line
 * under a coded presence column labelled "SIT."; the act's classification labelled under its subject;
 * a report whose prose says what the council usually does ("dont le Conseil fixe …") before the
 * decision in due form. Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const ACT = `REPUBLIQUE FRANCAISE
COMMUNE DE SAINT-ALBIN-DES-COTEAUX
CENTRE COMMUNAL D'ACTION SOCIALE
EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL D'ADMINISTRATION
SEANCE DU 14 MARS 1991
L'an mil neuf cent quatre-vingt-onze, le quatorze mars a dix-huit heures, le Conseil
d'Administration du Centre Communal d'Action Sociale, regulierement convoque le 5 mars 1991,
s'est reuni a la mairie sous la presidence de M. LAGARDE Henri, Maire, President de droit.
DATE DE CONVOCATION    DATE D'AFFICHAGE    MEMBRES EN EXERCICE    PRESENTS    REPRESENTES    VOTANTS
05/03/1991
05/03/1991
9
6
2
8
NOM - PRENOM
QUALITE
SIT.
MANDATAIRE
LAGARDE HENRI
PRESIDENT - MAIRE
P
MOREL CHRISTINE
VICE-PRESIDENTE
P
BESNARD PAUL
CONSEILLER MUNICIPAL
R
LAGARDE H.
VIGIER ODILE
CONSEILLERE MUNICIPALE
P
TOURNIER ALAIN
MEMBRE NOMME - U.D.A.F.
E
ROUX SIMONE
MEMBRE NOMME - CLUB DU 3E AGE
P
PERRIN MARC
MEMBRE NOMME - ASSOC. FAMILIALE
R
MOREL C.
FAURE NADINE
MEMBRE NOMME - ASSOC. DE QUARTIER
P
SIT. : P = PRESENT  E = EXCUSE  A = ABSENT  R = REPRESENTE (POUVOIR)
Le President constate que le quorum est atteint.
SECRETAIRE DE SEANCE : MME VIGIER ODILE
OBJET : PARTICIPATION AUX FRAIS DE RESTAURATION SCOLAIRE
RAPPORTEUR : MME MOREL CHRISTINE, VICE-PRESIDENTE
NOMENCLATURE : 7.5 - FINANCES / SUBVENTIONS
Madame la Vice-Presidente expose au Conseil d'Administration :
Le Centre conduit une action sociale facultative dont le Conseil fixe chaque annee l'etendue.
Les familles les plus modestes demandent une aide pour les repas de leurs enfants a l'ecole,
que la Caisse des ecoles ne prend en charge qu'en partie. La commission propose un credit.
LE CONSEIL D'ADMINISTRATION,
VU le Code de la famille et de l'aide sociale ;
ENTENDU l'expose de sa Vice-Presidente ;
APRES EN AVOIR DELIBERE, A L'UNANIMITE,
ARTICLE 1 - FIXE a 40 000 F le credit de participation aux frais de restauration scolaire.
ARTICLE 2 - AUTORISE le President a signer la convention avec la Caisse des ecoles.
Ainsi fait et delibere les jour, mois et an susdits.
`;

describe('a register software\'s extract in capitals, its forms flattened one cell a line', () => {
  const doc = analyzeText(ACT);

  it('reads the counts under a row of labels opened by the dates\' labels, past the dates in its column', () => {
    expect(doc.attendance.counts).toEqual({ inOffice: 9, present: 6, represented: 2, voting: 8 });
  });

  it('reads the members\' table under a coded presence column labelled "SIT.", proxies from the next column', () => {
    // A name in capitals throughout, family then given, keeps both words: the family's first.
    const represented = doc.attendance.represented.map((r) => [r.person.surname.split(' ')[0], r.proxy?.surname]);
    expect(represented).toEqual([['BESNARD', 'LAGARDE'], ['PERRIN', 'MOREL']]);
    expect(doc.attendance.excused.map((p) => p.surname.split(' ')[0])).toEqual(['TOURNIER']);
  });

  it('takes the subject for the title, not the classification labelled under it', () => {
    expect(doc.items.map((i) => i.title)).toEqual(['PARTICIPATION AUX FRAIS DE RESTAURATION SCOLAIRE']);
  });

  it('opens the decision at the body\'s formal lead, not at "dont le Conseil fixe" in the report', () => {
    const decision = doc.sections.find((s) => s.kind === 'decision')!;
    expect(doc.text.slice(decision.start, decision.start + 27)).toBe("LE CONSEIL D'ADMINISTRATION");
    expect(doc.items[0]!.decision?.articles.map((a) => a.action.toLowerCase())).toEqual(['fixe', 'autorise']);
  });
});
