/**
 * Documents written for these tests in shapes the corpus does not have, so the rules are
 * checked on the genre rather than on the files they were written against.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const EXTRACT = `REPUBLIQUE FRANCAISE
COMMUNE DE SAINT-AUBIN
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du mardi 12 septembre 2023
Nombre de conseillers en exercice : 19
Présents : 15
Votants : 17
L'an deux mil vingt-trois, le douze septembre à dix-huit heures trente, le Conseil Municipal de la
commune, régulièrement convoqué le 5 septembre 2023, s'est réuni en séance publique à la salle des fêtes,
sous la présidence de M. Paul LEFEBVRE, Maire.
Présents : M. Paul LEFEBVRE, Mme Anne DURAND, M. Jacques MOREAU, Mme Claire PETIT
Absents représentés : Mme Sophie ROUX (pouvoir à Mme Anne DURAND), M. Luc BLANC (pouvoir à M. Paul LEFEBVRE)
Absents excusés : M. Marc GIRARD
Absents : Mme Julie FAURE
Secrétaire de séance : Mme Claire PETIT
Délibération n° 2023-045
Objet : Tarifs de la cantine scolaire
Le Maire expose au conseil la nécessité de réviser les tarifs de la restauration scolaire.
Vu le Code général des collectivités territoriales,
Vu l'avis de la commission des finances du 1er septembre 2023,
Considérant la hausse du coût des denrées,
Après en avoir délibéré, le Conseil Municipal, par 15 voix pour, 1 voix contre et 1 abstention :
Article 1er : Fixe le prix du repas à 3,50 euros.
Article 2 : Autorise le Maire à signer tout document nécessaire.
Fait et délibéré les jour, mois et an susdits.
Le Maire,
Paul LEFEBVRE`;

describe('an extract in a shape the corpus does not have', () => {
  const doc = analyzeText(EXTRACT);
  it('reads the header, date in words with a time in words, counts', () => {
    expect(doc.kind).toBe('deliberation');
    expect(doc.meeting.bodyType).toBe('conseil-municipal');
    expect(doc.meeting.date).toBe('2023-09-12');
    expect(doc.meeting.time).toBe('18:30');
    expect(doc.meeting.convocationDate).toBe('2023-09-05');
    expect(doc.meeting.place).toMatch(/^salle des fêtes/);
    expect(doc.meeting.president?.surname).toBe('LEFEBVRE');
    expect(doc.meeting.president?.role).toBe('Maire');
    expect(doc.meeting.secretary?.surname).toBe('PETIT');
    expect(doc.attendance.counts).toEqual({ inOffice: 19, present: 15, represented: null, voting: 17 });
  });
  it('takes "dûment convoqué, s\'est réuni le …" for the sitting\'s date, the nearer cue deciding', () => {
    const doc = analyzeText(
      "Le Conseil communautaire, dûment convoqué, s'est réuni le 12 mars 2024 à 18h30 sous la présidence de M. Jean MARTIN.\nPrésents : M. Jean MARTIN, Mme Lise BON\n",
    );
    expect([doc.meeting.date, doc.meeting.time]).toEqual(['2024-03-12', '18:30']);
  });
  it.each([
    ['sous la présidence de Monsieur le Président, Antoine Durand.', 'Durand'],
    ['sous la présidence de Jean Martin, Maire.', 'Martin'],
  ])('reads a president named in title case without a civility: %s', (phrase, surname) => {
    const doc = analyzeText(`Séance du 12 mars 2024 ${phrase}\nPrésents : M. Jean MARTIN, Mme Lise BON\n`);
    expect(doc.meeting.president?.surname).toBe(surname);
  });
  it('does not take a body or an office for a president', () => {
    const doc = analyzeText("Séance du 12 mars 2024 sous la présidence du Conseil Municipal.\nPrésents : M. Jean MARTIN, Mme Lise BON\n");
    expect(doc.meeting.president).toBeNull();
  });
  it('reads the president after a label, "Présidence :" or "Président de séance :"', () => {
    for (const label of ['Présidence : M. Paul LEFEBVRE', 'Président de séance : M. Paul LEFEBVRE']) {
      const doc = analyzeText(EXTRACT.replace('sous la présidence de M. Paul LEFEBVRE, Maire.', `en séance publique.\n${label}`));
      expect(doc.meeting.president?.surname, label).toBe('LEFEBVRE');
    }
  });
  it("does not take the place after the president's name for their office", () => {
    for (const place of ["à la salle d'honneur de la mairie", 'au foyer rural', 'assisté de Mme Anne DURAND, secrétaire']) {
      const doc = analyzeText(EXTRACT.replace('sous la présidence de M. Paul LEFEBVRE, Maire.', `sous la présidence de M. Paul LEFEBVRE, ${place}.`));
      expect(doc.meeting.president?.surname, place).toBe('LEFEBVRE');
      expect(doc.meeting.president?.role, place).toBe('président de séance');
    }
  });
  it('reads proxies in parentheses, excused and absent', () => {
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['LEFEBVRE', 'DURAND', 'MOREAU', 'PETIT']);
    expect(doc.attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([
      ['ROUX', 'DURAND'],
      ['BLANC', 'LEFEBVRE'],
    ]);
    expect(doc.attendance.excused.map((p) => p.surname)).toEqual(['GIRARD']);
    expect(doc.attendance.absent.map((p) => p.surname)).toEqual(['FAURE']);
    // "Présents : 15" in the header, four names in the list: said, not silently trusted.
    expect(doc.warnings).toContain('attendance: the text counts 15 present but lists 4');
  });
  it('reads the deliberation: number, title, visas, considérant, articles, vote', () => {
    expect(doc.items).toHaveLength(1);
    const item = doc.items[0]!;
    expect(item.number).toBe('2023-045');
    expect(item.title).toBe('Tarifs de la cantine scolaire');
    expect(item.decision!.visas).toHaveLength(2);
    expect(item.decision!.considerations).toHaveLength(1);
    expect(item.decision!.articles.map((a) => a.action)).toEqual(['fixe', 'autorise']);
    expect(item.decision!.vote).toMatchObject({ unanimous: false, for: 15, against: 1, abstentions: 1 });
    expect(item.decision!.outcome).toBe('adopted');
    expect(doc.signatures.map((p) => p.surname)).toEqual(['LEFEBVRE']);
  });
  it.each([
    ['La secrétaire de séance,\nLise BON\nLe Maire,\nPaul LEFEBVRE', [['BON', 'La secrétaire de séance'], ['LEFEBVRE', 'Le Maire']]],
    ['Le Maire, Paul LEFEBVRE La secrétaire, Lise BON', [['LEFEBVRE', 'Le Maire'], ['BON', 'La secrétaire']]],
    ['LE MAIRE,\nPaul LEFEBVRE', [['LEFEBVRE', 'LE MAIRE']]],
    ['Le Maire,\n\nJean Martin', [['Martin', 'Le Maire']]],
    ["Pour le Maire empêché,\nL'adjoint délégué,\nLuc PETIT", [['PETIT', "L'adjoint délégué"]]],
  ])('reads the signatures of %j', (end, expected) => {
    const doc = analyzeText(EXTRACT.replace(/Le Maire,\nPaul LEFEBVRE$/, end));
    expect(doc.signatures.map((p) => [p.surname, p.role])).toEqual(expected);
  });
  it('reads the signature of a name written in title case on its own line under the role', () => {
    const doc = analyzeText(EXTRACT.replace(/Le Maire,\nPaul LEFEBVRE$/, 'Le Maire,\n\nJean-Paul Lefebvre\n'));
    expect(doc.signatures.map((p) => [p.raw, p.role])).toEqual([['Jean-Paul Lefebvre', 'Le Maire']]);
    const prose = analyzeText(EXTRACT.replace(/Le Maire,\nPaul LEFEBVRE$/, 'Le Maire,\nRappelle que la séance est publique.'));
    expect(prose.signatures.map((p) => p.raw)).not.toContain('Rappelle');
  });
});

describe('documents that are not minutes, and minutes without headings', () => {
  it('calls a recipe "other", with a warning, and invents nothing', () => {
    const doc = analyzeText('Tarte aux pommes\n\nÉplucher six pommes, les couper en lamelles.\nCuire 30 minutes à 180 degrés.');
    expect(doc.kind).toBe('other');
    expect(doc.items).toEqual([]);
    expect(doc.meeting.date).toBeNull();
    expect(doc.warnings.join(' ')).toMatch(/not read as minutes/);
  });
  it('calls the letter convening a sitting "other": its date, time and body are the sitting it announces', () => {
    const doc = analyzeText(
      "Convocation du Conseil Municipal\nMadame, Monsieur,\nJ'ai l'honneur de vous convoquer à la séance du Conseil Municipal qui aura lieu le mardi 12 mars 2024 à 20h30 en mairie.\nOrdre du jour :\n1. Approbation du procès-verbal de la séance précédente\n2. Budget primitif 2024\nLe Maire,\nJean MARTIN",
    );
    expect(doc.kind).toBe('other');
    expect(doc.items).toEqual([]);
    // When and where it will sit are that sitting's (as annotators record them); nobody presided yet.
    expect([doc.meeting.date, doc.meeting.time, doc.meeting.bodyType, doc.meeting.president]).toEqual(['2024-03-12', '20:30', 'conseil-municipal', null]);
  });
  it('calls a convocation "other" even with its blank proxy form and the notes on each point', () => {
    const doc = analyzeText(
      "COMMUNAUTÉ DE COMMUNES DU LIZON\nObjet : Convocation au Conseil communautaire\nJ'ai l'honneur de vous informer que le Conseil communautaire se réunira le jeudi 12 juin 2025 à 18 h 30.\nORDRE DU JOUR\n1. Approbation du procès-verbal\n2. Compte financier unique 2024\nNOTE EXPLICATIVE DE SYNTHÈSE\n2. Compte financier unique 2024\nIl est proposé au conseil d'approuver le compte financier unique.\nLe Président,\nDenis FAIVRE\n\nPOUVOIR\nJe soussigné(e) ........................, conseiller(ère) communautaire, donne pouvoir à M. ........................ pour voter en mon nom.",
    );
    expect(doc.kind).toBe('other');
    expect(doc.meeting).toMatchObject({ date: '2025-06-12', time: '18:30', president: null });
  });
  it('dates a convocation by the sitting it convenes, not by the law its paragraph opens on ("la loi du 10 août 1871")', () => {
    const doc = analyzeText(
      "CONSEIL GENERAL DE LA SOMME\nLe 10 juin 1988\nObjet : Convocation - Deuxième réunion ordinaire de 1988\n\nConformément aux dispositions de la loi du 10 août 1871 modifiée relative aux Conseils Généraux, j'ai l'honneur de vous faire connaître que le Conseil Général se réunira en séance publique le\n\nLUNDI 27 JUIN 1988 à 10 heures 30\n\ndans la salle des délibérations de l'Hôtel du Département.\n\nLe Président du Conseil Général,\nJean BRIANCHON",
    );
    expect(doc.meeting.date).toBe('1988-06-27');
  });
  it('reads a convocation OCR garbled ("Objet : Convocatiou", "vous inforrner"): the sitting it convenes, no one attending, its blank proxy form none', () => {
    const doc = analyzeText(
      "COMMUNE DE SAUT-VERT\nSaut-Vert, le 6 avril 2018\nObjet : Convocatiou au ConseiI mnnicipal\nMadame, Monsieur le Conseiller municipal,\n\nJ'ai l'honneur de vous inforrner que le Conseil municipal s0 réuri ira en séance ordinaire le\n\nVENDREDI 13 AVRIL 2018 à 18 heures\ndans la salle des délibérations de la Mairie\n\nafin de délibérer sur l'ordre du jour suivant :\n1. Approbation du procès-verbal\n2. Compte administratif 2017\n\nLe Maire,\nJean TOULOUSE\n\nPOUVOIR\nJe soussigné(e) ........................, consoiller municipal, donne pouvoir à ........................ pour voter en mon nom.",
    );
    expect(doc.kind).toBe('other');
    expect(doc.meeting.date).toBe('2018-04-13');
    expect(doc.attendance.represented).toEqual([]);
  });
  it.each([
    ['ARRÊTÉ DU MAIRE N° 2024-AR-057\nportant délégation de fonctions à Madame Hélène CASTAGNÉ\n\nLe Maire de la commune de Marsoulet,', 'ARRÊTE :'],
    ["DÉCISION DU PRÉSIDENT N° DP 2025-041\nprise par délégation du Conseil communautaire\n\nObjet : Marché de travaux du gymnase\n\nLe Président de la Communauté de communes,", 'DÉCIDE :'],
    ['COMMUNAUTE DE COMMUNES DU CANTON DE BRIONNEL                        Folio 23\nREGISTRE DES ARRETES DU PRESIDENT                                 Année 2004\n\nN° 2004/11 ARRÊTÉ PORTANT DÉLÉGATION DE FONCTIONS\n\nLe Président de la Communauté de Communes,', 'A R R Ê T E'],
  ])('calls an act one person signs "other", no body sitting, whatever sittings its visas cite: %s', (head, verb) => {
    const doc = analyzeText(
      `${head}\nVu le code général des collectivités territoriales ;\nVu la délibération n° 2020-019 du conseil municipal en date du 28 mai 2020 fixant à quatre le nombre des adjoints ;\n${verb}\nArticle 1 : Délégation est donnée à Mme CASTAGNÉ pour les affaires scolaires.\nArticle 2 : Le présent acte sera transmis au représentant de l'État.\nFait à Marsoulet, le 3 juin 2024\nLe Maire,\nJean DUPRAT`,
    );
    expect(doc.kind).toBe('other');
    expect([doc.meeting.date, doc.meeting.time, doc.meeting.bodyType]).toEqual([null, null, null]);
  });
  it('makes the first line of the body the subject when a vote follows and nothing is headed', () => {
    const doc = analyzeText(
      "Le vingt mars deux mille vingt-deux, le conseil municipal s'est réuni.\nPrésents : M. Jean MARTIN, Mme Lise BON\n\nAcquisition d'un tracteur communal\nLe maire propose l'achat d'un tracteur.\nAdopté à l'unanimité.",
    );
    expect(doc.items.map((i) => i.title)).toEqual(["Acquisition d'un tracteur communal"]);
    expect(doc.items[0]!.decision!.vote!.unanimous).toBe(true);
    expect(doc.meeting.date).toBe('2022-03-20');
  });
});

describe('attendance counts', () => {
  it.each([
    ['Membres en exercice : 19 - Présents : 15 - Votants : 17'],
    ['Nombre de membres en exercice 19, présents 15, votants 17'],
    ['Nombre de conseillers en exercice : 19 Nombre de présents : 15 Nombre de votants : 17'],
    // Alsace-Moselle: members elected, then in office.
    ['Nombre de conseillers élus : 21\nConseillers en fonction : 19\nConseillers présents : 15\nVotants : 17'],
    ['Nombre de conseillers : élus : 21, en fonction : 19, présents : 15, votants : 17'],
  ])('are read from %j', (line) => {
    const doc = analyzeText(`Séance du 12 mars 2024 sous la présidence de M. Jean MARTIN.\n${line}\nPrésents : M. Jean MARTIN, Mme Lise BON\n`);
    expect(doc.attendance.counts).toEqual({ inOffice: 19, present: 15, represented: null, voting: 17 });
  });
});

describe('a list of deliberations, each numbered with its outcome', () => {
  it('is a list, dated by its heading, each title without its outcome', () => {
    const doc = analyzeText(`LISTE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL DU 12 MARS 2024
N° 2024-01 Approbation du procès-verbal de la séance du 6 février 2024 Adoptée
N° 2024-02 Budget primitif 2024 Adoptée
N° 2024-03 Vente d'un terrain communal Rejetée
`);
    expect(doc.kind).toBe('list');
    expect(doc.meeting.date).toBe('2024-03-12');
    expect(doc.items.map((i) => [i.number, i.title, i.decision?.outcome])).toEqual([
      ['2024-01', 'Approbation du procès-verbal de la séance du 6 février 2024', 'adopted'],
      ['2024-02', 'Budget primitif 2024', 'adopted'],
      ['2024-03', "Vente d'un terrain communal", 'rejected'],
    ]);
  });
});

describe('the list of the deliberations of one sitting (L. 2121-25)', () => {
  it('is a list even with the sentence of its sitting, its secretary and remarks under its rows', () => {
    const doc = analyzeText(`COMMUNE DE CASTELNAU
LISTE DES DÉLIBÉRATIONS EXAMINÉES PAR LE CONSEIL MUNICIPAL
SÉANCE DU LUNDI 17 MARS 2025
Le Conseil municipal, légalement convoqué le 11 mars 2025, s'est réuni sous la présidence de M. Alain BROUSTET, Maire.
Secrétaire de séance : Mme Sophie LAGARDE.
N° 2025-08 Approbation du compte de gestion 2024 Unanimité Adoptée
N° 2025-09 Vote du compte administratif 2024 15 pour, 3 contre Adoptée
M. le Maire ne prend pas part au vote.
N° 2025-10 Cession d'un terrain communal 7 pour, 11 contre Rejetée
M. PUJOL, intéressé, ne prend pas part au vote.
Affichée le 19 mars 2025 à la porte de la mairie, en application de l'article L. 2121-25 du code général des collectivités territoriales, pour une durée d'une semaine.
Le Maire,
Alain BROUSTET
`);
    expect(doc.kind).toBe('list');
    expect(doc.items.map((i) => i.number)).toEqual(['2025-08', '2025-09', '2025-10']);
  });
});

describe('attendance headings that say what is not', () => {
  const read = (lists: string) => {
    const d = analyzeText(`Séance du 12 mars 2024 sous la présidence de M. Jean MARTIN.\nPrésents : M. Jean MARTIN, Mme Lise BON\n${lists}\n`);
    const a = d.attendance;
    return { present: a.present.map((p) => p.surname), represented: a.represented.map((r) => [r.person.surname, r.proxy?.surname ?? null]), excused: a.excused.map((p) => p.surname), absent: a.absent.map((p) => p.surname) };
  };

  it('"non représentés" and "non excusés" are no proxies and no excuses', () => {
    expect(read('Absents excusés non représentés : M. Paul DURAND\nAbsents non excusés : Mme Eva ROSE')).toEqual({ present: ['MARTIN', 'BON'], represented: [], excused: ['DURAND'], absent: ['ROSE'] });
    expect(read('Absents représentés : M. Paul DURAND représenté par M. Jean MARTIN\nAbsents non représentés : Mme Eva ROSE')).toEqual({ present: ['MARTIN', 'BON'], represented: [['DURAND', 'MARTIN']], excused: [], absent: ['ROSE'] });
  });

  it('a list run into the next heading on one line keeps its names', () => {
    expect(read('Absents : M. Paul DURAND (Les Restos du Cœur),\nMme Eva ROSE (UDAF). Excusés : M. Luc PETIT')).toEqual({ present: ['MARTIN', 'BON'], represented: [], excused: ['PETIT'], absent: ['DURAND', 'ROSE'] });
  });

  it('the words that open the next heading\'s line are not the status of the last name before it', () => {
    expect(read('Absents excusés ayant donné procuration : M. Paul DURAND à M. Jean MARTIN\nAbsents excusés : Mme Eva ROSE')).toEqual({ present: ['MARTIN', 'BON'], represented: [['DURAND', 'MARTIN']], excused: ['ROSE'], absent: [] });
  });
});

describe('attendance with a blank line inside a list', () => {
  it('keeps reading names after it when the line before ends on a comma, not after a finished list', () => {
    const doc = analyzeText(
      "Séance du 4 mai 2021. Le conseil municipal s'est réuni sous la présidence de M. Jean MARTIN.\nPrésents :\nJean MARTIN,\nLise BON,\n\nPaul DURAND,\nEva ROSE.\n\nClaire VIDAL, ancienne adjointe, assiste à la séance.\nAbsents : néant",
    );
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['MARTIN', 'BON', 'DURAND', 'ROSE']);
  });
});

describe('attendance split across a page break', () => {
  it('keeps reading the list on the next page', () => {
    const doc = analyzeText(
      "Séance du 4 mai 2021. Le conseil municipal s'est réuni sous la présidence de M. Jean MARTIN.\nPrésents : M. Jean MARTIN, Mme Lise BON,\fM. Paul DURAND, Mme Eva ROSE\nAbsents : néant\nSecrétaire : Mme Lise BON",
    );
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['MARTIN', 'BON', 'DURAND', 'ROSE']);
    expect(doc.attendance.absent).toEqual([]);
    expect(doc.meeting.secretary?.surname).toBe('BON');
    const att = doc.sections.find((s) => s.kind === 'attendance')!;
    expect(att.page).toBe(1);
  });
});

describe('attendance headings as OCR garbles them', () => {
  it('reads "Prèsents", "Absen(s)" and "Secrétalre" as the headings they were', () => {
    const doc = analyzeText(
      "Séance du 2 février 2022. Le conseil municipal s'est réuni sous la présidence de M. Jean MARTIN.\nPrèsents : M. Jean MARTIN, Mme Lise BON, M. Paul DURAND\nAbsen(s) : M. Luc NOIR\nSecrétalre de séance : Mme Lise BON",
    );
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['MARTIN', 'BON', 'DURAND']);
    expect(doc.attendance.absent.map((p) => p.surname)).toEqual(['NOIR']);
    expect(doc.meeting.secretary?.surname).toBe('BON');
  });
});

describe('sections', () => {
  it('keep the attendance lists whole even inside a subject that precedes them', () => {
    const doc = analyzeText(
      "Séance du 5 janvier 2024 03-2024 OBJET : Zones d'accélération des énergies renouvelables Présents : 3 Evelyne BOSSU Xavier BACHELET Ariane MARTIN Le Président a ouvert la séance. Monsieur Xavier BACHELET est désigné pour remplir cette fonction. Pour rappel la loi impose des zones. Le conseil municipal, après avoir délibéré à l'unanimité : - DEFINIT les zones.",
    );
    const att = doc.sections.filter((s) => s.kind === 'attendance');
    expect(att).toHaveLength(1);
    const body = doc.text.slice(att[0]!.start, att[0]!.end);
    expect(body).toMatch(/^Présents : 3 Evelyne BOSSU/);
    expect(body).toMatch(/est désigné pour remplir cette fonction\.$/);
    const reports = doc.sections.filter((s) => s.kind === 'report');
    expect(reports.length).toBeGreaterThanOrEqual(1);
    for (const r of reports) expect(r.end <= att[0]!.start || r.start >= att[0]!.end).toBe(true);
    expect(doc.items[0]!.decision!.articles.map((a) => a.action)).toEqual(['définit']);
  });
});

describe('procès-verbal with "Point n°" headings', () => {
  const PV = `PROCÈS-VERBAL DU CONSEIL MUNICIPAL
Séance du 12 mars 2024 à 20h00
Nombre de conseillers en exercice : 11 ; présents : 9 ; qui ont pris part à la délibération : 10
Présents : M. Paul ROUX, Mme Anne VIDAL, M. Marc HENRY
Absent ayant donné pouvoir : M. Jean PONS à M. Paul ROUX
Secrétaire de séance : Mme Anne VIDAL
ORDRE DU JOUR
Point n° 1 : Budget primitif 2024
Point n° 2 : Tarifs de la salle des fêtes
Point n° 1 : Budget primitif 2024
Le maire présente le budget primitif 2024, équilibré en recettes et en dépenses.
Après en avoir délibéré, le conseil municipal approuve le budget à l'unanimité.
Point n° 2 : Tarifs de la salle des fêtes
Le maire propose de maintenir les tarifs.
Vote : Pour : 8, Contre : 1, Abstention : 1.
`;
  it('finds both points once, numbered, with their votes, and the counts', () => {
    const doc = analyzeText(PV);
    expect(doc.kind).toBe('minutes');
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Budget primitif 2024'],
      ['2', 'Tarifs de la salle des fêtes'],
    ]);
    expect(doc.items[0]!.decision!.vote!.unanimous).toBe(true);
    expect(doc.items[1]!.decision!.vote).toMatchObject({ for: 8, against: 1, abstentions: 1 });
    expect(doc.attendance.counts).toEqual({ inOffice: 11, present: 9, represented: null, voting: 10 });
    expect(doc.attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['PONS', 'ROUX']]);
    expect(doc.meeting.time).toBe('20:00');
  });
});

describe('a register of a conseil communautaire (fixtures/text/val-de-loire-2023-11-16.txt)', () => {
  const doc = analyzeText(readFileSync(new URL('../../fixtures/text/val-de-loire-2023-11-16.txt', import.meta.url), 'utf8'));
  it('reads the sitting and the lists', () => {
    expect(doc.kind).toBe('minutes');
    expect(doc.authority.name).toBe('COMMUNAUTÉ DE COMMUNES DU VAL DE LOIRE');
    expect(doc.meeting).toMatchObject({ bodyType: 'conseil-communautaire', date: '2023-11-16', time: '18:00', convocationDate: '2023-11-09' });
    expect(doc.meeting.president?.surname).toBe('DUBOIS');
    expect(doc.attendance.counts).toEqual({ inOffice: 32, present: 26, represented: 3, voting: 29 });
    expect(doc.attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([
      ['PETIT', 'BERNARD'],
      ['ROBIN', 'DUBOIS'],
    ]);
  });
  it('reads three numbered deliberations with their decisions', () => {
    expect(doc.items.map((i) => i.number)).toEqual(['2023-112', '2023-113', '2023-114']);
    const [a, b, c] = doc.items;
    expect(a!.rapporteur?.surname).toBe('MOREL');
    expect(a!.decision!.articles.map((x) => x.action)).toEqual(['décide', 'autorise']);
    expect(a!.decision!.vote).toMatchObject({ unanimous: false, for: 25, against: 2, abstentions: 2 });
    expect(b!.decision).toMatchObject({ outcome: 'noted', vote: null });
    expect(b!.decision!.articles.map((x) => x.action)).toEqual(['prend acte']);
    expect(c!.decision!.articles.map((x) => x.action)).toEqual(['fixe']);
    expect(c!.decision!.vote!.unanimous).toBe(true);
    expect(doc.signatures.map((p) => p.surname)).toEqual(['DUBOIS']);
  });
});

describe('a compte rendu with numbered capitals points (fixtures/text/belleville-2023-03-27.txt)', () => {
  const doc = analyzeText(readFileSync(new URL('../../fixtures/text/belleville-2023-03-27.txt', import.meta.url), 'utf8'));
  it('reads a date and time written in words, family-name-first lists, the quorum', () => {
    expect(doc.meeting).toMatchObject({ date: '2023-03-27', time: '20:30', quorum: true });
    expect(doc.meeting.secretary?.surname).toBe('FABRE');
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['BLANC', 'FABRE', 'THOMAS', 'ROUSSEL', 'GAUTIER', 'LEMOINE']);
    expect(doc.attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['BRUN', 'THOMAS']]);
    expect(doc.attendance.excused.map((p) => p.surname)).toEqual(['MERCIER']);
  });
  it('keeps the voted points and leaves out the questions diverses', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'APPROBATION DU COMPTE ADMINISTRATIF 2022'],
      ['2', "VOTE DES TAUX D'IMPOSITION 2023"],
    ]);
    expect(doc.items[0]!.decision!.vote).toMatchObject({ unanimous: false, for: 5, abstentions: 1 });
    expect(doc.items[1]!.decision!.vote!.unanimous).toBe(true);
    expect(doc.signatures.map((p) => p.surname)).toEqual(['THOMAS']);
  });
});

describe('a Commission Permanente extract with ARTICLE points (fixtures/text/haute-garonne-cp-2024-10-015.txt)', () => {
  const doc = analyzeText(readFileSync(new URL('../../fixtures/text/haute-garonne-cp-2024-10-015.txt', import.meta.url), 'utf8'));
  it('reads the numbered deliberation, its visas, articles and vote', () => {
    expect(doc.kind).toBe('deliberation');
    expect(doc.meeting).toMatchObject({ bodyType: 'commission-permanente', date: '2024-10-04', convocationDate: '2024-09-26', place: 'Hôtel du Département' });
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['CP-2024-10-015', "Aide à l'investissement des communes rurales - Programme 2024"]]);
    const d = doc.items[0]!.decision!;
    expect(d.visas).toHaveLength(3);
    expect(d.articles.map((a) => a.action)).toEqual(['attribue', 'autorise']);
    expect(d.vote?.unanimous).toBe(true);
    expect(doc.attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['IZARD', 'VEZAT-BARONIA']]);
    expect(doc.attendance.present.map((p) => p.surname)).toContain('LALANE DE LAUBADÈRE');
    expect(doc.signatures.map((p) => p.surname)).toEqual(['VINCINI']);
  });
});

describe('a comité syndical with a substitute and "N° 2024-01 -" items (fixtures/text/plateau-comite-2024-02-07.txt)', () => {
  const doc = analyzeText(readFileSync(new URL('../../fixtures/text/plateau-comite-2024-02-07.txt', import.meta.url), 'utf8'));
  it('lists the substitute, not the member replaced; reads the headings with their qualifier', () => {
    expect(doc.kind).toBe('minutes');
    expect(doc.meeting.bodyType).toBe('comite-syndical');
    expect(doc.attendance.present.map((p) => p.surname)).toContain('SIMON');
    expect(doc.attendance.present.map((p) => p.surname)).not.toContain('LAMBERT');
    expect(doc.attendance.excused.map((p) => p.surname)).toEqual(['GIRAUD']);
    expect(doc.attendance.counts).toMatchObject({ present: 9, represented: 2 });
    expect(doc.items.map((i) => i.number)).toEqual(['2024-01', '2024-02']);
    expect(doc.items[0]!.decision).toMatchObject({ outcome: 'noted', vote: null });
    const v = doc.items[1]!.decision!.vote!;
    expect(v).toMatchObject({ for: 9, against: 2 });
    expect(v.againstNames.map((p) => p.surname)).toEqual(['NOEL', 'CARON']);
    expect(doc.items[1]!.decision!.articles.map((a) => a.action)).toEqual(['approuve', 'sollicite', 'autorise']);
  });
});

describe('a small commune extract with counts on one line (fixtures/text/saint-flour-2022-05-10.txt)', () => {
  const doc = analyzeText(readFileSync(new URL('../../fixtures/text/saint-flour-2022-05-10.txt', import.meta.url), 'utf8'));
  it('reads counts, the legal quorum formula, the commune as authority, the one-subject decision', () => {
    expect(doc.authority.name).toBe('Commune de Saint-Flour-les-Monts');
    expect(doc.meeting).toMatchObject({ date: '2022-05-10', time: '20:00', convocationDate: '2022-05-02', quorum: true });
    expect(doc.attendance.counts).toEqual({ inOffice: 15, present: 12, represented: null, voting: 14 });
    expect(doc.attendance.present).toHaveLength(12);
    expect(doc.attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([
      ['ALBOUY', 'CHAZAL'],
      ['BESSE', 'COSTE'],
    ]);
    expect(doc.items.map((i) => i.title)).toEqual(["Vente d'un terrain communal au lieu-dit « La Croix »"]);
    expect(doc.items[0]!.decision!.articles.map((a) => a.action)).toEqual(['décide', 'autorise']);
    expect(doc.signatures.map((p) => p.surname)).toEqual(['CHAZAL']);
  });
});

describe('the opening of the sitting between the lists and the secretary', () => {
  it('goes to the preamble; the lists and the secretary stay attendance', () => {
    const doc = analyzeText(
      "CONSEIL MUNICIPAL du 28 mars 2026\nL'an deux mille vingt-six et le 28 mars à 11 h 00, le conseil municipal s'est réuni sous la présidence de M. Bernard LAURET.\nEtaient présents :\nAurélie BARBERO, Thierry BOST, Éric OLIVIER\nEtaient absents : /\n\nLa séance est ouverte à 11 h 02.\n\nSecrétariat de séance\nMme ETIENNE Marbouba propose d'assurer le secrétariat de séance.\nLa proposition est retenue à l'unanimité.\n",
    );
    const kinds = doc.sections.filter((s) => s.kind !== 'other').map((s) => [s.kind, doc.text.slice(s.start, s.end).split('\n')[0]]);
    expect(kinds).toContainEqual(['preamble', 'La séance est ouverte à 11 h 02.']);
    expect(kinds.filter(([k]) => k === 'attendance')).toHaveLength(2);
    expect(doc.meeting.secretary?.surname).toBe('ETIENNE');
    expect(doc.meeting.time).toBe('11:00');
  });
});

describe('a departmental session with "RAPPORT N° 3.1 -" items (fixtures/text/drome-2023-12-18.txt)', () => {
  const doc = analyzeText(readFileSync(new URL('../../fixtures/text/drome-2023-12-18.txt', import.meta.url), 'utf8'));
  it('reads dotted report numbers, counts with not-voting members, and one-sentence decisions', () => {
    expect(doc.kind).toBe('minutes');
    expect(doc.meeting).toMatchObject({ bodyType: 'conseil-departemental', date: '2023-12-18', time: '09:30', quorum: true });
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['3.1', 'Budget primitif 2024'],
      ['3.2', 'Tarifs des musées départementaux'],
    ]);
    expect(doc.items[0]!.rapporteur?.surname).toBe('SOULIGNAC');
    expect(doc.items[0]!.decision!.vote).toMatchObject({ unanimous: false, for: 24, against: 10, abstentions: 0, notVoting: 1 });
    expect(doc.items[1]!.decision!.articles.map((a) => a.action)).toEqual(['fixe']);
  });
});
