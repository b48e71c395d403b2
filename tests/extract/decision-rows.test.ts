/**
 * A relevé de décisions exported from a records database a row a line, subjects too long for
 * their cell wrapped around the row. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { readDecisionRows } from '../../src/extract/decision-rows.ts';
import { analyzeText } from '../helpers/analyze-text.ts';

const text = `RELEVÉ DES DÉCISIONS DU CONSEIL MUNICIPAL
Séance du : 14/05/1984 Heure : 20:30
N° Objet Rapporteur Décision Vote Transmis
Approbation du procès-verbal de la séance du 2 avril
84-041 MOREAU P. Adopté Unanimité 18/05/1984
1984
84-042 Budget supplémentaire 1984 VIDAL A. Adopté 21 P / 6 C / 2 A 18/05/1984
Motion relative au maintien du bureau de poste
84-043 GARNIER L. Rejeté 6 P / 23 C -
du quartier de la Gare
84-044 Voirie - Programme 1984 VIDAL A. Retiré - -
84-045 Tarifs de la cantine scolaire MOREAU P. Pris acte - 18/05/1984
`;

describe('a relevé a row a line', () => {
  it('reads each row: its number, its subject wrapped around it, its outcome and its counts', () => {
    const items = readDecisionRows(text);
    expect(items.map((i) => i.number)).toEqual(['84-041', '84-042', '84-043', '84-044', '84-045']);
    expect(items[0]!.title).toBe('Approbation du procès-verbal de la séance du 2 avril 1984');
    expect(items[2]!.title).toBe('Motion relative au maintien du bureau de poste du quartier de la Gare');
    expect(items.map((i) => i.decision?.outcome ?? null)).toEqual(['adopted', 'adopted', 'rejected', null, 'noted']);
    expect(items[1]!.decision?.vote).toMatchObject({ for: 21, against: 6, abstentions: 2 });
    expect(items[0]!.decision?.vote?.unanimous).toBe(true);
  });

  it('gives the document its points', () => {
    expect(analyzeText(text).items.map((i) => i.number)).toEqual(['84-041', '84-042', '84-043', '84-044', '84-045']);
  });
});

describe("a register's points a row a line, the rapporteur before the subject, the decision's sentence under each", () => {
  const PAGE = `VILLE DE SAINT-AVERTIN-SUR-LOIR REGISTRE DES DELIBERATIONS
Séance du 26/03/1998
N° Rapporteur Objet Vote Rubr.
98-041 PAPIN G. Compte administratif 1997 - Budget principal POUR 25 CONTRE 5 ABST 1 FIN
Le Conseil approuve le compte administratif 1997 du budget principal.
98-042 BOISARD J-Y. Vote des taux des trois taxes directes locales 1998 POUR 28 CONTRE 5 ABST 0 FIN
Le Conseil fixe les taux 1998 : TH 14,62 % - FB 22,35 %.
98-043 GOUPIL H. Subvention exceptionnelle au Comité des fêtes UNANIMITE SUBV
Le Conseil accorde une subvention exceptionnelle de 15 000 F.
`;
  it('reads each row as a point: its number, its subject, its vote', () => {
    const items = readDecisionRows(PAGE);
    expect(items.map((i) => [i.number, i.title])).toEqual([
      ['98-041', 'Compte administratif 1997 - Budget principal'],
      ['98-042', 'Vote des taux des trois taxes directes locales 1998'],
      ['98-043', 'Subvention exceptionnelle au Comité des fêtes'],
    ]);
    expect(items[0]!.decision?.vote).toMatchObject({ for: 25, against: 5, abstentions: 1 });
    expect(items[2]!.decision?.vote?.unanimous).toBe(true);
    expect(items.every((i) => i.decision?.outcome === 'adopted')).toBe(true);
  });
  it('makes the document minutes of three points', () => {
    const doc = analyzeText(PAGE);
    expect(doc.items.map((i) => i.number)).toEqual(['98-041', '98-042', '98-043']);
  });
});

describe('a relevé printed by a records program, the status and the vote closing the row, the subject and the counts run on under it', () => {
  const RELEVE = `OFFICE PUBLIC D'H.L.M. DE LA VILLE DE BOURG-SUR-ORNE Edition du 14/03/95
RELEVE DES DECISIONS DU CONSEIL D'ADMINISTRATION
Séance du : 10/03/1995 Heure : 17H30 Lieu : Siège de l'Office - salle du Conseil
Président de séance : M. GRANDJEAN Paul
N° Dél. Objet Décision Vote
95/12 Approbation du procès-verbal de la séance du 12/01/1995 APPROUVE UNANIMITE
95/13 Compte financier de l'exercice 1994 (section ADOPTE POUR : 11
d'exploitation et section d'investissement) CONTRE : 3
ABST. : 1
95/14 Remplacement des chaudières - résidence des Tilleuls - ATTRIBUE UNANIMITE
attribution du marché à l'entreprise Thermique Normande
95/15 Désignation d'un représentant à la commission REPORTE
d'appel d'offres
95/16 Information : état des vacances au 28/02/1995 PRIS ACTE
Nombre de décisions : 5
`;
  it('reads each row: its number, its whole subject, its counts from the lines under it, the status as its outcome', () => {
    const items = readDecisionRows(RELEVE);
    expect(items.map((i) => i.number)).toEqual(['95/12', '95/13', '95/14', '95/15', '95/16']);
    expect(items[1]!.title).toBe("Compte financier de l'exercice 1994 (section d'exploitation et section d'investissement)");
    expect(items[2]!.title).toBe("Remplacement des chaudières - résidence des Tilleuls - attribution du marché à l'entreprise Thermique Normande");
    expect(items[4]!.title).toBe('Information : état des vacances au 28/02/1995');
    expect(items[1]!.decision?.vote).toMatchObject({ unanimous: false, for: 11, against: 3, abstentions: 1 });
    expect(items[2]!.decision?.vote?.unanimous).toBe(true);
    expect(items.map((i) => i.decision?.outcome ?? null)).toEqual(['adopted', 'adopted', 'adopted', null, 'noted']);
    // The status says the point passed, not what the body did.
    expect(items.flatMap((i) => i.decision?.articles ?? [])).toEqual([]);
  });
  it('gives the document its points and the place on the line of the other labels', () => {
    const doc = analyzeText(RELEVE);
    expect(doc.items.map((i) => i.number)).toEqual(['95/12', '95/13', '95/14', '95/15', '95/16']);
    expect(doc.meeting.place).toBe("Siège de l'Office - salle du Conseil");
  });
});

describe('a relevé printed by a records program, the rapporteur and three figures of the vote before the status, the given name under the row', () => {
  const RELEVE = `COMMUNE DE SAINTE-ROSE-DES-ALIZÉS RELEVÉ DES DÉCISIONS
Séance du 12/06/1982 à 19:00 - Salle des délibérations de la Mairie
Président de séance : M. BARTHÉLÉMY Lucien, Maire
N° Objet Rapporteur Vote Décision Visa Préfecture
acte Pour Contre Abst.
82-031 Compte administratif 1981 - Budget M. LAPORTE 18 0 4 ADOPTÉ 21/06/1982
principal de la commune Gérard
82-032 Tarifs de la cantine scolaire pour Mme VIRASSAMY Unanimité ADOPTÉ 21/06/1982
l'année 1982-1983 Marie-José
82-033 Classement de la route de l'Anse au M. LAPORTE 9 12 2 REJETÉ
centre de Petit-Bourg dans la voirie départementale Gérard
82-034 Information - Recensement de la population M. BARTHÉLÉMY - - - PRIS ACTE
Lucien
Page 1 / 1 Édité par : ARCHIVES - Registre v2
`;
  it('reads the figures as the header orders them, the subject without the rapporteur, the footer no subject', () => {
    const items = readDecisionRows(RELEVE);
    expect(items.map((i) => [i.number, i.title])).toEqual([
      ['82-031', 'Compte administratif 1981 - Budget principal de la commune'],
      ['82-032', "Tarifs de la cantine scolaire pour l'année 1982-1983"],
      ['82-033', "Classement de la route de l'Anse au centre de Petit-Bourg dans la voirie départementale"],
      ['82-034', 'Information - Recensement de la population'],
    ]);
    expect(items[0]!.decision?.vote).toMatchObject({ unanimous: false, for: 18, against: 0, abstentions: 4 });
    expect(items[1]!.decision?.vote?.unanimous).toBe(true);
    expect(items.map((i) => i.decision?.outcome ?? null)).toEqual(['adopted', 'adopted', 'rejected', 'noted']);
  });
  it('takes the hall on the sitting line, not a centre a row names, and no rapporteur for a signature', () => {
    const doc = analyzeText(RELEVE);
    expect(doc.meeting.place).toBe('Salle des délibérations de la Mairie');
    expect(doc.signatures.map((s) => s.surname)).not.toContain('BARTHÉLÉMY');
  });
});

describe("a syndicate's summary exported by software: the status in title case and the vote's figures after it, each decision's text after the table", () => {
  const TEXT = `SYNDICAT INTERCOMMUNAL D'ADDUCTION D'EAU DE LA VALMONE
COMPTE RENDU SOMMAIRE
SEANCE DU COMITE SYNDICAL DU 18/11/1993
N° Objet Décision Pour Contre Abst.
93-21 Décision modificative n° 2 - Budget du Adopté 12 0 0
service des eaux 1993
93-22 Prix de l'eau et redevances - exercice Adopté 10 2 0
1994
93-24 Admission en non-valeur de produits Adopté 11 0 1
irrécouvrables
93-25 Indemnité de conseil allouée au Receveur Adopté Unanimité
syndical
DETAIL DES DECISIONS
93-21 Le Comité approuve les virements de crédits du budget du service des eaux.
93-22 Le Comité fixe à compter du 01/01/1994 le prix du m3 d'eau à 4,85 F HT.
93-24 Le Comité admet en non-valeur la somme de 3 412,60 F.
93-25 Le Comité accorde au Receveur syndical l'indemnité de conseil au taux maximum.
`;
  it('reads each row: its subject, its figures as the header orders them', () => {
    const items = readDecisionRows(TEXT);
    expect(items.map((i) => [i.number, i.title])).toEqual([
      ['93-21', 'Décision modificative n° 2 - Budget du service des eaux 1993'],
      ['93-22', "Prix de l'eau et redevances - exercice 1994"],
      ['93-24', 'Admission en non-valeur de produits irrécouvrables'],
      ['93-25', 'Indemnité de conseil allouée au Receveur syndical'],
    ]);
    expect(items[1]!.decision?.vote).toMatchObject({ for: 10, against: 2, abstentions: 0 });
    expect(items[3]!.decision?.vote?.unanimous).toBe(true);
  });
  it("reads each point's acts in its text after the table", () => {
    expect(analyzeText(TEXT).items.map((i) => i.decision?.articles.map((a) => a.action))).toEqual([['approuve'], ['fixe'], ['admet'], ['accorde']]);
  });
});

describe('a summary table of the points by rank under "N° Objet Décision Vote", their texts after it', () => {
  const MINUTES = `COMMUNE DE MORNE-BLEU
PROCES-VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL DU 14 JUIN 1980
Présents : MM. SAINTE-LUCE, JEAN-BAPTISTE, ALEXIS, BELLAY.
N° Objet Décision Vote
1 Approbation du procès-verbal de la Adopté Unanimité
séance du 22 avril 1980
2 Budget supplémentaire de l'exercice Adopté Pour 17
1980 Abst. 2
3 Fête patronale 1980 - subvention au Adopté Unanimité
Comité des fêtes
4 Cession gratuite à l'Etat d'une parcelle Adopté Pour 18
au lieu-dit Fond-Rosé (gendarmerie) Contre 1
Texte des délibérations (extraits)
2 - Le Maire présente le budget supplémentaire 1980. Le Conseil, après en avoir délibéré, adopte le budget
supplémentaire par 17 voix pour et 2 abstentions.
3 - Le Conseil vote à l'unanimité une subvention de 15.000 F au Comité des fêtes.
4 - Le Conseil décide de céder gratuitement à l'Etat la parcelle et autorise le Maire à signer l'acte.
L'ordre du jour étant épuisé, la séance est levée à vingt heures quinze.
`;
  const doc = analyzeText(MINUTES);
  it('reads each row, its subject wrapped onto the line under it, the vote\'s next count closing that line', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Approbation du procès-verbal de la séance du 22 avril 1980'],
      ['2', "Budget supplémentaire de l'exercice 1980"],
      ['3', 'Fête patronale 1980 - subvention au Comité des fêtes'],
      ['4', "Cession gratuite à l'Etat d'une parcelle au lieu-dit Fond-Rosé (gendarmerie)"],
    ]);
    expect(doc.items.map((i) => i.decision?.vote && [i.decision.vote.unanimous, i.decision.vote.for, i.decision.vote.against, i.decision.vote.abstentions])).toEqual([
      [true, null, null, null],
      [false, 17, null, 2],
      [true, null, null, null],
      [false, 18, 1, null],
    ]);
  });
  it('reads the acts in each point\'s text after the table, opened by its rank and a dash', () => {
    expect(doc.items.map((i) => i.decision?.articles.map((a) => a.action))).toEqual([[], ['adopte'], ['vote'], ['décide', 'autorise']]);
  });
});

describe("a relevé exported from an archive's database, a row a line opening on the sitting's date", () => {
  const TEXT = `RELEVE DES DECISIONS
Assemblée : CONSEIL GENERAL DU NORD
Séance du : 15/12/1975
Date N° Commission Rapporteur Objet Décision Vote
Adoption du procès-verbal de la séance du 27 octobre
15/12/1975 75-II-001 Administration générale M. le Président Adopté Unanimité
1975
Fixation du montant du produit des impositions
15/12/1975 75-II-003 Finances M. DELATTRE Adopté Pour 52 / Contre 21
directes départementales à recouvrer en 1976
Résumé : Produit fiscal fixé à 412 600 000 F.
15/12/1975 75-II-007 Finances M. VANHEMS Renvoyé en commission Sans vote
15/12/1975 75-II-033 Transports M. DUFOUR Rejeté Pour 21 / Contre 52
15/12/1975 75-II-035 Equipement M. le Préfet Donné acte Sans vote
`;
  it('reads each row: its number, its subject wrapped around it, its decision and vote; the summary no part of the subject', () => {
    const items = readDecisionRows(TEXT);
    expect(items.map((i) => i.number)).toEqual(['75-II-001', '75-II-003', '75-II-007', '75-II-033', '75-II-035']);
    expect(items[1]!.title).toBe('Fixation du montant du produit des impositions directes départementales à recouvrer en 1976');
    expect(items.map((i) => i.decision?.outcome ?? null)).toEqual(['adopted', 'adopted', null, 'rejected', 'noted']);
    expect(items[1]!.decision?.vote).toMatchObject({ for: 52, against: 21 });
  });
});

describe('a relevé exported under "N° acte Objet Rapporteur Commission Décision Vote", each cell wrapping in its column', () => {
  const TEXT = `REGION DU HAUT-PAYS - Gestion des actes           Export du 14/03/2011
RELEVE DES DECISIONS
Instance : CONSEIL REGIONAL
Date de séance : 25/10/1982 Heure d'ouverture : 10:15
Président de séance : M. DURANTEAU Raymond, Président du Conseil régional

N° acte Objet Rapporteur Commission Décision Vote
82-118 Budget supplémentaire de l'exercice 1982 M. HAVRIN Finances Adopté Pour : 38
Contre : 9
Abst. : 4
82-120 Prime régionale à la création d'entreprise -
modification du règlement d'attribution
Mme
VASSAL
Economie Adopté Unanimité
82-125 Motion relative à l'avenir de l'industrie
sucrière
M.
DURANTEAU
- Adopté Unanimité
82-126 Désignation de représentants du Conseil
régional à l'Agence régionale de l'environnement
- - Désignés
(MM.
BOULIN,
WARGNY)
Scrutin
secret
82-127 Rapport d'activité 1981 du Comité
économique et social
- - Pris acte -
Statistiques de la requête
`;
  it('reads each row: its subject to the rapporteur or the empty cells, its decision, its vote and wrapped counts', () => {
    const items = readDecisionRows(TEXT);
    expect(items.map((i) => [i.number, i.title, i.decision?.outcome])).toEqual([
      ['82-118', "Budget supplémentaire de l'exercice 1982", 'adopted'],
      ['82-120', "Prime régionale à la création d'entreprise - modification du règlement d'attribution", 'adopted'],
      ['82-125', "Motion relative à l'avenir de l'industrie sucrière", 'adopted'],
      ['82-126', "Désignation de représentants du Conseil régional à l'Agence régionale de l'environnement", 'adopted'],
      ['82-127', "Rapport d'activité 1981 du Comité économique et social", 'noted'],
    ]);
    expect(items[0]!.decision?.vote).toMatchObject({ unanimous: false, for: 38, against: 9, abstentions: 4 });
    expect(items[1]!.decision?.vote).toMatchObject({ unanimous: true });
  });
  it('makes the document a list of the sitting\'s decisions', () => {
    const doc = analyzeText(TEXT);
    expect(doc.kind).toBe('list');
    expect(doc.items).toHaveLength(5);
  });
});
