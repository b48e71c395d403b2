/**
 * A register of a commission permanente printed by assembly software: a form of the sitting one
 * cell a line (its labels, then their values in the same order), and over each deliberation the
 * cells of its header ("N° délibération" / "Rapport" / "Commission" / "Rapporteur", then their
 * values), the grants it awards a table one cell a line. Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const HEADER = (number: string, report: string, rapporteur: string) => `N° délibération
Rapport
Commission
Rapporteur
${number}
${report}
Finances - Développement local
${rapporteur}`;

const REGISTER = `CONSEIL GENERAL DE LA HAUTE-VESLE - COMMISSION PERMANENTE DU 09/03/1999 - REGISTRE DES DELIBERATIONS
SEANCE
Date de la séance
Date de convocation
Lieu
Présidence
Secrétariat
09/03/1999 - 14h30
26/02/1999
Hôtel du Département - salle des commissions
M. Gaston VERLHAC, Président du Conseil général
Direction de l'Assemblée
Présents : VERLHAC Gaston, ROUMAGNE Irène, BASTIDE Paul, CAYLUS Hélène, FOURNAC Jean
Absents excusés : DELPEYROU Luc
Le Président ouvre la séance et constate que le quorum est atteint.

${HEADER('CP/99/03/01', '3-02', 'M. BASTIDE')}
OBJET : FONDS D'EQUIPEMENT DES COMMUNES 1999 - PREMIERE REPARTITION
LA COMMISSION PERMANENTE DU CONSEIL GENERAL,
Vu le rapport de M. le Président du Conseil général ;
DECIDE :
Article 1 : d'attribuer les subventions suivantes :
Commune
Opération
Montant HT retenu
Subvention
SAINT-ALVERE-LES-BOIS
Réfection de la toiture de l'église paroissiale
210 000,00
63 000,00
MONTAGRIER-SUR-VESLE
Aménagement du parking de la salle des fêtes
96 000,00
28 800,00
Article 2 : d'imputer la dépense au chapitre 204.
Résultat : ADOPTE A L'UNANIMITE

${HEADER('CP/99/03/02', '5-01', 'Mme CAYLUS')}
OBJET : COLLEGE JEAN-MOULIN - DOTATION COMPLEMENTAIRE
LA COMMISSION PERMANENTE DU CONSEIL GENERAL,
DECIDE :
Article 1 : d'attribuer au collège Jean-Moulin une dotation complémentaire de 12 000 francs.
Résultat : ADOPTE A L'UNANIMITE

Le Président du Conseil général,
Gaston VERLHAC`;

describe("a software register's form and deliberation headers, a cell a line", () => {
  const doc = analyzeText(REGISTER);

  it('reads the president from the value the "Présidence" label stands over', () => {
    expect(doc.meeting.president?.surname).toBe('VERLHAC');
    expect(doc.meeting.place).toBe('Hôtel du Département - salle des commissions');
  });

  it('numbers each deliberation with the value of its "N° délibération" cell', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['CP/99/03/01', "FONDS D'EQUIPEMENT DES COMMUNES 1999 - PREMIERE REPARTITION"],
      ['CP/99/03/02', 'COLLEGE JEAN-MOULIN - DOTATION COMPLEMENTAIRE'],
    ]);
  });

  it('keeps the rows of its table of grants inside the deliberation', () => {
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['attribue', 'impute']);
  });
});

const FORM = (number: string, subject: string) => `-----------------------------------------------------------------------
N° délibération
Rapporteur
Commission
${number}
M. CASIMIR-LEON
Finances
OBJET
${subject}
-----------------------------------------------------------------------`;

const ARCHIVED = `VILLE DE SAINT-ALBAN-DES-MORNES
Registre des délibérations du Conseil municipal - Séance du 29/06/1984
L'an mil neuf cent quatre-vingt-quatre, le vingt-neuf juin, le Conseil municipal s'est réuni sous la
présidence de M. Hector CASIMIR-LEON, Maire.
Présents : MM. CASIMIR-LEON, BELLAY, Mme JEAN-ALPHONSE, M. ROSETTE.

${FORM('84/061', "Compte administratif de l'exercice 1983")}
Le Conseil municipal, après en avoir délibéré, approuve le compte administratif de l'exercice 1983,
qui fait apparaître les montants suivants :
Bénéficiaire
Objet
Montant 1983
Montant 1984
Budget principal
Fonctionnement
1 240 000 F
1 310 000 F
Adopté à l'unanimité.

${FORM('84/062', 'Questions diverses')}
Le Conseil municipal prend acte des informations données par Monsieur le Maire sur la rentrée scolaire.
`;

describe('an archived register, each deliberation under a form whose "OBJET" stands alone over its value', () => {
  it('titles each deliberation with the value under "OBJET" and numbers it from the form, not a table\'s "Objet" column', () => {
    const doc = analyzeText(ARCHIVED);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['84/061', "Compte administratif de l'exercice 1983"],
      ['84/062', 'Questions diverses'],
    ]);
  });
});

const ALTERNATING = `Commune de Pointe-Sarcelle
PROCÈS-VERBAL DE SÉANCE
Conseil municipal du jeudi 12 octobre 2023
Date de convocation
05/10/2023
Heure d'ouverture
18:30
Lieu
Salle du conseil - Mairie annexe
Président de séance
BELLEMARE Hugues, Maire
Secrétaire de séance
VALÉRIUS Anne
Nom Prénom Qualité Présence Mandataire
BELLEMARE Hugues Maire Présent
VALÉRIUS Anne 1ère adjointe Présente
CORIDON Marc 2ème adjoint Présent
SAINT-PRIX
Rose-Aimée
3ème adjointe
Représentée
CORIDON Marc
ZÉPHYRIN Paul Conseiller municipal Excusé
LUBIN Jean Conseiller municipal Absent
Le quorum étant atteint, le Maire ouvre la séance.
N° 1 Approbation du procès-verbal de la séance du 7 septembre 2023
Le procès-verbal est approuvé à l'unanimité.`;

describe('a software export whose form gives each label then its value, its presence table a member a line', () => {
  const doc = analyzeText(ALTERNATING);

  it('reads the place and the president under their labels', () => {
    expect(doc.meeting.place).toBe('Salle du conseil - Mairie annexe');
    expect(doc.meeting.president?.surname).toBe('BELLEMARE');
  });

  it('reads a row the export wrapped a cell a line, its presence alone on a line, as that member\'s', () => {
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['BELLEMARE', 'VALÉRIUS', 'CORIDON']);
    expect(doc.attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['SAINT-PRIX', 'CORIDON']]);
    expect(doc.attendance.excused.map((p) => p.surname)).toEqual(['ZÉPHYRIN']);
    expect(doc.attendance.absent.map((p) => p.surname)).toEqual(['LUBIN']);
  });
});

const RETRO = `Commune de VAUCHIGNY (21)
Registre des délibérations - Retranscription
Séance n° 1985-03
Membres en exercice Présents Représentés Votants
11
9
1
10
Membres
Nom Prénom Fonction Statut
BERLOT Jean Maire Présent
GUYARD René 1er adjoint Présent
MORVAN Lucien 2ème adjoint Présent
LOISEL Michel Conseiller Présent
COLLARD Pierre Conseiller Présent
BOUVIER André Conseiller Présent
DESROCHES Gisèle Conseillère Présente
CHEVRIER Roger Conseiller Présent
PONSARD Henri Conseiller Présent
MATHIEU Georges Conseiller Excusé
Texte de la séance (retranscription)
L'an mil neuf cent quatre vingt cinq, le douze avril à vingt heures trente, le Conseil Municipal de la commune de Vauchigny légalement convoqué s'est réuni à la mairie sous la présidence de M. Jean BERLOT, Maire.
Délibération n° 1985-014
Objet Budget primitif 1985
Texte
Le Conseil Municipal vote le budget primitif 1985.
Vote Unanimité
Délibération n° 1985-015
Objet Location du logement de l'ancienne école
Texte
Le Conseil Municipal fixe le loyer mensuel à 900 F.
Vote Unanimité`;

describe("a register's retranscription exported by software, its tables before the sitting's sentence", () => {
  const doc = analyzeText(RETRO);

  it('takes the body from the sentence that convenes it, after the tables', () => {
    expect(doc.meeting.bodyType).toBe('conseil-municipal');
  });

  it('reads the counts whose labels stand in a row and their figures one a line under them', () => {
    expect(doc.attendance.counts).toEqual({ inOffice: 11, present: 9, represented: 1, voting: 10 });
  });

  it('titles each deliberation with its "Objet" value, the label without a colon left out', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['1985-014', 'Budget primitif 1985'],
      ['1985-015', "Location du logement de l'ancienne école"],
    ]);
  });
});

describe("a relevé printed by an archives' software, its print date over the sitting's", () => {
  it('reads the sitting\'s date after "Séance du :", not the "Edition du" stamp above it', () => {
    const doc = analyzeText(`VILLE DE TALMONT-LE-HAUT - Archives municipales Page 1/2
Base DELIB - Registre des délibérations numérisé
Edition du 14/03/2019 à 09:12 - Utilisateur : archives2
RELEVÉ DES DÉCISIONS DU CONSEIL MUNICIPAL
Séance du : 29/06/1982 Type de séance : Ordinaire Heure : 20:30
Président de séance : BRUNEL Georges (Maire)
82-101 Approbation du procès-verbal de la séance du 27 mai 1982 Adopté à l'unanimité
82-103 Budget supplémentaire 1982 - Budget principal Adopté
`);
    expect(doc.meeting.date).toBe('1982-06-29');
  });
});

describe("a procès-verbal exported by software, each label beside its value and the points a table's rows", () => {
  const doc = analyzeText(`Commune de Valbrun-sur-Oise Edité le 08/10/2012 à 10:42
PROCES-VERBAL DE SEANCE
Conseil municipal
Séance du 28/09/2012 à 18:00
Président de séance MARCHAND Paul-Henri (Maire)
Secrétaire de séance LEBLOND Josette
Date de convocation 21/09/2012
Membre Fonction Etat Mandataire
MARCHAND Paul-Henri Maire P
THIERRY Rosan 1er adjoint P
LEBLOND Josette 2e adjointe P
LUCAS Gérard 3e adjoint R THIERRY Rosan
NOËL Marie-Claude 4e adjointe P
P : présent - R : représenté - E : excusé - A : absent
Ordre Objet Rapporteur
2 DEL-2012-061 Décision modificative n°2 - Budget principal 2012 THIERRY Rosan
Exposé : la DM n°2 ajuste les crédits de la section de fonctionnement.
Le Conseil municipal approuve la décision modificative n°2 du budget principal 2012.
Pour Contre Abstention NPPV
4 1 0 0
Résultat ADOPTEE
3 DEL-2012-062 Subvention exceptionnelle au Comité des fêtes LEBLOND Josette
Exposé : fête patronale des 3, 4 et 5 août 2012.
Le Conseil municipal accorde une subvention exceptionnelle de 6 000,00 € au Comité des fêtes.
Pour Contre Abstention NPPV
5 0 0 0
Résultat ADOPTEE A L'UNANIMITE
Levée de séance 19:52`);

  it('reads the president and the secretary beside their labels', () => {
    expect(doc.meeting.president?.surname).toBe('MARCHAND');
    expect(doc.meeting.secretary?.surname).toBe('LEBLOND');
  });

  it("takes each row's rank then its act's code as a point, numbered by the code, its rapporteur's cell off the subject", () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['DEL-2012-061', 'Décision modificative n°2 - Budget principal 2012'],
      ['DEL-2012-062', 'Subvention exceptionnelle au Comité des fêtes'],
    ]);
  });
});

describe('a procès-verbal by software, each point under a row "N° de délibération / Rapporteur / Commission"', () => {
  const point = (n: number, title: string, votes: string) => `N° de délibération Rapporteur Commission
2001-20${n} M. CAYRE Finances
${n + 2} - ${title}
M. CAYRE présente le rapport. Le Conseil Municipal, après en avoir délibéré,
APPROUVE la proposition telle que présentée.
Votants Pour Contre Abstention Ne prend pas part au vote
${votes}
Adopté à la majorité`;
  const doc = analyzeText(`VILLE DE LAVAUR-SUR-AGOUT - PROCES-VERBAL - 17/12/2001
Séance du 17 décembre 2001
Présents : M. Jean CAYRE, Mme Nicole FABRE, M. Michel ARNAUD.
1 - APPROBATION DU PROCES-VERBAL DE LA SEANCE DU 12/11/2001
Le procès-verbal de la séance du 12 novembre 2001 est adopté à l'unanimité.
${point(1, 'BUDGET PRIMITIF 2002 - BUDGET PRINCIPAL', '32 25 6 1 0')}
${point(2, "PASSAGE A L'EURO - CONVERSION DES TARIFS MUNICIPAUX", '32 26 0 6 0')}`);

  it("numbers each point by its row's number, the row's other cells no point of their own", () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'APPROBATION DU PROCES-VERBAL DE LA SEANCE DU 12/11/2001'],
      ['2001-201', 'BUDGET PRIMITIF 2002 - BUDGET PRINCIPAL'],
      ['2001-202', "PASSAGE A L'EURO - CONVERSION DES TARIFS MUNICIPAUX"],
    ]);
  });

  it('reads the vote row under labels one of which has several words ("Ne prend pas part au vote")', () => {
    expect(doc.items[1]!.decision?.vote).toMatchObject({ for: 25, against: 6, abstentions: 1 });
  });
});

describe("an extract by software whose point's form gives its labels then their values, one a line", () => {
  it('reads "N° d\'ordre / Rapporteur / Objet" over "2000/048 / M. le Maire / FORET COMMUNALE …" as the point, numbered', () => {
    const doc = analyzeText(`EXTRAIT DU PROCES-VERBAL DES DELIBERATIONS DU CONSEIL MUNICIPAL DE LA COMMUNE DE LAUTERBACH
Séance du vendredi 17 novembre 2000
Le Conseil Municipal, légalement convoqué, s'est réuni sous la présidence de M. KIEFER Gérard, Maire.
Membres présents
M. KIEFER Gérard, Maire, M. SCHNEIDER Bernard, M. ZIMMER Alfred, Adjoints
Membre absent excusé
M. STEIN Antoine
Secrétaire de séance
Mme GRASSER Christiane, secrétaire de mairie
N° d'ordre
Rapporteur
Objet
2000/048
M. le Maire
FORET COMMUNALE - ETAT PREVISIONNEL DES COUPES ET PROGRAMME DES TRAVAUX
D'EXPLOITATION - EXERCICE 2001
Exposé
Monsieur le Maire présente l'état prévisionnel des coupes de l'exercice 2001.
Le Conseil Municipal, après en avoir délibéré, à l'unanimité, approuve l'état prévisionnel des coupes.`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['2000/048', "FORET COMMUNALE - ETAT PREVISIONNEL DES COUPES ET PROGRAMME DES TRAVAUX D'EXPLOITATION - EXERCICE 2001"]]);
  });
});

describe('an archive export of a sitting, each deliberation a form a cell a line ("N° délibération" / "Objet" over their values)', () => {
  const deliberation = (number: string, subject: string, vote: string) => `N° délibération
Objet
${number}
${subject}
Commission
Rapporteur
Finances et Plan
CHAIX Robert
Texte
LE CONSEIL GENERAL,
Vu le rapport de M. le Président du Conseil Général ;
Après en avoir délibéré,
DECIDE :
Article 1er - Les crédits nécessaires sont inscrits au budget départemental.
Vote
Pour
Contre
Abstentions
Résultat
${vote}
`;
  const EXPORT = `DEPARTEMENT DES HAUTES-ALPES - CONSEIL GENERAL
REGISTRE DES DELIBERATIONS - ANNEE 1984
SEANCE
Date de séance
Lieu
25/06/1984
Hôtel du Département - Salle des séances
Conseillers présents
JAUSSAUD Henri
ARNAUD Lucien
BARNÉOUD Marcel
Absents excusés
BOREL Antoine
TRON Marius
${deliberation('84-06-031', "FINANCES - Décision modificative n° 1 au budget de l'exercice 1984", '22\n6\n0\nADOPTE')}${deliberation('84-06-032', "TRANSPORTS SCOLAIRES - Participation des familles pour l'année 1984-1985", '28\n0\n0\nADOPTE')}${deliberation('84-06-033', 'VOIRIE DEPARTEMENTALE - Programme de renforcement des chemins', '26\n0\n2\nADOPTE')}`;

  it("reads each deliberation's number and subject, whatever closed the one before ('ADOPTE', a name of the lists)", () => {
    expect(analyzeText(EXPORT).items.map((i) => [i.number, i.title])).toEqual([
      ['84-06-031', "FINANCES - Décision modificative n° 1 au budget de l'exercice 1984"],
      ['84-06-032', "TRANSPORTS SCOLAIRES - Participation des familles pour l'année 1984-1985"],
      ['84-06-033', 'VOIRIE DEPARTEMENTALE - Programme de renforcement des chemins'],
    ]);
  });
});

describe("a register by software, each deliberation's number over its counts' labels then figures, its subject under \"Objet\"", () => {
  const deliberation = (number: string, subject: string) => `Séance du
Délibération n°
14/03/1996
${number}
Membres en exercice
Présents
Représentés
Votants
31
27
2
29
Rapport n°
Commission
Rapporteur
2-04
AMENAGEMENT - EQUIPEMENT
M. FOURNIER
Objet
${subject}
Le Conseil Général,
Vu le Code général des collectivités territoriales ;
Après en avoir délibéré,
Article 1er : Approuve le programme présenté.
Résultat du vote
Adopté à l'unanimité
`;
  const REGISTER = `CONSEIL GENERAL DU LOIRET
REGISTRE DES DELIBERATIONS
Séance du 14 mars 1996
Présidence de M. Jacques DELORME
Présents : MM. DELORME, FOURNIER, BLANC, MARTIN, PETIT.
\f${deliberation('CG/1996/03/07', 'VOIRIE DEPARTEMENTALE - PROGRAMME 1996 DE RENFORCEMENT')}\f${deliberation('CG/1996/03/08', 'COLLEGES PUBLICS - DOTATIONS DE FONCTIONNEMENT 1996')}\f${deliberation('CG/1996/03/09', 'MOTION RELATIVE AU MAINTIEN DES LIGNES FERROVIAIRES')}`;

  it('titles each with the value under "Objet", the cells between no points of their own', () => {
    expect(analyzeText(REGISTER).items.map((i) => [i.number, i.title])).toEqual([
      ['CG/1996/03/07', 'VOIRIE DEPARTEMENTALE - PROGRAMME 1996 DE RENFORCEMENT'],
      ['CG/1996/03/08', 'COLLEGES PUBLICS - DOTATIONS DE FONCTIONNEMENT 1996'],
      ['CG/1996/03/09', 'MOTION RELATIVE AU MAINTIEN DES LIGNES FERROVIAIRES'],
    ]);
  });
});

describe("a register software's re-export of one act, its subject in the form above the lists, its annexes numbered after it", () => {
  const text = `SYNDICAT INTERCOMMUNAL DE LA VALLÉE DU BRION
Registre des délibérations du Comité
Acte C 95-014 - Séance du 12/05/1995
N° d'acte
Date de séance
Nature de l'acte
C 95-014
12/05/1995
Délibération
Objet :
TRAVAUX DE RENFORCEMENT DU RÉSEAU D'EAU POTABLE - PROGRAMME 1995
Texte de l'acte :
L'an mil neuf cent quatre-vingt-quinze, le douze mai à vingt heures, le Comité du Syndicat, dûment convoqué, s'est réuni
à la mairie de Brion, sous la présidence de Monsieur Henri MARTY, Président.
Délégués en exercice : 10 Présents : 9 Votants : 9
Présents : MARTY Henri, FOURNIER Paul, DUBOIS Anne, GIRAUD Louis, LEROY Marc, ROUX Jean, MOREL Alice, FAURE Luc, BLANC Eric.
Excusé : PERRIN Guy.
Monsieur MARTY expose que le programme de renforcement du réseau d'eau potable de l'année 1995 porte sur trois tronçons.
${'Le détail des travaux figure au tableau annexé à la présente délibération, établi par le maître d\'oeuvre.\n'.repeat(70)}LE COMITÉ,
Vu le Code des Communes ;
Après en avoir délibéré,
APPROUVE le programme de travaux figurant en annexe 1 ;
AUTORISE le Président à signer les marchés correspondants.
Adopté à l'unanimité.
Pour extrait certifié conforme,
Le Président,
Henri MARTY
Signataire(s) registre : MARTY Henri (Président) ; FOURNIER Paul (Secrétaire de séance)
ANNEXE 1 A LA DELIBERATION C 95-014 DU 12/05/1995
DETAIL DES TRAVAUX
Tronçon 1 - Rue des Écoles 120 000 F
ANNEXE 2 A LA DELIBERATION C 95-014 DU 12/05/1995
CONVENTION TYPE DE MAÎTRISE D'OEUVRE
Article 1 - Objet
La présente convention fixe les missions du maître d'oeuvre.
Pour le Syndicat, Pour le maître d'oeuvre,
Le Président,
`;
  const doc = analyzeText(text);

  it('reads the act under its form\'s subject, its annexes\' titles none of its points', () => {
    expect(doc.items.map((i) => i.title)).toEqual(["TRAVAUX DE RENFORCEMENT DU RÉSEAU D'EAU POTABLE - PROGRAMME 1995"]);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['approuve', 'autorise']);
    expect(doc.items[0]!.span!.end).toBeLessThanOrEqual(doc.text.indexOf('ANNEXE 1 A LA'));
  });

  it('takes its signers from the software\'s "Signataire(s) registre" field', () => {
    expect(doc.signatures.map((s) => [s.surname, s.role])).toEqual([
      ['MARTY', 'Président'],
      ['FOURNIER', 'Secrétaire de séance'],
    ]);
  });
});

describe("a regional council's summary record by software, each deliberation's cells a line under \"N° délib.\" / \"Objet\" / \"Rapporteur\" / \"Commission\"", () => {
  // Invented region and names: the commission's cell ranked ("3 - Lycées, enseignement"), the subject's last words wrapped after it.
  const row = (number: string, subject: string, rapporteur: string, commission: string, decision: string) => `N° délib.
Objet
Rapporteur
Commission
${number}
${subject}
${rapporteur}
${commission}
Décision :
${decision}
Pour
Contre
Abst.
NPPV
Résultat
112
0
38
0
ADOPTE
`;
  const text = `COMPTE RENDU SOMMAIRE
SEANCE PLENIERE DU CONSEIL REGIONAL
Le Conseil régional s'est réuni en séance plénière le jeudi 15 octobre 1992 à l'Hôtel de Région, sous la présidence de M. Bernard VAUCHER, Président.
${row('92.10.603', 'Programme prévisionnel des investissements dans les lycées publics -', 'Mme Anne-Marie DUCRET-VIAL', '3 - Lycées, enseignement\nexercice 1993', 'Le Conseil régional approuve le programme prévisionnel des investissements dans les lycées.')}${row('92.10.604', 'Dotations globales de fonctionnement des lycées publics pour 1993', 'M. Jean-Claude PERRIN', '1 - Finances, plan', 'Le Conseil régional fixe à 19 000 000 F le montant des dotations.')}${row('92.10.605', "Participation aux dépenses d'investissement des lycées d'enseignement privé sous", 'M. Louis BRET', '3 - Lycées, enseignement\ncontrat d\'association', 'Le Conseil régional approuve la participation.')}`;

  it("reads each deliberation a point, the commission's ranked cell none", () => {
    expect(analyzeText(text).items.map((i) => i.number)).toEqual(['92.10.603', '92.10.604', '92.10.605']);
  });
});
