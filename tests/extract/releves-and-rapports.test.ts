/** Points of commissions permanentes and departmental plenaries: relevés, "Rapport n°" headings, prose decisions. Invented names. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import { extractAttendance } from '../../src/extract/attendance.ts';
import { listsOf } from '../helpers/attendance-lists.ts';
import { readVote } from '../../src/extract/vote.ts';

const OPENING = `COMMISSION PERMANENTE
Réunion du lundi 16 février 2026
La Commission permanente s'est réunie le lundi 16 février 2026 à 14 h 30, sous la présidence de M. Paul ARNOUX, Président.
Etaient présents : M. Paul ARNOUX, Mme Claire BESSON, M. Marc COLIN, Mme Léa DUMAS.

Le quorum étant atteint, le Président ouvre la séance.

`;
const actions = (text: string) => analyzeText(text).items.map((i) => (i.decision?.articles ?? []).map((a) => a.action));
const numbersAndTitles = (text: string) => analyzeText(text).items.map((i) => [i.number, i.title]);

describe('a relevé des décisions', () => {
  const text = `${OPENING}1.01 - Fonds de solidarité pour le logement : convention de gestion 2026
Décision : la Commission permanente approuve les termes de la convention et autorise le Président à la signer.
Adopté à l'unanimité

1.02 - Protection de l'enfance : tarification 2026 du service d'accueil de jour
Décision : fixe le prix de journée du service à 142,35 € à compter du 1er avril 2026.
Adopté à l'unanimité
`;

  it('reads the act after "Décision :", with or without the body named', () => {
    expect(actions(text)).toEqual([['approuve', 'autorise'], ['fixe']]);
  });

  it('starts the decision at its "Décision :" label', () => {
    const doc = analyzeText(text);
    const decisions = doc.sections.filter((s) => s.kind === 'decision').map((s) => doc.text.slice(s.start, s.end));
    expect(decisions[1]).toMatch(/^Décision : fixe le prix/);
  });
});

describe('"N - Rapport n° X" alone on its line', () => {
  const text = `${OPENING}2 - Rapport n° CP-2026-02-01
FINANCES - Garantie d'emprunt à l'office public de l'habitat
Rapporteur : Mme Claire BESSON

L'office sollicite la garantie du Département à hauteur de 50 % de son prêt.
La Commission permanente, après en avoir délibéré : ACCORDE la garantie du Département ; AUTORISE le Président à signer la convention ; DIT que la garantie vaut pour la durée du prêt.
VOTE : adopté à l'unanimité.

3 - Rapport n° CP-2026-02-05
TOURISME - Domaines skiables - Aide exceptionnelle aux régies
Rapporteur : M. Marc COLIN

La saison a été écourtée faute de neige.
La Commission permanente, après en avoir délibéré : DÉCIDE d'attribuer une aide de 90 000 €.
VOTE : adopté à l'unanimité.
`;

  it('numbers the point by its report number, whole, and titles it by the line under it', () => {
    const items = analyzeText(text).items;
    expect(items.map((i) => i.number)).toEqual(['CP-2026-02-01', 'CP-2026-02-05']);
    expect(items[0]!.title).toMatch(/^FINANCES - Garantie d'emprunt/);
  });

  it('reads the acts of one sentence after "après en avoir délibéré :", set off by semicolons', () => {
    expect(actions(text)[0]).toEqual(['accorde', 'autorise', 'dit']);
  });
});

describe('a departmental plenary of the 1990s', () => {
  it('"Le Conseil Général, après en avoir délibéré, approuve …" states the act', () => {
    const text = `${OPENING.replace(/Commission permanente/g, 'Conseil Général')}RAPPORT N° 1 - DECISION MODIFICATIVE N° 1 DE L'EXERCICE 1995
Rapporteur : M. Marc COLIN
M. COLIN présente la décision modificative, qui s'équilibre à 38 612 400 F.
Le Conseil Général, après en avoir délibéré, approuve la décision modificative n° 1 de l'exercice 1995.
Adopté à l'unanimité.

RAPPORT N° 2 - MOTION RELATIVE AUX SERVICES PUBLICS EN MILIEU RURAL
Rapporteur : M. le Président
M. le Président donne lecture du projet de motion.
Le Conseil Général, après en avoir délibéré, adopte la motion dont le texte est annexé au présent procès-verbal et demande au Président de la transmettre au Premier Ministre.
Adopté à l'unanimité.
`;
    expect(actions(text)).toEqual([['approuve'], ['adopte', 'demande']]);
  });

  it('a verb after a relative clause stays the clause\'s unless addressed to the president', () => {
    const text = `${OPENING}1 - Convention de partenariat
Le Président présente la convention.
La Commission permanente, après en avoir délibéré, approuve la convention qui précise les rôles et définit les engagements des parties.
Adopté à l'unanimité.
`;
    expect(actions(text)).toEqual([['approuve']]);
  });
});

describe('list headings glued to their lead by the text layer', () => {
  it('reads "Avaient donnépouvoir :" and "Etaitexcusee :"', () => {
    const text = `Etaient présents : M. Paul ARNOUX, Mme Claire BESSON.

Avaient donnépouvoir :
- M. Bernard NICOLAS à M. Paul ARNOUX
- Mme Laurence FERRERO à Mme Claire BESSON

Etaitexcusee : Mme Agnès BERTRAND

Secrétaire de séance : Mme Claire BESSON
`;
    expect(listsOf(extractAttendance(text, text.length).attendance)).toEqual({
      present: ['ARNOUX', 'BESSON'],
      represented: [['NICOLAS', 'ARNOUX'], ['FERRERO', 'BESSON']],
      excused: ['BERTRAND'],
      absent: [],
    });
  });
});

describe('"RAPPORT N° 1" alone on its line, its title in capitals under it', () => {
  const text = `${OPENING.replace(/Commission permanente/g, 'Conseil Général')}RAPPORT N° 1
COMPTE ADMINISTRATIF DE L'EXERCICE 2013 - BUDGET PRINCIPAL
Rapporteur : M. Marc COLIN

M. COLIN. - Le compte administratif retrace l'exécution du budget primitif.

LE CONSEIL GENERAL, Vu le Code général des collectivités territoriales ; Vu le budget
primitif 2013 ; après en avoir délibéré, APPROUVE le compte administratif de l'exercice 2013.

Pour : 15
Contre : 6
Abstention : 0

RAPPORT N° 2
BUDGET SUPPLEMENTAIRE DE L'EXERCICE 2014
Rapporteur : M. Marc COLIN

LE CONSEIL GENERAL, Vu le budget primitif 2014 adopté le 14 avril 2014 ; après en avoir
délibéré, ADOPTE le budget supplémentaire de l'exercice 2014.

Le budget supplémentaire 2014 est adopté à l'unanimité.
`;

  it('numbers each point by its rank and titles it by the line under it', () => {
    expect(numbersAndTitles(text)).toEqual([
      ['1', "COMPTE ADMINISTRATIF DE L'EXERCICE 2013 - BUDGET PRINCIPAL"],
      ['2', "BUDGET SUPPLEMENTAIRE DE L'EXERCICE 2014"],
    ]);
  });

  it('reads a verb in capitals after the visas and "après en avoir délibéré," inside the line as the act', () => {
    expect(actions(text)).toEqual([['approuve'], ['adopte']]);
  });
});

describe('"RAPPORT N° CD2015-06/01 - TITLE" and its decision', () => {
  const text = `${OPENING.replace(/Commission permanente/g, 'Conseil départemental')}RAPPORT N° CD2015-06/01 - DECISION MODIFICATIVE N° 1 DE L'EXERCICE 2015
Rapporteur : M. Marc COLIN

M. COLIN présente la décision modificative.

LE CONSEIL DEPARTEMENTAL,
Vu le Code général des collectivités territoriales,
Après en avoir délibéré,
DECIDE :
- d'adopter la décision modificative n° 1 de l'exercice 2015 ;
- de ramener le montant de l'emprunt d'équilibre à 6 200 000 euros.

Adopte par 18 voix pour et 10 voix contre.

RAPPORT N° CD2015-06/02 - DESIGNATION DE REPRESENTANTS AU SEIN DES COLLEGES
Rapporteur : Mme la Présidente

LE CONSEIL DEPARTEMENTAL,
Après en avoir délibéré,
DESIGNE :
- Mme Isabelle DA SILVA, titulaire, au conseil d'administration du collège de Guéret ;
- M. Pierre JOUANEAU, titulaire, au conseil d'administration du collège de Saint-Vaury.

Adopté à l'unanimité.
`;

  it('numbers the point by its report number and keeps "N° 1" of a décision modificative in the title', () => {
    expect(numbersAndTitles(text)).toEqual([
      ['CD2015-06/01', "DECISION MODIFICATIVE N° 1 DE L'EXERCICE 2015"],
      ['CD2015-06/02', 'DESIGNATION DE REPRESENTANTS AU SEIN DES COLLEGES'],
    ]);
  });

  it('reads "de ramener", not the outcome "Adopte par 18 voix pour", and "DESIGNE :" over the members it appoints', () => {
    expect(actions(text)).toEqual([['adopte', 'ramène'], ['désigne']]);
  });
});

describe('"Rapport n° CP-2026-02-101 - Title": a report number whose letters a dash joins to its figures', () => {
  const text = `${OPENING}Commission Solidarités
Rapport n° CP-2026-02-101 - Aide à domicile - Revalorisation du tarif horaire
Rapporteure : Mme Claire BESSON
La commission permanente fixe le tarif horaire de référence et autorise le Président à signer les avenants.
Adopté à l'unanimité.
Rapport n° CP-2026-02-102 - Protection de l'enfance - Convention avec une association
Rapporteure : Mme Léa DUMAS
La commission permanente approuve la convention.
Adopté à l'unanimité.
`;

  it('numbers each point by its report, not the commission heading over them', () => {
    expect(numbersAndTitles(text)).toEqual([
      ['CP-2026-02-101', 'Aide à domicile - Revalorisation du tarif horaire'],
      ['CP-2026-02-102', "Protection de l'enfance - Convention avec une association"],
    ]);
  });
});

describe('a register\'s "N° 89-141   2ème Commission" over its rapporteur and "OBJET :"', () => {
  const text = `${OPENING}N° 89-141                                            2ème Commission
                                             Rapporteur : M. Marc COLIN

OBJET : ELECTRIFICATION RURALE - PROGRAMME 1989

     M. COLIN expose le programme.
La Commission permanente, après en avoir délibéré, APPROUVE la répartition des crédits.
Adopté à l'unanimité.

N° 89-142                                            4ème Commission
                                             Rapporteur : Mme Léa DUMAS

OBJET : COLLEGE DE VILLARS - TRAVAUX DE MISE EN SECURITE

     Mme DUMAS expose le projet.
La Commission permanente, après en avoir délibéré, APPROUVE le programme des travaux.
Adopté à l'unanimité.
`;

  it('numbers each subject by the act\'s number beside its commission', () => {
    expect(numbersAndTitles(text)).toEqual([
      ['89-141', 'ELECTRIFICATION RURALE - PROGRAMME 1989'],
      ['89-142', 'COLLEGE DE VILLARS - TRAVAUX DE MISE EN SECURITE'],
    ]);
  });
});

describe('a register page whose margin prints the form\'s fields a line each', () => {
  const text = `${OPENING}N° CP 2016-09/2-7
Rapport n° 2-7
Commission :
Education, Jeunesse,
Sports
Rapporteur :
Mme DUMAS
OBJET :
COLLEGES PUBLICS -
DOTATIONS
COMPLEMENTAIRES DE
FONCTIONNEMENT 2016
Reçu en Préfecture le 23/09/2016

LA COMMISSION PERMANENTE,
Vu le rapport n° 2-7 de M. le Président ;
Après en avoir délibéré,
DECIDE :
Article 1er : d'attribuer aux collèges publics les dotations complémentaires.
Adopté à l'unanimité.
`;

  it('numbers the point by the act\'s number over its report\'s, titled by the whole value under "OBJET :"', () => {
    expect(numbersAndTitles(text)).toEqual([['CP 2016-09/2-7', 'COLLEGES PUBLICS - DOTATIONS COMPLEMENTAIRES DE FONCTIONNEMENT 2016']]);
  });
});

describe('a plenary\'s relevé, its reports numbered "99.06.310" (year, month, rank) with no label', () => {
  const text = `CONSEIL REGIONAL
RELEVE DES DEC I SIONS
de l'Assemblée plénière du jeudi 17 juin 1999
La séance est ouverte à 9 h 40, sous la présidence de Mme Hélène VERCHER, Président du Conseil régional.

99.06.318 Contrat de plan Etat-Région 2000-2006 : ADOPTE
orientations régionales et mandat de négociation
Pour : 104 - Contre : 0 - Abstentions : 47

99.06.340 Motion relative au trafic des poids lourds REJETEE
dans les vallées alpines
Pour : 41 - Contre : 88 - Abstentions : 20

Séance du 20.11.2000 : M. DURAND s'abstient.
`;

  it('heads a point by each such number; a date ("20.11.2000") is none', () => {
    expect(analyzeText(text).items.map((i) => i.number)).toEqual(['99.06.318', '99.06.340']);
  });

  it('is a list of decisions though OCR split its title\'s word ("DEC I SIONS")', () => {
    expect(analyzeText(text).kind).toBe('list');
  });
});

describe('OCR and the verbs of departmental decisions', () => {
  it('reads "- d\'imputer la dépense" as an act', () => {
    const text = `${OPENING}1 - Fonds départemental pour l'eau potable
Il est proposé de retenir l'ensemble des opérations.

LA COMMISSION PERMANENTE,
Après en avoir délibéré,
DÉCIDE :
- d'attribuer aux collectivités les subventions correspondantes ;
- d'imputer la dépense au chapitre 204 du budget départemental.

Adopté à l'unanimité.
`;
    expect(actions(text)).toEqual([['attribue', 'impute']]);
  });

  it('names the secretary after "Secretaîre de aéance :" as OCR read it', () => {
    const text = `${OPENING}Secretaîre de aéance : Mme CHESNAIS Annie.\n`;
    expect(analyzeText(text).meeting.secretary?.surname).toBe('CHESNAIS');
  });
});

describe("a commune's relevés of a year's sittings, numbered by a two-figure year and a rank", () => {
  const sitting = (day: string, ranks: Array<[string, string]>) =>
    `Séance du ${day}\n\n` + ranks.map(([n, title]) => `${n} - ${title}\nLe conseil municipal approuve le projet et autorise le maire à signer les pièces.\nVote : unanimité.\n`).join('\n');
  const text = `Commune de Valmorin
Relevés des décisions du conseil municipal - Année 1997

${sitting('vendredi 24 janvier 1997', [['97-01', 'Adoption de la nomenclature budgétaire M14'], ['97-02', 'Indemnités de fonction du maire']])}
${sitting('vendredi 14 mars 1997', [['97-03', 'Réfection de la toiture de la mairie'], ['97-04', 'Vente de la coupe de bois']])}
Sous la présidence de M. Pierre ANTONI, doyen d'âge, le conseil approuve le compte administratif.
`;

  it('reads each "97-01 - …" line of the series as a point, numbered', () => {
    expect(numbersAndTitles(text)).toEqual([
      ['97-01', 'Adoption de la nomenclature budgétaire M14'],
      ['97-02', 'Indemnités de fonction du maire'],
      ['97-03', 'Réfection de la toiture de la mairie'],
      ['97-04', 'Vente de la coupe de bois'],
    ]);
  });

  it('is a list, titled "Relevés" in the plural, of no one sitting: no date, no chair', () => {
    const doc = analyzeText(text);
    expect(doc.kind).toBe('list');
    expect(doc.meeting.date).toBeNull();
    expect(doc.meeting.president).toBeNull();
  });

  it('reads a series numbered with a slash ("83/212 - EMPRUNT …") under sections in roman numerals', () => {
    const slashed = `${OPENING}
I - FINANCES ET ADMINISTRATION GENERALE

83/212 - EMPRUNT AUPRES DE LA CAISSE DES DEPOTS -
PROGRAMME DE VOIRIE 1983
Rapporteur : M. COLIN

      La Commission autorise le Président à contracter un emprunt de 4 500 000 F.
      Adopté à l'unanimité.

83/213 - INDEMNITE DE CONSEIL ALLOUEE AU PAYEUR DEPARTEMENTAL
Rapporteur : M. COLIN

      La Commission fixe l'indemnité au taux maximum.
      Adopté à l'unanimité.

II - EQUIPEMENT

83/214 - ELECTRIFICATION RURALE - PROGRAMME 1983
Rapporteur : Mme DUMAS

      La Commission arrête le programme d'électrification rurale 1983.
      Adopté à l'unanimité.
`;
    expect(numbersAndTitles(slashed)).toEqual([
      ['83/212', 'EMPRUNT AUPRES DE LA CAISSE DES DEPOTS - PROGRAMME DE VOIRIE 1983'],
      ['83/213', 'INDEMNITE DE CONSEIL ALLOUEE AU PAYEUR DEPARTEMENTAL'],
      ['83/214', 'ELECTRIFICATION RURALE - PROGRAMME 1983'],
    ]);
  });

  it('takes one "97-01 - …" line alone for no point: a month and a year may open a line so', () => {
    const one = `${OPENING}97-01 - Bilan du mois\nLe conseil prend acte du bilan.\n`;
    expect(numbersAndTitles(one).map(([n]) => n)).not.toContain('97-01');
  });
});

describe("a regional plenary's relevé: dashes OCR doubled, amendments, votes by group, wishes and motions", () => {
  // Invented groups and titles; the shape of a typed relevé read by OCR.
  const text = `CONSEIL REGIONAL
SÉANCE PLÉNIÈRE DU 12 MARS 2026
RELEVÉ DES DÉCISIONS

La séance est ouverte à 9 h 30 sous la présidence de M. Paul ARNOUX, Président. Le quorum est constaté.

CR 21-26 —- PLAN RÉGIONAL POUR LA QUALITÉ DE L'AIR
Rapporteur : Mme Claire BESSON
Amendements :
n° 1 (GRA) – Zones à faibles émissions : REJETÉ
n° 2 (GRB) – Bus propres : ADOPTÉ
ADOPTÉ tel qu'amendé
Pour : GRA, GRB – Contre : GRC – Abstention : GRD

CR 22-26 ~ CONVENTION AVEC L'AGENCE RÉGIONALE DE L'EAU
Rapporteur : M. Marc COLIN
Amendement n° 1 (GRC) – Tarification : ADOPTÉ
REJETÉ
Pour : 40 – Contre : 71 – Abstention : 12

VŒU n° 26-03 présenté par le groupe GRC relatif aux lignes ferroviaires
ADOPTÉ
Pour : GRA, GRC – Abstention : GRB

MOTION n° 26-01 présentée par le groupe GRD relative aux lycées
REJETÉE
Pour : 12 – Contre : 99
`;
  const items = analyzeText(text).items;

  it('reads a heading whose dash OCR doubled ("—-") or read as a tilde, and a wish and a motion by their numbers', () => {
    expect(items.map((i) => [i.number, i.title])).toEqual([
      ['CR 21-26', "PLAN RÉGIONAL POUR LA QUALITÉ DE L'AIR"],
      ['CR 22-26', "CONVENTION AVEC L'AGENCE RÉGIONALE DE L'EAU"],
      ['26-03', 'présenté par le groupe GRC relatif aux lignes ferroviaires'],
      ['26-01', 'présentée par le groupe GRD relative aux lycées'],
    ]);
  });

  it("takes the deliberation's own result, on its line after the amendments', for the outcome", () => {
    expect(items.map((i) => i.decision?.outcome)).toEqual(['adopted', 'rejected', 'adopted', 'rejected']);
  });

  it('reads groups named on each side as a divided vote, without figures', () => {
    expect(items[0]!.decision?.vote).toMatchObject({ unanimous: false, for: null, against: null, abstentions: null });
    expect(items[2]!.decision?.vote).toMatchObject({ unanimous: false, for: null });
  });
});

describe("a typed relevé read by OCR: a letterhead's date, specks glued to words, a word cut in two", () => {
  // Invented town and names; the header's two columns run into one line, as OCR reads them.
  const text = `VILLE DE SAINT-ORMEL
Service du Conseil Municipal                        Saint-Ormel, le 27 mars 1985

                         CONSEIL MUNICIPAL
                 Séance publique du lundi 25 mars 1985
                      RELEVÉ DES DÉCISIONS

Le Conseil Municipal s'est réuni à l'Hôtel de Ville à 18 heures, sous la présidence de M. Roger LEMAIRE, Maire.
Conseillers en exercice : 35 - Présents : 30 - Pouvoirs : 3 - Votants : 33
Secrétaire de séance : M. Did1er HAMON

1 - Compte administratif 1984
     Le Maire s'étant retiré, le Conseil, présidé par M. Jacques DELAUNAY,
     1er Adjoint, arrête les résultats de l'exercice 1984.
                                        Adopté par 24 voix pour et 8 voix con tre.

2 - Vote des taux pour 1985
     Le Conseil fixe les taux pour 1985 : taxe d'habitation 14,62 %.
                                        Adopté par 25 voix pour et 8 voix »contre.

3 - \`Subventions aux associations
     Le Conseil répartit le crédit de 2 185 000 F inscrit au budget.
                                        Adopté ~par 25 \`voix pour et 8 abstentions.
`;
  const doc = analyzeText(text);

  it("dates the sitting by its own line, not by the letterhead's \"Saint-Ormel, le …\"", () => {
    expect(doc.meeting.date).toBe('1985-03-25');
  });

  it('reads each point whole: its number past a speck, its act past who presided, its counts past specks and a cut word', () => {
    expect(doc.items.map((i) => [i.number, i.title, i.decision?.articles.map((a) => a.action), i.decision?.vote?.for, i.decision?.vote?.against, i.decision?.vote?.abstentions])).toEqual([
      ['1', 'Compte administratif 1984', ['arrête'], 24, 8, null],
      ['2', 'Vote des taux pour 1985', ['fixe'], 25, 8, null],
      ['3', 'Subventions aux associations', ['répartit'], 25, null, 8],
    ]);
  });
});

describe("a regional assembly's compte rendu published on its site: each act numbered by year, session and rank", () => {
  // Invented region and names: "06/AP-3/01", the year, the plenary assembly's third sitting, the act.
  const text = `CONSEIL RÉGIONAL DE SAINT-ORMEL
Compte rendu sommaire de la séance plénière du 29 juin 2006
L'Assemblée plénière s'est réunie le jeudi 29 juin 2006 à 9 h 30, sous la présidence de M. André CHARMOY, Président.
FINANCES ET AFFAIRES GÉNÉRALES
06/AP-3/01 - Compte administratif de l'exercice 2005
Rapporteur : M. Paul ARNOUX
Le compte administratif fait apparaître un résultat global de clôture de 41,8 M€.
Adopté. Pour : 57 ; Contre : 23 ; Abstentions : 6.
06/AP-3/02 - Compte de gestion du Payeur régional pour l'exercice 2005
Rapporteur : M. Paul ARNOUX
Adopté à l'unanimité.
ÉDUCATION ET LYCÉES
06/AP-3/03 - Dotations de fonctionnement des lycées publics pour 2007
Rapporteur : Mme Claire BESSON
Adopté à l'unanimité.
`;
  it('reads each act under its number, not the commissions\' headings over them', () => {
    expect(analyzeText(text).items.map((i) => [i.number, i.title, i.decision?.vote?.for ?? null])).toEqual([
      ['06/AP-3/01', "Compte administratif de l'exercice 2005", 57],
      ['06/AP-3/02', "Compte de gestion du Payeur régional pour l'exercice 2005", null],
      ['06/AP-3/03', 'Dotations de fonctionnement des lycées publics pour 2007', null],
    ]);
  });
});

describe("a bureau's relevé typed on a typewriter, read by OCR: numbers with a letter between slashes, specks around them", () => {
  // Invented district and names; the numbers' damage is OCR's usual: a speck before, a space beside a slash, a colon after;
  // "l4" for 14 marks the page as OCR's, whose "Lc" is read back.
  const text = `DISTRICT URBAIN DE SAINT-ORMEL
RELEVE DES DECISIONS prises par le BUREAU du DISTRICT lors de sa réunion du 14 octobre 1986

Le Bureau du District s'est réuni le mardi l4 octobre 1986 à 17 h 30 sous la présidence de M. André CHARMOY, Président.

86/B/101 - Procès-verbal de la réunion du 16 septembre 1986
       Le procès-verbal de la précédente réunion n'appelle pas d'observation.
                              APPROUVE.

.86/B/102 - Ouverture d'une ligne de trésorerie
       Lc Bureau autorise le Président à ouvrir une ligne de trésorerie.
                              ADOPTE- A L'UNANIMITE.

86/B/103: - Admission en non-valeur
       Le Bureau admet en non-valeur des redevances irrécouvrables.
                              ADOPTE A ,L'UNANIMITE.

86/ B/104 - Redevance spéciale des terrains de camping
       Le Bureau fixe la redevance à 38 F par emplacement.
                              ADOPTE A L'UNANIMITE.

Le Président du District,                    Le Secrétaire,
A. CHARMOY                                   Remy· DORVAL
`;
  const doc = analyzeText(text);

  it('reads each point by its number, written whole, whatever speck stands before it or colon after it', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['86/B/101', 'Procès-verbal de la réunion du 16 septembre 1986'],
      ['86/B/102', "Ouverture d'une ligne de trésorerie"],
      ['86/B/103', 'Admission en non-valeur'],
      ['86/B/104', 'Redevance spéciale des terrains de camping'],
    ]);
  });

  it("reads the acts of the sentence, not the outcome's line with OCR's specks in it", () => {
    expect(doc.items.slice(1).map((i) => i.decision?.articles.map((a) => a.action))).toEqual([['autorise'], ['admet'], ['fixe']]);
    expect(doc.items.slice(1).map((i) => i.decision?.vote?.unanimous)).toEqual([true, true, true]);
  });

  it('reads a signature past the middle dot OCR left after a given name', () => {
    expect(doc.signatures.map((s) => s.surname)).toContain('DORVAL');
  });
});

describe("a faxed relevé: each page closing on its point's vote over the running footer, the body's name as OCR garbled it", () => {
  // Invented commune and names. Every page opens on the fax's banner and ends on "VOTE : Adopté à l'unanimité." then
  // the footer; OCR's "DECISI0N" marks the pages as its own, whose look-alikes are read back.
  const point = (n: number, title: string, decision: string) =>
    `AFFAIRE N° ${n} - DELIBERATION N° 2001/0${80 + n}\nOBJET : ${title}\nRapporteur : M. HOARAU Paul\nDECISI0N : ${decision}\nVOTE : Adopté à l'unanimité.`;
  const page = (n: number, points: string[]) => `02/07/01  10:13  FAX 0262 41 07 30      MAIRIE ST-ORMEL\n\n${points.join('\n\n')}\n\nRelevé des décisions - C.M. du 29/06/2001                             ${n}/3`;
  const text = [
    `COMMUNE DE SAINT-ORMEL\nRELEVE DES DECISIONS DU CONSEIL MUNICIPAL\nSéance du 29 juin 2001\n\n${page(1, [
      point(1, 'Compte administratif 2000', 'Le Conseil Municipal arrête les résultats de l\'exercice 2000.'),
      point(2, 'Comptes de gestion 2000', "Le Conseil Municipal déclare que les comptes de gestion n'appellent ni observation ni réserve."),
    ])}`,
    page(2, [
      point(3, 'Affectation des résultats', 'Le Conseil Municipal décide d\'affecter le résultat au compte 1068.'),
      point(4, 'Transports scolaires', 'Le Corisell Municipal approuve la convention avec le Département et autorise le Maire à la signer.'),
    ]),
    page(3, [
      point(5, 'Acquisition de la parcelle AB 245', "Le Conseil' Municipal décide l'acquisition de la parcelle AB 245 et autorise le Maire à signer l'acte."),
      point(6, 'Régie de recettes', 'Le Conseil Municipal décide la création d’une régie de recettes.'),
    ]),
  ].join('\f');
  const items = analyzeText(text).items;

  it("keeps each point's vote, which every page closes on, as no running footer", () => {
    expect(items.map((i) => [i.number, i.decision?.vote?.unanimous])).toEqual([81, 82, 83, 84, 85, 86].map((n) => [`2001/0${n}`, true]));
  });

  it('reads the acts after "Corisell" and "Conseil\'", the body\'s name as OCR left it', () => {
    expect(items.slice(3, 5).map((i) => i.decision?.articles.map((a) => a.action))).toEqual([
      ['approuve', 'autorise'],
      ['décide', 'autorise'],
    ]);
  });
});

describe("a departmental council's minutes read by OCR: each point's rank, then its act's number shaped like a date", () => {
  // Invented department and names; "l" for "I" as OCR reads a typed capital I.
  const text = `CONSEIL DEPARTEMENTAL
PROCES-VERBAL DE LA SEANCE PUBLIQUE DU LUNDl 14 OCTOBRE 2024

L'an deux mille vingt-quatre, le quatorze octobre à quatorze heures trente, le Conseil départemental s'est réuni sous la présidence de M. Thierry MALVERT, Président.
Etaient présents : MM. et Mmes ALLARD Sophie, BOUAZIZ lnès, CAILLET Patrick, MALVERT Thierry.

1 - APPROBATION DU PROCES-VERBAL DE LA SEANCE DU 24 JUIN 2024
Le procès-verbal est adopté à l'unanimité.

2 - 2024-10-01 - INSTALLATION D'UNE CONSEILLERE DEPARTEMENTALE
Le Conseil départemental PREND ACTE de l'installation de Mme Hélène VASSAL.

3 - 2024-10-02 - DESIGNATION DE REPRESENTANTS AU SEIN D'ORGANISMES EXTERIEURS
Le Conseil départemental, après en avoir délibéré, DESIGNE Mme Hélène VASSAL pour siéger au conseil d'administration du collège.
Adopté à l'unanimité.

Le Président,                                    La secrétaire de séance,
Thierry MALVERT                                  lnès BOUAZIZ
`;
  const doc = analyzeText(text);

  it('numbers a point by its act, "2024-10-01", after its rank and a dash, though it reads as a date', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'APPROBATION DU PROCES-VERBAL DE LA SEANCE DU 24 JUIN 2024'],
      ['2024-10-01', "INSTALLATION D'UNE CONSEILLERE DEPARTEMENTALE"],
      ['2024-10-02', "DESIGNATION DE REPRESENTANTS AU SEIN D'ORGANISMES EXTERIEURS"],
    ]);
  });

  it('reads "lnès" as Inès, in the list and under the signature', () => {
    expect(doc.attendance.present.find((p) => p.surname === 'BOUAZIZ')?.givenName).toBe('Inès');
    expect(doc.signatures.map((s) => s.surname)).toEqual(['MALVERT', 'BOUAZIZ']);
  });
});

/** A typed procès-verbal's opening, its headings set between dashes. Invented region and names. */
const TYPED_PV_OPENING = `CONSEIL REGIONAL DE SAINT-ORMEL
PROCES - VERBAL de la séance du lundi 26 octobre 1981

La séance est ouverte à quinze heures dix, sous la présidence de M. Pierre DUCLOS, Président du Conseil régional.

- ADOPTION DU PROCES-VERBAL DE LA SEANCE DU 29 JUIN 1981 -

Le procès-verbal est adopté.
`;

describe("a typed procès-verbal's headings set between dashes", () => {
  const text = `${TYPED_PV_OPENING}
- RAPPORT N° 81-212 -
ORIENTATIONS BUDGETAIRES POUR L'EXERCICE 1982

M. Michel TARDY, rapporteur général. - Le budget de 1981 s'établissait à 2 946 millions de francs.
Le Conseil régional prend acte des orientations budgétaires pour 1982.

- RAPPORT N° 81-219 -
ESPACES VERTS - ACQUISITION DU BOIS DE LA TUILERIE

M. André GUILLON, rapporteur. - Le bois est mis en vente.
(Le projet de délibération est adopté à l'unanimité.)
`;
  it('reads "- RAPPORT N° 81-212 -" as the report\'s number over its title, and a title without its dashes', () => {
    expect(analyzeText(text).items.map((i) => [i.number, i.title])).toEqual([
      [null, 'ADOPTION DU PROCES-VERBAL DE LA SEANCE DU 29 JUIN 1981'],
      ['81-212', "ORIENTATIONS BUDGETAIRES POUR L'EXERCICE 1982"],
      ['81-219', 'ESPACES VERTS - ACQUISITION DU BOIS DE LA TUILERIE'],
    ]);
  });
});

describe("a typed procès-verbal's votes stated in brackets over the deliberation's text", () => {
  const text = `${TYPED_PV_OPENING}
- COMMUNICATION DE M. LE PRESIDENT -

M. LE PRESIDENT. - Mes chers collègues, je voudrais vous dire quelques mots du projet de loi.

- RAPPORT N° 81-223 -
LOGEMENT SOCIAL - PROGRAMME COMPLEMENTAIRE 1981

M. Jean ROCHER, rapporteur. - Le programme porte sur 1 200 logements.

M. LE PRESIDENT. - Je mets aux voix le projet de délibération.

(Le projet de délibération, mis aux voix, est adopté par 112 voix contre 27.)

"Le Conseil régional de Saint-Ormel,
Vu le rapport n° 81-223 ;
Décide d'engager un programme complémentaire de réhabilitation ;
Fixe l'aide régionale à 12 000 F par logement."

- QUESTIONS DIVERSES -
`;
  const doc = analyzeText(text);
  it("reads the vote in brackets as the item's, the acts of the text under it kept", () => {
    const item = doc.items.find((i) => i.number === '81-223')!;
    expect([item.decision?.vote?.for, item.decision?.vote?.against, item.decision?.outcome]).toEqual([112, 27, 'adopted']);
    expect(item.decision?.articles.map((a) => a.action)).toEqual(['décide', 'fixe']);
  });
  it('reads "repoussée par 84 voix contre 63" as 84 against, 63 for, rejected', () => {
    const statement = '(La motion, mise aux voix, est repoussée par 84 voix contre 63.)';
    const reading = readVote(statement, 0, statement.length);
    expect([reading.vote?.for, reading.vote?.against, reading.outcome]).toEqual([63, 84, 'rejected']);
  });
});

describe('a relevé whose ranked point is deferred without a vote', () => {
  const text = `${OPENING}1. VOIRIE DEPARTEMENTALE - RENFORCEMENT DU C.D. 16
La Commission approuve le résultat de l'adjudication et attribue les travaux à l'entreprise.
Adopté à l'unanimité.

2. CLASSEMENT DANS LA VOIRIE DEPARTEMENTALE DU CHEMIN VICINAL N° 4
La Commission, après discussion, décide d'ajourner l'examen de cette affaire dans l'attente de l'avis du Conseil Municipal intéressé.
Ajourné.

3. REPARTITION DU PRODUIT DES AMENDES DE POLICE
La Commission arrête la liste des communes bénéficiaires.
Adopté à l'unanimité.
`;

  it('keeps the point ranked between its neighbours as one of the sitting\'s, with its act', () => {
    expect(numbersAndTitles(text).map(([n]) => n)).toEqual(['1', '2', '3']);
    expect(actions(text)[1]).toEqual(['décide']);
  });

  it('does not make a point of a ranked paragraph with no decision', () => {
    const noDecision = text.replace(/La Commission, après discussion, décide d'ajourner/, "Le Président rappelle l'examen");
    expect(numbersAndTitles(noDecision).map(([n]) => n)).toEqual(['1', '3']);
  });
});
