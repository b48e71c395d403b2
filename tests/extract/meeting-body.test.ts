/** Which body sat: a Commission Permanente under its council's letterhead. Invented names. */
import { describe, expect, it } from 'vitest';
import { extractMeeting } from '../../src/extract/meeting.ts';
import { analyzeText } from '../helpers/analyze-text.ts';
import { listsOf } from '../helpers/attendance-lists.ts';

const bodyOf = (text: string) => extractMeeting(text, text.length, false).meeting.bodyType;

describe('the body of a sitting', () => {
  it('is the Commission Permanente its council letterhead stands above', () => {
    const text = `DÉPARTEMENT DU MORVALAIS\nCONSEIL DÉPARTEMENTAL\n\nCOMMISSION PERMANENTE\nRéunion du 23 septembre 2024\n\nLa Commission Permanente du Conseil départemental, réunie le 23 septembre 2024 sous la présidence de M. Jean VARIN.`;
    expect(bodyOf(text)).toBe('commission-permanente');
  });

  it('is the comité syndical when the sentence names it "le Comité du Syndicat"', () => {
    const text = `SYNDICAT INTERCOMMUNAL D'ADDUCTION D'EAU POTABLE\nPROCES-VERBAL DE LA REUNION DU COMITE du Samedi 24 Octobre 1964\n\nL'an mil neuf cent soixante-quatre, le vingt-quatre octobre, le Comité du Syndicat Intercommunal d'Adduction d'Eau Potable, convoqué le 12 octobre 1964, s'est réuni à la Mairie.`;
    expect(bodyOf(text)).toBe('comite-syndical');
  });

  it('is the Bureau of a communauté whose name OCR cut ("Commu nauté"), or the Bureau the title names alone', () => {
    const cut = `COMMUNAUTE DE C0MMUNES DU PAYS DE KERVAL\n\nPROCES-VERBAL DE LA REUNION\ndu rnardi 7 juin 1994\n\nL'an mil neuf cent quatre-vingt-quatorze, le sept juin, le Bureau de\nla Commu nauté de Communes du Pays de Kerval s'est r6uni à la Mairie de Kerval.`;
    expect(bodyOf(cut)).toBe('bureau');
    const titled = `COMMUNAUTE DE C0MMUNES DU PAYS DE KERVAL\n\nPROCES-VERBAL DE LA REUNION DU BUREAU\ndu rnardi 7 juin 1994\n\nLes membres se sont réunis à la Mairie de Kerval, salle des commissions.`;
    expect(bodyOf(titled)).toBe('bureau');
  });

  it('is the comité syndical of an Alsace-Moselle syndicate, its "Comité Directeur"', () => {
    const text = `SYNDICAT INTERCOMMUNAL DES EAUX DE LA HAUTE-MODER\nEXTRAIT DU PROCÈS-VERBAL DES DÉLIBÉRATIONS\nDU COMITÉ DIRECTEUR\n\nL'an deux mille onze, le dix-sept novembre, le Comité Directeur du\nSyndicat Intercommunal des Eaux de la Haute-Moder s'est réuni sous la présidence de M. Paul STOLL.`;
    expect(bodyOf(text)).toBe('comite-syndical');
  });

  it('is the bureau: "le Bureau de la Communauté", "BUREAU DU CONSEIL GÉNÉRAL" under its council\'s letterhead', () => {
    expect(bodyOf(`COMMUNAUTÉ DE COMMUNES DU VAL DE BISE\n\nL'an deux mil cinq, le quatorze mars, le Bureau de la\nCommunauté s'est réuni sous la présidence de M. Jean KIEFFER.`)).toBe('bureau');
    expect(bodyOf(`DISTRICT URBAIN DE VERNEUIL-SUR-CISSE\nBUREAU\nRéunion du 12 octobre 1984\n\nLe Bureau du District s'est réuni le vendredi 12 octobre 1984 à 18 heures sous la présidence de M. René DUPLESSIS.`)).toBe('bureau');
    expect(bodyOf(`DÉPARTEMENT DU MORVALAIS\nCONSEIL GÉNÉRAL\n\nBUREAU DU CONSEIL GÉNÉRAL\nRéunion du 21 septembre 1987\n\nLe Bureau du Conseil Général s'est réuni sous la présidence de M. Jean VARIN.`)).toBe('bureau');
  });

  it('is the Commission Permanente when OCR damaged its first mention', () => {
    const text = `L'an deux mille quatorze le treize octobre, les membres de la Cornmission\nPermanente légalement convoqués se sont réunis à l'Hôtel du Département, sous la présidence de M. Jean VARIN, Président du Conseil Général. Après avoir constaté le quorum légal, la Commission Permanente peut valablement délibérer.`;
    expect(bodyOf(text)).toBe('commission-permanente');
  });

  it('stays the council that delegates to its Commission Permanente', () => {
    const text = `CONSEIL DÉPARTEMENTAL DU MORVALAIS\nSéance plénière du 12 avril 2024\n\nLe Conseil départemental, réuni le 12 avril 2024, donne délégation d'attributions à la Commission Permanente.`;
    expect(bodyOf(text)).toBe('conseil-departemental');
  });

  it("is the bureau of a métropole acting by the council's delegation", () => {
    const text = `VALMÈRE MÉTROPOLE\nBUREAU MÉTROPOLITAIN\nSéance du 17 juin 2024\n\nLe Bureau de Valmère Métropole, agissant par délégation du Conseil de la Métropole, s'est réuni le 17 juin 2024.`;
    expect(bodyOf(text)).toBe('bureau');
  });
});

describe("the conseil général's Commission départementale before 1982, under no council's name", () => {
  it("is the commission permanente; the State's commissions \"départementale de …\" are no body that sits", () => {
    expect(bodyOf(`DEPARTEMENT DE LA MORVE\nEXTRAIT DU REGISTRE DES DELIBERATIONS DE LA COMMISSION DEPARTEMENTALE\nSéance du 3 mai 1979\nLa Commission départementale s'est réunie à l'Hôtel de la Préfecture sous la présidence de M. Paul ROUX.`)).toBe('commission-permanente');
    expect(bodyOf(`PREFECTURE DE LA MORVE\nAvis de la commission départementale de la nature, des paysages et des sites\nSéance du 3 mai 1979`)).not.toBe('commission-permanente');
  });
});

describe('a district, the grouping of communes before the communautés', () => {
  it.each([
    ["DISTRICT DU VAL DE LORNE\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nDU CONSEIL DE DISTRICT\n\nSéance du 23 mars 1990"],
    ["DISTRICT DE MRONIZI\nCONSEIL DU DISTRICT\nSéance du 14 avril 1988\n\nLe Conseil du District, légalement convoqué, s'est réuni à la mairie."],
  ])('has its council read as a conseil communautaire (%#)', (text) => {
    expect(bodyOf(text)).toBe('conseil-communautaire');
  });
});

describe('boards under their own names', () => {
  it.each([
    ["RÉGIE DES EAUX DU VAL D'ARNE\nConseil d'exploitation\nSéance du 4 février 2025\n\nReprésentants du Conseil communautaire : M. Paul ROUX."],
    ["OFFICE DE TOURISME DU PAYS DE BRAY\nComité de direction du 12 mai 2021\n\nLe Comité de direction s'est réuni sous la présidence de Mme Anne LEROY."],
    ["VILLE DE PLOURIVAN\nBUREAU D'AIDE SOCIALE\nCommission administrative\n\nLa Commission administrative du Bureau d'Aide Sociale s'est réunie le 9 novembre 1982 à la Mairie."],
  ])('a régie\'s conseil d\'exploitation, an office de tourisme\'s comité de direction, a bureau d\'aide sociale\'s commission administrative are boards (%#)', (text) => {
    expect(bodyOf(text)).toBe('conseil-administration');
  });
});

describe('a president named before the verb', () => {
  it('"M. Alain VERDIER, Maire, préside la séance." names the president and his office', () => {
    const text = `COMMUNE DE MORVILLE\nSéance du 3 juin 2024\nLe conseil municipal s'est réuni en mairie. M. Alain VERDIER, Maire, préside la séance.\nPrésents : M. Alain VERDIER, Mme Anne ROUX.`;
    const { meeting } = extractMeeting(text, text.length, false);
    expect([meeting.president?.surname, meeting.president?.role]).toEqual(['VERDIER', 'Maire']);
  });

  it('"…, Mme X, Vice-présidente, ouvre la séance et en assure la présidence" names her, not another body\'s president', () => {
    const text = `CCAS DE MORVILLE\nSéance du 30 mars 2017\nLe quorum étant atteint, Mme Sabine LEMAIRE, Vice-présidente, ouvre la séance à 18h35 et en assure la présidence, M. le Maire, Président, étant excusé.`;
    const { meeting } = extractMeeting(text, text.length, false);
    expect([meeting.president?.surname, meeting.president?.role]).toEqual(['LEMAIRE', 'Vice-présidente']);
    const other = `CCAS DE MORVILLE\nSéance du 30 mars 2017\nM. Paul ROUX assure la présidence de la commission des finances.`;
    expect(extractMeeting(other, other.length, false).meeting.president).toBeNull();
  });
});

describe('OCR\'s space between a civility and its full stop', () => {
  it('"sous la présidence de M . Gérard GRANDCOLLIN" names the president', () => {
    const doc = analyzeText(`SYNDICAT INTERCOMMUNAL DES EAUX\nSéance du 16 octobre 1992\nLe Comité s'est réuni à la mairie, sous la\nprésidence de M . Gérard GRANDCOLLIN, Président.\n\nÉtaient présents : MM. GRANDCOLLIN, THOMASSET, HUMBLOT.\n\nLe Comité approuve le compte de gestion à l'unanimité.\n`);
    expect([doc.meeting.president?.civility, doc.meeting.president?.surname]).toEqual(['M.', 'GRANDCOLLIN']);
  });
});

describe('a margin\'s count woven with a single space between "sous la" and "présidence de"', () => {
  it('names the president: "sous la" / "cice : 11 présidence de M. Alain ROBERT, Maire."', () => {
    const text = `COMMUNE DE VILLEMORIN\nSéance du 7 avril 2025\nLe sept avril deux mille vingt-cinq à vingt heures, le Conseil\nMembres en exer- Municipal s'est réuni en mairie, salle du conseil, sous la\ncice : 11 présidence de M. Alain ROBERT, Maire.\nPrésents : 8`;
    const { meeting } = extractMeeting(text, text.length, false);
    expect([meeting.president?.surname, meeting.president?.role]).toEqual(['ROBERT', 'Maire']);
  });
});

describe('a margin\'s cell woven between the president\'s given name and family name', () => {
  it('"sous la présidence de M. Albert" / "votants 14 ROCHARD, Président." names ROCHARD, given name Albert', () => {
    const text = `SEANCE DU 10 MARS 1978\nNombre de L'an mil neuf cent soixante-dix-huit, le dix mars, le Conseil du District\nexercice 16 s'est réuni au siège du District, sous la présidence de M. Albert\nvotants 14 ROCHARD, Président.\n\nETAIENT PRESENTS : MM. ROCHARD, BOCHU.`;
    const { meeting } = extractMeeting(text, text.length, false);
    expect([meeting.president?.givenName, meeting.president?.surname, meeting.president?.role]).toEqual(['Albert', 'ROCHARD', 'Président']);
  });
});

describe('the eldest presiding the election, then the one elected', () => {
  it('"sous la présidence de M. X, doyen d\'âge, puis de M. Y, président élu" names Y', () => {
    const text = `COMPTE RENDU SOMMAIRE\nLe Comité syndical s'est réuni le 9 juillet 2020 à 18 h 30, salle des fêtes,\nsous la présidence de M. Joël MESNARD, doyen d'âge, puis de\nM. Didier AUCLAIR, président élu.\nPrésents : M. Didier AUCLAIR, M. Joël MESNARD.`;
    expect(extractMeeting(text, text.length, false).meeting.president?.surname).toBe('AUCLAIR');
    const only = `Le Conseil s'est réuni sous la présidence de M. Jacques PEYRAT, doyen d'âge.\nPrésents : M. Jacques PEYRAT.`;
    expect(extractMeeting(only, only.length, false).meeting.president?.surname).toBe('PEYRAT');
  });
});

describe('a deputy presiding while the head of the body withdrew', () => {
  const extract = (mayor: string) => `EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
L'an mil neuf cent quatre-vingt-seize et le douze avril, le Conseil Municipal s'est réuni sous la présidence de M. ORSINI Paul, 1er Adjoint, M. le Maire s'étant retiré pour le vote du compte administratif.
Le Conseil Municipal approuve le compte administratif 1995.

EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
L'an mil neuf cent quatre-vingt-seize et le douze avril, le Conseil Municipal s'est réuni sous la présidence de ${mayor}.
Le Conseil Municipal vote le budget primitif 1996.`;

  it('presides that point; the sitting\'s president is the one the next extract names', () => {
    const text = extract('M. SANTONI Ange, Maire');
    const { meeting } = extractMeeting(text, text.length, false);
    expect([meeting.president?.surname, meeting.president?.role]).toEqual(['SANTONI', 'Maire']);
  });

  it('stays the president where no other is named after', () => {
    const text = extract('M. ORSINI Paul, 1er Adjoint');
    expect(extractMeeting(text, text.length, false).meeting.president?.surname).toBe('ORSINI');
  });
});

describe('a procès-verbal headed by who presides', () => {
  it('"PRÉSIDENCE DE M. X, Président du Conseil Général" on its line names the president; "la présidence de la commission" does not', () => {
    const text = `CONSEIL GÉNÉRAL DE LA MORVE\nPROCÈS-VERBAL DE LA SÉANCE DU 12 OCTOBRE 1976\n\nPRÉSIDENCE DE M. Jean-Luc ORSONI, Président du Conseil Général\n\nLa séance est ouverte à 15 heures.`;
    const { meeting } = extractMeeting(text, text.length, false);
    expect([meeting.president?.surname, meeting.president?.role]).toEqual(['ORSONI', 'Président du Conseil Général']);
    const other = `CONSEIL GÉNÉRAL DE LA MORVE\nSéance du 12 octobre 1976\nLa présidence de la commission des finances revient à M. Paul ROUX.`;
    expect(extractMeeting(other, other.length, false).meeting.president).toBeNull();
  });
});

describe("a software's edition stamp over the record", () => {
  it('"Édition du 14/05/2013 - 16:02" gives no time: the sitting\'s "à 20:00" does', () => {
    const text = `MAIRIE DE RÉMELDANGE                 Édition du 14/05/2013 - 16:02\nCOMPTE RENDU SOMMAIRE DE SÉANCE\nConseil Municipal        Séance ordinaire du 23/06/1989 à 20:00`;
    expect(extractMeeting(text, text.length, false).meeting.time).toBe('20:00');
  });
});

describe('a record under a web page\'s long introduction', () => {
  it('reads the time in the sentence after the sitting\'s date, past the opening zone; the Commission départementale is the commission permanente before 1982', () => {
    // The date within the first 2,000 characters, its time's sentence past them.
    const intro = 'Le cercle d\'histoire publie ci-dessous la transcription intégrale d\'une délibération retrouvée dans les cartons de la mairie, avec le tableau de répartition des subventions. '.repeat(12).slice(0, 1880);
    const text = `${intro}\n\nCONSEIL GÉNÉRAL\nCOMMISSION DÉPARTEMENTALE\n\nSéance du lundi 7 décembre 1981\n\nL'an mil neuf cent quatre-vingt-un, le sept décembre, à dix heures trente, la Commission départementale du Nord s'est réunie à l'Hôtel de la Préfecture, sous la présidence de M. Albert VANDEWALLE, Président.`;
    const { meeting } = extractMeeting(text, text.length, false);
    expect([meeting.date, meeting.time, meeting.bodyType]).toEqual(['1981-12-07', '10:30', 'commission-permanente']);
  });
});

describe("a web page's dates over the record it reproduces", () => {
  it('"Mis à jour le 2 octobre 2023" dates the page, not the sitting', () => {
    const text = `Il y a 40 ans : la naissance du RPI\nPublié le 14 septembre 2023 par la commission communication de la mairie | Mis à jour le 2 octobre 2023\nNous reproduisons la délibération.\nSéance du 24 juin 1983\nL'an mil neuf cent quatre-vingt-trois, le vingt-quatre juin, le Conseil Municipal s'est réuni.`;
    expect(extractMeeting(text, text.length, false).meeting.date).toBe('1983-06-24');
  });
});

describe('the sitting date', () => {
  it('is the heading\'s date over two lines, not the day the council was elected', () => {
    const text = [
      'PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL',
      '                        DU LUNDI 25 MAI 2020',
      "    Séance d'installation du conseil municipal élu le 15 mars 2020",
      '',
      'Membres en exercice : 19',
    ].join('\n');
    expect(extractMeeting(text, text.length, false).meeting.date).toBe('2020-05-25');
  });
});

describe('the opening time', () => {
  it('is read where the president opens the sitting after the lists, when the preamble gives none', () => {
    const members = Array.from({ length: 30 }, (_, i) => `M. Jean MEMBRE${String.fromCharCode(65 + (i % 26))}`).join(', ');
    const text = `Séance ordinaire du 17 juin 2019\nMembres présents : ${members}.\n\nLe Maire ouvre la séance à 20 heures, salle des séances de la mairie, et constate que le quorum est atteint.`;
    expect(extractMeeting(text, text.indexOf('Membres'), false).meeting.time).toBe('20:00');
  });
});

describe('the date of the sitting', () => {
  const dateOf = (text: string) => extractMeeting(text, text.length, false).meeting.date;

  it('is the one a convocation says the sitting will be held on, not the earlier sitting whose minutes it approves', () => {
    const text = `CENTRE COMMUNAL D'ACTION SOCIALE DE ROMBLAIN

Romblain, le 18 mars 2015

Objet : Convocation du Conseil d'Administration

J'ai l'honneur de vous inviter à la réunion du Conseil d'Administration qui se tiendra le :

JEUDI 26 MARS 2015 à 18 H 00

ORDRE DU JOUR :
1. Approbation du procès-verbal de la séance du 11 décembre 2014
2. Compte administratif 2014`;
    expect(dateOf(text)).toBe('2015-03-26');
  });

  it("is the one of the minutes' own title", () => {
    const text = `VILLE DE VALMONT\n\nPROCÈS-VERBAL DE LA SÉANCE DU JEUDI 13 MARS 2025\n\n1. Adoption du procès-verbal de la séance du 30 janvier 2025\nLe procès-verbal de la séance du 30 janvier 2025 est adopté à l'unanimité.`;
    expect(dateOf(text)).toBe('2025-03-13');
  });
});

describe('the Assemblée de Corse', () => {
  const sitting = (date: string) => `COLLECTIVITE TERRITORIALE DE CORSE\nASSEMBLEE DE CORSE\nDELIBERATION N° 15/176 AC DE L'ASSEMBLEE DE CORSE\nSEANCE DU ${date}\nL'Assemblée de Corse, convoquée le 9 juillet, s'est réunie sous la présidence de M. Antoine-Marie CASALTA.\nETAIENT PRESENTS : Mmes et MM.\nALBERTINI Jean-Baptiste, ANGELINI Marie-Paule, ARRIGHI Félix\nETA IENT ABSENTS : Mmes et MM.\nGAV1NI Ange-Pierre, CECCALD1 Martine, LECCIA Jean-Louis\nL'ASSEMBLEE; DE CORSE\nVU le Code Général des Collectivités Territoriales,\nAPPROUVE le programme 2015 de valorisation des sentiers.\n`;

  it('is a regional council before 2018 (the Collectivité territoriale, a region of its own status), of no type since', () => {
    expect(analyzeText(sitting('23 JUILLET 2015')).meeting.bodyType).toBe('conseil-regional');
    expect(analyzeText(sitting('27 JUIN 2024')).meeting.bodyType).not.toBe('conseil-regional');
  });

  it('ends its list of the absent at its lead "L\'ASSEMBLEE DE CORSE", OCR\'s 1 closing a name in capitals read as its I', () => {
    expect(listsOf(analyzeText(sitting('23 JUILLET 2015')).attendance)).toEqual({
      present: ['ALBERTINI', 'ANGELINI', 'ARRIGHI'],
      represented: [],
      excused: [],
      absent: ['GAVINI', 'CECCALDI', 'LECCIA'],
    });
  });
});

describe('a body named only as OCR misread it, or by its register', () => {
  it('"Conseil Miinicipal" (ii for u) is a municipal council; "Conseil Cornmunautaire" a community\'s', () => {
    expect(bodyOf('COMPTE RENDU SOMMAIRE\nde la séance du Conseil Miinicipal du 18 octobre 2004\n')).toBe('conseil-municipal');
    expect(bodyOf('Séance du Conseil Cornmunautaire du 3 mars 2014\n')).toBe('conseil-communautaire');
    expect(bodyOf('Séance du Conseil des Sages du 3 mars 2014\n')).toBeNull();
  });

  it('"Extrait du registre des délibérations du Bureau" of a district is a bureau', () => {
    expect(bodyOf('DISTRICT DU CANTON DE LABASTIDE-FORGUES\n\nEXTRAIT DU REGISTRE DES DELIBERATIONS DU BUREAU\n\nSéance du 23 mars 1977\n')).toBe('bureau');
  });
});

describe("the Bureau that drew up a relevé", () => {
  it('is its author, not the sitting body: "Le présent relevé, établi par le Bureau du Conseil Général" leaves the Conseil Général sitting', () => {
    const doc = analyzeText(
      "DÉPARTEMENT DE LA MAYENNE\n\nCONSEIL GÉNÉRAL\n\nRELEVÉ DES DÉCISIONS\nprises au cours de la séance du mardi 22 avril 1975\n\nLe présent relevé, établi par le Bureau du Conseil Général (Secrétariat général de la Préfecture), n'a pas valeur de procès-verbal.\n\nLa séance est ouverte à 9 h 45, sous la présidence de M. Marcel LEBRETON-DUVAL, Président du Conseil Général.\n\n101 - Voirie départementale - Programme 1975 : adopté.\n102 - Transports scolaires : adopté.\n",
    );
    expect(doc.meeting.bodyType).toBe('conseil-departemental');
  });
});

describe('a sitting convened by the head of its body, no sentence saying who presided', () => {
  it('has the convener for its president: "sur la convocation qui lui a été adressée … par Monsieur Henri BESSON, Président"', () => {
    const doc = analyzeText(`DISTRICT URBAIN DE MONTVERT
CONSEIL DE DISTRICT
PROCÈS-VERBAL DE LA SÉANCE DU 24 JUIN 1977

Le vingt-quatre juin mil neuf cent soixante-dix-sept, à dix-huit heures, le Conseil du District s'est réuni au siège du District, sur la convocation qui lui a été adressée le 15 juin 1977 par Monsieur Henri BESSON, Président.

Étaient présents : MM. BESSON, CHASSIN, FAYOL.

I - COMPTE ADMINISTRATIF 1976
Le Conseil, à l'unanimité, approuve le compte administratif 1976.
`);
    expect([doc.meeting.president?.surname, doc.meeting.president?.role]).toEqual(['BESSON', 'Président']);
  });

  it('not a convener named with another office', () => {
    const doc = analyzeText(`CONSEIL MUNICIPAL
SÉANCE DU 24 JUIN 1977
Le Conseil Municipal s'est réuni sur la convocation qui lui a été adressée par M. Paul RIVET, secrétaire général.
Étaient présents : MM. BESSON, CHASSIN, FAYOL.
`);
    expect(doc.meeting.president).toBeNull();
  });
});

describe("a software's form of the sitting, its labels one a line then its values, 'Séance' the first label", () => {
  it('pairs each label with its value when the values are as many as the labels with "Séance"', () => {
    const doc = analyzeText(`REGION PROVENCE-ALPES-COTE D'AZUR
Registre des délibérations - Edition détaillée
Séance
Date
Type de séance
Lieu
Ouverture
Président de séance
Secrétaire de séance
90-SP-04
29/06/1990
Séance plénière
Hôtel de Région - Hémicycle
10:15
FABRE-DOMERGUE Lucien
BONIFAY Eric
Conseillers en exercice
Présents
Votants
117
98
107

N° 90-141
PROGRAMME PREVISIONNEL DES INVESTISSEMENTS DANS LES LYCEES
Le Conseil régional approuve le programme.
Adopté par 81 voix pour.
`);
    expect([doc.meeting.president?.surname, doc.meeting.secretary?.surname]).toEqual(['FABRE-DOMERGUE', 'BONIFAY']);
  });
});

describe('who stood in for the president for one point', () => {
  it('"Sous la présidence de M. X, doyen d\'âge, le Président s\'étant retiré": not the sitting\'s president; who convened it is', () => {
    const doc = analyzeText(`COMPTE RENDU SOMMAIRE DE LA REUNION DU COMITE SYNDICAL DU VENDREDI 18 AVRIL 1980
Le Comité du Syndicat Intercommunal s'est réuni le vendredi 18 avril 1980, à quinze heures, à la Mairie, sur la
convocation adressée le 8 avril 1980 par M. Antoine-Dominique GRIMALDI, Président.

Etaient présents : MM. Jean-Paul FLORI, Ange LUCCIONI, Antoine-Dominique GRIMALDI, Xavier MORACCHINI.

1 - COMPTE ADMINISTRATIF DE L'EXERCICE 1979
Sous la présidence de M. Jean-Paul FLORI, doyen d'âge, le Président s'étant retiré, le Comité adopte à
l'unanimité des votants le compte administratif 1979.

2 - BUDGET PRIMITIF DE L'EXERCICE 1980
Le Comité adopte le budget primitif à l'unanimité.
`);
    expect(doc.meeting.president?.surname).toBe('GRIMALDI');
  });
});
