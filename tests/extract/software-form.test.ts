/**
 * A procès-verbal printed by a business software and flattened one cell a line: its forms' labels
 * in a column then their values, its members' table with a legend, each point's matière code
 * beside it and its vote as a grid of labels over figures.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import { formRowValues } from '../../src/text/form-rows.ts';

const POINT = (number: string, title: string, rapporteur: string, matiere: string, decision: string, figures: string[], result: string) => [
  "N° d'ordre",
  'Objet',
  number,
  title,
  'Rapporteur',
  'Nomenclature',
  rapporteur,
  matiere,
  'Exposé',
  'Le dossier a été présenté en commission, qui a émis un avis favorable.',
  'Décision',
  decision,
  'Présents',
  'Représentés',
  'Votants',
  'Pour',
  'Contre',
  'Abstention',
  'NPPV',
  ...figures,
  'Résultat',
  result,
];

const PV = [
  'SYNDICAT MIXTE DU BASSIN DE LA VIRENNE',
  'PROCES-VERBAL DE SEANCE',
  'Instance',
  'Date',
  'Heure',
  'Lieu',
  'COMITE SYNDICAL',
  '14/03/2013',
  '18:30',
  'Maison du Syndicat - salle Lucien Fabre',
  'Président de séance',
  'Date de convocation',
  "Date d'affichage",
  'DELMOTTE Pascal',
  '05/03/2013',
  '21/03/2013',
  'Membres en exercice',
  'Présents',
  'Représentés',
  'Votants',
  'Quorum',
  '9',
  '6',
  '1',
  '7',
  'Atteint',
  'Liste des membres',
  'Nom Prénom',
  'Qualité',
  'Présence',
  'Pouvoir donné à',
  'DELMOTTE Pascal',
  'Président',
  'P',
  '',
  'FAVIER Odile',
  'Vice-présidente',
  'P',
  '',
  'GRENET Alain',
  'Délégué',
  'E',
  'DELMOTTE Pascal',
  'HUCHET Maryse',
  'Déléguée',
  'P',
  '',
  'LOISEL Bruno',
  'Délégué',
  'P',
  '',
  'MARTINEAU Yves',
  'Délégué',
  'A',
  '',
  'PERRIN Joëlle',
  'Déléguée',
  'R',
  '',
  'Légende : P présent - E excusé - A absent - R arrivé en cours de séance',
  'Secrétaire de séance : FAVIER Odile',
  ...POINT(
    'CS2013-08',
    'Approbation du procès-verbal de la séance du 12/12/2012',
    'DELMOTTE Pascal',
    '5.2 Fonctionnement des assemblées',
    'Le Comité syndical approuve le procès-verbal de la séance du 12 décembre 2012.',
    ['5', '1', '6', '6', '0', '0', '0'],
    "Adopté à l'unanimité",
  ),
  ...POINT(
    'CS2013-09',
    'Travaux de restauration des berges - Demande de subvention',
    'FAVIER Odile',
    '7.5 Subventions',
    "Le Comité syndical sollicite une subvention de l'Agence de l'eau et autorise le Président à signer toute pièce.",
    ['6', '1', '7', '5', '1', '1', '0'],
    'Adopté à la majorité',
  ),
].join('\n');

describe('a procès-verbal flattened one cell a line by its software', () => {
  const doc = analyzeText(PV);

  it('reads the forms: the place under "Lieu" past "Instance", the president past the dates of posting, the quorum "Atteint"', () => {
    expect(doc.meeting.place).toBe('Maison du Syndicat - salle Lucien Fabre');
    expect(doc.meeting.president?.surname).toBe('DELMOTTE');
    expect(doc.meeting.quorum).toBe(true);
  });

  it('reads the counts column whose last label has a value in words', () => {
    expect(doc.attendance.counts).toMatchObject({ inOffice: 9, present: 6, represented: 1, voting: 7 });
  });

  it('reads a member coded "R" by a legend saying "arrivé en cours de séance" as present, and no vote grid label as a member', () => {
    expect(doc.attendance.present.map((p) => p.surname)).toContain('PERRIN');
    expect(doc.attendance.represented.map((r) => r.person.surname)).toEqual(['GRENET']);
  });

  it('takes no matière line ("5.2 Fonctionnement des assemblées") for a point, and reads each grid of votes', () => {
    expect(doc.items.map((i) => i.number)).toEqual(['CS2013-08', 'CS2013-09']);
    expect(doc.items[0]!.decision?.vote).toMatchObject({ for: 6, against: 0, abstentions: 0 });
    expect(doc.items[1]!.decision?.vote).toMatchObject({ for: 5, against: 1, abstentions: 1 });
  });
});

describe("a board's register printed by software, one cell a line", () => {
  const REGISTER = [
    "CENTRE COMMUNAL D'ACTION SOCIALE DE VALMORE",
    'REGISTRE DES DELIBERATIONS DU CONSEIL D\'ADMINISTRATION',
    'Séance du',
    'Convocation du',
    'Heure',
    'Lieu',
    '22/03/1991',
    '15/03/1991',
    '17H30',
    'MAIRIE SALLE DU CONSEIL',
    'Président de séance',
    'ROSSI Jean-Baptiste',
    'Secrétaire de séance',
    'FABRE Marie',
    'NOM PRENOM',
    'QUALITE',
    'PRES.',
    ...[['ROSSI Jean-Baptiste', 'Président', 'P'], ['ALBERT Antoine', 'Vice-Président', 'P'], ['FABRE Marie', 'Elue', 'P'], ['MARTIN Paul', 'Elu', 'PV ALBERT'], ['CASSAN Louis', 'Elu', 'A'], ['VIDAL Anne', 'Nommée', 'E']].flat(),
    'P=Présent E=Excusé A=Absent PV=Pouvoir à',
    'N° Délib.',
    '91/004',
    'Objet',
    'APPROBATION DU COMPTE ADMINISTRATIF 1990',
    'Le Président s\'étant retiré, le Conseil siège sous la présidence de M. ALBERT, Vice-Président.',
    'Le Conseil d\'Administration APPROUVE le compte administratif 1990.',
    'Décision : ADOPTEE A L\'UNANIMITE',
    'N° Délib.',
    '91/005',
    'Objet',
    'BUDGET PRIMITIF 1991',
    'Le Conseil d\'Administration ADOPTE le budget primitif 1991.',
    'Décision : ADOPTEE A L\'UNANIMITE',
  ].join('\n');
  const doc = analyzeText(REGISTER);

  it('takes the form\'s "Président de séance", not the one a point was presided by', () => {
    expect(doc.meeting.president?.surname).toBe('ROSSI');
    expect(doc.meeting.place).toBe('MAIRIE SALLE DU CONSEIL');
  });

  it('reads the table under "PRES.", a proxy\'s holder after its code ("PV ALBERT")', () => {
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['ROSSI', 'ALBERT', 'FABRE']);
    expect(doc.attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['MARTIN', 'ALBERT']]);
    expect(doc.attendance.absent.map((p) => p.surname)).toEqual(['CASSAN']);
  });

  it('numbers the points by "N° Délib." over them', () => {
    expect(doc.items.map((i) => i.number)).toEqual(['91/004', '91/005']);
  });
});

describe("a register's acts exported one label over its value, in turn", () => {
  const ACT = (number: string, title: string[], rapporteur: string, verb: string, matiere: string) =>
    ['Acte n°', number, 'Objet', ...title, 'Rapporteur', rapporteur, `${rapporteur} expose le projet.`, 'Le Bureau, après en avoir délibéré,', `${verb} ;`, "Adopté à l'unanimité.", 'Nature', 'Matière', 'Délibération', matiere].join('\n');
  const text = `COMMUNAUTE URBAINE DE WAVRECOURT
Bureau de Communauté - Réunion du 25 novembre 1983
Présents : M. DELANNOY Jean, Président, M. VANDEWALLE Paul, Mme LEFEBVRE Anne, M. VERHAEGHE Albert.

Le quorum étant atteint, le Président ouvre la séance à 9 h 30.

III - AFFAIRES SOUMISES A DELIBERATION
(délégation du Conseil de Communauté - délibération n° 83/C/117 du 28 juin 1983)
${ACT('83/B/401', ['FINANCES - Emprunt de 4 500 000 F auprès de la Caisse des Dépôts et Consignations -', 'Programme d\'assainissement 1983'], 'M. VANDEWALLE', 'DECIDE de contracter un emprunt de 4 500 000 F', '7.3 - Emprunts')}
${ACT('83/B/414', ["AFFAIRES JURIDIQUES - Recours de l'entreprise GAMBIER et Fils devant le tribunal administratif"], 'M. DELANNOY', 'AUTORISE M. le Président à défendre la Communauté', "5.8 Décisions d'ester en justice")}
${ACT('83/B/415', ["BATIMENTS - Hôtel de Communauté - Contrat d'entretien des ascenseurs"], 'Mme LEFEBVRE', 'APPROUVE le contrat', '1.4 Autres contrats')}
`;
  it('reads each act\'s number over "Objet" ("Acte n°" / "83/B/401"), its subject wrapped to the next label', () => {
    expect(analyzeText(text).items.map((i) => [i.number, i.title])).toEqual([
      ['83/B/401', "FINANCES - Emprunt de 4 500 000 F auprès de la Caisse des Dépôts et Consignations - Programme d'assainissement 1983"],
      ['83/B/414', "AFFAIRES JURIDIQUES - Recours de l'entreprise GAMBIER et Fils devant le tribunal administratif"],
      ['83/B/415', "BATIMENTS - Hôtel de Communauté - Contrat d'entretien des ascenseurs"],
    ]);
  });
});

describe("an extract's number printed in its header as a form's cell", () => {
  it('"N° de l\'acte" over "DCM-2003-074", the subject far below: the item\'s number', () => {
    const doc = analyzeText(`COMMUNE DE BAIE-ZEPHIR
EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL
Séance du 26/06/2003
N° de l'acte
DCM-2003-074
L'an deux mille trois, le vingt-six juin à dix-huit heures, le Conseil Municipal, régulièrement convoqué, s'est réuni à la Mairie sous la présidence de Madame Jocelyne BELLEMARE, Maire.
Présents : Mme BELLEMARE Jocelyne, M. CÉLESTIN Roger, Mme DÉSIRÉ Marie-Line.
OBJET : CONVENTION D'ECHANGES SCOLAIRES ET CULTURELS
Le Conseil Municipal, après en avoir délibéré, APPROUVE la convention.
Adopté à l'unanimité.
`);
    expect(doc.items.map((i) => i.number)).toEqual(['DCM-2003-074']);
  });
});

describe("an extract whose subject names another date", () => {
  it('"Objet :" / "OPAH … - Commission Habitat du 4 mars 2004": the sitting\'s date is the opening sentence\'s, not the subject\'s', () => {
    const doc = analyzeText(`COMMUNAUTE DE COMMUNES DU PAYS DE PENHOAT
EXTRAIT DU REGISTRE DES DELIBERATIONS DU BUREAU COMMUNAUTAIRE
Objet :
OPAH du Pays de Penhoat - Attribution des aides communautaires - Commission Habitat du 4 mars 2004
L'an deux mil quatre, le quinze mars à dix-huit heures trente, le Bureau de la Communauté de Communes, dûment convoqué, s'est réuni au siège communautaire sous la présidence de Monsieur Yves LE BIHAN, Président.
Etaient présents : M. LE BIHAN Yves, Président ; M. GUEGUEN Alain ; Mme PRIGENT Annick.
Le Bureau, après en avoir délibéré, ATTRIBUE les aides.
Adopté à l'unanimité.
`);
    expect(doc.meeting.date).toBe('2004-03-15');
  });
});

describe("a summary's form: dates of convening and posting, the place, then the sitting's officers", () => {
  const doc = analyzeText(`Commune de LAVERSINE
COMPTE RENDU SOMMAIRE
Séance du Conseil Municipal du 12/05/2021
Date de convocation
Date d'affichage de la convocation
Lieu de la séance
06/05/2021
06/05/2021
Salle des associations - Mairie
Conseillers
En exercice
Présents
Votants
15
12
13
Président de séance
Secrétaire de séance
Heure d'ouverture
M. Hubert CAILLEUX
Mme Régine FOUQUET
19:30
ÉTAT DES PRÉSENCES
CAILLEUX Hubert Maire Présent
FOUQUET Régine Adjointe Présente
BERTIN Alain Conseiller Présent
DUMONT Lise Conseillère Excusée
2021-018
Tarifs de la cantine scolaire
Le conseil municipal fixe les tarifs de la cantine scolaire à compter du 1er septembre 2021.
Votants
Pour
Contre
Abstention
Résultat
13
13
0
0
Adoptée
`);

  it("reads the place under 'Lieu de la séance', past 'Date d'affichage de la convocation'", () => {
    expect(doc.meeting.place).toBe('Salle des associations - Mairie');
  });

  it('reads the secretary as far down the column as "Secrétaire de séance" stands, no name being under it', () => {
    expect(doc.meeting.secretary?.surname).toBe('FOUQUET');
  });
});

describe("a relevé exported by software, its header's labels a row over a row of values", () => {
  const RELEVE = `Commune de SAINT-PONS-LES-VIGNES
RELEVE DES DECISIONS DU CONSEIL MUNICIPAL
Séance du 14/10/2019 à 19:00
Type de séance : Ordinaire Lieu : Salle des fêtes - Mairie
Président de séance : BARRAL Henri
Secrétaire de séance : COSTE Aline
En exercice Présents Représentés Votants Quorum
13 10 2 12 Atteint
LISTE DES MEMBRES
Nom Prénom Fonction Présence Pouvoir à
BARRAL Henri Maire Présent
COSTE Aline 1er adjoint Présente
DURAND Paul 2ème adjoint Présent
ESTÈVE Marc Conseiller municipal Représenté BARRAL Henri
FABRE Lucie Conseiller municipal Présente
GARCIN Rémi Conseiller municipal Excusé
HUGUES Anne Conseiller municipal Représentée COSTE Aline
JOURDAN Éric Conseiller municipal Présent

TABLEAU DES DECISIONS
N° Objet Rapporteur Vote Pour Contre Abst. Résultat
2019-041 Décision modificative n°2 BARRAL Henri Unanimité 12 0 0 Adoptée
`;
  const doc = analyzeText(RELEVE);
  it('reads the counts under their labels, a quorum cell saying "Atteint" closing the row', () => {
    expect(doc.attendance.counts).toMatchObject({ inOffice: 13, present: 10, represented: 2, voting: 12 });
    expect(doc.meeting.quorum).toBe(true);
  });
  it('reads the place from its label after another label on the same line', () => {
    expect(doc.meeting.place).toBe('Salle des fêtes - Mairie');
  });
  it('reads a member said "Représenté(e)" with the holder named in the proxy column', () => {
    expect(doc.attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([
      ['ESTÈVE', 'BARRAL'],
      ['HUGUES', 'COSTE'],
    ]);
    expect(doc.attendance.present.map((p) => p.surname)).not.toContain('ESTÈVE');
  });
});

describe("a regional deliberation's form flattened one cell a line, its sitting held over two days", () => {
  const FORM = `CONSEIL RÉGIONAL
Délibération n° CR 57-09
Séance plénière des 25 et 26 juin 2009
Date de la séance
Rapport n°
Nomenclature
26/06/2009
CR 57-09
7.5 Subventions
Présidence de séance
Mme Hélène DARBOUX-LINDET, Présidente du Conseil régional
Objet
FONDS RÉGIONAL POUR LE RÉEMPLOI
Le Conseil régional, après en avoir délibéré, DÉCIDE :
Article 1 : approuve le règlement d'intervention.
Adopté à l'unanimité.
`;
  const doc = analyzeText(FORM);
  it('dates it by its "Date de la séance" in the column of values, not the first of the two days', () => {
    expect(doc.meeting.date).toBe('2009-06-26');
  });
  it('reads the president under "Présidence de séance"', () => {
    expect(doc.meeting.president?.surname).toBe('DARBOUX-LINDET');
  });
});

describe("a form's row of values under 'Date de la séance Heure d'ouverture Heure de clôture Lieu'", () => {
  it('takes the opening time beside the date for the sitting\'s, no printer\'s stamp', () => {
    const doc = analyzeText(`Région Provence-Alpes-Côte d'Azur Édition du 17/09/2009 11:26:08
COMPTE RENDU SOMMAIRE
Séance plénière du vendredi 26 juin 1987
Date de la séance Heure d'ouverture Heure de clôture Lieu
26/06/1987 10:00 19:40 Hôtel de Région - Hémicycle
Le Conseil régional, après en avoir délibéré, ADOPTE le budget.
`);
    expect([doc.meeting.date, doc.meeting.time]).toEqual(['1987-06-26', '10:00']);
  });
});

describe("a form's counts row under its labels, where the labels name delegates or share a line with the row of dates above", () => {
  it('reads "Délégués en exercice Présents Pouvoirs Votants" over its four figures', () => {
    const doc = analyzeText(`SYNDICAT INTERCOMMUNAL DES EAUX DU VAL
RELEVE DES DECISIONS
COMITE SYNDICAL
Séance du jeudi 12 décembre 2013 - 18h30
Délégués en exercice Présents Pouvoirs Votants
20 14 2 16
Président de séance : M. HENNEBERT Jacques
Le Comité syndical, à l'unanimité, APPROUVE le budget.
`);
    expect(doc.attendance.counts).toMatchObject({ inOffice: 20, present: 14, represented: 2, voting: 16 });
  });
  it('reads "En exercice Présents Votants" after the dates of "Date de convocation Date d\'affichage"', () => {
    const doc = analyzeText(`Commune de KERLAN
PROCES-VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL
Séance du 16/10/2014
Date de convocation Date d'affichage Nombre de conseillers
09/10/2014 09/10/2014 En exercice Présents Votants
19 15 17
L'an deux mil quatorze, le seize octobre à vingt heures, le Conseil Municipal s'est réuni sous la présidence de M. Hervé LE GALL, Maire.
Le Conseil Municipal, à l'unanimité, APPROUVE le budget.
`);
    expect(doc.attendance.counts).toMatchObject({ inOffice: 19, present: 15, voting: 17 });
  });
});

describe("a form's column of labels with the sitting's opening and closing among them, then its column of values", () => {
  const FORM = `RÉGION BRETAGNE
Conseil régional
COMPTE RENDU SOMMAIRE
Session des 18 et 19 juin 2015
Date de convocation
Ouverture de la séance
Lieu
Présidence
Quorum
02/06/2015
18/06/2015 09:30
Hôtel de Région - Salle des sessions
M. Yannick LE BIHAN, Président du Conseil régional
Atteint
Le Conseil régional, après en avoir délibéré, ADOPTE le budget.
`;
  const doc = analyzeText(FORM);
  it('reads each value in its label\'s rank: place, president, quorum', () => {
    expect(doc.meeting.place).toBe('Hôtel de Région - Salle des sessions');
    expect(doc.meeting.president?.surname).toBe('LE BIHAN');
    expect(doc.meeting.quorum).toBe(true);
  });
  it('takes the opening\'s time beside its date, which elsewhere would read as a printer\'s stamp', () => {
    expect(doc.meeting.time).toBe('09:30');
  });
  it('counts "Clôture" among the labels, so the place is not the convocation\'s date', () => {
    const other = analyzeText(`Conseil Départemental
COMMISSION PERMANENTE
Séance du mardi 11 avril 2017
Date de convocation
Lieu de la séance
Ouverture
Clôture
31/03/2017
Hôtel du Département - Salle des délibérations
09:45
11:20
Président de séance : M. TECHER Max-Henri
La Commission Permanente, après en avoir délibéré, APPROUVE la convention.
`);
    expect([other.meeting.place, other.meeting.time]).toEqual(['Hôtel du Département - Salle des délibérations', '09:45']);
  });
});

describe("a form's row of labels over its row of values, one space between cells", () => {
  it('reads the place up to the president in capitals, its words going on under the row after a dash', () => {
    const doc = analyzeText(`VILLE DE RIVIÈRE-BASSE (972) Édité le 18/10/2012 à 09:47
FICHE SÉANCE Page 1/2
N° séance Type Date Heure
CM-1985-05 Ordinaire 28/06/1985 18:30
Lieu Président de séance Secrétaire de séance
Salle des délibérations - ZAMOR Fernand (Maire) PÉLAGE Gisèle
Hôtel de Ville
Le Conseil municipal, à l'unanimité, approuve le compte administratif.
`);
    expect(doc.meeting.place).toBe('Salle des délibérations - Hôtel de Ville');
    expect([doc.meeting.president?.surname, doc.meeting.secretary?.surname]).toEqual(['ZAMOR', 'PÉLAGE']);
  });
  it('reads the place after the type, date and time, its words going on under the row in small letters; each person after a civility', () => {
    const doc = analyzeText(`Fiche séance n° 1980-07
Type de séance Date Heure Lieu
Ordinaire 14/06/1980 18 h 00 Salle des délibérations
de l'Hôtel de Ville
Président de séance Secrétaire de séance
M. SAINTE-LUCE Victor, Maire M. JEAN-BAPTISTE Raymond
Le Conseil municipal, à l'unanimité, approuve le budget.
`);
    expect(doc.meeting.place).toBe("Salle des délibérations de l'Hôtel de Ville");
    expect([doc.meeting.president?.surname, doc.meeting.secretary?.surname]).toEqual(['SAINTE-LUCE', 'JEAN-BAPTISTE']);
  });
  it('reads the president and secretary before the dates of the same row', () => {
    const doc = analyzeText(`Région Provence-Alpes-Côte d'Azur
COMPTE RENDU SOMMAIRE
Séance plénière du vendredi 26 juin 1987
Date de la séance Heure d'ouverture Heure de clôture Lieu
26/06/1987 10:00 19:40 Hôtel de Région - Hémicycle
Président de séance Secrétaire de séance Date de convocation Date d'affichage
M. SAUVAIRE Henri M. AUDIBERT Frédéric 10/06/1987 03/07/1987
Le Conseil régional, après en avoir délibéré, ADOPTE le budget.
`);
    expect([doc.meeting.place, doc.meeting.president?.surname, doc.meeting.secretary?.surname]).toEqual(['Hôtel de Région - Hémicycle', 'SAUVAIRE', 'AUDIBERT']);
  });
});

describe('a departmental PV exported a cell a line: its form, its counts after the convocation\'s date, its members by canton, its votes under "Vote"', () => {
  const member = (name: string, given: string, canton: string, presence: string, holder?: string) => [name, given, canton, presence, ...(holder ? [holder] : [])];
  const FORM = [
    'DÉPARTEMENT DE LA CORSE-DU-SUD',
    'Conseil Général',
    'Procès-verbal de séance',
    'Assemblée',
    'Session',
    'Date de séance',
    'Heure',
    'Lieu',
    'Conseil Général - séance plénière',
    'Réunion budgétaire 1993',
    '29/03/1993',
    '10:00',
    'Hôtel du Département, salle des délibérations',
    'Présidence',
    'M. Charles-Antoine BIANCARELLI, Président du Conseil Général',
    'Convocation du',
    'Membres en exercice',
    'Présents',
    'Représentés',
    'Absents',
    'Votants',
    '19/03/1993',
    '6',
    '4',
    '1',
    '1',
    '5',
    "LISTE D'EMARGEMENT",
    'Nom',
    'Prénom',
    'Canton',
    'Présence',
    'Mandataire',
    ...member('ANTONA', 'Xavier', 'Ajaccio-1', 'Présent'),
    ...member('BIANCARELLI', 'Charles-Antoine', 'Ajaccio-2', 'Présent'),
    ...member('CIAVALDINI', 'Marc', 'Ajaccio-5', 'Représenté', 'ANTONA Xavier'),
    ...member('GAVINI', 'Paul', 'Bonifacio', 'Présent'),
    ...member('MILANI', 'François', 'Cruzini-Cinarca', 'Absent'),
    ...member('OTTAVI', 'Michel', 'Levie', 'Présent'),
    'Délibération n° 93-042',
    'Objet : Budget primitif de l\'exercice 1993',
    'Le Conseil Général, après en avoir délibéré, adopte le budget primitif de l\'exercice 1993.',
    'Vote',
    'Pour',
    'Contre',
    'Abstention',
    'Ne prend pas part',
    'Résultat',
    'Majorité',
    '3',
    '1',
    '1',
    '0',
    'Adopté',
  ].join('\n');
  const doc = analyzeText(FORM);
  it('reads the place in its rank, "Assemblée" and "Session" among the labels', () => {
    expect(doc.meeting.place).toBe('Hôtel du Département, salle des délibérations');
  });
  it('reads the counts after the convocation\'s date that opens their values', () => {
    expect(doc.attendance.counts).toMatchObject({ inOffice: 6, present: 4, represented: 1, voting: 5 });
  });
  it('reads the members past their canton\'s cell, no canton a member', () => {
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['ANTONA', 'BIANCARELLI', 'GAVINI', 'OTTAVI']);
    expect(doc.attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['CIAVALDINI', 'ANTONA']]);
    expect(doc.attendance.absent.map((p) => p.surname)).toEqual(['MILANI']);
  });
  it('reads the vote\'s counts under "Vote", "Majorité" its first value', () => {
    expect(doc.items[0]!.decision?.vote).toMatchObject({ for: 3, against: 1, abstentions: 1, notVoting: 0 });
  });
});

describe("a commission's reports exported a form a line, each opening on its number's cell", () => {
  const record = (number: string, subject: string, decided: string) => `N° rapport
${number}
Direction
DAF - Finances
Rapporteur
M. FONTAINE Gérard
Objet
${subject}
Exposé
Il est proposé à la Commission de se prononcer sur le dossier présenté.
Décision
La Commission Permanente ${decided}
Pour Contre Abstention NPPV
11 0 0 0
Résultat
ADOPTÉ
`;
  const text = `COMMISSION PERMANENTE DU 12 MARS 1992
PROCÈS-VERBAL
2. RAPPORTS EXAMINÉS
${record('92/CP/0101', 'Aide régionale aux pêcheurs - campagne 1992', 'APPROUVE le dispositif.')}${record('92/CP/0102', 'Subventions aux clubs sportifs - 1ère répartition', 'ATTRIBUE les subventions.')}`;
  it("numbers each report from the cell over it, past a heading in capitals over the first that owns no subject", () => {
    expect(analyzeText(text).items.map((i) => [i.number, i.title])).toEqual([
      ['92/CP/0101', 'Aide régionale aux pêcheurs - campagne 1992'],
      ['92/CP/0102', 'Subventions aux clubs sportifs - 1ère répartition'],
    ]);
  });
});

describe("an archive database's record of a sitting, a label one space from its value", () => {
  const text = `RELEVÉ DES DÉCISIONS DU CONSEIL MUNICIPAL
Séance du 23/06/1978
Président LEROUX Maurice (Maire)
Présents LEROUX, BERTHIER, CHAMPION, DAUBIGNY
Acte n° 78-42
Objet Plan d'occupation des sols - Avis du conseil municipal
Matière Urbanisme
Analyse Le conseil émet un avis favorable au projet et demande que le secteur des Sablons soit classé en zone NA.
Vote Pour 17 Contre 4 Abstention 0
Décision Adopté
Folio 112
Acte n° 78-43
Objet Budget supplémentaire de l'exercice 1978
Matière Finances
Analyse Le conseil adopte le budget supplémentaire 1978.
Vote Pour 21 Contre 0 Abstention 0
Décision Adopté à l'unanimité
Folio 113
`;

  it('reads each act under its number, titled by its "Objet", its acts those of its summary, not its vote\'s label', () => {
    const doc = analyzeText(text);
    expect(doc.items.map((i) => [i.number, i.title, i.decision?.articles.map((a) => a.action)])).toEqual([
      ['78-42', 'Plan d\'occupation des sols - Avis du conseil municipal', ['émet', 'demande']],
      ['78-43', "Budget supplémentaire de l'exercice 1978", ['adopte']],
    ]);
    expect(doc.items[0]!.decision!.vote).toMatchObject({ for: 17, against: 4, abstentions: 0 });
  });
});

describe("a council's extract exported from software, its lists run on without commas, its proxies a table read a cell a line", () => {
  const text = `CONSEIL GENERAL
EXTRAIT DU REGISTRE DES DELIBERATIONS
Date séance Heure
14/05/1991 10:00
Objet : PROGRAMME DES ROUTES DEPARTEMENTALES 1991
Membres en exercice Présents Représentés Votants
19 14 2 16
Présents :
ARNAUD Louis BESSON Marie-Claire CARON Jean DELMAS Henri ESTEVE
Paul FABRE Odile GARNIER Luc HUET André JOUVE Simone LAFONT
Pierre MARTY Yves NOEL Roger PAGES Alain ROUX
Denise
Pouvoirs :
Mandant Mandataire
SABATIER Guy
TESSIER Anne
CARON Jean
MARTY Yves
Absents excusés :
VIDAL Marc BOYER Lucien
Quorum : atteint
--------------------------------------------------------------------------------
LE CONSEIL GENERAL,
Vu le rapport de M. le Président,
Après en avoir délibéré,
DECIDE :
Article 1 : d'adopter le programme des routes départementales pour 1991.
Résultat du vote Pour Contre Abstention NPPV
16 0 0 0
`;
  const doc = analyzeText(text);
  const names = (people: ReadonlyArray<{ surname: string; givenName: string | null }>) => people.map((p) => `${p.surname} ${p.givenName}`);

  it('reads a given name the line broke from its family name as that member\'s, the list writing family names first', () => {
    expect(names(doc.attendance.present)).toEqual([
      'ARNAUD Louis', 'BESSON Marie-Claire', 'CARON Jean', 'DELMAS Henri', 'ESTEVE Paul', 'FABRE Odile', 'GARNIER Luc',
      'HUET André', 'JOUVE Simone', 'LAFONT Pierre', 'MARTY Yves', 'NOEL Roger', 'PAGES Alain', 'ROUX Denise',
    ]);
  });

  it('pairs the givers\' column with the holders\' under a header on one line, the holders being members present', () => {
    expect(doc.attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([
      ['SABATIER', 'CARON'],
      ['TESSIER', 'MARTY'],
    ]);
  });

  it('ends the excused at "Quorum : atteint", a note of the sitting', () => {
    expect(doc.attendance.excused.map((p) => p.surname)).toEqual(['VIDAL', 'BOYER']);
  });
});

describe("a form's row of labels each closed by its colon, over the row of their values", () => {
  it('reads "Lieu : Heure : Président de séance :" over "Siège de l\'Office - Salle du Conseil 17:30 THIRIET Claude"', () => {
    const text = `EXTRAIT DU REGISTRE DES DELIBERATIONS\nDU CONSEIL D'ADMINISTRATION\nLieu : Heure : Président de séance :\nSiège de l'Office - Salle du Conseil 17:30 THIRIET Claude\nMembres en exercice Présents Pouvoirs Votants\n17 12 2 14\n`;
    const values = formRowValues(text, text.length);
    expect(values.place?.text).toBe("Siège de l'Office - Salle du Conseil");
    expect(values.time?.text).toBe('17:30');
    expect(values.president?.text).toBe('THIRIET Claude');
  });
});

describe("a community's minutes, its form's president label written inclusively", () => {
  it('reads the president under "Président(e) de séance", the one who opened the sitting first', () => {
    const doc = analyzeText(`COMMUNAUTÉ DE COMMUNES DES TROIS VALLONS
PROCÈS-VERBAL
Conseil communautaire
Séance du jeudi 16 avril 2026
Date de convocation 09/04/2026
Heure 18h30
Lieu Salle des fêtes de Vaux-le-Petit
Président(e) de séance
M. Gérard MOULINET, Président sortant (ouverture) puis Mme Odile RAVIER,
doyenne d'âge (élection du Président) puis Mme Claire DESROCHES, Présidente
Secrétaire de séance M. Kévin LAMBERT
Le Conseil communautaire, après en avoir délibéré, à l'unanimité, ADOPTE le règlement intérieur.
`);
    expect(doc.meeting.president?.surname).toBe('MOULINET');
  });
});

describe('a form\'s labels one a line over their values, "Séance" the first of them, the form going on with labels beside their values', () => {
  const text = `DISTRICT DE L'AGGLOMERATION DE VALMONT
PROCES-VERBAL DE LA REUNION DU BUREAU
Séance
Date
Heure
Lieu
Bureau du District
12/03/1985
18:00
Salle de réunion du District - Valmont
Convocation adressée le : 04/03/1985
Président de séance : M. Jean BOUCHARD
Secrétaire de séance : Mme Yvette VIAL
La séance est ouverte à 18 h 10.
`;

  it('pairs each label with its value: "Séance" a label, not the form\'s title', () => {
    const { meeting } = analyzeText(text);
    expect(meeting.place).toBe('Salle de réunion du District - Valmont');
    expect(meeting.time).toBe('18:00');
  });
});
