import { describe, expect, it } from 'vitest';
import { unweaveColumns, unweaveListColumns, unweaveMargins, unweaveMarginTitles, unweaveSparseCountBox, unweaveTightDateBox, unweaveTightMargin } from '../../src/text/margin-column.ts';
import { listsOf } from '../helpers/attendance-lists.ts';
import { analyzeText } from '../helpers/analyze-text.ts';

const EXTRACT = ` Nombre de membres        Date de la convocation : 19/06/2025
 en exercice : 33         L'an deux mille vingt-cinq, le vingt-six juin à dix-huit heures
 présents : 26            trente, le Conseil communautaire, dûment convoqué, s'est réuni en
 pouvoirs : 4             séance publique, salle du conseil communautaire du pôle
 votants : 30             administratif de Valcourt, sous la présidence de
                          M. Philippe DROUVIN, Président.

Étaient présents : Philippe DROUVIN, Aurélie COLLIN, Michel PIERRON.
`;

describe('a margin box printed beside the opening paragraph', () => {
  it('is read before the paragraph, which is read whole', () => {
    expect(unweaveMargins(EXTRACT).split('\n').slice(0, 11)).toEqual([
      'Nombre de membres',
      'en exercice : 33',
      'présents : 26',
      'pouvoirs : 4',
      'votants : 30',
      'Date de la convocation : 19/06/2025',
      "L'an deux mille vingt-cinq, le vingt-six juin à dix-huit heures",
      "trente, le Conseil communautaire, dûment convoqué, s'est réuni en",
      'séance publique, salle du conseil communautaire du pôle',
      'administratif de Valcourt, sous la présidence de',
      'M. Philippe DROUVIN, Président.',
    ]);
  });

  it('lets the time, the counts and the president be read', () => {
    const doc = analyzeText(`EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE\n\n${EXTRACT}\nObjet : Décision modificative n° 1\nLe Conseil communautaire, à l'unanimité, APPROUVE la décision modificative n° 1.\n`);
    expect(doc.meeting.time).toBe('18:30');
    expect(doc.meeting.president?.surname).toBe('DROUVIN');
    expect(doc.attendance.counts).toMatchObject({ inOffice: 33, present: 26, voting: 30 });
  });

  it('leaves alone a table of marks and two columns of names, whose first cells are no box', () => {
    const grid = `NOM Prénom          Présent   Excusé   Absent
DUPONT Jean            X
MARTIN Anne                     X
DURAND Paul                              X
`;
    expect(unweaveMargins(grid)).toBe(grid);
    const columns = `présents : 3           MM. MAUCLAIR    DROUOT      PERRIN
votants : 3            VALLET      GIRARDOT    HUMBLOT
absents : 0            COLLIN      MARTINOT    BAUDOIN
`;
    expect(unweaveMargins(columns)).toBe(columns);
  });
});

describe('two columns of attendance lists side by side under their headings', () => {
  const PAGE = `Délégués en exercice : 14         Présents : 6         Pouvoirs : 2          Votants : 8

PRÉSENTS                                              EXCUSÉS - POUVOIRS
Région Auvergne-Rhône-Alpes                           Mme Sandrine VACHOT (Région),
M. Fabrice GUINET                                     pouvoir à M. Fabrice GUINET
Département de la Loire                               M. Lionel ESCOFIER (Brivette
Mme Agnès PLASSE                                      Agglomération), pouvoir à M. Jean-
M. Christian BERTHON, suppléant de                    Marc THIOLLIER
M. Hubert SAVIN                                       M. Noël DUCHAMP (CC des
Brivette Agglomération                                Coteaux du Lizon), excusé
M. Jean-Marc THIOLLIER
Mme Corinne MATRAS                                    ABSENTE
CC des Coteaux du Lizon                               Mme Gisèle RAVEL (Brivette
Mme Danielle CROZAT                                   Agglomération)

Assistaient également : M. Olivier TARDIF, Directeur.
`;

  it('gives the left column first, then the right one, each whole', () => {
    const lines = unweaveListColumns(PAGE).split('\n');
    expect(lines.slice(2, 6)).toEqual(['PRÉSENTS', 'Région Auvergne-Rhône-Alpes', 'M. Fabrice GUINET', 'Département de la Loire']);
    expect(lines).toContain('EXCUSÉS - POUVOIRS');
    expect(lines.indexOf('EXCUSÉS - POUVOIRS')).toBeGreaterThan(lines.indexOf('Mme Danielle CROZAT'));
    expect(lines.slice(lines.indexOf('EXCUSÉS - POUVOIRS') + 1, lines.indexOf('EXCUSÉS - POUVOIRS') + 3)).toEqual(['Mme Sandrine VACHOT (Région),', 'pouvoir à M. Fabrice GUINET']);
  });

  it('lets each list be read with its heading, the bodies labelling groups no members', () => {
    const doc = analyzeText(`PROCÈS-VERBAL DU COMITÉ SYNDICAL\nSéance du mardi 29 mars 2022, sous la présidence de M. Jean-Marc THIOLLIER, Président.\n\n${PAGE}\n1. BUDGET\nLe Comité syndical, à l'unanimité, ADOPTE le budget.\n`);
    expect(listsOf(doc.attendance)).toEqual({
      present: ['GUINET', 'PLASSE', 'BERTHON', 'THIOLLIER', 'MATRAS', 'CROZAT'],
      represented: [
        ['VACHOT', 'GUINET'],
        ['ESCOFIER', 'THIOLLIER'],
      ],
      excused: ['DUCHAMP'],
      absent: ['RAVEL'],
    });
  });

  it("leaves alone a grid's header and a line of counts", () => {
    const grid = `Présents : 19     Procurations : 4     Votants : 23

                                     PRÉSENT   ABSENT    PROCURATION DONNÉE À
Mme CAROUX Isabelle, Présidente         X
M. PAYEN Gilbert                        X
Mme DIJOUX Sylvie                                 X        M. PAYEN Gilbert
M. ALLARD Serge                         X
`;
    expect(unweaveListColumns(grid)).toBe(grid);
  });
});

describe('a margin box with its colons aligned, a cell two spaces from the paragraph', () => {
  it('reads "présents    : 13" as one cell and "Date de la convocation  à la Mairie" at the paragraph\'s column', () => {
    const page = [
      '  Nombre de délégués      Séance du 12 juin 1986',
      '  en exercice : 16',
      "  présents    : 13        L'an mil neuf cent quatre vingt six, le douze",
      '  votants     : 13        juin à dix huit heures, le Comité Syndical, dû-',
      "                          ment convoqué, s'est réuni en session ordinaire",
      '  Date de la convocation  à la Mairie de Chassenay-le-Bas, sous la prési-',
      '  2 juin 1986             dence de M. Roger DUCHEMIN, Président.',
    ].join('\n');
    expect(unweaveMargins(page).split('\n').map((l) => l.trim())).toEqual([
      'Nombre de délégués',
      'en exercice : 16',
      'présents    : 13',
      'votants     : 13',
      'Date de la convocation',
      '2 juin 1986',
      'Séance du 12 juin 1986',
      "L'an mil neuf cent quatre vingt six, le douze",
      'juin à dix huit heures, le Comité Syndical, dû-',
      "ment convoqué, s'est réuni en session ordinaire",
      'à la Mairie de Chassenay-le-Bas, sous la prési-',
      'dence de M. Roger DUCHEMIN, Président.',
    ]);
  });
});

describe('a margin box whose cells run up to the paragraph, one space from it', () => {
  const page = `Nombre de      L'an mil neuf cent quatre vingt dix huit, le douze mai à dix
conseillers    huit heures, le Conseil Municipal de la Commune de CAYOLAN, régu-
en exercice:23 lièrement convoqué le 5 mai 1998, s'est réuni dans la salle des déli-
présents : 19  bérations de l'Hôtel de Ville sous la présidence de Monsieur Alfred
votants : 21   SAINT-PRIX, Maire.`;

  it('gives the box first ("Nombre de", "conseillers" among its cells), then the paragraph whole', () => {
    expect(unweaveMargins(page).split('\n').map((l) => l.trim())).toEqual([
      'Nombre de',
      'conseillers',
      'en exercice:23',
      'présents : 19',
      'votants : 21',
      "L'an mil neuf cent quatre vingt dix huit, le douze mai à dix",
      'huit heures, le Conseil Municipal de la Commune de CAYOLAN, régu-',
      "lièrement convoqué le 5 mai 1998, s'est réuni dans la salle des déli-",
      "bérations de l'Hôtel de Ville sous la présidence de Monsieur Alfred",
      'SAINT-PRIX, Maire.',
    ]);
  });

  it('lets the time, the place and the president be read', () => {
    const doc = analyzeText(`PROCES-VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL\n\n${page}\n\nPRESENTS : MM. SAINT-PRIX, CALIXTE, Mme ROSEMOND.\n`);
    expect(doc.meeting.time).toBe('18:00');
    expect(doc.meeting.president?.surname).toBe('SAINT-PRIX');
    expect(doc.meeting.place).toBe("salle des délibérations de l'Hôtel de Ville");
  });
});

describe('a margin box whose rows blank lines part, a line of the paragraph given without its indentation', () => {
  const page = `Nombre de conseillers      SEANCE DU 9 SEPTEMBRE 1996
en exercice : 11
présents : 9               L'an mil neuf cent quatre-vingt-seize, le neuf septembre, à
votants : 10               vingt heures trente, le Conseil Municipal de cette Commune,
régulièrement convoqué, s'est réuni au nombre prescrit par la
Date de la convocation :   loi, dans le lieu habituel de ses séances, sous la présidence de
2 septembre 1996           Monsieur Jean-Claude MARCHADIER, Maire.

Date d'affichage :         Présents : MM. MARCHADIER, BOISSOU, Mme GUÉRIN, MM. LABROUSSE,
2 septembre 1996           DESVERGNES, Mme FAURE, MM. CHABAUD, VALETTE, ROUGIER.

                           Madame FAURE a été élue secrétaire de séance.`;

  it('gives the whole box first, then the paragraphs with their blank lines', () => {
    expect(unweaveMargins(page).split('\n').map((l) => l.trim())).toEqual([
      'Nombre de conseillers',
      'en exercice : 11',
      'présents : 9',
      'votants : 10',
      'Date de la convocation :',
      '2 septembre 1996',
      "Date d'affichage :",
      '2 septembre 1996',
      'SEANCE DU 9 SEPTEMBRE 1996',
      "L'an mil neuf cent quatre-vingt-seize, le neuf septembre, à",
      'vingt heures trente, le Conseil Municipal de cette Commune,',
      "régulièrement convoqué, s'est réuni au nombre prescrit par la",
      'loi, dans le lieu habituel de ses séances, sous la présidence de',
      'Monsieur Jean-Claude MARCHADIER, Maire.',
      '',
      'Présents : MM. MARCHADIER, BOISSOU, Mme GUÉRIN, MM. LABROUSSE,',
      'DESVERGNES, Mme FAURE, MM. CHABAUD, VALETTE, ROUGIER.',
      '',
      'Madame FAURE a été élue secrétaire de séance.',
    ]);
  });

  it('lets the president and every member present be read', () => {
    const doc = analyzeText(`REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL\n\n${page}\n`);
    expect(doc.meeting.president?.surname).toBe('MARCHADIER');
    expect(doc.attendance.present.map((p) => p.surname)).toContain('DESVERGNES');
  });

  it('reads "afférents au Bureau : 9" as a cell of the box', () => {
    const bureau = `Nombre de membres      L'an mil neuf cent quatre-vingt-quatre, le neuf mars à dix-
afférents au Bureau : 9 huit heures trente, le Bureau du District, régulièrement con-
                       voqué, s'est réuni au siège du District, sous la présidence
En exercice : 9        de M. Lucien DOMINJON, Président.
Présents : 7
Votants : 8`;
    expect(unweaveMargins(bureau).split('\n').slice(0, 6).map((l) => l.trim())).toEqual(['Nombre de membres', 'afférents au Bureau : 9', 'En exercice : 9', 'Présents : 7', 'Votants : 8', "L'an mil neuf cent quatre-vingt-quatre, le neuf mars à dix-"]);
  });
});

describe('a register\'s subjects written in the margin beside their deliberations', () => {
  const PAGE = [
    'OBJET : Compte de         Le Conseil Municipal, après s\'être fait présenter le budget',
    'gestion 1981              primitif de l\'exercice 1981, les titres et mandats,',
    '                          DECLARE que le compte de gestion n\'appelle ni observation',
    '                          ni réserve de sa part.',
    '                          Adopté à l\'unanimité.',
    '',
    'OBJET : Budget Primi-     M. le Maire présente au Conseil Municipal le projet de budget',
    'tif 1982                  primitif de l\'exercice 1982 qui s\'équilibre comme suit :',
    '                                Fonctionnement      412 850,00 F',
    '                          Le Conseil VOTE le budget par 8 voix pour et 2 abstentions.',
  ].join('\n');

  it('gives each subject on one line after its "OBJET :", then its deliberation, a word cut in the margin joined', () => {
    expect(unweaveMarginTitles(PAGE).split('\n')).toEqual([
      'OBJET : Compte de gestion 1981',
      "Le Conseil Municipal, après s'être fait présenter le budget",
      "primitif de l'exercice 1981, les titres et mandats,",
      "DECLARE que le compte de gestion n'appelle ni observation",
      'ni réserve de sa part.',
      "Adopté à l'unanimité.",
      '',
      'OBJET : Budget Primitif 1982',
      'M. le Maire présente au Conseil Municipal le projet de budget',
      "primitif de l'exercice 1982 qui s'équilibre comme suit :",
      '      Fonctionnement      412 850,00 F',
      'Le Conseil VOTE le budget par 8 voix pour et 2 abstentions.',
    ]);
  });

  it('keeps the number heading the margin over its "OBJET :", and a blank beside the subject as a paragraph break', () => {
    const page = [
      'N° 86-08                  Le Conseil Municipal, réuni sous la présidence de',
      '                          M. RAOULT Jean-Claude, 1er Adjoint, délibérant sur le',
      'OBJET :                   Compte Administratif de l\'exercice 1985,',
      'Compte Administratif',
      '1985                      1°) lui donne acte de la présentation faite du Compte',
      '                          Administratif.',
    ].join('\n');
    expect(unweaveMarginTitles(page).split('\n')).toEqual([
      'N° 86-08',
      'OBJET : Compte Administratif 1985',
      'Le Conseil Municipal, réuni sous la présidence de',
      'M. RAOULT Jean-Claude, 1er Adjoint, délibérant sur le',
      "Compte Administratif de l'exercice 1985,",
      '',
      '1°) lui donne acte de la présentation faite du Compte',
      'Administratif.',
    ]);
  });

  it("reads a subject stacked under its number whose body OCR set ragged, one space from the margin's pieces", () => {
    const page = [
      'N° 87-2-33       LE CONSEIL GENERAL,',
      'DECISION MO-     Vu le rapport n° 2-33 de M. le Président ;',
      "DIFICATIVE    Vu l'avis de la 1ère Commission (Finances) ;",
      'N° 1             Après en avoir délibéré,',
      "Exercice 1987    ADOPTE la décision modificative n° 1 de l'exer-",
      "                 cice 1987, qui s'équilibre en recettes et en",
      '                 dépenses à la somme de 41 327 500 F.',
      '',
      'N° 87-2-34       LE CONSEIL GENERAL,',
      'ELECTRIFI-  Vu le rapport n° 2-34 de M. le Président ;',
      'CATION RURALE Après en avoir délibéré,',
      'Répartition      APPROUVE la répartition entre les syndicats in-',
      "des crédits   tercommunaux d'électrification de la dotation",
      '1987             départementale de 6 250 000 F.',
    ].join('\n');
    expect(unweaveMarginTitles(page).split('\n')).toEqual([
      'N° 87-2-33',
      'DECISION MO- DIFICATIVE N° 1 Exercice 1987',
      'LE CONSEIL GENERAL,',
      'Vu le rapport n° 2-33 de M. le Président ;',
      "Vu l'avis de la 1ère Commission (Finances) ;",
      'Après en avoir délibéré,',
      "ADOPTE la décision modificative n° 1 de l'exer-",
      "cice 1987, qui s'équilibre en recettes et en",
      'dépenses à la somme de 41 327 500 F.',
      '',
      'N° 87-2-34',
      'ELECTRIFI- CATION RURALE Répartition des crédits 1987',
      'LE CONSEIL GENERAL,',
      'Vu le rapport n° 2-34 de M. le Président ;',
      'Après en avoir délibéré,',
      'APPROUVE la répartition entre les syndicats in-',
      "tercommunaux d'électrification de la dotation",
      'départementale de 6 250 000 F.',
    ]);
  });

  it('leaves a subject written after a gap, the text under it at the margin, as it is', () => {
    const page = 'OBJET :        Budget primitif 2024\nLe Conseil municipal, après en avoir délibéré, adopte le budget primitif.\nAdopté à l\'unanimité.';
    expect(unweaveMarginTitles(page)).toBe(page);
  });

  it('leaves a subject written after a gap and wrapped in its own column as it is', () => {
    const page = 'OBJET :        Budget primitif 2024 du service\n               de l\'eau potable et de l\'assainissement\nLe Conseil municipal adopte le budget.';
    expect(unweaveMarginTitles(page)).toBe(page);
  });
});

describe("a register's margin box whose label wraps over two lines", () => {
  it('is read before the paragraph, so that the time the paragraph writes is whole', () => {
    const page = [
      'Nombre de membres',
      'afférents au Conseil      L\'an mil neuf cent quatre vingt deux, le dix neuf mars à vingt',
      'Municipal : 11            heures trente, le Conseil Municipal de cette Commune, régulièrement',
      'en exercice : 11          convoqué, s\'est réuni au nombre prescrit par la loi, dans le lieu',
      'présents : 10             habituel de ses séances, sous la présidence de M. René THIEBAUT, Maire.',
      'votants : 10',
    ].join('\n');
    const doc = analyzeText(`COMMUNE D'ORNEL\nSEANCE DU 19 MARS 1982\n${page}\n`);
    expect(doc.meeting.time).toBe('20:30');
    expect(doc.attendance.counts).toEqual({ inOffice: 11, present: 10, represented: null, voting: 10 });
  });
});

describe('a subject in the margin beside a list that goes on', () => {
  it('is given after the list\'s paragraph, not inside it', () => {
    const page = [
      'votants      30 ETAIENT PRESENTS : MM. BOUVIER, Maire ; CHAPPAZ,',
      '                Mme FAVRE, MM. MOLLIER, PERRIER, Mme JACQUIER,',
      ' OBJET :         MM. BERTHIER, VIBERT, Mme DURAND, M. CURTET,',
      '                Mlle BONNEFOY, MM. ROSSET, M. ANSELME.',
      ' Acquisition',
      ' amiable de la   ABSENTS EXCUSES : MM. SIBUET, TROSSET.',
      ' propriété des   ABSENT : M. ARNAUD.',
      ' consorts GIROD',
    ].join('\n');
    const lines = unweaveMarginTitles(page).split('\n').map((l) => l.trim());
    const objet = lines.findIndex((l) => l.startsWith('OBJET :'));
    expect(lines[objet]).toBe('OBJET : Acquisition amiable de la propriété des consorts GIROD');
    expect(lines.indexOf('Mlle BONNEFOY, MM. ROSSET, M. ANSELME.')).toBeLessThan(objet);
    expect(lines.findIndex((l) => l.startsWith('ABSENTS EXCUSES'))).toBeGreaterThan(objet);
  });
});

describe('a register\'s number in the margin, its subject stacked under it without "OBJET"', () => {
  it('"N° B 2005-08" over three lines of subject beside the deliberation: the number, then the subject, then the text', () => {
    const page = [
      'N° B 2005-08       Monsieur le Président rappelle que la déchetterie intercommunale de',
      'Déchetterie        la Bastidonne ne permet plus l\'accueil des déchets verts dans de',
      'de la              bonnes conditions. Le coût de l\'extension est estimé à 86 000 € H.T.',
      'Bastidonne -       Le Bureau, après en avoir délibéré, à l\'unanimité,',
      'extension          - approuve le projet d\'extension ;',
      '                   - dit que la dépense sera inscrite au budget primitif 2005.',
    ].join('\n');
    const lines = unweaveMarginTitles(page).split('\n').map((l) => l.trim());
    expect(lines.slice(0, 3)).toEqual(['N° B 2005-08', 'Déchetterie de la Bastidonne - extension', 'Monsieur le Président rappelle que la déchetterie intercommunale de']);
  });

  it('leaves a number over one line beside the text as it is (a title stacked under it is read by the headings)', () => {
    const page = ['N° 12        Le Conseil Municipal, après en avoir délibéré,', 'Budget       approuve le budget primitif 2005.', '             Adopté à l\'unanimité.'].join('\n');
    expect(unweaveMarginTitles(page)).toBe(page);
  });

  it('reads a rank over a line or two of subject beside the text opening on that rank\'s title: the rank, the title, the margin\'s words under it', () => {
    // Invented board and figures: a procès-verbal typed with its margin repeating each point's rank and title.
    const page = [
      'N° 2                2°) Budget supplémentaire 1987.',
      'Budget sup-         M. le Président propose de reporter l\'excédent au budget',
      'plémentaire         supplémentaire et de l\'affecter au chapitre des secours.',
      '                    Adopté à l\'unanimité.',
      '',
      'N° 3                3°) Aides et secours.',
      'Secours             Le Conseil examine deux demandes. Il accorde un secours',
      '                    de 500 F à Mme B... Décision prise à l\'unanimité.',
    ].join('\n');
    const lines = unweaveMarginTitles(page).split('\n').map((l) => l.trim());
    expect(lines.slice(0, 4)).toEqual(['N° 2', '2°) Budget supplémentaire 1987.', 'Budget supplémentaire', "M. le Président propose de reporter l'excédent au budget"]);
    expect(lines.slice(7, 10)).toEqual(['N° 3', '3°) Aides et secours.', 'Secours']);
  });

  it('leaves a deliberation\'s number beside a ranked title, no rank of its own, to the headings', () => {
    const page = ['N° 75-41        2°) BUDGET SUPPLEMENTAIRE DE L\'EXERCICE 1975', 'Budget          Le Conseil Municipal adopte le budget supplémentaire.', '                Adopté à l\'unanimité.'].join('\n');
    expect(unweaveMarginTitles(page)).toBe(page);
  });
});

describe('a margin of notes beside the body: labels, numbers and subjects', () => {
  const body = (lines: string[]) => lines.join('\n');

  it('gives each paragraph its notes first, a wrapped note whole, and drops one that repeats the heading beside it', () => {
    const page = body([
      '              Le Conseil Régional s\'est réuni le lundi 26 juin 2000 à 10 heures,',
      '              à l\'Hôtel de Région, sous la présidence de M. Jean LEBRUN.',
      '',
      'Appel         Etaient présents : MM. et Mmes LEBRUN, HAMON, DUVAL-',
      'nominal       ROUSSEL, LEMOINE, TOUFLET, ANQUETIL, BOISGONTIER.',
      '',
      'Rapport       RAPPORT N° 1 - COMPTE ADMINISTRATIF DE L\'EXERCICE 1999',
      'n° 1',
      '              M. TOUFLET présente le compte administratif de l\'exercice.',
      '              Le taux de réalisation des dépenses atteint quatre-vingts pour cent.',
      '              M. QUESNEL juge ce taux encore insuffisant pour la région.',
      '',
      'Vote          Mis aux voix, le compte administratif 1999 est adopté :',
      '              Pour : 24 - Contre : 5 - Abstentions : 14.',
    ]);
    expect(unweaveColumns(page)).toBe(
      body([
        "Le Conseil Régional s'est réuni le lundi 26 juin 2000 à 10 heures,",
        "à l'Hôtel de Région, sous la présidence de M. Jean LEBRUN.",
        '',
        'Appel nominal',
        'Etaient présents : MM. et Mmes LEBRUN, HAMON, DUVAL-',
        'ROUSSEL, LEMOINE, TOUFLET, ANQUETIL, BOISGONTIER.',
        '',
        "RAPPORT N° 1 - COMPTE ADMINISTRATIF DE L'EXERCICE 1999",
        "M. TOUFLET présente le compte administratif de l'exercice.",
        'Le taux de réalisation des dépenses atteint quatre-vingts pour cent.',
        'M. QUESNEL juge ce taux encore insuffisant pour la région.',
        '',
        'Vote',
        'Mis aux voix, le compte administratif 1999 est adopté :',
        'Pour : 24 - Contre : 5 - Abstentions : 14.',
      ]),
    );
  });

  it("reads a subject written small beside a paragraph of prose as the margin's subject, the figures with it", () => {
    const page = body([
      "                         Lecture est donnée du procès-verbal de la séance",
      "                    du 14 avril 1972, qui est adopté sans observation.",
      '',
      'AFFOUAGE                 Le Maire rappelle au Conseil que, conformément',
      "1972-1973           au règlement d'affouage approuvé le 12 mars 1964,",
      "                    il y a lieu de désigner chaque année trois garants",
      'Désignation         solvables, choisis parmi les habitants, qui sont',
      'des garants         responsables de l\'exploitation des coupes.',
      '                    Le Conseil, ouï l\'exposé de son Maire, après en avoir',
      '                    délibéré, désigne les garants de l\'affouage de l\'année',
      '                    et fixe la taxe due par chacun des affouagistes inscrits.',
    ]);
    expect(unweaveColumns(page).split('\n').slice(3, 5).map((l) => l.trim())).toEqual([
      "[En marge : AFFOUAGE 1972-1973 Désignation des garants]",
      'Le Maire rappelle au Conseil que, conformément',
    ]);
  });

  it("keeps a point's number beside its first line, its classification after the point's heading", () => {
    const page = body([
      '                   3 - Compte rendu des décisions prises par le Président',
      '                   Le Bureau prend acte de ces décisions prises par délégation.',
      '',
      'B-2025-041         4 - Pépinière d\'entreprises - Tarifs de location au',
      'Economie           1er septembre 2025',
      '                   Rapporteur : M. Joël GUÉDON, vice-président chargé du',
      'Nomenclature       développement économique, présente les tarifs de la pépinière.',
      '7.10               Le Bureau fixe les tarifs de location à compter de la rentrée.',
      '                   Le Bureau, après en avoir délibéré, adopte les nouveaux tarifs.',
      '                   Les tarifs seront révisés chaque année au premier septembre.',
    ]);
    expect(unweaveColumns(page).split('\n').slice(3)).toEqual([
      "B-2025-041 4 - Pépinière d'entreprises - Tarifs de location au",
      '1er septembre 2025',
      'Rapporteur : M. Joël GUÉDON, vice-président chargé du',
      'développement économique, présente les tarifs de la pépinière.',
      'Le Bureau fixe les tarifs de location à compter de la rentrée.',
      'Le Bureau, après en avoir délibéré, adopte les nouveaux tarifs.',
      'Les tarifs seront révisés chaque année au premier septembre.',
      'Economie',
      'Nomenclature',
      '7.10',
    ]);
  });

  it('leaves a table alone: its rows are no prose beside notes', () => {
    const table = body([
      'N°        Date de     Objet de la délibération                          Résultat',
      '2023-01   30/01/2023  Ouverture de crédits avant le vote du budget      Adoptée',
      '                      primitif 2023 (limite du quart)',
      '2023-02   30/01/2023  Demande de subvention DETR 2023 - rénovation      Adoptée',
      '                      énergétique de l\'école élémentaire',
      '2023-03   30/01/2023  Convention de mise à disposition du service       Adoptée',
      '                      ADS de la communauté de communes',
      '                      au titre de l\'année en cours',
      '                      pour trois ans',
    ]);
    expect(unweaveColumns(table)).toBe(table);
  });
});

describe("a register's subject in the margin over another label", () => {
  it('ends the subject at "Rapporteur :", a label of its own read across with its value', () => {
    const page = [
      'OBJET :       PROGRAMME PREVISIONNEL DES INVESTISSEMENTS DANS LES LYCEES',
      '              PUBLICS - PROGRAMMATION 1997.',
      '',
      'Rapporteur :  M. Jean-Louis DUMAS, Président de la Commission de l\'Educa-',
      '              tion et de la Formation.',
      '',
      '              Par délibération du 30 juin 1989, le Conseil Régional a adop-',
      '              té un programme prévisionnel des investissements dans les lycées.',
    ].join('\n');
    const out = unweaveColumns(page);
    expect(out).not.toMatch(/OBJET : Rapporteur/);
    expect(out).toMatch(/Rapporteur : +M\. Jean-Louis DUMAS/);
  });
});

describe('a box of counts whose cells run up to the list of members beside it', () => {
  // Typed so: the box's cells fill its width, one space before the list, or none where a cell
  // pushes the list's line one column right ("exercice : 42 GALL").
  const page = [
    'Membres en   Etaient présents : M. Paul MORVAN, Président, Mme Annick LE',
    'exercice : 42 GALL, M. Hervé JAFFRÉ, Mme Soizic GUILLEMOT, M. Patrick LE BORGNE,',
    '             Mme Marie-Anne MAHÉO, M. Gildas PICAUD, Mme Françoise LE NÉZET,',
    'Présents : 35 M. Yves EVENO, Mme Catherine LE ROUX, M. Jean-Luc ROPERT, Mme',
    '             Nolwenn LE QUÉRÉ, M. Alain GUÉGAN, Mme Martine LE BRETON, M. Michel',
    'Pouvoirs : 4 DANIÉLO, Mme Brigitte LE FLOCH, M. Joël BERTHO.',
    'Votants : 39',
  ].join('\n');

  it('gives the box first, then the list whole, its names no longer cut by the counts', () => {
    const lines = unweaveMargins(page).split('\n');
    expect(lines.slice(0, 5)).toEqual(['Membres en', 'exercice : 42', 'Présents : 35', 'Pouvoirs : 4', 'Votants : 39']);
    expect(lines.slice(5).join(' ')).toContain('Mme Annick LE GALL, M. Hervé JAFFRÉ');
    expect(lines.slice(5).join(' ')).toContain('M. Michel DANIÉLO, Mme Brigitte LE FLOCH');
  });
});

describe('a margin of notes whose body the text layer gave at no one column', () => {
  const page = `PROCES-VERBAL DE LA REUNION DU CONSEIL GENERAL

Ouverture    La séance est ouverte à 10 heures 30, dans la salle des
de la séance  délibérations de l'Hôtel du Département, sous la présidence
de M. Marcel LABORDE, doyen d'âge de l'Assemblée.

Appel    Il est procédé à l'appel nominal des conseillers généraux.
Sont présents : MM. AUCLAIR, BESSE, CHAMBRAUD.

ELECTION   M. le Doyen d'âge rappelle que le Président est élu au
DU PRESIDENT  scrutin secret à la majorité absolue des membres du Conseil
Général aux deux premiers tours.

Le Secrétaire de séance,  Le Président du Conseil Général,

F. DUMONT  B. PARNY`;

  it('gives each paragraph its notes first, a subject "[En marge : …]", the signatures left side by side', () => {
    const lines = unweaveColumns(page).split('\n');
    expect(lines).toContain('[En marge : ELECTION DU PRESIDENT]');
    expect(lines).toContain('Ouverture de la séance');
    expect(lines).toContain("M. le Doyen d'âge rappelle que le Président est élu au");
    expect(lines).toContain('scrutin secret à la majorité absolue des membres du Conseil');
    expect(lines).toContain('Le Secrétaire de séance,  Le Président du Conseil Général,');
  });

  it('leaves a justified page whose doubled spaces fall anywhere, and a table\'s rows', () => {
    const justified = `Le Conseil  Municipal, après en avoir délibéré, décide de fixer les tarifs de la
cantine scolaire à compter  du 1er septembre, et charge le Maire de
l'exécution de la présente délibération, dont ampliation sera  adressée au
Préfet. Le Maire rappelle  que les tarifs n'ont pas été révisés depuis 2019.`;
    expect(unweaveColumns(justified)).toBe(justified);
    const table = `Canton / Commune   Opération   Dépense HT   Subvention
Aubeterre   Réfection de la toiture de la mairie   86 400 €   21 600 €
Bellefontaine   Aménagement d'un city-stade   72 000 €   21 600 €
Saint-Mérès   Mise en accessibilité de l'église   41 250 €   16 500 €`;
    expect(unweaveColumns(table)).toBe(table);
  });
});

describe("the sitting's figures beside the opening paragraph, the act's number over them", () => {
  const page = `                     Séance du 14 mars 1986

N° 86/07             L'an mil neuf cent quatre vingt six et le quatorze mars
                      à quinze heures trente, le Conseil d'Administration de
Membres en            l'Office Public Municipal d'H.L.M. de PUNTA-ROSSA,
exercice : 15         régulièrement convoqué le 4 mars 1986, s'est réuni au
                      siège de l'Office, dans la salle du Conseil, sous la
Présents : 10         présidence de M. Dominique SAVELLI, Président.
Votants : 12

ETAIENT PRESENTS :
  MM. SAVELLI, TOMASI, Mme GUERRINI, M. LECA.`;

  it('is read as a box, not a subject: the number, the figures, the paragraph whole, then the lists', () => {
    expect(unweaveColumns(page).split('\n').map((l) => l.trim())).toEqual([
      'Séance du 14 mars 1986',
      '',
      'N° 86/07',
      'Membres en',
      'exercice : 15',
      'Présents : 10',
      'Votants : 12',
      "L'an mil neuf cent quatre vingt six et le quatorze mars",
      "à quinze heures trente, le Conseil d'Administration de",
      "l'Office Public Municipal d'H.L.M. de PUNTA-ROSSA,",
      "régulièrement convoqué le 4 mars 1986, s'est réuni au",
      "siège de l'Office, dans la salle du Conseil, sous la",
      'présidence de M. Dominique SAVELLI, Président.',
      '',
      'ETAIENT PRESENTS :',
      'MM. SAVELLI, TOMASI, Mme GUERRINI, M. LECA.',
    ]);
  });
});

describe("a register's subject stacked in the margin under its rank, a line of it filling the margin", () => {
  const page = `N° 2         LA COMMISSION DEPARTEMENTALE,
Voirie dé-   Vu le rapport de M. le Préfet,
partementale Vu l'avant-projet présenté par M. l'Ingénieur en Chef,
C.D. n° 52   Vu le crédit inscrit au budget départemental de 1980,
Rectifica-   Après en avoir délibéré,
tion         Approuve le projet de rectification du C.D. n° 52 au lieu-dit
             "Le Pradal", pour un montant de 412 000 F.`;

  it('reads it whole, one space from the deliberation where the line before it goes on ("dé-" / "partementale")', () => {
    expect(unweaveColumns(page).split('\n').slice(0, 3)).toEqual(['N° 2', 'Voirie départementale C.D. n° 52 Rectification', 'LA COMMISSION DEPARTEMENTALE,']);
  });

  it('heads a point numbered by its rank alone, its subject in small letters; a folio over a letterhead in capitals heads none', () => {
    const register = (n: number, subject: readonly string[], act: string) => `N° ${n}         LA COMMISSION DEPARTEMENTALE,
${subject[0]!.padEnd(13)}Vu le rapport de M. le Préfet,
${subject[1]!.padEnd(13)}Vu l'avis de la commission des travaux,
${subject[2]!.padEnd(13)}Après en avoir délibéré,
${''.padEnd(13)}${act}`;
    const doc = analyzeText(`N° 41
COMMUNE DE SAINT-CYPRIEN
PROCES-VERBAL DE LA SEANCE DU 6 NOVEMBRE 1980
La Commission Départementale s'est réunie sous la présidence de M. Henri CALMETTE.
Etaient présents : MM. CALMETTE, BOUSQUET, CAUSSE.

${register(1, ['Voirie dé-', 'partementale', 'C.D. n° 52'], 'Approuve le projet de rectification du C.D. n° 52.')}

${register(2, ['Transports', 'scolaires', 'Circuit 27'], 'Approuve la passation d\'un marché de gré à gré.')}
`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['1', 'Voirie départementale C.D. n° 52'], ['2', 'Transports scolaires Circuit 27']]);
  });
});

describe("an extract's margin of notes beside a body that holds a table of grants and lists of names in capitals", () => {
  const PAGE = `CONSEIL RÉGIONAL

Délibération
n° 95-III-08       L'an mil neuf cent quatre-vingt-quinze, le vendredi dix-sept mars,
                   à neuf heures trente, le Conseil Régional, régulièrement convoqué,
Commission n° 2    s'est réuni en séance plénière à l'Hôtel de Région, sous la présidence
Culture et         de M. Pierre-Yves LEMARCHAND, Président du Conseil Régional.
patrimoine
                   Nombre de conseillers en exercice : 41
Rapport n° 8       Présents : 33     Représentés : 4     Absents excusés : 4

                   ÉTAIENT PRÉSENTS : Mmes et MM. AUBRY, BESNARD, CAILLOT, DUFOUR,
                   FERRAND, GODARD, HUET, JACQUET, LANGLOIS, LEMARCHAND, MALLET,
                   NOËL, PICARD, RIVIÈRE, THOMAS, VASSEUR.

                   OBJET : AIDE AUX MUSÉES DE FRANCE - PREMIÈRE RÉPARTITION 1995

                   Le rapport du Président propose une première répartition entre les
                   musées retenus par la Commission lors de sa réunion du 2 mars 1995 :

                   Musée                     Opération                 Dépense H.T.  Subvention
                   Musée des Beaux-Arts      Restauration de deux         120 000 F    36 000 F
                                             tableaux
                   Musée de la Pêche         Réfection des vitrines        80 000 F    24 000 F
                   Musée du Cidre            Inventaire des              60 000 F    18 000 F
                                             collections

                   Après en avoir délibéré, le Conseil Régional attribue les subventions
                   indiquées et autorise le Président à signer les conventions.

VOTE               ADOPTÉ
Pour : 30          Pour : 30       Contre : néant       Abstentions : 7
Contre : 0         (groupe des élus écologistes)
Abst. : 7
`;
  const read = unweaveColumns(PAGE);
  it("gives the notes first, then the paragraph's lines whole", () => {
    expect(read).toContain('sous la présidence\nde M. Pierre-Yves LEMARCHAND, Président du Conseil Régional.');
    expect(read).toContain('Délibération n° 95-III-08');
  });
  it("reads the vote's counts in the margin as labels, not as a subject", () => {
    expect(read).not.toContain('[En marge');
    expect(read).toContain('VOTE\nPour : 30\nContre : 0\nAbst. : 7\nADOPTÉ\n');
  });
});

describe("a compte rendu whose lists stand at the page's edge, then each point's rank and title in the margin beside its text", () => {
  const PAGE = `COMMUNE DE RIQUEWIHR-LE-BAS
Département du Haut-Rhin

                     COMPTE RENDU SOMMAIRE
     de la séance du Conseil Municipal du 18 mars 2021

Nombre de conseillers élus : 11
Conseillers présents : 9

Sous la présidence de M. Paul KIENTZ, Maire.
Présents : MM. et Mmes KIENTZ Paul, HUMBRECHT Anne, ZIMMER Marc, SCHOEFFEL Odile, WALTER Luc,
BRAESCH Lise, GSELL Yves, MEYER Laure, OSTERTAG Guy.
Absents excusés : M. HAEGELEN Jean, Mme FUCHS Marie.

1.               Le procès-verbal de la séance du 28 janvier 2021, transmis à tous les
Approbation du   conseillers avec la convocation, n'appelle pas d'observation. Il est
P.V. du          approuvé à l'unanimité et signé par les membres présents, le Maire
28.01.2021       ayant rappelé que les remarques écrites sont jointes au registre.
                 Adopté à l'unanimité.

2.               Le Conseil Municipal déclare que le compte de gestion 2020 dressé par le
Compte de        comptable public, dont les écritures sont conformes au compte
gestion 2020     administratif, n'appelle ni observation ni réserve de sa part, et
                 donne quitus au comptable pour sa gestion de l'exercice 2020, les
                 résultats étant ceux que le compte administratif fait apparaître.
                 Adopté à l'unanimité.

3.               Le Conseil Municipal décide d'affecter l'excédent de fonctionnement 2020
Affectation      au compte 1068 pour 52 414,62 € et en report de fonctionnement pour le
du résultat      solde, soit 93 040,85 €, les restes à réaliser de la section
2020             d'investissement étant couverts par l'excédent ainsi affecté.
                 Adopté à l'unanimité.
`;
  const read = unweaveColumns(PAGE);
  it('gives each point its rank and its title over its text', () => {
    expect(read).toContain('1. Approbation du P.V. du 28.01.2021\nLe procès-verbal de la séance');
    expect(read).toContain('2. Compte de gestion 2020\nLe Conseil Municipal déclare');
    expect(read).toContain('3. Affectation du résultat 2020\nLe Conseil Municipal décide');
  });
  it('makes them the points', () => {
    expect(analyzeText(PAGE).items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Approbation du P.V. du 28.01.2021'],
      ['2', 'Compte de gestion 2020'],
      ['3', 'Affectation du résultat 2020'],
    ]);
  });
});

describe("an act's number in the margin, written as registers and software write it", () => {
  const page = (number: string) => `COMPTE RENDU SOMMAIRE DU CONSEIL COMMUNAUTAIRE DU 28 JUIN 2005

              Le Conseil Communautaire, convoqué le 21 juin 2005, s'est réuni le
              mardi 28 juin 2005 à 18 h 30, salle polyvalente, sous la présidence
              de M. Guy LAFARGUE, Président.

${number.padEnd(14)}2 - Ordures ménagères - Taux de la T.E.O.M. 2005
              Le Conseil fixe le taux de la taxe d'enlèvement des ordures
              ménagères à 11,20 % pour l'année 2005 sur tout le territoire.
              Adopté par 19 voix pour et 3 voix contre.

${number.replace(/\d+$/, (n) => String(Number(n) + 1).padStart(n.length, '0')).padEnd(14)}3 - Z.A. de la Borie - Cession du lot n° 7
              Le Conseil décide la cession du lot n° 7 au prix de 9 € HT le
              mètre carré, conformément à l'avis des Domaines du 3 mai.
              Adopté à l'unanimité.

${number.replace(/\d+$/, (n) => String(Number(n) + 2).padStart(n.length, '0')).padEnd(14)}4 - Voirie d'intérêt communautaire - Programme 2005
              Le Conseil attribue le marché à l'entreprise Sarrazy pour un
              montant de 212 000 € HT, après avis de la commission.
              Adopté à l'unanimité.
`;
  for (const number of ['n° 2005-31', '78-B-61', '2026-09-CP-01']) {
    it(`reads "${number}" beside its point's first line`, () => {
      expect(unweaveColumns(page(number))).toContain(`${number} 2 - Ordures ménagères`);
    });
  }
});

describe("a margin box whose count's label wraps before its figure ('qui ont pris part' / 'à la délibération : 9'), the dates under it", () => {
  const PAGE = `Nombre de membres                 Séance du 14 mai 1991
afférents au Conseil : 11
en exercice : 11                  L'an mil neuf cent quatre-vingt-onze et le quatorze mai à
qui ont pris part                 vingt heures trente, le Conseil Municipal de cette commune,
à la délibération : 9             régulièrement convoqué, s'est réuni au nombre prescrit par la
                                  loi, dans le lieu habituel de ses séances, sous la présidence
Date de la convocation :          de M. Raymond CAUSSADE, Maire.
6 mai 1991
`;
  it('gives the box whole, then the paragraph whole', () => {
    const read = unweaveColumns(PAGE);
    expect(read).toContain('qui ont pris part\nà la délibération : 9\nDate de la convocation :\n6 mai 1991');
    expect(read).toContain('sous la présidence\nde M. Raymond CAUSSADE, Maire.');
  });
});

describe('a margin box whose "afférents au" wraps before "Conseil : 23", blank lines between its rows, beside the list of members', () => {
  // Invented commune and names: the box runs down beside the opening paragraph and the list, the list's names cut at its lines' ends.
  const PAGE = `Nombre de membres      L'an deux mille seize, le vingt-quatre mars à dix-neuf heures trente,
afférents au           le Conseil Municipal de la Commune de SAINT-ORMEL, légalement
Conseil : 15           convoqué, s'est assemblé à la Mairie, sous la présidence de M. Paul ROCHEVAL, Maire.

En exercice : 15       Etaient présents : M. Paul ROCHEVAL, Maire, Mme Brigitte LEFEBVRE,
                       M. Francis DUHAMEL, Adjoints, Mme Josiane DEMARET, Mme Martine
Qui ont pris part      SAUVAGE, M. Hervé DESCAMPS, M. Frédéric
à la délibération :    TAFFIN, Conseillers municipaux.
14
                       Absents excusés ayant donné procuration : Mme Paulette VASSEUR à M. Paul
Présents : 7           ROCHEVAL ; M. Jacques COQUELLE à Mme Brigitte LEFEBVRE.
`;
  it('gives the box whole, then the paragraph and the lists whole', () => {
    const read = unweaveColumns(PAGE);
    expect(read).toContain('afférents au\nConseil : 15\nEn exercice : 15');
    expect(read).toContain('Mme Martine\nSAUVAGE, M. Hervé DESCAMPS, M. Frédéric\nTAFFIN, Conseillers');
    const doc = analyzeText(PAGE);
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['ROCHEVAL', 'LEFEBVRE', 'DUHAMEL', 'DEMARET', 'SAUVAGE', 'DESCAMPS', 'TAFFIN']);
    expect(doc.attendance.counts).toMatchObject({ inOffice: 15, present: 7, voting: 14 });
  });
});

describe('a margin box parted from the paragraph by one space only', () => {
  const page = `Séance du 23 juin 2016
Nombre de délégués L'an deux mil seize, le vingt-trois juin à dix-huit heures
en exercice : 16 trente, le Comité Syndical s'est réuni à la
présents : 12 salle du conseil de la mairie, sous la
votants : 13 présidence de M. DUFRESNE Jean-Claude, Président.`;

  it('gives the box first, then the paragraph whole', () => {
    expect(unweaveTightMargin(page)).toBe(`Séance du 23 juin 2016
Nombre de délégués
en exercice : 16
présents : 12
votants : 13
L'an deux mil seize, le vingt-trois juin à dix-huit heures
trente, le Comité Syndical s'est réuni à la
salle du conseil de la mairie, sous la
présidence de M. DUFRESNE Jean-Claude, Président.`);
  });

  it('takes the title wrapped over the counts, the list beside it read whole', () => {
    const text = `Nombre de
conseillers : ETAIENT PRESENTS : M. DELBECQ, Maire ; M. VANDAMME, Mme
en exercice : 33 LECLERCQ, M. DUHAMEL, M. PLOUVIER, Mme CAPELLE, M. DEROO,
présents : 26 Mme HOUZE, M. MASSCHELEIN, Adjoints ; MM. DECOSTER, LEMAIRE,
votants : 31 QUENNESSON, Mme LAGACHE.`;
    expect(unweaveTightMargin(text).split('\n').slice(0, 6)).toEqual(['Nombre de', 'conseillers :', 'en exercice : 33', 'présents : 26', 'votants : 31', 'ETAIENT PRESENTS : M. DELBECQ, Maire ; M. VANDAMME, Mme']);
  });

  it('takes the first count\'s label wrapped over two lines ("Délégués en" / "exercice : 10"), a list\'s label beside it the paragraph\'s', () => {
    const text = `Délégués en
exercice : 10 DELEGUES PRESENTS :
Présents : 8 - Commune de SAINT-OURS : MM. Gérard TECHER, Paul HOAREAU
Votants : 9 - Commune de PETITE-ILE : M. Jean NATIVEL`;
    expect(unweaveTightMargin(text).split('\n')).toEqual(['Délégués en', 'exercice : 10', 'Présents : 8', 'Votants : 9', 'DELEGUES PRESENTS :', '- Commune de SAINT-OURS : MM. Gérard TECHER, Paul HOAREAU', '- Commune de PETITE-ILE : M. Jean NATIVEL']);
  });

  it('sets the box over the opening paragraph whose sentence runs on past its title into its counts\' lines', () => {
    const text = `Séance du jeudi 27 septembre 2012

L'an deux mille douze, le vingt-sept septembre à dix-huit
Nombre de heures trente, le Conseil Municipal de la Ville de Vérel,
conseillers : dûment convoqué, s'est réuni en séance publique à l'Hôtel de
en exercice : 29 Ville, salle du Conseil, sous la présidence de M. Paul BLANC,
présents : 24 Maire.
votants : 27`;
    expect(unweaveTightMargin(text).split('\n').slice(2)).toEqual([
      'Nombre de',
      'conseillers :',
      'en exercice : 29',
      'présents : 24',
      'votants : 27',
      "L'an deux mille douze, le vingt-sept septembre à dix-huit",
      'heures trente, le Conseil Municipal de la Ville de Vérel,',
      "dûment convoqué, s'est réuni en séance publique à l'Hôtel de",
      'Ville, salle du Conseil, sous la présidence de M. Paul BLANC,',
      'Maire.',
    ]);
    expect(analyzeText(`VILLE DE VÉREL\n${text}\n\nPrésents : MM. BLANC, ROUX, GAY.\n\nLe Conseil, après en avoir délibéré, approuve le budget à l'unanimité.\n`).meeting.place).toBe('Hôtel de Ville, salle du Conseil');
  });

  it('leaves a row of counts, and two lines of them, as they are', () => {
    const row = 'en exercice : 16 présents : 12 votants : 13\nLe Comité Syndical s\'est réuni.';
    expect(unweaveTightMargin(row)).toBe(row);
    const two = 'en exercice : 16 Le Comité Syndical\nprésents : 12 s\'est réuni à la mairie.';
    expect(unweaveTightMargin(two)).toBe(two);
  });

  it('reads the time and the lists of an OCR\'d extract so laid out', () => {
    const doc = analyzeText(`${page}\n\nEtaient présents : MM. DUFRESNE J-C., LEROUGE M., CARLIER B., WATTIEZ D.\nAbsent : M. VANHOVE L.\n\nLe Comité, après en avoir délibéré, émet un avis favorable à l'unanimité.\n`);
    expect(doc.meeting.time).toBe('18:30');
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['DUFRESNE', 'LEROUGE', 'CARLIER', 'WATTIEZ']);
    expect(doc.attendance.counts).toMatchObject({ inOffice: 16, present: 12, voting: 13 });
  });
});

describe("a margin box of figures whose labels wrap over two lines, two spaces or more from the paragraph's lines", () => {
  const PAGE = [
    'Nombre des membres  L\'an deux mille un, le neuf février à vingt heures,',
    'du Conseil Municipal  le Conseil Municipal de la Commune de HERMELSHEIM,',
    'élus : 15   étant assemblé en session ordinaire, au lieu habituel',
    'de ses séances, après convocation légale du 2 février',
    'Conseillers en  2001, sous la présidence de M. Gérard KIENTZ, Maire.',
    'fonction : 15',
    'Membres présents : M. Gérard KIENTZ, Maire,',
    'Conseillers   M. Bernard OBERLE, Mme Marie-Odile SCHAEFFER,',
    'présents : 4  M. Jean-Paul WEBER, Adjoint.',
    'Conseillers   Absents : Mme Sabine ZIMMERMANN,',
    'absents : 1   excusée.',
  ].join('\n');

  it('gives the box first, each label whole with its figure, then the paragraph\'s lines in their order', () => {
    expect(unweaveSparseCountBox(PAGE).split('\n')).toEqual([
      'Nombre des membres du Conseil Municipal élus : 15',
      'Conseillers en fonction : 15',
      'Conseillers présents : 4',
      'Conseillers absents : 1',
      "L'an deux mille un, le neuf février à vingt heures,",
      'le Conseil Municipal de la Commune de HERMELSHEIM,',
      'étant assemblé en session ordinaire, au lieu habituel',
      'de ses séances, après convocation légale du 2 février',
      '2001, sous la présidence de M. Gérard KIENTZ, Maire.',
      'Membres présents : M. Gérard KIENTZ, Maire,',
      'M. Bernard OBERLE, Mme Marie-Odile SCHAEFFER,',
      'M. Jean-Paul WEBER, Adjoint.',
      'Absents : Mme Sabine ZIMMERMANN,',
      'excusée.',
    ]);
  });

  it("leaves the text's own lines of figures in place, no margin beside them", () => {
    const own = 'Membres en exercice : 15\nPrésents : 12\nLe Conseil, réuni sous la présidence du Maire,\nVotants : 14\nAbsents : 3';
    expect(unweaveSparseCountBox(own)).toBe(own);
  });
});

describe("a signature block of two columns under a body typed beside a margin of notes", () => {
  it('is no note beside a line: each name under its role', () => {
    const margin = (note: string, body: string) => `${note.padEnd(16)}${body}`;
    const doc = analyzeText(
      [
        'COMMUNAUTÉ INTERCOMMUNALE DES HAUTS',
        'Séance du 14 octobre 2022',
        margin('Appel', 'Le Conseil communautaire s\'est réuni sous la présidence de'),
        margin('nominal', 'M. Jean-Hugues PAYET, Président.'),
        margin('Rapport', 'Le Président présente le rapport sur la taxe GEMAPI pour'),
        margin('n° 2022-41', 'l\'année 2023, dont le produit est fixé par le Conseil.'),
        margin('Vote', 'Le Conseil communautaire, après en avoir délibéré, à'),
        margin('', 'l\'unanimité, ARRÊTE le produit de la taxe GEMAPI.'),
        margin('', 'Le produit sera réparti entre les taxes foncières, la taxe'),
        margin('', 'd\'habitation et la cotisation foncière des entreprises,'),
        margin('', 'au prorata des recettes que chacune a procurées l\'année'),
        margin('', 'précédente sur le territoire de la Communauté.'),
        margin('Questions', 'Le Président informe le Conseil de la réunion de'),
        margin('diverses', 'préparation de la saison cyclonique.'),
        '',
        margin('', 'L\'ordre du jour étant épuisé, la séance est levée à 12h10.'),
        '',
        'Le Président,                               La secrétaire de séance,',
        'Jean-Hugues PAYET                           Cécilia LAURET',
      ].join('\n'),
    );
    expect(doc.signatures.map((s) => [s.surname, s.role])).toEqual([
      ['PAYET', 'Le Président'],
      ['LAURET', 'La secrétaire de séance'],
    ]);
  });
});

describe('"Objet :" alone in the margin, the subject\'s lines under it woven with the deliberation\'s', () => {
  const page = [
    'N° 22',
    'Objet :',
    "Budget supplémentaire         Le Conseil Municipal, après avoir entendu l'exposé",
    '1979                    de M. le Maire et examiné chapitre par chapitre les',
    '                        propositions de la commission des finances,',
    '                        vote le budget supplémentaire de l\'exercice 1979.',
    '                        Adopté à l\'unanimité.',
  ].join('\n');

  it('gives the subject whole after its label, then the deliberation, its first line set further right by OCR', () => {
    const out = unweaveMarginTitles(page).split('\n').map((l) => l.trim());
    expect(out.slice(0, 4)).toEqual(['N° 22', 'OBJET : Budget supplémentaire 1979', "Le Conseil Municipal, après avoir entendu l'exposé", 'de M. le Maire et examiné chapitre par chapitre les']);
  });

  const unwoven = (lines: string[]) => unweaveMarginTitles(lines.join('\n')).split('\n').map((l) => l.trim());

  it('finds the column beside the next lines when none stands alone, the figures under the subject on lines of their own', () => {
    const out = unwoven([
      'N° 21',
      'Objet :',
      'Compte administratif          Le Conseil Municipal, réuni sous la présidence de',
      'l978                    M. BLANC Joseph, 1er Adjoint, délibérant sur le compte',
      'En exercice : 19        administratif de l\'exercice 1978 dressé par M. GIROD',
      'Présents : 16           Marcel, Maire, après s\'être fait présenter le budget',
      'Votants : 17            primitif et les décisions',
      'modificatives de l\'exercice considéré,',
    ]);
    expect(out.slice(0, 6)).toEqual(['N° 21', 'OBJET : Compte administratif l978', 'En exercice : 19', 'Présents : 16', 'Votants : 17', 'Le Conseil Municipal, réuni sous la présidence de']);
  });

  it('reads a subject line two spaces from the deliberation\'s, and a speck after the label', () => {
    const out = unwoven([
      'N° 23',
      'Objet : -',
      "Remontées mécaniques          M. le Maire rappelle au Conseil que la Société",
      "Téléski de la Charmette  d'Economie Mixte des Remontées Mécaniques,",
      'Convention avec la S.E.M.  dont la Commune détient 52 % du capital, envisage',
      "                        la construction d'un second téléski.",
    ]);
    expect(out.slice(0, 3)).toEqual(['N° 23', 'OBJET : Remontées mécaniques Téléski de la Charmette Convention avec la S.E.M.', 'M. le Maire rappelle au Conseil que la Société']);
  });

  it('ends the subject where the deliberation\'s sentence runs back to the margin', () => {
    const out = unwoven([
      'N° 25',
      'Objet :',
      "Affouage 1979                 Le Conseil Municipal, vu l'état d'assiette des",
      "                        coupes de l'exercice 1979 présenté par l'Office",
      'National des Forêts,',
      '     - demande la délivrance en nature aux affouagistes des produits ;',
    ]);
    expect(out.slice(0, 5)).toEqual(['N° 25', 'OBJET : Affouage 1979', "Le Conseil Municipal, vu l'état d'assiette des", "coupes de l'exercice 1979 présenté par l'Office", 'National des Forêts,']);
  });
});

describe("a register's attendance lists labelled in its margin, no figure under the labels", () => {
  const text = `              L'an mil neuf cent quatre-vingt-deux, le dix mars, à dix-huit
           heures, le Conseil d'Administration de l'Office s'est réuni au siège
           de l'Office, sous la présidence de M. Jean GARNIER, Président.

Présents   MM. GARNIER, Président ; LEBON, Vice-Président ; Mme VIDAL ;
           MM. ROUX, FAURE ; Mme BRUNET ; M. MOREL (représentant la Caisse
           d'Allocations Familiales) et Mme COLIN (représentant les locataires).

Excusés    MM. GIRAUD et MERCIER.
           M. DUPUIS, excusé, a donné pouvoir à M. GARNIER.

Absent     M. CARON.

              Le Président constate que le quorum est atteint et ouvre la séance.
`;

  it('keeps each label over its own list, not the labels stacked over the three', () => {
    expect(unweaveMargins(text)).not.toMatch(/Présents\s*\n\s*Excusés/);
  });

  it('lets each list be read under its label', () => {
    const lists = listsOf(analyzeText(`Séance du Conseil d'Administration du 10 mars 1982\n${text}`).attendance);
    expect(lists.present).toEqual(['GARNIER', 'LEBON', 'VIDAL', 'ROUX', 'FAURE', 'BRUNET', 'MOREL', 'COLIN']);
    expect(lists.excused).toEqual(['GIRAUD', 'MERCIER']);
    expect(lists.absent).toEqual(['CARON']);
    expect(lists.represented).toEqual([['DUPUIS', 'GARNIER']]);
  });
});

describe("a margin box whose figures are aligned apart from their labels, OCR's rn in a label, a label cut by a hyphen", () => {
  const PAGE = [
    ' Délibération         L\'an deux mil quatorze, le vingt-six juin, à quatorze heures',
    ' n° 2014/14           trente, le Conseil d\'Administration, légalement convoqué le',
    ' Nombre de rnembres   12 juin 2014, s\'est réuni dans la salle d\'animation, sous',
    ' en exercice : 12     la présidence de Monsieur Jean-Claude MOREY, Maire,',
    ' présents :    8      Président du Conseil d\'Administration.',
    ' votants :     9',
    '                      Etaient présents : M. Jean-Claude MOREY, Président ; Mme Ghislaine',
    ' Date de la con-      TROUSSELIER, M. Bernard CHAPELOT, représentants du Conseil Muni-',
    ' vocation :           cipal ; M. Alain RAMONEDA, représentant du Conseil Général.',
    ' 12 juin 2014',
    '',
  ].join('\n');

  it('gives the box first, then the paragraph and the list whole', () => {
    expect(unweaveMargins(PAGE).split('\n')).toEqual([
      'Délibération',
      'n° 2014/14',
      'Nombre de rnembres',
      'en exercice : 12',
      'présents :    8',
      'votants :     9',
      'Date de la con-',
      'vocation :',
      '12 juin 2014',
      "L'an deux mil quatorze, le vingt-six juin, à quatorze heures",
      "trente, le Conseil d'Administration, légalement convoqué le",
      "12 juin 2014, s'est réuni dans la salle d'animation, sous",
      'la présidence de Monsieur Jean-Claude MOREY, Maire,',
      "Président du Conseil d'Administration.",
      'Etaient présents : M. Jean-Claude MOREY, Président ; Mme Ghislaine',
      'TROUSSELIER, M. Bernard CHAPELOT, représentants du Conseil Muni-',
      'cipal ; M. Alain RAMONEDA, représentant du Conseil Général.',
      '',
    ]);
  });
});

describe('a margin box whose rows open on a dash, its first row one column further than the others', () => {
  it('gives the box first, the act\'s number above it, then the paragraph whole', () => {
    const page = [
      'Délibération     L\'an mil neuf cent quatre-vingt-onze et le vingt-huit juin à',
      'N° 91-23         dix-sept heures, le Conseil du District du Golfe de Sagonella,',
      '                 légalement convoqué le 19 juin 1991, s\'est réuni en séance',
      'Nornbre de        publique à l\'Hôtel de Ville, salle des délibéra-',
      'délégués :       tions, sous la présidence de Monsieur Jean-Toussaint',
      '- en exercice 17 CARLOTTI, Président du District.',
      '- présents    13',
      '- votants     15 Etaient présents :',
      '                 SAGONELLA : MM. Jean-Toussaint CARLOTTI, Paul-Marie',
      '',
    ].join('\n');
    expect(unweaveMargins(page).split('\n').slice(0, 14)).toEqual([
      'Délibération',
      'N° 91-23',
      'Nornbre de',
      'délégués :',
      '- en exercice 17',
      '- présents    13',
      '- votants     15',
      "L'an mil neuf cent quatre-vingt-onze et le vingt-huit juin à",
      'dix-sept heures, le Conseil du District du Golfe de Sagonella,',
      "légalement convoqué le 19 juin 1991, s'est réuni en séance",
      "publique à l'Hôtel de Ville, salle des délibéra-",
      'tions, sous la présidence de Monsieur Jean-Toussaint',
      'CARLOTTI, Président du District.',
      'Etaient présents :',
    ]);
  });
});

describe("a register's subjects in a margin beside each paragraph's opening lines, the body then at the page's edge", () => {
  // Invented commune and names; the layout of a typed register whose margin only the paragraphs' openings stand beside.
  const first = `COMMUNE DE VERLINGHEM                                            - 12 -
(Nord)
                              Séance du 14 Mars 1983
Nombre de membres
en exercice : 11     L'an mil neuf cent quatre-vingt-trois, le quatorze mars à dix-neuf
présents    :  9     heures trente, le Conseil Municipal de la Commune de VERLINGHEM
votants     : 1O     légalement convoqué le 7 mars, s'est réuni à la Mairie, sous
                     la présidence de M. DUBRULLE Henri, Maire.
Etaient présents : MM. DUBRULLE, Maire, LEROUGE, Adjoint, MAHIEU, POTTIER, DELVAL.

Compte      Le Maire s'étant retiré, le Conseil Municipal, siégeant sous la
administra- présidence de M. LEROUGE Jean, 1er Adjoint, délibérant sur
tif 1982    le compte administratif de l'exercice 1982 dressé par M. DU-
            BRULLE, Maire, après s'être fait présenter le budget primitif
et les décisions modificatives de l'exercice considéré,
1° lui donne acte de la présentation faite du compte administratif ;
2° arrête les résultats définitifs tels que résumés ci-dessus.
Le compte administratif 1982 est approuvé à l'unanimité.
Transmis S/Pré-
fecture le
21-3-83  |`;
  const second = `                                                                  - 13 -
                         Séance du 14 mars 1983 (suite)

Electrifi-  Le Maire expose que le renforcement du réseau basse tension du
cation      hameau du Petit-Bois est devenu nécessaire, les habitants se
rurale      plaignant de baisses de tension fréquentes. Le devis établi par
            le Syndicat Intercommunal d'Electricité s'élève à 88.000 F.
Le Conseil, après en avoir délibéré, à l'unanimité, approuve le projet
et sollicite l'aide du Conseil Général au taux le plus élevé possible.

Droit de    Le bail de location du droit de chasse sur les terres communales
chasse      venant à expiration le 30 juin 1983, le Maire propose de le renouveler
pour une durée de six ans au prix annuel de 1.100 F.
La proposition du Maire est adoptée par 8 voix pour et 2 voix contre.

Suivent les signatures :
DUBRULLE   LEROUGE   MAHIEU
POTTIER    DELVAL`;

  it('gives each subject first, its word cut by a hyphen or filling the margin to one space, its year after it', () => {
    const lines = unweaveColumns(first).split('\n');
    expect(lines).toContain('[En marge : Compte administratif 1982]');
    expect(lines).toContain('présidence de M. LEROUGE Jean, 1er Adjoint, délibérant sur');
    const next = unweaveColumns(second).split('\n');
    expect(next).toContain('[En marge : Electrification rurale]');
    expect(next).toContain('[En marge : Droit de chasse]');
    expect(next).toContain('hameau du Petit-Bois est devenu nécessaire, les habitants se');
  });

  it("reads the box of counts whose colons align before the opening paragraph, the paragraph's lines whole", () => {
    const lines = unweaveColumns(first).split('\n');
    expect(lines).toContain('Nombre de membres en exercice : 11 présents : 9 votants : 1O');
    expect(lines).toContain('heures trente, le Conseil Municipal de la Commune de VERLINGHEM');
  });

  it('makes each subject a point of the sitting, with its acts', () => {
    const doc = analyzeText(`${first}\f${second}`);
    expect(doc.items.map((i) => i.title)).toEqual(['Compte administratif 1982', 'Electrification rurale', 'Droit de chasse']);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['donne acte', 'arrête']);
    expect(doc.meeting.time).toBe('19:30');
  });
});

describe("a register's margin box one space from the paragraph, a count alone on its line and the dates under the counts", () => {
  const page = `Nombre de membres SEANCE DU 14 MARS 1980
en exercice : 11
présents : 9 L'an mil neuf cent quatre-vingt, le quatorze mars, à vingt
votants : 9 heures trente, le Conseil Municipal de cette Commune, régu-
lièrement convoqué, s'est réuni au nombre prescrit par la
Date de convocation : loi, dans le lieu habituel de ses séances, à la Mairie, sous
7 mars 1980 la présidence de M. BURNIER Joseph, Maire.
Date d'affichage ;
7 mars 1980 Présents : MM. BURNIER Joseph, FAVRE Marcel, CHAMIOT André.`;

  it('gives the box first, its dates with it, then the paragraph whole', () => {
    expect(unweaveTightMargin(page).split('\n')).toEqual([
      'Nombre de membres',
      'en exercice : 11',
      'présents : 9',
      'votants : 9',
      'Date de convocation :',
      '7 mars 1980',
      "Date d'affichage ;",
      '7 mars 1980',
      'SEANCE DU 14 MARS 1980',
      "L'an mil neuf cent quatre-vingt, le quatorze mars, à vingt",
      'heures trente, le Conseil Municipal de cette Commune, régu-',
      "lièrement convoqué, s'est réuni au nombre prescrit par la",
      'loi, dans le lieu habituel de ses séances, à la Mairie, sous',
      'la présidence de M. BURNIER Joseph, Maire.',
      'Présents : MM. BURNIER Joseph, FAVRE Marcel, CHAMIOT André.',
    ]);
  });

  it('lets the time, the quorum and the president be read', () => {
    const doc = analyzeText(`REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL\n\n${page}\n`);
    expect([doc.meeting.time, doc.meeting.quorum, doc.meeting.president?.surname]).toEqual(['20:30', true, 'BURNIER']);
  });

  it("ends the sentence a title's line broke before the box ('… de M. Jean-Marc' / 'Nombre de conseillers : THIRIET, Maire.')", () => {
    const broken = `salle des délibérations, sous la présidence de M. Jean-Marc
Nombre de conseillers : THIRIET, Maire.
en exercice : 33
présents : 26 Etaient présents : M. THIRIET Jean-Marc, Maire, Mme
votants : 31 COLLIGNON Nadine, M. HUMBERT Daniel.`;
    expect(unweaveTightMargin(broken).split('\n')).toEqual([
      'salle des délibérations, sous la présidence de M. Jean-Marc',
      'THIRIET, Maire.',
      'Nombre de conseillers :',
      'en exercice : 33',
      'présents : 26',
      'votants : 31',
      'Etaient présents : M. THIRIET Jean-Marc, Maire, Mme',
      'COLLIGNON Nadine, M. HUMBERT Daniel.',
    ]);
  });
});

describe("a deliberation's label and number stacked in the margin beside its text's first two lines", () => {
  const PAGE = `II - BUDGET COMMUNAL 1989 - DECISION MODIFICATIVE N° 2
Délib.          Sur le rapport de M. BELLAY, Adjoint délégué aux finances, le
n° 89/58        Conseil Municipal adopte la décision modificative n° 2 du budget
de l'exercice 1989, qui s'équilibre à 1 284 600 F.

III - RESTAURANT SCOLAIRE - PRIX DU REPAS
Délib.          Le Conseil Municipal fixe ainsi qu'il suit le prix du repas servi
n* 89/6l        au restaurant scolaire à compter du 2 octobre 1989.`;

  it('gives the number on a line of its own under the heading, OCR\'s "*" and "l" read back, then the text', () => {
    expect(unweaveColumns(PAGE).split('\n')).toEqual([
      'II - BUDGET COMMUNAL 1989 - DECISION MODIFICATIVE N° 2',
      'Délib. n° 89/58',
      'Sur le rapport de M. BELLAY, Adjoint délégué aux finances, le',
      'Conseil Municipal adopte la décision modificative n° 2 du budget',
      "de l'exercice 1989, qui s'équilibre à 1 284 600 F.",
      '',
      'III - RESTAURANT SCOLAIRE - PRIX DU REPAS',
      'Délib. n° 89/61',
      "Le Conseil Municipal fixe ainsi qu'il suit le prix du repas servi",
      'au restaurant scolaire à compter du 2 octobre 1989.',
    ]);
  });

  it('leaves a label beside a heading in capitals, or under no heading, where it was', () => {
    const beside = 'II - BUDGET COMMUNAL\nDélib.          III - RESTAURANT SCOLAIRE\nn° 89/58        PRIX DU REPAS POUR L\'ANNEE 1989-1990';
    expect(unweaveColumns(beside)).toBe(beside);
    const noHeading = PAGE.replace('II - BUDGET COMMUNAL 1989 - DECISION MODIFICATIVE N° 2\n', 'Le Maire rappelle les crédits votés en mars.\n');
    expect(unweaveColumns(noHeading).split('\n')[1]).toMatch(/^Délib\.\s{2,}Sur le rapport/);
  });
});

describe('a margin box one space from the paragraph, its rows opening on a dash', () => {
  it('gives the box whole, then the paragraph whole', () => {
    // Invented community and names.
    const page = `Nombre de délégués : L'an mil neuf cent quatre-vingt-treize, le vingt-six mars
- en exercice : 16 à dix-sept heures trente, le Conseil de Communauté, régulièrement
- présents : 11 convoqué, s'est réuni en séance ordinaire à la Mairie
- votants : 13 de Casalta, sous la présidence de M. Ange PAOLI, Président.`;
    expect(unweaveTightMargin(page).split('\n')).toEqual([
      'Nombre de délégués :',
      '- en exercice : 16',
      '- présents : 11',
      '- votants : 13',
      "L'an mil neuf cent quatre-vingt-treize, le vingt-six mars",
      'à dix-sept heures trente, le Conseil de Communauté, régulièrement',
      "convoqué, s'est réuni en séance ordinaire à la Mairie",
      'de Casalta, sous la présidence de M. Ange PAOLI, Président.',
    ]);
  });
});

describe('the date of convocation alone in the margin, one space before the paragraph', () => {
  const page = `Séance du jeudi 29 mars 1990

L'an mil neuf cent quatre-vingt-dix, le vingt-neuf mars a neuf
Date de la heures trente, le Comité Syndical du S.I.V.O.M. des Hauts,
convocation régulièrement convoqué le 19 mars 1990, s'est réuni dans la salle
19.03.1990 des délibérations de la Mairie de SAINT-OURS, sous la présidence
de M. Georges TECHER, Président.`;
  it('is given whole over the paragraph it cut, which reads on again', () => {
    expect(unweaveTightDateBox(page).split('\n').slice(2, 7)).toEqual([
      'Date de la convocation 19.03.1990',
      "L'an mil neuf cent quatre-vingt-dix, le vingt-neuf mars a neuf",
      'heures trente, le Comité Syndical du S.I.V.O.M. des Hauts,',
      'régulièrement convoqué le 19 mars 1990, s\'est réuni dans la salle',
      'des délibérations de la Mairie de SAINT-OURS, sous la présidence',
    ]);
  });
  it('gives back the time and the place of the sitting', () => {
    const doc = analyzeText(`SYNDICAT INTERCOMMUNAL DES HAUTS\n${page}\n\nPrésents : MM. TECHER, HOAREAU, NATIVEL.\n\nLe Comité, après en avoir délibéré, approuve le budget à l'unanimité.\n`);
    expect(doc.meeting.time).toBe('09:30');
    expect(doc.meeting.place).toBe('salle des délibérations de la Mairie de SAINT-OURS');
  });
  it('leaves the label written whole ("Date de la convocation : 14 mars 2003") and a box two spaces off, the column readers\'', () => {
    const whole = 'Date de la convocation : 14 mars 2003\nDate d\'affichage : 14 mars 2003';
    expect(unweaveTightDateBox(whole)).toBe(whole);
    const wide = 'Date de la    Etaient présents : MM. GODARD, CHARLIER\nconvocation :   Mme RAULIN, M. PIERRARD\n6 mars 1991    M. LAURENT.';
    expect(unweaveTightDateBox(wide)).toBe(wide);
  });
});

describe("a register's act number on a line of its own over the subject its margin writes, beside a ranked paragraph", () => {
  const PAGE = [
    'N° 51/76',
    'Procès-verbal',
    'de la séance      1°) Lecture est donnée du procès-verbal de la séance du 24',
    'précédente        septembre 1976. Aucune observation n\'étant formulée, le procès-',
    '                  verbal est adopté et signé par les membres présents.',
    '                  M. WEBER demande que le procès-verbal soit désormais',
    '                  adressé à chaque conseiller avec la convocation.',
    '',
    'N° 52/76',
    'Forêt commu-      2°) Le Maire donne connaissance au Conseil de l\'état d\'as-',
    'nale - Etat       siette des coupes à asseoir en 1977 dans la forêt communale,',
    'd\'assiette        dressé par l\'Office National des Forêts.',
    'des coupes 1977   Le Conseil, après en avoir délibéré, approuve l\'état d\'assiette.',
    '                  Les garants de la coupe sont MM. WEBER, THIL et',
    '                  ZIMMERMANN.',
    '                  Adopté à l\'unanimité des 12 membres présents.',
  ].join('\n');

  it('gives the number and the subject as the margin\'s note over the paragraph, the paragraph whole', () => {
    expect(unweaveColumns(PAGE).split('\n').slice(0, 2)).toEqual(['[En marge : N° 51/76 – Procès-verbal de la séance précédente]', '1°) Lecture est donnée du procès-verbal de la séance du 24']);
  });

  it('heads each point with that number and subject, the paragraph\'s rank no point of its own', () => {
    const doc = analyzeText(`SEANCE DU 19 NOVEMBRE 1976\nPrésents : MM. KIEFFER, BOUR, STEICHEN, WEBER.\n\n${PAGE}\n`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['51/76', 'Procès-verbal de la séance précédente'],
      ['52/76', "Forêt communale - Etat d'assiette des coupes 1977"],
    ]);
  });
});

describe("a summary's margin of act numbers, OCR's quote for one's degree sign", () => {
  it('reads "N\' 09-25" in the margin as the number of the point beside it, not a note of the point above', () => {
    const line = (margin: string, body: string) => `${margin.padEnd(17)}${body}`;
    const doc = analyzeText(
      [
        'COMPTE RENDU SOMMAIRE DE LA SEANCE DU CONSEIL MUNICIPAL DU VENDREDI 27 MARS 2009',
        '',
        line('', "L'an deux mil neuf, le vingt-sept mars à dix-huit heures, le Conseil Municipal s'est réuni"),
        line('', 'sous la présidence de M. Raphaël BELLEROSE, Maire.'),
        '',
        line('N° 09-24', 'TAUX DES TAXES DIRECTES LOCALES 2009'),
        line('Fiscalité', 'Le Conseil décide de maintenir les taux de 2008 : taxe d\'habitation'),
        line('', '17,42 % ; foncier bâti 24,80 % ; foncier non bâti 31,15 %.'),
        line('', 'Adopté par 23 voix pour et 3 voix contre.'),
        '',
        line("N' 09-25", 'BUDGET PRIMITIF 2009'),
        line('B.P. 2009', 'Le Conseil adopte le budget primitif 2009, arrêté en fonctionnement à'),
        line('', '11 946 200 € et en investissement à 4 318 750 €.'),
        line('', 'Adopté par 23 voix pour et 3 voix contre.'),
        '',
        line('N° 09-26', 'SUBVENTIONS AUX ASSOCIATIONS - EXERCICE 2009'),
        line('', "Le Conseil attribue les subventions de l'exercice pour un montant total"),
        line('', 'de 96 400 €. Adopté à l\'unanimité.'),
        '',
      ].join('\n'),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['09-24', 'TAUX DES TAXES DIRECTES LOCALES 2009'],
      ['09-25', 'BUDGET PRIMITIF 2009'],
      ['09-26', 'SUBVENTIONS AUX ASSOCIATIONS - EXERCICE 2009'],
    ]);
  });
});

describe("a register's margin beside its opening: the act's number, the box of counts one space from the paragraph (OCR's O for a zero), then the subject under 'OBJET :'", () => {
  const page = [
    '        SYNDICAT INTERCOMMUNAL DU PLATEAU DES COMBES',
    '        REGISTRE DES DELIBERATIONS DU COMITE SYNDICAL',
    '',
    '                   Séance du 14 mars 1983',
    '',
    "N° 83-07         L'an mil neuf cent quatre-vingt-trois, le quatorze mars à dix-",
    '                 huit heures, le Comité du Syndicat Intercommunal du Plateau des',
    "Délégués         Combes, dûment convoqué le 4 mars 1983, s'est réuni à la Mairie",
    'en exercice : 1O de Saint-Vérand, en session ordinaire, sous la présidence de',
    'présents :  9    M. Louis BERTHET, Président.',
    'votants :  10',
    '                 Etaient présents : MM. BERTHET, CHANAL (Saint-Vérand),',
    'OBJET :          DURIEU, FAYOLLE (Les Granges), GIRIN, MOLLARD (Vernay),',
    'Transport sco-   PERRIER, ROCHE, VIAL (Le Crêt), lesquels forment la majorité',
    "laire. Conven-   des membres en exercice et peuvent délibérer valablement.",
    'tion avec le',
    "Département et   Absents : M. TISSOT (Vernay), excusé, qui a donné pouvoir",
    'les communes     à M. VIAL ; MM. BOUVIER et REY (Les Granges).',
    'membres.',
    '                 M. GIRIN a été élu secrétaire de séance.',
    '',
    '                 Monsieur le Président expose au Comité que la convention passée',
    '                 avec le Département pour le transport scolaire arrive à son terme.',
    '',
    "                 Le Comité, après en avoir délibéré, à l'unanimité, APPROUVE la",
    '                 convention et AUTORISE le Président à la signer.',
  ].join('\n');
  const doc = analyzeText(page);

  it("gives the act's number, the box and the subject before the paragraph, read whole", () => {
    const lines = unweaveColumns(page).split('\n').map((l) => l.trim());
    expect(lines).toContain("Combes, dûment convoqué le 4 mars 1983, s'est réuni à la Mairie");
    expect(lines).toContain('de Saint-Vérand, en session ordinaire, sous la présidence de');
    expect(lines.join('\n')).not.toMatch(/Délégués\s+Combes|en exercice : 1O de Saint/);
  });

  it("reads one deliberation, numbered and titled by its margin, its members without the margin's words", () => {
    expect(doc.kind).toBe('deliberation');
    expect(doc.items.map((i) => i.number)).toEqual(['83-07']);
    expect(doc.items[0]!.title).toMatch(/^Transport scolaire\. Convention avec le Département et les communes membres/);
    expect(doc.attendance.counts).toMatchObject({ inOffice: 10, present: 9, voting: 10 });
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['BERTHET', 'CHANAL', 'DURIEU', 'FAYOLLE', 'GIRIN', 'MOLLARD', 'PERRIER', 'ROCHE', 'VIAL']);
  });
});

describe("a general council's register: each act's number beside its title, its commission and rapporteur stacked in the margin under it", () => {
  const page = [
    '                    SEANCE DU MARDI 22 AVRIL 1980',
    '',
    "                    L'an mil neuf cent quatre-vingt, le vingt-deux avril, le Conseil Général",
    '                    s\'est assemblé sous la présidence de M. Marcel ARNAUD, Président.',
    '',
    'N° 80-I-42          VOIRIE DEPARTEMENTALE - Programme 1980 de renforcement',
    '2ème Commission     et de calibrage des chemins départementaux',
    'Rapporteur :',
    'M. CHABERT          M. CHABERT, au nom de la 2ème Commission, rappelle que',
    '                    le réseau départemental compte 1 684 kilomètres de chemins.',
    '                    LE CONSEIL GENERAL, APPROUVE le programme 1980.',
    '                    Adopté à l\'unanimité.',
    '',
    'N° 80-I-43          TOURISME - Station de Montcrozat - Garantie',
    '3ème Commission     départementale d\'un emprunt de 3 600 000 F',
    'Rapporteur :        M. MEYNIER rappelle que la station compte 2 400 lits.',
    'M. MEYNIER          LE CONSEIL GENERAL, ACCORDE sa garantie à l\'emprunt.',
    '                    Adopté par 19 voix pour, 5 voix contre et 2 abstentions.',
  ].join('\n');

  it("reads each number and title as the point's heading, the margin's commission and rapporteur no subject of it", () => {
    const doc = analyzeText(page);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['80-I-42', 'VOIRIE DEPARTEMENTALE - Programme 1980 de renforcement et de calibrage des chemins départementaux'],
      ['80-I-43', "TOURISME - Station de Montcrozat - Garantie départementale d'un emprunt de 3 600 000 F"],
    ]);
    expect(doc.items.map((i) => i.decision?.articles.map((a) => a.action))).toEqual([['approuve'], ['accorde']]);
  });
});
