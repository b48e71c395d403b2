/** Where the body sat, and the counts printed beside the header. Invented names. */
import { describe, expect, it } from 'vitest';
import { extractMeeting } from '../../src/extract/meeting.ts';
import { extractAttendance } from '../../src/extract/attendance.ts';
import { analyzeText } from '../helpers/analyze-text.ts';

const placeOf = (sentence: string) => extractMeeting(sentence, sentence.length, false).meeting.place;

describe('the place of a sitting', () => {
  it("goes on after a comma with the town hall where the room is (', à la Mairie de X')", () => {
    expect(placeOf("Le Comité syndical s'est réuni le 12 mars 1999 à 20 heures 30, en salle de réunion du Syndicat, à la Mairie de Champterre, sous la présidence de M. Louis BERTHET.")).toBe('salle de réunion du Syndicat, à la Mairie de Champterre');
    expect(placeOf("Le Conseil de District s'est réuni au siège du District, à la Mairie de Labastide, sous la présidence de M. Paul ROUX.")).toBe('siège du District, à la Mairie de Labastide');
  });
  it.each([
    ["le Conseil Municipal s'est réuni en session ordinaire à la Mairie, dans la salle du conseil, sous la présidence de M. Paul ROCHEVAL.", 'Mairie, dans la salle du conseil'],
    ["le Conseil communautaire s'est réuni en séance publique, salle du Conseil, Hôtel d'Agglomération, 12 rue des Tanneurs à Ormeaux.", "salle du Conseil, Hôtel d'Agglomération, 12 rue des Tanneurs à Ormeaux"],
    ["les membres se sont réunis à l'Hôtel du Département, sous la présidence de M. Jean VARIN.", 'Hôtel du Département'],
    ["le Comité syndical s'est réuni en séance publique à l'école intercommunale de Beurey (salle de motricité), sous la présidence de M. Paul ROCHEVAL.", 'école intercommunale de Beurey (salle de motricité)'],
    ["le Bureau s'est réuni à la Direction départementale, salle de réunion, sous la présidence de M. Paul ROCHEVAL.", 'Direction départementale, salle de réunion'],
    ["le Bureau communautaire, dûment convoqué, s'est réuni par\nvisioconférence, en application de l'ordonnance n° 2020-391, sous la présidence de M. Paul ROCHEVAL.", 'visioconférence'],
    ["le Comité s'est réuni en visioconférence, le Président étant présent au siège du syndicat à Ormeaux.", 'visioconférence'],
    ["le Conseil de Communauté s'est réuni le jeudi 29 septembre 1994 à 20 h 30, salle polyvalente de Bessolles, sous la présidence de M. Henri VALLEIX.", 'salle polyvalente de Bessolles'],
    ["Le Bureau du District s'est réuni le vendredi 12 octobre 1984 à 18 heures, salle des commissions de l'Hôtel du District, 4, rue des Tanneurs, sur convocation du Président.", "salle des commissions de l'Hôtel du District, 4, rue des Tanneurs"],
    ["CONSEIL D'ADMINISTRATION\nSéance du jeudi 30 mars 2017 à 18h30\nLieu : Hôtel de Ville – salle du Conseil\nLe Conseil d'administration, régulièrement convoqué, s'est réuni en séance ordinaire.", 'Hôtel de Ville – salle du Conseil'],
    ["j'ai l'honneur de vous prier d'assister à la séance publique du Conseil Municipal qui se\ntiendra le\n\n          VENDREDI 12 JUIN 1987 à 20 h 30\n          Salle du Conseil - Hôtel de Ville\n\navec l'ordre du jour ci-dessous.", 'Salle du Conseil - Hôtel de Ville'],
    // The seat of the body, then the building and the room that house it, each after a comma.
    ["le Bureau du District s'est réuni au siège du District, en l'Hôtel de Ville de Montclarens, salle des Commissions, sous la présidence de M. Raymond LAFFARGUE.", "siège du District, en l'Hôtel de Ville de Montclarens, salle des Commissions"],
    ["le Bureau s'est réuni au siège de la Communauté, Maison de Pays à Vellechaume, sous la présidence de M. Paul ROCHEVAL.", 'siège de la Communauté, Maison de Pays à Vellechaume'],
    // A form's label amid its line, after a field without a colon, another label after its value.
    ['REGISTRE DES DELIBERATIONS DU COMITE SYNDICAL\nSéance du 16/03/2021\nConvocation du 09/03/2021 Lieu : Salle du conseil - Mairie de Sorbellu Heure : 18:00\nPrésident de séance : M. Paul ROCHEVAL', 'Salle du conseil - Mairie de Sorbellu'],
    // Where the summary was posted, its date between, is no place of the sitting.
    ["COMPTE RENDU SOMMAIRE DE LA REUNION DU MARDI 13 MAI 1980\n(affiché le 20 mai 1980 au siège du District et dans les mairies)\n\nLe Bureau s'est réuni le mardi 13 mai 1980 à 18 heures à l'Hôtel de Ville de Montauzel, salle des commissions, sous la présidence de M. Paul ROCHEVAL.", "Hôtel de Ville de Montauzel, salle des commissions"],
    // OCR's l for the i of "siège".
    ["le Bureau, dûment convoqué le 7 mars 2002, s'est réuni au slège de la Communauté sous la présidence de M. Paul ROCHEVAL.", 'slège de la Communauté'],
    // OCR's space inside "salle".
    ["le Conseil d'Administration, régulièrement convoqué, s'est réuni\ndans la sal le des réunions de la Mairie, sous la présidence de Monsieur\nPaul ROCHEVAL, Maire.", 'sal le des réunions de la Mairie'],
    // OCR's figures inside a word of the place ("d61ib6rations"), a figure of the date after it no part of it.
    ["le Conseil Municipal s'est réuni le 17 juin 1988 à 18 h 30 en la salle des\nd61ib6rations de la Mairie, sous la présidence de M. Jean ROCHEVAL.", 'salle des d61ib6rations de la Mairie'],
    ["le Conseil Municipal s'est réuni en la salle des fêtes 2, rue de l'Eglise, le 17 juin 1988.", 'salle des fêtes'],
    // Where the record was posted, in its bracket, is no place of the sitting; OCR's 1 for the l of the article.
    ["EHPAD Résidence Le Pré de l'Aigle\nRoute du Lautaret, VILLARD-SUR-GUISANE (Hautes-Alpes)\n\nCONSEIL D'ADMINISTRATION\nSéance du jeudi 27 juin 2019\n\nCOMPTE RENDU SOMMAIRE\n(affiché le 4 juillet 2019 dans le hall de, l'établissement et en mairie)\n\nLe Conseil d'Administration de l'EHPAD s'est réuni le jeudi 27 juin 2019 a 14 heures, dans 1a salle d'animation de l'établissement, sous la présidence de M. Bernard CHAIX, Président.", "salle d'animation de l'établissement"],
    // The hall on its line under the sitting's date, that line opening on "du".
    ['PROCES-VERBAL\nDE LA REUNION DU BUREAU COMMUNAUTAIRE\ndu mardi 10 septembre 2013 à 18 h 00\nSalle de réunion du siège communautaire\n\nPrésents : M. Paul ROCHEVAL.', 'Salle de réunion du siège communautaire'],
    ["le Conseil d'Administration du Centre Communal d'Action Sociale s'est réuni dans la salle de réunion du C.C.A.S., rue Victor Schoelcher, sous la présidence de M. Paul ROCHEVAL.", 'salle de réunion du C.C.A.S., rue Victor Schoelcher'],
    // The street after the hall, numbered or not, is the place's.
    ["le Conseil Municipal s'est réuni exceptionnellement à la salle polyvalente, rue des Vergers, afin de respecter les règles sanitaires.", 'salle polyvalente, rue des Vergers'],
  ])('%s', (sentence, place) => expect(placeOf(sentence)).toBe(place));
});

describe('counts printed where a list heading could stand', () => {
  it('"Présents : 11" alone on its line heads no list', () => {
    const text = `Nombre de membres\nen exercice : 15\nPrésents : 11\nVotants : 13\nCOMMUNE DE VAUBRESSAC\n\nL'an deux mille vingt-quatre, le douze mars, le Conseil s'est réuni.\n\nPrésents : M. Paul ROCHEVAL, Mme Anne BELMONTE.\nAbsent : M. Marc LOUVIER.\n`;
    const { attendance, span } = extractAttendance(text);
    expect(attendance.present.map((p) => p.surname)).toEqual(['ROCHEVAL', 'BELMONTE']);
    expect(text.slice(span!.start)).toMatch(/^Présents : M\. Paul/);
    expect(attendance.counts).toMatchObject({ inOffice: 15, present: 11, voting: 13 });
  });
});

describe('counts told in words in the sentence on the quorum', () => {
  it('reads "compte quarante-deux membres en exercice ; trente-sept d\'entre eux étant présents"', () => {
    const text = "Étaient présents : MM. ANSART, BACQUET, BEAURAIN.\n\nLe Conseil Général compte quarante-deux membres en exercice ; trente-sept d'entre eux étant \nprésents, le quorum est atteint et l'Assemblée peut valablement délibérer.\n";
    expect(extractAttendance(text).attendance.counts).toEqual({ inOffice: 42, present: 37, represented: null, voting: null });
  });
});

describe('the date of a sitting over two days', () => {
  it('is the day the preamble says the assembly sat in plenary', () => {
    const text = `CONSEIL RÉGIONAL\n\nSÉANCE PLÉNIÈRE DES 17 ET 18 OCTOBRE 2024\n\nLe Conseil régional, régulièrement convoqué le 1er octobre 2024, s'est réuni en\nséance plénière le jeudi 17 octobre 2024 à 9 h 30.`;
    expect(extractMeeting(text, text.length, false).meeting.date).toBe('2024-10-17');
  });

  it('is the first of two days in two months, the year shared ("des jeudi 30 juin et vendredi 1er juillet 2022")', () => {
    const text = `CONSEIL RÉGIONAL\nCOMPTE RENDU SOMMAIRE\nSESSION DES JEUDI 30 JUIN ET VENDREDI 1er JUILLET 2022\n\nLe Conseil régional s'est réuni en séance plénière les jeudi 30 juin et vendredi 1er juillet 2022 à l'Hôtel de Région.`;
    expect(extractMeeting(text, text.length, false).meeting.date).toBe('2022-06-30');
  });

  it('is the first of the two days its heading names', () => {
    const text = `CONSEIL RÉGIONAL\n\nSÉANCE PLÉNIÈRE DES 17 ET 18 OCTOBRE 2024\n\nLe Conseil régional s'est réuni à l'Hôtel de Région.`;
    const { meeting } = extractMeeting(text, text.length, false);
    expect(meeting.date).toBe('2024-10-17');
    expect(text.slice(meeting.dateSpan!.start, meeting.dateSpan!.end)).toBe('17 ET 18 OCTOBRE 2024');
  });

  it('is the day written when the heading names one day', () => {
    const text = `CONSEIL RÉGIONAL\nSÉANCE PLÉNIÈRE DU 18 OCTOBRE 2024\n\nLe Conseil régional s'est réuni.`;
    expect(extractMeeting(text, text.length, false).meeting.date).toBe('2024-10-18');
  });
});

describe('a counts table broken into a column of labels and a column of numbers', () => {
  it('gives each label its number, in order', () => {
    const text = `Nombre de conseillers\nEn exercice\nPrésents\nPouvoirs\nVotants\n45\n36\n6\n42\n\nÉtaient présents : M. Paul ROCHEVAL, Mme Anne BELMONTE.\n`;
    expect(extractAttendance(text).attendance.counts).toEqual({ inOffice: 45, present: 36, represented: 6, voting: 42 });
  });

  it('"Membres élus" / "Membres en fonction" / "Présents" / "Absents": the seats are no count, "en fonction" is in office', () => {
    const text = `Membres élus\nMembres en fonction\nPrésents\nAbsents\n19\n18\n15\n3\n\nÉtaient présents : M. Paul ROCHEVAL, Mme Anne BELMONTE.\n`;
    expect(extractAttendance(text).attendance.counts).toEqual({ inOffice: 18, present: 15, represented: null, voting: null });
  });

  it('"afférents au Conseil" / "en exercice" / "présents" / "qui ont pris part au vote": the seats no count, the last the voters', () => {
    const text = `Nombre de membres\nafférents au Conseil\nen exercice\nprésents\nqui ont pris part au vote\n33\n33\n24\n29\n\nÉtaient présents : M. Paul ROCHEVAL, Mme Anne BELMONTE.\n`;
    expect(extractAttendance(text).attendance.counts).toEqual({ inOffice: 33, present: 24, represented: null, voting: 29 });
  });

  it('labels as a software export prints them ("Nombre de conseillers élus :", "Conseillers présents :"), the convocation\'s date after the numbers', () => {
    const text = `Nombre de conseillers élus :\nConseillers en fonction :\nConseillers présents :\nProcurations :\nConseillers votants :\nDate de convocation :\n15\n15\n11\n2\n13\n08/03/2010\nL'an deux mil dix, le quinze mars, le Conseil Municipal s'est réuni.\n`;
    expect(extractAttendance(text).attendance.counts).toEqual({ inOffice: 15, present: 11, represented: 2, voting: 13 });
  });

  it('or in the sentence stating the quorum: "157 conseillers régionaux en exercice, 131 présents à l\'ouverture de la séance"', () => {
    const text = `Le Président constate que le quorum est atteint : 157 conseillers régionaux en exercice, 131 présents à l'ouverture de la séance.\n\nExcusés : M. Marc LAFFIN, Mme Isabelle VENET.\n`;
    expect(extractAttendance(text).attendance.counts).toEqual({ inOffice: 157, present: 131, represented: null, voting: null });
  });

  it('or in a header\'s grid, each count before the next cell\'s label ("Présents 21 Date d\'affichage")', () => {
    const text = `Nombre de conseillers Date de convocation Délibération\nEn exercice 29 12/10/2017 N° 2017-DCM-0094\nPrésents 21 Date d'affichage\nVotants 25 12/10/2017\nObjet : Demande de subvention\n`;
    expect(extractAttendance(text).attendance.counts).toEqual({ inOffice: 29, present: 21, represented: null, voting: 25 });
  });

  it('past OCR\'s speck after the label\'s colon ("en exercice : ; 15"), not past a comma after a label alone', () => {
    const text = `Nombre d'administrateurs en exercice : ; 15\nPrésents : 11   Représentés : 2   Votants : 13\n\nETAIENT PRESENTS : MM. ESCANDE Raymond, BOUSQUET Jean.\n`;
    expect(extractAttendance(text).attendance.counts).toEqual({ inOffice: 15, present: 11, represented: 2, voting: 13 });
    const comma = `Le quorum est atteint : 157 conseillers en exercice, 131 présents à l'ouverture de la séance.\n\nExcusés : M. Marc LAFFIN.\n`;
    expect(extractAttendance(comma).attendance.counts.inOffice).toBe(157);
  });

  it('or into a row of labels over a row of numbers', () => {
    const text = `Nombre de conseillers
En exercice Présents Représentés Votants
29 22 5 27

Étaient présents : M. Paul ROCHEVAL, Mme Anne BELMONTE.
`;
    expect(extractAttendance(text).attendance.counts).toEqual({ inOffice: 29, present: 22, represented: 5, voting: 27 });
  });
});

describe('OCR damage in the header', () => {
  it('"au nombre prescrit par Ia loi" states the quorum', () => {
    const text = "Le Conseil Municipal de cette Commune, régulièrement convoqué, s'est réuni au nombre prescrit par Ia loi, sous la présidence de M. Bernard GIRAUD, Maire.";
    expect(extractMeeting(text, text.length, false).meeting.quorum).toBe(true);
  });

  it('"au nombre prescrit par la 1oi" (a 1 for the l of "loi") states the quorum', () => {
    const text = "Le Consei1 Municipal, régu1ièrement convoqué, s'est réuni au nombre prescrit par\nla 1oi, dans le lieu habituel de ses séances, sous la présidence de M. Jean-Max GRONDIN, Maire.";
    expect(extractMeeting(text, text.length, false).meeting.quorum).toBe(true);
  });

  it('"au nombre prescrit par la lol" (an l for the i of "loi") states the quorum; "la loterie" does not', () => {
    const text = "Le Conseil Municipal, régulièrement convoqué, s'est réuni au nombre prescrit par la lol, dans le lieu habituel de ses séances, sous la présidence de M. Jean LE GALL, Maire.";
    expect(extractMeeting(text, text.length, false).meeting.quorum).toBe(true);
    const other = text.replace('la lol', 'la loterie');
    expect(extractMeeting(other, other.length, false).meeting.quorum).toBeNull();
  });

  it('"au nombre. prescrit par la loi" (a stray full stop) and "Le quorum ètant atteint" (a grave for the acute) state the quorum', () => {
    for (const text of [
      "L'Assemblée, régulièrement convoquée, s'est réunie au nombre. prescrit par la loi, sous la présidence de M. Jean LE GALL, Président.",
      "Le quorum ètant atteint, le Président ouvre la séance à 9 h 40 sous la présidence de M. Jean LE GALL.",
    ]) {
      expect(extractMeeting(text, text.length, false).meeting.quorum).toBe(true);
    }
  });

  it('"au nombre pres-" / "crit par la loi", a margin\'s cell run in between the halves of the word, states the quorum', () => {
    const text = "Le Comité, régulièrement convoqué, s'est réuni au nombre pres-Date\nde la convocation : crit par la loi, dans la salle de la Mairie, sous la présidence de M. PIERI Ange, Président.";
    expect(extractMeeting(text, text.length, false).meeting.quorum).toBe(true);
    const other = text.replace('crit par la loi', 'crit au registre');
    expect(extractMeeting(other, other.length, false).meeting.quorum).toBeNull();
  });

  it('"en nombre pour délibérer" states the quorum, "suffisant" or not; a number of members alone does not', () => {
    const text = "Le Maire constate que le Conseil est en nombre pour délibérer valablement, sous la présidence de M. Jean LE GALL.";
    expect(extractMeeting(text, text.length, false).meeting.quorum).toBe(true);
    const other = 'Le Conseil, en nombre de onze membres, sous la présidence de M. Jean LE GALL.';
    expect(extractMeeting(other, other.length, false).meeting.quorum).toBeNull();
  });

  it('"en exercice : 1l" counts eleven', () => {
    const text = `Membres en exercice : 1l\nPrésents : 9\n\nPrésents : M. Paul ROCHEVAL, Mme Anne BELMONTE.\n`;
    expect(extractAttendance(text).attendance.counts).toMatchObject({ inOffice: 11, present: 9 });
  });
});

describe('a sentence opening on the date of the sitting', () => {
  it('gives the date, before other dates of the text', () => {
    const text = "Le dix-huit novembre deux mille vingt-quatre, à 20 heures, le Conseil Municipal, convoqué le 12 novembre 2024, s'est réuni.\nLe procès-verbal de la séance du 15 octobre 2024 est approuvé.";
    expect(extractMeeting(text, text.length, false).meeting.date).toBe('2024-11-18');
  });
});

describe('the quorum stated with its figure', () => {
  it('"Le quorum (25) étant atteint" states it', () => {
    const text = 'Le Comité syndical s\'est réuni le 14 mars 2024. Le quorum (25) étant atteint, M. le Président ouvre la séance.';
    expect(extractMeeting(text, text.length, false).meeting.quorum).toBe(true);
  });

  it.each([
    ["Le Conseil municipal, dûment convoqué, s'est réuni en nombre prescrit par la loi."],
    ['Le Conseil Municipal, régulièrement convoqué, étant en nombre suffisant pour délibérer valablement,'],
  ])('is stated by the legal formula "%s"', (sentence) => {
    const text = `Séance du 18 mars 2024. ${sentence}`;
    expect(extractMeeting(text, text.length, false).meeting.quorum).toBe(true);
  });

  it.each([
    ["a constaté que la condition de quorum posée à l'article L. 2121-17 du CGCT était remplie.", true],
    ["a constaté que la condition de quorum posée à l'article L. 2121-17 du CGCT n'était pas remplie.", false],
  ])('the installation template: "%s"', (sentence, quorum) => {
    const text = `Le Conseil municipal s'est réuni le 28 mai 2026. M. Jean FABRE, doyen d'âge, a dénombré quinze conseillers présents et ${sentence}`;
    expect(extractMeeting(text, text.length, false).meeting.quorum).toBe(quorum);
  });
});

describe('the president given as a header field', () => {
  it('"Président : Monsieur Clément Varenne" on its own line names the president', () => {
    const text = "Conseil du 24 juin 2024\nPrésident : Monsieur Clément VARENNE\nSecrétaire élu : Monsieur Ludovic HAMIDI\n\nLe Conseil s'est réuni le 24 juin 2024.";
    expect(extractMeeting(text, text.length, false).meeting.president?.surname).toBe('VARENNE');
  });
  it('"Président ROUX-BERTHIER Gilbert", a software form\'s label beside its value, names the president; a wrapped "Vice-\\nprésident" cell over a member\'s row does not', () => {
    const text = "SIAEP DE LA COMBE\nSéance du 16/03/2000 Heure 18H30\nPrésident ROUX-BERTHIER Gilbert\nSecrétaire de séance FAURE Odile\nCollectivité Nom Prénom Qualité Etat\nLE MOLLARD BLANC Fernand 1er Vice-\nprésident\nLE MOLLARD ARNAUD Sylvie Délégué E";
    expect(extractMeeting(text, text.length, false).meeting.president?.surname).toBe('ROUX-BERTHIER');
  });
  it('"Président de séance : LE GALL Jean-Yves Secrétaire de séance : CARIOU Martine" on one line names the president before the next label', () => {
    const text = 'PROCES-VERBAL DU CONSEIL MUNICIPAL\nSéance du 30/11/2001 à 20:30\nPrésident de séance : LE GALL Jean-Yves Secrétaire de séance : CARIOU Martine\nConseillers en exercice 23 Présents 18 Votants 21';
    expect(extractMeeting(text, text.length, false).meeting.president?.surname).toBe('LE GALL');
  });
  it('"Le Président :" of a signature block names no president', () => {
    const text = "Le Conseil s'est réuni le 24 juin 2024.\nAdopté à l'unanimité.\nLe Président :\nClément VARENNE";
    expect(extractMeeting(text, text.length, false).meeting.president).toBeNull();
  });
});

describe('the place told after the lists', () => {
  it('"la séance se tient à la salle polyvalente, 4 rue de l\'École" names the place, its address with it', () => {
    // The lists long enough for the sentence to stand past the head read for the place.
    const members = Array.from({ length: 40 }, (_, i) => `Conseiller${String.fromCharCode(65 + (i % 26))} MEMBRE${String.fromCharCode(65 + (i % 26))}${i}`).join(', ');
    const text = `PROCÈS-VERBAL\nSéance ordinaire du jeudi 17 juin 2021\nSous la présidence de Monsieur Jean-Marc HEITZMANN, Maire\nMembres présents : Jean-Marc HEITZMANN, ${members}.\n\nEn raison du contexte sanitaire, la séance se tient à la salle polyvalente, 4 rue de l'École, afin de permettre le respect des règles de distanciation.`;
    const limit = text.indexOf('Membres présents');
    expect(extractMeeting(text, limit, false).meeting.place).toBe("salle polyvalente, 4 rue de l'École");
  });
});

describe('the president named in an OCR\'d sentence', () => {
  it('"sous la presidcnce de" (a c read for the e, which normalization mends) names the president', () => {
    const text = "L'an mil neuf cent quatre-vingt-dix-neuf, le vingt-huit juin, le Conseil Général s'est réuni à l'Hôtel du Département, sous la presidcnce\nde M. Bernard DUVERNOIS, Président du Conseil Général.";
    expect(analyzeText(text).meeting.president?.surname).toBe('DUVERNOIS');
  });

  it('"sous la présideuce de" (a u read for the n) names the president; "sous la pression de" names none', () => {
    const text = "L'an deux mille vingt, le neuf juillet, le Conseil Municipal s'est réuni à la salle polyvalente, sous la présideuce de Monsieur Michel BERTHET, Maire.";
    expect(extractMeeting(text, text.length, false).meeting.president?.surname).toBe('BERTHET');
    const other = text.replace('présideuce', 'pression');
    expect(extractMeeting(other, other.length, false).meeting.president).toBeNull();
  });
});

describe('places named for what the building is', () => {
  it.each([
    ['au Pavillon des Sources', 'Pavillon des Sources'],
    ['à la médiathèque Jules Verne', 'médiathèque Jules Verne'],
    ['au gymnase municipal', 'gymnase municipal'],
  ])('"s\'est réuni %s" is the place', (where, place) => {
    const text = `Le comité de direction s'est réuni ${where}, sous la présidence de Mme Anne LEROY.`;
    expect(extractMeeting(text, text.length, false).meeting.place).toBe(place);
  });
});

describe('the ordinary place of sittings, then the place named', () => {
  it('"au lieu ordinaire de ses séances, à l\'Hôtel de Ville" is the Hôtel de Ville', () => {
    const text = "Le Conseil Municipal, dûment convoqué, s'est assemblé au lieu ordinaire de ses séances, à l'Hôtel de Ville, sous la présidence de M. Paul DUPONT, Maire.";
    expect(extractMeeting(text, text.length, false).meeting.place).toBe('Hôtel de Ville');
  });

  it('", Salle du Conseil de" / "l\'Hôtel de Ville" wrapped at the line\'s end is the salle, whole', () => {
    const text = "Le Conseil Municipal de LORVILLIERS, légalement convoqué, s'est assemblé au lieu ordinaire de ses séances, Salle du Conseil de\nl'Hôtel de Ville, sous la présidence de Monsieur Philippe GAUDRY, Maire.";
    expect(extractMeeting(text, text.length, false).meeting.place).toBe("Salle du Conseil de l'Hôtel de Ville");
  });
});

describe('the quorum with its rule between', () => {
  it('"Le quorum, fixé au tiers des membres …, étant atteint" states it', () => {
    const text = "Le dix-huit février deux mille vingt et un, le Conseil Municipal s'est réuni.\nLe quorum, fixé au tiers des membres en exercice pendant l'état d'urgence sanitaire, étant\natteint, Madame le Maire ouvre la séance.";
    expect(extractMeeting(text, text.length, false).meeting.quorum).toBe(true);
  });
});

describe('the quorum with its rule between brackets', () => {
  it('"Le quorum (fixé au tiers … par la loi du 15 février 2021) étant atteint" states it', () => {
    const text = "L'an deux mille vingt et un, le huit avril, le Conseil Municipal s'est réuni.\nLe quorum (fixé au tiers des membres en exercice par la loi du 15 février 2021) étant atteint, le\nMaire déclare la séance ouverte.";
    expect(extractMeeting(text, text.length, false).meeting.quorum).toBe(true);
  });
});

describe('the quorum stated after its rule', () => {
  it('"Le quorum étant fixé au tiers des membres …, et celui-ci étant atteint" states it', () => {
    const text = "Le Bureau communautaire s'est réuni par visioconférence. Le quorum étant fixé au tiers des membres en\nexercice, soit 7, et celui-ci étant atteint, le Président ouvre la séance.";
    expect(extractMeeting(text, text.length, false).meeting.quorum).toBe(true);
  });
});

describe('a printed page\'s timestamp is not the opening time', () => {
  it('"05/10/2022 14:12" heading a page printed from a website', () => {
    const text = "05/10/2022 14:12 Conseil municipal du 27 septembre 2022 – Vallon-sur-Oudon\nL'an deux mille vingt-deux, le vingt-sept septembre à vingt heures, le conseil municipal s'est réuni à la mairie.";
    expect(extractMeeting(text, text.length, false).meeting.time).toBe('20:00');
  });

  it('"Edité le 03/02/2009 à 11:42", the stamp of the software that printed the register', () => {
    const text = "REGISTRE DES DELIBERATIONS\nEdité le 03/02/2009 à 11:42\nSéance du lundi 17 novembre 1986\nL'an mil neuf cent quatre-vingt-six, le dix-sept novembre à dix heures, le Bureau s'est réuni.";
    expect(extractMeeting(text, text.length, false).meeting.time).toBe('10:00');
  });

  it('keeps "le 12/03/2024 à 20:30", the sitting\'s own', () => {
    const text = 'Séance du conseil municipal du 12/03/2024 à 20:30, salle du conseil.';
    expect(extractMeeting(text, text.length, false).meeting.time).toBe('20:30');
  });
});

describe('places after the kind of sitting, and in a park', () => {
  it.each([
    ["Le Conseil régional s'est réuni en séance plénière le vendredi 9 juillet 1999, dans l'hémicycle de l'Hôtel de Région, à Lille, sous la présidence de M. Gérard WATTRELOT.", "hémicycle de l'Hôtel de Région"],
    ["le Conseil municipal s'est réuni le jeudi 26 septembre 2024 à 19 heures, en séance publique, salle du\nConseil municipal de l'Hôtel de Ville, sous la présidence de Madame Isabelle DURAND.", "salle du Conseil municipal de l'Hôtel de Ville"],
    ["le Conseil municipal s'est réuni exceptionnellement au Parc des\nExpositions – Hall B, afin de garantir le respect des règles de distanciation physique.", 'Parc des Expositions – Hall B'],
  ])('%s', (sentence, place) => {
    expect(placeOf(sentence)).toBe(place);
  });
});

describe('the quorum typed without accents', () => {
  it('"Le quorum etant atteint" states it', () => {
    const text = "Seance du 17 fevrier 2011. Le quorum etant atteint, Monsieur le Maire ouvre la seance.";
    expect(extractMeeting(text, text.length, false).meeting.quorum).toBe(true);
  });

  it('"le quorumest atteint", OCR having glued the verb to it, states it', () => {
    const text = "Seance du 29 septembre 2016. Madame 1e Maire ouvre la seance, procède a l'appel et constate qne le quorumest\natteint.";
    expect(extractMeeting(text, text.length, false).meeting.quorum).toBe(true);
  });
});

describe("a register's counts with dot leaders", () => {
  it('reads "qui se trouvent en fonctions ...... 15", the present and the proxies', () => {
    const text = `Nombre des membres du Conseil Municipal élus ..................  15
Nombre des membres qui se trouvent en fonctions ...............  15
Nombre des membres présents ...................................  12
Nombre des procurations .......................................   1

Membres présents : MM. KIEFFER Bernard, Maire, MEYER Antoine, Adjoint.
`;
    expect(extractAttendance(text).attendance.counts).toMatchObject({ inOffice: 15, present: 12, represented: 1 });
  });

  it('reads "Nombre des membres présents ou représentés : 13" as those who vote, no proxies', () => {
    const text = `Nombre des membres du Conseil Municipal élus : 15
Nombre des membres qui se trouvent en fonctions : 15
Nombre des membres présents ou représentés : 13

Présents : M. Paul HUCKEL, M. Gérard ANSTETT, Adjoints.
`;
    expect(extractAttendance(text).attendance.counts).toMatchObject({ inOffice: 15, represented: null, voting: 13 });
  });

  it('reads a row of labels whose first wrapped in its cell ("Membres en" / "exercice") over a row of figures', () => {
    const text = `Membres en Présents Représentés Excusés Absents Votants
exercice
21 15 3 2 1 18
Nom Prénom Qualité Présence Pouvoir donné à
M. DELCOURT Bernard Président P
`;
    expect(extractAttendance(text).attendance.counts).toEqual({ inOffice: 21, present: 15, represented: 3, voting: 18 });
  });

  it('reads leaders that OCR mixed with commas (".,........", "........,")', () => {
    const text = `Nombre de Conseillers en exercice ........ 87
Nombre de Conseillers présents .,......... 64
Nombre de Conseillers représentés ........, 9

Le quorum étant atteint, le Conseil peut valablement délibérer.
`;
    expect(extractAttendance(text).attendance.counts).toMatchObject({ inOffice: 87, present: 64, represented: 9 });
  });
});

describe('the proxies counted among the absent', () => {
  it('reads "dont 2 ayant donné procuration" under "Nombre des membres absents : 3"', () => {
    const text = `Nombre des membres en fonction : 15
Nombre des membres présents : 12
Nombre des membres absents : 3
dont 2 ayant donné procuration

Membres présents : M. SCHNEIDER Bernard, Maire, M. HAAS Gérard.
`;
    expect(extractAttendance(text).attendance.counts).toMatchObject({ inOffice: 15, present: 12, represented: 2 });
  });
});

describe('where the minutes were posted, and a hall named on its own line', () => {
  it('takes no place from "affiché en mairie le …"', () => {
    const text = "COMPTE RENDU DE LA RÉUNION DU CONSEIL MUNICIPAL\ndu vendredi 10 septembre 2004 à 20 h 30\n(affiché en mairie le 14 septembre 2004, en application de l'article L 2121-25 du CGCT)\nPrésents : Bernard IZARD, Maire, Jean-Louis JOUVE.";
    expect(placeOf(text)).toBeNull();
  });

  it('reads the hall named on the line under the sitting, not the seat where the list was posted', () => {
    const text = "BUREAU COMMUNAUTAIRE\nSéance du mardi 14 mars 2023 à 18h00\nSalle du Conseil - siège de la Communauté de Communes\n\nLISTE DES DÉLIBÉRATIONS\n\nCertifié exact et affiché au siège de la Communauté de Communes le 17 mars 2023.";
    expect(placeOf(text)).toBe('Salle du Conseil - siège de la Communauté de Communes');
  });
});

describe("a form's date labels", () => {
  it('"Date de séance 19/11/2020" is the sitting\'s, not "Date d\'affichage 26/11/2020" nor the convocation\'s', () => {
    const text = `COMPTE RENDU SOMMAIRE
BUREAU COMMUNAUTAIRE
Date de convocation 13/11/2020
Date de séance 19/11/2020
Heure d'ouverture 18:00
Date d'affichage 26/11/2020
Le Bureau communautaire, régulièrement convoqué, s'est réuni par visioconférence.`;
    expect(extractMeeting(text, text.length, false).meeting.date).toBe('2020-11-19');
  });

  it('"SEA NCE PLENIERE DU 28 JUIN 1996", its first word cut by OCR, over a commission\'s "réunie le 18 juin 1996"', () => {
    const text = `CONSEIL REGIONAL
SEA NCE PLENIERE DU 28 JUIN 1996
Vu l'avis de la Commission Agriculture réunie le 18 juin 1996 ;
Le Conseil Régional s'est réuni sous la présidence de M. Paul VIGUIER.`;
    expect(extractMeeting(text, text.length, false).meeting.date).toBe('1996-06-28');
  });

  it('a date after "Date d\'affichage" alone is no sitting\'s date', () => {
    const text = `RELEVÉ DES DÉCISIONS
Date d'affichage : 26/11/2020
Le Conseil s'est réuni le 19 novembre 2020 à la mairie.`;
    expect(extractMeeting(text, text.length, false).meeting.date).toBe('2020-11-19');
  });
});

describe('the hall after the sitting\'s date and a dash, no time on its line', () => {
  it('"Séance du jeudi 16 décembre 2010 - Hôtel de Région" places the sitting; "Séance du 16 décembre 2010 - Procès-verbal" does not', () => {
    const text = `Procès-verbal de la séance plénière du 16 décembre 2010\n\nSéance du jeudi 16 décembre 2010 - Hôtel de Région\n\nLa séance est ouverte à 9 h 35 sous la présidence de M. Jean-François MÉRAUD, Président du Conseil régional.`;
    expect(extractMeeting(text, text.length, false).meeting.place).toBe('Hôtel de Région');
    const other = text.replace('Hôtel de Région', 'Procès-verbal approuvé');
    expect(extractMeeting(other, other.length, false).meeting.place).toBeNull();
  });
});

describe("a sitting's form printed one cell a line", () => {
  it('"Type de séance" / "Lieu" / "Heure d\'ouverture" / "Présidence" then their values: the place is the value of "Lieu"', () => {
    const text = `PROCES-VERBAL DE LA SEANCE PLENIERE
DU VENDREDI 20 SEPTEMBRE 1996
Type de séance
Lieu
Heure d'ouverture
Présidence
Session ordinaire
Hôtel de Région - Hémicycle
09:35
M. Alain MORVAN, Président du Conseil Régional
Membres en exercice
83`;
    expect(extractMeeting(text, text.length, false).meeting.place).toBe('Hôtel de Région - Hémicycle');
  });
  it('"Séance n°" / "Date" / "Heure" / "Lieu" / "Nature" then their values: "Séance n°" and "Nature" are labels too', () => {
    const text = `Registre des délibérations du Conseil Municipal
PROCÈS-VERBAL DE SÉANCE
Séance n°
Date
Heure
Lieu
Nature
1984/09
19/10/1984
20:00
Salle des séances de la Mairie
Ordinaire`;
    expect(extractMeeting(text, text.length, false).meeting.place).toBe('Salle des séances de la Mairie');
  });
});

describe('places as forms, headers and OCR write them', () => {
  it.each([
    ["Commune de VALBRUN\nDate de la séance 29/03/1985\nLieu Mairie\nPrésident de séance MARTIN Jean", 'Mairie'],
    ["Date de convocation\n11/12/1998\nLieu de la séance\nSalle du Conseil - Mairie\nPrésident de séance\nKERLO Yves, Maire", 'Salle du Conseil - Mairie'],
    ['Compte rendu du conseil municipal\nRéunion du vendredi 7 juin 2019 – 20 h 30 – Mairie\nPrésents : J. Castan, P. Lacour.', 'Mairie'],
    ['RELEVÉ DES DÉCISIONS DU CONSEIL MUNICIPAL\nSéance ordinaire du lundi 7 novembre 2022 à 20 heures. - Salle de la mairie\nPrésents : MM. WEBER, HEN.', 'Salle de la mairie'],
    ['RÉGION AUVERGNE-RHÔNE-ALPES\nASSEMBLÉE PLÉNIÈRE — SÉANCE DU JEUDI 19 MARS 2026\nHôtel de Région — hémicycle\nPrésidence : M. Paul DURAND', 'Hôtel de Région — hémicycle'],
    ["le Bureau Communautaire, dûment convoqué, s'est réuni au siège de la Communauté, 12 avenue des Tilleuls à Montessart, salle du Bureau, sous la présidence de Monsieur Alain FERRAND.", 'siège de la Communauté, 12 avenue des Tilleuls à Montessart, salle du Bureau'],
    ['COMPTE RENDU DE LA RÉUNION PLÉNIÈRE\nDU JEUDI 13 OCTOBRE 2022\n\nMaison de quartier des Bleuets – 4, rue des Tanneurs – 19h00\n\nMembres présents :', 'Maison de quartier des Bleuets'],
    ['Conseil Municipal Séance ordinaire du 23/06/1989 à 20:00 Salle du Conseil - Hôtel de Ville\nConvoqué le : 16/06/1989', 'Salle du Conseil - Hôtel de Ville'],
    ["le Conseil Municipal, légalement convoqué, s'est réuni salle Pierre-Loti\nde l'espace Jean-Moulin, sous la présidence de Madame Anne LEROY, Maire.", "salle Pierre-Loti de l'espace Jean-Moulin"],
    ["le Bureau, régulièrement convoqué, s'est réuni à l'État-major, salle\nCommandant Ribot, sous la présidence de M. Paul ROCHEVAL.", "État-major, salle Commandant Ribot"],
    ["le Conseil, légalement convoqué, s'est réuni à la Malson des Associations, salle Jean Moulin, en séance publique.", 'Malson des Associations, salle Jean Moulin'],
    ["le Conseil s'est réuni en séance publique à l'Hôtcl du Département, salle de l'Assemblée, sous la présidence de M. Paul ROCHEVAL.", "Hôtcl du Département, salle de l'Assemblée"],
    ["Le Conseil communautaire s'est réuni Salle Ar Menez, au siège de la Communauté à Plouvern, sous la présidence de M. Paul ROCHEVAL.", 'Salle Ar Menez, au siège de la Communauté à Plouvern'],
  ])('%s', (text, place) => expect(placeOf(text)).toBe(place));

  it('not where the record is kept: "recopiés à partir des feuillets conservés en mairie" before the sitting\'s own place', () => {
    const text = "Nous mettons en ligne les comptes rendus recopiés à partir de la collection de feuillets conservée en mairie (liasse 1 D 14).\nL'an mil neuf cent soixante-dix-sept, le douze août, le Conseil Municipal s'est réuni en session ordinaire à la Mairie, salle des délibérations, sous la présidence de M. Eugène BELLEROSE, Maire.";
    expect(placeOf(text)).toBe('Mairie, salle des délibérations');
  });

  it('not the letterhead: a mairie with its opening hours, nor the stamp of the software that printed the page', () => {
    expect(placeOf('Mairie de Valbrun – ouverte de 9h à 12h – 12 rue du Pont\nSéance du 3 mars 2020')).toBeNull();
    expect(placeOf('MAIRIE DE VALBRUN Édition du 14/05/2013 - 16:02\nCompte rendu de la séance du 23/06/1989')).toBeNull();
  });

  it('after the lists, the sentence that opens the sitting names it', () => {
    const text = "L'an deux mille dix-huit, le douze mars, le Conseil Municipal s'est réuni.\nPrésents : M. Paul ROCHE, Mme Anne LEROY, M. Jean VARIN, Mme Odile MARTEL, M. Henri FAURE, Mme Sophie LAMBERT,\nM. Luc BERNARD, Mme Claire DUVAL, M. Marc PERRIN, Mme Julie GARNIER, M. Alain ROUSSEL, Mme Nadia BENALI,\nM. Yves KERLO, Mme Marie LE GALL, M. Pierre DANTEC, Mme Annie MORVAN, M. Louis TANGUY.\nLe Maire ouvre la séance à 20 heures, salle des séances de la mairie, et constate le quorum.";
    const listsAt = text.indexOf('Présents');
    expect(extractMeeting(text, listsAt, false).meeting.place).toBe('salle des séances de la mairie');
  });
});

describe('a place named in a point of the agenda', () => {
  it('is not the sitting\'s ("7.   Avance sur la subvention au Centre Communal …"): the hall under the date is', () => {
    const text = `Objet : Convocation au Conseil Municipal

J'ai l'honneur de vous inviter à assister à la séance du Conseil Municipal qui se tiendra le :

                        JEUDI 15 DÉCEMBRE 2011 à 18 H 30
                        Salle du Conseil – Hôtel de Ville

ORDRE DU JOUR
6.   Tarifs municipaux 2012
7.   Avance sur la subvention 2012 au Centre Communal d'Action Sociale
`;
    expect(extractMeeting(text, text.length, false).meeting.place).toBe('Salle du Conseil – Hôtel de Ville');
  });
});

describe('the quorum formula with a margin cell run in between its words', () => {
  it('reads "réuni au nombre" / "Date d\'affichage : prescrit par la loi" as the quorum reached', () => {
    const doc = analyzeText(`COMMUNE DE SANTA-LUCIA
Séance du 18 juillet 2019

Date de convocation : L'an deux mille dix-neuf et le dix-huit juillet à dix-huit
10/07/2019 heures trente, le Conseil Municipal de la commune, régulièrement convoqué, s'est réuni au nombre
Date d'affichage : prescrit par la loi, dans la salle des délibérations de la
10/07/2019 mairie, sous la présidence de Monsieur Paul ANTONIOTTI, Maire.

Présents : M. ANTONIOTTI, Mme CASANOVA, M. LUCIANI.

Le Conseil municipal approuve le projet à l'unanimité.
`);
    expect(doc.meeting.quorum).toBe(true);
  });
});

describe('a hall read with a grave for its acute', () => {
  it('reads "dans l\'hèmicycle de l\'Hôtel de Région" as the place', () => {
    const doc = analyzeText(`CONSEIL RÉGIONAL\n\nSÉANCE PLÉNIÈRE DU VENDREDI 29 JUIN 1990\n\nLa séance est ouverte à 9 h 45, dans l'hèmicycle de l'Hôtel de Région, sous la présidence de\nM. Étienne CASTAGNIER, Président du Conseil régional.\n\nÉtaient présents : M. Pierre AILLAUD, M. Lucien AMIEL, M. Jean BELLON.\n`);
    expect(doc.meeting.place).toBe("hèmicycle de l'Hôtel de Région");
  });
});

describe('the place said only where the sitting opens, after the lists', () => {
  it('"La séance est ouverte à 20 heures 15 dans la salle des séances de la Mairie." names it', () => {
    const text = `COMPTE RENDU SOMMAIRE\nde la séance ordinaire du Conseil Municipal du vendredi 7 décembre 1984\n\nSous la présidence de M. Joseph WENDLAND, Maire.\n\nPrésents : MM. Joseph WENDLAND, Maire, René MULLIER, Mme Marie-Thérèse KIEFFEL, MM. Paul HEITZER, Antoine SCHIRMER, Adjoints, MM. Albert ZIMMER, Eugène FRITZ, Lucien OBERLIN, Jean-Paul SUTTEL, Mme Monique EHRHARDT, MM. Gérard HUMMELS, Charles KOEHLER, Marcel GRAFF, Louis WEBERT, Emile MEYERS.\nAbsents excusés : M. François GSELLE (procuration à M. Paul HEITZER), Mme Denise STOECKLE, M. Raymond SCHAEFER.\nAbsent : M. Bernard KUNZ.\n\nLa séance est ouverte à 20 heures 15 dans la salle des séances de la Mairie. M. le Maire salue les membres présents.\n`;
    expect(analyzeText(text).meeting.place).toBe('salle des séances de la Mairie');
  });
});

describe('the place in heavy OCR, its article glued to its noun', () => {
  it('reads "en lasalle ordinaire de ses déliberations" as the room', () => {
    expect(placeOf("L'an mil neuf cent quatre-vingt-un, le dix-sept octobre, le Conseil Municipal, légalement convoqué, s 'est reuni en lasalle ordinaire de ses déliberations, sous la présidence de Monsieur Raymond BORDELAIS, Maire.")).toBe('salle ordinaire de ses déliberations');
  });
});

describe("a header's place label beside the sitting's sentence", () => {
  const head = (lieu: string) =>
    `PROCES-VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL\nSéance du : 22/03/1991 Heure : 20H30\nLieu : ${lieu}\nPrésident : M. WATTEL Jean-Marie, Maire\nL'an mil neuf cent quatre-vingt-onze, le vingt-deux mars à vingt heures trente, le Conseil Municipal, légalement convoqué, s'est réuni en séance publique à la Mairie, sous la présidence de Monsieur Jean-Marie WATTEL, Maire.\n`;

  it('takes the hall the label names in full where the sentence names its building alone', () => {
    expect(placeOf(head('Salle de la Mairie'))).toBe('Salle de la Mairie');
  });

  it("keeps the sentence's place where the label names another", () => {
    expect(placeOf(head('Salle des fêtes'))).toBe('Mairie');
  });
});
