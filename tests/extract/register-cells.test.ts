/**
 * A table of a sitting's points that a software export gave one cell a line, read by its header's
 * labels: which cells a row holds, in which order, each known by its shape where it may wrap.
 */
import { describe, expect, it } from 'vitest';
import { readRegisterCells } from '../../src/extract/register-cells.ts';
import { analyzeText } from '../helpers/analyze-text.ts';

const HEADER = ['N° acte', 'Date séance', 'Objet', 'Rapporteur', 'Commission', 'Vote', 'Décision'];

/** A regional council's relevé: seven labels, the vote's cell over three lines, the outcome in a word after it. */
const RELEVE = [
  'Région Centre-Val de Loire',
  'RELEVE DES DECISIONS',
  'Séance du 14/10/1983 - Session ordinaire',
  'Présidence de séance : M. VALLIGNY Armand, Président du Conseil Régional',
  'Lieu : Orléans',
  ...HEADER,
  '83-101',
  '14/10/1983',
  'BUDGET REGIONAL 1983 - DECISION',
  'MODIFICATIVE N° 2',
  'M. CORDELLE Henri',
  'Finances',
  'Pour : 41',
  'Contre : 12',
  'Abst. : 5',
  'ADOPTE',
  '83-102',
  '14/10/1983',
  'LYCEES - PROGRAMME DE',
  'GROS ENTRETIEN 1984',
  'Mme FAUCHOIS Denise',
  'Formation',
  'Unanimité',
  'ADOPTE',
  'Région Centre-Val de Loire - Relevé des décisions',
  'Page 2 / 2',
  ...HEADER,
  '-',
  '14/10/1983',
  'SUBVENTION AU FESTIVAL DE LA LOIRE',
  'M. CORDELLE Henri',
  'Culture',
  '-',
  'RETIRE',
  '83-103',
  '14/10/1983',
  'DESIGNATION DES REPRESENTANTS AU',
  'COMITE REGIONAL DU TOURISME',
  'M. VALLIGNY Armand',
  '-',
  'Désignés : MM. BRIANT, LOUVET',
  'ADOPTE',
  'Fin de l\'édition',
].join('\n');

describe('a table of the points one cell a line, its cells named by its header', () => {
  const items = readRegisterCells(RELEVE);

  it('reads every row, over the page break where the header is printed again', () => {
    expect(items.map((i) => i.number)).toEqual(['83-101', '83-102', null, '83-103']);
    expect(items.map((i) => i.title)).toEqual([
      'BUDGET REGIONAL 1983 - DECISION MODIFICATIVE N° 2',
      'LYCEES - PROGRAMME DE GROS ENTRETIEN 1984',
      'SUBVENTION AU FESTIVAL DE LA LOIRE',
      'DESIGNATION DES REPRESENTANTS AU COMITE REGIONAL DU TOURISME',
    ]);
  });

  it('reads the votes "Pour : 41 / Contre : 12 / Abst. : 5" each to its own count, and the outcome in a word', () => {
    expect(items[0]!.decision?.vote).toMatchObject({ unanimous: false, for: 41, against: 12, abstentions: 5 });
    expect(items[1]!.decision?.vote).toMatchObject({ unanimous: true });
    expect(items.map((i) => i.decision?.outcome ?? null)).toEqual(['adopted', 'adopted', null, 'adopted']);
    // A designation has no vote; a withdrawn point neither.
    expect(items[2]!.decision?.vote ?? null).toBeNull();
    expect(items[3]!.decision?.vote ?? null).toBeNull();
  });

  it('gives the whole document its points, its president from "Présidence de séance :", and no rapporteur for a signer', () => {
    const doc = analyzeText(RELEVE);
    expect(doc.items.map((i) => i.number)).toEqual(['83-101', '83-102', null, '83-103']);
    expect(doc.meeting.president?.surname).toBe('VALLIGNY');
    expect(doc.signatures).toEqual([]);
  });
});

describe('the first kind: N° / Objet / Décision / Vote, the text decided in its own cell', () => {
  it('reads a subject cut on a dash or a function word as one, then the decision up to the vote', () => {
    const text = [
      'COMPTE RENDU DE LA SEANCE DU 12 MAI 2006',
      'N°',
      'OBJET',
      'DÉCISION',
      'VOTE',
      '2006-21',
      'Voirie communale – réfection du',
      'chemin de la Garenne',
      'Après consultation, le Conseil retient l\'entreprise MARTY TP',
      'et autorise le Maire à signer le marché.',
      '11 pour',
      '2 contre',
      '2006-22',
      'Tarifs de la cantine',
      'Le prix du repas est porté à 2,40 €.',
      'Unanimité',
    ].join('\n');
    const items = readRegisterCells(text);
    expect(items.map((i) => [i.number, i.title])).toEqual([
      ['2006-21', 'Voirie communale – réfection du chemin de la Garenne'],
      ['2006-22', 'Tarifs de la cantine'],
    ]);
    expect(items[0]!.decision?.vote).toMatchObject({ for: 11, against: 2 });
    expect(items[0]!.decision?.articles.map((a) => a.action)).toEqual(['retient', 'autorise']);
  });

  it('reads "N° délibération / Objet / Décision" with no vote column: the decision says how it went', () => {
    const text = [
      'LISTE DES DÉLIBÉRATIONS',
      'N° délibération',
      'Objet',
      'Décision',
      '2023-10',
      'Budget annexe de l\'eau – Fixation de la durée des amortissements',
      '(biens acquis à compter de 2023)',
      'Adoptée à l\'unanimité',
      '2023-11',
      'Adhésion au groupement de commandes du SDE',
      'Adoptée – 12 pour, 2 abstentions',
    ].join('\n');
    const items = readRegisterCells(text);
    expect(items.map((i) => i.number)).toEqual(['2023-10', '2023-11']);
    expect(items[0]!.title).toBe('Budget annexe de l\'eau – Fixation de la durée des amortissements (biens acquis à compter de 2023)');
    expect(items[0]!.decision?.vote?.unanimous).toBe(true);
    expect(items[1]!.decision?.vote).toMatchObject({ for: 12, abstentions: 2 });
  });
});

describe('a table whose decision column holds the text decided, the vote after it', () => {
  const TABLE = `CONSEIL REGIONAL DE BRETAGNE
Séance du 15 décembre 1980
Présents : M. KERHERVÉ Yves-Marie, Président, M. LE GOFF Jean, M. JAOUEN Louis, M. GUILLOU Marc.
Secrétaire de séance : M. LE DUFF Hervé.

DELIBERATIONS
N°
Objet
Rapporteur
Décision
Vote
80-12-03
Emprunts de l'exercice 1981
M. LE GOFF
Le Conseil régional AUTORISE M. le Préfet de Région à contracter des emprunts dans la
limite de 95 000 000 F.
Adopté
à la majorité
80-12-04
Programme régional de modernisation de la flotte de pêche artisanale
M. JAOUEN, président de la commission de la mer
Le Conseil régional APPROUVE le programme 1981.
Adopté
à l'unanimité
80-12-05
Participation régionale au programme d'électrification rurale 1981
M. GUILLOU
Le Conseil régional DECIDE de participer au programme 1981.
Adopté
Pour : 53 - Contre : 0 - Abstentions : 2
`;
  it('reads every row past an outcome wrapped under "Adopté" ("à la majorité")', () => {
    expect(readRegisterCells(TABLE).map((i) => [i.number, i.decision?.outcome])).toEqual([
      ['80-12-03', 'adopted'],
      ['80-12-04', 'adopted'],
      ['80-12-05', 'adopted'],
    ]);
  });
  it("gives each row its report (number, subject, rapporteur) and its decision (the text decided and the vote)", () => {
    const doc = analyzeText(TABLE);
    const of = (kind: string) => doc.sections!.filter((s) => s.kind === kind).map((s) => doc.text.slice(s.start, s.end));
    expect(of('report')).toEqual(["80-12-03\nEmprunts de l'exercice 1981\nM. LE GOFF", expect.stringMatching(/^80-12-04\n/), expect.stringMatching(/^80-12-05\n/)]);
    expect(of('decision')[0]).toBe('Le Conseil régional AUTORISE M. le Préfet de Région à contracter des emprunts dans la\nlimite de 95 000 000 F.\nAdopté\nà la majorité');
  });
});

describe("a table whose header an archive's software printed on one line", () => {
  const TABLE = `COMPTE RENDU SOMMAIRE
Séance du 27/06/1983
Président de séance
VERHAEGHE Gaston
DELIBERATIONS
N° Objet Rapporteur Résumé de la décision Pour Contre Abst. Décision Observations
83-06-01
Approbation du procès-verbal de
la séance du 25/04/1983
VERHAEGHE Gaston
Le Conseil régional approuve le
procès-verbal sans observation.
UNANIMITE
Adopté
83-06-02
Budget supplémentaire de
l'exercice 1983
CARLIER Henri
(Commission des finances)
Le Conseil régional adopte le
budget supplémentaire 1983.
60
37
2
Adopté
Amendement n° 1 (groupe Union
pour la Région) : rejeté 37 / 60 / 2
83-06-03
Voeu relatif à la fiscalité locale
LEMAIRE Paul
Le Conseil régional rejette le voeu.
38
59
2
Rejeté
`;
  it('reads each row: its cells one a line, the counts a column each, an empty or wrapped note closing it', () => {
    expect(readRegisterCells(TABLE).map((i) => [i.number, i.title, i.decision?.vote?.for ?? null, i.decision?.vote?.against ?? null, i.decision?.vote?.unanimous ?? null, i.decision?.outcome])).toEqual([
      ['83-06-01', 'Approbation du procès-verbal de la séance du 25/04/1983', null, null, true, 'adopted'],
      ['83-06-02', "Budget supplémentaire de l'exercice 1983", 60, 37, false, 'adopted'],
      ['83-06-03', 'Voeu relatif à la fiscalité locale', 38, 59, false, 'rejected'],
    ]);
  });
});

describe("a relevé de décisions: the service's cell before the subject, the vote '(P / C / A)', the amount voted last", () => {
  const HEADER = ['N° rapport', 'Direction', 'Objet', 'Rapporteur', 'Vote', '(P / C / A)', 'Décision', 'Montant voté', '(en euros)'];
  const text = [
    'COMMISSION PERMANENTE DU 14/03/2005',
    'RELEVE DES DECISIONS',
    ...HEADER,
    '05-03-01', 'Aménagement', 'du territoire', 'Aide aux communes rurales - 1ère', 'répartition 2005', 'M. CORNILLAC', 'Unanimité', 'Adopté', '210 000,00',
    '05-03-02', 'Jeunesse et', 'Sports', 'Subventions aux clubs de haut niveau', 'Mme TESTANIÈRE', '11 / 2 / 1', 'Adopté', '48 500,00',
    '05-03-03', 'Ressources', 'humaines', "Création d'un poste de chargé de mission", 'M. ORSINI', 'Retiré', '-',
    'Compte rendu sommaire - Page 1 / 2',
    ...HEADER,
    "05-03-04 Agriculture Aide à l'irrigation collective M. BRÉMOND Unanimité Adopté 15 300,00",
    '05-03-05', 'Routes', 'RD 12 - Acquisitions foncières', 'M. CORNILLAC', 'Unanimité', '(1 NPPV)', 'Adopté', 'Sans incidence', 'financière',
    'La séance est levée à 16 h.',
  ].join('\n');

  it('reads every row: a title without its service, the counts each to its own, a withdrawn point, a row on one line', () => {
    const items = readRegisterCells(text);
    expect(items.map((i) => i.number)).toEqual(['05-03-01', '05-03-02', '05-03-03', '05-03-04', '05-03-05']);
    expect(items[0]!.title).toBe('Aide aux communes rurales - 1ère répartition 2005');
    expect(items[1]!.title).toBe('Subventions aux clubs de haut niveau');
    expect(items[1]!.decision?.vote).toMatchObject({ for: 11, against: 2, abstentions: 1 });
    expect(items[2]!.decision?.outcome ?? null).toBeNull();
    expect(items[3]!.decision).toMatchObject({ vote: { unanimous: true }, outcome: 'adopted' });
    expect(items[4]!.decision).toMatchObject({ vote: { unanimous: true }, outcome: 'adopted' });
  });

  it("gives each row its report (number, service, subject, rapporteur) and its decision (vote, outcome, amount)", () => {
    const doc = analyzeText(text);
    const of = (kind: string, item: number) => doc.sections.filter((s) => s.kind === kind && s.item === item).map((s) => doc.text.slice(s.start, s.end));
    expect(of('report', 1)).toEqual(['05-03-02\nJeunesse et\nSports\nSubventions aux clubs de haut niveau\nMme TESTANIÈRE']);
    expect(of('decision', 1)).toEqual(['11 / 2 / 1\nAdopté\n48 500,00']);
    expect(of('decision', 3)).toEqual(['Unanimité Adopté 15 300,00']);
  });
});

describe('a relevé whose rows are not all numbered nor all read', () => {
  const text = [
    'RELEVE DES DECISIONS',
    'N° acte', 'Objet', 'Rapporteur', 'Décision', 'Vote',
    'Approbation du procès-verbal de la séance du 12 mars 1984', 'M. LARUE', 'Le procès-verbal est adopté.', 'Unanimité',
    '84-04-01', 'BUDGET SUPPLEMENTAIRE 1984', 'M. LARUE', 'Adopte le budget supplémentaire.', 'Pour 30 - Contre 8 - Abst. 0',
    'AIDE AUX PORTS DE PECHE :', '84-04-02    M. QUEMENER', 'PROGRAMME 1984', 'Accorde une aide de 2 000 000 F.', 'Unanimité',
    '84-04-03', 'LYCEES : EQUIPEMENT', "SUBVENTION COMPLEMENTAIRE          Mme LE GOFF", 'Attribue une subvention de 300 000 F.', 'Unanimité',
    '84-04-04', 'ROUTES : PROGRAMME 1984', 'M. TANGUY', 'Approuve le programme.', 'Unanimité',
    'FORMATION PROFESSIONNELLE (RAPPORT N° 9)', 'Mme LE GOFF', 'Rapport retiré de l\'ordre du jour.', '-',
    'MOT 84-02', 'MOTION RELATIVE A LA PECHE', 'M. QUEMENER', 'Motion rejetée.', 'Pour 9 - Contre 29 - Abst. 0',
    '',
    'Nombre d\'actes : 4',
  ].join('\n');

  it('reads a row without a number where it ends before a numbered one, a motion\'s series number, and passes over rows it cannot read', () => {
    const items = readRegisterCells(text);
    expect(items.map((i) => i.number)).toEqual([null, '84-04-01', '84-04-04', null, 'MOT 84-02']);
    expect(items[0]!.title).toBe('Approbation du procès-verbal de la séance du 12 mars 1984');
    expect(items[4]!.decision).toMatchObject({ vote: { for: 9, against: 29 }, outcome: 'rejected' });
  });
});

describe('a form\'s quorum on one line', () => {
  it('"Quorum : Atteint" is met, "Quorum : Non atteint" is not', () => {
    const form = (q: string) => analyzeText(`CONSEIL REGIONAL\nAssemblée plénière\nDate séance : 28/10/1983\nQuorum : ${q}\n\n1 - Budget\nLe Conseil adopte le budget à l'unanimité.\n`);
    expect(form('Atteint').meeting.quorum).toBe(true);
    expect(form('Non atteint').meeting.quorum).toBe(false);
  });
});

describe('a relevé one cell a line with a rank before the act\'s number and the counts a column each', () => {
  const text = [
    'RELEVE DES DECISIONS',
    'Lieu :',
    'Hôtel du Département - Salle des Séances',
    'N°', 'N° rapport', 'Commission', 'Objet', 'Rapporteur', 'Décision', 'Pour', 'Contre', 'Abst.', 'NPPV',
    '1', '05-BS-001', '1ère Commission', 'Budget supplémentaire 2005', 'M. ROUBAUD', 'ADOPTE', '20', '9', '0', '0',
    '2', '05-BS-002', '1ère Commission', 'Budget annexe du laboratoire', 'M. ROUBAUD', 'ADOPTE A', "L'UNANIMITE", '29', '0', '0', '0',
    '3', '05-BS-003', '3ème Commission', 'Convention avec le festival', 'Mme AUZIAS', 'RETIRE DE', "L'ORDRE DU JOUR",
    '4', '05-BS-004', 'Hors commission', "Rapport annuel des services de l'Etat", 'M. le Président', 'DONNE ACTE',
    '5', '05-BS-005', 'Hors commission', 'Motion relative aux services publics', 'M. BLANC', 'ADOPTE', '27', '0', '0', '2',
  ].join('\n');

  it('reads each row: the counts where there are any, unanimity said in the outcome, a withdrawn and a noted point', () => {
    const items = readRegisterCells(text);
    expect(items.map((i) => i.number)).toEqual(['05-BS-001', '05-BS-002', '05-BS-003', '05-BS-004', '05-BS-005']);
    expect(items[0]!.decision?.vote).toMatchObject({ unanimous: false, for: 20, against: 9, abstentions: 0 });
    expect(items[1]!.decision?.vote).toMatchObject({ unanimous: true, for: 29, against: 0 });
    expect(items.map((i) => i.decision?.outcome ?? null)).toEqual(['adopted', 'adopted', null, 'noted', 'adopted']);
    expect(items[4]!.decision?.vote).toMatchObject({ for: 27, notVoting: 2 });
  });

  it('gives the place under "Lieu :"', () => {
    expect(analyzeText(text).meeting.place).toBe('Hôtel du Département - Salle des Séances');
  });
});

describe("a summary's table a cell a line, its rapporteur by family name and initials, a row's counts on one line", () => {
  const text = `COMPTE RENDU SOMMAIRE DE LA SEANCE DU COMITE SYNDICAL
Séance du 14/12/2021
N°
Objet
Rapporteur
Pour
Contre
Abst.
Décision
2021-031
Décision modificative n°2 - Budget annexe
du service de l'eau 2021
FILIPPI A.
11 0 0
Adoptée à l'unanimité
2021-032
Tarifs de l'eau potable et de l'abonnement
au 1er janvier 2022
FILIPPI A.
8 2 1
Adoptée à la majorité
2021-033
Admission en non-valeur de produits
irrécouvrables (1 284,37 €)
CASANOVA M-D.
11 0 0
Adoptée à l'unanimité.
`;
  it('reads each row, its subject whole and its three counts', () => {
    expect(analyzeText(text).items.map((i) => [i.number, i.title, i.decision?.vote?.for, i.decision?.vote?.against, i.decision?.vote?.abstentions])).toEqual([
      ['2021-031', "Décision modificative n°2 - Budget annexe du service de l'eau 2021", 11, 0, 0],
      ['2021-032', "Tarifs de l'eau potable et de l'abonnement au 1er janvier 2022", 8, 2, 1],
      ['2021-033', 'Admission en non-valeur de produits irrécouvrables (1 284,37 €)', 11, 0, 0],
    ]);
  });
});

describe('a register whose header ends on the counts, the text decided after them under no label', () => {
  // Invented commune; the shape of a register software's export: labels one a line, each row's
  // cells one a line, then the deliberation's text, then the prefecture's dates; a page break
  // between two rows, the header printed again.
  const rows = (number: string, rapporteur: string, subject: string, counts: string[], decided: string) => [number, rapporteur, subject, ...counts, decided, 'Transmis en Sous-Préfecture le : 04/03/2003'];
  const header = ['N° délib.', 'Rapporteur', 'Objet', 'Pour', 'Contre', 'Abst.'];
  const text = [
    'VILLE DE SAINT-ORMEL',
    'REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL',
    'Séance du 24/02/2003',
    'Président de séance : GARNIER P., Maire',
    'Présents : GARNIER P., LEBRUN S., MOREAU T., PICARD J.',
    'Absents : ROLLAND J., VIDAL M.',
    ...header,
    ...rows('03-014', 'LEBRUN S.', 'VOIRIE - PROGRAMME 2003', ['18', '3', '0'], 'Le Conseil Municipal, après en avoir délibéré, APPROUVE le programme de voirie 2003, et AUTORISE le Maire à signer les marchés.'),
    ...rows('03-015', 'MOREAU T.', 'CANTINE - TARIFS', ['21', '0', '0'], "Le Conseil Municipal, à l'unanimité, FIXE le prix du repas à 2,10 €."),
    'Edité le 05/03/2003     Page 1/2',
    '\f',
    'SAINT-ORMEL - Conseil Municipal - Séance du 24/02/2003',
    ...header,
    ...rows('03-016', 'PICARD J.', 'SALLE DES FETES - LOCATION', ['19', '0', '2'], 'Le Conseil Municipal DECIDE de louer la salle des fêtes aux associations.'),
  ].join('\n');
  const doc = analyzeText(text);

  it('reads every row, the one before the header printed again too, its counts and its verbs', () => {
    expect(doc.items.map((i) => [i.number, i.title, i.decision?.vote?.for, i.decision?.vote?.against, i.decision?.vote?.abstentions, i.decision?.articles.map((a) => a.action)])).toEqual([
      ['03-014', 'VOIRIE - PROGRAMME 2003', 18, 3, 0, ['approuve', 'autorise']],
      ['03-015', 'CANTINE - TARIFS', 21, 0, 0, ['fixe']],
      ['03-016', 'SALLE DES FETES - LOCATION', 19, 0, 2, ['décide']],
    ]);
    expect(doc.items[1]!.decision?.vote?.unanimous).toBe(true);
  });

  it('ends the list of the absent at the header: its labels and the first row name no one', () => {
    expect(doc.attendance.absent.map((p) => p.surname)).toEqual(['ROLLAND', 'VIDAL']);
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['GARNIER', 'LEBRUN', 'MOREAU', 'PICARD']);
  });
});

describe("a region's register exported a row a line, each subject's cell wrapped around the row's line", () => {
  // Invented rapporteurs and subjects; the layout of an archive software's export of 2012.
  const text = `RÉGION RHÔNE-ALPES
REGISTRE DES DÉLIBÉRATIONS
Instance : ASSEMBLÉE PLÉNIÈRE Séance du : 20/10/1994
N° Objet Rapporteur Vote Décision
délibération
Décision modificative n° 2 au budget primitif
94.10.401 M. ROUSSEL Pour : 98 Adoptée
1994
Contre : 47
Abst. : 9
NPPV : 0
Contrat de plan État-Région 1994-1998 :
94.10.402 avenant n° 1 relatif au volet routier M. BERTHOD Pour : 101 Adoptée
(RN 85 et RN 90) Contre : 12
Abst. : 41
NPPV : 0
Programme régional de formation
94.10.403 professionnelle des jeunes - Mme CHAMBON Unanimité Adoptée
programme 1995
\f
RÉGION RHÔNE-ALPES
N° Objet Rapporteur Vote Décision
délibération
Motion relative au maintien des services
94.10.404 publics dans les zones rurales M. GACHON Pour : 45 Rejetée
(présentée par un groupe) Contre : 96
Abst. : 13
Nombre d'actes sélectionnés : 4
`;
  const doc = analyzeText(text);

  it('reads each row, its subject from the line above its own to the last under it, its vote wrapped under it', () => {
    expect(doc.items.map((i) => [i.number, i.title, i.decision?.vote?.unanimous, i.decision?.vote?.for, i.decision?.vote?.against, i.decision?.vote?.abstentions, i.decision?.outcome])).toEqual([
      ['94.10.401', 'Décision modificative n° 2 au budget primitif 1994', false, 98, 47, 9, 'adopted'],
      ['94.10.402', 'Contrat de plan État-Région 1994-1998 : avenant n° 1 relatif au volet routier (RN 85 et RN 90)', false, 101, 12, 41, 'adopted'],
      ['94.10.403', 'Programme régional de formation professionnelle des jeunes - programme 1995', true, null, null, null, 'adopted'],
      ['94.10.404', 'Motion relative au maintien des services publics dans les zones rurales (présentée par un groupe)', false, 45, 96, 13, 'rejected'],
    ]);
  });

  it("is the regional council's, its letterhead a region's and its sitting a plenary", () => {
    expect(doc.meeting.bodyType).toBe('conseil-regional');
    expect(doc.kind).toBe('list');
  });
});

describe("a relevé exported a row a line, its vote's cell centred on the row as its subject is", () => {
  // Invented commune, members and subjects.
  const text = `VILLE DE SERVIAN-LE-HAUT
RELEVÉ DES DÉCISIONS
CONSEIL MUNICIPAL
Séance du jeudi 14 mars 2024 - 18h30
N° Objet Rapporteur Vote Décision
Compte rendu des décisions prises par le Maire en vertu de
2024-03-01 M. MARTY - Prend acte
l'article L.2122-22 du CGCT
Garantie d'emprunt à l'OPH Servian Habitat - Construction Pour : 25
2024-03-02 de 12 logements, rue des Tanneurs M. BOYER Contre : 0 Adopté
Abst. : 2
2024-03-03 Tarifs de la cantine scolaire M. MARTY Unanimité Adopté
`;
  const doc = analyzeText(text);

  it('reads the count closing the line above the row, the row\'s own count, and a report noted without a vote', () => {
    expect(doc.items.map((i) => [i.number, i.title, i.decision?.vote?.for ?? null, i.decision?.vote?.against ?? null, i.decision?.vote?.abstentions ?? null, i.decision?.outcome])).toEqual([
      ['2024-03-01', "Compte rendu des décisions prises par le Maire en vertu de l'article L.2122-22 du CGCT", null, null, null, 'noted'],
      ['2024-03-02', "Garantie d'emprunt à l'OPH Servian Habitat - Construction de 12 logements, rue des Tanneurs", 25, 0, 2, 'adopted'],
      ['2024-03-03', 'Tarifs de la cantine scolaire', null, null, null, 'adopted'],
    ]);
    expect(doc.items[0]!.decision?.vote).toBeNull();
  });
});

describe("a relevé exported a row a line, the vote's counts a column each before the result", () => {
  // Invented communes, members and subjects.
  const text = `COMMUNAUTE DE COMMUNES DU HAUT-VERNON
RELEVE DES DECISIONS
Conseil communautaire
Séance du 05/06/2024 - 18:30
Lieu : Salle des fêtes - Vernon-le-Haut
N° Objet Rapporteur Pour Contre Abst. NPPV Résultat
2024-031 Approbation du procès-verbal de la séance du 03/04/2024 Le Président 25 0 0 0 Adopté
Compte administratif 2023 - Budget principal (le Président ayant
2024-032 M. ROUSSET 20 0 3 0 Adopté
quitté la salle)
2024-033 Vote des taux de fiscalité directe 2024 Mme VIALLON 19 4 0 0 Adopté
2024-034 Subvention au comité des fêtes M. ROUSSET 22 0 0 1 Adopté
Publié le 07/06/2024 - Le Président, Paul GARNIER
`;
  const doc = analyzeText(text);

  it('reads each row: its subject wrapped around its line, the counts each to its own, the chair as rapporteur', () => {
    expect(doc.items.map((i) => [i.number, i.title, i.decision?.vote?.for, i.decision?.vote?.against, i.decision?.vote?.abstentions, i.decision?.vote?.notVoting, i.decision?.outcome])).toEqual([
      ['2024-031', 'Approbation du procès-verbal de la séance du 03/04/2024', 25, 0, 0, 0, 'adopted'],
      ['2024-032', 'Compte administratif 2023 - Budget principal (le Président ayant quitté la salle)', 20, 0, 3, 0, 'adopted'],
      ['2024-033', 'Vote des taux de fiscalité directe 2024', 19, 4, 0, 0, 'adopted'],
      ['2024-034', 'Subvention au comité des fêtes', 22, 0, 0, 1, 'adopted'],
    ]);
  });

  it('takes the time after "Séance du 05/06/2024 -" for the sitting\'s, not a printer\'s stamp', () => {
    expect(doc.meeting.time).toBe('18:30');
  });
});

describe("a commission's name wrapped in its cell", () => {
  const text = [
    'RAPPORTS EXAMINÉS',
    'N° rapport',
    'Objet',
    'Commission',
    'Rapporteur',
    'Décision',
    'Pour',
    'Contre',
    'Abst.',
    'NPPV',
    '00-3.01',
    "Compte administratif de l'exercice 1999",
    'Finances, budget et',
    'évaluation',
    'M. GUYON',
    'Adopté',
    '26',
    '18',
    '9',
    '2',
    '00-3.02',
    "Affectation du résultat de l'exercice 1999",
    'Finances, budget et',
    'évaluation',
    'M. GUYON',
    'Adopté',
    '28',
    '0',
    '27',
    '0',
    '',
  ].join('\n');

  it('reads each row to its rapporteur, then its decision and counts', () => {
    expect(readRegisterCells(text).map((i) => [i.number, i.title, i.decision?.vote?.for, i.decision?.vote?.abstentions])).toEqual([
      ['00-3.01', "Compte administratif de l'exercice 1999", 26, 9],
      ['00-3.02', "Affectation du résultat de l'exercice 1999", 28, 27],
    ]);
  });
});

describe("a region's table one cell a line, its acts numbered by service code, each row's detail under it", () => {
  const ROWS = [
    'N°',
    'Objet',
    'Commission',
    'Rapporteur',
    'Décision',
    'Vote',
    '15_PRES_01',
    'Approbation du procès-verbal de la session des 9 et 10 avril 2015',
    '-',
    'M. le Président',
    'Adopté',
    'Unanimité',
    '15_DFB_01',
    'Compte administratif 2014',
    'Finances et affaires générales',
    'M. Erwan QUÉRÉ',
    'Adopté',
    'Pour : 51 (SRA, ECO, RP) Contre : 19 (DCI) Abstention : 10 (FDG) NPPV : 1 (M. le Président)',
    'Le Président ayant quitté la salle pour le vote du compte administratif, la présidence a',
    'été assurée par Mme Christine LE GUEN, 1ère Vice-présidente.',
    '15_DFB_02',
    'Compte de gestion 2014 du Payeur régional',
    'Finances et affaires générales',
    'M. Erwan QUÉRÉ',
    'Adopté',
    'Pour : 71 (SRA, ECO, RP, DCI) Contre : 0 Abstention : 10 (FDG) NPPV : 0',
    '15_DAEI_01',
    'Fonds européens 2014-2020 - Programme opérationnel',
    'FEDER-FSE Bretagne - Modalités de gestion et',
    'délégation au Président',
    'Europe et international',
    'Mme Rozenn LE PAPE',
    'Adopté',
    'Unanimité',
    'VŒUX',
    'N°',
    'Objet',
    'Déposé par',
    'Décision',
    'Vote',
    'V_2015_06_01',
    "Vœu relatif à la crise de l'élevage porcin et laitier en Bretagne",
    'Ensemble des groupes',
    'Adopté',
    'Unanimité',
    'V_2015_06_02',
    'Vœu relatif au moratoire sur la fermeture des',
    'classes en zone rurale',
    'DCI',
    'Rejeté',
    'Pour : 19 (DCI) Contre : 52 (SRA, ECO, RP) Abstention : 10 (FDG)',
  ].join('\n');
  const items = readRegisterCells(ROWS);
  it('reads every row, the motions\' table under its own header after the first', () => {
    expect(items.map((i) => i.number)).toEqual(['15_PRES_01', '15_DFB_01', '15_DFB_02', '15_DAEI_01', 'V_2015_06_01', 'V_2015_06_02']);
    expect(items.map((i) => i.decision?.outcome)).toEqual(['adopted', 'adopted', 'adopted', 'adopted', 'adopted', 'rejected']);
  });
  it('gives the subject every line before the commission, the one line before the rapporteur', () => {
    expect(items[3]!.title).toBe('Fonds européens 2014-2020 - Programme opérationnel FEDER-FSE Bretagne - Modalités de gestion et délégation au Président');
    expect(items[5]!.title).toBe('Vœu relatif au moratoire sur la fermeture des classes en zone rurale');
  });
  it('does not take a note under a row for a row of its own', () => {
    expect(items[2]!.title).toBe('Compte de gestion 2014 du Payeur régional');
    expect(items[2]!.decision?.vote).toMatchObject({ for: 71, against: 0, abstentions: 10 });
  });
});

describe("a table's rows with their detail under them: 'Commission :', 'Décision :', the counts a grid", () => {
  const row = (n: string, subject: string, outcome: string, decided: string, figures: string) =>
    [n, subject, 'Mme Annaïg LE FLOCH', outcome, 'Commission : Affaires générales, finances et ressources humaines', `Décision : ${decided}`, 'Pour Contre Abst. NPPV', figures, 'Pour : BEC (37) ; EDB (12) ; BAG (4)'];
  const TABLE = [
    'RELEVÉ DES DÉLIBÉRATIONS',
    'N°',
    'Objet',
    'Rapporteur',
    'Résultat',
    ...row('22_DFE_01', 'Compte administratif 2021', 'ADOPTÉ', 'le Conseil régional constate les identités de valeurs avec le compte de gestion,\narrête les résultats définitifs et approuve le compte administratif.', '53 10 17 1'),
    'Édité le 07/07/2022 à 16:41 – Délibéra v4.2 Page 3 / 7',
    'Région Bretagne – Conseil régional',
    'N° Objet Rapporteur Résultat',
    ...row('22_DFE_04', 'Budget supplémentaire 2022', 'ADOPTÉ', 'Le Conseil régional adopte le budget supplémentaire 2022.', '53 25 3 0'),
    ...row('22_VŒU_01', 'Vœu relatif à la mise à 2x2 voies de la RN 164', 'REJETÉ', 'Le vœu est rejeté.', '26 49 6 0'),
  ].join('\n');
  const items = readRegisterCells(TABLE);
  it('reads the rows past the header printed again on one line, a motion\'s number among them', () => {
    expect(items.map((i) => i.number)).toEqual(['22_DFE_01', '22_DFE_04', '22_VŒU_01']);
  });
  it('reads the acts in the text decided, wrapped, and the counts of the grid', () => {
    expect(items[0]!.decision?.articles.map((a) => a.action)).toEqual(['constate', 'arrête', 'approuve']);
    expect(items[0]!.decision?.vote).toMatchObject({ for: 53, against: 10, abstentions: 17 });
    expect(items[2]!.decision?.outcome).toBe('rejected');
  });
});

describe('a table that sums up, after them, points its headings read and numbered alike', () => {
  it('is no points of its own', () => {
    const point = (n: string, title: string) => `Objet: ${title} - ${n}\nMonsieur le Maire présente le dossier.\nLe conseil municipal, après en avoir délibéré, APPROUVE la proposition.\nA l'unanimité (pour : 9 contre : 0 abstentions : 0)\n`;
    const doc = analyzeText(`COMMUNE DE BLIGNY
PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 14 SEPTEMBRE 2012
Présents : M. TRUCHOT, M. MIGNARD, Mme COLIN
${point('DE_2012_031', 'Forêt communale - Etat d\'assiette des coupes 2013')}${point('DE_2012_032', 'Affouage 2012-2013 - Prix de la portion')}${point('DE_2012_033', 'Convention de fourrière animale')}
Récapitulatif des délibérations
N°
Objet
Vote
DE_2012_031
Forêt communale - Etat d'assiette des coupes 2013
Unanimité
DE_2012_032
Affouage 2012-2013 - Prix de la portion
Unanimité
DE_2012_033
Convention de fourrière animale
Unanimité
`);
    expect(doc.items.map((i) => i.decision?.articles.map((a) => a.action))).toEqual([['approuve'], ['approuve'], ['approuve']]);
  });
});

describe("a list of a sitting's acts exported a cell a line, its numbers glued to their year, its counts a column each", () => {
  const LIST = `COMMUNE DE VALMORNE
Liste des délibérations
Séance du Conseil municipal du 12/03/2024
Présidence : DUVAL Marc, Maire
Secrétaire de séance : PIERRE Anne
En exercice
23
Présents
19
Représentés
2
Votants
21
N° acte
Objet
Rapporteur
Pour
Contre
Abst.
NPPV
Résultat
DEL2024_011
Compte de gestion 2023 - Budget
principal
MARTIN J.-L.
18
3
0
0
Adoptée
DEL2024_012 Décision modificative n°1 - Budget annexe MARTIN J.-L. 21 0 0 0 Unanimité
DEL2024_013
Motion relative à la fermeture du bureau
de poste
ROUX C.
4
17
0
0
Rejetée
DEL2024_014 Tarifs de la cantine scolaire DUVAL M. 19 2 0 0 Adoptée
Nombre de délibérations : 4
Le Maire,
Marc DUVAL
`;

  it("reads each row, wrapped or on one line, with its rapporteur's initials 'J.-L.', its counts and its outcome", () => {
    const items = readRegisterCells(LIST);
    expect(items.map((i) => [i.number, i.title, i.decision?.vote?.for, i.decision?.vote?.against, i.decision?.vote?.unanimous, i.decision?.outcome])).toEqual([
      ['DEL2024_011', 'Compte de gestion 2023 - Budget principal', 18, 3, false, 'adopted'],
      ['DEL2024_012', 'Décision modificative n°1 - Budget annexe', 21, 0, true, 'adopted'],
      ['DEL2024_013', 'Motion relative à la fermeture du bureau de poste', 4, 17, false, 'rejected'],
      ['DEL2024_014', 'Tarifs de la cantine scolaire', 19, 2, false, 'adopted'],
    ]);
  });

  it('sections its head, the sitting and the counts, and leaves its rows unsectioned', () => {
    const doc = analyzeText(LIST);
    expect(doc.kind).toBe('list');
    const kinds = doc.sections!.filter((s) => s.kind !== 'other').map((s) => [s.kind, doc.text.slice(s.start, s.end)]);
    expect(kinds.some(([k, t]) => k === 'preamble' && t!.includes('Séance du Conseil municipal du 12/03/2024'))).toBe(true);
    expect(kinds.some(([k, t]) => k === 'attendance' && t!.includes('Votants\n21'))).toBe(true);
    expect(kinds.some(([k]) => k === 'report' || k === 'decision')).toBe(false);
  });
});

describe("an archive database's summary of a sitting: one label over two cells, a summary of each decision, then its outcome and vote", () => {
  // Invented names and figures, laid out as such an export gives its table, one cell a line.
  const TABLE = `N° délib.
Objet
Commission / Rapporteur
Résumé de la décision
Décision
Vote
77-1-01
Procès-verbal de la séance du 12 décembre 1976
Bureau
M. LEROUX
Le procès-verbal est adopté sans observation.
Adopté
Sans observation
77-1-02
Voirie - Programme 1977 de
renforcement des chemins
Travaux publics
M. GARNIER
Vu le rapport de M. le Préfet. La tranche porte sur 41 km. Le Conseil général approuve la liste des
sections à renforcer et autorise M. le Préfet à lancer les appels d'offres.
Adopté
Pour : 21 Contre : 4
77-1-03
Prix de journée des maisons de retraite
Aide sociale
M. PINEAU
Le Conseil général émet un avis favorable aux prix de journée annexés.
Avis favorable
Unanimité
77-1-04
Rapport sur l'activité des services de l'État
Assemblée
-
Le Conseil général donne acte à M. le Préfet de la communication de son rapport.
Donné acte
-
Levée de la séance
`;
  it('reads each row under "Commission / Rapporteur" and "Résumé de la décision" / "Décision": its number, subject, outcome and vote', () => {
    expect(readRegisterCells(TABLE).map((i) => [i.number, i.title, i.decision?.vote?.for ?? null, i.decision?.vote?.unanimous ?? null, i.decision?.outcome])).toEqual([
      ['77-1-01', 'Procès-verbal de la séance du 12 décembre 1976', null, null, null],
      ['77-1-02', 'Voirie - Programme 1977 de renforcement des chemins', 21, false, 'adopted'],
      ['77-1-03', 'Prix de journée des maisons de retraite', null, true, 'adopted'],
      ['77-1-04', "Rapport sur l'activité des services de l'État", null, null, 'noted'],
    ]);
  });
  it("opens the text decided on the summary's acting sentence: what it says before is the report's", () => {
    const row = readRegisterCells(TABLE)[1]!;
    expect(row.decision?.articles.map((a) => a.action)).toEqual(['approuve', 'autorise']);
    expect(row.decision?.articles[0]!.text).toMatch(/^Le Conseil général approuve la liste/);
    const doc = analyzeText(`Conseil général - Compte rendu sommaire - Séance du 24/01/1977\n${TABLE}`);
    const decision = doc.sections.find((s) => s.kind === 'decision' && s.item === 1)!;
    expect(doc.text.slice(decision.start, decision.start + 35)).toBe('Le Conseil général approuve la list');
  });
});

describe('a relevé whose subjects the export centred on their rows, the executive its rapporteur by office', () => {
  // Invented figures, one cell a line as such an export gives its table.
  const TABLE = `N°
Objet
Rapporteur
Décision
Vote
-
Approbation du procès-verbal de la séance du 11/02/2010
Le Président
Adopté
Unanimité
2010-021
Affectation du résultat de fonctionnement 2009
M. ROUSSEAU
Adopté
Unanimité
Vote des taux 2010 : taxe d'habitation, foncier bâti, foncier
2010-022
M. ROUSSEAU
Adopté
P 24 / C 2 / A 1
non bâti et cotisation foncière des entreprises
2010-023
Budget primitif 2010 - Budget principal
M. ROUSSEAU
Adopté
P 24 / C 2 / A 1
`;
  it('reads "Le Président" as the rapporteur\'s cell, and a subject wrapped over and under its row as that row\'s', () => {
    expect(readRegisterCells(TABLE).map((i) => [i.number, i.title, i.decision?.vote?.for ?? null, i.decision?.vote?.unanimous ?? null])).toEqual([
      [null, 'Approbation du procès-verbal de la séance du 11/02/2010', null, true],
      ['2010-021', 'Affectation du résultat de fonctionnement 2009', null, true],
      ['2010-022', "Vote des taux 2010 : taxe d'habitation, foncier bâti, foncier non bâti et cotisation foncière des entreprises", 24, false],
      ['2010-023', 'Budget primitif 2010 - Budget principal', 24, false],
    ]);
  });
});

describe('"N° Objet Rapporteur Décision Pour Contre Abst." over cells one a line, the counts side by side, the text after them', () => {
  const text = `N° Objet Rapporteur Décision Pour Contre Abst.
2019-031
Budget principal -
Décision modificative
n° 1
M. PERRIN
Adoptée à
l'unanimité
15 0 0
Virement de 4 000 € du chapitre 022 vers l'opération 21 « Voirie ».
2019-032
Tarifs de la cantine
scolaire 2019/2020
Mme ROBERT
Adoptée à la
majorité
12 2 1
Prix du repas porté à 3,10 €. Votes contre : M. LEROY, M. FAURE.
2019-033
Motion pour le maintien
de la trésorerie
M. le Maire
Adoptée
15 0 0
Le conseil demande le maintien de la trésorerie, dont la fermeture a été refusée par les élus.
2019-034
Rapport annuel sur l'eau
- exercice 2018
M. PERRIN
Prend acte
- - -
Le conseil prend acte du rapport.
`;
  const items = readRegisterCells(text);
  it('reads each row: its number, its subject whole, its counts, the outcome in its cell', () => {
    expect(items.map((i) => [i.number, i.title])).toEqual([
      ['2019-031', 'Budget principal - Décision modificative n° 1'],
      ['2019-032', 'Tarifs de la cantine scolaire 2019/2020'],
      ['2019-033', 'Motion pour le maintien de la trésorerie'],
      ["2019-034", "Rapport annuel sur l'eau - exercice 2018"],
    ]);
    expect(items.map((i) => i.decision?.vote && [i.decision.vote.unanimous, i.decision.vote.for, i.decision.vote.against, i.decision.vote.abstentions])).toEqual([
      [true, 15, 0, 0],
      [false, 12, 2, 1],
      [false, 15, 0, 0],
      null,
    ]);
    // "a été refusée" in the text decided is no outcome: the cell says "Adoptée".
    expect(items.map((i) => i.decision?.outcome)).toEqual(['adopted', 'adopted', 'adopted', 'noted']);
  });
  it('reads the text after the counts as the decision, its acts with it', () => {
    expect(items[2]!.decision?.articles.map((a) => a.action)).toEqual(['demande']);
  });
});
