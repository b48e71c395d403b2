/**
 * A typed register whose margin holds each deliberation's number and a word of its subject, run
 * into the body's lines by the text's extraction: "78-B-61   1°) MARCHE DE TRAVAUX …".
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const BODY = (who: string) => [
  `          M. ${who}, rapporteur, expose que le dossier a été examiné en commission`,
  '          et propose au Bureau de l\'approuver.',
  '',
  '          Le Bureau, après en avoir délibéré, APPROUVE la proposition.',
  '',
  '          Adopté à l\'unanimité.',
  '',
  '                          ---oOo---',
  '',
];

const PV = [
  '                    PROCES - VERBAL',
  '          DE LA REUNION DU BUREAU SYNDICAL du Jeudi 7 Décembre 1978',
  '',
  "L'an mil neuf cent soixante-dix-huit, le sept décembre à dix-huit heures, le Bureau du Syndicat",
  'Intercommunal de la Vallée de l\'Orne, régulièrement convoqué, s\'est réuni sous la présidence',
  'de Monsieur Paul GERMOND, Président.',
  '',
  'PRESENTS  Etaient présents :',
  '          M. GERMOND Paul, Président',
  '          M. LAMBRECHT Yves, Vice-Président',
  '          Mme COSTIL Odile, Membre du Bureau, arrivée',
  '          en cours de séance (affaire n° 2)',
  '          M. ROUTIER Alain, Membre du Bureau',
  '',
  'EXCUSES   Excusés :',
  '          M. VAUQUELIN Henri, Vice-Président, qui a donné pouvoir écrit de voter',
  '          en son nom à M. LAMBRECHT',
  '          Mme DUVAL Simone, Membre du Bureau',
  '',
  'Le Président constate que quatre membres du Bureau sur les sept',
  'en exercice sont présents et déclare la séance ouverte.',
  '',
  '78-C-41   1°) TRAVAUX - VOIRIE DU HAMEAU DES FOSSES (tronçon rue',
  'VOIRIE    Neuve / C.D. 12) - ATTRIBUTION DU MARCHE',
  ...BODY('ROUTIER'),
  '2°) ACQUISITION FONCIERE - PARCELLE CADASTREE SECTION AB',
  '78-C-42',
  'ACQUISIT. N° 12 AU LIEU-DIT "LES PRES" A SAINT-LAMBERT',
  ...BODY('LAMBRECHT'),
  '3°) SUBVENTION A L\'ASSOCIATION "ORNE ACCUEIL"',
  '78-C-43',
  'SUBVENTION',
  '[En marge : ASSOCIATIONS]',
  ...BODY('GERMOND'),
  '[En marge : ADOPTE]',
  'La séance est levée à vingt heures.',
].join('\n');

describe('a register whose margin holds the deliberations\' numbers', () => {
  const doc = analyzeText(PV);

  it('numbers each point by its margin\'s number, before its rank or on the line under its title', () => {
    expect(doc.items.map((i) => i.number)).toEqual(['78-C-41', '78-C-42', '78-C-43']);
    expect(doc.items[1]!.title).toBe('ACQUISITION FONCIERE - PARCELLE CADASTREE SECTION AB');
  });

  it('reads what the margin leaves under a title ("ACQUISIT. N° 12 …", "[En marge : ADOPTE]") as no point', () => {
    expect(doc.items).toHaveLength(3);
  });
});

describe('the attendance of such a register', () => {
  const doc = analyzeText(PV);

  it('reads "arrivée" / "en cours de séance" as a note, not a member', () => {
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['GERMOND', 'LAMBRECHT', 'COSTIL', 'ROUTIER']);
  });

  it('reads "qui a donné pouvoir écrit de voter en son nom à M. X" as a proxy, and the list goes on after it', () => {
    expect(doc.attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['VAUQUELIN', 'LAMBRECHT']]);
    expect(doc.attendance.excused.map((p) => p.surname)).toEqual(['DUVAL']);
  });

  it('reads "quatre membres du Bureau sur les sept en exercice sont présents"', () => {
    expect(doc.attendance.counts).toMatchObject({ present: 4, inOffice: 7 });
  });
});

describe('a relevé whose decisions are labelled "Décision 1 -", their numbers in the margin under them', () => {
  const RELEVE = [
    'RELEVÉ DES DÉCISIONS DU BUREAU COMMUNAUTAIRE',
    'Séance du mardi 14 novembre 2000',
    'Le Bureau communautaire s\'est réuni le mardi 14 novembre 2000 à 9 heures, sous la présidence de M. Raymond CÉLESTIN, Président.',
    'Présents : M. CÉLESTIN, Président ; Mme LOUISY, M. NÉRÉE, Vice-Présidents.',
    '',
    'Décision 1 - COLLECTE DES DÉCHETS VERTS - ATTRIBUTION DU LOT N° 2',
    'n° B 2000/41   Le Bureau attribue le lot n° 2 à la SARL Caraïbes Services',
    'Transmis le    et autorise le Président à signer le marché.',
    '20.11.2000     ADOPTÉ À L\'UNANIMITÉ',
    '',
    'Décision 2 - CONVENTION AVEC L\'ADEME - COMPOSTAGE INDIVIDUEL',
    'n° B 2000/42   Le Bureau approuve la convention avec l\'ADEME',
    'Transmis le    et autorise le Président à la signer.',
    '20.11.2000     ADOPTÉ À L\'UNANIMITÉ',
  ].join('\n');

  it('heads each decision, numbered by the margin\'s "n° B 2000/41", its title not run onto that line', () => {
    const doc = analyzeText(RELEVE);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['B 2000/41', 'COLLECTE DES DÉCHETS VERTS - ATTRIBUTION DU LOT N° 2'],
      ['B 2000/42', "CONVENTION AVEC L'ADEME - COMPOSTAGE INDIVIDUEL"],
    ]);
  });
});

describe('a register whose margin labels each deliberation beside its "OBJET :"', () => {
  it('"Délibération   OBJET : …" / "n° 2011/07   DU RECEVEUR …": the margin\'s number is the item\'s, out of the subject, under it alone or beside its rest', () => {
    const text = `REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL
SEANCE DU 25 MARS 2011
Présents : MM. DELOBEL Jean-Marie, VANDAMME Bernard, Mme HOCHART Marie-Thérèse.

DéIibération              OBJET : APPROBATION DU COMPTE DE GESTION 2010
n° 2011/07                DU RECEVEUR MUNICIPAL

Le Conseil Municipal DECLARE que le compte de gestion n'appelle ni observation ni réserve.
Adopté à l'unanimité.

Delibération              OBJET : COMPTE ADMINISTRATIF 2010
n° 2011/08

Le Conseil Municipal arrête les résultats définitifs. Adopté par 9 voix pour.

i Delibération            OBJET : AFFECTATION DU RESULTAT DE
n° 2011/09                FONCTIONNEMENT 2010

Le Conseil Municipal décide d'affecter le résultat. Adopté à l'unanimité.
`;
    expect(analyzeText(text).items.map((i) => [i.number, i.title])).toEqual([
      ['2011/07', 'APPROBATION DU COMPTE DE GESTION 2010 DU RECEVEUR MUNICIPAL'],
      ['2011/08', 'COMPTE ADMINISTRATIF 2010'],
      ['2011/09', 'AFFECTATION DU RESULTAT DE FONCTIONNEMENT 2010'],
    ]);
  });
});

describe('an extract whose margin ranks the point beside its "OBJET :", its number opening the wrapped line', () => {
  it('"Point n° 4   OBJET : … en" / "N° 2001/07   classe de mer …": the margin\'s number is the item\'s, not the point\'s rank', () => {
    const text = `EXTRAIT DU PROCÈS-VERBAL DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance ordinaire du 9 février 2001
Membres présents : M. Gérard KIENTZ, Maire, M. Bernard OBERLE, Mme Marie-Odile SCHAEFFER.

Point n° 4   OBJET : Participation communale aux frais du séjour en
N° 2001/07   classe de mer de l'école élémentaire

Le Conseil Municipal DÉCIDE d'accorder une participation de 150 F par élève.
Adopté à l'unanimité.
`;
    expect(analyzeText(text).items.map((i) => i.number)).toEqual(['2001/07']);
  });
});

describe("a board's relevé typed with a margin of notes: 'Décision' and its number beside each title in capitals, the vote's counts and outcome beside its text", () => {
  const TEXT = `                  OFFICE PUBLIC DE L'HABITAT DU VAL DE SIOULE
                  CONSEIL D'ADMINISTRATION
                  SEANCE DU JEUDI 14 MARS 2024

AFFICHÉ LE        Le Conseil d'Administration de l'Office s'est réuni le jeudi
21 MARS 2024      quatorze mars deux mille vingt-quatre à 14 heures 30, au siège
                  de l'Office, sous la présidence de Mme Claire DUMONTEIL, Présidente.

                  Etaient présents : Mme Claire DUMONTEIL, M. Paul GIRAUD, Mme Anne
                  ROCHE, M. Louis BESSE, Mme Marie FAURE, M. Jean CHASSAGNE.

Décision          APPROBATION DU PROCÈS-VERBAL DE LA SÉANCE DU 12 DÉCEMBRE 2023
n° CA-2024-01

Vote :            Le procès-verbal de la séance du 12 décembre 2023, adressé aux
Adopté            administrateurs avec la convocation, n'appelle pas d'observation.
unanimité         Le Conseil d'Administration l'approuve à l'unanimité.

Décision          BUDGET PRIMITIF DE L'EXERCICE 2024
n° CA-2024-02

Vote :            Le Directeur général présente le budget primitif 2024, qui
5 pour            s'équilibre à 19 400 000 € en exploitation. M. BESSE regrette la
1 contre          hausse des frais de gestion. Le Conseil d'Administration, après en
                  avoir délibéré, ADOPTE le budget primitif 2024 par 5 voix pour et
                  1 voix contre.

Décision          AUGMENTATION DES LOYERS AU 1ER JANVIER 2025
n° CA-2024-03

Vote :            Le Conseil d'Administration, après en avoir délibéré, FIXE
Unanimité         l'augmentation des loyers à 3,5 % au 1er janvier 2025, dans la
                  limite de l'indice de référence des loyers. Adopté à l'unanimité.
`;
  const doc = analyzeText(TEXT);
  it('reads each title in capitals as a point, its number the one printed under it', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['CA-2024-01', 'APPROBATION DU PROCÈS-VERBAL DE LA SÉANCE DU 12 DÉCEMBRE 2023'],
      ['CA-2024-02', "BUDGET PRIMITIF DE L'EXERCICE 2024"],
      ['CA-2024-03', 'AUGMENTATION DES LOYERS AU 1ER JANVIER 2025'],
    ]);
  });
  it("takes the margin's counts, its outcome and its posting stamp for notes, no subject", () => {
    expect(doc.text).not.toContain('[En marge');
    expect(doc.items[1]!.decision?.vote).toMatchObject({ for: 5, against: 1 });
  });
});

describe("an extract whose margin holds the sitting's dates and figures, then its subject beside the list of members that goes on", () => {
  const TEXT = `COMMUNAUTÉ DE COMMUNES DES HAUTS-PLATEAUX

          REGISTRE DES DÉLIBÉRATIONS DU BUREAU COMMUNAUTAIRE

                       Séance du 10 octobre 2023

Délibération            L'an deux mille vingt-trois, le dix octobre à dix-huit heures, le
n° B2023-052            Bureau communautaire de la Communauté de communes, régulièrement
                        convoqué le trois octobre, s'est réuni au siège de la
Date de convocation :   Communauté de communes, salle du Conseil, sous la présidence de
03/10/2023              Monsieur Paul VIDAL, Président.
Nombre de membres       Présents : M. Paul VIDAL, Président ; Mme Anne ROUX, 1re
en exercice : 9         Vice-Présidente ; M. Luc BRUN, 2e Vice-Président ; M. Marc
présents : 7            FAURE, M. Jean ROCHE, Mme
Objet :                 Lise BLANC, M. Yves MOREL, membres du Bureau.
Marché de transport     Excusés : M. Guy SIMON, Mme Rose PERRIN.
scolaire - Attribution  Secrétaire de séance : Mme Anne ROUX.

Objet : Marché de transport scolaire - Attribution des lots

Monsieur le Président rappelle la consultation lancée en juin 2023. Le classement des offres
est le suivant :

TRANSDOUBS SAS 112 400,00 48,5 30,0 9,0 87,5 1
AUTOCARS ROCHE 118 900,00 45,0 31,0 8,0 84,0 2

LE BUREAU COMMUNAUTAIRE,

Vu le Code général des collectivités territoriales,

Après en avoir délibéré, à la majorité (6 voix pour, 0 voix contre, 1 abstention : M.
MOREL),

DÉCIDE :

Article 1 : ATTRIBUE le marché de transport scolaire à la société TRANSDOUBS SAS pour un
montant annuel de 112 400,00 € HT.

Article 2 : AUTORISE Monsieur le Président à signer le marché.

Article 3 : DIT que les crédits sont inscrits au budget.
`;
  const doc = analyzeText(TEXT);
  it("reads the list whole, the margin's subject given after it, and the place without the margin's label", () => {
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['VIDAL', 'ROUX', 'BRUN', 'FAURE', 'ROCHE', 'BLANC', 'MOREL']);
    expect(doc.meeting.place).toBe('siège de la Communauté de communes, salle du Conseil');
  });
  it("takes no row of the table of figures for a point, and reads every article after 'DÉCIDE :'", () => {
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]!.title).toMatch(/^Marché de transport scolaire/);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['attribue', 'autorise', 'dit']);
  });
});

describe("a register whose margin, run in with one space, names each point beside its rank and prints its number under it", () => {
  const text = [
    'Département du Cantal          REGISTRE DES DELIBERATIONS          N° 112',
    'Commune de LAVERGNE-HAUTE',
    '',
    '              PROCES-VERBAL DE LA SEANCE DU 14 OCTOBRE 2019',
    '',
    "L'an deux mille dix-neuf, le quatorze octobre à vingt heures, le Conseil municipal, régulièrement",
    'convoqué, s\'est réuni à la mairie sous la présidence de Monsieur Paul FAURE, Maire.',
    'Présents : Paul FAURE, Anne VIDAL, Marc ROUX, Julie BRUN, Denis MOLES.',
    'Secrétaire de séance : Anne VIDAL.',
    '',
    'Compte rendu 1 - APPROBATION DU COMPTE RENDU DE LA SEANCE DU 2 SEPTEMBRE 2019',
    'du 02/09/2019 Le compte rendu de la séance précédente est approuvé à l\'unanimité.',
    '',
    'Délibération 2 - VENTE D\'UNE PARCELLE COMMUNALE AU LIEU-DIT LES COMBES A MONSIEUR ET',
    'n° 2019-31 MADAME RIGAL',
    'Objet : Vente Monsieur le Maire expose que M. et Mme RIGAL souhaitent acquérir la',
    'parcelle B 412 pour agrandir leur jardin. Le service des domaines l\'a estimée à 900 euros.',
    'Le Conseil municipal, après en avoir délibéré, à l\'unanimité, DECIDE de vendre la parcelle',
    'B 412 au prix de 900 euros et AUTORISE le Maire à signer l\'acte.',
    '',
    'REGISTRE DES DELIBERATIONS          N° 113',
    '',
    'Délibération 3 - TARIFS DE LA CANTINE SCOLAIRE',
    'n° 2019-32 Monsieur le Maire propose de porter le prix du repas à 3,10 euros.',
    'Objet : Tarifs de la cantine Le Conseil municipal, par 4 voix pour et 1 voix contre',
    '(M. ROUX), FIXE le prix du repas à 3,10 euros à compter du 4 novembre 2019.',
    '',
    'Vote : POUR 4 - CONTRE 1 (M. ROUX).',
    '',
    'Le Maire, Paul FAURE',
  ].join('\n');
  const doc = analyzeText(text);

  it("reads each ranked title beside the margin's words as a point, numbered by the margin's number under it, its wrapped words joined", () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'APPROBATION DU COMPTE RENDU DE LA SEANCE DU 2 SEPTEMBRE 2019'],
      ['2019-31', "VENTE D'UNE PARCELLE COMMUNALE AU LIEU-DIT LES COMBES A MONSIEUR ET MADAME RIGAL"],
      ['2019-32', 'TARIFS DE LA CANTINE SCOLAIRE'],
    ]);
  });

  it("takes neither the margin's 'Objet :' under a ranked title, nor the register's running title, nor a vote's tally for a point", () => {
    expect(doc.items.map((i) => i.title).join(' | ')).not.toMatch(/Vente Monsieur|Tarifs de la cantine Le|REGISTRE|CONTRE 1/);
    expect(doc.items[2]!.decision?.vote).toMatchObject({ for: 4, against: 1 });
  });
});

describe("a summary record whose margin names each deliberation beside its rank and a full stop, its number under it", () => {
  const text = [
    'SYNDICAT MIXTE DU BASSIN DE LA VEYRE',
    'COMPTE RENDU SOMMAIRE DE LA SEANCE DU 12 MARS 2024',
    '',
    "Le Comité syndical s'est réuni le 12 mars 2024 à 18 heures, salle du Conseil, sous la",
    'présidence de M. Louis ARNAUD, Président.',
    'Présents : M. Louis ARNAUD, Mme Claire BESSE, M. Henri COSTE, Mme Lucie DUMAS.',
    'Mme Claire BESSE est désignée secrétaire de séance.',
    '',
    '1. APPROBATION DU PROCES-VERBAL DE LA SEANCE DU 6 FEVRIER 2024',
    "Le procès-verbal n'appelle aucune observation. Il est adopté à l'unanimité.",
    '',
    'Délibération 2. BUDGET PRIMITIF 2024',
    'n° 2024-05 Rapporteur : M. le Président.',
    'Budget Le budget s\'équilibre à 812 000 € en fonctionnement et 240 000 € en',
    'primitif investissement. Le Comité syndical, à l\'unanimité, ADOPTE le budget primitif 2024.',
    '',
    'Délibération 3. CONVENTION DE PARTENARIAT AVEC LE CONSERVATOIRE DES ESPACES NATURELS DE LA',
    'n° 2024-06 HAUTE-VEYRE',
    'Convention La convention confie au conservatoire le suivi des zones humides pour trois ans.',
    'CEN Le Comité syndical, par 3 voix pour et 1 abstention (Mme DUMAS), APPROUVE la',
    'convention et AUTORISE le Président à la signer.',
    '',
    'Le Président, Louis ARNAUD',
  ].join('\n');
  const doc = analyzeText(text);

  it("reads each ranked title after the margin's word as a point, numbered by the margin's number under it, its wrapped words joined", () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'APPROBATION DU PROCES-VERBAL DE LA SEANCE DU 6 FEVRIER 2024'],
      ['2024-05', 'BUDGET PRIMITIF 2024'],
      ['2024-06', 'CONVENTION DE PARTENARIAT AVEC LE CONSERVATOIRE DES ESPACES NATURELS DE LA HAUTE-VEYRE'],
    ]);
    expect(doc.items[1]!.decision?.articles.map((a) => a.action)).toEqual(['adopte']);
    expect(doc.items[2]!.decision?.vote).toMatchObject({ for: 3, abstentions: 1 });
  });
});

describe("an extract whose margin, three spaces before the body at no one column, holds labels, counts and the subject beside the members' list", () => {
  const TEXT = [
    'REPUBLIQUE FRANCAISE',
    'DEPARTEMENT DU FINISTERE - CONSEIL GENERAL',
    'EXTRAIT DU REGISTRE DES DELIBERATIONS',
    "CONSEIL GENERAL   Le Conseil général du Finistère, convoqué par son Président le 2 mars 2004,",
    "DU FINISTERE   s'est réuni en séance plénière le jeudi 18 mars 2004 à 10 heures, à",
    "Séance du   l'Hôtel du Département, sous la présidence de Monsieur Paul KERDREUX,",
    '18 mars 2004   Président du Conseil général.',
    "Délibération   Etaient présents : Madame Anne ABGUILLERM, Monsieur Yves BERNARD,",
    'n° 04_CG_07   Madame Jeanne CALVEZ, Monsieur Loïc DANIELOU, Monsieur Paul KERDREUX,',
    'OBJET :   Madame Marie LE BRAS, Monsieur Hervé LE GOFF, Madame Odile MADEC,',
    'Programme routier   Monsieur Jean  MORVAN, Madame Sophie NEDELEC, Monsieur Alain PRIGENT,',
    'départemental   Madame Rose QUEMENER, Monsieur Marc RIOU, Madame Claire',
    '(P.R.D.)   SALAUN, Monsieur Luc TANGUY, Madame Nicole THOMAS, Monsieur René',
    '- Adoption -   TREGUER, Madame Lise URVOY, Madame Jeanne VIGOUROUX, Monsieur',
    'Nombre de membres   Pierre YVINEC, Monsieur Guy ZIEGLER, Madame Anne-Marie GUEGUEN,',
    'en exercice : 26   Monsieur Denis HAMON, Madame Alice JAOUEN.',
    'présents : 24   Avaient donné pouvoir : Monsieur Louis OLLIVIER (pouvoir donné à',
    'pouvoirs : 1   Monsieur Marc RIOU).',
    'votants : 25   Etait absent excusé : Monsieur Henri PERON.',
    'Le quorum étant atteint, le Conseil général peut valablement délibérer.',
    'PROGRAMME ROUTIER DEPARTEMENTAL 2004-2008 - ADOPTION',
    'Rapport du Président du Conseil général',
    'Rapporteur : M. Yves BERNARD, Vice-Président chargé des routes et',
    "de  l'aménagement",
    "Le programme qui vous est soumis arrête les opérations d'investissement sur les routes",
    'départementales pour les cinq années à venir, soit 84 millions d\'euros.',
    'LE CONSEIL GENERAL,',
    'Après en avoir délibéré,',
    "APPROUVE le programme routier départemental 2004-2008 annexé à la présente délibération.",
    "Adopté à l'unanimité.",
    'Le Président du Conseil général,',
    'Paul KERDREUX',
  ].join('\n');
  const doc = analyzeText(TEXT);

  it('reads the list of members whole, the margin read apart from it, a doubled space inside it no margin', () => {
    const present = doc.attendance.present.map((p) => p.surname);
    expect(present).toHaveLength(24);
    expect(doc.attendance.counts).toMatchObject({ inOffice: 26, present: 24, voting: 25 });
    expect(present).toEqual(expect.arrayContaining(['LE BRAS', 'MORVAN', 'SALAUN', 'TREGUER', 'YVINEC', 'JAOUEN']));
    expect(doc.attendance.represented.map((r) => r.person.surname)).toEqual(['OLLIVIER']);
    expect(doc.attendance.excused.map((p) => p.surname)).toEqual(['PERON']);
  });

  it("takes the act's number from the margin and the subject from the heading, one deliberation", () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['04_CG_07', 'PROGRAMME ROUTIER DEPARTEMENTAL 2004-2008 - ADOPTION']]);
    expect(doc.items[0]!.rapporteur?.surname).toBe('BERNARD');
  });
});

describe("an extract whose margin of dates, labels and a subject, three spaces before the body, stands beside the list of members", () => {
  const TEXT = [
    'DEPARTEMENT DU   REPUBLIQUE FRANCAISE',
    'CANTAL',
    '  COMMUNE DE SAINT-ROCH-DES-PRES',
    'EXTRAIT DU REGISTRE DES DELIBERATIONS',
    'DU CONSEIL MUNICIPAL',
    'Seance du 9 mars 1987',
    'Nombre de conseillers   L\'an mil neuf cent quatre-vingt-sept, le neuf mars,',
    'en exercice : 15   à vingt heures, le Conseil Municipal de cette commune,',
    'presents : 12   régulièrement convoqué, s\'est réuni dans le lieu habituel de',
    'votants : 13   ses séances, sous la présidence',
    '  de Monsieur Paul BRUNET, Maire.',
    'Date de convocation :   Presents : MM. BRUNET, Maire, CASSAN, DELMAS,',
    '2 mars 1987   FABRE, Adjoints, GARRIGOU, HEBRARD, LACOSTE, MALBERT,',
    'Date d\'affichage :   PAGES, RIGAL, VIDAL, Mme SOULIE.',
    '2 mars 1987   Absent excusé : M. TEYSSEDOU (pouvoir à M. BRUNET).',
    'OBJET :   Absents : MM. AUZOLLE, CROS.',
    'ACQUISITION D\'UN   Mme SOULIE a été désignée secrétaire de séance.',
    'TERRAIN COMMUNAL',
    'N° 87-12 .',
    '',
    'Monsieur le Maire expose au Conseil Municipal que la parcelle AB 112, voisine de l\'école,',
    'est mise en vente par ses propriétaires au prix de 40 000 F.',
    'Le Conseil Municipal, après en avoir délibéré, à l\'unanimité, DECIDE d\'acquérir la parcelle',
    'AB 112 au prix de 40 000 F et AUTORISE le Maire à signer l\'acte.',
    '',
    'Le Maire, Paul BRUNET',
  ].join('\n');
  const doc = analyzeText(TEXT);

  it('reads the lists, the secretary and the subject, the margin read apart from the lines beside it', () => {
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['BRUNET', 'CASSAN', 'DELMAS', 'FABRE', 'GARRIGOU', 'HEBRARD', 'LACOSTE', 'MALBERT', 'PAGES', 'RIGAL', 'VIDAL', 'SOULIE']);
    expect(doc.attendance.absent.map((p) => p.surname)).toEqual(['AUZOLLE', 'CROS']);
    expect(doc.meeting.secretary?.surname).toBe('SOULIE');
    expect(doc.items.map((i) => i.title)).toEqual(["ACQUISITION D'UN TERRAIN COMMUNAL"]);
  });

  it("numbers the deliberation from the number closing the lists' paragraph, an OCR speck after it", () => {
    expect(doc.items.map((i) => i.number)).toEqual(['87-12']);
  });
});

describe("a relevé of decisions, each number's title in capitals, the margin's word of its subject opening the line under it", () => {
  const RELEVE = `VILLE DE MARCILLY
CONSEIL MUNICIPAL
Séance du jeudi 12 juin 1997
RELEVE DES DECISIONS

Etaient présents : M. BRUNEL, Maire - Mme ARNAUD, M. CLOUET, Mme DANIEL, M. ESNAULT.
Secrétaire de séance : M. CLOUET.

97/41   RESTAURATION SCOLAIRE ET ACCUEILS PERISCOLAIRES - TARIFS APPLICABLES
Enseignement AU 1er SEPTEMBRE 1997
        Le Conseil Municipal, par 20 voix pour et 5 voix contre, FIXE ainsi
qu'il suit les tarifs applicables à compter du 1er septembre 1997.

97/42   CLASSEMENT DANS LE DOMAINE PUBLIC COMMUNAL DES VOIES DU LOTISSEMENT
Voirie "LE CLOS FLEURI"
        Le Conseil Municipal, à l'unanimité, DECIDE le classement dans le domaine
public communal de la rue des Coquelicots et de l'impasse des Bleuets.

                                    - 2 -
  ,
\f97/43   S.I.V.O.M. DU PLATEAU DE MARCILLY - ADHESION DE LA COMMUNE DE
Intercom- SAINT-VAUCOURT
munalité Le Conseil Municipal, à l'unanimité, EMET un avis favorable à l'adhésion de
la commune de Saint-Vaucourt au S.I.V.O.M. du Plateau de Marcilly.

97/44   PERSONNEL COMMUNAL - MODIFICATION DU TABLEAU DES EFFECTIFS
Personnel Le Conseil Municipal, à l'unanimité, DECIDE la création de deux postes
d'agent d'entretien à temps complet.
`;

  it('takes each for a point: an ordinal, a name in quotes or a word cut by a hyphen beside the capitals, a speck over the page, initials opening a title', () => {
    expect(analyzeText(RELEVE).items.map((i) => i.number)).toEqual(['97/41', '97/42', '97/43', '97/44']);
  });
});
