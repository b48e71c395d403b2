/** What sort of document the evidence the extractors found makes of a text. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import { classifyKind, type KindEvidence } from '../../src/extract/kind.ts';
import { releaseLower } from '../../src/text/caseless.ts';

const LIST = `COMMUNE DE CASTELNAU
LISTE DES DÉLIBÉRATIONS EXAMINÉES PAR LE CONSEIL MUNICIPAL
SÉANCE DU LUNDI 17 MARS 2025
Le Conseil municipal s'est réuni sous la présidence de Mme Véronique LABARTHE, Maire.
Secrétaire de séance : Monsieur Thierry DUCASSE.
2025-08 Approbation du compte de gestion 2024 du budget     Unanimité     Adoptée
`;

const kindOf = (evidence: Partial<KindEvidence>) => {
  releaseLower();
  return classifyKind({ text: LIST, registerRows: 0, hasAttendance: true, hasDate: true, hasBody: true, items: 11, bareItems: 10, decidedItems: 10, present: 0, ...evidence });
};

describe('the list of the deliberations of one sitting (L. 2121-25)', () => {
  it('is a list though a row ran on into a report and its secretary line reads as attendance', () => {
    expect(kindOf({})).toBe('list');
  });
  it('is minutes when members are listed as present: a record of the sitting titled so', () => {
    expect(kindOf({ present: 12 })).toBe('minutes');
  });
});

describe('the record of a whole sitting by its title', () => {
  const evidence = (text: string): KindEvidence => ({ text, registerRows: 0, hasAttendance: true, hasDate: true, hasBody: true, items: 1, bareItems: 0, decidedItems: 1, present: 9 });
  it('"Compte rendu du conseil municipal" is minutes though one point was found', () => {
    releaseLower();
    expect(classifyKind(evidence('COMMUNE DE SAINT-JUST\nCompte rendu du conseil municipal\nSéance du 3 juin 2024\nRapport annuel sur le prix de l\'eau\n'))).toBe('minutes');
  });
  it('"Extrait du procès-verbal" is still one deliberation', () => {
    releaseLower();
    expect(classifyKind(evidence('COMMUNE DE SAINT-JUST\nExtrait du procès-verbal des délibérations\nSéance du 3 juin 2024\nObjet : tarifs\n'))).toBe('deliberation');
  });
});

describe('a letter convening a sitting', () => {
  it('is no record of one: "j\'ai l\'honneur de vous convier à la réunion … qui se tiendra le"', () => {
    releaseLower();
    const text = "Objet : Convocation du Comité syndical\nMadame la Déléguée,\nJ'ai l'honneur de vous convier à la réunion du Comité syndical qui se tiendra le\nMARDI 10 DÉCEMBRE 2024 À 18 H 00\navec l'ordre du jour suivant :\n1. Désignation du secrétaire de séance";
    expect(classifyKind({ text, registerRows: 0, hasAttendance: false, hasDate: true, hasBody: true, items: 0, bareItems: 0, decidedItems: 0, present: 0 })).toBe('other');
  });

  it('whatever its notes propose: "0BJET : Convocation …" as OCR read it, with points decided in its notes', () => {
    releaseLower();
    const text = "VILLE DE LANDERVEN\n0BJET : Convocation du Consei1 Municipal\nMadarne, Monsieur,\nJ'ai l'honneur de vous prier de bien vouloir assister à la réunion du Conseil Municipal.\nNOTE EXPLICATIVE\n1. Budget supplémentaire 1994 : il est proposé au Conseil de l'adopter.";
    expect(classifyKind({ text, registerRows: 0, hasAttendance: false, hasDate: true, hasBody: true, items: 15, bareItems: 12, decidedItems: 3, present: 0 })).toBe('other');
  });
});

describe('a letter convening a sitting under a software\'s list of its addressees', () => {
  it('is no record of one though its notes quote a commission\'s vote and its annex the last sitting\'s decisions', () => {
    const addressees = Array.from({ length: 24 }, (_, i) => `M. MEMBRE${i} Jean Membre du Bureau Commune-${i} Courrier`).join('\n');
    const doc = analyzeText(`CC DU VAL DE SORNE ASSEMBLEES - Dossier de séance\nCONVOCATION\nBUREAU COMMUNAUTAIRE\nDate de la séance : jeudi 14 septembre 1995\nDestinataires\nCivilité Nom Prénom Qualité Commune Mode d'envoi\n${addressees}\n\nMadame, Monsieur,\n\nJ'ai l'honneur de vous prier de bien vouloir assister à la réunion du Bureau communautaire qui aura lieu le jeudi 14 septembre 1995 à 18 h 30, au siège de la Communauté.\n\nLe Président,\nGérard VALLON\n\nNOTE DE SYNTHESE\nPoint n° 1 - Budget principal 1995 - Décision modificative n° 2\nLa commission des finances a émis un avis favorable (5 voix pour, 1 abstention).\nIl est proposé au Bureau d'émettre un avis favorable.\n\nRAPPEL - RELEVE DE DECISIONS DE LA SEANCE DU 29 JUIN 1995\nB95-21 Tarifs de la piscine d'été 1995 Adopté\nB95-22 Subvention au Comité des fêtes Adopté\nB95-23 Convention de mise à disposition du gymnase Adopté\n`);
    expect(doc.kind).toBe('other');
    expect(doc.meeting.date).toBe('1995-09-14');
    expect(doc.items).toEqual([]);
  });
});

describe("a year's activity report presented to the board", () => {
  it('is no record of a sitting though it tells of those held and of deliberations adopted; the sitting it is presented to is its', () => {
    const doc = analyzeText(`VILLE DE SAINT-OMBRE\nCENTRE COMMUNAL D'ACTION SOCIALE\n\nRAPP0RT D'ACTIVITE\nANNEE 1993\n\nprésenté au Conseil d'Administration\ndans sa séance du 21 juin 1994\n\nI - LE CONSEIL D'ADMINISTRATION ET LES SERVICES\n\nAu cours de l'année 1993, le Conseil d'Administration s'est réuni à six reprises. Il a adopté 41 délibérations, dont le compte administratif 1992 et le budget primitif 1993.\nLe Bureau s'est réuni chaque semaine pour statuer sur les demandes d'aides facultatives.\n\nII - L'AIDE SOCIALE LEGALE\n\nLe service a instruit 312 dossiers d'aide sociale légale.\n\nFait à Saint-Ombre, le 30 mai 1994\n\nLa Vice-Présidente du C.C.A.S.,\nMicheline CARLONI\n`);
    expect(doc.kind).toBe('other');
    expect(doc.meeting.date).toBe('1994-06-21');
    expect(doc.items).toEqual([]);
  });
});

describe('a letter convening a sitting, read by OCR', () => {
  it('is no record of one when OCR read "se réunira" with a circumflex ("se rêunira")', () => {
    releaseLower();
    const text = "LE PRESIDENT DU CONSElL REGIONAL\nMesdames et Messieurs les Conseillers\nJ'ai l'honneur de vous faire connaître que le Conse il R6gional\nse rêunira en session ordinaire le lundi 18 octobre 1982 à 10 heures.\nORDRE DU JOUR\n1. Orientations budgétaires\n2. Rapport n° 82-07";
    expect(classifyKind({ text, registerRows: 0, hasAttendance: false, hasDate: true, hasBody: true, items: 1, bareItems: 1, decidedItems: 0, present: 0 })).toBe('other');
  });
});

describe("a relevé of a year's decisions, each sitting counted under its own heading", () => {
  const sitting = (date: string, n: number, subjects: string[]) =>
    `SÉANCE DU ${date}\n\nConvocation du 2 ${date.split(' ').slice(1).join(' ')}. Présents : 10, pouvoir : 1.\n\n${subjects.map((t, i) => `N° 2002/${String(n + i).padStart(2, '0')}   ${t}\nLe conseil municipal approuve le dossier.\nVote : unanimité.\n`).join('\n')}`;
  const text = `MAIRIE DE SAINT-AURIN\n\n         RELEVÉ DES DÉCISIONS DU CONSEIL MUNICIPAL\n                     ANNÉE 2002\n\nConseillers en exercice : 11.\n\n${sitting('25 JANVIER 2002', 1, ['TARIFS COMMUNAUX', 'INDEMNITÉ DU RECEVEUR'])}\n${sitting('22 MARS 2002', 3, ['COMPTE ADMINISTRATIF 2001', 'BUDGET PRIMITIF 2002'])}\n${sitting('14 JUIN 2002', 5, ['VOIRIE COMMUNALE', 'CANTINE SCOLAIRE'])}\nLe Maire,\nB. LECOQ\n`;

  it('is a list, no one sitting\'s record, though each sitting is counted', () => {
    const d = analyzeText(text);
    expect(d.kind).toBe('list');
    expect(d.meeting.date).toBeNull();
    expect(d.items.map((i) => i.number)).toEqual(['2002/01', '2002/02', '2002/03', '2002/04', '2002/05', '2002/06']);
  });

  it("one sitting's relevé that counts who sat records it", () => {
    const one = text.slice(0, text.indexOf('SÉANCE DU 22 MARS'));
    expect(analyzeText(one).kind).not.toBe('list');
  });
});

describe("one sitting's relevé, its counts on a line, its decisions a row each with no text under them", () => {
  it('records the sitting: minutes, no list', () => {
    const doc = analyzeText(`VILLE DE PLOUGASTEL
RELEVE DES DECISIONS
DU CONSEIL MUNICIPAL
Séance du lundi 26 septembre 2022

Le Conseil Municipal, légalement convoqué le 20 septembre 2022, s'est réuni à 18 h 30, salle du Conseil, sous la présidence de M. Yann LE GOFF, Maire.

Conseillers en exercice : 33     Présents : 26     Pouvoirs : 5     Votants : 31

Secrétaire de séance : Mme Anne RIOU

N° OBJET DECISION

2022-081 Décision modificative n° 2 - Budget principal 2022 Adopté à l'unanimité

2022-082 Tarifs municipaux 2023 Adopté à l'unanimité

2022-083 Modification du tableau des effectifs Adopté à l'unanimité

2022-084 Dénomination des voies du lotissement de Kerhuel Adopté à l'unanimité

La séance est levée à 21 h 05.
`);
    expect(doc.kind).toBe('minutes');
    expect(doc.items).toHaveLength(4);
  });
});

describe("a register of the mayor's orders", () => {
  it('is an act of one person when its title stands after the commune\'s name on the header line', () => {
    const text = `Page 23\nCOMMUNE DE SAINT-AURIN REGISTRE DES ARRÊTÉS DU MAIRE\n(Var) Année 2021\n\nN° 2021-11 ARRÊTÉ PORTANT RÉGLEMENTATION TEMPORAIRE\ndu 12/04/2021 DE LA CIRCULATION\nLe Maire de la Commune de Saint-Aurin,\nVu le Code général des collectivités territoriales ;\nVu la délibération du Conseil municipal du 15 mars 2021 fixant les tarifs ;\n\nARRÊTE\n\nArticle 1er : La circulation sera alternée par feux tricolores.\nArticle 2 : Le stationnement sera interdit sur l'emprise du chantier.\n\nFait à Saint-Aurin, le 12 avril 2021\nLe Maire,\nE. MARTIN\n`;
    const d = analyzeText(text);
    expect(d.kind).toBe('other');
    expect(d.items).toEqual([]);
    expect(d.meeting).toMatchObject({ date: null, bodyType: null });
    // Named inside a council's record, the register is no title: "inscrit au registre des arrêtés du maire" in a sentence.
    expect(analyzeText(`COMMUNE DE SAINT-AURIN\nSéance du Conseil municipal du 12 mars 2021\nL'an deux mille vingt et un, le douze mars, le Conseil municipal s'est réuni sous la présidence de M. Jean DUPONT, Maire.\nPrésents : M. Paul MARTIN, Mme Anne DURAND.\n\n1 - Tarifs\nLe Conseil municipal fixe les tarifs, l'acte étant inscrit au registre des arrêtés du maire.\nAdopté à l'unanimité.\n`).kind).not.toBe('other');
  });
});

describe('the sitting a letter convenes', () => {
  it('keeps the date and time it convenes; nobody presided yet', () => {
    const text = "SYNDICAT MIXTE DU BASSIN DE L'ARNOLLE\nSaint-Aurin, le 3 décembre 2024\n\nObjet : Convocation du Comité syndical\n\nMadame la Déléguée,\nJ'ai l'honneur de vous convier à la réunion du Comité syndical qui se tiendra le mardi 10 décembre 2024 à 18 h 00, salle du conseil de la mairie, avec l'ordre du jour suivant :\n1. Désignation du secrétaire de séance\n2. Décision modificative n° 2\n\nLe Président,\nGérard VALLOT";
    const d = analyzeText(text);
    expect(d.kind).toBe('other');
    expect(d.meeting).toMatchObject({ date: '2024-12-10', time: '18:00', president: null, secretary: null });
  });
});

describe('a web page giving the report to be presented, and the draft deliberation it closes on', () => {
  it('is no record of a sitting: "Projet de délibération" alone on its line, far down the page', () => {
    const intro = Array.from({ length: 12 }, (_, i) => `Partie ${i + 1} du rapport : les dépenses de fonctionnement du Département évoluent selon les hypothèses présentées ci-dessous.`).join('\n');
    const doc = analyzeText(`Département de la Vallée-Haute\nAccueil > L'Assemblée > Séances publiques\nSéance du 23 novembre 2020\nLe rapport ci-dessous sera présenté à l'Assemblée départementale lors de sa séance du lundi 23 novembre 2020 à 9 h 30.\nRapport n° 2020-614 - Débat d'orientations budgétaires pour l'exercice 2021\n${intro}\nProjet de délibération\nVu le code général des collectivités territoriales,\nDÉCIDE :\nArticle 1er : PREND ACTE de la tenue du débat d'orientations budgétaires pour l'exercice 2021.\n`);
    expect(doc.kind).toBe('other');
  });
});

describe('a paper sent to the members before a sitting', () => {
  it('is no record of one: a "Rapport d\'orientation budgétaire" under its transmission stamp is other, its sitting\'s date kept', () => {
    const doc = analyzeText(`Reçu en préfecture le 27/03/2018
ID : 972-219720358-20180322-DCM2018_019-DE

VILLE DE BELLEVUE-LES-ANSES

RAPPORT D'ORIENTATION BUDGÉTAIRE
EXERCICE 2018

Conseil municipal du jeudi 22 mars 2018

PRÉAMBULE

Le débat d'orientation budgétaire constitue la première étape du cycle budgétaire annuel. Il est obligatoire dans les communes de plus de 3 500 habitants.

I. LE CONTEXTE GÉNÉRAL

Les recettes de fonctionnement progressent de 1,2 % ; l'épargne brute s'établit à 2,1 M€.

Le Maire,
Rodolphe BELLEROSE
`);
    expect(doc.kind).toBe('other');
    expect(doc.meeting.date).toBe('2018-03-22');
  });

  it('is no record of one: "Note explicative de synthèse" is other, the sitting it prepares its date, time and place', () => {
    const doc = analyzeText(`COMMUNAUTÉ DE COMMUNES DU VAL D'ARNON
CONSEIL COMMUNAUTAIRE
Séance du mardi 23 septembre 2025 à 18h30
Salle polyvalente de Marçay

NOTE EXPLICATIVE DE SYNTHÈSE
(article L.2121-12 du Code général des collectivités territoriales)

La présente note est jointe à la convocation adressée le 16 septembre 2025 aux membres du Conseil communautaire.

1. ADMINISTRATION GÉNÉRALE

1.1 – Approbation du procès-verbal de la séance du 8 juillet 2025
Rapporteur : M. le Président
Le procès-verbal de la séance du 8 juillet 2025 a été adressé aux conseillers. Il est proposé au Conseil de l'approuver.

2.1 – Décision modificative n° 2 – Budget principal 2025
Rapporteur : Mme la Vice-présidente
Il est proposé au Conseil d'adopter la décision modificative n° 2.
`);
    expect(doc.kind).toBe('other');
    expect([doc.meeting.date, doc.meeting.time]).toEqual(['2025-09-23', '18:30']);
  });
});

describe('a relevé of the decisions of one sitting, with no attendance', () => {
  const text = `Séance publique du vendredi 27 juin 2014 : relevé de décisions
Réunie en séance publique le vendredi 27 juin 2014 à l'Hôtel du Département, sous la présidence de M. Jean-Claude VARENNE, Président.

Rapport n° 1-01 – Décision modificative n° 1 de l'exercice 2014
La décision modificative s'équilibre à 6,42 M€ et ajuste les crédits de l'exercice.
Vote : adopté par 27 voix pour et 15 voix contre.

Rapport n° 1-02 – Compte administratif 2013
Le compte administratif fait apparaître un excédent global de clôture de 11,37 M€.
Vote : adopté par 26 voix pour et 15 voix contre.
`;
  it('is a list, its points read with their parts', () => {
    const doc = analyzeText(text);
    expect(doc.kind).toBe('list');
    expect(doc.items.map((i) => i.number)).toEqual(['1-01', '1-02']);
    expect(doc.sections?.filter((s) => s.kind === 'decision').length).toBe(2);
  });
  it('records its sitting where it counts who sat, no name listed: minutes', () => {
    const counted = text.replace('Président.\n', 'Président.\nConseillers en exercice : 42 - Présents : 38 - Représentés : 3 - Votants : 41\n');
    expect(counted).not.toBe(text);
    expect(analyzeText(counted).kind).toBe('minutes');
  });
});

describe("a president's report with its draft deliberation on the next page", () => {
  it('"… ci-après." / (page break) "PROJET DE DÉLIBÉRATION": a paper sent before the sitting, no record', () => {
    const report = `RÉGION CENTRE
CONSEIL RÉGIONAL
Séance plénière du 27 juin 1996
RAPPORT DU PRÉSIDENT
N° 96.04.12
OBJET : Programme pluriannuel d'investissement dans les lycées – Programmation 1996

Mes chers Collègues,
Le présent rapport a pour objet de vous soumettre la deuxième tranche de la programmation 1996.
Je vous propose de bien vouloir adopter le projet de délibération ci-après.
Le Président du Conseil Régional,
Gérard FOUCHERAND
\fPROJET DE DÉLIBÉRATION

LE CONSEIL RÉGIONAL DU CENTRE,
VU le code général des collectivités territoriales ;
ARTICLE 1 : APPROUVE la deuxième tranche de la programmation 1996.
ARTICLE 2 : AFFECTE une autorisation de programme de 87,3 MF.
`;
    expect(analyzeText(report).kind).toBe('other');
  });
});

describe('the table of the council (L. 2121-1), its members in their order of rank', () => {
  const table = `Département : EURE Commune : SAINT-OUEN-DES-PRÉS
Effectif légal du conseil municipal : 11
TABLEAU DU CONSEIL MUNICIPAL
Mise à jour consécutive à la séance du conseil municipal du 4 avril 2014 (élection des adjoints)
Fonction Qualité NOM ET PRÉNOM Date de naissance Date de la plus récente élection Suffrages
Maire M. DURAND Paul 12/05/1951 23/03/2014 318
Premier adjoint Mme LEROUX Anne 03/09/1956 23/03/2014 301
Conseiller M. PETIT Jean 22/11/1962 23/03/2014 297
Par délibération n° 2014-09 du 4 avril 2014, le conseil municipal a fixé à un le nombre des adjoints.
Certifié conforme au registre des délibérations.
Le Maire,
Paul DURAND`;
  it('is other, no deliberation, though a sitting and a deliberation are named', () => {
    const doc = analyzeText(table);
    expect(doc.kind).toBe('other');
    expect(doc.items).toEqual([]);
  });
});

describe('letters convening a sitting, whatever else they carry', () => {
  // Invented syndicate, department and names.
  it('"Objet : Convocation …" with its table of addressees: no one sat, the table names whom it is sent to', () => {
    const doc = analyzeText(`SYNDICAT INTERCOMMUNAL D'EAU POTABLE DE LA REGION DE SAINT-ORMEL
Objet : Convocation du Comité Syndical
Saint-Ormel, le 12 mars 2004
Madame, Monsieur le Délégué,
J'ai l'honneur de vous prier de bien vouloir assister à la réunion du Comité Syndical le
MARDI 23 MARS 2004 à 18 h 00, salle de réunion du Syndicat.
ORDRE DU JOUR
1 Approbation du compte rendu de la séance du 9 décembre 2003
2 Compte administratif 2003
Le Président,
Jean-Claude DELMAS
DESTINATAIRES
Commune Délégué titulaire Délégué suppléant
SAINT-ORMEL M. DELMAS Jean-Claude M. BOISSON Alain
SAINT-ORMEL Mme CHASTEL Odile M. VERGNE Patrick
LA CHAPELLE M. LAGRANGE Henri Mme PEYRON Sylvie
`);
    expect(doc.kind).toBe('other');
    expect(doc.attendance.present).toEqual([]);
  });

  it("'… se r6unira le' in its head, as OCR read it, the préfet's reports after it proposing what none decided yet", () => {
    const doc = analyzeText(`CONSEIL GENERAL
COMMISSION DEPARTEMENTALE
Laon, le 5 novembre 1981
Monsieur le Conseiller Général et Cher Collègue,
J'ai l'honneur de vous faire connaître que la Commission Départementale se r6unira le
MARDI 17 NOVEMBRE 1981 à 10 HEURES à la Préfecture.
ORDRE DU JOUR
1 - Approbation du procès-verbal de la réunion du 20 octobre 1981.
2 - Voirie départementale : programme de grosses réparations 1981.
Le Président de la Commission Départementale,
Marcel DUFRESNE

RAPPORTS DE M. LE PREFET
2 - Voirie départementale : programme de grosses réparations 1981.
Je vous propose d'approuver la répartition ci-dessus. Adopté à l'unanimité par la commission des travaux.
`);
    expect(doc.kind).toBe('other');
  });
});

describe('a letter that tells of acts and sittings', () => {
  const letter = `MAIRIE DE SAINT-ROCH
Le Maire
Saint-Roch, le 3 août 1981
à Monsieur le Sous-Préfet
Objet : Fête patronale

     Monsieur le Sous-Préfet,

     J'ai l'honneur de vous adresser l'arrêté municipal n° 81/112 que j'ai pris ce jour.
     Je vous rappelle que le jumelage a été approuvé par le Conseil Municipal dans sa séance
du 29 mai 1981 et que le programme des festivités a été arrêté par délibération du 10 juillet 1981.

     Je vous prie d'agréer, Monsieur le Sous-Préfet, l'assurance de ma haute considération.
                                          Le Maire,
                                          E. ROSAMONT
`;

  it('is other: no sitting is held in it, nothing decided', () => {
    expect(analyzeText(letter).kind).toBe('other');
  });

  it('does not make a sitting sent with its covering letter other', () => {
    const extract = `${letter}
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du 10 juillet 1981
Le Conseil Municipal s'est réuni sous la présidence de M. E. ROSAMONT, Maire.
Présents : M. E. ROSAMONT, Mme Lucie DORVAL, M. Henri PLACIDE.
OBJET : Programme des festivités
Le Conseil Municipal, après en avoir délibéré, à l'unanimité, APPROUVE le programme des festivités.
`;
    expect(analyzeText(extract).kind).not.toBe('other');
  });
});

describe('a text that names a sitting but records none', () => {
  const STATUTES = `Vous êtes ici : Accueil > Le Syndicat > Statuts
Statuts du Syndicat
Les statuts reproduits ci-dessous sont ceux adoptés par le comité syndical dans sa séance du 27 juin 1996.
STATUTS DU SYNDICAT INTERCOMMUNAL DES EAUX DU VAL DE BRÈNE
Article 1er - Constitution
Il est formé entre les communes membres un syndicat intercommunal.
Article 5 - Comité syndical
Le comité fixe son ordre du jour ; il se réunit au moins une fois par trimestre.
`;
  const evidence = (counted: boolean): KindEvidence => ({ text: STATUTES, registerRows: 0, hasAttendance: false, hasDate: true, hasBody: true, items: 0, bareItems: 0, decidedItems: 0, present: 0, counted });
  it('is other: no point, no one who sat, whatever date and body it gives', () => {
    releaseLower();
    expect(classifyKind(evidence(false))).toBe('other');
  });
  it('is still a record where it counts who sat', () => {
    releaseLower();
    expect(classifyKind(evidence(true))).not.toBe('other');
  });
  it("is other where its title in capitals reads as one point's heading, nothing decided under it; not where that point was decided", () => {
    releaseLower();
    expect(classifyKind({ ...evidence(false), items: 1 })).toBe('other');
    releaseLower();
    expect(classifyKind({ ...evidence(false), items: 1, decidedItems: 1 })).not.toBe('other');
  });
});
