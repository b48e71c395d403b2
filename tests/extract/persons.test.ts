import { describe, expect, it } from 'vitest';
import { parsePersonList } from '../../src/extract/persons.ts';
import { analyzeText } from '../helpers/analyze-text.ts';
import { extractAttendance } from '../../src/extract/attendance.ts';
import { listsOf } from '../helpers/attendance-lists.ts';

const read = (s: string) =>
  parsePersonList(s, 0, s.length).map((e) => [e.person.surname, e.person.givenName, e.status, e.proxy?.surname ?? null]);

describe('person lists', () => {
  it('reads initials and civilities, spans pointing at the words', () => {
    const s = 'M.  J-P.  ALBERT,  M.  E.  ASTOUL, Mme M-F. LE GALL';
    const people = parsePersonList(s, 0, s.length).map((e) => e.person);
    expect(people.map((p) => [p.civility, p.givenName, p.surname])).toEqual([
      ['M.', 'J-P.', 'ALBERT'],
      ['M.', 'E.', 'ASTOUL'],
      ['Mme', 'M-F.', 'LE GALL'],
    ]);
    for (const p of people) expect(s.slice(p.span!.start, p.span!.end)).toBe(p.raw);
  });

  it('reads names in title case one a line, each closed by a full stop, with proxies after "à" or "a"', () => {
    // Without capitals, which word is the family name is not written: the raw names are compared.
    const s = 'Jean-Paul Vidal procuration à Claire Fabre.\nThierry Roux procuration a Jeanne Mercier.\nLuc Girard excusé.';
    expect(parsePersonList(s, 0, s.length).map((e) => [e.person.raw, e.status, e.proxy?.raw ?? null])).toEqual([
      ['Jean-Paul Vidal', null, 'Claire Fabre'],
      ['Thierry Roux', null, 'Jeanne Mercier'],
      ['Luc Girard', 'excused', null],
    ]);
    expect(read('Mme Pain Claude a M. Vidal Paul, M. Roux Luc\na Mme Bon Lise')).toEqual([
      ['Pain', 'Claude', null, 'Vidal'],
      ['Roux', 'Luc', null, 'Bon'],
    ]);
    expect(read('Monsieur Paul DURAND a Madame Anne MARTIN\nMonsieur Luc PETIT a Madame Julie ROUX')).toEqual([
      ['DURAND', 'Paul', null, 'MARTIN'],
      ['PETIT', 'Luc', null, 'ROUX'],
    ]);
    // OCR's l for the i of "pouvoir".
    expect(read('M. POIFOL (pouvolr à M. DUVERNOIS), M. THEVENIN (pouvoir a M. RAMEAU)')).toEqual([
      ['POIFOL', null, null, 'DUVERNOIS'],
      ['THEVENIN', null, null, 'RAMEAU'],
    ]);
    // The line break after "a", the holder opening the next line.
    expect(read('M. THEVENIAUD a M. GUENOT ; M. VERNIZEAU a\nM. DESVIGNES ; Mme BRUNEAU a M. LAVAULT')).toEqual([
      ['THEVENIAUD', null, null, 'GUENOT'],
      ['VERNIZEAU', null, null, 'DESVIGNES'],
      ['BRUNEAU', null, null, 'LAVAULT'],
    ]);
  });

  it('tells given from family name in title case by the given names it knows, one order per list', () => {
    const given = (s: string) => parsePersonList(s, 0, s.length).map((e) => [e.person.givenName, e.person.surname]);
    // Given name known first, unknown last: given name first; a list that says so reads its
    // ambiguous names ("Bernard Robert", two given names) the same way.
    expect(given('Madame Michèle Bourbier, Monsieur Bernard Robert, Madame Hélène Defossez')).toEqual([
      ['Michèle', 'Bourbier'],
      ['Bernard', 'Robert'],
      ['Hélène', 'Defossez'],
    ]);
    // A list written family name first keeps that order.
    expect(given('M. Lemaire Catherine ; M. Roger Sylvain ; Mme Vidal Claire')).toEqual([
      ['Catherine', 'Lemaire'],
      ['Sylvain', 'Roger'],
      ['Claire', 'Vidal'],
    ]);
  });

  it('reads one name a line, whatever the case, and does not run a line into the next', () => {
    for (const list of ['Jean MARTIN\nLise BON\nPaul DURAND', 'MARTIN Jean\nBON Lise\nDURAND Paul', 'Jean Martin\nLise Bon\nPaul Durand']) {
      expect(parsePersonList(list, 0, list.length).map((e) => e.person.surname.toUpperCase()), list).toEqual(['MARTIN', 'BON', 'DURAND']);
    }
    // "Monsieur Michel" then "LEBLANC": one name over two lines.
    expect(read('Monsieur Michel\nLEBLANC, Madame Anne ROUX')).toEqual([
      ['LEBLANC', 'Michel', null, null],
      ['ROUX', 'Anne', null, null],
    ]);
  });

  it('splits names written without any separator, given name first', () => {
    expect(read('Evelyne BOSSU Xavier BACHELET Patricia CHAILLOU-LEPAREUR')).toEqual([
      ['BOSSU', 'Evelyne', null, null],
      ['BACHELET', 'Xavier', null, null],
      ['CHAILLOU-LEPAREUR', 'Patricia', null, null],
    ]);
  });

  it('reads family-name-first lists and skips affiliations in parentheses', () => {
    expect(read('Mesdames et Messieurs FERRÉ Charles, RUBIN Anne (Secours Populaire), GOIFFON Jean-Yves (Emmaüs).')).toEqual([
      ['FERRÉ', 'Charles', null, null],
      ['RUBIN', 'Anne', null, null],
      ['GOIFFON', 'Jean-Yves', null, null],
    ]);
  });

  it('links proxies and statuses to the person they follow', () => {
    expect(read('Sandrine LHORSET excusée Caroline BOURG Pouvoir à Sylviane LEPAPE')).toEqual([
      ['LHORSET', 'Sandrine', 'excused', null],
      ['BOURG', 'Caroline', null, 'LEPAPE'],
    ]);
    expect(read('- Monsieur Laurent LAMAND à Monsieur Bernard ROBERT')).toEqual([['LAMAND', 'Laurent', null, 'ROBERT']]);
    expect(read('CHOTARD procuration à DELPERIER.\n\nGOUZVINSKI procuration à OLIVIER.')).toEqual([
      ['CHOTARD', null, null, 'DELPERIER'],
      ['GOUZVINSKI', null, null, 'OLIVIER'],
    ]);
  });

  it('unglues words that text extraction ran together', () => {
    expect(read('Madame LASSERRE Danièle, procuration à Monsieur PARÉSylvain.')).toEqual([['LASSERRE', 'Danièle', null, 'PARÉ']]);
    expect(read('AurélieJACQUEMOUD (pouvoir à Sandrine ROCHAIX), Éliane PELLISSIER.')).toEqual([['JACQUEMOUD', 'Aurélie', null, 'ROCHAIX'], ['PELLISSIER', 'Éliane', null, null]]);
  });

  it('keeps a name split over a line break, drops labels and prose', () => {
    expect(read('Aude SOULIÉ, Jérémie\nSANDILLON')).toEqual([
      ['SOULIÉ', 'Aude', null, null],
      ['SANDILLON', 'Jérémie', null, null],
    ]);
    expect(read('Cerelles : M. Poulle Guy\nMarray : M. Albert De Rycke Thierry')).toEqual([
      ['Poulle', 'Guy', null, null],
      ['Albert De Rycke', 'Thierry', null, null],
    ]);
    expect(read('M. le représentant des APF France Handicap, M. BAILLARD Thierry')).toEqual([['BAILLARD', 'Thierry', null, null]]);
  });
});

describe('proxies in parentheses', () => {
  it('reads "(pouvoir à …)" and still skips affiliations', () => {
    expect(read('M. Jean DUPONT (pouvoir à M. Paul MARTIN), Mme Anne DURAND (Emmaüs)')).toEqual([
      ['DUPONT', 'Jean', null, 'MARTIN'],
      ['DURAND', 'Anne', null, null],
    ]);
  });
});

describe('a proxy "écrit" given to a holder after an unaccented "a"', () => {
  it('"M. LEPETIT Gaston, absent, a donne pouvoir écrit a M. HAMEL Louis": the holder, not a second absent member', () => {
    const text = `Présents : MM. LEMONNIER René, GOSSELIN Marcel, HAMEL Louis, QUESNEL Fernand.

Absents : M. DUVAL Jean (excusé), M. MARIE Albert.
M. LEPETIT Gaston, absent, a donne pouvoir écrit a M. HAMEL Louis.

Nombre de conseillers en exercice : 11`;
    const { attendance } = extractAttendance(text, text.length);
    expect(attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['LEPETIT', 'HAMEL']]);
    expect(listsOf(attendance)).toMatchObject({ present: ['LEMONNIER', 'GOSSELIN', 'HAMEL', 'QUESNEL'], absent: ['MARIE'] });
  });
});

describe('lists as typed by hand', () => {
  it('reads lower-case family names between commas, and nothing from "néant"', () => {
    expect(read('Lasserre c., lauret, olivier, pare, ricard.').map((e) => e[0])).toEqual(['Lasserre', 'lauret', 'olivier', 'pare', 'ricard']);
    expect(read('néant')).toEqual([]);
    expect(read('/')).toEqual([]);
    // The labels of a counts box read one a line are no names.
    expect(read('\nvotants\n29\n22')).toEqual([]);
  });
});

describe('lists as OCR reads them', () => {
  it('survives a colon for a comma, stray dots and dashes', () => {
    expect(read('M. R. MASSIP:M. J-P. QUEREILHAC, M. . ROSET - ;').map((e) => e[0])).toEqual(['MASSIP', 'QUEREILHAC', 'ROSET']);
  });
});

describe('a list that writes family names first', () => {
  it('keeps a given name wrapped onto the next line with its family name', () => {
    expect(read('M. LHERMOT Patrice, M. DA COSTA\nManuel, Mme GUÉRAND Anne-Sophie, PRUNIER Hervé à DELCOUR\nJean-Philippe.')).toEqual([
      ['LHERMOT', 'Patrice', null, null],
      ['DA COSTA', 'Manuel', null, null],
      ['GUÉRAND', 'Anne-Sophie', null, null],
      ['PRUNIER', 'Hervé', null, 'DELCOUR'],
    ]);
  });

  it('keeps it there when "et" joins the next member after it', () => {
    expect(read('MM. PIERI Ange et SANTONI Jean ; FILIPPI\nJean-Baptiste et SUSINI Antoine ; PAOLI Xavier.')).toEqual([
      ['PIERI', 'Ange', null, null],
      ['SANTONI', 'Jean', null, null],
      ['FILIPPI', 'Jean-Baptiste', null, null],
      ['SUSINI', 'Antoine', null, null],
      ['PAOLI', 'Xavier', null, null],
    ]);
  });
});

describe('family names in title case, one with its particle', () => {
  it('reads "Le Bourgeois" set off by commas as a family name, its proxy after it', () => {
    const text = 'MM. Duval-Hébert (pouvoir à M. Lechevallier), Gosselin (pouvoir à M. Marie), Le Bourgeois (pouvoir à M. Cauvin).';
    expect(parsePersonList(text, 0, text.length).map((e) => [e.person.surname, e.proxy?.surname ?? null])).toEqual([
      ['Duval-Hébert', 'Lechevallier'],
      ['Gosselin', 'Marie'],
      ['Le Bourgeois', 'Cauvin'],
    ]);
  });

  it('not an office so written ("…, Le Maire, …") nor a line of its own', () => {
    const text = 'MM. Anquetil, Bazire, Le Maire, Marie.';
    expect(parsePersonList(text, 0, text.length).map((e) => e.person.surname)).toEqual(['Anquetil', 'Bazire', 'Marie']);
  });
});

describe('offices and bodies named beside the members', () => {
  it('are not members, a deputy\'s rank with its office', () => {
    const text = 'MM. BELLEGARDE Lucien, Maire ; DÉSIRÉ Gérard, Premier Adjoint ; Mme LOUISY Marcelle, Deuxième Adjoint ; MM. NIRLO Alfred, Conseillers Municipaux.';
    expect(parsePersonList(text, 0, text.length).map((e) => e.person.surname)).toEqual(['BELLEGARDE', 'DÉSIRÉ', 'LOUISY', 'NIRLO']);
  });

  it('are not members', () => {
    const names = (s: string) => parsePersonList(s, 0, s.length).map((e) => e.person.surname);
    expect(names('M. Luc BERTON, Maire ; Mme Sophie AUGIAS, M. Nicolas TARDIF, Adjoints ; Mmes et MM. Bernard ARNAL, Julien MARTIAL, Conseillers municipaux.')).toEqual([
      'BERTON', 'AUGIAS', 'TARDIF', 'ARNAL', 'MARTIAL',
    ]);
    expect(names('M. Michel ROUVIER, Président - Mme Danielle FORESTAL, Vice-présidente\nPersonnalités qualifiées : M. Jean DUVAUX')).toEqual(['ROUVIER', 'FORESTAL', 'DUVAUX']);
    expect(names('Communauté de communes du Plateau : M. FABRE Roland, M. ROQUES Yvan')).toEqual(['FABRE', 'ROQUES']);
  });

  it('nor is an office with the place it is held in ("Maire de Saint-Éloi-des-Bois", "Maire des Verrières")', () => {
    const names = (s: string) => parsePersonList(s, 0, s.length).map((e) => e.person.surname);
    expect(names('M. Henri LAVENANT, 1er Vice-Président, Maire de Saint-Éloi-des-Bois\nM. André CHEVRIAUX, 4e Vice-Président, Maire des Verrières\nM. Paul BRETIN, Président du SIVOM')).toEqual([
      'LAVENANT', 'CHEVRIAUX', 'BRETIN',
    ]);
  });

  it('leave a member who bears such a name with a civility', () => {
    expect(parsePersonList('M. Jean MAIRE, Mme Anne CONSEIL', 0, 31).map((e) => e.person.surname)).toEqual(['MAIRE', 'CONSEIL']);
  });
});

describe('proxies written "Pouvoir de X à Y", one a line', () => {
  it('pair each giver with the holder on the same line', () => {
    expect(read('Pouvoir de M. François MARILLON à M. Henri BOISSEL\nPouvoir de M. Roger LAMOTHE (Canton de Cosne) à M. René CHAMBERT\n').map(([s, , , p]) => [s, p])).toEqual([
      ['MARILLON', 'BOISSEL'],
      ['LAMOTHE', 'CHAMBERT'],
    ]);
  });

  it('leave a canton named before its members out of the list', () => {
    const s = "Canton d'Arpajon :\nMme Isabelle LANTUÉJOUL, M. Michel ROUX, Canton d'Aurillac, M. Paul VIDALOU";
    expect(parsePersonList(s, 0, s.length).map((e) => e.person.surname)).toEqual(['LANTUÉJOUL', 'ROUX', 'VIDALOU']);
  });
});

describe('the holder of a proxy in brackets', () => {
  it('"Mme X (à M. Y)" pairs them; other brackets are skipped', () => {
    const s = 'Mme FAYOLLES (à M. GUILLON), M. DESCOUR (à Mme BONNEFOI), M. DUPRAT (Canton de Mauriac), M. LEROUX';
    expect(parsePersonList(s, 0, s.length).map((e) => [e.person.surname, e.proxy?.surname ?? null])).toEqual([
      ['FAYOLLES', 'GUILLON'],
      ['DESCOUR', 'BONNEFOI'],
      ['DUPRAT', null],
      ['LEROUX', null],
    ]);
  });

  it('"Mme X (Commune) a M. Y", one a line, the accent lost: the giver\'s commune stands between', () => {
    const s = 'Mme Laurence MIGNOT (Sombreval) a M. Jean-François DUCHESNE\nM. Hervé BOUCHET (Les Rocherons) a Mme Sabine LEBRETON';
    expect(parsePersonList(s, 0, s.length).map((e) => [e.person.surname, e.proxy?.surname ?? null])).toEqual([
      ['MIGNOT', 'DUCHESNE'],
      ['BOUCHET', 'LEBRETON'],
    ]);
  });
});

describe('a name wrapped after its particle', () => {
  it('"M. Jean DE\\nLA FONTAINE" is one family name', () => {
    const s = 'M. Jean DE\nLA FONTAINE, Mme Anne LE\nGALL';
    expect(parsePersonList(s, 0, s.length).map((e) => e.person.surname)).toEqual(['DE LA FONTAINE', 'LE GALL']);
  });
});

describe('a family name made of particles', () => {
  it('"LE DU Pierrick": particles written in capitals as a whole are the family name', () => {
    const text = 'Absents excusés : TANGUY Morgane (pouvoir à CADORET Yann), LE DU Pierrick.';
    expect(parsePersonList(text, text.indexOf(':') + 1, text.length).map((e) => e.person.surname)).toEqual(['TANGUY', 'LE DU']);
  });
});

describe('family names of overseas France and of marriage', () => {
  const read = (s: string) => parsePersonList(s, 0, s.length).map((e) => [e.person.surname, e.person.givenName, e.proxy?.surname ?? null]);

  it('"K/BIDI": a slash between capitals is inside the family name', () => {
    expect(read('M. Patrice\nK/BIDI, Mme Josiane K/ARO, M. Paul HOARAU')).toEqual([
      ['K/BIDI', 'Patrice', null],
      ['K/ARO', 'Josiane', null],
      ['HOARAU', 'Paul', null],
    ]);
  });

  it('"LEBON épouse TECHER", "MARTIN née DURAND": one member, under the first name written', () => {
    expect(read('Mme Marie-Josée LEBON épouse\nTECHER, Mme Anne MARTIN née DURAND, M. Luc PAYET')).toEqual([
      ['LEBON', 'Marie-Josée', null],
      ['MARTIN', 'Anne', null],
      ['PAYET', 'Luc', null],
    ]);
  });

  it('a given name wrapped to the next line keeps the proxy that follows it', () => {
    expect(read('Mme CÉLESTIN Ghislaine à M. BABEL Ferdinand ; M. ANCELIN\nJimmy à M. PIERRE-JUSTIN Eddy')).toEqual([
      ['CÉLESTIN', 'Ghislaine', 'BABEL'],
      ['ANCELIN', 'Jimmy', 'PIERRE-JUSTIN'],
    ]);
  });
});

describe('a late arrival noted in the list', () => {
  it('"Arrivée de Mme VALLÉE à 20h25" names a member present, not one called "Arrivée"', () => {
    const s = 'M. PERRIN, Mme LAMBERT, M. ROYER.\nArrivée de Mme VALLÉE à 20h25, au point n° 3.';
    expect(parsePersonList(s, 0, s.length).map((e) => e.person.surname)).toEqual(['PERRIN', 'LAMBERT', 'ROYER', 'VALLÉE']);
  });
});

describe('names in title case with a particle', () => {
  it('"Hervé Le Gall", "Jean de La Fontaine": the particle opens the family name, and is no third word that makes prose', () => {
    const s = 'Anne-Marie Le Bihan, Hervé Le Gall, Pierre-Yves Floch (pouvoir à\nHervé Le Gall), Jean de La Fontaine.';
    expect(parsePersonList(s, 0, s.length).map((e) => [e.person.surname, e.person.givenName, e.proxy?.surname ?? null])).toEqual([
      ['Le Bihan', 'Anne-Marie', null],
      ['Le Gall', 'Hervé', null],
      ['Floch', 'Pierre-Yves', 'Le Gall'],
      ['de La Fontaine', 'Jean', null],
    ]);
  });
});

describe('offices and bodies among the names', () => {
  it('"Conseillers Municipaux" closing a list and "Commune de X" are no members; "d\'Aubert" is a family name', () => {
    const s = "M. Paul DUPONT, Mme Anne MARTIN, Adjoints, M. Stéphane d'Aubert, Mme Rose ROUX, Conseillers\nMunicipaux ; Commune d'Epeigné-sur-Dème - M. Luc GOUÉ";
    expect(parsePersonList(s, 0, s.length).map((e) => e.person.surname)).toEqual(['DUPONT', 'MARTIN', "d'Aubert", 'ROUX', 'GOUÉ']);
  });
});

describe('an office cut from its rank at a line end', () => {
  it('"2e\\nadjointe" is no member, where lone lower-case words are family names', () => {
    const s = 'Mme RÉGOURD Nadia, 2e\nadjointe, M. PAYET Luc, lauret, olivier';
    expect(parsePersonList(s, 0, s.length).map((e) => e.person.surname)).toEqual(['RÉGOURD', 'PAYET', 'lauret', 'olivier']);
  });
});

describe('two members giving their proxy to one holder', () => {
  it('"X et Y à Z": both gave it to Z; "X, Y à Z": only Y did', () => {
    expect(read('Martine GIRARDOT et Laurence BULLE à Francis VUILLEMIN ; Isabelle VERMOT à Gilles COURVOISIER').map((e) => [e[0], e[3]])).toEqual([
      ['GIRARDOT', 'VUILLEMIN'],
      ['BULLE', 'VUILLEMIN'],
      ['VERMOT', 'COURVOISIER'],
    ]);
    expect(read('Mme Anne DURAND, M. Paul MARTIN à M. Luc PETIT').map((e) => [e[0], e[3]])).toEqual([
      ['DURAND', null],
      ['MARTIN', 'PETIT'],
    ]);
  });
});

describe('family names in title case opening on a particle', () => {
  it('"Mme Da Silva", "M. Le Bihan", "Mme Van Der Berg" are family names whole', () => {
    const text = 'M. Saïdi, Mme Da Silva, M. Le Bihan, Mme Van Der Berg, Hervé Le Gall, Da Costa Marie.';
    expect(parsePersonList(text, 0, text.length).map((e) => [e.person.givenName, e.person.surname])).toEqual([
      [null, 'Saïdi'], [null, 'Da Silva'], [null, 'Le Bihan'], [null, 'Van Der Berg'], ['Hervé', 'Le Gall'], ['Marie', 'Da Costa'],
    ]);
  });

  it('"Monsieur le Président", "Madame La Maire" name no one', () => {
    const text = 'Monsieur le Président, Madame La Maire';
    expect(parsePersonList(text, 0, text.length)).toEqual([]);
  });
});

describe('proxies as a table of givers and holders under the list heading', () => {
  it('reads each row "MANDANTS  MANDATAIRES" as a proxy, the giver first', () => {
    const text = `L'an deux mille douze, le dix-sept décembre, le Conseil Municipal s'est réuni sous la présidence de M. Hubert SANTONI, Maire.

ÉTAIENT PRÉSENTS : M. Hubert SANTONI, Maire, M. Jean-Louis ANDREANI, M. Christian ROUBAUD, Mme Françoise COSTA.

ÉTAIENT ABSENTS ET REPRÉSENTÉS :
             MANDANTS                                      MANDATAIRES
   Mme Josiane MARTINI                              M. Jean-Louis ANDREANI
   M. Michel GIORDANO                               M. Christian ROUBAUD
   Mme Jocelyne SAPPIA                              Mme Françoise COSTA

ÉTAIENT ABSENTS : M. Didier VENTRE.
`;
    expect(listsOf(extractAttendance(text).attendance)).toEqual({
      present: ['SANTONI', 'ANDREANI', 'ROUBAUD', 'COSTA'],
      represented: [['MARTINI', 'ANDREANI'], ['GIORDANO', 'ROUBAUD'], ['SAPPIA', 'COSTA']],
      excused: [],
      absent: ['VENTRE'],
    });
  });
});

describe('proxies as a table of givers and holders with no heading over it', () => {
  const text = `L'an deux mille quatorze, le vingt-quatre novembre, le Conseil Municipal s'est réuni sous la présidence de M. Gérard BORLET, Maire.
Présents
BORLET Gérard
CHEVALLIER Anne
GIROD Sylvie
Mandant Mandataire
DUNAND Pierre CHEVALLIER Anne
JACQUEMOUD Hélène GIROD Sylvie
Absent(s)
BAUDIN Frédéric
CULLAZ Thierry
Arrivée en cours de séance : M. CULLAZ Thierry (à partir du point n° 5, 20h40)
Secrétaire de séance : Mme GIROD Sylvie
`;

  it('reads the header "Mandant Mandataire" as the heading of the proxies, each row a giver and a holder', () => {
    expect(listsOf(extractAttendance(text).attendance)).toMatchObject({
      present: expect.arrayContaining(['BORLET', 'CHEVALLIER', 'GIROD']),
      represented: [['DUNAND', 'CHEVALLIER'], ['JACQUEMOUD', 'GIROD']],
    });
  });

  it('counts present a member listed absent whose arrival during the sitting is told by the lists', () => {
    expect(listsOf(extractAttendance(text).attendance)).toMatchObject({ present: ['BORLET', 'CHEVALLIER', 'GIROD', 'CULLAZ'], absent: ['BAUDIN'] });
  });

  it('keeps absent a member whose arrival line names someone else', () => {
    const other = text.replace('M. CULLAZ Thierry (à partir', 'M. BORLET Gérard (à partir');
    expect(listsOf(extractAttendance(other).attendance)).toMatchObject({ absent: ['BAUDIN', 'CULLAZ'] });
  });
});

describe('delegates listed by commune, the commune led to its delegates by dots', () => {
  it('reads no member in "ECURY-sur-COOLE ........... MM. DROUILLY Marcel, HENRIOT Paul"', () => {
    const text = `Le Comité s'est réuni à la Mairie, sous la présidence de M. Marcel DROUILLY, Président.

Etaient présents :
  ECURY-sur-COOLE ........... MM. DROUILLY Marcel, HENRIOT Paul
  FONTAINE-la-COOLE ......... MM. BAUDIER René, CHARLIER André
  COULVAGNY ................. MM. THIEBAULT Jules, MAILLARD Roger

Etait absent : M. DESSERT Emile (Mairy-le-Petit).
`;
    expect(listsOf(extractAttendance(text).attendance)).toEqual({
      present: ['DROUILLY', 'HENRIOT', 'BAUDIER', 'CHARLIER', 'THIEBAULT', 'MAILLARD'],
      represented: [],
      excused: [],
      absent: ['DESSERT'],
    });
  });
});

describe('a list closed by the assembly opening its decision on the next line', () => {
  it('reads no member in "Le Conseil Départemental," nor in the visa under it', () => {
    const text = `Présents : Régis ASTRUC, Alain BOISSONNADE, Isabelle BONNAL.
Absent : Daniel ROCHER.
Le Conseil Départemental,
VU le Code Général des Collectivités Territoriales ;
`;
    const { attendance, span } = extractAttendance(text);
    expect(listsOf(attendance).absent).toEqual(['ROCHER']);
    expect(text.slice(span!.start, span!.end)).not.toMatch(/Conseil/);
  });
});

describe("a group's label with an acronym", () => {
  it('"Representants des communes et des E.P.C.I. :" labels the members after it', () => {
    const text = `Étaient présents :
Représentants du Département : M. Jacques CHAMBON, Mme Annie BROUSSE,
M. Guy MOULIN
Representants des communes et des E.P.C.I. : M. Henri ESCOFFIER, M. Pierre CHAREYRE
Excusés : M. Jean-Claude BERNARD
`;
    expect(listsOf(extractAttendance(text).attendance).present).toEqual(['CHAMBON', 'BROUSSE', 'MOULIN', 'ESCOFFIER', 'CHAREYRE']);
  });
});

describe('members in two columns, the right one opening on a civility after an office', () => {
  it('reads "Mme Josette AUDIBERT, 1ère Adjointe      Mme Sylvie AILLAUD" as two members', () => {
    const doc = analyzeText(`Le Conseil municipal s'est réuni le 27 juin 2011, sous la présidence de M. Gilbert ROUMANILLE, Maire.

PRÉSENTS :
M. Gilbert ROUMANILLE, Maire                        Mme Danielle CASTELLAN
Mme Josette AUDIBERT, 1ère Adjointe                 Mme Sylvie AILLAUD
M. Marc GIRAUD                                      M. Christian ESTIENNE

1. Tarifs de la cantine
Le Conseil municipal, à l'unanimité, fixe les tarifs.
`);
    expect(listsOf(doc.attendance).present).toEqual(['ROUMANILLE', 'CASTELLAN', 'AUDIBERT', 'AILLAUD', 'GIRAUD', 'ESTIENNE']);
  });
});

describe('full stops OCR read for the commas of a list of names in capitals', () => {
  it('part the names ("MM. JUNG. BECKER. SCHMITT, KOCH. LANG.")', () => {
    const s = 'MM. STREIFF, MULLER, Mme HEMMERT, MM. JUNG. BECKER. SCHMITT, KOCH. LANG.';
    expect(parsePersonList(s, 0, s.length).map((e) => e.person.surname)).toEqual(['STREIFF', 'MULLER', 'HEMMERT', 'JUNG', 'BECKER', 'SCHMITT', 'KOCH', 'LANG']);
  });
  it('leave a name before a heading in capitals as it was', () => {
    const s = 'MM. DUPONT, MARTIN. DÉLIBÉRATION N° 1';
    expect(parsePersonList(s, 0, s.length).map((e) => e.person.raw)).toEqual(['MM. DUPONT', 'MARTIN. DÉLIBÉRATION']);
  });
});

describe('a table of delegates by commune, flattened', () => {
  it('reads no commune alone on its line over its delegates ("VERNASSAC" / "FABRE J-L., ROUQUETTE P.") as a member', () => {
    const text = `Séance du 22/06/1989
Commune
Délégués présents
Suppléant siégeant
Pouvoir / Excusé / Absent
VERNASSAC
FABRE J-L., ROUQUETTE P., ALBOUY S., MAUREL H., CAUSSE R.
ST-AMANS-DE-CEROU
VIDAL M., COSTES G.
LABASTIDE-ROUFFIAC
BARTHE C., LACOMBE J., CANTALOUBE F.
Secrétaire de séance : M. ROUQUETTE
`;
    const present = extractAttendance(text).attendance.present.map((p) => p.surname);
    expect(present).toEqual(expect.arrayContaining(['FABRE', 'ROUQUETTE', 'VIDAL', 'BARTHE']));
    expect(present).not.toContain('VERNASSAC');
    expect(present).not.toContain('ST-AMANS-DE-CEROU');
  });
});

describe('a proxy called a delegation of vote', () => {
  it('"M. DAVIN (délégation à M. GARCIN)": the holder in brackets', () => {
    const text = `Présents : MM. GARCIN, REYNIER, BLANC.
Absents excusés ayant donné délégation de vote : M. DAVIN (délégation à M. GARCIN), M. TRON (délégation à M. REYNIER).
Secrétaire de séance : M. BLANC.
`;
    expect(listsOf(extractAttendance(text).attendance).represented).toEqual([['DAVIN', 'GARCIN'], ['TRON', 'REYNIER']]);
  });
});

describe("a verbatim record's speaker after its lists", () => {
  it('ends the list of proxies before "M. LE PRESIDENT. - Mes chers collègues", and reads the count he gives', () => {
    const doc = analyzeText(`CONSEIL GENERAL

PROCES-VERBAL DE LA SEANCE DU JEUDI 25 OCTOBRE 1990

La séance est ouverte à 10 heures, sous la présidence de M. Raymond ESTEBE.

Etaient présents : MM. ARTIGUES, BAREILLE, COSTES, ESTEBE, GALY.

Excusés : M. AUDOUY, M. TOURNIE.

Avaient donné délégation de vote : M. PUJOL à M. GALY,
M. SARDA à M. ESTEBE.

M. LE PRESIDENT. - Mes chers collègues, cinq d'entre
nous étant présents, le Conseil peut valablement délibérer.
`);
    expect(doc.attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([
      ['PUJOL', 'GALY'],
      ['SARDA', 'ESTEBE'],
    ]);
    expect(doc.attendance.counts.present).toBe(5);
  });
});

describe('proxies given by "délégation" in brackets, as typed and as OCR cut them', () => {
  it('reads the holder after "délégation a" (no accent) and after "délégati on à" (the word cut)', () => {
    const doc = analyzeText(`CONSEIL GENERAL DES COTES-DU-NORD
Séance du 22 juin 1987

    Présents : MM. GUEGAN, HAMON, LE GOFF, RIOU, TANGUY.

    Absents excusés ayant donné délégation de vote : MM. BOULLAND
(délégation a M. LE GOFF), CARIOU (dé1égation à M. HAMON), Mme
FAUVEL (délégation à M. RIOU), MM. PASQUIOU (délégati on à M. TANGUY).

    Le Conseil, après en avoir délibéré, adopte le rapport à l'unanimité.
`);
    expect(doc.attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([
      ['BOULLAND', 'LE GOFF'],
      ['CARIOU', 'HAMON'],
      ['FAUVEL', 'RIOU'],
      ['PASQUIOU', 'TANGUY'],
    ]);
  });
});

describe("a board's list of members described by who elected them", () => {
  const TEXT = `SEANCE DU 23 AVRIL 1992

Etaient présents : M. DUBOIS, Président ; Mme MARTIN, Vice-Présidente ; MM. LEROY, MOREAU, CARLIER, membres élus
par le Conseil Municipal ; Mmes BOUTRY, SERGEANT, DUJARDIN, M. DEBAECKER, membres nommés par le Maire.

Excusés : M. DELANNOY, Mme PLOUVIER.

Le Conseil d'Administration, considérant que le nombre des membres présents est supérieur à la moitié des membres en exercice, peut valablement délibèrer.
`;
  const doc = analyzeText(TEXT);
  it('reads "par le Conseil Municipal" as who elected them, no proxy, and a family name one letter from a rank as a name', () => {
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['DUBOIS', 'MARTIN', 'LEROY', 'MOREAU', 'CARLIER', 'BOUTRY', 'SERGEANT', 'DUJARDIN', 'DEBAECKER']);
    expect(doc.attendance.represented).toEqual([]);
  });
  it('reads "peut valablement délibèrer", its acute read as a grave, as the quorum reached', () => {
    expect(doc.meeting.quorum).toBe(true);
  });
});

describe("a syndicate's delegates by commune, a substitute sitting in another's place", () => {
  it('reads the list on past "siégeant en remplacement de M. X", the replaced delegate in no list', () => {
    const doc = analyzeText(`PROCÈS-VERBAL DE LA RÉUNION DU COMITÉ SYNDICAL
Séance du 27 mars 1981

Étaient présents :
- Commune de Ploumanac : MM. Yves LE BRAS, Jean KERVELLA
- Commune de Kergonan : M. Joseph QUÉMÉ ; M. Hervé CORRE, délégué suppléant, siégeant en
  remplacement de M. Pierre LE DANTEC
- Commune de Trévénec : M. René GUÉGAN
- Commune de Lannévez : MM. Émile BOTREL, Guillaume RAOUL

Absent excusé : M. Louis MORVAN.
`);
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['LE BRAS', 'KERVELLA', 'QUÉMÉ', 'CORRE', 'GUÉGAN', 'BOTREL', 'RAOUL']);
  });
});

describe("an old register's members, family name first, given name in brackets", () => {
  it('reads the given name in brackets as the member\'s ("ANDRÉ (Jean)"), not a commune or a note', () => {
    const t = 'MM. ADAM (Roger), ANDRÉ (Jean), Mme DIDELOT (Marie-Thérèse), M. LACAZE (Castet-Arbéou), M. ROUX (excusé).';
    expect(parsePersonList(t, 0, t.length).map((e) => [e.person.surname, e.person.givenName])).toEqual([
      ['ADAM', 'Roger'],
      ['ANDRÉ', 'Jean'],
      ['DIDELOT', 'Marie-Thérèse'],
      ['LACAZE', null],
      ['ROUX', null],
    ]);
  });

  it('keeps two members of one family apart: "ANDRÉ (Jean)" present, "ANDRÉ (Pierre)" excused', () => {
    const doc = analyzeText('Séance du 17 décembre 1982\nÉtaient présents : MM. ADAM (Roger), ANDRÉ (Jean), BAUDOIN (Marcel).\nExcusés : MM. ANDRÉ (Pierre), DURAND (Claude).\nLe quorum étant atteint, le Président déclare la séance ouverte.\n');
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['ADAM', 'ANDRÉ', 'BAUDOIN']);
    expect(doc.attendance.excused.map((p) => p.surname)).toEqual(['ANDRÉ', 'DURAND']);
  });
});

describe('a sentence about a member after a list closed by its full stop', () => {
  it('is no more of the list ("Absents : …, LECLERC (Daniel).\\nM. PIERSON, Secrétaire du Bureau, assure le secrétariat")', () => {
    const doc = analyzeText('Séance du 17 décembre 1982\nÉtaient présents : MM. ADAM (Roger), BAUDOIN (Marcel), PIERSON (Albert).\nAbsents : MM. HOUOT (Marcel), LECLERC (Daniel).\nM. PIERSON, Secrétaire du Bureau, assure le secrétariat de la séance.\nLe quorum étant atteint, la séance est ouverte.\n');
    expect(doc.attendance.absent.map((p) => p.surname)).toEqual(['HOUOT', 'LECLERC']);
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['ADAM', 'BAUDOIN', 'PIERSON']);
  });

  it('is not a civility\'s full stop closing the line ("M.\\nYves-Marie KERGOAT, Président. La séance est ouverte")', () => {
    const t = 'M.\nYves-Marie KERGOAT, Président. La séance est ouverte à 10 h 15.';
    expect(parsePersonList(t, 0, t.length).map((e) => [e.person.surname, e.person.givenName])).toEqual([['KERGOAT', 'Yves-Marie']]);
  });
});

describe("a member's description wrapped onto the next line, in a list whose entries a semicolon parts", () => {
  it('reads the wrapped words as the description\'s ("représentant la Caisse Primaire" / "d\'Assurance Maladie ;"), the list going on after the semicolon', () => {
    const t = "MM. SANTONI, Président ; LUCCIONI Antoine, représentant la Caisse Primaire\nd'Assurance Maladie ; MATTEI Xavier, représentant la Caisse de Mutualité\nSociale Agricole ; LECCIA Marc, représentant du\npersonnel.";
    expect(parsePersonList(t, 0, t.length).map((e) => e.person.surname)).toEqual(['SANTONI', 'LUCCIONI', 'MATTEI', 'LECCIA']);
  });

  it('stops the description at its full stop: the member on the next line is read', () => {
    const t = 'M. PUJOL, Mme ESCANDE, M. DUFFAUT, Conseillers métropolitains\ndélégués.\nM. GRIMAUD, Vice-Président, rejoint la séance ; M. ROUX';
    expect(parsePersonList(t, 0, t.length).map((e) => e.person.surname)).toContain('GRIMAUD');
  });
});

describe('the staff attending, their label as heavy OCR reads it', () => {
  it('"Asslstaient éga lernent :" ends the list of the excused', () => {
    const doc = analyzeText(`BUREAU COMMUNAUTAIRE\nSéance du 11 septembre 2023\nEtaient presents : M. Gérard KIEFFER, Président ; M. Bernard WEISSE, M. Alain STUMPF.\nExcusé : M. Raymond KLEIN.\nAsslstaient éga lernent : Mme Laure PETITJEAN, Directrice Générale des Services ; M. Yann ROBERT, responsable du pôle technique.\nSecrétaire de séance : M. Bernard WEISSE.\n\n1. Approbation du relevé des décisions\nLe relevé est approuvé sans observation.\nVote : unanimité.\n`);
    expect(doc.attendance.excused.map((p) => p.surname)).toEqual(['KLEIN']);
  });

  it('"Asaistait à laséance :" (s struck as a) ends the list of the excused', () => {
    const doc = analyzeText(`COMMISSION DEPARTEMENTALE\nSéance du 14 octobre 1981\nEtaient présents : MM. DELMOTTE, VANHOVE, CARPENTIER.\nAbsent excusé : M. MARTENS.\nAsaistait à laséance : M. FOURCROY, Secrétaire Gènéral de la\nPréfecture, representant M. lc Préfet.\n\n1. PROCES-VERBAL DE LA SEANCE DU 16 SEPTEMBRE 1981\nLe procès-verbal est adopté.\n`);
    expect(doc.attendance.excused.map((p) => p.surname)).toEqual(['MARTENS']);
  });
});

describe('a list whose entries a semicolon parts, each with its description, a civility closing a line', () => {
  // Invented names; the shape of a board's record typed in a narrow column.
  it('goes on past "…, représentant de la commune ; Mme" to the name on the next line', () => {
    const text = `Le Conseil d'administration s'est réuni sous la présidence de Madame Josiane FABRE.
Membres présents :
Mme Josiane FABRE, Présidente ; M. Alain GIRAUD, représentant de la commune ; Mme
Odile ROUMIER, représentante du Département ; M. Marius CAILLET.
Absent : M. Henri BONIFACE.
`;
    expect(analyzeText(text).attendance.present.map((p) => [p.givenName, p.surname])).toEqual([
      ['Josiane', 'FABRE'],
      ['Alain', 'GIRAUD'],
      ['Odile', 'ROUMIER'],
      ['Marius', 'CAILLET'],
    ]);
  });
});

describe('a family name of particles alone, in capitals', () => {
  it('is a name after its civility: "Mme LE DU à M. GUILLOU"', () => {
    const entries = parsePersonList('Mme LE DU à M. GUILLOU, M. CLOAREC à Mme MORVAN', 0, 47);
    expect(entries.map((e) => [e.person.surname, e.proxy?.surname])).toEqual([['LE DU', 'GUILLOU'], ['CLOAREC', 'MORVAN']]);
  });
});

describe("a given name wrapped to the next line before the list's order is told", () => {
  it('reads "Mme ROUVIER" / "Yvette, …" as one member where the entries after it write the family name first', () => {
    const s = 'M. GIRAUD, Président, Mme ROUVIER\nYvette, Vice-Présidente, MM. BLANC Marius, PELLEGRIN\nJoseph, Mme MAUREL Rose.';
    expect(parsePersonList(s, 0, s.length).map((e) => [e.person.surname, e.person.givenName])).toEqual([
      ['GIRAUD', null],
      ['ROUVIER', 'Yvette'],
      ['BLANC', 'Marius'],
      ['PELLEGRIN', 'Joseph'],
      ['MAUREL', 'Rose'],
    ]);
  });

  it('keeps the word on the next line a member of its own where the list writes given names first', () => {
    const s = 'M. GIRAUD, Président, Mme ROUVIER\nYvette, Vice-Présidente, M. Marius BLANC, Mme Rose MAUREL.';
    expect(parsePersonList(s, 0, s.length).map((e) => e.person.surname)).toEqual(['GIRAUD', 'ROUVIER', 'Yvette', 'BLANC', 'MAUREL']);
  });
});

describe("a doctor's title before a name wrapped at the line's end", () => {
  it('reads "Dr Hélène" / "VIGUIÉ" as one member, the title no word of a whole name', () => {
    const s = 'M. Bernard CASSAGNE (Conseil départemental) ; Dr Hélène\nVIGUIÉ (médecin coordonnateur)';
    expect(parsePersonList(s, 0, s.length).map((e) => e.person.surname)).toEqual(['CASSAGNE', 'VIGUIÉ']);
  });
});
