/** Attendance headings as extracts write them, and where each list stops. Invented names. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import { listsOf } from '../helpers/attendance-lists.ts';
import { extractAttendance, withHoldersByOffice } from '../../src/extract/attendance.ts';
import { findSecretary } from '../../src/extract/secretary.ts';

describe('attendance headings', () => {
  it('"Absent(s) représenté(s)" on the line after the present list heads the proxies', () => {
    const text = `Présent(e)s : M. LHERMOT Patrice, Mme GOURDAN Isabelle,
Mme VIERA Paula.
Absent(s) représenté(s) : M. JOUANNET Gilles par M. LHERMOT Patrice.
Absent(s) excusé(s) : Mme TESSON Nadège.
`;
    const { attendance } = extractAttendance(text);
    expect(attendance.present.map((p) => p.surname)).toEqual(['LHERMOT', 'GOURDAN', 'VIERA']);
    expect(attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['JOUANNET', 'LHERMOT']]);
    expect(attendance.excused.map((p) => p.surname)).toEqual(['TESSON']);
    expect(attendance.absent).toEqual([]);
  });

  it('"Présents : 8 - M. X, …" and "Pouvoir : 1 - M. Y à M. Z": the count, a dash, then the names', () => {
    const text = `Membres du Bureau en exercice : 11
Présents : 3 - M. Gérard PELLEGRIN, Mme Odile FABRE-MAUREL, M. Serge TOUCAS
Pouvoir : 1 - M. Alain DAVIN à M. Serge TOUCAS
Excusés : Mme Martine COLOMBANI, M. Yves BLANC
`;
    const { attendance } = extractAttendance(text);
    expect(attendance.present.map((p) => p.surname)).toEqual(['PELLEGRIN', 'FABRE-MAUREL', 'TOUCAS']);
    expect(attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['DAVIN', 'TOUCAS']]);
    expect(attendance.excused.map((p) => p.surname)).toEqual(['COLOMBANI', 'BLANC']);
  });
});

describe('a sentence after the last list', () => {
  it.each([
    ['M. FAUREL a été désigné secrétaire de séance.'],
    ['M. PUJOL, arrivé à 21 h 20, a pris part aux votes à partir du point 3.'],
    ['Mme ROCHE quitte la séance avant le vote du budget.'],
  ])('"%s" does not add its subject to the list', (sentence) => {
    const text = `Présents : M. Paul ROCHEVAL, Mme Anne BELMONTE, M. Yves CARADEC, M. Luc PUJOL, Mme Marie ROCHE.\nAbsents : M. Marc VERGNE, M. Jean DELMAR.\n${sentence}\n\nObjet : Tarifs de la salle des fêtes\n`;
    const { attendance } = extractAttendance(text);
    expect(attendance.absent.map((p) => p.surname)).toEqual(['VERGNE', 'DELMAR']);
  });
});

describe('headings OCR read with "6" for "é"', () => {
  it('are the headings they stand for', () => {
    const text = `Etaient pr6sents : MM. DUPRAT Jean, MARTEL Paul, Mme DURANDE Anne.\nAbsents repr6sent6s : M. ANDRIEUX par M. DUPRAT.\nAbsent : M. GIRAUDET (excus6).\n`;
    const { attendance } = extractAttendance(text);
    expect(attendance.present.map((p) => p.surname)).toEqual(['DUPRAT', 'MARTEL', 'DURANDE']);
    expect(attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['ANDRIEUX', 'DUPRAT']]);
    expect(attendance.excused.map((p) => p.surname)).toEqual(['GIRAUDET']);
  });
});

describe('a heading in the singular as heavy OCR reads it', () => {
  it('"Excnsé :" (an n for the u) lists the excused', () => {
    const text = `Présents :\nM. Bernard CHAIX, Président\nM. Thierry GARCIN, représentant de la commune\n\nExcnsé : M. Kevin BONNET, représentant du personnel\nAbsent : M. Patrick EYRAUD, représentant des familles\n`;
    const { attendance } = extractAttendance(text);
    expect(attendance.excused.map((p) => p.surname)).toEqual(['BONNET']);
  });
});

describe('labels that look like headings', () => {
  it('"Rapport présenté par :" is no list of members present', () => {
    const text = `Rapport présenté par : M. Erwan KERDREN, Vice-président en charge des mobilités\n\nOBJET : SCHÉMA RÉGIONAL DES MOBILITÉS\n\nÉtaient présents :\nM. Yann ABGRAL, Mme Soizic ALAIN.\n`;
    const { attendance } = extractAttendance(text);
    expect(attendance.present.map((p) => p.surname)).toEqual(['ABGRAL', 'ALAIN']);
  });

  it.each([
    ['les conseillers municipaux suivants'],
    ['les membres du conseil communautaire suivants'],
  ])('"Étaient présents %s :" heads the present list', (whom) => {
    const text = `Étaient présents ${whom} : M. CABANEL Bernard, Mme\nCOSTES Martine, M. VIALA Pierre.\nAbsent : M. FABRE Louis.\n`;
    const { attendance } = extractAttendance(text);
    expect(attendance.present.map((p) => p.surname)).toEqual(['CABANEL', 'COSTES', 'VIALA']);
    expect(attendance.absent.map((p) => p.surname)).toEqual(['FABRE']);
  });

  it('a line telling of an arrival during the sitting ends the list above it', () => {
    const text = `Présents : M. Paul ROCHEVAL, Mme Anne BELMONTE.\nAbsente : Mme Claudine PRADEL.\nArrivée en cours de séance : Mme Agathe DUMAS (20h52, avant le vote de la délibération 2024/063).\n`;
    const { attendance } = extractAttendance(text);
    expect(attendance.absent.map((p) => p.surname)).toEqual(['PRADEL']);
  });

  it('the secretary who reads the minutes, after a blank line, is no more of the list closed by its full stop', () => {
    const text = `Absents excusés : MM. PERETTI, QUILICHINI.\n\nAbsent : M. VALENTINI.\n\nM. LECCIA, secrétaire, donne lecture du procès-verbal de la séance du 21 avril 1980, qui est adopté.\n`;
    const { attendance } = extractAttendance(text);
    expect(attendance.absent.map((p) => p.surname)).toEqual(['VALENTINI']);
  });

  it('a line naming the political groups ends the list above it: their codes are no members', () => {
    const text = `Absents\nMme Marie-Hélène GOASDOUÉ\nM. Patrick ÉVEN\nGroupes politiques : SRA Socialistes, radicaux et apparentés (40) - ECO Écologistes (9) - DCI Droite, centre et indépendants (20)\nDÉLIBÉRATIONS\n`;
    const { attendance } = extractAttendance(text);
    expect(attendance.absent.map((p) => p.surname)).toEqual(['GOASDOUÉ', 'ÉVEN']);
  });

  it('a group label inside a list ("Personnalités qualifiées :") does not end it', () => {
    const text = `PRÉSENTS :\nReprésentants de l'agglomération :\nM. Michel ROUVIÈRE - Mme Pascale ORTOLAN\nPersonnalités qualifiées :\nM. Jean-François MÉRIGOT - M. Serge PALLUAU\n\nAbsent : M. Marc VERGNE.\n`;
    const { attendance } = extractAttendance(text);
    expect(attendance.present.map((p) => p.surname)).toEqual(['ROUVIÈRE', 'ORTOLAN', 'MÉRIGOT', 'PALLUAU']);
  });

  it('"Absents ayant donné délégation de vote :" heads the proxies', () => {
    const text = `Étaient présents :\nM. Jean VARIN, M. Didier DAUMET.\n\nAbsents ayant donné délégation de vote :\nM. Christian BONAFOUX à M. Didier DAUMET\nMme Odile RIGALD à M. Jean VARIN\n`;
    const { attendance } = extractAttendance(text);
    expect(attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([
      ['BONAFOUX', 'DAUMET'],
      ['RIGALD', 'VARIN'],
    ]);
  });
});

describe('the secretary named by what they do', () => {
  it('is the member who, as secretary, calls the roll', () => {
    const text = "La séance est ouverte à 15 heures.\nM. TAFANI, Secrétaire, procède à l'appel nominal.\nPrésents : MM. ALBERTI, TAFANI.\n";
    expect(findSecretary(text)?.surname).toBe('TAFANI');
  });

  it('is, where no sentence names one, the member the list of the present gives the office of secretary', () => {
    const doc = analyzeText(`Séance du lundi 7 décembre 1981\nLa Commission s'est réunie sous la présidence de M. Albert VANDEWALLE, Président.\nÉtaient présents : MM. VANDEWALLE, Président ; DUBRULLE, Vice-Président ; DEVOS, Secrétaire ; DESCAMPS, HENNEBERT, membres.\n\nOBJET : SUBVENTIONS AUX COMMUNES RURALES\nLa Commission, à l'unanimité, décide de répartir le crédit.\n`);
    expect(doc.meeting.secretary?.surname).toBe('DEVOS');
    const general = analyzeText(`Séance du lundi 7 décembre 1981\nÉtaient présents : MM. VANDEWALLE, Président ; DUBRULLE, Vice-Président ; DESCAMPS, HENNEBERT, membres ; M. ROUX, secrétaire général.\n\nOBJET : SUBVENTIONS\nLa Commission, à l'unanimité, décide de répartir le crédit.\n`);
    expect(general.meeting.secretary).toBeNull();
  });

  it('is no absent member when the sentence naming them follows the last list, a blank line between', () => {
    const doc = analyzeText(`Séance du 20 juin 1983\nLa séance est ouverte sous la présidence de M. Jean ORSONI, Président.\nPrésents : MM. ORSONI, ALBERTINI, BARTOLI, QUILICI.\nAbsent : M. ROSSI.\n\nM. QUILICI, le plus jeune des membres présents, remplit les fonctions de secrétaire.\n\nI. – PROCÈS-VERBAL DE LA RÉUNION DU 18 AVRIL 1983\nAdopté sans observation.\n`);
    expect(doc.attendance.absent.map((p) => p.surname)).toEqual(['ROSSI']);
    expect(doc.meeting.secretary?.surname).toBe('QUILICI');
  });

  it('is the member who "a 6te désignee en qualitédesecretaire" (OCR\'s six for the é, its words glued), read through the pipeline', () => {
    const doc = analyzeText('Séance du 29 septembre 2005\nPrésents : M. Jean LEMONNIER, Mlle Sophie DESLANDES, M. Paul THOMINE.\nMlle DESLANDES a 6te d6signee en qualitédesecretaire de séance.\n');
    expect(doc.meeting.secretary?.surname).toBe('DESLANDES');
  });

  it('is the member who "remplit les fonctions de secrétaire"', () => {
    const text = 'Absents : MM. HARDY, MERLE.\n\nM. DESLANDES remplit les fonctions de secrétaire.\n';
    expect(findSecretary(text)?.surname).toBe('DESLANDES');
  });
});

describe('the secretary appointed to keep the record of the sitting', () => {
  it('is the one who "assure le secrétariat de la séance", his office between', () => {
    const text = 'Le quorum étant atteint, le Président ouvre la séance. Conformément au règlement intérieur, Monsieur DEMARET, Directeur, assure le secrétariat de la séance.';
    expect(findSecretary(text, 0, text.length)?.surname).toBe('DEMARET');
  });

  it('is the one the council designates "pour assurer le secrétariat de la séance", her office between', () => {
    const text = "POINT 1 – DÉSIGNATION DU SECRÉTAIRE DE SÉANCE\nConformément à l'article L.2541-6 du CGCT, le Conseil Municipal désigne à l'unanimité Mme Sandrine KIEFFER, secrétaire de mairie, pour assurer le secrétariat de la séance.";
    expect(findSecretary(text, 0, text.length)?.surname).toBe('KIEFFER');
  });
});

describe('the secretary appointed in a sentence typed without accents', () => {
  it('is found', () => {
    const text = 'Absents : MM. LACROUX Marius et BONNET Jules.\nM. MAILLARD Jean a ete designe pour remplir les fonctions de secretaire.\n';
    expect(findSecretary(text)?.surname).toBe('MAILLARD');
  });
});

describe('an attendance table flattened one member a line', () => {
  it('puts each member in the list their row names', () => {
    const text = `Membres du conseil Présence
FABRE Josiane présente
BARTHES Joël présent
COUDERT Marie-Thérèse présente
ESCANDON Paul excusé – pouvoir à Mme COUDERT
LAGARRIGE Henri absent
ROQUET Yvan excusé

En exercice : 6 Présents : 3 Votants : 4
`;
    const { attendance, span } = extractAttendance(text);
    expect(attendance.present.map((p) => p.surname)).toEqual(['FABRE', 'BARTHES', 'COUDERT']);
    expect(attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['ESCANDON', 'COUDERT']]);
    expect(attendance.excused.map((p) => p.surname)).toEqual(['ROQUET']);
    expect(attendance.absent.map((p) => p.surname)).toEqual(['LAGARRIGE']);
    // The table's header is the attendance's too.
    expect(text.slice(span!.start, span!.end)).toMatch(/^Membres du conseil Présence\nFABRE Josiane présente[\s\S]*ROQUET Yvan excusé$/);
  });

  it('reads the inclusive endings of an export, and the proxy holder printed in the column after "Représenté(e)"', () => {
    const text = `Membre Commune Qualité Présence Mandataire
VERDAGUER Louis Saint-Aunès Titulaire Présent
MORETTI Claire Saint-Aunès Titulaire Présent(e)
CASTELNAU Pierre Lavérune Titulaire Représenté(e) VERDAGUER Louis
BOUSQUET Anne Lavérune Titulaire Excusé(e)
RIBES Marc Lavérune Titulaire Absent(e)
En exercice Présents Représentés Votants
5 2 1 3
`;
    const { attendance } = extractAttendance(text);
    expect(attendance.present.map((p) => p.surname)).toEqual(['VERDAGUER', 'MORETTI']);
    expect(attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['CASTELNAU', 'VERDAGUER']]);
    expect(attendance.excused.map((p) => p.surname)).toEqual(['BOUSQUET']);
    expect(attendance.absent.map((p) => p.surname)).toEqual(['RIBES']);
  });

  it('is not read from two sentences that end on "présent"', () => {
    const text = `M. DUPRAT Jean est présent\nMme MARTEL Anne est présente\n`;
    expect(extractAttendance(text).attendance.present).toEqual([]);
  });
});

describe('substitutes', () => {
  it('are present under "suppléants présents avec voix délibérative", the members they replace in no list', () => {
    const text = `Délégués titulaires présents : M. FABRON Jean, Mme CASTELLI Anne.
Délégués suppléants présents avec voix délibérative :
M. BARTHAS Lucien, suppléant de Mme GRIMALDI Josiane (C.C. du Plateau)
Excusés : Mme GRIMALDI Josiane (suppléée), M. VERNHES Alain.
`;
    const { attendance } = extractAttendance(text);
    expect(attendance.present.map((p) => p.surname)).toEqual(['FABRON', 'CASTELLI', 'BARTHAS']);
    expect(attendance.excused.map((p) => p.surname)).toEqual(['VERNHES']);
  });
});

describe('a secretary heading that says how they were appointed', () => {
  it.each([['Secrétaire élue :'], ['Secrétaire de séance désignée :'], ['Secrétaire élu(e) :'], ['Secrétaire nommé :']])(
    '"%s" heads the secretary line, which no list before it takes in',
    (heading) => {
      const text = `Présents : M. Jean DUPONT, Mme Claire MARTIN, M. Paul DURAND.\nAbsent excusé : M. Luc BERNARD.\n${heading} Mme Claire MARTIN.\n\n1. Tarifs de la cantine\n`;
      const { attendance, secretary } = extractAttendance(text);
      expect(attendance.present.map((p) => p.surname)).toEqual(['DUPONT', 'MARTIN', 'DURAND']);
      expect(attendance.excused.map((p) => p.surname)).toEqual(['BERNARD']);
      expect(secretary?.surname).toBe('MARTIN');
      expect(findSecretary(text)?.surname).toBe('MARTIN');
    },
  );
});

describe('a cue word closing the clause of a vote', () => {
  it.each([
    ['à l’unanimité des membres présents et représentés :'],
    ['à la majorité des membres présents et\nreprésentés :'],
  ])('"%s" heads no list: the articles under it are no names', (clause) => {
    const text = `Présents : M. Hervé LANGLOIS, Mme Sylvie BARRAU.\nPouvoirs : Mme Corinne DUVAL à M. Hervé LANGLOIS.\n\n2 – Subventions 2024\nLe Conseil Municipal, après en avoir délibéré, ${clause}\n- APPROUVE l'attribution des subventions ;\n- AUTORISE Monsieur le Maire à signer.\n`;
    const { attendance } = extractAttendance(text);
    expect(attendance.represented.map((r) => r.person.surname)).toEqual(['DUVAL']);
    expect(attendance.present.map((p) => p.surname)).toEqual(['LANGLOIS', 'BARRAU']);
  });
});

describe('substitutes', () => {
  it('"Délégués suppléants siégeant avec voix délibérative :" lists present members; whom they stand for is in no list', () => {
    const text = `Délégués titulaires présents : M. Bernard PERRAUDIN, Mme Claire LAPALUS.\nDélégués suppléants siégeant avec voix délibérative : M. Rémi BURTIN, suppléant de Mme Odile\nTRÉMEAU ; Mme Sophie GUYONNET, suppléante de M. Paul DAMAS.\nExcusés : M. Daniel ROQUES (remplacé par son suppléant), Mme Odette CARRIÈRE.\n`;
    const { attendance } = extractAttendance(text);
    expect(attendance.present.map((p) => p.surname)).toEqual(['PERRAUDIN', 'LAPALUS', 'BURTIN', 'GUYONNET']);
    expect(attendance.excused.map((p) => p.surname)).toEqual(['CARRIÈRE']);
  });

  it('"Suppléants ayant voix délibérative :" (OCR\'s ó for its é) lists present members, under the communes their lines open on', () => {
    const text = `Étaient présents :\nCasamozza : M. Pierre-Jean ALBERTINI, Mme Rose LUCCIONI\nMonte : M. Paul SANTONI\n\nSuppléants ayant voix dólibérative :\nOlmu : Mme Julie MARIANI, suppléante de Mme Anne NEGRONI\nPianu : M. Paul TOMASI, suppléant de M. Jacques GIACOMETTI\n\nPouvoirs :\nMme Laure CASANOVA (Casamozza) a donné pouvoir à M. Paul SANTONI\n\nExcusé : M. Charles BARTOLI (Olmu).\n`;
    const { attendance } = extractAttendance(text);
    expect(attendance.present.map((p) => p.surname)).toEqual(['ALBERTINI', 'LUCCIONI', 'SANTONI', 'MARIANI', 'TOMASI']);
    expect(attendance.excused.map((p) => p.surname)).toEqual(['BARTOLI']);
  });

  it('"…, délégué suppléant, remplaçant M. X empêché": the member replaced, named with no "de", is in no list', () => {
    const text = `Présents : MM. ESCALE (Cambon), CALMEL (Cambon), MAURY (Puech), ALBAN, délégué suppléant, remplaçant\nM. GAYRAL empêché (Puech), CAZES (Vialas).\nExcusé : M. VIGUIER (Las Bordes).\n`;
    const { attendance } = extractAttendance(text);
    expect(attendance.present.map((p) => p.surname)).toEqual(['ESCALE', 'CALMEL', 'MAURY', 'ALBAN', 'CAZES']);
  });
});

describe('substitutes named where the members are listed by commune', () => {
  it('a member a substitute sat for is in no list though also listed as excused; the note on the substitute says nothing of them', () => {
    const text = `Étaient présents les délégués suivants :
Commune de Lagarde : M. Paul FABRIÉ (titulaire), Mme Anne COSTES (titulaire)
Commune de Bessac : Mme Lise MOLINIÉ (suppléante, siégeant en remplacement de M. Jean VIDAL, titulaire empêché)
Commune de Naves : M. Rémi LACAN (suppléant de Mme Odile BRU, titulaire excusée), M. Marc PUECH (titulaire)

Excusés : Mme Odile BRU (Naves), M. Jean VIDAL (Bessac), M. Henri TEULIÈRE (Naves, remplacé par son suppléant), Mme Rose CANCÈS
`;
    const { attendance } = extractAttendance(text);
    expect(attendance.present.map((p) => p.surname)).toEqual(['FABRIÉ', 'COSTES', 'MOLINIÉ', 'LACAN', 'PUECH']);
    expect(attendance.excused.map((p) => p.surname)).toEqual(['CANCÈS']);
  });
});

describe('"Avaient donné délégation de vote :"', () => {
  it('heads the proxies, and "Avaient" is no member present', () => {
    const text = `Étaient présents : M. Paul ALAUX, Mme Anne CAZALS, M. Yves BOUSQUET.\nAvaient donné délégation de vote : M. Jean MARTY à Mme Anne CAZALS, Mme Rose BRAS à M. Yves BOUSQUET.\nExcusé : M. Marc ROUX.\n`;
    const { attendance } = extractAttendance(text);
    expect(attendance.present.map((p) => p.surname)).toEqual(['ALAUX', 'CAZALS', 'BOUSQUET']);
    expect(attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['MARTY', 'CAZALS'], ['BRAS', 'BOUSQUET']]);
  });
});

describe('members listed by college', () => {
  it('the label of each college is passed over, and "Assistaient à la séance :" ends the members', () => {
    const text = `Étaient présents :\nMembres élus du conseil municipal : Mme Sylvie MARCHAL, M. Alain FOUCHER,\nMme Claire ROUX.\nMembres nommés par le Maire : M. Paul DUBOIS, Mme Anne LEROY.\nAssistaient à la séance : M. Frédéric LAMBESC, directeur ; Mme Aline POMARÈDE.\n`;
    const { attendance } = extractAttendance(text);
    expect(attendance.present.map((p) => p.surname)).toEqual(['MARCHAL', 'FOUCHER', 'ROUX', 'DUBOIS', 'LEROY']);
    expect([...attendance.excused, ...attendance.absent, ...attendance.represented.map((r) => r.person)]).toEqual([]);
  });
});

describe('all present but those named after an exception', () => {
  it.each([
    [
      'Étaient présents : tous les conseillers en exercice à l’exception de Mme Sylvie\nMARCHADIER (excusée, pouvoir à M. Joël TRIBOULET) et de M. Kévin DESRUELLES.\n',
      { represented: [['MARCHADIER', 'TRIBOULET']], excused: [], absent: ['DESRUELLES'] },
    ],
    ['Tous les membres sont présents sauf M. Bernard AUCLAIR, excusé.\n', { represented: [], excused: ['AUCLAIR'], absent: [] }],
  ])('%j', (text, lists) => {
    const { attendance } = extractAttendance(text);
    expect({
      represented: attendance.represented.map((r) => [r.person.surname, r.proxy?.surname]),
      excused: attendance.excused.map((p) => p.surname),
      absent: attendance.absent.map((p) => p.surname),
    }).toEqual(lists);
    expect(attendance.present).toEqual([]);
  });
});

describe('counts given in a sentence', () => {
  it('"Le quorum étant atteint (7 membres présents sur 12)" gives present and in office', () => {
    const text = `Présents : M. Paul ROUX, Mme Anne LEROY.\nLe quorum étant atteint (7 membres présents sur 12), la séance est ouverte.\n`;
    expect(extractAttendance(text).attendance.counts).toMatchObject({ present: 7, inOffice: 12 });
  });

  it('"26 conseillers généraux sur\n27 sont présents" gives present and in office, the members in office named first', () => {
    const text = `Sont présents : MM. AUCLAIR, BESSE, CHAMBRAUD.\nM. le Doyen d'âge constate que 26 conseillers généraux sur\n27 sont présents et que la condition de quorum est remplie.\n`;
    expect(extractAttendance(text).attendance.counts).toMatchObject({ present: 26, inOffice: 27 });
  });
  it('"46 conseillers régionaux sont présents sur les 57 membres …; 7 pouvoirs ont été déposés, soit 53 votants" gives the four; a line opening the sitting after the lists is no name', () => {
    const text = `Étaient présents :\nM. Pierre-Yves DELANNOY, Mme Christine VANDAMME.\n\nÉtait absent : M. Xavier LENGLET.\n\nOuverture de la séance\n\nM. le Président ouvre la séance à 9 h 45. Il constate que le quorum est atteint : 46 conseillers régionaux sont présents sur les 57 membres que compte l'assemblée ; 7 pouvoirs ont été déposés, soit 53 votants.\n`;
    const { attendance } = extractAttendance(text);
    expect(attendance.counts).toEqual({ inOffice: 57, present: 46, represented: 7, voting: 53 });
    expect(listsOf(attendance).absent).toEqual(['LENGLET']);
  });

  it('"Présents à l\'ouverture de la séance : 48 – Représentés : 9" gives the present at the opening', () => {
    const text = `Conseillers municipaux en exercice : 59\nPrésents à l'ouverture de la séance : 48 – Représentés : 9 – Votants : 57\n\nÉtaient présents : Mathilde FORESTIER, Samir HADJADJ.\n`;
    expect(extractAttendance(text).attendance.counts).toMatchObject({ inOffice: 59, present: 48, represented: 9, voting: 57 });
  });

  it('a count beside a sentence of the text\'s other column ("Représentés : 2          Sous la présidence de") is no list', () => {
    const text = `Conseillers en fonction : 18               Séance du 12 février 2026\nConseillers représentés : 2                Sous la presidence de\n                                           M. Gérard HOLLINGER, Maire\n\nMembres présents : M. Gérard HOLLINGER, Maire, Mme Christiane WEBER.\nMembres absents ayant donné procuration : M. Thierry GANGLOFF (procuration à M. Gérard HOLLINGER).\n`;
    const { attendance } = extractAttendance(text);
    expect(attendance.represented.map((r) => r.person.surname)).toEqual(['GANGLOFF']);
    expect(attendance.counts.represented).toBe(2);
  });

  it('"Délégations de vote : 9", a regional council\'s word for its proxies, counts the represented', () => {
    const text = 'Étaient présents : M. QUÉMÉNEUR, Président ; MM. CADIOU, ROPARS.\nConseillers en exercice : 83 – Présents : 68 – Délégations de vote : 9 – Votants : 77\n';
    expect(extractAttendance(text).attendance.counts).toEqual({ inOffice: 83, present: 68, represented: 9, voting: 77 });
  });

  it('a box of counts with dot leaders and a colon after them ("présents .......... : 25") gives each', () => {
    const text = ` Nombre de Conseillers Généraux\n   en exercice ....... : 32\n   présents .......... : 25\n   pouvoirs .......... : 4\n   votants ........... : 29\n\nÉtaient présents : MM. ARNOUX, BAUDIOT.\n`;
    expect(extractAttendance(text).attendance.counts).toEqual({ inOffice: 32, present: 25, represented: 4, voting: 29 });
  });

  it('"Nombre de membres : 9" gives the members in office', () => {
    const text = `Nombre de membres : 9\nPrésents : M. Paul ROUX, Mme Anne LEROY.\n`;
    expect(extractAttendance(text).attendance.counts.inOffice).toBe(9);
  });
});

describe('a list that names no one', () => {
  it('"Présents : le conseil municipal au complet" is the attendance, with nobody named', () => {
    const text = `Séance du 3 juin 2024\nPrésents : le conseil municipal au complet.\nSecrétaire de séance : Mme Anne ROUX.\n\n1. Tarifs\n`;
    const { attendance, span } = extractAttendance(text);
    expect(attendance.present).toEqual([]);
    expect(span && text.slice(span.start, span.end)).toMatch(/^Présents : le conseil municipal au complet/);
  });
});

describe('headings with a qualifier, and in the singular', () => {
  it('"Étaient présents (délégués titulaires) :" heads a list; "ÉTAIT EXCUSÉ :" names no member "ÉTAIT"', () => {
    const text = `Étaient présents (délégués titulaires) : BARDET Michel, COUDERT Anne, ESTIVAL Paul.
ÉTAIT EXCUSÉ : Kévin ALOÏKÉ
ÉTAIT ABSENTE : Lucette NGUYEN
`;
    const { attendance } = extractAttendance(text);
    expect(attendance.present.map((p) => p.surname)).toEqual(['BARDET', 'COUDERT', 'ESTIVAL']);
    expect(attendance.excused.map((p) => p.surname)).toEqual(['ALOÏKÉ']);
    expect(attendance.absent.map((p) => p.surname)).toEqual(['NGUYEN']);
  });
});

describe('notes inside a list of delegates by commune', () => {
  it('"arrivée à 18h58" links no proxy; a commune whose colon wrapped is no member; "représenté par X, suppléant" is a substitute', () => {
    const text = `Étaient présents : M. Paul AUCLAIR (Bellefontaine), Mme Carole BOUCHERAT (Cernoy)
arrivée à 18h58, M. Lucien BORNE (Villiers), M. Jean DEBRIL (Pronville) – LA VALLÉE-LES-PRÉS
: Mme Véronique LEGRAND – M. Bruno LAMY (suppléant).
Absents excusés : M. Jean-Marie COLAS
(représenté par M. Bruno LAMY, suppléant), Mme Anne ROYER.
`;
    const { attendance } = extractAttendance(text);
    expect(attendance.present.map((p) => p.surname)).toEqual(['AUCLAIR', 'BOUCHERAT', 'BORNE', 'DEBRIL', 'LEGRAND', 'LAMY']);
    expect(attendance.represented).toEqual([]);
    expect(attendance.excused.map((p) => p.surname)).toEqual(['ROYER']);
  });
});

describe('the secretary named in a sentence', () => {
  it.each([
    ['Mme TEULADE S. a été désignée secrétaire de séance.', 'TEULADE'],
    ['M. Roques a été élu secrétaire.', 'Roques'],
    ['Secrétaire de séance : Nolwenn Abgrall.', 'Abgrall'],
    ['Le Maire ayant constaté que le quorum est atteint, M. BELLONY Rudy a été désigné\nsecrétaire de séance.', 'BELLONY'],
    ["QUESTION N° 1 : DÉSIGNATION DU SECRÉTAIRE DE SÉANCE\nConformément à l'article L.2121-15 du CGCT, Mme Annick LAW-KAM est désignée à l'unanimité\npour remplir les fonctions de secrétaire de séance.", 'LAW-KAM'],
    ['Mme Isabelle GAUDIN, Directrice, est désignée secrétaire de séance.', 'GAUDIN'],
    ['Le quorum étant atteint, le\nConseil Municipal désigne M. Sébastien Pélissier en qualité de secrétaire de séance.', 'Pélissier'],
    // The name wrapped at the line's end: read up to "en qualité de", not to the line's end.
    ['Conformément au CGCT, le Conseil Municipal désigne M. Olivier\nGRANDJEAN en qualité de secrétaire de séance, assisté de Mme Léa ROTH, secrétaire de mairie.', 'GRANDJEAN'],
    // "à l'unanimité" before the name; the secretary's assistant, designated after, is not the secretary.
    ['le Conseil Municipal désigne à l\'unanimité Mme Nadine KLAM comme\nsecrétaire de séance. Mme Christiane OSTER, secrétaire de\nmairie, est désignée secrétaire adjointe.', 'KLAM'],
  ])('%s', (text, surname) => {
    expect(findSecretary(text)?.surname).toBe(surname);
  });
});

describe('a member named twice, once with the given name', () => {
  it('"Excusés : Mme Carmen LOPEZ" then "Pouvoirs : Mme LOPEZ à M. HUET" is one member, represented; two of one family present and represented stay two', () => {
    const text = `Présents : M. Rémi HUET, Mme Anne CARRÉ, M. Paul LASSERRE.
Absents excusés : Mme Carmen LOPEZ, M. Patrick BRIAND, M. Marc FERRAND.
Pouvoirs : Mme LOPEZ à M. HUET ; M. BRIAND à Mme CARRÉ ; Mme Danièle LASSERRE à M. HUET.
`;
    const { attendance } = extractAttendance(text);
    expect(attendance.excused.map((p) => p.surname)).toEqual(['FERRAND']);
    expect(attendance.represented.map((r) => r.person.surname)).toEqual(['LOPEZ', 'BRIAND', 'LASSERRE']);
    expect(attendance.present.map((p) => p.surname)).toEqual(['HUET', 'CARRÉ', 'LASSERRE']);
  });
});

describe('sittings of 2020-2022, and lists that name no one', () => {
  it('"Membres présents ayant voix délibérative :" heads the present, a list a member a line', () => {
    const text = `Membres présents ayant voix délibérative :\n- M. Gilbert CHABRAND, Président\n- Mme Odile EYMARD, représentante de la commune\n\nMembre excusé :\n- Mme Jacqueline ESTACHY\n`;
    expect(listsOf(extractAttendance(text, text.length).attendance)).toEqual({ present: ['CHABRAND', 'EYMARD'], represented: [], excused: ['ESTACHY'], absent: [] });
  });
  it('"Présents en salle :" and "Présents à distance (visioconférence) :" head present members; a legal note in brackets before the colon is part of a heading', () => {
    const text = `Présents en salle : Mme Catherine VIDALENC, M. Paul ROUX.
Présents à distance (visioconférence) : M. Thomas AZÉMA, Mme Léa BRUN.
Absents ayant donné pouvoir (chaque élu pouvant être porteur de deux pouvoirs en
application de l'article 10 de la loi n° 2020-290 du 23 mars 2020) : M. Jean COSTE à M. Paul ROUX.
`;
    const { attendance } = extractAttendance(text);
    expect(attendance.present.map((p) => p.surname)).toEqual(['VIDALENC', 'ROUX', 'AZÉMA', 'BRUN']);
    expect(attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['COSTE', 'ROUX']]);
  });

  it('"Absents : néant." ends its list; the secretary named in the next paragraph is no absent member', () => {
    const text = "Présents : M. Paul DUPONT, Mme Anne MARTIN.\nAbsents : néant.\n\nMme Fatima ROQUES, benjamine de l'Assemblée, a été désignée secrétaire de séance.\n";
    expect(extractAttendance(text).attendance.absent).toEqual([]);
  });
});

describe('names in columns read across', () => {
  it('are parted where the layout kept a gap between the columns, compound names kept whole', () => {
    const text = [
      'Séance du 14 avril 1978',
      "L'an mil neuf cent soixante dix-huit, le quatorze avril, le Conseil Municipal s'est réuni.",
      'Etaient présents : MM. MAUCLAIR    DROUOT      LE GUERN',
      '                       VALLET      GIRARDOT    HUMBLOT',
      '',
      'Absents excusés : MM. THEVENIN, LHUILLIER.',
    ].join('\n');
    const present = analyzeText(text).attendance.present.map((p) => p.surname);
    expect(present).toEqual(['MAUCLAIR', 'DROUOT', 'LE GUERN', 'VALLET', 'GIRARDOT', 'HUMBLOT']);
  });
});

describe('delegates listed by commune', () => {
  it('are read without the commune in title case that labels a row of names in capitals', () => {
    const text = [
      'Séance du 13 juin 2019',
      'Étaient présents :',
      'Pierrebrune              FAUCHER Jean-Luc, LACHAUD Martine, MONTEIL Didier, BOURDEAU',
      '                         Évelyne, VERGNOLLE Serge',
      'Saint-Hilaire-Valouine   DESBORDES Philippe, AUDOUIN Claudine',
      'Vicq-la-Forêt            LAPLAUD Jacques',
      'La Croisille-Basse       CHASSAGNE Rémi, DUMAS Josette',
      '',
      'Excusés : PRADEAU Alain',
    ].join('\n');
    expect(analyzeText(text).attendance.present.map((p) => p.surname)).toEqual(['FAUCHER', 'LACHAUD', 'MONTEIL', 'BOURDEAU', 'VERGNOLLE', 'DESBORDES', 'AUDOUIN', 'LAPLAUD', 'CHASSAGNE', 'DUMAS']);
  });

  it('are read without the commune that labels their row; a first column of names is no label', () => {
    const byCommune = [
      'Séance du 14 avril 2014',
      'Étaient présents :',
      'COMMUNE                      DÉLÉGUÉS',
      'RAVELLE-LE-HAUT              M. Didier THIÉBAUT, Mme Odile PERRIN',
      'LA CROIX-AUX-MOINES          M. Jean-Pierre VAXELAIRE',
      'FRAIZELLE                    M. Bernard HOUOT, Mme Sylvie CUNY',
      '',
      'Absent excusé : M. Roland CHRISTOPHE.',
    ].join('\n');
    expect(analyzeText(byCommune).attendance.present.map((p) => p.surname)).toEqual(['THIÉBAUT', 'PERRIN', 'VAXELAIRE', 'HOUOT', 'CUNY']);
    const twoColumns = [
      'Séance du 14 avril 1990',
      'Etaient présents :',
      'MM. BOUVREUIL Roger              Mme VAUTRIN Colette',
      '    CHAMBRETTE Jean-Claude       MM. GRANDCLAUDE Pierre',
      '',
      'Absent : M. Roland CHRISTOPHE.',
    ].join('\n');
    expect(analyzeText(twoColumns).attendance.present.map((p) => p.surname)).toEqual(['BOUVREUIL', 'VAUTRIN', 'CHAMBRETTE', 'GRANDCLAUDE']);
  });
});

describe('statuses said in sentences', () => {
  it('"Mme X était excusée. M. Y était absent." after the proxies: each in their list', () => {
    const text = "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU JEUDI 14 JUIN 2018\nL'an deux mille dix-huit, le quatorze juin, le Conseil municipal s'est réuni sous la présidence de Madame Hélène CHAMBONNET, Maire. Étaient présents : Mme Hélène CHAMBONNET, M. Rémi VERNET, Mme Josiane FAURE. Mme Nadine ARNAUD avait donné procuration à M. Rémi VERNET. M. Julien CHAREYRE a donné pouvoir à Mme Josiane FAURE. Mme Sylvie VALLON était excusée. M. Patrice GOUNON était absent. Le quorum étant atteint, Madame le Maire ouvre la séance.";
    const a = analyzeText(text).attendance;
    expect(a.excused.map((p) => p.surname)).toEqual(['VALLON']);
    expect(a.absent.map((p) => p.surname)).toEqual(['GOUNON']);
    expect(a.represented.map((r) => r.person.surname)).toEqual(['ARNAUD', 'CHAREYRE']);
  });
});

describe('where the present sat', () => {
  it('"Présents dans la salle des séances :" heads a list of the present', () => {
    const text = 'Présents dans la salle des séances : M. Laurent CHAMBRIER, Mme Delphine BAILLOU\n\nPrésents par visioconférence : Mme Agnès BRUNET\n\nAbsents : M. Alain MÉNARD';
    const a = extractAttendance(text).attendance;
    expect(a.present.map((p) => p.surname)).toEqual(['CHAMBRIER', 'BAILLOU', 'BRUNET']);
    expect(a.absent.map((p) => p.surname)).toEqual(['MÉNARD']);
  });
});

describe('headings of large councils', () => {
  const surnames = (ps: ReadonlyArray<{ surname: string }>) => ps.map((p) => p.surname);

  it('"Étaient présents Mmes et MM. :" heads a list of names family name first, set off by dashes', () => {
    const text = `Séance du 19 avril 2024\nÉtaient présents Mmes et MM. :\nAGOSTINI Pascale - AILLAUD Martine - LE GALL Antoine -\nMOULIN Géraldine - N'DIAYE Valérie\n\nExcusés : Mme BOUZID Émilie\n`;
    const att = extractAttendance(text, text.length).attendance;
    expect(surnames(att.present)).toEqual(['AGOSTINI', 'AILLAUD', 'LE GALL', 'MOULIN', "N'DIAYE"]);
    expect(surnames(att.excused)).toEqual(['BOUZID']);
  });

  it('"Absents excusés et dépôts de pouvoirs :" on its own line: the last present is not excused', () => {
    const text = `Séance du 27 novembre 2023\nPrésents : M. Kessler, Mme Viguier, Mme Da Silva, M. Dufour.\n\nAbsents excusés et dépôts de pouvoirs : M. Lagarde (pouvoir à M. Delorme).\n`;
    const att = extractAttendance(text, text.length).attendance;
    expect(surnames(att.present)).toEqual(['Kessler', 'Viguier', 'Da Silva', 'Dufour']);
    expect(att.excused).toEqual([]);
    expect(att.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['Lagarde', 'Delorme']]);
  });
});

describe('a late arrival among the present', () => {
  it('"Olivier ZERROUKI (arrivé à 19 h 25 ; pouvoir à Lucie PONS jusqu\'à son arrivée)" is present, and the list goes on after the bracket', () => {
    const text = `Étaient présents : Mathilde FORESTIER, Samir HADJADJ, Olivier ZERROUKI (arrivé à 19 h\n25, au point n° 13 ; pouvoir à Lucie PONS jusqu'à son arrivée), Lucie PONS, Céline ARMAND,\nJean-Baptiste ORTEGA.\n\nÉtait excusé(e) : Mme Claire DAUPHIN.\n`;
    const att = extractAttendance(text, text.length).attendance;
    expect(att.present.map((p) => p.surname)).toEqual(['FORESTIER', 'HADJADJ', 'ZERROUKI', 'PONS', 'ARMAND', 'ORTEGA']);
    expect(att.represented).toEqual([]);
    expect(att.excused.map((p) => p.surname)).toEqual(['DAUPHIN']);
  });
});

describe('a presence table by commune over a page break', () => {
  it('reads each row\'s member after its commune, bare proxies and substitutes, across the repeated column labels', () => {
    const row = (commune: string, name: string, status: string) => `${commune.padEnd(30)}${name.padEnd(30)}${status}`;
    const head = row('COMMUNE', 'CONSEILLER(E) TITULAIRE', 'PRÉSENCE / POUVOIR');
    const page1 = [
      'Séance du lundi 31 mars 2025', 'Membres en exercice : 8 – Présents : 5 – Pouvoirs : 2 – Votants : 7', '', head,
      row('RIVIÈRES-DE-SÉRÈNE', 'ROUQUETTE Francis', 'Présent'), row('RIVIÈRES-DE-SÉRÈNE', 'VIGUIÉ Laure', 'Présente'),
      row('RIVIÈRES-DE-SÉRÈNE', 'CALMELS Nadine', 'Pouvoir à Mme VIGUIÉ'), row('SAINT-CÔME-DU-CAUSSE', 'AYGALENQ Sébastien', 'Excusé'),
      '', '                 PV du Conseil communautaire du 31 mars 2025 – Page 1 / 2',
    ].join('\n');
    const page2 = [
      head, row('BUZEINS-LE-BAS', 'MOULY René', 'Présent'), row('RECOULES-SÉRÈNE', 'ROQUES Denis', 'Suppléé par Mme SEGUY Marie'),
      row('PALMAS-VIEUX', 'VERNHES Gilbert', 'Présent'), row('LAPANOUSE-SÉRÈNE', 'ALRIC Jean-Pierre', 'Pouvoir à M. MOULY'),
      row('LAPANOUSE-SÉRÈNE', 'NOUGARET Didier', 'Absent'), '', 'Le Président constate que le quorum est atteint.',
    ].join('\n');
    expect(listsOf(analyzeText(`${page1}\f${page2}`).attendance)).toEqual({ present: ['ROUQUETTE', 'VIGUIÉ', 'MOULY', 'SEGUY', 'VERNHES'], represented: [['CALMELS', 'VIGUIÉ'], ['ALRIC', 'MOULY']], excused: ['AYGALENQ'], absent: ['NOUGARET'] });
  });
});

describe('a presence table one member a line, "Représenté Pouvoir à X" in two cells', () => {
  it('reads the holder beside the status, and on the next line where the cell wrapped; a next row with its own presence is no holder', () => {
    const text = [
      'Séance plénière du 13 février 2026',
      'Nom Prénom Présence Mandataire',
      'ABRAHAM-LECOQ Nicolas Représenté Pouvoir à',
      'VIEL Émilie',
      'ANQUETIL Bruno Présent',
      'CANU Arnaud Représenté Pouvoir à DUBOSC Jérôme',
      'DUBOSC Jérôme Présent',
      'MORIN-LAUNAY Yannick Représenté Pouvoir à',
      'NÉEL Odile Présente',
      'VIEL Émilie Présente',
      'LENEVEU Arnaud Absent',
      '',
      'Le quorum étant atteint, la séance est ouverte.',
    ].join('\n');
    expect(listsOf(analyzeText(text).attendance)).toEqual({
      present: ['ANQUETIL', 'DUBOSC', 'NÉEL', 'VIEL'],
      // MORIN-LAUNAY's holder cell is empty: NÉEL, under it with a presence of her own, is not taken for it.
      represented: [['ABRAHAM-LECOQ', 'VIEL'], ['CANU', 'DUBOSC']],
      excused: [],
      absent: ['LENEVEU'],
    });
  });
});

describe('delegates by member body, a blank line between the groups', () => {
  it('reads every group under "Présents :", not the first alone', () => {
    const text = `Présents :

Communauté d'Agglomération du Grand Montrelais
M. Jean-François ALLARD, Mme Catherine BRUNEAU, M. Loïc RABILLER

Communauté de Communes du Pays de Vionne
M. Gérard MÉNARD, Mme Isabelle GRELLIER, M. Didier
AUDEBERT

Excusés : M. Hubert CHAIGNEAU

1. DÉSIGNATION DU SECRÉTAIRE DE SÉANCE
Mme Catherine BRUNEAU est désignée secrétaire de séance.
`;
    const att = extractAttendance(text, text.length).attendance;
    expect(att.present.map((p) => p.surname)).toEqual(['ALLARD', 'BRUNEAU', 'RABILLER', 'MÉNARD', 'GRELLIER', 'AUDEBERT']);
    expect(att.excused.map((p) => p.surname)).toEqual(['CHAIGNEAU']);
  });
});

describe('a heading that runs into its list after a plural civility', () => {
  it('"Présents MM. Bessières maire, Cassagnes adjoint, …" and "Absents MM. …", as old registers write them', () => {
    const text = `L'an mil huit cent soixante treize et le neuf du mois de mars, le conseil municipal s'est réuni.\n\nPrésents MM. Bessières maire, Cassagnes adjoint, Lafon, Malbec, Delpon, conseillers municipaux.\nAbsents MM. Aymard, Couderc et Lagarrigue, conseillers.\nMr Lafon a été nommé secrétaire.\n`;
    const att = extractAttendance(text, text.length).attendance;
    expect(att.present.map((p) => p.surname)).toEqual(['Bessières', 'Cassagnes', 'Lafon', 'Malbec', 'Delpon']);
    expect(att.absent.map((p) => p.surname)).toEqual(['Aymard', 'Couderc', 'Lagarrigue']);
  });
});

describe('a presence column of codes its legend gives', () => {
  it('reads "P", "R" with the proxy\'s holder after it, "E", "A", the canton cells passed over', () => {
    const row = (canton: string, name: string, code: string, holder = '') => ` ${canton.padEnd(25)}${name.padEnd(44)}${code.padEnd(10)}${holder}`;
    const text = [
      'Réunion du 1er juillet 2021',
      'Membres en exercice : 6     Présents : 3     Représentés : 1     Absent : 1     Votants : 4',
      '',
      'Légende : P = présent ; R = représenté ; E = excusé ; A = absent',
      '',
      row('CANTON', 'CONSEILLER(ÈRE) DÉPARTEMENTAL(E)', 'P/R/E/A', 'POUVOIR DONNÉ À'),
      row('Bohain-en-', 'Mme Françoise LEFÈVRE', 'P'),
      row('Vermandois', 'M. Thierry QUENTIN', 'P'),
      row('Château-Thierry', 'Mme Brigitte MARCHAND', 'P'),
      row('', 'M. Bruno LEDUC', 'R', 'M. Thierry QUENTIN'),
      row('Chauny', 'Mme Sylvie HOCQUET', 'E'),
      row('', 'M. Marc WATTIER', 'A'),
      '',
      'Le quorum est atteint.',
    ].join('\n');
    expect(listsOf(analyzeText(text).attendance)).toEqual({ present: ['LEFÈVRE', 'QUENTIN', 'MARCHAND'], represented: [['LEDUC', 'QUENTIN']], excused: ['HOCQUET'], absent: ['WATTIER'] });
  });
});

describe('a presence column of codes whose legend follows the table', () => {
  it('"P : présent - E : absent excusé - A : absent": E is the excused, a name after it holds a proxy; "les membres présents :" who signed is no list', () => {
    const text = `SEANCE DU 29 JUIN 2007
NOM Prénom Fonction Présence Pouvoir à
LAGARDE Michel Maire P
CHASSAGNE Yvette 1er adjoint P
MONTEIL Francis 2ème adjoint P
LAFAYE Danièle Conseillère E M. MONTEIL
BRACHET Didier Conseiller E
DUCHENE Robert Conseiller A
P : présent - E : absent excusé - A : absent

1. Rapport sur le prix de l'eau
Le Conseil prend acte du rapport à l'unanimité.

Ont signé au registre les membres présents :

LAGARDE M.        CHASSAGNE Y.        MONTEIL F.
`;
    expect(listsOf(analyzeText(text).attendance)).toEqual({ present: ['LAGARDE', 'CHASSAGNE', 'MONTEIL'], represented: [['LAFAYE', 'MONTEIL']], excused: ['BRACHET'], absent: ['DUCHENE'] });
  });
});

describe('a coded presence table, then the sitting\'s text naming only those away', () => {
  const text = `FICHE SÉANCE N° 1977-11
Nom Prénom Fonction Pr. Observation
WENDLING Charles Maire P
FISCHER Alphonse 1er Adjoint P
KAPPS Joseph 2e Adjoint P
DIEBOLT Marcel Conseiller E maladie
ECKERT Paul Conseiller P arrivé pendant le point 3
GRAFF Xavier Conseiller P
JUNG Albert Conseiller E
SCHALLER Gérard Conseiller A
Légende : P = présent ; E = absent excusé ; A = absent non excusé
TRANSCRIPTION
Séance ordinaire du 18 novembre 1977
Sous la présidence de M. Charles WENDLING, Maire.
Nombre des membres présents à la séance : 6
Membres absents excusés : MM. DIEBOLT Marcel, JUNG Albert
Membre absent non excusé : M. SCHALLER Gérard
Le Maire constate que le Conseil est en nombre pour délibérer valablement.
`;

  it('reads who sat from the table, an observation in lower case being no proxy\'s holder, and each member away once', () => {
    expect(listsOf(analyzeText(text).attendance)).toEqual({
      present: ['WENDLING', 'FISCHER', 'KAPPS', 'ECKERT', 'GRAFF'],
      represented: [],
      excused: ['DIEBOLT', 'JUNG'],
      absent: ['SCHALLER'],
    });
  });

  it('reads the sitting\'s date in its opening sentence after the table, the export\'s header holding none', () => {
    const header = 'Archives municipales - Base REGISTRES v3.2 - Export fiche séance\nFonds : Administration communale - Série D - Registres des délibérations du Conseil Municipal, 1971-1983\nSaisie : bénévole ; relecture : archiviste ; statut de la fiche : validée\n';
    expect(analyzeText(header + text).meeting.date).toBe('1977-11-18');
  });

  it('leaves the office\'s column out of the given name', () => {
    const { present, excused } = analyzeText(text).attendance;
    expect([...present, ...excused].map((p) => p.givenName)).toEqual(['Charles', 'Alphonse', 'Joseph', 'Paul', 'Xavier', 'Marcel', 'Albert']);
  });
});

describe('a software\'s table in capitals, its legend too ("P=PRESENT A=ABSENT E=EXCUSE R=REPRESENTE")', () => {
  it('reads each code, the office and its rank ("1ER ADJOINT") out of the name, the holder after R', () => {
    const text = `EN EXERCICE : 7   PRESENTS : 4   REPRESENTES : 1   VOTANTS : 5
NOM PRENOM QUALITE ETAT MANDATAIRE
BELLEROSE Fernand MAIRE P
MONTOUT Lucienne 1ER ADJOINT P
DORVILLE Henri 2E ADJOINT R MONTOUT Lucienne
CALIXTE Ginette CONSEILLER A
DESROSES Eugene CONSEILLER P
GERMANY Lucien CONSEILLER E
PAULIN Jocelyne CONSEILLER P
P=PRESENT A=ABSENT E=EXCUSE R=REPRESENTE
LE QUORUM ETANT ATTEINT, LE MAIRE OUVRE LA SEANCE.
`;
    const { attendance } = analyzeText(text);
    expect(listsOf(attendance)).toEqual({
      present: ['BELLEROSE', 'MONTOUT', 'DESROSES', 'PAULIN'],
      represented: [['DORVILLE', 'MONTOUT']],
      excused: ['GERMANY'],
      absent: ['CALIXTE'],
    });
    expect(attendance.present[1]!.givenName).toBe('Lucienne');
  });
});

describe('a line telling of a member\'s movement after the lists', () => {
  it('is no entry of the list above ("M. X, retenu en début de séance, a rejoint l\'assemblée …")', () => {
    const text = `Étaient présents : M. Paul ROUX, Mme Anne LEROY, M. Jean DUVAL.

Absent excusé : M. Gilles DESPLANCHES
Absente : Mme Anne-Sophie MERCERON

M. Laurent BOISSENOT, retenu en début de séance, a rejoint l'assemblée à 10 h 05, avant
l'examen du présent rapport.
`;
    const lists = listsOf(extractAttendance(text).attendance);
    expect(lists.absent).toEqual(['MERCERON']);
    expect(lists.excused).toEqual(['DESPLANCHES']);
  });
});

describe('a heading qualified before its colon', () => {
  it('"Présents pour l\'examen de ce dossier :" heads the present', () => {
    const text = `Présents pour l'examen de ce dossier : Mme Françoise ARNAL, M. Bernard BONNAL, Mme\nChristine BOUSQUET.\n\nPouvoirs : Mme Régine COMBETTES ayant donné pouvoir à M. Bernard BONNAL.\n`;
    const att = extractAttendance(text, text.length).attendance;
    expect(att.present.map((p) => p.surname)).toEqual(['ARNAL', 'BONNAL', 'BOUSQUET']);
    expect(att.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['COMBETTES', 'BONNAL']]);
  });
});

describe('a present list by subheadings and groups, blank lines between', () => {
  it('reads each group of members under "Membres ayant voix délibérative", not the officers by rank, then the proxies and the excused', () => {
    const { attendance } = extractAttendance(`ÉTAIENT PRÉSENTS :

Membres ayant voix délibérative

Représentants du Département : M. Dominique LE BRAS, Mme Catherine VALLIN, M. Jean-Luc FOUCAUD, Mme Sylvie
BOUTET.

Représentants des communes : M. Joël RENAUD, Mme Odile BRETEL.

Membres ayant voix consultative

Colonel hors classe Éric MARCHETTI, Directeur départemental des services d'incendie et de secours,
Capitaine Stéphane GODIN, représentant des sapeurs-pompiers professionnels.

AVAIENT DONNÉ POUVOIR :
Mme Christine LAUNOIS à M. Jean-Luc FOUCAUD

ÉTAIENT ABSENTS EXCUSÉS :
M. Alain GOUPY
`);
    expect(listsOf(attendance)).toEqual({
      present: ['LE BRAS', 'VALLIN', 'FOUCAUD', 'BOUTET', 'RENAUD', 'BRETEL'],
      represented: [['LAUNOIS', 'FOUCAUD']],
      excused: ['GOUPY'],
      absent: [],
    });
  });

  it('goes on over a group\'s long label ending on a colon alone on its line; not over a label of those away; an office OCR misread is no name', () => {
    const { attendance } = extractAttendance(`MEMBRES PRESENTS AVEC VOIX DELIBERATIVE :

Représentants du Département :
M. Jean-Claude BOURGNEUF, Présldent - M. Hubert LECLERC-DUVAL, 1er Vice-Président - Mme
Annick POIRIER-GASNIER.

Representants des communes et des établissements publics de coopération intercommunale :
M. Alain GUÉRINEAU, 2éme Vice-Président - Mme Francoise MOREAU-TESSIER.

MEMBRES EXCUSES AYANT DONNE POUVOIR :
Mme Martine LEGUAY, pouvoir à M. BOURGNEUF.

MEMBRES EXCUSES : M. Dominique HERSANT.
`);
    expect(listsOf(attendance)).toEqual({
      present: ['BOURGNEUF', 'LECLERC-DUVAL', 'POIRIER-GASNIER', 'GUÉRINEAU', 'MOREAU-TESSIER'],
      represented: [['LEGUAY', 'BOURGNEUF']],
      excused: ['HERSANT'],
      absent: [],
    });
  });

  it('goes on over labels of groups one member a line under them, a label wrapped onto a second line its colon closes', () => {
    const { attendance } = extractAttendance(`ETAIENT PRESENTS :

Membres élus par le Conseil Municipal :
M. Raymond CASTELLI, Président
M. Lucien FERAUD

Membres désignés par la Caisse d'Epargne et la Caisse d'Allocations
Familiales :
M. Marcel AUDIBERT (C.A.F. du Var)

Membres nommés par Monsieur le Préfet :
Mme Yvette RAMPAL
M. Henri MOUTTET

Représentants des locataires :
M. Ahmed BENSALEM (C.N.L.)

ETAIENT EXCUSES :
M. Paul GAZAN
`);
    expect(listsOf(attendance)).toEqual({ present: ['CASTELLI', 'FERAUD', 'AUDIBERT', 'RAMPAL', 'MOUTTET', 'BENSALEM'], represented: [], excused: ['GAZAN'], absent: [] });
  });

  it('ends the list before a line saying who does not vote, its colon and civility notwithstanding', () => {
    const { attendance } = extractAttendance(`Membres absents excusés :
M. Jérôme TIRAN, Mme Sophie ANNEBAULT

Ne prend pas part au vote sur la présente délibération : M. Patrice GODARD
`);
    expect(listsOf(attendance).excused).toEqual(['TIRAN', 'ANNEBAULT']);
  });
});

describe('lists printed in two columns, a line of each on every line', () => {
  it('cuts each line where the second column starts: at its next heading, or at the civility of a second member, not at a proxy holder', () => {
    const { attendance } = extractAttendance(`PRESENTS : ABSENTS AYANT DONNE PROCURATION :
M. Paul ESTANG, Maire Mme Monique TOURNEL à Mme Corinne SABATIER
Mme Corinne SABATIER, 1ère Adjointe M. Pascal BORDAS à M. Jean DELPY
M. Jean DELPY, Adjoint
Mme Nathalie BOUSSAC, Adjointe ABSENT EXCUSE :
M. Bruno LAFFARGUE, Adjoint M. Gérard LACAZE
M. Guy PUJOLS ABSENTE :
M. Alain FOURCAUD Mme Samia BENALLI
Mme Karine SOULE (arrivée à 19h20)

Monsieur le Maire ouvre la séance.
`);
    expect(listsOf(attendance)).toEqual({
      present: ['ESTANG', 'SABATIER', 'DELPY', 'BOUSSAC', 'LAFFARGUE', 'PUJOLS', 'FOURCAUD', 'SOULE'],
      represented: [['TOURNEL', 'SABATIER'], ['BORDAS', 'DELPY']],
      excused: ['LACAZE'],
      absent: ['BENALLI'],
    });
  });
});

describe('lists in two columns whose left one runs on, commas between its members', () => {
  it('gives the left column as many members a line as the lines its headings cut show, and stops at the line that names none (not at "Paule VIDAL")', () => {
    const { attendance } = extractAttendance(`Etaient présents : Etaient absents et représentés :
M. LAPORTE Lucien, Maire, Mme BERNIER Nadège, Mme CLAIRAC Sandrine (pouvoir à M. DORVAL Fred)
M. DORVAL Fred, Mme MONTEIL Ghislaine, M. JOSSE Ruddy (pouvoir à Mme BERNIER Nadège)
M. CELLIER Dominique, M. PHILIBERT Marius, Etaient absents excusés :
Mme CORNU Rose, M. BARRAL Théodore, M. LABORIE Hugues, Mme DAUMAS Maéva
Mme ADAM Mireille, Mme PROST Camille, Etaient absents :
M. DEGAS Jimmy, Mme VIGNAL Louisette, M. BLANCHET Teddy, M. PAVIE Rony
M. TARDY Wilfried, Mme
Paule VIDAL
Secrétaire de séance : Mme CORNU Rose
Le Conseil Municipal,
Vu le Code Général des Collectivités Territoriales ;
`);
    expect(listsOf(attendance)).toEqual({
      present: ['LAPORTE', 'BERNIER', 'DORVAL', 'MONTEIL', 'CELLIER', 'PHILIBERT', 'CORNU', 'BARRAL', 'ADAM', 'PROST', 'DEGAS', 'VIGNAL', 'TARDY', 'VIDAL'],
      represented: [['CLAIRAC', 'DORVAL'], ['JOSSE', 'BERNIER']],
      excused: ['LABORIE', 'DAUMAS'],
      absent: ['BLANCHET', 'PAVIE'],
    });
  });
});

describe('a substitute named with their seat inside a list by commune', () => {
  it('goes on past "délégué suppléant, remplaçant M. X, empêché": the list is not over, the member replaced in none', () => {
    const text = `Etaient présents :
Commune d'ORVAL : MM. BRASSAC Roger, TEYSSIER Jean
Commune du PUY-BAS : M. CHASTANG Gilbert, M. ROUCHY André, délégué suppléant,
remplaçant M. VIALLE Pierre, empêché
Commune de MARSAC : Mme FAUVEL Jacqueline, M. GRANIER Michel
Commune de LIORAN : M. BESSOU Paul

Absent : M. VERGNE Henri
`;
    expect(listsOf(extractAttendance(text).attendance)).toEqual({
      present: ['BRASSAC', 'TEYSSIER', 'CHASTANG', 'ROUCHY', 'FAUVEL', 'GRANIER', 'BESSOU'],
      represented: [],
      excused: [],
      absent: ['VERGNE'],
    });
  });
});

describe('members described at length, one a clause, between semicolons', () => {
  it('reads on past a description in lower case, takes no proxy from "désigné par M. le Préfet", and stops at "Assistaient également, …"', () => {
    const text = `Etaient présents : M. ARNAUD Jean-Marc, Maire, Président ; Mme BOISSEL Odile, Adjointe au Maire
chargée des affaires scolaires, Vice-Présidente ; M. DUCROS Patrick, conseiller municipal ; M. TRONCHET Gaston,
délégué départemental de l'Education
nationale, membre désigné par M. le Préfet ; Mme VALADE Ariane, conseillère pédagogique ;
Mmes GIRON Sylvie, FABRE Nadia, sociétaires élues.
Absent : M. PEYROT Thomas
Assistaient également, sans voix délibérative : M. Didier RAMBAUD, Maire de
Sainte-Aude ; Mme Corinne SAUVAT, secrétaire de mairie.
`;
    expect(listsOf(extractAttendance(text).attendance)).toEqual({
      present: ['ARNAUD', 'BOISSEL', 'DUCROS', 'TRONCHET', 'VALADE', 'GIRON', 'FABRE'],
      represented: [],
      excused: [],
      absent: ['PEYROT'],
    });
  });
});

describe("a group's label wrapped over two lines inside the present list", () => {
  it('reads the members under "Représentant des associations dont … des personnes\\ndéfavorisées :" and after it', () => {
    const text = `ETAIENT PRESENTS :
Personnalités qualifiées :
Mme Hélène DARRIEU, Vice-Présidente - M. Jean-Yves LOCARD
Représentant des associations dont l'un des objets est l'insertion ou le logement des personnes
défavorisées :
M. Patrice ROUMIEU (association Le Relais)
Représentant de l'UDAF : M. Bernard TAILLARD

ETAIT ABSENT :
M. Loïc GUERIN
`;
    expect(listsOf(extractAttendance(text).attendance)).toEqual({
      present: ['DARRIEU', 'LOCARD', 'ROUMIEU', 'TAILLARD'],
      represented: [],
      excused: [],
      absent: ['GUERIN'],
    });
  });
});

describe('a list of members with their civilities under the names of their communes', () => {
  it('reads the communes in capitals, alone on their lines, as no members', () => {
    const text = `Étaient présents :
AIGREFEUILLE
M. Didier CHAMPAGNE
Mme Laurence GIRARDIN
BELLEFONT
M. Alain TEXEIRA
Mme Josette RAGON
LA BRÉJOLLE
M. Franck BOUTEILLE
Mme Isabelle MOINEAU

Absent : M. Paul ROBINEAU
`;
    expect(listsOf(extractAttendance(text).attendance).present).toEqual(['CHAMPAGNE', 'GIRARDIN', 'TEXEIRA', 'RAGON', 'BOUTEILLE', 'MOINEAU']);
  });
});

describe('the office of the members just listed, in lower case', () => {
  it('reads no member in "…, administrateurs\\nreprésentant la Communauté d\'agglomération ;"', () => {
    const text = "Présents :\nM. Francis LABEYRE, Mme Christine DUCASSE, M. Alain CAPBERT, administrateurs\nreprésentant la Communauté d'agglomération ;\nM. Bernard LAPÈGE, personnalité qualifiée.\n\nAbsent : M. Thierry BATZ.\n";
    expect(listsOf(extractAttendance(text).attendance).present).toEqual(['LABEYRE', 'DUCASSE', 'CAPBERT', 'LAPÈGE']);
  });
});

describe('a heading OCR cut in two', () => {
  it('"Pr ésents :" heads the present', () => {
    const text = `Le Conseil Municipal s'est réuni sous la présidence de M. Jacques DESMOULINS, Maire.

Pr ésents : Mmes et MM. DESMOULINS, PARRAUD, AUCLAIR, LAVAUD.
Absents excusés : M. BARLAUD (pouvoir à M. DESMOULINS), Mme FAUCHER.
Absent : M. TIXIER.
`;
    expect(listsOf(extractAttendance(text).attendance)).toEqual({
      present: ['DESMOULINS', 'PARRAUD', 'AUCLAIR', 'LAVAUD'],
      represented: [['BARLAUD', 'DESMOULINS']],
      excused: ['FAUCHER'],
      absent: ['TIXIER'],
    });
  });
});

describe('the secretary the president proposes to appoint', () => {
  it('reads "propose de désigner M. Thomas LEPELLETIER en qualité de secrétaire de séance"', () => {
    const text = "Madame la Présidente ouvre la séance à 17h35, constate que le quorum est atteint et propose de\ndésigner M. Thomas LEPELLETIER en qualité de secrétaire de séance. Cette proposition est\nacceptée à l'unanimité.";
    expect(findSecretary(text)?.surname).toBe('LEPELLETIER');
  });
});

describe("a board's members one a line, each with what they stand for", () => {
  const BOARD = `EHPAD public autonome « Les Tilleuls »

CONSEIL D'ADMINISTRATION
COMPTE RENDU DE LA SEANCE DU 27 JUIN 2017

Le Conseil d'Administration s'est réuni le mardi 27 juin 2017 à 14 h 30, sous la présidence de M. Daniel BROCHOT, Président.

Membres ayant voix délibérative : 11       Présents : 8       Pouvoir : 1       Votants : 9

Présents :
M. Daniel BROCHOT, Président
Mme Colette PERRAUD, représentante du conseil municipal
M. Roland CHANUSSOT, représentant du conseil municipal
Mme Annie GUILLEMINOT, représentante du Conseil Départemental
Mme Josette BADET, représentante des familles au Conseil de la Vie Sociale
M. Alain MERCEY, représentant du personnel

Excusé : M. Gilbert VACHERET, personnalité qualifiée

Le quorum étant atteint, le Président ouvre la séance.
`;

  it('reads every member, the description of one ending no list', () => {
    expect(listsOf(analyzeText(BOARD).attendance).present).toEqual(['BROCHOT', 'PERRAUD', 'CHANUSSOT', 'GUILLEMINOT', 'BADET', 'MERCEY']);
  });

  it('counts the members with a deliberative voice as those in office', () => {
    expect(analyzeText(BOARD).attendance.counts).toEqual({ inOffice: 11, present: 8, represented: 1, voting: 9 });
  });
});

describe('the sentence naming the secretary after the lists, a blank line between', () => {
  it('is not read into the list of the absent', () => {
    const text = `Le Conseil Municipal s'est réuni le 7 mars 1980 sous la présidence de M. Joseph WENDLING, Maire.

Etaient présents : MM. Alfred RIEHL, Marcel STOEFFLER, Eugène ZIEGLER, Adjoints ; MM. Charles
VOGT, Antoine SCHALL, Conseillers Municipaux.

Absents : M. Bernard VOLTZ, excusé ; M. Gérard ZAEGEL.

M. Marcel STOEFFLER, Adjoint, a été désigné en qualité de secrétaire de séance. M. Roger
TRAUTMANN, secrétaire de mairie, assiste à la séance.
`;
    const l = listsOf(extractAttendance(text, text.length).attendance);
    expect(l.present).toEqual(['RIEHL', 'STOEFFLER', 'ZIEGLER', 'VOGT', 'SCHALL']);
    expect([l.excused, l.absent]).toEqual([['VOLTZ'], ['ZAEGEL']]);
  });
});

describe('a board whose secretary is its director', () => {
  it('reads "Le secrétariat est assuré par M. X, directeur."', () => {
    const text = `Le quorum étant atteint (8 membres présents sur 11), le Président ouvre la séance. Le secrétariat\nest assuré par M. SÉNÉCAL, directeur.\n\n1 – Approbation du compte rendu\n`;
    expect(findSecretary(text)?.surname).toBe('SÉNÉCAL');
  });
});

describe('a heading whose words carry their plural marks in brackets', () => {
  it('"Absent(s) excusé(s) ayant donné procuration :" is one heading: the name wrapped above it stays present', () => {
    const text = `Présents : M. POUILLOT Gérard, Mme RABIER Annick, M. DUBRAY Hervé, M. CORMIER
Roland
Absent(s) excusé(s) ayant donné procuration : M. THOMASSIN Alain à M. POUILLOT Gérard
Absent(s) excusé(s) : M. LESOURD Thierry
`;
    const { attendance } = extractAttendance(text);
    expect(attendance.present.map((p) => p.surname)).toEqual(['POUILLOT', 'RABIER', 'DUBRAY', 'CORMIER']);
    expect(attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['THOMASSIN', 'POUILLOT']]);
    expect(attendance.excused.map((p) => p.surname)).toEqual(['LESOURD']);
  });
});

describe('a register printed by software, one cell a line', () => {
  const text = `PRESENTS
BERTHELOT Raymond
DAUPHIN Marcel
CHARVET Louis
VASSEUR Henri
ABSENTS REPRESENTES
POUVOIR A
LECOINTRE Jean
CHARVET Louis
MAZERAND Paul
DAUPHIN Marcel
ABSENTS EXCUSES
TRIBOULOT Roger
Membres en exercice
Présents
Représentés
Votants
8
4
2
6
AIDE DEPARTEMENTALE A L'EQUIPEMENT DES COMMUNES RURALES
`;

  it('"POUVOIR A" alone under the heading: each giver\'s line, then its holder\'s', () => {
    const { attendance } = extractAttendance(text);
    expect(attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['LECOINTRE', 'CHARVET'], ['MAZERAND', 'DAUPHIN']]);
    expect(attendance.present.map((p) => p.surname)).toEqual(['BERTHELOT', 'DAUPHIN', 'CHARVET', 'VASSEUR']);
  });

  it('the last list stops at the counts read column by column: their labels and the title under them are no names', () => {
    const { attendance, span } = extractAttendance(text);
    expect(attendance.excused.map((p) => p.surname)).toEqual(['TRIBOULOT']);
    expect(attendance.counts).toEqual({ inOffice: 8, present: 4, represented: 2, voting: 6 });
    // The counts close the attendance; the title under them opens the report.
    expect(span?.end).toBe(text.indexOf('\nAIDE'));
  });
});

describe('a proxy held by office', () => {
  const text = `Le Conseil Municipal s'est réuni le 28 septembre 2007 sous la présidence de Monsieur Georges-Henri CELESTINE, Maire.

ETAIENT PRESENTS : M. Georges-Henri CELESTINE, Maire ; Mme Marie-France JEAN-BAPTISTE, M. Roland DORVAL, Mme Rose-Aimée CIDALISE.

ETAIENT REPRESENTES : M. Daniel IRENEE par M. le Maire ; Mme Paulette OZIER-LAFONTAINE par Mme
JEAN-BAPTISTE ; M. Eddy RAMASSAMY par M. DORVAL.

ETAIENT ABSENTS : M. Frantz THEOPHILE.
`;

  it('"par M. le Maire" is the president\'s proxy, and the next proxies keep their holders', () => {
    const doc = analyzeText(text);
    expect(listsOf(doc.attendance).represented).toEqual([['IRENEE', 'CELESTINE'], ['OZIER-LAFONTAINE', 'JEAN-BAPTISTE'], ['RAMASSAMY', 'DORVAL']]);
  });

  it('holds no name where no president is known', () => {
    const { attendance } = extractAttendance(text.slice(text.indexOf('ETAIENT')));
    const held = withHoldersByOffice(attendance.represented, null);
    expect(held.map((r) => [r.person.surname, r.proxy?.surname ?? null])).toEqual([['IRENEE', null], ['OZIER-LAFONTAINE', 'JEAN-BAPTISTE'], ['RAMASSAMY', 'DORVAL']]);
  });
});

describe('a table a member a line whose last column names the proxy holder or the substitute without "à" or "par"', () => {
  it('"Pouvoir ALBERTINI Paul-Antoine" is a proxy, "Suppléé CESARI Jean-Félix" a substitute who sat', () => {
    const text = `COMMUNE DELEGUE TITULAIRE ETAT SUPPLEANT / MANDATAIRE
Castellacciu ALBERTINI Paul-Antoine Présent
SANTONI Marie-Dominique Présente
MATTEI Ange-Marie Pouvoir ALBERTINI Paul-Antoine
GRIMALDI Toussaint Absent
Sorbu-Vallinca ORSINI Antoinette Excusée
BATTESTI Antoine Suppléé CESARI Jean-Félix
Secrétaire de séance : Mme Marie-Dominique SANTONI
`;
    expect(listsOf(extractAttendance(text).attendance)).toEqual({ present: ['ALBERTINI', 'SANTONI', 'CESARI'], represented: [['MATTEI', 'ALBERTINI']], excused: ['ORSINI'], absent: ['GRIMALDI'] });
  });
});

describe('a heading led by the members it lists', () => {
  it.each([['Délégués présents'], ['Conseillers présents'], ['Élus présents']])('"%s" alone on its line heads the present list, group labels before the names', (heading) => {
    const text = `Présents : 5\nPouvoirs : 1\n${heading}\nCommunauté de communes du Haut-Vallon : M. Paul ROCHEVAL, Mme Anne BELMONTE, M. Yves CARADEC\nCommunauté de communes des Trois Rives : M. Luc PUJOL, Mme Marie ROCHE\nPouvoirs\nM. Marc VERGNE à M. Luc PUJOL\nExcusé\nM. Jean DELMAR\n`;
    const { attendance } = extractAttendance(text);
    expect(attendance.present.map((p) => p.surname)).toEqual(['ROCHEVAL', 'BELMONTE', 'CARADEC', 'PUJOL', 'ROCHE']);
    expect(attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['VERGNE', 'PUJOL']]);
    expect(attendance.excused.map((p) => p.surname)).toEqual(['DELMAR']);
  });
});

describe('lists closed by the counts table and by those who are not members', () => {
  const text = `ETAIENT PRESENTS :\nMmes et MM. ANTONETTI, BATTESTI, BIANCARELLI\nETAIENT ABSENTS ET AVAIENT DONNE POUVOIR :\nM. CASABIANCA à M. ANTONETTI\nETAIENT ABSENTS :\nMM. ALBERTINI, LUCIANI\nConseillers en exercice 51\nPrésents 42\nPouvoirs 6\nASSISTAIENT EGALEMENT A LA SEANCE :\nM. Jean-Charles MURACCIOLE, Président du Conseil Exécutif, MM. Antoine BERNARDINI et Mme Francesca LORENZI, Conseillers Exécutifs.\n\n1. APPROBATION DU PROCES-VERBAL\n`;
  it('"Étaient absents et avaient donné pouvoir" heads the proxies, no name of the list above', () => {
    const { attendance } = extractAttendance(text);
    expect(attendance.present.map((p) => p.surname)).toEqual(['ANTONETTI', 'BATTESTI', 'BIANCARELLI']);
    expect(attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['CASABIANCA', 'ANTONETTI']]);
  });
  it('a row of the counts ("Présents 42") ends the list above it, and the counts are read', () => {
    const { attendance } = extractAttendance(text);
    expect(attendance.absent.map((p) => p.surname)).toEqual(['ALBERTINI', 'LUCIANI']);
    expect(attendance.counts).toMatchObject({ inOffice: 51, present: 42, represented: 6 });
  });
  it('"ASSISTAIENT EGALEMENT A LA SEANCE :" alone on its line ends a list', () => {
    const { attendance } = extractAttendance(`Etaient absents :\nMM. ALBERTINI, LUCIANI\nASSISTAIENT EGALEMENT A LA SEANCE :\nMM. Antoine BERNARDINI et Mme Francesca LORENZI, Conseillers Exécutifs.\n\n1. APPROBATION DU PROCES-VERBAL\n`);
    expect(attendance.absent.map((p) => p.surname)).toEqual(['ALBERTINI', 'LUCIANI']);
  });
});

describe('a count under a list heading', () => {
  it('"Présents : 8" with the text\'s column beside it is a count, the list under the next heading', () => {
    const text = `Nombre de membres\nen exercice : 11      L'an deux mil sept, le vingt trois mars a vingt heures\nPrésents : 8          trente, le Conseil Municipal de cette commune, régulièrement\nVotants : 9           convoqué, s'est réuni sous la présidence de M. Jean VIDAL, Maire.\n\nPrésents : MM. VIDAL Jean, ROUQUIER Bernard, MAGNE Louis.\nAbsent : M. LAFON Didier.\n`;
    const { attendance } = extractAttendance(text);
    expect(attendance.present.map((p) => p.surname)).toEqual(['VIDAL', 'ROUQUIER', 'MAGNE']);
  });
});

describe('the secretary in a form whose labels stand in a column over their values', () => {
  const form = `FICHE SEANCE\nDate\nHeure\nLieu\n26/03/1993\n18:00\nSalle des délibérations - Mairie\nPrésident de séance\nSecrétaire de séance\nROCCA Dominique-Paul\nCASANOVA Marie-Josée\nQuorum\nAtteint\n`;
  it('is the value as far below the labels as its label stands among them, not the line under it', () => {
    expect(findSecretary(form)?.surname).toBe('CASANOVA');
    // Asked from its label on, as the attendance's reader asks.
    expect(findSecretary(form, form.indexOf('Secrétaire'))?.surname).toBe('CASANOVA');
  });
  it('is still the line under a label that stands alone', () => {
    expect(findSecretary(`Présents : M. Paul ROCCA, Mme Anne CASANOVA.\nSecrétaire de séance\nMme Anne CASANOVA\n\nOBJET : Tarifs\n`)?.surname).toBe('CASANOVA');
  });
});

describe('a list a member a line, each with what they stand for', () => {
  it('reads the proxy given after the member\'s description, and the members after it', () => {
    const text = `Membres présents :
- M. Jean-Louis RAMBAUD, Président
- Mme Odile FAVRE, représentant la commune

Membres excusés :
- M. Serge AUBRY, représentant la commune, qui a donné pouvoir à M. RAMBAUD
- M. Pierre BLONDEL, Conseiller Général

Membre absent :
- M. Robert ESCOFFIER, représentant le Département
`;
    expect(listsOf(extractAttendance(text, text.length).attendance)).toEqual({
      present: ['RAMBAUD', 'FAVRE'],
      represented: [['AUBRY', 'RAMBAUD']],
      excused: ['BLONDEL'],
      absent: ['ESCOFFIER'],
    });
  });
});

describe('a proxy OCR spelt "procuratlon"', () => {
  it('is read as the proxy it is, its holder on the next line', () => {
    const text = `Membres présents : M. Gérard SCHMIDLIN, Maire, Mme Annick KLEINHANS.

Membres absents excusés : Mme Sylvie HAEGELIN (procuratlon à Mme
Annick KLEINHANS), M. Eric BAUERLE.
`;
    expect(listsOf(extractAttendance(text, text.length).attendance)).toEqual({
      present: ['SCHMIDLIN', 'KLEINHANS'],
      represented: [['HAEGELIN', 'KLEINHANS']],
      excused: ['BAUERLE'],
      absent: [],
    });
  });
});

describe('those who assisted, labelled by one word before its colon', () => {
  it('ends the list above at "Assistaient : M. X, Secrétaire Général"', () => {
    const text = `Etaient présents : MM. BRÉCHOT, Président, LHUILLARD, GAUDRIN, membres du Bureau.
Excusés : MM. COUTELLE (pouvoir a M. LHUILLARD), VILLEMAUD.
Assistaient : M. FOUCHARD, Secrétaire Général ; M. BESNIER, Directeur des Services Techniques.
M. GAUDRIN est désigné comme secrétaire de séance.
`;
    expect(listsOf(extractAttendance(text, text.length).attendance)).toEqual({
      present: ['BRÉCHOT', 'LHUILLARD', 'GAUDRIN'],
      represented: [['COUTELLE', 'LHUILLARD']],
      excused: ['VILLEMAUD'],
      absent: [],
    });
  });
});

describe('a heading that says how the members sat', () => {
  it('"Étaient présents en séance ou par visioconférence :" heads the list; its count line does not', () => {
    const doc = analyzeText(`ASSEMBLÉE PLÉNIÈRE DU 19 NOVEMBRE 2020
Présents en séance ou participant à distance : 3
Étaient présents en séance ou par visioconférence : Mme Brigitte ABADIE, M. Romain ARNAL,
Mme Karine BAYLAC.
Avait donné pouvoir : Mme Françoise BARRAU à Mme Karine BAYLAC.
`);
    expect(listsOf(doc.attendance)).toMatchObject({ present: ['ABADIE', 'ARNAL', 'BAYLAC'], represented: [['BARRAU', 'BAYLAC']] });
  });
});

describe('a table of who sat, then the sitting\'s text naming only those away', () => {
  it('reads the table when "Etaient présents" says all the members but some, and the counts in a row closed by the vote\'s', () => {
    const rows = ['DUPONT Jean Maire Présent', 'MARTIN Claire 1er Adjoint Présent', 'BERNARD Luc Conseiller municipal Représenté DUPONT Jean', 'PETIT Anne Conseiller municipal Présent', 'ROBERT Marc Conseiller municipal Absent excusé', 'RICHARD Paul Conseiller municipal Présent', 'DURAND Eve Conseiller municipal Absent'];
    const text = `Fiche acte - Délibération
Membres en exercice Présents Représentés Votants Pour Contre Abstention
7
4
1
5
5
0
0
Composition de l'assemblée
Nom Prénom Qualité Présence Pouvoir donné à
${rows.join('\n')}
Secrétaire de séance PETIT Anne
Transmission contrôle de légalité Date de réception Autorité
Oui 06/07/1984 Sous-Préfecture
Ville de Saint-Aubin - ARCHIVES MUNICIPALES - DCM-1984-047 Page 1 / 3
Ville de Saint-Aubin ARCHIVES MUNICIPALES - Module ACTES v4.2
Fiche acte - Délibération Edité le 14/03/2019 à 10:42 par ARCH02 Page 2 / 3
Texte intégral (transcription du registre)
EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL
Séance du 29 juin 1984
L'an mil neuf cent quatre-vingt-quatre, le vingt-neuf juin à dix-huit heures trente, le Conseil
Municipal de la Ville de SAINT-AUBIN, légalement convoqué le 22 juin 1984, s'est réuni à l'Hôtel de
Ville, sous la présidence de M. Jean DUPONT, Maire.
Etaient présents : tous les conseillers municipaux en exercice, à l'exception de :
M. BERNARD (pouvoir à M. DUPONT), M. ROBERT, excusé, Mme DURAND, absente.
`;
    const { attendance } = extractAttendance(text);
    expect(attendance.present.map((p) => p.surname)).toEqual(['DUPONT', 'MARTIN', 'PETIT', 'RICHARD']);
    expect(attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['BERNARD', 'DUPONT']]);
    expect(attendance.excused.map((p) => p.surname)).toEqual(['ROBERT']);
    expect(attendance.absent.map((p) => p.surname)).toEqual(['DURAND']);
    expect(attendance.counts).toEqual({ inOffice: 7, present: 4, represented: 1, voting: 5 });
  });
});

describe('a list closed by the label of those attending without a vote, wrapped before its colon', () => {
  it('"Absent : M. ANDRE." / "Assistait égale-" / "ment avec voix consultative : M. X, Directeur." names one absent', () => {
    const text = 'Etaient présents : Mme VAUTRIN, M. COLLIGNON.\nExcusé : M. VINCENOT.\nAbsent : M. ANDRE.\nAssistait égale-\nment avec voix consultative : M. Laurent GRANDIDIER, Directeur.\nSecrétaire de séance : Mme HENRIOT.\n';
    expect(extractAttendance(text).attendance.absent.map((p) => p.surname)).toEqual(['ANDRE']);
  });
});

describe('a table of delegates by commune, its labels one a line, each row flattened on its line', () => {
  const text = `PRÉSENCES
Commune
Délégué
Qualité
Présence
Pouvoir à
Suppléé par
Saint-Aulon-d'Estaris BERTRAND Gilles Président Présent
Saint-Aulon-d'Estaris MOLLARD Annie Titulaire Présente
Saint-Aulon-d'Estaris EYRAUD Josiane Vice-Présidente Excusée BERTRAND Gilles
Les Chazalets ARNOUX Didier Titulaire Présent
Puy-Sarrazin BLANC-GONNET Sylvie Titulaire Excusée
La Combe-d'Aval JACQUIER René Vice-Président Présent
La Combe-d'Aval TRON Martine Titulaire Excusée JACQUIER René
Montbardon-le-Haut ESMIEU Alain Titulaire Absent

Le Président ouvre la séance.
`;

  it('reads each name after its commune, and the holder after "Excusée" in the column of proxies', () => {
    expect(listsOf(extractAttendance(text).attendance)).toEqual({
      present: ['BERTRAND', 'MOLLARD', 'ARNOUX', 'JACQUIER'],
      represented: [['EYRAUD', 'BERTRAND'], ['TRON', 'JACQUIER']],
      excused: ['BLANC-GONNET'],
      absent: ['ESMIEU'],
    });
  });

  it('reads no holder after "Excusée" where no column holds the proxies', () => {
    const lists = listsOf(extractAttendance(text.replace('Pouvoir à\n', '')).attendance);
    expect(lists.represented).toEqual([]);
  });
});

describe("the rapporteur's label after the lists", () => {
  const text = (rapporteur: string) =>
    `CONSEIL MUNICIPAL\nSéance du 17 décembre 2020\n\nPrésents : M. Henri CHABRAND, Mme Marie-Hélène ARNAUD, M. Laurent BONNAFFOUX.\nAbsente excusée : Mme Josette VERNET.\n${rapporteur}\nTourisme.\nEXPOSÉ\nLa crise sanitaire frappe.\n\nLe Conseil, après en avoir délibéré, approuve à l'unanimité.\n`;
  it('ends the list above it ("Rapporteur : M. X, Vice-président chargé …"): its name is no one excused', () => {
    const doc = analyzeText(text('Rapporteur : M. Laurent BONNAFFOUX, Vice-président chargé de la Montagne et du'));
    expect(doc.attendance.excused.map((p) => p.surname)).toEqual(['VERNET']);
    expect(doc.attendance.present.map((p) => p.surname)).toContain('BONNAFFOUX');
  });
  it("goes on with a list a margin's label is woven into ('Rapporteur :   à M. X ; Mme Y à M. Z')", () => {
    const doc = analyzeText(
      `CONSEIL MUNICIPAL\nSéance du 17 décembre 2020\n\nPrésents : M. Henri CHABRAND, Mme Marie ARNAUD.\nAbsents ayant donné procuration :\nMme Gisèle DIJOUX à M. Henri CHABRAND ; Mme Catherine FOLIO\nRapporteur :   à Mme Marie ARNAUD ; Mme Christelle VITRY à M. Henri CHABRAND.\n\nLe Conseil, après en avoir délibéré, approuve à l'unanimité.\n`,
    );
    expect(doc.attendance.represented.map((r) => r.person.surname)).toEqual(['DIJOUX', 'FOLIO', 'VITRY']);
  });
});

describe('a member described at length before the holder of their proxy', () => {
  it('reads the holder after "…, retenu par la réunion du" / "Conseil Général, qui a donné pouvoir à M. X"; not a movement told after a name', () => {
    const doc = analyzeText(
      "BUREAU DU DISTRICT\nSéance du vendredi 14 mars 1980\n\nMembres du Bureau présents :\n- M. Jean HOARAU, Président\n- M. Georges AH-SOUNE, membre\n\nMembre représenté :\n- M. Paul GRONDIN, 4ème Vice-Président, Maire de Bras-Créole, retenu par la réunion du\nConseil Général, qui a donné pouvoir à M. Georges AH-SOUNE\n\nMembre absent :\n- M. Daniel FONTAINE, membre\n\nLe Président ouvre la séance et constate que, sept des neuf membres du Bureau étant présents, le Bureau peut valablement délibérer.\n",
    );
    expect(doc.attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['GRONDIN', 'AH-SOUNE']]);
    expect(doc.attendance.counts).toMatchObject({ present: 7, inOffice: 9 });
  });
  it('reads the count of "Cinq membres sur sept étant présents, le quorum est atteint"', () => {
    const doc = analyzeText("COMMISSION DEPARTEMENTALE\nSéance du 21 octobre 1976\n\nEtaient présents : MM. GRONDIN, Président ; NATIVEL ; TECHER.\n\nCinq membres sur sept étant présents, le quorum est atteint et la Commission peut délibérer.\n");
    expect(doc.attendance.counts).toMatchObject({ present: 5, inOffice: 7 });
  });
  it('leaves present a member whose leaving is told after the list ("Mme X a quitté la séance … et a donné pouvoir à M. Y")', () => {
    const doc = analyzeText(
      "CONSEIL MUNICIPAL\nSéance du 3 mars 2020\n\nPrésents :\n- Mme Anne PEYRAC, conseillère municipale\n- M. Paul BONNEFOY, adjoint\n- M. Jean ROUX, maire\nMme PEYRAC a quitté la séance au point 18 et a donné pouvoir à M. BONNEFOY pour la suite de la séance.\n\nLe Conseil approuve à l'unanimité.\n",
    );
    expect(doc.attendance.present.map((p) => p.surname)).toContain('PEYRAC');
    expect(doc.attendance.represented).toEqual([]);
  });
});

describe("an Alsace-Moselle box of counts, its labels a line", () => {
  it('reads "en fonction : 11" opening its line as the members in office', () => {
    const doc = analyzeText('CONSEIL MUNICIPAL\nSéance du 25 novembre 1983\nNombre des membres du Conseil Municipal élus : 11\nen fonction : 11\nprésents : 9\nEtaient présents : MM. KIEFFER Alphonse, SCHNEIDER Joseph.\n');
    expect(doc.attendance.counts).toMatchObject({ inOffice: 11, present: 9 });
  });
});

describe('"Etaient présents les délégués titulaires :" over a list by commune', () => {
  it('heads the list: whom it lists is named before the colon, with no "suivants"', () => {
    const doc = analyzeText(`SYNDICAT INTERCOMMUNAL DES EAUX DE LA VALLEE
EXTRAIT DU REGISTRE DES DELIBERATIONS DU COMITE SYNDICAL
Séance du 26 novembre 2019

Etaient présents les délégués titulaires :
Fresnay : M. Gilbert LAMOTTE, Mme Sandrine VIGNAL
Aubercy : M. Francis DELVAUX
Marcy-la-Fontaine : Mme Annie COQUET, M. Marc BRUNET

Délégués suppléants siégeant avec voix délibérative :
M. Hervé PIQUEL, suppléant de M. Alain DUFLO (Vadencourt)

Absents excusés : M. Patrice HENNEQUET

Le Comité Syndical, après en avoir délibéré, à l'unanimité, fixe le prix de l'eau.
`);
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['LAMOTTE', 'VIGNAL', 'DELVAUX', 'COQUET', 'BRUNET', 'PIQUEL']);
  });
});

describe('an assembly\'s proxies under "Ont délégué leur droit de vote"', () => {
  it('reads each "M. X à M. Y" after the heading, its reference to the rules in brackets before the colon', () => {
    const text = `La séance est ouverte à quinze heures dix, sous la présidence de M. Paul ARNOUX, Président du Conseil régional.
Nombre de membres en exercice : 186
Membres présents : 181
Pouvoirs : 3

Excusés : MM. André BERTIN, Louis CHAMBON.

Ont délégué leur droit de vote (article 12 du règlement intérieur) :
M. Robert AUBIN à M. Marcel HUGON ; Mme Denise CAILLOT à Mme Simone PERRIN ; M. Jean
DELAGE à M. André GUILLOT.

- DESIGNATION DU SECRETAIRE DE SEANCE -
`;
    expect(listsOf(analyzeText(text).attendance)).toEqual({
      present: [],
      represented: [['AUBIN', 'HUGON'], ['CAILLOT', 'PERRIN'], ['DELAGE', 'GUILLOT']],
      excused: ['BERTIN', 'CHAMBON'],
      absent: [],
    });
  });
});

describe('a heading whose colon OCR read as a semicolon', () => {
  it('reads "ETAIENT PRESENTS ; MM. X, …" as the present list, the civility after the semicolon', () => {
    const text = `L'an mil neuf cent quatre-vingt-treize, le trente mars à dix-huit heures, le Conseil Municipal s'est réuni sous la présidence de Monsieur Raymond SAINTE-ROSE, Maire.

ETAIENT PRESENTS ; MM. SAINTE-ROSE Raymond, Maire, BOISNEUF Jocelyn,
Mme NERAC Marie-Claire, M. DAMBREVILLE Félix, Conseillers Municipaux.

ABSENT EXCUSE : M. ETIENNE Marcel.
`;
    expect(listsOf(analyzeText(text).attendance)).toEqual({
      present: ['SAINTE-ROSE', 'BOISNEUF', 'NERAC', 'DAMBREVILLE'],
      represented: [],
      excused: ['ETIENNE'],
      absent: [],
    });
  });
});

describe("a records software's form: each list's label cell, its names beside it", () => {
  it('reads "Présents LEROUX, BERTHIER, …", "Pouvoirs PICHON à LEROUX ; …" and "Absents LECLERC" as the lists', () => {
    const doc = analyzeText(`RELEVÉ DES DÉCISIONS DU CONSEIL MUNICIPAL
Séance du 23/06/1978
Président LEROUX Maurice (Maire)
Présents LEROUX, BERTHIER, CHAMPION, DAUBIGNY, FLEURY,
GAUTRON, Mme MOREL, NAUDIN
Pouvoirs PICHON à LEROUX ; Mme ROBIN à Mme MOREL
Absents LECLERC

Objet Approbation du procès-verbal de la séance du 26 mai 1978
Le conseil adopte le procès-verbal à l'unanimité.
`);
    expect(listsOf(doc.attendance)).toEqual({
      present: ['LEROUX', 'BERTHIER', 'CHAMPION', 'DAUBIGNY', 'FLEURY', 'GAUTRON', 'MOREL', 'NAUDIN'],
      represented: [
        ['PICHON', 'LEROUX'],
        ['ROBIN', 'MOREL'],
      ],
      excused: [],
      absent: ['LECLERC'],
    });
  });

  it("reads no list from a sentence's word wrapped to a line's start before names", () => {
    const doc = analyzeText(`PROCES-VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL DU 3 MARS 1990
Membres présents : M. Gérard SCHMITT, Mme Annick KLEIN, MM. Jean-Luc
MEYER, Patrick FISCHER, dont un avec
procuration MEYER, Patrick FISCHER.

OBJET : BUDGET PRIMITIF
Le Conseil municipal adopte le budget à l'unanimité.
`);
    expect(listsOf(doc.attendance).represented).toEqual([]);
  });
});

describe("a count's heading, then the next act's numbered heading on the following line", () => {
  it('"Présents : 11." over "N° 2002/05   COMPTE ADMINISTRATIF 2001": the heading and the margin\'s stamp are no names', () => {
    const text = "SÉANCE DU 22 MARS 2002\n\nConvocation du 14 mars 2002. Présents : 11.\nN° 2002/05   COMPTE ADMINISTRATIF 2001\nTransmis S/Préf. Sous la présidence de Mme HAUCHECORNE, 1re adjointe, le maire s'étant retiré, le conseil approuve le compte.\n";
    const { attendance } = extractAttendance(text);
    expect(attendance.present).toEqual([]);
    expect(attendance.counts.present).toBe(11);
    // Over a page break alike.
    expect(extractAttendance(text.replace('11.\n', '11.\f')).attendance.present).toEqual([]);
  });

  it("a margin's number beside a list's line is no heading: the list goes on", () => {
    const text = 'Présents : Mme ALEXIS Léontine,\nN° 83-21      M. ZENON Hubert, M. CALIXTE Raymond.\n';
    expect(extractAttendance(text).attendance.present.map((p) => p.surname)).toEqual(expect.arrayContaining(['ALEXIS', 'CALIXTE']));
  });
});

describe('a list heading whose count stands alone on its line, the names under it', () => {
  it('reads the names of the lines under the count', () => {
    const text = `Nombre de conseillers en exercice : 30
Présents : 26
Absents ayant donné pouvoir : 2
     M. Jean-Pierre DURIEUX à M. Michel CARON - Mme Odile FAUQUET
     à M. Francis LENOIR
Absents excusés : MM. Roger DESPRES, Pierre HAMEL
`;
    const { attendance } = extractAttendance(text);
    expect(attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['DURIEUX', 'CARON'], ['FAUQUET', 'LENOIR']]);
    expect(attendance.excused.map((p) => p.surname)).toEqual(['DESPRES', 'HAMEL']);
  });

  it('reads none from a sentence under the count', () => {
    const text = `Présents : 31
Pouvoirs : 2
Absents ou excusés : 3
M. Yves BOURDIN, benjamin de l'assemblée, est désigné comme secrétaire de séance.
`;
    expect(extractAttendance(text).attendance.excused).toEqual([]);
  });
});

describe('a sentence naming the secretary after a list closed by its full stop', () => {
  it('"M. X, benjamin de l\'Assemblée, remplit les fonctions de secrétaire." is no entry of the list above it', () => {
    const text = `Étaient présents : MM. AUBERT, BLANC, CLÉMENT, DAVID, NOYER.\nAbsents excusés : MM. GIRARD, BOYER.\nM. NOYER, benjamin de l'Assemblée, remplit les fonctions de secrétaire.\n`;
    const { attendance } = extractAttendance(text);
    expect(attendance.excused.map((p) => p.surname)).toEqual(['GIRARD', 'BOYER']);
    expect(attendance.present.map((p) => p.surname)).toContain('NOYER');
  });
});
