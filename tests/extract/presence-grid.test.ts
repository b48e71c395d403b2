/** Attendance tables with a column a status, cells between pipes. Invented names. */
import { describe, expect, it } from 'vitest';
import { extractAttendance } from '../../src/extract/attendance.ts';
import { presenceGrid } from '../../src/extract/presence-grid.ts';
import { analyzeText } from '../helpers/analyze-text.ts';
import { listsOf } from '../helpers/attendance-lists.ts';

const lists = (text: string) => listsOf(extractAttendance(text).attendance);

describe('a presence grid', () => {
  it('reads a markdown table: a mark in the status column, the proxy holder in its own', () => {
    const text = `Séance du 14 novembre 2024

| **NOM Prénom** | **Présent** | **Absent** | **Excusé** | **Pouvoir à** |
|---|---|---|---|---|
| LE GALL Yannick, Maire | ✓ |  |  |  |
| KERGOAT Anne | x |  |  |  |
| QUÉRÉ Loïc |  |  | ✓ | LE GALL Yannick |
| CADIOU Soizic |  | ✓ |  |  |
| LE MEUR Katell |  |  | X |  |

Secrétaire de séance : Mme KERGOAT Anne
`;
    expect(lists(text)).toEqual({
      present: ['LE GALL', 'KERGOAT'],
      represented: [['QUÉRÉ', 'LE GALL']],
      excused: ['LE MEUR'],
      absent: ['CADIOU'],
    });
  });

  it('reads an ASCII table without leading pipes, and ends at the first line that is no row', () => {
    const text = `Nom | Présent | Absent | Procuration à
DURAND Paul | X | |
MARTIN Léa | | X |
PETIT Marc | X | |
ROUX Anne | | | DURAND Paul
Le quorum est atteint.
`;
    const grid = presenceGrid(text, 0, text.length);
    expect(grid?.entries.map((e) => [e.person.surname, e.status, e.proxy?.surname ?? null])).toEqual([
      ['DURAND', null, null],
      ['MARTIN', 'absent', null],
      ['PETIT', null, null],
      ['ROUX', null, 'DURAND'],
    ]);
    expect(text.slice(grid!.span.start, grid!.span.end)).toBe(text.slice(0, text.indexOf('\nLe quorum')));
  });

  it('is no grid with fewer than three rows, or with one status column only', () => {
    expect(presenceGrid('Nom | Présent | Absent\nDURAND Paul | X |\nMARTIN Léa | | X\n', 0, 60)).toBeNull();
    expect(presenceGrid('Nom | Présent | Fonction\nDURAND Paul | X | Maire\nMARTIN Léa | X | Adjointe\nPETIT Marc | X | Conseiller\n', 0, 200)).toBeNull();
  });

  it('reads a table aligned with spaces: the proxy holder named, the status said, a lone mark present', () => {
    const text = `Membres en exercice : 27

LISTE DE PRÉSENCE
NOM Prénom Présent Pouvoir donné à Absent / Excusé
MARCHETTI Alain, Maire X
COSTA Hélène X
ORSINI Paul ROSSI Marie
ROSSI Marie X (21h05)
LUCIANI Jean Excusé
FILIPPI Anne X (quitte la séance au point 4, pouvoir à COSTA Hélène)
SANTONI Luc Absent

Secrétaire de séance : Mme Hélène COSTA
`;
    expect(lists(text)).toEqual({
      present: ['MARCHETTI', 'COSTA', 'ROSSI', 'FILIPPI'],
      represented: [['ORSINI', 'ROSSI']],
      excused: ['LUCIANI'],
      absent: ['SANTONI'],
    });
  });

  it('reads a mark under "Excusé/Absent" as absent unless the row says excused', () => {
    const text = `NOM Prénom Présent Excusé/Absent Pouvoir donné à
PERRAUD Denis X
BLANCHET Inès X
VIGNAL Hugo X TESTU Claire
TESTU Claire X
MOULIN Éric X (excusé)
`;
    // Spaces alone divide the columns: which one a lone mark stood in is lost, so it reads as presence.
    expect(lists(text)).toEqual({ present: ['PERRAUD', 'BLANCHET', 'TESTU'], represented: [['VIGNAL', 'TESTU']], excused: ['MOULIN'], absent: [] });
  });

  it("reads OCR's ruled tables: abbreviated columns, a name cut at its hyphen, a substitute and a proxy in the observations", () => {
    const text = `|_COMMUNES_______|_DELEGUES_TITULAIRES____|_P_|_A_|_E_|_Observations__________|
| BELLEVAUX | M. Jacques TISSERAND | X | | | |
| | Mme Odile RENAUD | | | X | suppléée par M. Hervé LAMBOLEY |
| CORNOT | Mme Annick GRANDPERRIN- | X | | | |
| | VUILLEMIN | | | | |
| MONTBOZON | M. Gilles CHOFFEL | | X | | |
| | M. Marc PAGNOT | | | X | pouvoir a M. TISSERAND |
| | Mme Josette BRUCKERT | >< | | | |
|________________|________________________|___|___|___|______________________|
P : présent - A : absent - E : excusé
`;
    expect(lists(text)).toEqual({
      present: ['TISSERAND', 'LAMBOLEY', 'GRANDPERRIN-VUILLEMIN', 'BRUCKERT'],
      represented: [['PAGNOT', 'TISSERAND']],
      excused: [],
      absent: ['CHOFFEL'],
    });
  });

  it('is no table when the line under a header of labels opens a sentence', () => {
    expect(presenceGrid('Nom Présent Absent\nLe conseil municipal s\'est réuni.\nM. DURAND Paul X\n', 0, 60)).toBeNull();
  });

  it('reads a table broken one cell a line, its labels read as list headings by the cues', () => {
    const text = `Administrateurs en exercice : 12
Présents : 9 – Pouvoirs : 1 – Votants : 10

Collège
Administrateur
Présent
Excusé / pouvoir
Représentants de la commune
M. Paul ARMAND, Président
X
Mme Lucie BORDES
Pouvoir à M. ARMAND
M. Henri CAZALS
X
Personnalités qualifiées
Mme Anne DELPY
Excusée
M. Marc ESCUDIER
X
Mme Rose FABRE
Absente

Le Président constate que le quorum est atteint.
`;
    expect(lists(text)).toEqual({
      present: ['ARMAND', 'CAZALS', 'ESCUDIER'],
      represented: [['BORDES', 'ARMAND']],
      excused: ['DELPY'],
      absent: ['FABRE'],
    });
  });

  it('reads which column a lone mark stands in where the input keeps the spaces of its layout', () => {
    const doc = analyzeText(`Séance du conseil communautaire du 5 février 2025
Le Conseil communautaire s'est réuni sous la présidence de Mme Catherine MOREL, Présidente.

 Commune                  Délégué(e)                 Présent   Excusé   Absent   Pouvoir donné à
 ARCY-LA-VALLÉE           M. Denis GAUTIER              X
                          Mme Josette PERRIN                      X              M. GAUTIER
 BUSSIÈRES                M. Gilles RENAUD              X
 CHAMPVERT                M. Bruno CUNIN                                   X
 ORMOY                    Mme Régine VERNE                        X
 SAINT-LOUP               Mme Catherine MOREL           X

Secrétaire de séance : M. Gilles RENAUD

1. TAXE GEMAPI
La Présidente présente le produit attendu de la taxe pour 2025.
Le Conseil communautaire, à l'unanimité, FIXE le produit de la taxe à 120 000 euros.
`);
    const a = doc.attendance;
    expect(a.present.map((p) => p.surname)).toEqual(['GAUTIER', 'RENAUD', 'MOREL']);
    expect(a.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['PERRIN', 'GAUTIER']]);
    expect(a.excused.map((p) => p.surname)).toEqual(['VERNE']);
    expect(a.absent.map((p) => p.surname)).toEqual(['CUNIN']);
  });
});

describe('a web page\'s table under its list heading, its cells parted by tabs', () => {
  const doc = analyzeText(`Séance du samedi 9 avril 2016
L'an deux mille seize, le neuf avril à neuf heures, le Conseil Municipal s'est réuni sous la présidence de M. Jean-Hugues NATIVEL, Maire.
Conseillers présents ou représentés :
NOM Prénom\tQualité\tPrésent\tPouvoir à
NATIVEL Jean-Hugues\tMaire\tX\t
HOAREAU Marie-Josée\t1re Adjointe\tX\t
HUET Guy-Marc\tConseiller municipal\t\tHOAREAU Marie-Josée
ISSOP Ibrahim\tConseiller municipal\tX\t
SAUTRON Christiane\tConseillère municipale\t\tNATIVEL Jean-Hugues
Absents : Mme Vanessa BARRET, M. Eddy SÉRY.
Le quorum étant atteint, le Maire ouvre la séance.

OBJET : Jumelage
Le Conseil Municipal, après en avoir délibéré, à l'unanimité, APPROUVE la convention.
`);
  const a = doc.attendance;

  it('reads the table as the list the heading announces: one status column and the proxies\' are a grid', () => {
    expect(a.present.map((p) => p.raw)).toEqual(['NATIVEL Jean-Hugues', 'HOAREAU Marie-Josée', 'ISSOP Ibrahim']);
    expect(a.represented.map((r) => [r.person.raw, r.proxy?.raw])).toEqual([
      ['HUET Guy-Marc', 'HOAREAU Marie-Josée'],
      ['SAUTRON Christiane', 'NATIVEL Jean-Hugues'],
    ]);
  });

  it('keeps the office column out of the names, and the lists after the table', () => {
    expect(a.absent.map((p) => p.surname)).toEqual(['BARRET', 'SÉRY']);
  });
});

describe('a table one cell a line whose one column says the presence in words', () => {
  it('reads each member with the word under them', () => {
    const text = `Commune\nDélégué(e)\nPrésence\nBelcastel\nCASTELNAU Bernard\nprésent\nBelcastel\nVIDALENC Claire\nprésente\nVaudrevanges\nAUGÉ Christian\nprésent\nVaudrevanges\nMALIGNON Paul\nexcusé\nSerres\nSOULIÉ Anne\nabsente\nSerres\nBALDET Luc\npouvoir à M. AUGÉ\n\nLe quorum est atteint.\n`;
    expect(lists(text)).toEqual({
      present: ['CASTELNAU', 'VIDALENC', 'AUGÉ'],
      represented: [['BALDET', 'AUGÉ']],
      excused: ['MALIGNON'],
      absent: ['SOULIÉ'],
    });
  });
});

describe('a table aligned with spaces whose last column says the presence in words', () => {
  it('reads "Présent", "Excusé", "Pouvoir à M. X" after a column of cantons', () => {
    const text = `ÉTAT DES PRÉSENCES
Conseillers              Canton                           Présence
ALQUIER Jean-Claude      Canton de Bassac                 Présent
BRUGUIÈRE Patrick        Canton de Valcroze               Présent
CHAPTAL Sandrine         Canton de Valcroze               Pouvoir à M. BRUGUIÈRE
FAGES Bernard            Canton de la Vallée-Borne        Excusé
GALLIÈRE Hélène          Canton de la Vallée-Borne        Présente
SAINT-LÉGER Marc         Canton du Causse-Noir            Absent

Le quorum est constaté.
`;
    expect(lists(text)).toEqual({
      present: ['ALQUIER', 'BRUGUIÈRE', 'GALLIÈRE'],
      represented: [['CHAPTAL', 'BRUGUIÈRE']],
      excused: ['FAGES'],
      absent: ['SAINT-LÉGER'],
    });
  });

  it('reads the holder named after "Excusé" under "Présence  Pouvoir donné à", one space between the cells', () => {
    const text = `LISTE DE PRÉSENCE
Élu Présence Pouvoir donné à
ARNOUX Christian Présent
BERTRAND Michèle Présente
BLANC Gérard Excusé GIRAUD Maurice
CHEVALIER Roger Excusé
GIRAUD Maurice Présent
JOUBERT Alain Excusé MOUTTE Claude
MOUTTE Claude Présent

Le quorum est atteint.
`;
    expect(lists(text)).toEqual({
      present: ['ARNOUX', 'BERTRAND', 'GIRAUD', 'MOUTTE'],
      represented: [['BLANC', 'GIRAUD'], ['JOUBERT', 'MOUTTE']],
      excused: ['CHEVALIER'],
      absent: [],
    });
  });

  it('reads a software export\'s "Nom Prénom Qualité Etat Procuration donnée à": the status under "Etat", the holder after it', () => {
    const text = `Etat des présences
Nom Prénom Qualité Etat Procuration donnée à
MARCHAL Lucien Maire Présent
FORTIN Aline 1ère Adjointe Présente
RIBOT Émile Conseiller municipal Excusé MARCHAL Lucien
DUPRAT Irène Conseillère municipale Excusée FORTIN Aline
TESSIER Paul Conseiller municipal Excusé
VIDAL Odile Conseillère municipale Absente

Le quorum est atteint.
`;
    expect(lists(text)).toEqual({
      present: ['MARCHAL', 'FORTIN'],
      represented: [['RIBOT', 'MARCHAL'], ['DUPRAT', 'FORTIN']],
      excused: ['TESSIER'],
      absent: ['VIDAL'],
    });
  });
});

describe('a grid whose names column is labelled "Membres du Bureau"', () => {
  it('reads each mark under its column, with the offices and communes between', () => {
    const doc = analyzeText(`BUREAU SYNDICAL
Séance du 12 novembre 2014

 Membres du Bureau            Qualité               Commune                   Présent   Excusé   Absent   Pouvoir donné à
 GIRARDOT Michel              Président             Montcharvin                  X
 BESSON Annick                1re Vice-présidente   Les Granges-sur-Ain          X
 VUILLERMOZ Patrick           3e Vice-président     Saint-Lothain                         X
 DÉSIRÉ Odette                Membre                Vernantois-la-Côte                                    M. GIRARDOT
 CLERC Bernard                Membre                Loulle-les-Combes                               X

Le quorum étant atteint, le Président ouvre la séance.
`);
    expect(listsOf(doc.attendance)).toEqual({ present: ['GIRARDOT', 'BESSON'], represented: [['DÉSIRÉ', 'GIRARDOT']], excused: ['VUILLERMOZ'], absent: ['CLERC'] });
  });
});

describe('a grid whose rows are grouped by commune déléguée', () => {
  it('passes over the groups\' labels between the rows', () => {
    const doc = analyzeText(`Séance du 27 mars 2025

NOM Prénom                          Présent    Excusé    Absent    Pouvoir donné à
Commune déléguée d'Ardoux-le-Vieux
AUBINEAU Thierry, Maire             X
CLÉMENT Valérie                     X
Commune déléguée de Vignes-sur-Ardoux
DESPRÉS Olivier                                X
FAUVEAU Martine                                                    M. AUBINEAU
GRELLIER Julien                                          X

Le quorum est atteint.
`);
    expect(listsOf(doc.attendance)).toEqual({ present: ['AUBINEAU', 'CLÉMENT'], represented: [['FAUVEAU', 'AUBINEAU']], excused: ['DESPRÉS'], absent: ['GRELLIER'] });
  });
});

describe('a grid with an office column between the names and the marks', () => {
  it('reads the proxy\'s holder after a mark that follows the office, and goes on past a cell wrapped onto its own line', () => {
    const doc = analyzeText(`Séance du 22 septembre 2020

 Membres                    Qualité                                 Présent   Excusé   Pouvoir à
 M. Didier GARNIER          Maire, Président                           X
 Mme Brigitte ROLLAND       Vice-présidente, élue                      X
 Mme Sophie LACROIX         Elue                                                 X      Mme ROLLAND
 M. Roger LEBRETON          Membre nommé (retraités et personnes       X
                            âgées)
 Mme Monique TESSIER        Membre nommé (personnes handicapées)       X

Le quorum étant atteint, le Président ouvre la séance.
`);
    const att = doc.attendance;
    expect(att.present.map((p) => p.surname)).toEqual(['GARNIER', 'ROLLAND', 'LEBRETON', 'TESSIER']);
    expect(att.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['LACROIX', 'ROLLAND']]);
  });
});

describe('a table flattened to single spaces, the lists under it saying who was away', () => {
  it('reads "P E A" columns after a commune in title case; the lists under it place the excused and the substituted', () => {
    const doc = analyzeText(`COMITÉ SYNDICAL DU 4 FÉVRIER 2025

L'an deux mille vingt-cinq, le quatre février, le Comité syndical s'est réuni sous la présidence de M. Marc ROYER.

Commune Délégués titulaires P E A Pouvoir à
Vaux-le-Grand M. Marc ROYER X
Mme Lucie PARMENTIER X
Saint-Aubin-du-Val M. Henri BOUDET X
Mme Odile CARRÉ X M. BOUDET
Fresnes Mme Agnès MOULIN X
M. Paul DELORME X
Mme Claire SIMONNET X

Délégués suppléants présents : M. Jean FAVIER (Fresnes), siégeant en remplacement de M. DELORME.
Absente excusée : Mme Claire SIMONNET.
Absent : néant.

Le quorum étant atteint, le Président ouvre la séance.
`);
    expect(listsOf(doc.attendance)).toEqual({
      present: ['ROYER', 'PARMENTIER', 'BOUDET', 'MOULIN', 'FAVIER'],
      represented: [['CARRÉ', 'BOUDET']],
      excused: ['SIMONNET'],
      absent: [],
    });
  });

  it('reads a column "Pouvoir à / Suppléé(e) par" under groups in capitals, each substitute once', () => {
    const doc = analyzeText(`PROCÈS-VERBAL DU COMITÉ SYNDICAL DU 18 MARS 2021

Délégués titulaires Présent Excusé Absent Pouvoir à / Suppléé(e) par
COMMUNAUTÉ DE COMMUNES DU VAL D'ARGENT
GIRAUD Patrick X
HAMEL Sylvie X
BOISSON Jean-Michel X Pouvoir à Mme HAMEL
PINEL Marie-Claude X Suppléée par Mme VERNON Annick
COMMUNAUTÉ DE COMMUNES DES COTEAUX
LEROY Thomas X
GODIN Isabelle X
BRIAND Franck X

Délégués suppléants siégeant avec voix délibérative : Mme Annick VERNON (en remplacement de Mme PINEL).
Absents : M. Franck BRIAND.

Le quorum étant atteint, le Président ouvre la séance.
`);
    expect(listsOf(doc.attendance)).toEqual({
      present: ['GIRAUD', 'HAMEL', 'VERNON', 'LEROY', 'GODIN'],
      represented: [['BOISSON', 'HAMEL']],
      excused: [],
      absent: ['BRIAND'],
    });
  });
});

describe('a grid laid out with spaces, an office column between the names and the marks', () => {
  it('reads each college after its blank lines, a wrapped office cell as no row, a row without a mark as absent, the holder named after the office', () => {
    const doc = analyzeText(`Séance du 27 mars 2025

Collège des représentants des communes

  Nom – Prénom                Qualité                                  Présent   Excusé   Pouvoir à
  MARTEAU Bernard             Maire de Sainville, Président              X
  COUDRAIS Sylviane           Adjointe au maire de Boissy,               X
                              1ère Vice-présidente
  BOURDEAU Christian          Maire d'Ouzoir-les-Champs                                    M. MARTEAU
  LE GOFF Josette             Maire de Chevilly-le-Haut                            X
  THIBOUT Corinne             Maire de Tavy-sur-Mauve

Collège des établissements publics

  GOUJARD Rémi                Vice-président de la Communauté de         X
                              communes des Portes du Val
  LAMBIN Thierry              Président du SICTOM de la Forêt                              M. GOUJARD
  DUBOST Laurent              Président du SIAEP de la Bionne

Le quorum est atteint.
`);
    expect(listsOf(doc.attendance)).toEqual({
      present: ['MARTEAU', 'COUDRAIS', 'GOUJARD'],
      represented: [['BOURDEAU', 'MARTEAU'], ['LAMBIN', 'GOUJARD']],
      excused: ['LE GOFF'],
      absent: ['THIBOUT', 'DUBOST'],
    });
  });

  it('reads a first column of offices before the names, wrapped in lower case, and a doctor\'s row', () => {
    const doc = analyzeText(`Séance du 22 avril 2021

COMPOSITION                        NOM                              PRÉSENT   EXCUSÉ   POUVOIR À
Président                          M. Yann LE BERRE                    X
Représentants de la commune        Mme Anne KERVAREC                   X
de Plouvaran                       M. Loïc QUÉMÉNER                             X      M. LE BERRE
Représentants du Département       Mme Gwen MORVAN                     X
Personnalités qualifiées           Dr Alain DE KERMOAL                 X
                                   Mme Françoise PRIGENT

Le quorum est atteint.
`);
    expect(listsOf(doc.attendance)).toEqual({
      present: ['LE BERRE', 'KERVAREC', 'MORVAN', 'DE KERMOAL'],
      represented: [['QUÉMÉNER', 'LE BERRE']],
      excused: [],
      absent: ['PRIGENT'],
    });
  });
});

describe('two tables side by side whose one column says the presence', () => {
  it('reads both members of each row, the holder of a proxy by initials and family name, the said word no given name', () => {
    const doc = analyzeText(`Séance du 14 mars 2024

NOM Prénom Présence NOM Prénom Présence
THIÉRY Véronique Présente PERRIER Gaël Présent
HUMBLOT Jean-Marc Présent MOUGENOT Chantal Presente
COLLIN Arnaud Présent LALLEMENT Damien Pouvoir à A. COLLIN
GÉRARDIN Marie-Paule Pouvoir a J-M. HUMBLOT CUNIN Hélène Présente
VAUTHIER Sylvie Présente GEHINOT Laetitia Excusée
HENRIOT Christophe Présent | JACQUOT Bruno Absent
VALENTINI Murielle Présente

Secrétaire de séance : M. Gaël PERRIER
`);
    expect(listsOf(doc.attendance)).toEqual({
      present: ['THIÉRY', 'PERRIER', 'HUMBLOT', 'MOUGENOT', 'COLLIN', 'CUNIN', 'VAUTHIER', 'HENRIOT', 'VALENTINI'],
      represented: [['LALLEMENT', 'COLLIN'], ['GÉRARDIN', 'HUMBLOT']],
      excused: ['GEHINOT'],
      absent: ['JACQUOT'],
    });
    expect(doc.attendance.present[0]!.givenName).toBe('Véronique');
  });
});

describe('grids laid out with spaces, more headers', () => {
  it('reads communes in capitals before names without civility, "excusé   pouvoir à X" as represented, "X (suppléant)" as the substitute who sat', () => {
    const doc = analyzeText(`Séance du 14 mars 2023

Commune          Délégués titulaires       Présent    Excusé/absent    Suppléant siégeant / pouvoir
LABASTIDE        SOUBIRAN Jean-Marc          X
                 DUCASSOU Claire             X
ESBAREILH        FOURCADET Pierre            X
                 ABADIA Louis                           excusé         pouvoir à FOURCADET Pierre
SARRAUTE         LACAZETTE Bernard           X
                 PEYRAFITE Sylvie                       excusée        MENVIELLE Jean-Claude (suppléant)
PEYRELADE        BORDENAVE Serge                        absent

Secrétaire de séance : Mme Claire DUCASSOU.
`);
    expect(listsOf(doc.attendance)).toEqual({
      present: ['SOUBIRAN', 'DUCASSOU', 'FOURCADET', 'LACAZETTE', 'MENVIELLE'],
      represented: [['ABADIA', 'FOURCADET']],
      excused: [],
      absent: ['BORDENAVE'],
    });
  });

  it('reads a header whose names\' column has no label, its labels laid out over the marks', () => {
    const doc = analyzeText(`Séance du 14 mars 2023

                                     PRÉSENT   ABSENT    PROCURATION DONNÉE À
Mme CAROUPIN Isabelle, Présidente       X
M. PAYET Gilbert, 1er Vice-Président    X
M. GRONDIN Jean-Hugues                  X
Mme DIJOUX Sylvie                                 X        M. PAYET Gilbert
M. BOYER Patrick                                  X

Le quorum est atteint.
`);
    expect(listsOf(doc.attendance)).toEqual({
      present: ['CAROUPIN', 'PAYET', 'GRONDIN'],
      represented: [['DIJOUX', 'PAYET']],
      excused: [],
      absent: ['BOYER'],
    });
  });
});

describe('a table whose status columns hold lists of names', () => {
  it('reads a row a commune laid out with spaces: the present, the away with "(exc.)", the holder of an away member\'s proxy, a substitute sitting for the away member of their commune', () => {
    const doc = analyzeText(`Séance du 12 décembre 2013

COMMUNE                    PRÉSENTS                                 EXCUSÉS / ABSENTS           POUVOIR À
BRÉVAL-LE-CHÂTEAU          ROUSSIN Alain, GARNIER Danielle,         PELLERIN Jean-Louis         ROUSSIN Alain
                           BESNIER Odile                            LEPRINCE Sylvie (exc.)
CHASSIGNY                  RENOUARD Michel                          DESLANDRES Brigitte
                           LEPETIT Yves (suppléant)
MONTGRENON                 TOUTAIN Jean                             MAUGIN Roland

Secrétaire de séance : Mme Danielle GARNIER
`);
    expect(listsOf(doc.attendance)).toEqual({
      present: ['ROUSSIN', 'GARNIER', 'BESNIER', 'RENOUARD', 'LEPETIT', 'TOUTAIN'],
      represented: [['PELLERIN', 'ROUSSIN']],
      excused: ['LEPRINCE'],
      absent: ['MAUGIN'],
    });
  });

  it('reads the same table between pipes, an OCR "l" read for a rule, a member "remplacé par son suppléant" in no list', () => {
    const doc = analyzeText(`Séance du 9 septembre 1982

  COMMUNES               | DELEGUES PRESENTS           | DELEGUES ABSENTS
  -----------------------+-----------------------------+------------------
  SAINT-LOUP             | MM. RENAUD, BOUVET          |
  CHALONNES              | M. HUET                     | M. GASNIER (exc.)
  LA FERTE               l M. DROUOT, Mme PROUST       l
  VILLIERS               | M. CHAUVET                  | M. HERVIEU, remplacé
                         | M. LECOMTE (suppléant)      | par son suppléant
  BEAUMONT               | M. FOUQUET                  | M. MARCHAIS

     M. HUET a été désigné pour remplir les fonctions de secrétaire.
`);
    expect(listsOf(doc.attendance)).toEqual({
      present: ['RENAUD', 'BOUVET', 'HUET', 'DROUOT', 'PROUST', 'CHAUVET', 'LECOMTE', 'FOUQUET'],
      represented: [],
      excused: ['GASNIER'],
      absent: ['MARCHAIS'],
    });
  });
});

describe('two tables of marks side by side, laid out with spaces', () => {
  it('reads each half of a row under its own header, the left table going on alone after the right one ends', () => {
    const doc = analyzeText(`Séance du 26 septembre 2017

  Conseillers            Présent Absent Pouvoir à          Conseillers            Présent Absent Pouvoir à
  LE BIHAN Catherine       X                                LE GOFF Soizic                  X     MORVAN Hélène
  KERBRAT Yves             X                                HERRY Thierry                   X
  MORVAN Hélène            X                                KERVELLA Gilles          X
  QUÉRÉ Annick                    X     KERBRAT Yves        PERON Frédéric                  X
  JAOUEN Patrick           X

Secrétaire de séance : M. Yves KERBRAT
`);
    expect(listsOf(doc.attendance)).toEqual({
      present: ['LE BIHAN', 'KERBRAT', 'MORVAN', 'KERVELLA', 'JAOUEN'],
      represented: [['LE GOFF', 'MORVAN'], ['QUÉRÉ', 'KERBRAT']],
      excused: [],
      absent: ['HERRY', 'PERON'],
    });
  });
});

describe("a table whose presence column holds the legend's codes", () => {
  it('reads P, E and A by the legend, the holder anywhere in the row or wrapped under its column, with an OCR-garbled header', () => {
    const doc = analyzeText(`Séance du conseil municipal du 12 mai 2005
Le Conseil Municipal s'est réuni sous la présidence de M. Paul VERDIER, Maire.

NOM Prénom              Qua1ité             Présence    Pouvoir donné à
VERDIER Paul            Maire                  P
LAMBERT Odile           1ère Adjointe          P
CARON Michel            2e Adjoint             E
                                                          VERDIER Paul
MARCHAND Lucie          Conseillère            E
THOMAS Bruno            Conseiller     LAMBERT Odile      E
RIGAUD Sophie           Conseillère            E      VERDIER Paul
PERRET Jacques          Conseiller             A
DUMAS Annie             Conseillère            P
P : présent(e) - E : excusé(e) - A : absent(e)

Madame Annie DUMAS est désignée secrétaire de séance.

1 - TARIFS DE LA CANTINE
Le Conseil Municipal, à l'unanimité, FIXE les tarifs de la cantine.
`);
    const a = doc.attendance;
    expect(a.present.map((p) => p.surname)).toEqual(['VERDIER', 'LAMBERT', 'DUMAS']);
    expect(a.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([
      ['CARON', 'VERDIER'],
      ['THOMAS', 'LAMBERT'],
      ['RIGAUD', 'VERDIER'],
    ]);
    expect(a.excused.map((p) => p.surname)).toEqual(['MARCHAND']);
    expect(a.absent.map((p) => p.surname)).toEqual(['PERRET']);
  });
});

describe('a grid with the substitutes beside the members', () => {
  it('reads the substitute marked present as the one who sat, the members by the mark under P, E or A, the holder in the proxy column', () => {
    const doc = analyzeText(`COMITÉ SYNDICAL DU SIVOM DE LA BASSE-VÈRE
Séance du 4 mars 2021, sous la présidence de M. Henri FALGUIÈRE, Président.

 Commune          Délégués titulaires     P E A    Délégués suppléants    P   Pouvoir donné à
 CC DU HAUT-PAYS
 Aurignac         M. Henri FALGUIÈRE      X        Mme Lise ROUQUETTE
                  Mme Jeanne BASTIDE        X      M. Paul CROUZAT        X
 Belvès           M. Marc ESTRADE         X        M. Rémi SOULA
                  Mme Anne VIGUIER          X      Mme Rose LAVAL             M. ESTRADE
 Cazals           M. Jean PUJOL               X    M. Louis BOYER
                  Mme Odile MAZET           X      M. Guy DELPECH

Le quorum est atteint.

1. BUDGET PRIMITIF 2021
Le Comité syndical, à l'unanimité, ADOPTE le budget primitif 2021.
`);
    const a = doc.attendance;
    expect(a.present.map((p) => p.surname)).toEqual(['FALGUIÈRE', 'CROUZAT', 'ESTRADE']);
    expect(a.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['VIGUIER', 'ESTRADE']]);
    expect(a.excused.map((p) => p.surname)).toEqual(['MAZET']);
    expect(a.absent.map((p) => p.surname)).toEqual(['PUJOL']);
  });
});

describe('a proxy column labelled "Pouvoir donné à / suppléance"', () => {
  it('reads the grid, the holder of each proxy and the substitute who sat', () => {
    const doc = analyzeText(`Conseil communautaire du 26 novembre 2019, sous la présidence de M. Jean-Pierre COUSTAL.

COMMUNE            DÉLÉGUÉ(E)            Présent  Excusé  Absent   Pouvoir donné à / suppléance
BRÉZOLS            COUSTAL Jean-Pierre     X
                   VERNIOL Sabine                  X               COUSTAL Jean-Pierre
SAINT-AMANS        LAGRIFFOUL Christophe   X
                   VIDALOU Éric                    X
SALVAGNAC          TAURINES Georges                        X
LA CAPELLE         FOURNIOL Jacqueline             X               suppléée par DELTEIL Marc

1. BUDGET
Le Conseil communautaire, à l'unanimité, ADOPTE le budget.
`);
    expect(listsOf(doc.attendance)).toEqual({
      present: ['COUSTAL', 'LAGRIFFOUL', 'DELTEIL'],
      represented: [['VERNIOL', 'COUSTAL']],
      excused: ['VIDALOU'],
      absent: ['TAURINES'],
    });
  });
});

describe("a grid of a régie's board, its members in groups", () => {
  it('reads "Membres du Conseil d\'exploitation" as the names, past a blank line and the groups\' rows', () => {
    const doc = analyzeText(`PROCÈS-VERBAL DE LA RÉUNION DU CONSEIL D'EXPLOITATION
Séance du jeudi 14 novembre 2013, sous la présidence de M. Gérard VILLEMIN.

 Membres du Conseil d'exploitation            Présent     Excusé     Absent     Pouvoir donné à

 Représentants du Conseil municipal
 VILLEMIN Gérard, Président                     X
 BOUFFARD Annick, Vice-présidente               X
 CHAPUIS Rémi                                               X
 LESCURE Catherine                                          X                     G. VILLEMIN
 Personnalités qualifiées
 FRAYSSE Jean-Louis (UFC-Que Choisir)           X
 DEVÈS Marthe (Chambre d'agriculture)                                   X

1. Budget primitif 2014
Le Conseil d'exploitation, à l'unanimité, ÉMET un avis favorable.
`);
    expect(listsOf(doc.attendance)).toEqual({
      present: ['VILLEMIN', 'BOUFFARD', 'FRAYSSE'],
      represented: [['LESCURE', 'VILLEMIN']],
      excused: ['CHAPUIS'],
      absent: ['DEVÈS'],
    });
  });
});

describe('a header whose "Absent" and "Excusé" columns stand side by side', () => {
  it('reads them as two columns where the layout parts them, not one "absent excusé" label', () => {
    const doc = analyzeText(`Séance du conseil municipal du 12 décembre 2022, sous la présidence de M. Michel LABORDE, Maire.

 Membres du conseil                Présent    Absent    Excusé    Pouvoir donné à
 LABORDE Michel, Maire                X
 DUFOUR Josiane                       X
 SARRAT Patrick                                           X      LABORDE Michel
 CASTAING Jérôme                               X
 SENTIS Anne                                              X

1. TARIFS 2023
Le Conseil municipal, à l'unanimité, FIXE les tarifs.
`);
    expect(listsOf(doc.attendance)).toEqual({
      present: ['LABORDE', 'DUFOUR'],
      represented: [['SARRAT', 'LABORDE']],
      excused: ['SENTIS'],
      absent: ['CASTAING'],
    });
  });
});

describe('a table one cell a line headed "Élu(e) / Situation" twice', () => {
  it('reads each member with the cell under them, the holder of a proxy wrapped onto the next line', () => {
    const text = `Élu(e)\nSituation\nÉlu(e)\nSituation\nTOUFLAN Gérard\nPrésent\nONFRAY Nathalie\nPrésente\nDESLANDRE Patrick\nExcusé\nYVONNET Christelle\nExcusée – pouvoir à\nG. TOUFLAN\nLE GOUIC Fabrice\nAbsent\nVAUTRIN Hélène\nPrésente\n\nLe quorum est atteint.\n`;
    expect(lists(text)).toEqual({
      present: ['TOUFLAN', 'ONFRAY', 'VAUTRIN'],
      represented: [['YVONNET', 'TOUFLAN']],
      excused: ['DESLANDRE'],
      absent: ['LE GOUIC'],
    });
  });
});

describe("a board's table one cell a line, offices in brackets, proxies in a cell of their own", () => {
  it('reads past "(Président)" under a member, and "pouvoir à ARNAUD-" / "TEYSSIER P." after "Excusée"', () => {
    const text = `FEUILLE DE PRÉSENCE\nCollège\nNom - Prénom\nPrésence\nPouvoir\nReprésentants des communes affiliées\nARNOUX-TESSIER Paul\n(Président)\nPrésent\nVIGNAL Marie-Claude\n(1re Vice-présidente)\nPrésente\nPAULIN Annie\nExcusée\npouvoir à ARNOUX-\nTESSIER P.\nRIOUX Gilbert\nPrésent\nROCHER Françoise\nExcusée\nSAUVAT Hervé\nAbsent\n\nLe quorum est atteint.\n`;
    expect(lists(text)).toEqual({
      present: ['ARNOUX-TESSIER', 'VIGNAL', 'RIOUX'],
      represented: [['PAULIN', 'ARNOUX-TESSIER']],
      excused: ['ROCHER'],
      absent: ['SAUVAT'],
    });
  });
});

describe('a header of inclusive labels, "Absent(e)" over "excusé(e)"', () => {
  it('reads "Présent(e)" as a label, and the absence column as the excused members\'', () => {
    const doc = analyzeText(`Séance du conseil municipal du 9 mars 2017, sous la présidence de Mme Odile FERRAN, Maire.

Nom Prénom                Fonction            Présent(e)     Absent(e)       Pouvoir donné à
                                                             excusé(e)
FERRAN Odile              Maire               X
BRUNEL Gaston             1er adjoint         X
COMBES Lucie              Conseillère         X
MOULIS Arnaud             Conseiller                                         G. BRUNEL
SÉGUIER Anne              Conseillère                        X

1 – TARIFS DE LA CANTINE
Le Conseil municipal, à l'unanimité, FIXE les tarifs.
`);
    expect(listsOf(doc.attendance)).toEqual({
      present: ['FERRAN', 'BRUNEL', 'COMBES'],
      represented: [['MOULIS', 'BRUNEL']],
      excused: ['SÉGUIER'],
      absent: [],
    });
  });
});

describe('a table whose one column says the presence, and a proxy column after it', () => {
  it('reads the holder named after "Excusée", and a given name wrapped onto a line of its own', () => {
    const doc = analyzeText(`La Commission permanente s'est réunie le lundi 9 février 2026 à 14h30, sous la présidence de M. Clément AUBERT, Président.

Nom Prénom                      Présence        Pouvoir donné à
AUBERT Clément                  Présent
BERNARD-GUYON Sylvie            Excusée         Mme DROZ-BARTHOLET
DROZ-BARTHOLET Annie            Présente
LACROIX Hervé                   Présent
MAGNIN-FEYSOT                   Excusée         M. LACROIX
Bernadette
MILLET Dominique                Présent
RACLE Jean-Michel               Absent
GRENIER Christophe              Excusé

1 - Routes départementales - convention
La Commission permanente, à l'unanimité, approuve la convention.
`);
    expect(listsOf(doc.attendance)).toEqual({
      present: ['AUBERT', 'DROZ-BARTHOLET', 'LACROIX', 'MILLET'],
      represented: [['BERNARD-GUYON', 'DROZ-BARTHOLET'], ['MAGNIN-FEYSOT', 'LACROIX']],
      excused: ['GRENIER'],
      absent: ['RACLE'],
    });
  });
});

describe('a table of delegates under their bodies, "COLLECTIVITE" first', () => {
  it('reads the rows that open on a body\'s name ("CC du Pays de"), and the "Suppléant présent / Pouvoir" column', () => {
    const doc = analyzeText(`Le Comité syndical s'est réuni le 28 juin 2012, sous la présidence de M. Jean-Pierre DARRIGADE, Président.

COLLECTIVITE        DELEGUE TITULAIRE          Présent Excusé Absent  Suppléant présent / Pouvoir
CC du Pays de       DARRIGADE Jean-Pierre         X
Lauderne            LAFITTE Bernard                       X           pouvoir à J-P. DARRIGADE
                    LABORDE Francis               X
CC des Deux-Rives   DUPOUY Christian              X
                    BERGES Alain                                 X
Pujo-le-Haut        DUPRAT Robert                 X
                    GARROS Marc                           X           pouvoir à R. DUPRAT

1 - Tarifs de la redevance
Le Comité syndical, à l'unanimité, FIXE les tarifs.
`);
    expect(listsOf(doc.attendance)).toEqual({
      present: ['DARRIGADE', 'LABORDE', 'DUPOUY', 'DUPRAT'],
      represented: [['LAFITTE', 'DARRIGADE'], ['GARROS', 'DUPRAT']],
      excused: [],
      absent: ['BERGES'],
    });
  });
});

describe('a presence column of codes whose legend has "S = remplacé par son suppléant" and "Pv = a donné pouvoir"', () => {
  it('reads the substitute named after "S" as present, the member in no list; "Pv à X" as a proxy', () => {
    const doc = analyzeText(`Le Comité syndical s'est réuni le 21 mars 2016, sous la présidence de Monsieur Gérard THOMAS, Président.
Légende : P = présent – E = excusé – A = absent – S = remplacé par son suppléant – Pv = a donné pouvoir
Délégué titulaire Qualité Présence Suppléant / Pouvoir
THOMAS Gérard Président P
CLAUDEL Jean-Paul 1er Vice-Président P
MARCHAL Denis Pv à CLAUDEL Jean-Paul
PERRIN Jean-Luc S HUMBERT Claire (suppléante)
GRANDCLAUDE Roger E
DIDIER Marcel A

1. Compte administratif 2015
Le Comité syndical, à l'unanimité, approuve le compte administratif.
`);
    expect(listsOf(doc.attendance)).toEqual({
      present: ['THOMAS', 'CLAUDEL', 'HUMBERT'],
      represented: [['MARCHAL', 'CLAUDEL']],
      excused: ['GRANDCLAUDE'],
      absent: ['DIDIER'],
    });
  });
});

describe('a table whose cells tabs part, copied from a web page', () => {
  it('reads each mark under the column its tabs put it in, and "X (excusé)" under "Absent(e)" as excused', () => {
    const doc = analyzeText(`Séance du conseil municipal du 12 mars 2024

Élu(e)\tPrésent(e)\tAbsent(e)\tPouvoir donné à
M. Gérard LEBON, Maire\tX\t\t
Mme Sylvie HOAREAU, 1re adjointe\tX\t\t
M. Jacky FONTAINE\t\tX\tM. Gérard LEBON
Mme Nicole BARRET\tX\t\t
M. Alain GRONDIN\t\tX\t
M. Éric VIRAPIN\t\tX (excusé)\t

Le Maire ouvre la séance à 18 h 05.
`);
    expect(listsOf(doc.attendance)).toEqual({
      present: ['LEBON', 'HOAREAU', 'BARRET'],
      represented: [['FONTAINE', 'LEBON']],
      excused: ['VIRAPIN'],
      absent: ['GRONDIN'],
    });
  });
});

describe('a presence column of codes under a legend whose codes and words are parted by a space', () => {
  it('reads "Légende : P présent - E absent excusé - A absent - Pv a donné pouvoir" under the table', () => {
    const doc = analyzeText(`L'an mil neuf cent quatre-vingt-sept, le vingt-quatre avril, le Conseil Municipal s'est réuni sous la présidence de Monsieur Yves LE BIHAN, Maire.
Membres du Conseil
Nom Prénom Fonction Présence Pouvoir à
LE BIHAN Yves Maire P
GUILLOU Marcel 1er Adjoint P
PRIGENT Jean 3e Adjoint P
PENNEC Roger Conseiller Pv GUILLOU Marcel
LE CALVEZ Henri Conseiller E
THOMAS Gilbert Conseiller A
Légende : P présent - E absent excusé - A absent - Pv a donné pouvoir
En exercice Présents Votants
6 3 4

1 - COMPTE ADMINISTRATIF 1986
Le Conseil Municipal, à l'unanimité, approuve le compte administratif.
`);
    expect(listsOf(doc.attendance)).toEqual({
      present: ['LE BIHAN', 'GUILLOU', 'PRIGENT'],
      represented: [['PENNEC', 'GUILLOU']],
      excused: ['LE CALVEZ'],
      absent: ['THOMAS'],
    });
  });
});

describe('a grid flattened by an export, its names column labelled "Membre"', () => {
  it('reads each row by what it says after the office: a mark, the holder, "Excusé", "Absent"', () => {
    const doc = analyzeText(`EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS
Séance du
09/04/1991
Membre Qualité Présent Pouvoir donné à Absent / Excusé
M. Aimé DORSANNE Président X
Mme Claire VIGNAL Vice-Présidente X
M. Jules TAVERNIER Membre Mme Claire VIGNAL
M. Bruno OSSANT Membre Excusé
M. Léon PRADAL Membre Absent
M. Gilles RAMBERT Membre X
Texte de l'acte
Vu le code général des collectivités territoriales,
DÉCIDE :
Article 1 : d'approuver le programme.
`);
    expect(listsOf(doc.attendance)).toEqual({ present: ['DORSANNE', 'VIGNAL', 'RAMBERT'], represented: [['TAVERNIER', 'VIGNAL']], excused: ['OSSANT'], absent: ['PRADAL'] });
  });
});

describe("a software's presence table whose office cell wrapped, the presence alone on the line after it", () => {
  it('reads each row to its presence or its proxy\'s cell, the first row too, none shifted onto the next', () => {
    const doc = analyzeText(`OFFICE PUBLIC D'HABITAT DE VAUCLERIN
Conseil d'Administration - Séance du 14/10/1985
Civilité Nom Prénom Collège / Qualité Présence Mandataire
M. ROUVIÈRE Henri Désigné par le Conseil
municipal - Président
Présent
Mme CASTAING Odile Désignée par le Conseil
municipal
Pouvoir ROUVIÈRE Henri
M. BARDOU Lucien Désigné par le Préfet
Excusé
M. FONTANILLE Marc Désigné par le Préfet
Présent
M. LAGARDE Jean Représentant des locataires
Absent
Mme VIDAL Suzanne C.A.F. de l'Aude Présente
Le quorum étant atteint, le Président ouvre la séance.
`);
    expect(listsOf(doc.attendance)).toEqual({ present: ['ROUVIÈRE', 'FONTANILLE', 'VIDAL'], represented: [['CASTAING', 'ROUVIÈRE']], excused: ['BARDOU'], absent: ['LAGARDE'] });
  });
});

describe('a table of proxies read column by column', () => {
  it('pairs the column of givers with the column of holders when row by row would make givers of members present', () => {
    const doc = analyzeText(`SEANCE DU 24/11/1989
ETAIENT PRESENTS :
PAYET Jean-Claude, Maire ; HOARAU Gilbert ; GRONDIN Lucien ; NATIVEL Henri ; BOYER Georges.
ABSENTS REPRESENTES :
Mandant
Mandataire
TECHER Marie-Josée
SAUTRON Albert
ETHEVE Daniel
GRONDIN Lucien
HOARAU Gilbert
NATIVEL Henri
ABSENTS :
FONTAINE Roland
`);
    expect(listsOf(doc.attendance).represented).toEqual([['TECHER', 'GRONDIN'], ['SAUTRON', 'HOARAU'], ['ETHEVE', 'NATIVEL']]);
  });
});

describe("a software's table of delegates a row a line, coded by a legend under it, its counts' labels over their figures", () => {
  const TABLE = `SYNDICAT INTERCOMMUNAL DES EAUX DE LA BRAVELLE
COMITE SYNDICAL
Séance du jeudi 23 novembre 2006
L'an deux mille six, le vingt-trois novembre, le Comité Syndical s'est réuni sous la présidence de Monsieur Bernard CHAPELLE, Président.
LISTE DE PRESENCE DES DELEGUES
Commune Délégué titulaire Etat Observations
CHAUMEROY M. CHAPELLE Bernard P
CHAUMEROY Mme FERRAND Odile P
MARCILLY M. DUVERNAY Alain P
MARCILLY M. ROUSSIN Thierry E Pouvoir à M. DUVERNAY
SAINT-VRAIN Mme LHOMOND Nicole S Remplacée par M. BOUGRAIN Daniel
LORCY M. TAVERNIER Michel P
LORCY M. GAUTRAND Serge A
VILLEGRAND M. COLASSE Henri E
P : présent - E : excusé - A : absent - S : représenté par son suppléant
En exercice Présents dont suppléants Pouvoirs Votants
8 6 1 1 7

1 - TARIFS 2007
Le Comité adopte les tarifs.
Adopté à l'unanimité.
`;

  it("reads a member excused whose proxy the observation names as represented, the substitute who sat as present, the member replaced in no list", () => {
    const doc = analyzeText(TABLE);
    const names = (list: Array<{ surname: string | null }>) => list.map((p) => p.surname);
    expect(doc.attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['ROUSSIN', 'DUVERNAY']]);
    expect(names(doc.attendance.excused)).toEqual(['COLASSE']);
    expect(names(doc.attendance.absent)).toEqual(['GAUTRAND']);
    expect(names(doc.attendance.present)).toContain('BOUGRAIN');
    expect(names(doc.attendance.present)).not.toContain('LHOMOND');
  });

  it('reads the counts under their labels, "dont suppléants" among them', () => {
    expect(analyzeText(TABLE).attendance.counts).toMatchObject({ inOffice: 8, present: 6, represented: 1, voting: 7 });
  });
});

describe('a coded presence table with a group column, some rows wrapped over lines', () => {
  const text = `Le Conseil régional, régulièrement convoqué, s'est réuni le lundi 8 juin 2015 à l'Hôtel de Région, sous la présidence de M. Paul ROCHER, Président.
ÉTAT DES PRÉSENCES
Légende : P = présent(e) ; Pv = a donné pouvoir ; E = excusé(e) ; A = absent(e)
Nom Prénom Groupe Présence Mandataire Observations
ROCHER Paul SRA P Président
AUDOUZE Claire UDC Pv BERNARDIN
Luc
BERNARDIN Luc UDC P
CASTAGNÉ Marcel FdG P
DE LA BORIE-
MONTFORT Hugues
UDC P
DUVERT Annie SRA E
LAFARGE-ROUX Jean-
Pierre
SRA P Arrivé à 10h40 (à partir du
rapport 15-SP03-009)
MARTY-VIDAL
Françoise
UDC Pv CASTAGNÉ Marcel
PONS Éric NI A
Groupes : SRA = Socialiste ; UDC = Union de la Droite et du Centre ; FdG = Front de Gauche ; NI = non inscrits

Rapport n° 15-SP03-001
Le Conseil régional, à l'unanimité, approuve le compte administratif.
`;
  it("reads the name's cell before the group's, a row whose name wrapped, and an observation after a member present", () => {
    expect(listsOf(analyzeText(text).attendance)).toEqual({
      present: ['ROCHER', 'BERNARDIN', 'CASTAGNÉ', 'DE LA BORIE-MONTFORT', 'LAFARGE-ROUX'],
      represented: [['AUDOUZE', 'BERNARDIN'], ['MARTY-VIDAL', 'CASTAGNÉ']],
      excused: ['DUVERT'],
      absent: ['PONS'],
    });
  });
  it('keeps the raw name as the text writes it, over its line break', () => {
    const doc = analyzeText(text);
    const wrapped = doc.attendance.present.find((p) => p.surname === 'DE LA BORIE-MONTFORT')!;
    expect(wrapped.givenName).toBe('Hugues');
    expect(doc.text.slice(wrapped.span!.start, wrapped.span!.end)).toBe(wrapped.raw);
  });
});

describe('a software\'s sheet "Nom Prénom Qualité P E A Pouvoir à", the office\'s cell in words and no layout to part the cells', () => {
  const SHEET = `LISTE DES MEMBRES DU CONSEIL MUNICIPAL - FEUILLE DE PRESENCE
Nom Prénom Qualité P E A Pouvoir à
MARTINEAU Jean-Luc Maire X
FERRAND Odile 1ère Adjointe X
COLLIN Bruno 2ème Adjoint X
RAYNAUD Sylvie 3ème Adjointe FERRAND
BOUVIER Paul Conseiller municipal X
LAGARDE Hélène Conseillère
municipale X
TESSIER Marc Conseiller municipal COLLIN
DUVAL Claire Conseillère
municipale BOUVIER
P : présent - E : absent excusé - A : absent - Le pouvoir est indiqué au nom du mandataire
`;
  const lists = listsOf(extractAttendance(SHEET).attendance);

  it("reads the holder named past the office ('RAYNAUD Sylvie 3ème Adjointe FERRAND'), the office no part of the given name", () => {
    expect(lists.represented).toEqual([
      ['RAYNAUD', 'FERRAND'],
      ['TESSIER', 'COLLIN'],
      ['DUVAL', 'BOUVIER'],
    ]);
    expect(extractAttendance(SHEET).attendance.present.find((p) => p.surname === 'BOUVIER')?.givenName).toBe('Paul');
  });

  it("reads the mark or the holder after the office wrapped in its cell ('Conseillère' / 'municipale X')", () => {
    expect(lists.present).toEqual(['MARTINEAU', 'FERRAND', 'COLLIN', 'BOUVIER', 'LAGARDE']);
  });
});

describe('a table of proxies laid out with spaces, "Mme X      par  Mme Y"', () => {
  it('pairs each member with their holder, the rows not read as a margin\'s notes beside a body', () => {
    const doc = analyzeText(`PROCES-VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL DU SAMEDI 4 MARS 2006

L'an deux mille six, le quatre mars à neuf heures, le Conseil Municipal de la Ville de Saint-Aubin,
légalement convoqué, s'est réuni sous la présidence de Monsieur Henri LEGRAND, Maire.

ETAIENT PRESENTS :
M. Henri LEGRAND, Maire, Mme Odile FAURE, M. Jacques ROUX, Mme Hélène MOREAU, M. Paul GIRARD,
Mme Anne BRUN, M. Louis MERCIER, Mme Claire LEROUX, Conseillers Municipaux.

ETAIENT REPRESENTES :
Mme Sophie BLANCHARD      par  Mme Odile FAURE
M. Pierre CHEVALIER       par  M. Jacques ROUX
Mme Julie LAMBERT         par  Mme Hélène MOREAU
M. Denis PERRIN           par  M. Paul GIRARD

ETAIENT ABSENTS :
M. Marc ROUSSEL

SECRETAIRE DE SEANCE : Mme Anne BRUN

Monsieur le Maire ouvre la séance à 9 h 10. Il procède à l'appel nominal des
conseillers et constate que le quorum est atteint. Le Conseil Municipal peut donc
valablement délibérer sur les affaires inscrites à l'ordre du jour, dont la liste
a été adressée aux conseillers avec leur convocation.

I - APPROBATION DU PROCES-VERBAL DE LA SEANCE DU 21 JANVIER 2006

Le procès-verbal de la séance précédente, dont chaque conseiller a reçu un
exemplaire, n'appelle aucune observation de la part des membres présents.
Le Conseil Municipal, après en avoir délibéré, approuve le procès-verbal.
Adopté à l'unanimité.
`);
    expect(listsOf(doc.attendance).represented).toEqual([
      ['BLANCHARD', 'FAURE'],
      ['CHEVALIER', 'ROUX'],
      ['LAMBERT', 'MOREAU'],
      ['PERRIN', 'GIRARD'],
    ]);
    expect(listsOf(doc.attendance).present).toEqual(['LEGRAND', 'FAURE', 'ROUX', 'MOREAU', 'GIRARD', 'BRUN', 'MERCIER', 'LEROUX']);
  });
});

describe("OCR's misreadings in the lists' labels and names", () => {
  it('"Abserit : M. JOUBERT" (ri for n) is the absent\'s label; "M. ESCLAUZEqui a donné pouvoir" parts the name from its relative', () => {
    const doc = analyzeText(`L'an mil neuf cent quatre-vingt-un, le seize octobre à vingt heures, le Conseil Municipal de la Commune, dument
convoqué, s'est r6uni en session ordinaire à la Mairie, sous la présidence de M. René FAURIE, Maire.

Etaient présents : MM. FAURIE, Maire, LAGARDE, BOUYSSOU, MAZEAU, Adjoints, CHAMINADE, VEYSSIERE, ROUMAGNAC.

Absents excusés : M. DUBREUIL qui a donne pouvoir à M. LAGARDE, M.
ESCLAUZEqui a donné pouvoir a M. ROUMAGNAC, MM. RAYNAUD et LAVAL.

Abserit : M. JOUBERT.

M. CHAMINADE a été élu secrétaire de séance.
`);
    const lists = listsOf(doc.attendance);
    expect(lists.represented).toEqual([
      ['DUBREUIL', 'LAGARDE'],
      ['ESCLAUZE', 'ROUMAGNAC'],
    ]);
    expect(lists.absent).toEqual(['JOUBERT']);
  });
});
