/** Attendance tables that text extraction gave one cell a line. Invented names. */
import { describe, expect, it } from 'vitest';
import { extractAttendance } from '../../src/extract/attendance.ts';
import { presenceCells } from '../../src/extract/presence-cells.ts';
import { listsOf } from '../helpers/attendance-lists.ts';
import { analyzeText } from '../helpers/analyze-text.ts';

const lists = (text: string) => listsOf(extractAttendance(text, text.length).attendance);

describe('a presence table one cell a line', () => {
  it('reads codes from the legend, a proxy column whose empty cells are gone', () => {
    const text = `Séance du jeudi 8 juillet 2021
Légende : P = présent(e) – E = excusé(e) – A = absent(e)

Conseiller municipal
Présence
Pouvoir donné à
KELLER Anne, Maire
P
ABDELLI Vincent
E
Mme M. DELAUNAY
ACHOUR Myriam
P
BARBIER Martine
E
BASTIEN Myriam
A
DELAUNAY Michel
P

Secrétaire de séance : M. Michel DELAUNAY
`;
    expect(lists(text)).toEqual({ present: ['KELLER', 'ACHOUR', 'DELAUNAY'], represented: [['ABDELLI', 'DELAUNAY']], excused: ['BARBIER'], absent: ['BASTIEN'] });
  });

  it('reads a column "Pouvoir donné à / Suppléé par": the holder after "Pouvoir", the substitute who sat after "Suppléé"', () => {
    const text = `Séance du 08/10/2019
Nom Prénom
Collectivité
Qualité
Statut
Pouvoir donné à / Suppléé par
BEAUDOUIN Gérard
CC Brivelle et Oudon
Président
Présent
LEMESLE Annick
CC Brivelle et Oudon
1ère Vice-présidente
Présente
TESSIER Marie-Laure
CC Brivelle et Oudon
Déléguée titulaire
Pouvoir
LEMESLE Annick
BELLANGER Yvon
CC du Pays de Saint-Aignan
Délégué titulaire
Suppléé
LOUVEAU Thierry
GUILLOUX Claire
CC du Pays de Saint-Aignan
Déléguée titulaire
Absente

Le quorum est atteint.
`;
    expect(lists(text)).toEqual({ present: ['BEAUDOUIN', 'LEMESLE', 'LOUVEAU'], represented: [['TESSIER', 'LEMESLE']], excused: [], absent: ['GUILLOUX'] });
  });

  it('reads presences said in words, with a column of offices between', () => {
    const text = `Séance du jeudi 26 juin 2025
Délégué
Qualité / collectivité
Présence
M. Didier AUBERTIN
Président – Montréjac
Présent
Mme Sylvie DOUHET
3e Vice-Présidente – Vialle
Excusée – pouvoir à M. CHANUT
M. Robert CHANUT
Sauviat-le-Haut
Présent
Mme Christiane MOUNIER
Vialle
Excusée
M. Paul TIXIER
Absent
`;
    expect(lists(text)).toEqual({ present: ['AUBERTIN', 'CHANUT'], represented: [['DOUHET', 'CHANUT']], excused: ['MOUNIER'], absent: ['TIXIER'] });
  });

  it('reads the labels printed on one line over the cells one a line, the holder a fifth cell of the represented rows only', () => {
    const text = `Séance du Conseil Municipal du jeudi 18 juin 2009
Etat des présences
Nom Prénom Qualité Présence Mandataire
GODARD
Patrick
Maire
Présent
VASSEUR
Sylvie
Adjoint
Représenté
FONTAINE Marc
FONTAINE
Marc
Conseiller municipal
Présent
BRIDOUX
Agnès
Conseiller municipal
Excusé
LEROUX
Denis
Conseiller municipal
Absent
Secrétaire de séance : M. FONTAINE Marc
`;
    expect(lists(text)).toEqual({ present: ['GODARD', 'FONTAINE'], represented: [['VASSEUR', 'FONTAINE']], excused: ['BRIDOUX'], absent: ['LEROUX'] });
    const table = presenceCells(text, 0, text.length);
    expect(table?.entries.map((e) => e.person.givenName)).toEqual(['Patrick', 'Sylvie', 'Marc', 'Agnès', 'Denis']);
  });

  it('reads a presence column labelled "ETAT", the holder of a proxy in the column "POUVOIR A" after it', () => {
    const text = `COMMUNE\nDELEGUE\nQUALITE\nETAT\nPOUVOIR A\nESTRAGNAC\nSOULES Jean-Claude\nTitulaire\nPrésent\nESTRAGNAC\nDUBOSC Louis\nTitulaire\nPouvoir\nSOULES J-C.\nLAVIGNAC\nBARRERE Jacques\nTitulaire\nPrésent\nLAVIGNAC\nLACAZE Marie\nTitulaire\nExcusée\nMONTAUT\nFERRAN Paul\nTitulaire\nAbsent\n`;
    expect(lists(text)).toEqual({ present: ['SOULES', 'BARRERE'], represented: [['DUBOSC', 'SOULES']], excused: ['LACAZE'], absent: ['FERRAN'] });
  });

  it('reads the labels on one line with the presence\'s last, no holders\' column', () => {
    const text = `Etat des présences\nNom Prénom Qualité Présence\nGODARD\nPatrick\nMaire\nPrésent\nBRIDOUX\nAgnès\nAdjoint\nExcusé\nLEROUX\nDenis\nConseiller municipal\nAbsent\nFONTAINE\nMarc\nConseiller municipal\nPrésent\n`;
    expect(lists(text)).toEqual({ present: ['GODARD', 'FONTAINE'], represented: [], excused: ['BRIDOUX'], absent: ['LEROUX'] });
  });

  it('leaves rows kept whole on their lines under labels on one line to the tables of rows', () => {
    const text = `Nom Prénom Qualité Présence\nMARTIN Denis Maire Présent\nROCHE Christine Adjointe Présente\nFAURE Jean Conseiller Excusé\nTISSOT Annie Conseillère Absente\n`;
    expect(presenceCells(text, 0, text.length)).toBeNull();
  });

  it('reads a commune before each name, a substitute who sat, a page\'s foot between a name and its presence, the labels again', () => {
    const text = `Séance du jeudi 27 juin 2024
Commune
Délégué(e)
Présence
Bréville
Monique SAUVAGEOT
Présente
Bréville
Alain PICHOT
Pouvoir à Monique SAUVAGEOT
Courtenay-sur-Yonne
Didier BAUDOIN
Suppléé par Mme Josiane RAVEAU
Fontaine-Bérard
Jacques THIBORD
CC du Pays de Chamblais – Procès-verbal du Conseil communautaire du 27 juin 2024 2/5
Pouvoir à Monique SAUVAGEOT
Commune
Délégué(e)
Présence
Montigny-les-Prés
Henri VALLAT
Absent
`;
    expect(lists(text)).toEqual({ present: ['SAUVAGEOT', 'RAVEAU'], represented: [['PICHOT', 'SAUVAGEOT'], ['THIBORD', 'SAUVAGEOT']], excused: [], absent: ['VALLAT'] });
  });

  it('reads "Conseiller(ère)" and "Pouvoir / Suppléance" labels, a commune\'s line over its group, a proxy cell "Pouvoir à …" under "Excusée"', () => {
    const text = `Séance du 26 septembre 2023
Commune
Conseiller(ère)
Présence
Pouvoir / Suppléance
BAZELLES-SUR-INDRE
M. Hervé GIRAUDEAU
Présent
Mme Nathalie BOUQUIN
Présente
Mme Corinne DESFORGES
Excusée
Pouvoir à M. Hervé GIRAUDEAU
SAINT-FIACRE-DES-BOIS
M. Franck AUCLAIR
Excusé
Mme Karine TOURANCHEAU
Présente
`;
    expect(lists(text)).toEqual({ present: ['GIRAUDEAU', 'BOUQUIN', 'TOURANCHEAU'], represented: [['DESFORGES', 'GIRAUDEAU']], excused: ['AUCLAIR'], absent: [] });
  });

  it('is no table without its labels, nor under fewer than three rows', () => {
    expect(presenceCells('Séance du 3 mars\nM. Paul DURAND\nPrésent\nMme Anne MARTIN\nExcusée\n', 0, 60)).toBeNull();
    const two = 'NOM Prénom\nPrésence\nDURAND Paul\nPrésent\nMARTIN Anne\nExcusée\n';
    expect(presenceCells(two, 0, two.length)).toBeNull();
  });
});

describe('an observations column after the presence, most of its cells empty', () => {
  it('takes no next row\'s name for a note, and reads "pouvoir à M. X" there as the holder of the proxy', () => {
    const text = `Membres du Conseil municipal
Nom
Prénom
Qualité
Présence
Observations
SANTONI
Ange-Mathieu
Maire
P
PIERACCINI
Dominique
1er Adjoint
P
FILIPPI
Paul-Antoine
Conseiller
R
pouvoir à M. PIERACCINI
ORSINI
Laurent
Conseiller
E
PAOLI
Antoine
Conseiller
A
LECCIA
Pierre-Paul
Conseiller
P
arrivé au point n° 81/33
NICOLAI
Joseph
Conseiller
P
secrétaire de séance
Légende : P présent - R représenté - E excusé - A absent
`;
    expect(lists(text)).toEqual({
      present: ['SANTONI', 'PIERACCINI', 'LECCIA', 'NICOLAI'],
      represented: [['FILIPPI', 'PIERACCINI']],
      excused: ['ORSINI'],
      absent: ['PAOLI'],
    });
  });
});

describe('a count with an aside before the table', () => {
  it('"Présents : 11 (12 à partir du point 3) Votants : 12" is counts, not a list heading over the table', () => {
    const text = `Conseillers en exercice : 15 Présents : 11 (12 à partir du point 3) Votants : 12 (13 à partir du point 3)
NOM Prénom
Présence
MORVAN Catherine
Présente
PERRIN Sophie
Excusée – pouvoir à LEROUX Alain
LEROUX Alain
Présent
LEFEBVRE Thomas
Absent
BOULANGER Rémi
Présent à partir du point 3 (20h25)
Secrétaire de séance : Mme Aurore LEROUX
`;
    expect(lists(text)).toEqual({ present: ['MORVAN', 'LEROUX', 'BOULANGER'], represented: [['PERRIN', 'LEROUX']], excused: [], absent: ['LEFEBVRE'] });
    expect(extractAttendance(text, text.length).attendance.counts).toMatchObject({ inOffice: 15, present: 11, voting: 12 });
  });
});

describe('a table one cell a line with an office between the name and the presence', () => {
  it('does not take the next row\'s name, under an "A", for a proxy\'s holder', () => {
    const doc = analyzeText(`Le Conseil municipal s'est réuni le 11 avril 2023, sous la présidence de M. Jean-Louis ASTRUC, Maire.
Conseillers
Qualité
Présence
Pouvoir donné à
ASTRUC Jean-Louis
Maire
P
BRUN Nathalie
Conseillère
E
M. ASTRUC
GIBELIN Olivier
Conseiller
A
PAGÈS Thierry
Conseiller
P
ROUVIÈRE Martine
Conseillère
P
P : présent – E : excusé – A : absent

1. Tarifs de la cantine
Le Conseil municipal, à l'unanimité, fixe les tarifs.
`);
    expect(listsOf(doc.attendance)).toEqual({
      present: ['ASTRUC', 'PAGÈS', 'ROUVIÈRE'],
      represented: [['BRUN', 'ASTRUC']],
      excused: [],
      absent: ['GIBELIN'],
    });
  });
});

describe('presence columns labelled by their codes or "Émargement"', () => {
  it('reads a "P / A / E / R" column, its offices between, the holder of each proxy after "R"', () => {
    const text = `Séance du mardi 12 avril 2022
LISTE DE PRÉSENCE
NOM – Prénom
Qualité
P / A / E / R
Pouvoir donné à
NÉRÉE Ginette
Maire
P
PLACIDE Jean-Claude
1er Adjoint
P
LOLLIA Marie-Josée
2e Adjointe
R
PLACIDE Jean-Claude
MATHURIN Fred
3e Adjoint
P
LAUPEN Yannick
Conseiller municipal
E
JOACHIM Pascale
Conseillère municipale
A
P : présent(e) – A : absent(e) – E : absent(e) excusé(e) – R : représenté(e)
`;
    const l = lists(text);
    expect(l.present).toEqual(['NÉRÉE', 'PLACIDE', 'MATHURIN']);
    expect(l.represented).toEqual([['LOLLIA', 'PLACIDE']]);
    expect([l.excused, l.absent]).toEqual([['LAUPEN'], ['JOACHIM']]);
  });

  it('reads "Émargement" in words, "Représentée" with the holder under it, a commune over its members naming no one', () => {
    const text = `Séance du jeudi 25 juin 2026
COMMUNE
CONSEILLER(E) COMMUNAUTAIRE
ÉMARGEMENT
POUVOIR À
ANSE-BELLEVUE
M. Raymond CIDALISE
Présent
Mme Josiane URSULET
Présente
Mme Sandrine THÉODOSE
Représentée
Mme URSULET
M. Gérald CLÉON
Excusé
MORNE-CACAO
M. Ferdinand MÉLINARD
Présent
Mme Murielle DORVAL
Absente
SAINTE-APOLLINE
Mme Jocelyne PÉTRICIEN
Présente
`;
    const l = lists(text);
    expect(l.present).toEqual(['CIDALISE', 'URSULET', 'MÉLINARD', 'PÉTRICIEN']);
    expect(l.represented).toEqual([['THÉODOSE', 'URSULET']]);
    expect([l.excused, l.absent]).toEqual([['CLÉON'], ['DORVAL']]);
  });

  it("reads a legend's abbreviated code, 'Proc. = a donné procuration'", () => {
    const text = `Séance du 26 mars 1999
NOM ET PRENOM
FONCTION
PRESENCE
MANDATAIRE
HOARAU Jean-Max
Maire
P
TECHER Marie-Annick
3ème Adjointe
Proc.
PAYET Lucette
PAYET Lucette
1ère Adjointe
P
MAILLOT Béatrice
Conseillère municipale
E
P = présent(e) - E = absent(e) excusé(e) - A = absent(e) - Proc. = a donné procuration
`;
    const l = lists(text);
    expect(l.present).toEqual(['HOARAU', 'PAYET']);
    expect(l.represented).toEqual([['TECHER', 'PAYET']]);
    expect(l.excused).toEqual(['MAILLOT']);
  });
});

describe('counts and codes around a table one cell a line', () => {
  const text = [
    'Séance du mardi 12 avril 2022',
    'Membres en',
    'exercice',
    'Présents',
    'Représentés',
    'Absents',
    'Votants',
    '6',
    '3',
    '1',
    '2',
    '4',
    'LISTE DE PRÉSENCE',
    'NOM – Prénom',
    'P / A / E / R',
    'Pouvoir donné à',
    'FERRAND Odile',
    'P',
    'GIRAUD Paul',
    'R',
    'FERRAND Odile',
    'HUBERT Lise',
    'P*',
    'JOLY Marc',
    'P',
    'KLEIN Ana',
    'A',
    'LEROY Guy',
    'E',
    'P : présent(e) – A : absent(e) – E : excusé(e) – R : représenté(e)',
    '* arrivée en cours de séance',
    '',
    'Le quorum étant atteint, la séance est ouverte.',
  ].join('\n');

  it('reads the counts whose first label wrapped ("Membres en" over "exercice"), and no list under "Absents"', () => {
    const r = extractAttendance(text, text.length);
    expect(r.attendance.counts).toEqual({ inOffice: 6, present: 3, represented: 1, voting: 4 });
    expect(lists(text)).toEqual({ present: ['FERRAND', 'HUBERT', 'JOLY'], represented: [['GIRAUD', 'FERRAND']], excused: ['LEROY'], absent: ['KLEIN'] });
  });

  it('the counts table, its first label wrapped, is attendance', () => {
    const doc = analyzeText(text);
    const parts = doc.sections.filter((s) => s.kind === 'attendance').map((s) => doc.text.slice(s.start, s.end));
    expect(parts[0]).toMatch(/^Membres en\nexercice\nPrésents\n[\s\S]*\n4$/);
  });
});

describe('a bureau\'s table one cell a line: commune, member, office, presence', () => {
  const text = [
    'Séance du lundi 10 septembre 2012',
    'Commune',
    'Membre du Bureau',
    'Fonction',
    'Présence',
    'Robiac',
    'Gérard AUZAN',
    'Président',
    'Présent',
    'Les Tourrettes',
    'Bruno CASTEL',
    '2ème Vice-Président',
    'Excusé – pouvoir à',
    'G. AUZAN',
    'La Bastide-',
    'des-Oliviers',
    'Christian OLLIER',
    '6ème Vice-Président',
    'Absent',
    'Les Gaudins',
    'Henri TOURNEL',
    'Membre',
    'Présent',
    'Malemort-du-',
    'Calavon',
    'Pierre-Yves LE DANTEC',
    'Membre',
    'Excusé',
    'En exercice',
    '5',
    'Présents',
    '2',
    'Pouvoirs',
    '1',
    'Votants',
    '3',
    'Secrétaire de séance',
    'Henri TOURNEL',
    '',
  ].join('\n');

  it('reads each row past a commune wrapped on two lines, the holder under "pouvoir à"', () => {
    expect(lists(text)).toEqual({ present: ['AUZAN', 'TOURNEL'], represented: [['CASTEL', 'AUZAN']], excused: ['LE DANTEC'], absent: ['OLLIER'] });
  });

  it('reads "Pouvoirs" over its figure, and the secretary under the label', () => {
    const r = extractAttendance(text, text.length);
    expect(r.attendance.counts).toEqual({ inOffice: 5, present: 2, represented: 1, voting: 3 });
    expect(analyzeText(text).meeting.secretary?.surname).toBe('TOURNEL');
  });
});

describe('a presence table read column by column', () => {
  const names = ['M. Thierry VAUCHEL', 'Mme Sabine LEMONNIER', 'M. Mamadou DIOP', 'Mme Isabel FERRAZ', 'M. Vincent LEFORT'];
  const offices = ['Maire, Président de droit', 'Vice-présidente, élue', 'Conseiller municipal', 'Nommée – insertion (Secours', 'catholique)', 'Nommé – UDAF'];
  const table = (presences: string[]) =>
    ['Séance du jeudi 30 mars 2017', 'Administrateur', ...names, 'Qualité', ...offices, 'Présence', ...presences, 'Le quorum étant atteint, la séance est ouverte.', ''].join('\n');

  it('pairs the names with the presences of the same rank, past an office column whose cells wrap', () => {
    const text = table(['Excusé', 'Présente', 'Présent', 'Pouvoir à S. LEMONNIER', 'Absent']);
    expect(lists(text)).toEqual({ present: ['LEMONNIER', 'DIOP'], represented: [['FERRAZ', 'LEMONNIER']], excused: ['VAUCHEL'], absent: ['LEFORT'] });
  });

  it('pairs nothing when the presences are fewer than the names', () => {
    const text = table(['Excusé', 'Présente', 'Présent', 'Absent']);
    expect(lists(text).present).not.toContain('DIOP');
  });
});

describe('a table whose legend spells out abbreviated statuses', () => {
  it('"Pouv. à X" is a proxy; the legend\'s words, wrapped onto a second line, head no list', () => {
    const text = `Etat des présences
Légende : P = présent ; Exc. = excusé ; Abs. = absent ; Pouv. = pouvoir donné à ; Suppléé par = délégué
suppléant siégeant avec voix délibérative
Commune
Délégué(e)
Fonction
Présence
Champs-de-Rhue
BARDET Philippe
Président
P
ESTIVAL Christine
Pouv. à BARDET Philippe
LAPORTE Gérard
Abs.
Marchastelet
MOMMALIER Alain
Vice-président
P
ROUFFIAC Daniel
Exc.
HUGON Pierre
Suppléé par JARRIGE Marcel
Secrétaire de séance : M. Alain MOMMALIER
`;
    expect(lists(text)).toEqual({ present: ['BARDET', 'MOMMALIER', 'JARRIGE'], represented: [['ESTIVAL', 'BARDET']], excused: ['ROUFFIAC'], absent: ['LAPORTE'] });
  });
});

describe('a table a member a line, its legend in capitals, a commune column between office and code', () => {
  it('"P = Présent(e) ; R = Représenté(e) …" gives the codes; "Quorum requis / atteint … OUI" counts nothing', () => {
    const text = `Membres en Présents Représentés Votants Quorum Quorum
exercice requis atteint
21 15 3 18 11 OUI
LISTE DES MEMBRES
Civ. Nom Prénom Fonction Commune Etat
Mandataire
M. LEFEBVRE Jean-Marie Président Maurignies P
Mme DUBRULLE Annick 1ère Vice- Elesmont P
Présidente
M. WATTIEZ Bernard 3ème Vice- Courtignies R LEFEBVRE Jean-
Président Marie
M. HENNEBERT Claude 6ème Vice- Obrechain A
Président
Mme COUSIN Nadine 11ème Vice- Elesmont E
Présidente
M. PLAYE Jacques Membre du Obrechain P
Bureau
Légende : P = Présent(e) ; R = Représenté(e) ; E = Excusé(e) ; A = Absent(e)
`;
    const { attendance } = extractAttendance(text, text.length);
    expect(listsOf(attendance)).toEqual({ present: ['LEFEBVRE', 'DUBRULLE', 'PLAYE'], represented: [['WATTIEZ', 'LEFEBVRE']], excused: ['COUSIN'], absent: ['HENNEBERT'] });
    expect(attendance.counts).toEqual({ inOffice: 21, present: 15, represented: 3, voting: 18 });
  });
});

describe('a software export with the given name in a column of its own', () => {
  const text = `PRESENCES
Nom
Prénom
Fonction
Présence
Pouvoir à
Observations
ROCCASERRA
Dominique-Paul
Maire
P
TAFANI
Jean-Baptiste
1er Adjoint
P
Secrétaire de séance
BIAGGI
Pierre-Toussaint
Conseiller municipal
PV
ROCCASERRA Dominique-Paul
SIMEONI
Angèle
Conseillère municipale
E
PIAZZA
Noël
Conseiller municipal
P
Arrivé à 18h40
VITALI
François
Conseiller municipal
A
Légende : P = présent ; PV = a donné pouvoir ; E = excusé ; A = absent
Membres en exercice
Présents
Pouvoirs
6
3
1
`;
  it('reads each row: family name, given name, office, presence code, holder of the proxy; the legend closes the table', () => {
    const { attendance } = extractAttendance(text);
    expect(attendance.present.map((p) => [p.surname, p.givenName])).toEqual([
      ['ROCCASERRA', 'Dominique-Paul'],
      ['TAFANI', 'Jean-Baptiste'],
      ['PIAZZA', 'Noël'],
    ]);
    expect(attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['BIAGGI', 'ROCCASERRA']]);
    expect(attendance.excused.map((p) => p.surname)).toEqual(['SIMEONI']);
    expect(attendance.absent.map((p) => p.surname)).toEqual(['VITALI']);
  });
});

describe('a bureau\'s table one cell a line with two cells of notes and its presence labelled "Situation"', () => {
  it('reads each member\'s situation after their office and commune, the holder under "Représenté"', () => {
    const text = `Membres du Bureau
Fonction
Commune
Situation
Pouvoir à
SAINT-AMAND Hilaire
Président
Belle-Source
Présent
CARIBERT Justin
1er Vice-Président
Morne-Vert
Présent
ZÉLIE Fernand
2ème Vice-Président
Anse-Claire
Représenté
CARIBERT Justin
DORSANE Roland
Membre
Belle-Source
Excusé
LACOUR Eugène
Membre
Anse-Claire
Absent
Membres en exercice
5`;
    expect(lists(text)).toEqual({
      present: ['SAINT-AMAND', 'CARIBERT'],
      represented: [['ZÉLIE', 'CARIBERT']],
      excused: ['DORSANE'],
      absent: ['LACOUR'],
    });
  });
});

describe('a regional council\'s roll call one cell a line, headed "Conseiller régional / Groupe / Présence"', () => {
  it('reads each member\'s presence after their group', () => {
    const text = `LISTE D'APPEL
Conseiller régional
Groupe
Présence
Mme ARCHAMBEAU Sophie
ECO
Présente
M. AUZOLLE Jean-Paul
SR
Présent
M. BARDOUX Lucien
COM
Excusé
M. BRUGNOT Georges
NI
Absent
Le quorum étant atteint.`;
    expect(lists(text)).toEqual({ present: ['ARCHAMBEAU', 'AUZOLLE'], represented: [], excused: ['BARDOUX'], absent: ['BRUGNOT'] });
  });
});

describe('a form and a presence table exported column by column, every label first', () => {
  const text = `Commune de BRÉAU-SUR-ORGE (77)
Procès-verbal de séance
Séance du
Convocation
Président
Secrétaire
21/03/1980
14/03/1980
M. BARBIN Roger, Maire
M. VASSAL Claude
Conseiller
Présence
Pouvoir à
BARBIN Roger
DUVAL Jacques
LEMOINE Gisèle
VASSAL Claude
ROUSSEL Jean
MAILLARD Bernard
TESSIER Lucien
Présent
Présent
Présent
Présent
Pouvoir
Excusé
Absent
DUVAL Jacques
En exercice : 7 Présents : 4 Votants : 5
L'an mil neuf cent quatre-vingt, le vingt et un mars, le Conseil Municipal s'est réuni à la Mairie.
1980/04 Compte administratif 1979
Le Conseil approuve le compte administratif 1979 à l'unanimité.`;

  it('pairs each name with the presence of its rank, and the proxies column with the members represented, in order', () => {
    expect(listsOf(analyzeText(text).attendance)).toEqual({
      present: ['BARBIN', 'DUVAL', 'LEMOINE', 'VASSAL'],
      represented: [['ROUSSEL', 'DUVAL']],
      excused: ['MAILLARD'],
      absent: ['TESSIER'],
    });
  });

  it('reads the secretary as the value of "Secrétaire" in the column of labels', () => {
    expect(analyzeText(text).meeting.secretary?.surname).toBe('VASSAL');
  });
});

describe('a presence table with a column of the substitutes who sat', () => {
  it('reads "S" (replaced by the substitute) as the substitute in the next cell present, "Pv" with its holder as represented', () => {
    const text = `Etat des présences
Légende : P = présent ; E = excusé ; A = absent ; S = remplacé par son suppléant ;
Pv = a donné pouvoir
Commune
Délégué titulaire
Prés.
Suppléant ayant siégé
Pouvoir donné à
AUBIGNY
MARCHAND Paul
P
AUBIGNY
ROLLAND Sophie
P
BRÉVAL
GARNIER Luc
Pv
MARCHAND Paul
BRÉVAL
FAURE Alain
S
TESSIER Marc
CORNAY
LEROUX Anne
E
CORNAY
PICARD Jean
A
DOMPIERRE
VIDAL Hélène
P
Présents : 4 titulaires + 1 suppléant
`;
    expect(lists(text)).toEqual({ present: ['MARCHAND', 'ROLLAND', 'TESSIER', 'VIDAL'], represented: [['GARNIER', 'MARCHAND']], excused: ['LEROUX'], absent: ['PICARD'] });
  });
});

describe('a presence table whose rows open on their commune, an observation closing them', () => {
  it('reads the commune cell as no member, "Remplacé" / "Remplace X" as the substitute sitting, "Pouvoir" / "à X" as a proxy', () => {
    const text = `COMPOSITION
Commune
Délégué
Qualité
Présence
Observation
ORSANNE-LE-HAUT
BERTIN Marcel
Titulaire
Présent
VILLARD
GROS Louis
Titulaire
Présent
VILLARD
MOLLET Jean
Titulaire
Excusé
LE PRE-MOREL
TORNE Henri
Titulaire
Absent
Remplacé
LE PRE-MOREL
BOUVIER Joseph
Suppléant
Présent
Remplace TORNE H.
SAINT-JEOIRE
CHATEAU Fernand
Titulaire
Présent
SAINT-JEOIRE
PESSON Albert
Titulaire
Pouvoir
à CHATEAU F.
CHAMBOURS
FAVRE Gaston
Titulaire
Absent
En exercice
`;
    expect(lists(text)).toEqual({ present: ['BERTIN', 'GROS', 'BOUVIER', 'CHATEAU'], represented: [['PESSON', 'CHATEAU']], excused: ['MOLLET'], absent: ['FAVRE'] });
  });
});

describe('a presence table a member a row, a group and a department between the name and the presence', () => {
  it('reads "ALLART Jacqueline SOC Pas-de-Calais Présent" as one member, the cells after the name no second one', () => {
    const text = `LISTE D'EMARGEMENT
Nom Prénom Groupe Dépt. Présence Pouvoir donné à
ALLET Jacqueline SOC Pas-de-Calais Présent
AMEYE Bernard UDF Pas-de-Calais Présent
BECQUET Josiane SOC Nord Pouvoir DELOBEAU Jacques
BERTOUX Jean-Pierre FN Nord Présent
DE VULDRE Christian UDF Nord Excusé
DELOBEAU Jacques SOC Nord Présent
DURIEZ Marc COM Nord Absent

Le Président ouvre la séance.
`;
    expect(lists(text)).toEqual({ present: ['ALLET', 'AMEYE', 'BERTOUX', 'DELOBEAU'], represented: [['BECQUET', 'DELOBEAU']], excused: ['DE VULDRE'], absent: ['DURIEZ'] });
  });
});

describe("a coded attendance table over two pages, the page's head and the column labels printed again over its rest", () => {
  const rows = (names: string[]) => names.map((n) => `${n} Côte-d'Or Délégué des communes P`).join('\n');
  // The column labels one a line, printed over each page's rows.
  const HEADER = ['Nom', 'Prénom', 'Département', 'Qualité', 'Présence', 'Pouvoir à'].join('\n');
  const TEXT = `CONSEIL REGIONAL DE BOURGOGNE
Service des Archives - Base DELIB-HIST
EXTRAIT DU REGISTRE DES DELIBERATIONS
Séance du vendredi 27 avril 1984
Liste d'émargement (légende : P = présent ; PV = a donné pouvoir ; E = excusé ; A = absent)
${HEADER}
${rows(['AUBERTIN Marcel', 'BARDIN Lucien', 'BIDAULT Raymond', 'BOISSENOT Pierre'])}
BOURGEON Gaston Nièvre Sénateur E
\fCONSEIL REGIONAL DE BOURGOGNE
Service des Archives - Base DELIB-HIST
Page 2/2
${HEADER}
${rows(['LORIOT Patrick', 'MAGNIEN Charles', 'MARCHANDEAU Jean'])}
MAILLARDET Lucien Yonne Délégué du Conseil général PV BARDIN L.
NAULOT Guy Yonne Délégué des communes A

Le Conseil Régional, après en avoir délibéré, approuve le contrat de plan.
`;
  it("reads the rows of both pages as one table", () => {
    const doc = analyzeText(TEXT);
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['AUBERTIN', 'BARDIN', 'BIDAULT', 'BOISSENOT', 'LORIOT', 'MAGNIEN', 'MARCHANDEAU']);
    expect(doc.attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['MAILLARDET', 'BARDIN']]);
    expect(doc.attendance.absent.map((p) => p.surname)).toEqual(['NAULOT']);
  });
});

describe('a table one cell a line with a given name\'s column, the holder\'s family name alone in "Pouvoir à"', () => {
  it('reads the name alone after "R" as the holder where the next row\'s name and given name follow it', () => {
    const text = `PRÉSENCES
Légende : P présent - R représenté - E excusé - A absent
Nom
Prénom
Qualité
Situation
Pouvoir à
ARNAUD
Félix
Maire
P
CASTEL
Jean
Adjoint
P
GIRAUD
Marcel
Conseiller
E
ROUX
Antoine
Conseiller
R
CASTEL
DAUPHIN
Lucienne
Conseiller
P
NEGREL
Fernand
Conseiller
A

L'ordre du jour est abordé.
`;
    expect(lists(text)).toEqual({
      present: ['ARNAUD', 'CASTEL', 'DAUPHIN'],
      represented: [['ROUX', 'CASTEL']],
      excused: ['GIRAUD'],
      absent: ['NEGREL'],
    });
  });
});

describe('a table one cell a line, a blank line after each row, its communes first', () => {
  it('reads each commune over its member, "Pouvoir à / Observations", "S = suppléant siégeant" and "suppléé par X"', () => {
    const text = `LISTE DES DELEGUES
Légende : P = présent ; E = excusé ; A = absent ; R = représenté (pouvoir) ; S = suppléant siégeant
Commune
Nom
Prénom
Statut
Pouvoir à / Observations
BELVEZAC
BARRAT
Jean-Claude
P

BELVEZAC
LAGARDE
Michel
P

BELVEZAC
DUMAS-VERGNE
Christiane
R
LAGARDE Michel
ROUFFIAC
LABROUSSE
Henri
E
suppléé par CHASSAING Pierre
ROUFFIAC
CHASSAING
Pierre
S
suppléant de LABROUSSE Henri
MONTREGNAC
ROUGIER
Francis
P
quitte la séance avant le point 7
MONTREGNAC
VEYSSIERE
Nadine
A

Le Président ouvre la séance.
`;
    expect(lists(text)).toEqual({
      present: ['BARRAT', 'LAGARDE', 'CHASSAING', 'ROUGIER'],
      represented: [['DUMAS-VERGNE', 'LAGARDE']],
      excused: [],
      absent: ['VEYSSIERE'],
    });
  });
});

describe("a software's minutes: its counts a label and a figure each on one line, its table's rows a member each", () => {
  // Invented department and names.
  const text = `CONSEIL DEPARTEMENTAL DE LA NIEVRE
Commission permanente
PROCES-VERBAL
Séance du 23/04/2012
Membres en exercice 8 Présents 6 Représentés 1 Absents 1 Quorum Atteint
LISTE DES MEMBRES
Nom Prénom Qualité Présence Mandataire
CHASSAGNE Raymond Président Présent
BESSON Jean-Pierre 1er Vice-président Présent
ROUCHON Annie 2ème Vice-présidente Représentée MAGNAN Louis
MAGNAN Louis 3ème Vice-président Présent
FOURNIER Gérard 4ème Vice-président Présent
VIGNAL Christian 5ème Vice-président Excusé
BOUDIN Henri Membre Présent
ALBERT Marc Membre Présent (arrivée 10:40 - rapport
CP-12-04-006)
M. le Président ouvre la séance à 10h00.
`;
  const doc = analyzeText(text);

  it('reads each count before the next label on its line', () => {
    expect(doc.attendance.counts).toMatchObject({ inOffice: 8, present: 6, represented: 1 });
  });

  it("keeps a member whose presence is followed by a note of arrival among the present", () => {
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['CHASSAGNE', 'BESSON', 'MAGNAN', 'FOURNIER', 'BOUDIN', 'ALBERT']);
  });
});

describe('a table a column a status, marked "X", given one cell a line: which column each mark stood in is lost', () => {
  const row = (name: string, office: string, holder?: string) => [name, office, 'X', ...(holder ? [holder] : [])];
  const REGISTER = [
    'REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL',
    'Séance ordinaire du jeudi 14 septembre 2000',
    'Membres',
    'Qualité',
    'Présent',
    'Absent excusé',
    'Absent non excusé',
    'Procuration donnée à',
    ...row('KIEFFER Bernard', 'Maire'),
    ...row('STOECKEL Marlène', '1ère Adjointe'),
    ...row('HAEGEL René', '2ème Adjoint'),
    ...row('WENDLING Jean-Paul', '3ème Adjoint'),
    ...row('ZIMMER Thierry', 'Conseiller municipal', 'WENDLING Jean-Paul'),
    ...row('BURGER Monique', 'Conseillère municipale', 'STOECKEL Marlène'),
    ...row('ROOS Christiane', 'Conseillère municipale'),
    'Secrétaire de séance :',
    'Mme HOLTZMANN Christine, secrétaire de mairie',
    'Le Conseil Municipal, à l\'unanimité, approuve le budget.',
  ].join('\n');
  const doc = analyzeText(REGISTER);
  it('reads a mark as presence, and as a proxy given where the holder follows it; the statuses\' labels head no list', () => {
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['KIEFFER', 'STOECKEL', 'HAEGEL', 'WENDLING', 'ROOS']);
    expect(doc.attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([
      ['ZIMMER', 'WENDLING'],
      ['BURGER', 'STOECKEL'],
    ]);
    expect(doc.attendance.absent).toEqual([]);
  });
});

describe("a delegates' table a cell a line, its commune first, its codes from a legend", () => {
  const TABLE = `CONSEIL DE COMMUNAUTE
Séance du 21/09/1995
Légende : T = titulaire S = suppléant P = présent E = excusé A = absent
Pv = a donné pouvoir R = remplacé par son suppléant
COMMUNE
DELEGUE
QUAL.
PRES.
POUVOIR A
MONTREVAL
LEMONNIER Gérard
T
P
MONTREVAL
HAMELIN Roger
T
Pv
LEMONNIER G.
LA CHAPELLE-AUX-FRENES
GOSSELIN Jean
T
R
LA CHAPELLE-AUX-FRENES
MAUGER Daniel
S
P
CAUVILLE-LES-PRES
VAUTIER Michel
T
E
`;
  it('reads "QUAL." as a note; a member replaced ("R") whose substitute\'s cell is empty leaves the next row\'s commune to it', () => {
    const doc = analyzeText(TABLE);
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['LEMONNIER', 'MAUGER']);
    expect(doc.attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['HAMELIN', 'LEMONNIER']]);
    expect(doc.attendance.excused.map((p) => p.surname)).toEqual(['VAUTIER']);
  });
});

describe('an archive software\'s presence table, six cells a row, its commune first', () => {
  const row = (commune: string, surname: string, given: string, status: string, holder?: string) => [commune, surname, given, 'Délégué titulaire', status, ...(holder ? [holder] : [])];
  const text = [
    'Liste de présence', 'Commune', 'Nom', 'Prénom', 'Qualité', 'Statut', 'Mandataire',
    ...row('VAUBRUN', 'BEAUVALLON', 'Roger', 'Présent'),
    ...row('VAUBRUN', 'LECORDIER', 'Paul', 'Présent'),
    ...row('VAUBRUN', 'VASSELIN', 'Henri', 'Représenté', 'LECORDIER Paul'),
    ...row('MARCOUSSY-LE-BAS', 'CHAMPION', 'Gérard', 'Excusé'),
    ...row('FRESNAY-LE-ROCHER', 'BLONDEL', 'Maurice', 'Présent'),
    ...row('FRESNAY-LE-ROCHER', 'HAMELINE', 'Georges', 'Absent'),
    ...row('VILLEBROSSE', 'VERDELET', 'Paul', 'Présent'),
    '',
    'Ordre du jour',
  ].join('\n');

  it('reads the holder under "Représenté"; the commune opening the row after "Excusé" or "Absent" is no holder', () => {
    const entries = presenceCells(text, 0, text.length)!.entries.map((e) => [e.person.surname, e.status, e.proxy?.surname ?? null]);
    expect(entries).toEqual([
      ['BEAUVALLON', null, null],
      ['LECORDIER', null, null],
      ['VASSELIN', null, 'LECORDIER'],
      ['CHAMPION', 'excused', null],
      ['BLONDEL', null, null],
      ['HAMELINE', 'absent', null],
      ['VERDELET', null, null],
    ]);
  });
});

describe('a form one cell a line, "Lieu de réunion" over "Date d\'envoi de la convocation"', () => {
  it('reads the place as the first of their two values, not the second label', () => {
    const form = ['DISTRICT DU VAL DE MORVE', 'Conseil de District', 'Procès-verbal de séance', 'Séance n°', 'Date', 'Heure', 'CD-1979-04', '26/06/1979', '20:45',
      'Lieu de réunion', "Date d'envoi de la convocation", 'Mairie de Vaubrun - Salle des mariages', '18/06/1979',
      'Président de séance', 'BEAUVALLON Roger', '', "Le Conseil approuve le procès-verbal de la séance précédente à l'unanimité."].join('\n');
    expect(analyzeText(form).meeting.place).toBe('Mairie de Vaubrun - Salle des mariages');
  });
});

describe("a coded presence table whose holders' column came out after it", () => {
  const sitting = (holders: string) =>
    analyzeText(`COMPTE RENDU SOMMAIRE DE LA SÉANCE DU CONSEIL MUNICIPAL
DU MARDI 12 AVRIL 2016
Président de séance : M. VINCENTELLI Paul-Antoine, Maire
ÉTAT DES PRÉSENCES
Nom Prénom
Qualité
Présence
VINCENTELLI Paul-Antoine Maire P
LUCIANI Marie-Dominique 1ère adjointe P
ORSINI Jean-Baptiste 2ème adjoint P
FILIPPI Anna-Maria 3ème adjointe P
MARCHETTI Nathalie Conseillère municipale R
NICOLAI Charles Conseiller municipal R
TOMASI Jean-Michel Conseiller municipal E
FRANCESCHI Pierre-Paul Conseiller municipal A
${holders}P : présent(e) - R : représenté(e) - E : excusé(e) - A : absent(e)
Secrétaire de séance : Mme LUCIANI Marie-Dominique

1. Approbation du procès-verbal
Le procès-verbal de la séance du 29 février 2016 est approuvé à l'unanimité.
`).attendance;

  it('gives the members coded represented the holders listed under "Pouvoir donné à", in order', () => {
    expect(listsOf(sitting('Pouvoir donné à\nLUCIANI Marie-Dominique\nORSINI Jean-Baptiste\n'))).toEqual({
      present: ['VINCENTELLI', 'LUCIANI', 'ORSINI', 'FILIPPI'],
      represented: [
        ['MARCHETTI', 'LUCIANI'],
        ['NICOLAI', 'ORSINI'],
      ],
      excused: ['TOMASI'],
      absent: ['FRANCESCHI'],
    });
  });

  it('pairs none when the holders are not as many as the members represented', () => {
    expect(listsOf(sitting('Pouvoir donné à\nLUCIANI Marie-Dominique\n')).excused).toEqual(['MARCHETTI', 'NICOLAI', 'TOMASI']);
  });
});

describe("a software's sitting sheet, its lists and its table of acts a cell a line", () => {
  const doc = analyzeText(`VILLE DE LANCRAY-SUR-MAINE - Fiche séance 1979-14
Séance
Date
Heure
Lieu
Président de séance
Secrétaire de séance
Ordinaire
19/10/1979
20:30
Hôtel de Ville - salle du Conseil
GUÉRINEAU Pierre (Maire)
TESSIER Alain
Présents
GUÉRINEAU Pierre ; RABOUIN Jean ; BODIN Marcel ; CHAUVIGNÉ Odette ; TESSIER Alain
Absents excusés
BARRÉ Emile ; MOREAU Joël
Absents
-
Délibérations
N°
Objet
Rapporteur
Vote
Décision
79-118
Approbation du procès-verbal de la séance du 21 septembre 1979
M. le Maire
Unanimité
Adopté
79-119
Budget supplémentaire 1979 - Budget principal
M. RABOUIN
P 24 / C 7 / A 0
Adopté
`);

  it('reads a dash under "Absents" as no one', () => {
    expect(listsOf(doc.attendance).absent).toEqual([]);
  });

  it('reads "P 24 / C 7 / A 0" in the vote\'s cell', () => {
    expect(doc.items.map((i) => [i.number, i.decision?.vote?.for ?? null, i.decision?.vote?.against ?? null])).toEqual([
      ['79-118', null, null],
      ['79-119', 24, 7],
    ]);
  });
});

describe("a presence table a cell a line, each row opening on its commune, an excused member's holder cell empty", () => {
  it("reads the next row's commune as no holder: the member excused, the next row's member present", () => {
    const text = `Séance du 30 mars 1995
ETAT DES PRESENCES
Commune
Nom Prénom
Qualité
Situation
Pouvoir donné à
VILLEDIEU
DUBOIS Roger
Président
Présent
VILLEDIEU
MARTY Françoise
Déléguée titulaire
Pouvoir
DUBOIS Roger
VILLEDIEU
LEROUX Gilles
Délégué titulaire
Excusé
SAINT JEAN DU PONT
PERRIN Pierre
Vice-Président
Présent
SAINT JEAN DU PONT
COSTE Marcel
Délégué titulaire
Présent
`;
    expect(lists(text)).toMatchObject({ present: ['DUBOIS', 'PERRIN', 'COSTE'], represented: [['MARTY', 'DUBOIS']], excused: ['LEROUX'] });
  });

  it("reads a name over its office in brackets and its presence as the next row, no excused member's holder", () => {
    const text = `Séance du 12 mars 2024
FEUILLE DE PRÉSENCE
Collège
Nom - Prénom
Présence
Pouvoir
Représentants des communes
GIRAUD Paul
(Président)
Présent
VERNET Annie
(CC du Haut-Pays)
Excusée
pouvoir à GIRAUD P.
FAURE Nadège
(CCAS de Lissac)
Excusée
LIOTARD Patrice
(SIVOM de la Borne)
Présent
SERRE Alain
(SICTOM du Velay)
Présent
`;
    expect(lists(text)).toMatchObject({ present: ['GIRAUD', 'LIOTARD', 'SERRE'], represented: [['VERNET', 'GIRAUD']], excused: ['FAURE'] });
  });
});

describe("a presence table one cell a line, a row the export kept whole on its line", () => {
  it('reads that row: its name first, its presence last, the canton between passed over', () => {
    // Invented names; the rows' ranks ("1", "2") stand alone over each.
    const text = `Composition de l'assemblée
N°
Nom
Prénom
Canton
Présence
1
MARCHAIS
Jean
Laval-Nord
Présent
2
TOUCHARD
Roger
Ernée
Excusé
3
POIRIER
André
Meslay
Présent
4 HOUDAYER Émile Sainte-Suzanne Présent
5
LECOMTE
Joseph
Villaines
Absent
6
BOURGAULT
Paul
Évron
Présent
`;
    expect(lists(text)).toEqual({ present: ['MARCHAIS', 'POIRIER', 'HOUDAYER', 'BOURGAULT'], represented: [], excused: ['TOUCHARD'], absent: ['LECOMTE'] });
  });
});

describe('rows an export kept on one line, a represented member\'s naming the holder after the word', () => {
  it('"CECCALDI Mathieu Bozio-Suttanu Représenté SUSINI Antoine-Dominique": represented, the holder the last cell', () => {
    const text = `Séance du 29 juin 1987
Conseiller général
Canton
Situation
Pouvoir à
ALBERTI Pierre-Paul
Capicorsu-Livante
Présent
BARTOLI Félix Monte-Pianu Présent
CECCALDI Mathieu Bozio-Suttanu Représenté SUSINI Antoine-Dominique
FILIPPI Xavier Tavagna-Vechja Excusé
SUSINI Antoine-Dominique Casinca-Nord Présent
TOMASI Ange-Marie Giussani Absent
Secrétaire de séance : M. BARTOLI Félix
`;
    const { attendance } = extractAttendance(text, text.length);
    expect(attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['CECCALDI', 'SUSINI']]);
    expect(lists(text)).toMatchObject({ present: ['ALBERTI', 'BARTOLI', 'SUSINI'], excused: ['FILIPPI'], absent: ['TOMASI'] });
  });
});

describe('the line under a table\'s last row, a cell a line', () => {
  it('"Absent" then "Secrétaire de séance : Mme X": the label\'s line names no holder of a proxy', () => {
    const doc = analyzeText(`Commune de SAINT-JUERY-LES-BOIS
PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL
Séance du mardi 14 mars 2023
L'an deux mille vingt-trois, le quatorze mars à 20 heures, le Conseil Municipal s'est réuni sous la présidence de Monsieur Paul CABANES, Maire.
Nom Prénom
Qualité
Présence
Pouvoir donné à
CABANES Paul
Maire
Présent
ALIBERT Nadine
1ère adjointe
Présente
BOUSQUET Rémi
2ème adjoint
Présent
DURAND Lise
Conseillère municipale
Représentée
ALIBERT Nadine
FABRE Jean
Conseiller municipal
Absent
Secrétaire de séance : Madame Nadine ALIBERT
Le quorum étant atteint, Monsieur le Maire ouvre la séance.
`);
    expect(doc.attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['DURAND', 'ALIBERT']]);
    expect(doc.attendance.absent.map((p) => p.surname)).toEqual(['FABRE']);
  });
});

describe('a table of delegates one cell a line, "Mandataire / Suppléé par" over the holders and the substitutes', () => {
  it('reads the holder of each proxy coded "R" under that label, the legend closing the table', () => {
    const text = `Liste des délégués
Commune
Délégué
Qualité
Etat
Mandataire / Suppléé par
LAVAUR
COMBES Pierre
Titulaire
P
LAVAUR
RIVALS Jean
Titulaire
R
COMBES Pierre
SAINT-ALBY
MARTY Louis
Titulaire
S
GASC Roger
SAINT-ALBY
GASC Roger
Suppléant
P
SAINT-ALBY
ESCANDE Paul
Titulaire
E
Etat : P = présent - E = excusé - A = absent - R = représenté (pouvoir écrit) - S = suppléé
`;
    const l = lists(text);
    expect(l.represented).toEqual([['RIVALS', 'COMBES']]);
    expect(l.excused).toEqual(['ESCANDE']);
    expect(l.present).toEqual(expect.arrayContaining(['COMBES', 'GASC']));
  });
});

describe("a software's members table one cell a line (Nom / Prénom / Qualité / Statut / Mandataire), the mandataire's empty cells gone", () => {
  const text = `LISTE DES MEMBRES
Nom
Prénom
Qualité
Statut
Mandataire
MARTIAL
Joseph
Maire
Présent
BELROSE
Rosan
Conseiller municipal
Représenté
MARTIAL Joseph
CLAIRVILLE
Patrick
Conseiller municipal
Absent excusé
LOUISON
Sylvie
Conseillère municipale
Présente
VALÈRE
Dominique
Conseiller municipal
Absent
Mairie du Morne-Rouge - PV CM du 27/11/2014
Page 1 / 4
`;
  it("reads 'Absent excusé' as excused, and a page's foot after the last row as no proxy's holder", () => {
    const table = presenceCells(text, 0, text.length)!;
    expect(table.entries.map((e) => [e.person.surname, e.status, e.proxy?.surname ?? null])).toEqual([
      ['MARTIAL', null, null],
      ['BELROSE', null, 'MARTIAL'],
      ['CLAIRVILLE', 'excused', null],
      ['LOUISON', null, null],
      ['VALÈRE', 'absent', null],
    ]);
  });
});

describe("a general council's presence list one cell a line, its presence label giving its codes ('Présence (P/E/A/D)'), the legend under it", () => {
  const text = `LISTE DE PRÉSENCE
Canton
Conseiller général
Présence (P/E/A/D)
Délégation de vote à
Arcy-sur-Serein
M. Roger BAILLY
P
Bassou-le-Haut
M. Lucien DESCHAMPS
D
M. BAILLY
Cerisy-le-Bois
M. Paul CORNU
E
Chablenay
M. Maurice DURAND
P
Cheny-la-Côte
M. Jacques MOREAU
A
Légende : P = présent ; E = excusé ; A = absent ; D = a donné délégation de vote
`;
  it("reads every row, 'D' a delegation of the vote to the holder under it", () => {
    const table = presenceCells(text, 0, text.length)!;
    expect(table.entries.map((e) => [e.person.surname, e.status, e.proxy?.surname ?? null])).toEqual([
      ['BAILLY', null, null],
      ['DESCHAMPS', null, 'BAILLY'],
      ['CORNU', 'excused', null],
      ['DURAND', null, null],
      ['MOREAU', 'absent', null],
    ]);
  });
});
