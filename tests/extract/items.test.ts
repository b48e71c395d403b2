import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import { listsOf } from '../helpers/attendance-lists.ts';
import { findHeadings } from '../../src/segment/headings.ts';

/** The opening of the synthetic minutes below: a sitting, its president and who was there. */
const SITTING = `Séance du conseil municipal du 3 mars 2021
L'an deux mille vingt et un, le 3 mars, le Conseil Municipal s'est réuni sous la présidence de Monsieur Paul DURAND, maire.
Présents : Monsieur Paul DURAND, Madame Anne MARTIN, Monsieur Luc PETIT.
`;

/** A second point, voted, closing the synthetic minutes below: the first is then one point among several. */
const FESTIVAL_POINT = `2. Subvention au comité des fêtes
Le maire présente la demande du comité des fêtes pour l'organisation de la fête du village.
Le Conseil municipal accorde une subvention de 800 euros.
Adopté à l'unanimité.
`;

const minutes = (cue: string) => `Séance du conseil municipal du 14 décembre 2015
L'an deux mille quinze, le 14 décembre, le Conseil Municipal s'est réuni sous la présidence de Madame Michèle BOURBIER, maire.
Présents : Madame Michèle BOURBIER, Monsieur Bernard ROBERT, Monsieur Michel LEBLANC.
1. Travaux de voirie
Le maire rappelle l'état de la chaussée rue de l'Armistice et les devis reçus pour sa réfection.
Les travaux seraient réalisés au printemps.
${cue}
- Valider le devis de l'entreprise,
- Autoriser le maire à signer le marché.
Vote : Pour à l'unanimité
2. Adhésion à l'agence d'urbanisme
Le maire présente l'agence et le montant de la cotisation annuelle.
Madame le maire demande aux membres du conseil municipal s'ils sont d'accord :
- Adhérer à l'agence.
Vote : Pour à l'unanimité
`;

describe('decision cues', () => {
  it('are found whatever accents OCR added or dropped', () => {
    for (const cue of [
      "Madame le maire demande aux membres du conseil municipal s'ils sont d'accord pour :",
      "Madame le maire demande aux membrés du conseil municipal s'ils sont d'accord pour :",
      "Madame le maire demande aux membres du conseil municipal s’ils sont d’accôrd pour :",
    ]) {
      const doc = analyzeText(minutes(cue));
      const decisions = doc.sections.filter((s) => s.kind === 'decision');
      expect(decisions, cue).toHaveLength(2);
      expect(doc.text.slice(decisions[0]!.start, decisions[0]!.end), cue).toMatch(/^Madame le maire demande aux membr.s du conseil[\s\S]*Vote : Pour à l'unanimité$/);
      expect(doc.items[0]!.decision!.articles.map((a) => a.action), cue).toEqual(['valide', 'autorise']);
    }
  });
});

describe('registers of deliberations read by OCR', () => {
  it('take rows whose number lost or spaced out its underscore, and stray punctuation after the result', () => {
    const rows = [
      '27/01/2025 2025_001 Autorisation de mandater les dépenses Approuvée',
      '03/04/2025 2025 _012 Subventions 2025 aux associations Approuvée',
      '03/04/2025 2025 013 Vote des taux Approuvée',
      '20/11/2025 2025_035 Adhésion au CAUE 60 Approuvée ;',
    ];
    const doc = analyzeText(`RÉPERTOIRE CHRONOLOGIQUE DES DÉLIBÉRATIONS 2025\nDATE Numéro OBJET\n${rows.join('\n')}\n`);
    expect(doc.items.map((i) => [i.number, i.title, i.decision?.outcome])).toEqual([
      ['2025_001', 'Autorisation de mandater les dépenses', 'adopted'],
      ['2025_012', 'Subventions 2025 aux associations', 'adopted'],
      ['2025 013', 'Vote des taux', 'adopted'],
      ['2025_035', 'Adhésion au CAUE 60', 'adopted'],
    ]);
  });
});

describe('lines wrapped by the layout', () => {
  const doc = analyzeText(`${SITTING}D 2021-07 : Tarifs de l'accueil périscolaire et de la restauration de l'accueil de loisirs – année 2021-
2022
Le maire rappelle que les tarifs sont modulés selon le quotient familial, conformément aux articles L 2331-2 et R
2331-4 et 5 du code général des collectivités territoriales, et présente la grille proposée pour l'année.
Vu le code général des collectivités territoriales, notamment l'article L 2121-29 relatif aux
attributions du conseil municipal ;
Vu la délibération du
12 janvier 2020 fixant les tarifs ;
Considérant la nécessité d'adapter les tarifs à la
fréquentation constatée ;
Le Conseil Municipal, après en avoir délibéré, à l'unanimité, décide :
- d'approuver les tarifs présentés.
D 2021-08 : Adhésion au groupement de commandes pour l'achat d'énergie coordonné par le
syndicat départemental d'énergie
Le maire présente le groupement et ses conditions d'adhésion, la durée de la convention et la répartition des frais.
Le Conseil Municipal, après en avoir délibéré, à l'unanimité, décide :
- d'adhérer au groupement.
`);

  it('reads a title that goes on over the next line whole', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['D 2021-07', "Tarifs de l'accueil périscolaire et de la restauration de l'accueil de loisirs – année 2021-2022"],
      ['D 2021-08', "Adhésion au groupement de commandes pour l'achat d'énergie coordonné par le syndicat départemental d'énergie"],
    ]);
    expect(doc.items[0]!.report).toMatch(/^Le maire rappelle/);
  });

  it('does not take a reference number that a line break put first for a heading', () => {
    expect(doc.items.map((i) => i.number)).not.toContain('2331-4');
  });

  it('reads visas and considérants over their wrapped lines, "Vu" and its first word kept apart', () => {
    expect(doc.items[0]!.decision!.visas).toEqual([
      "Vu le code général des collectivités territoriales, notamment l'article L 2121-29 relatif aux attributions du conseil municipal ;",
      'Vu la délibération du 12 janvier 2020 fixant les tarifs ;',
    ]);
    expect(doc.items[0]!.decision!.considerations).toEqual(["Considérant la nécessité d'adapter les tarifs à la fréquentation constatée ;"]);
  });
});

describe('lines in capitals that are no heading', () => {
  it('an entry that ends on a comma, and an acronym in brackets under a wrapped title', () => {
    const doc = analyzeText(`${SITTING}1. Création d'un poste d'agent d'animation dans le cadre du dispositif
Parcours Emploi Compétences
(PEC/CAE)
Le maire rappelle que le dispositif permet de recruter des personnes éloignées de l'emploi avec une aide de l'État.
Le Conseil Municipal, après en avoir délibéré, à l'unanimité, décide :
- de créer le poste au 1er avril,
- de retenir l'offre du groupement formé par la société DURAND et la société
MARTIN TRAVAUX,
- d'autoriser le maire à signer la convention.
2. Tarifs de la salle des fêtes
Le maire présente les nouveaux tarifs de location de la salle des fêtes pour l'année qui vient.
Le Conseil Municipal, après en avoir délibéré, à l'unanimité, approuve les tarifs.
`);
    expect(doc.items.map((i) => i.number)).toEqual(['1', '2']);
    expect(doc.items[0]!.decision!.articles.map((a) => a.action)).toEqual(['crée', 'retient', 'autorise']);
  });
});

describe('an agenda that runs into the body, no blank line after it', () => {
  it('stops where the body takes up its first entry under its point\'s label, or at its page\'s footer: the vote tables\' lines are no points', () => {
    const text = `${SITTING}ORDRE DU JOUR
1
Approbation du procès-verbal de la séance du 9 février 2006
2
Compte de gestion 2005 du receveur
3
Budget primitif 2006
Point 1 - Approbation du procès-verbal de la séance du 9 février 2006
Aucune observation n'est formulée.
Votants Pour Contre Abstention
12 12 0 0
Résultat Adopté à l'unanimité
Point 2 - DCC-2006-012 - Compte de gestion 2005 du receveur
Rapporteur JACQUIER René
Le Conseil communautaire DÉCLARE que le compte de gestion n'appelle ni observation ni réserve.
Votants Pour Contre Abstention
12 12 0 0
Résultat Adopté à l'unanimité
Point 3 - DCC-2006-014 - Budget primitif 2006
Rapporteur BERTRAND Gilles
Le Conseil communautaire ADOPTE le budget primitif 2006.
Votants Pour Contre Abstention
12 11 0 1
Résultat Adopté à la majorité
`;
    const titles = ['Approbation du procès-verbal de la séance du 9 février 2006', 'Compte de gestion 2005 du receveur', 'Budget primitif 2006'];
    expect(analyzeText(text).items.map((i) => i.title)).toEqual(titles);
    // No line of the body is read as an agenda's entry said again.
    expect(findHeadings(text, 0).filter((h) => h.scheme === 'agenda')).toEqual([]);
    const footed = text.replace('Point 1 - ', 'Document généré le 06/04/2006 - Page 1/3\nCC du Val d\'Estaris\nPoint 1 - ').replace('Point 1 - Approbation', 'Point 1 - Approuvé');
    expect(findHeadings(footed, 0).filter((h) => h.scheme === 'agenda')).toEqual([]);
  });
});

describe('a software\'s PV: its agenda ranked, each point taken up as "Objet: … - DE_2012_031", the list of its deliberations after the close', () => {
  const text = `${SITTING}Ordre du jour
1 Forêt communale - Etat d'assiette des coupes 2013
2 Affouage 2012-2013 - Prix de la portion
3 Taxe d'aménagement - Taux et exonérations
Questions diverses
Objet: Forêt communale - Etat d'assiette des coupes 2013 - DE_2012_031
L'ONF propose le passage en coupe des parcelles suivantes :
Parcelle
Type de coupe
12
Amélioration
13 a
Amélioration
Le conseil municipal, après en avoir délibéré, APPROUVE l'état d'assiette des coupes.
A l'unanimité (pour : 9 contre : 0 abstentions : 0)
Objet: Affouage 2012-2013 - Prix de la portion - DE_2012_032
Le conseil municipal, après en avoir délibéré, FIXE le prix de la portion à 55 euros.
A la majorité (pour : 8 contre : 0 abstentions : 1)
Objet: Taxe d'aménagement - Taux et exonérations - DE_2012_033
Le conseil municipal, après en avoir délibéré, FIXE le taux de la taxe d'aménagement à 1,5 %.
A la majorité (pour : 7 contre : 2 abstentions : 0)
L'ordre du jour étant épuisé, la séance est levée à 23h05.
Liste des délibérations de la séance
Numéro
Objet
Vote
DE_2012_031
Forêt communale - Etat d'assiette des coupes 2013
Unanimité
DE_2012_032
Affouage 2012-2013 - Prix de la portion
Majorité
DE_2012_033
Taxe d'aménagement - Taux et exonérations
Majorité
`;

  it('reads each point once, under its own number, its vote\'s figures with it', () => {
    const doc = analyzeText(text);
    expect(doc.items.map((i) => i.number)).toEqual(['DE_2012_031', 'DE_2012_032', 'DE_2012_033']);
    expect(doc.items.map((i) => i.decision?.vote?.for)).toEqual([9, 8, 7]);
  });
});

describe('agenda points on which nothing was voted', () => {
  const doc = analyzeText(`${SITTING}Ordre du jour
- Informations du maire
- Finances
- Budget primitif 2021
- Questions diverses

INFORMATIONS DU MAIRE
Le maire informe le conseil de l'avancement des travaux de la salle des fêtes, qui seront achevés en juin, et de la
réunion publique prévue le 15 avril sur le projet de lotissement. Aucune question n'est posée.
FINANCES

BUDGET PRIMITIF 2021
Le maire présente le budget primitif, équilibré en dépenses et en recettes.
Le Conseil Municipal, après en avoir délibéré, à l'unanimité, approuve le budget primitif 2021.
QUESTIONS DIVERSES
Néant.
`);

  it('are items without a decision when the agenda announced them and they have a body of their own; a group title is none', () => {
    expect(doc.items.map((i) => [i.title, i.decision === null])).toEqual([
      ['INFORMATIONS DU MAIRE', true],
      ['BUDGET PRIMITIF 2021', false],
    ]);
    const reports = doc.sections.filter((s) => s.kind === 'report');
    expect(reports.map((s) => s.item)).toEqual([0, 1]);
    expect(doc.text.slice(reports[0]!.start, reports[0]!.end)).toMatch(/^INFORMATIONS DU MAIRE[\s\S]*Aucune question n'est posée\.$/);
  });

  it("are not items when only numbered: a report's own numbered parts are none", () => {
    const single = analyzeText(`${SITTING}1. Contexte
Le terrain de football n'est plus aux normes depuis la réforme des règles fédérales de 2019, et le club a dû jouer
ses matchs à domicile sur le terrain de la commune voisine pendant toute la saison dernière, à ses frais.
2. Proposition de rénovation du terrain
Le maire propose de rénover le terrain pour un montant de 80 000 euros, dont la moitié subventionnée.
Le Conseil Municipal, après en avoir délibéré, à l'unanimité, approuve la rénovation du terrain.
`);
    expect(single.items.map((i) => i.number)).toEqual(['2']);
  });
});

describe('a heading in capitals ending on a colon', () => {
  it('is a heading when prose follows it, and no heading when a list does', () => {
    const doc = analyzeText(`${SITTING}TARIFS DE LA CANTINE
Le maire propose de maintenir les tarifs de la cantine scolaire pour la rentrée prochaine, sans changement.
Le Conseil Municipal, après en avoir délibéré, approuve à l'unanimité.
DEBAT SUR LES ORIENTATIONS BUDGETAIRES :
Le maire présente les orientations budgétaires de l'année, les projets d'investissement et l'état de la dette.
Le Conseil Municipal prend acte à l'unanimité de la tenue du débat.
TRAVAUX PREVUS :
- réfection de la toiture de l'école maternelle et de la salle de motricité,
- éclairage du stade.
Le Conseil Municipal approuve ce programme à l'unanimité.
`);
    expect(doc.items.map((i) => i.title)).toEqual(['TARIFS DE LA CANTINE', 'DEBAT SUR LES ORIENTATIONS BUDGETAIRES']);
    expect(doc.items[1]!.decision!.outcome).toBe('noted');
  });
});

describe('lines in capitals about the vote', () => {
  it('are no heading, even ending on a colon before a sentence', () => {
    const doc = analyzeText(`${SITTING}TARIFS DE LA CANTINE
Le maire propose de maintenir les tarifs de la cantine scolaire pour la rentrée prochaine, sans changement.
RESULTAT DU VOTE :
Le Conseil Municipal adopte à l'unanimité la proposition du maire sur les tarifs.
`);
    expect(doc.items.map((i) => [i.title, i.decision?.vote?.unanimous])).toEqual([['TARIFS DE LA CANTINE', true]]);
  });
});

describe('item numbering styles', () => {
  const pre = 'Séance du 12 mars 2024 sous la présidence de M. Jean MARTIN.\nPrésents : M. Jean MARTIN, Mme Lise BON\n';
  const minutesWith = (h1: string, h2: string) =>
    `${pre}${h1}\nLe maire propose de maintenir les tarifs de la cantine scolaire sans changement pour la rentrée prochaine.\nAdopté à l'unanimité.\n${h2}\nLe maire présente le devis de réfection du toit de l'école et propose de le retenir pour 12 000 euros.\nAdopté à l'unanimité.\n`;
  it.each([
    ['1°) ', '2°) ', ['1', '2']],
    ['I. ', 'II. ', ['I', 'II']],
    ['A) ', 'B) ', ['A', 'B']],
    ['2024/01 - ', '2024/02 - ', ['2024/01', '2024/02']],
    ['Point n°1 - ', 'Point n°2 - ', ['1', '2']],
    ['1/ ', '2/ ', ['1', '2']],
    ['N° 2024-01\n', 'N° 2024-02\n', ['2024-01', '2024-02']],
    // A number whose parts dots separate, after its label, alone on its line over "Objet :".
    ['\nDélibération n° B.85.31\nObjet : ', '\nDélibération n° B.85.32\nObjet : ', ['B.85.31', 'B.85.32']],
    ['Rapport n° 101 - ', 'Rapport n° 102 - ', ['101', '102']],
    ['II - RAPPORT N° 1 : ', 'III - RAPPORT N° 2 : ', ['1', '2']],
    // OCR's O's for the zeros of a number after its label, kept as written.
    ['N° 2OO3-47 - ', 'N° 2OO3-48 - ', ['2OO3-47', '2OO3-48']],
  ])('reads "%sTitle"', (a, b, numbers) => {
    const doc = analyzeText(minutesWith(`${a}Tarifs de la cantine`, `${b}Toiture de l'école`));
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [numbers[0], 'Tarifs de la cantine'],
      [numbers[1], "Toiture de l'école"],
    ]);
  });
  it('reads the act\'s code opening a heading in capitals, no "N°" before it, as its number; not a date', () => {
    const doc = analyzeText(minutesWith('11-11-01 TARIFS DE LA CANTINE', "11-11-02 TOITURE DE L'ÉCOLE"));
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['11-11-01', 'TARIFS DE LA CANTINE'],
      ['11-11-02', "TOITURE DE L'ÉCOLE"],
    ]);
    const dated = analyzeText(minutesWith('12-03-2024 TARIFS DE LA CANTINE', "12-03-2024 TOITURE DE L'ÉCOLE"));
    expect(dated.items.map((i) => i.number)).not.toContain('12-03-2024');
  });
  it('reads a number with letters between slashes after its label, a blank line then "Objet :" and a title in capitals under it', () => {
    const doc = analyzeText(minutesWith('\nDélibération n° 06/AP-JUIN/03\n\nObjet : TARIFS DE LA CANTINE', "\nDélibération n° 06/AP-JUIN/05\n\nObjet : TOITURE DE L'ÉCOLE"));
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['06/AP-JUIN/03', 'TARIFS DE LA CANTINE'],
      ['06/AP-JUIN/05', "TOITURE DE L'ÉCOLE"],
    ]);
  });
  it('takes the deliberation\'s number labelled "N°" alone under the title, a two-figure year\'s ("3° - BUDGET" / "N° 75-141")', () => {
    const point = (heading: string) => `${heading}\n\n     M. LE ROUX présente le budget supplémentaire de l'exercice, qui reprend les résultats de l'exercice précédent.\n     Le Conseil, après en avoir délibéré, adopte le budget à l'unanimité.\n\n`;
    const doc = analyzeText(`${pre}\n${point("3° - FINANCES - BUDGET SUPPLEMENTAIRE DE L'EXERCICE 1975\nN° 75-141")}${point("4° - FINANCES - REALISATION D'UN EMPRUNT AUPRES DE LA CAISSE DES\nDEPOTS ET CONSIGNATIONS\nN° 75-142")}`);
    expect(doc.items.map((i) => i.number)).toEqual(['75-141', '75-142']);
  });
  it('takes the rapporteur named in the heading out of the title', () => {
    const doc = analyzeText(minutesWith('Point 1 – Tarifs de la cantine (rapporteur : M. Jean MARTIN)', "Point 2 – Toiture de l'école (rapporteure : Mme Lise BON)"));
    expect(doc.items.map((i) => [i.title, i.rapporteur?.surname])).toEqual([
      ['Tarifs de la cantine', 'MARTIN'],
      ["Toiture de l'école", 'BON'],
    ]);
  });
  it('takes the deliberation\'s number printed after the agenda\'s rank: in brackets closing the title, or alone on the next line', () => {
    const bracketed = analyzeText(minutesWith('2 - Tarifs de la cantine (délibération n° 2010-09)', "3 - Toiture de l'école (délibération n° 2010-10)"));
    expect(bracketed.items.map((i) => [i.number, i.title])).toEqual([['2010-09', 'Tarifs de la cantine'], ['2010-10', "Toiture de l'école"]]);
    const under = analyzeText(minutesWith('1. FINANCES – Tarifs de la cantine\nDEL-2024-021', "2. PATRIMOINE – Toiture de l'école\nDEL-2024-022"));
    expect(under.items.map((i) => [i.number, i.title])).toEqual([['DEL-2024-021', 'FINANCES – Tarifs de la cantine'], ['DEL-2024-022', "PATRIMOINE – Toiture de l'école"]]);
  });
  it('takes a number alone in brackets closing the title when it has a deliberation number\'s shape', () => {
    const bare = analyzeText(minutesWith('1. Compte de gestion 2023 (DCS_2024_05)', '2. Budget primitif 2024 (DCS_2024_06)'));
    expect(bare.items.map((i) => [i.number, i.title])).toEqual([['DCS_2024_05', 'Compte de gestion 2023'], ['DCS_2024_06', 'Budget primitif 2024']]);
    const notNumbers = analyzeText(minutesWith('1. Plan de relance (COVID-19)', '2. Rapport annuel (CA 2023)'));
    expect(notNumbers.items.map((i) => [i.number, i.title])).toEqual([['1', 'Plan de relance (COVID-19)'], ['2', 'Rapport annuel (CA 2023)']]);
  });
  it('takes the labelled number on the line under the title, a register\'s letters closing it', () => {
    const doc = analyzeText(minutesWith('2. COMPTE ADMINISTRATIF 1994\nDélibération n° 95/87 AC', '3. BUDGET SUPPLEMENTAIRE 1995\nDélibération n° 95/88 AC'));
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['95/87 AC', 'COMPTE ADMINISTRATIF 1994'], ['95/88 AC', 'BUDGET SUPPLEMENTAIRE 1995']]);
  });
  it('takes the number before the point\'s rank, the title in capitals or not ("N° 2015/05 2. Compte de gestion 2014")', () => {
    const doc = analyzeText(minutesWith('N° 2015/05 2. Compte de gestion 2014', 'N° 2015/06 3. Compte administratif 2014'));
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['2015/05', 'Compte de gestion 2014'], ['2015/06', 'Compte administratif 2014']]);
    // A period's years wrapped to the head of a line, then a sentence: no number, no rank.
    const wrapped = analyzeText(minutesWith("1. Tarifs de la cantine\nLe contrat groupe couvre la période\n2026-2029. Pour que la commune puisse en bénéficier, il lui faut adhérer.", "2. Toiture de l'école"));
    expect(wrapped.items.map((i) => i.number)).toEqual(['1', '2']);
  });
  it('takes the number before a rank closed by its degree sign ("N° 15/91 2°) Le Maire expose …")', () => {
    const doc = analyzeText(minutesWith('N° 15/91 2°) Tarifs de la cantine', "N° 16/91 3° ) Toiture de l'école"));
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['15/91', 'Tarifs de la cantine'], ['16/91', "Toiture de l'école"]]);
  });
  it('takes a report\'s number with its letters before a dash and the title ("Rapport n° 96/CP/141 – Électrification rurale")', () => {
    const doc = analyzeText(minutesWith('Rapport n° 96/CP/141 – Électrification rurale', 'Rapport n° 96/CP/142 – Voirie départementale'));
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['96/CP/141', 'Électrification rurale'], ['96/CP/142', 'Voirie départementale']]);
  });
  it('takes a register\'s number with its letter before the point\'s rank ("N° 91/B/52 2°) ORDURES MENAGERES")', () => {
    const doc = analyzeText(minutesWith('N° 91/B/52 2°) ORDURES MENAGERES - Avenant n° 2', 'N° 91/B/53 3°) TRANSPORTS SCOLAIRES - Convention'));
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['91/B/52', 'ORDURES MENAGERES - Avenant n° 2'], ['91/B/53', 'TRANSPORTS SCOLAIRES - Convention']]);
  });
  it('does not take the tail of an @ctes identifier wrapped in a stamp\'s column for a numbered point ("2012_06-DE Le Président,")', () => {
    const stamp = 'Accusé de réception Fait et délibéré les jour, mois et an susdits.\n974-257400123-20120329- Pour extrait certifié conforme,\n2012_06-DE Le Président,\n';
    const doc = analyzeText(minutesWith('1. Tarifs de la cantine', "2. Toiture de l'école") + stamp);
    expect(doc.items.map((i) => i.number)).toEqual(['1', '2']);
  });
  it('does not take an initial and a name for a point numbered by a letter', () => {
    const doc = analyzeText(minutesWith('1. Tarifs de la cantine', "V. DUPONT\n2. Toiture de l'école"));
    expect(doc.items.map((i) => i.number)).toEqual(['1', '2']);
  });
});

describe('summaries that give each point its vote on one line', () => {
  it.each([
    ["1. Tarifs de la cantine – adopté à l'unanimité\n2. Toiture de l'école – rejeté (3 pour, 10 contre)\n"],
    ["1. Tarifs de la cantine : adopté à l'unanimité\n2. Toiture de l'école : rejeté (3 pour, 10 contre)\n"],
    ["1. Tarifs de la cantine (unanimité)\n2. Toiture de l'école (3 pour, 10 contre) : rejeté\n"],
  ])('reads the title, then the vote, of %j', (body) => {
    const doc = analyzeText(`Séance du 12 mars 2024 sous la présidence de M. Jean MARTIN.\nPrésents : M. Jean MARTIN, Mme Lise BON\n${body}`);
    expect(doc.items.map((i) => [i.title, i.decision?.outcome, i.decision?.vote?.unanimous, i.decision?.vote?.against])).toEqual([
      ['Tarifs de la cantine', 'adopted', true, null],
      ["Toiture de l'école", 'rejected', false, 10],
    ]);
  });
});

describe('a summary whose point says what was decided in a participle after a colon', () => {
  it('stops the title before ": fixé à 4,50 F", the years before the colon no number', () => {
    const doc = analyzeText(`Séance du 12 juin 1984 sous la présidence de M. Jean MARTIN.\nPrésents : M. Jean MARTIN, Mme Lise BON\n1. Budget supplémentaire 1984 : adopté par 17 voix pour et 3 voix contre.\n2. Cantines scolaires – Prix du repas à la rentrée 1984-1985 : fixé à 4,50 F. Adopté à l'unanimité.\n3. Électrification du quartier : le Conseil approuve la convention. Adopté à l'unanimité.\n`);
    expect(doc.items.map((i) => i.title)).toEqual(['Budget supplémentaire 1984', 'Cantines scolaires – Prix du repas à la rentrée 1984-1985', 'Électrification du quartier']);
  });
});

describe('one deliberation whose recitals cite what was approved before', () => {
  const extract = `SYNDICAT MIXTE DU SCOT DES DEUX RIVES
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL
Séance du 9 novembre 2023
L'an deux mille vingt-trois, le neuf novembre, le Comité syndical s'est réuni sous la présidence de M. Michel BARDOT.
Présents : M. Michel BARDOT, Mme Anne DELMAS, M. Paul ESTIVAL, Mme Rose FAURE.

Objet : Approbation de la modification simplifiée n° 1 du SCoT

Le Président rappelle la procédure de modification simplifiée engagée en mars et le bilan de la
mise à disposition du public, qui n'a appelé que deux observations.

VU le Code de l'urbanisme ;
VU le SCoT des Deux Rives approuvé le 12 décembre 2019 ;
VU l'arrêté du Président n° 2023-04 du 3 mars 2023 engageant la modification ;
CONSIDÉRANT que le projet de modification tel qu'il est présenté au Comité syndical est prêt à être
approuvé ;

Le Comité syndical, après en avoir délibéré :
APPROUVE la modification simplifiée n° 1 du SCoT telle
qu'annexée à la présente ;
AUTORISE le Président à signer tout document relatif à cette procédure.

Votants : 4 – Pour : 3 – Contre : 1 (FAURE Rose) – Abstention : 0
ADOPTÉE À LA MAJORITÉ

Fait et délibéré les jour, mois et an susdits.
Le Président, La secrétaire de séance,
Michel BARDOT Anne DELMAS

Certifié exécutoire, transmis en Préfecture le 10/11/2023 et publié le 10/11/2023.
`;

  it('is one item: neither "approuvé" in a recital nor the outcome in capitals opens another', () => {
    const doc = analyzeText(extract);
    expect(doc.kind).toBe('deliberation');
    expect(doc.items).toHaveLength(1);
    const decision = doc.items[0]!.decision!;
    expect(decision.articles.map((a) => a.action)).toEqual(['approuve', 'autorise']);
    expect([decision.vote?.for, decision.vote?.against]).toEqual([3, 1]);
    expect(decision.outcome).toBe('adopted');
  });
});

describe('a recital of a point of minutes citing an earlier decision', () => {
  it('opens no matter of its own between the report and the vote', () => {
    const doc = analyzeText(`${SITTING}
1. Règlement des aides facultatives - révision du barème
Mme MARTIN rappelle que le barème repose sur le quotient familial. Il est proposé de relever le
plafond d'intervention de 7,50 € à 8,20 € de reste à vivre journalier par personne.
Vu le Code de l'action sociale et des familles, notamment l'article L.123-5,
Vu le règlement des aides facultatives adopté le 14 décembre 2021,
Le Conseil municipal, après en avoir délibéré :
- APPROUVE le nouveau règlement des aides facultatives annexé à la présente ;
- DIT qu'il s'appliquera aux demandes déposées à compter du 1er avril 2024.
Pour : 2 - Contre : 0 - Abstention : 1 (M. PETIT)

${FESTIVAL_POINT}`);
    expect(doc.items.map((i) => i.title)).toEqual(['Règlement des aides facultatives - révision du barème', 'Subvention au comité des fêtes']);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['approuve', 'dit']);
  });
});

describe('a decision in one sentence, after how the vote went', () => {
  it.each([
    ["Le Conseil municipal, après en avoir débattu, à l'unanimité, PREND ACTE de la tenue du débat d'o-\nrientation budgétaire 2025.", 'prend acte'],
    ["Le Conseil municipal, après en avoir délibéré, à l'unanimité des voix présentes et représentées,\napprouve la décision modificative n° 2 du budget principal.", 'approuve'],
    ["Le Conseil municipal, ouï l'exposé de M. le Maire, à l'unanimité des suffrages exprimés, fixe les tarifs ci-dessus.", 'fixe'],
  ])('%s', (sentence, action) => {
    const doc = analyzeText(`${SITTING}\n1. BUDGET\nLe maire présente le rapport et les grandes masses du budget de l'exercice à venir.\n${sentence}\n\n2. SUBVENTIONS\nLe maire présente les demandes des associations.\nLe Conseil municipal, à l'unanimité, ACCORDE les subventions.\n`);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual([action]);
  });
});

describe('articles numbered "Article n :" after the clause of the vote', () => {
  it('are all the decision, and a closing formula after the points of "DÉCIDE :" is none of them', () => {
    const doc = analyzeText(`${SITTING}
1. ADHÉSION AU SYNDICAT MIXTE DU BASSIN
Le maire présente les statuts du syndicat mixte et la contribution annuelle de la commune.
Vu le projet de statuts du Syndicat mixte du bassin ;
Le Conseil municipal, après en avoir délibéré, à l'unanimité,
Article 1 : APPROUVE les statuts du Syndicat mixte du bassin ;
Article 2 : TIRE le bilan de la concertation préalable ;
Article 3 : TRANSFÈRE au syndicat la compétence pour la partie de son territoire si-
tuée dans le bassin versant ;
Article 4 : AUTORISE le Maire à signer tout document relatif à cette adhésion.

2. TABLEAU DES EFFECTIFS
Le maire présente les besoins du service technique pour l'été.
Le Conseil municipal, à l'unanimité, DÉCIDE :
- la création d'un emploi d'adjoint technique à temps complet ;
- la suppression d'un emploi d'adjoint technique à temps non complet.
Ainsi fait et délibéré les jour, mois et an que dessus.
Au registre sont les signatures.
`);
    expect(doc.items.map((i) => i.decision?.articles.map((a) => a.action))).toEqual([
      ['approuve', 'tire', 'transfère', 'autorise'],
      ['décide', 'décide'],
    ]);
  });
});

describe('one numbered deliberation with parts of its own', () => {
  const extract = `DÉPARTEMENT DE LA SÉVENNE
Séance du 7 avril 2016
L'an deux mille seize, le sept avril, le Conseil départemental s'est réuni sous la présidence de M. Paul ARNAL.
Présents : M. Paul ARNAL, Mme Anne BRUGUIÈRE, M. Luc CHAPTAL, Mme Rose DELMAS.
Secrétaire de séance : Mme Rose DELMAS.

N° DCD-2016-018

BUDGET PRIMITIF 2016 – BUDGET PRINCIPAL

Le Président présente le projet de budget primitif, équilibré en dépenses et en recettes.

Le Conseil départemental, après en avoir délibéré, ADOPTE le budget primitif 2016 par chapitre :

SECTION DE FONCTIONNEMENT – DÉPENSES
Chapitre 011 – Charges à caractère général : Pour : 3 – Contre : 1
Chapitre 012 – Charges de personnel : Pour : 3 – Contre : 1

SECTION D'INVESTISSEMENT – DÉPENSES
Chapitre 20 – Immobilisations incorporelles : Pour : 3 – Contre : 1

Ont voté POUR : M. ARNAL, Mme BRUGUIÈRE, M. CHAPTAL.

N'a pas pris part au vote : Mme DELMAS.

AUTORISE le Président à signer tout document relatif à l'exécution du budget.
`;

  it('is one item, its number above a title in capitals after a blank line; its sections and vote lists head nothing', () => {
    const doc = analyzeText(extract);
    expect(doc.kind).toBe('deliberation');
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['DCD-2016-018', 'BUDGET PRIMITIF 2016 – BUDGET PRINCIPAL']]);
  });
});

describe('the subject after "Objet :"', () => {
  const extract = (objet: string) => `COMMUNE DE SAINT-AUBIN
Séance du 12 mars 2019
L'an deux mille dix-neuf, le douze mars, le Conseil Municipal s'est réuni sous la présidence de M. Paul DURAND, Maire.
Présents : M. Paul DURAND, Mme Anne MARTIN, M. Luc PETIT.
Secrétaire de séance : Mme Anne MARTIN.

${objet}

Monsieur le Maire expose le projet au conseil et en présente le plan de financement.
Le Conseil Municipal, après en avoir délibéré, à l'unanimité, APPROUVE le projet.
`;

  it.each([
    ['Objet : 2007-031 - Cession de la parcelle communale ZB 47 située au lieu-dit\nle Pré Mouillot', '2007-031', 'Cession de la parcelle communale ZB 47 située au lieu-dit le Pré Mouillot'],
    ["Objet : N° 12/2013 - AMÉNAGEMENT DU BOURG : APPROBATION DE L'AVANT-PROJET DÉFINITIF\nET DU PLAN DE FINANCEMENT", '12/2013', "AMÉNAGEMENT DU BOURG : APPROBATION DE L'AVANT-PROJET DÉFINITIF ET DU PLAN DE FINANCEMENT"],
    ['Objet : Extension du cimetière communal : acquisition de la parcelle AB 212', null, 'Extension du cimetière communal : acquisition de la parcelle AB 212'],
  ])('%s', (objet, number, title) => {
    const doc = analyzeText(extract(objet));
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([[number, title]]);
  });
});

describe('a one-sentence decision whose vote names its abstainers or counts its votes before the verb', () => {
  it.each([
    ["Le Conseil municipal, par 11 voix pour, 1 voix contre (M. ROYER) et 1 abstention (Mme JACQUEMIN),\nfixe les tarifs comme suit.", ['fixe']],
    ["Le Conseil municipal, à l'unanimité des suffrages exprimés (2 abstentions :\nM. PERRIN, Mme LAMBERT), décide d'adhérer au groupement et\nautorise le Maire à signer la convention.", ['décide', 'autorise']],
  ])('%s', (sentence, actions) => {
    const doc = analyzeText(`${SITTING}\n1. TARIFS\nLe maire présente les tarifs de l'exercice à venir et les comparaisons avec les communes voisines.\n${sentence}\n\n2. SUBVENTIONS\nLe maire présente les demandes des associations.\nLe Conseil municipal, à l'unanimité, ACCORDE les subventions.\n`);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(actions);
  });
});

describe('titles in capitals of a compte rendu sommaire', () => {
  it('a dash or a year in the title, a sum in the sentence under it, a title opening on a verb\'s form: each heads its point', () => {
    const doc = analyzeText(`${SITTING}
Le compte rendu de la précédente séance est lu et approuvé.

ASSAINISSEMENT – TARIFS 2020
Le conseil maintient la part communale de la redevance d'assainissement à 1,10 € par m³ et
l'abonnement annuel à 45 €.
Vote : 9 pour

DEMANDE DE SUBVENTION – ASSOCIATION « LES AMIS DU LAVOIR »
L'association sollicite une subvention exceptionnelle de 800 € pour la restauration de la toiture du
lavoir. Après discussion, le conseil décide d'accorder 500 €.
Vote : 6 pour – 2 contre – 1 abstention

Le Maire,
Paul DURAND

ANNEXE 1 : TABLEAU DES TARIFS – ASSAINISSEMENT
Part communale ........... 1,10 €
`);
    expect(doc.items.map((i) => i.title)).toEqual(['ASSAINISSEMENT – TARIFS 2020', 'DEMANDE DE SUBVENTION – ASSOCIATION « LES AMIS DU LAVOIR »']);
    expect(doc.items.map((i) => [i.decision?.vote?.for, i.decision?.vote?.against])).toEqual([[9, null], [6, 2]]);
  });
});

describe('an extract whose speaker introduces the report', () => {
  it('"M. X, Adjoint, expose :" alone between blank lines heads nothing; the articles after the vote and a blank line are the decision', () => {
    const doc = analyzeText(`COMMUNE DE FOUGERAC
Séance du 24 septembre 2007

L'an deux mille sept, le vingt-quatre septembre, le Conseil Municipal s'est réuni sous la présidence de M. Hubert LANGLADE, Maire.

Présents : M. LANGLADE, Maire, Mme PEYRAT, M. CASTEX, Mme GIRAUDEAU.

Secrétaire de séance : Mme GIRAUDEAU.

OBJET : AMÉNAGEMENT DU CENTRE-BOURG – AVENANT N° 1 AU MARCHÉ DE TRAVAUX

M. CASTEX, Adjoint délégué aux travaux, expose :

Des travaux supplémentaires de reprise des réseaux ont été nécessaires sur la deuxième tranche.

LE CONSEIL MUNICIPAL,

Après en avoir délibéré, par 3 voix pour et 1 abstention (Mme PEYRAT),

APPROUVE l'avenant n° 1 au marché ;

AUTORISE M. le Maire à signer cet avenant ;

DIT que la dépense sera imputée au budget principal.

Le Maire,
Hubert LANGLADE
`);
    expect(doc.items.map((i) => i.title)).toEqual(['AMÉNAGEMENT DU CENTRE-BOURG – AVENANT N° 1 AU MARCHÉ DE TRAVAUX']);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['approuve', 'autorise', 'dit']);
  });
});

describe('the results of a ballot wrapped to the start of a line', () => {
  it('"20 – Majorité absolue : 11" heads no item', () => {
    const doc = analyzeText(`${SITTING}
1. ÉLECTION DU PREMIER ADJOINT
Le maire invite le conseil à procéder à l'élection du premier adjoint au scrutin secret.
Nombre de votants : 21 – Bulletins blancs ou nuls : 1 – Suffrages exprimés :
20 – Majorité absolue : 11
Mme Anne MARTIN, ayant obtenu 19 voix, est proclamée première adjointe.

2. SUBVENTIONS
Le maire présente les demandes des associations.
Le Conseil municipal, à l'unanimité, ACCORDE les subventions.
`);
    expect(doc.items.map((i) => i.title)).toEqual(['ÉLECTION DU PREMIER ADJOINT', 'SUBVENTIONS']);
  });
});

describe('a point whose heading is its deliberation number, the title in capitals under it', () => {
  it('"Point n° 31 – DCM-2024-087" over "CULTURE – MÉDIATHÈQUE …": one item, that number, that title', () => {
    const doc = analyzeText(`${SITTING}
Point n° 31 – DCM-2024-087
CULTURE – MÉDIATHÈQUE – DEMANDE DE SUBVENTION AU TITRE DE LA DOTATION GÉNÉRALE

Le maire présente le projet d'extension de la médiathèque et son plan de financement.
Le Conseil municipal, après en avoir délibéré, à l'unanimité, SOLLICITE la subvention.
`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['DCM-2024-087', 'CULTURE – MÉDIATHÈQUE – DEMANDE DE SUBVENTION AU TITRE DE LA DOTATION GÉNÉRALE']]);
  });
});

describe('decimal parts of a point', () => {
  const election = `${SITTING}1. Installation des conseillers municipaux
Le maire sortant a déclaré les membres du conseil municipal installés dans leurs fonctions.
2. Élection du maire
2.1. Présidence de l'assemblée
Le plus âgé des membres présents a pris la présidence de l'assemblée. Il a rappelé que le maire est élu au scrutin secret et à la majorité absolue parmi les membres du conseil municipal.
2.2. Constitution du bureau
Le conseil municipal a désigné deux assesseurs : Mme Anne MARTIN et M. Luc PETIT.
2.3. Résultats du premier tour de scrutin
Nombre de bulletins : 3 ; suffrages exprimés : 3 ; majorité absolue : 2.
M. Paul DURAND : 3 voix.
2.4. Proclamation de l'élection du maire
M. Paul DURAND a été proclamé maire et a été immédiatement installé.
`;

  it('are one item when only the last is voted: the election, its votes those of the one proclaimed', () => {
    const voted = analyzeText(election).items.filter((i) => i.decision?.vote);
    expect(voted.map((i) => [i.number, i.title])).toEqual([['2', 'Élection du maire']]);
    expect(voted[0]!.decision!.vote).toMatchObject({ unanimous: false, for: 3 });
  });

  it('stay items of their own when each is voted', () => {
    const text = `${SITTING}4. Finances
4.1 Budget supplémentaire
Le maire présente le budget supplémentaire de l'exercice.
Adopté à l'unanimité.
4.2 Subventions aux associations
Le maire présente les demandes des associations.
Adopté par 2 voix pour et 1 abstention.
`;
    expect(analyzeText(text).items.map((i) => i.number)).toEqual(['4.1', '4.2']);
  });
});

describe('headings written twice', () => {
  const body = (n: string, title: string) => `${n} – DEL. N° ${title}
Le président présente le dossier et les éléments financiers de l'exercice écoulé, tels qu'ils ressortent des comptes.
Après en avoir délibéré, le conseil adopte la délibération à l'unanimité.
`;
  it('keep the occurrence that heads a body, not the line of the list of deliberations closing the minutes (whose title may be shortened)', () => {
    const text = `${SITTING}${body('1', '2025-041 : Compte financier unique 2024')}${body('2', '2025-042 : Affectation des résultats 2024')}
Liste des délibérations adoptées :
2025-041     Compte financier unique 2024                      Adoptée
2025-042     Affectation des résultats                         Adoptée

Nom et prénom
Qualité
Signature
${'DURAND Paul\nPrésident\nMARTIN Anne\nVice-présidente\nPETIT Luc\nConseiller communautaire\n'.repeat(3)}`;
    const items = analyzeText(text).items;
    expect(items.map((i) => [i.number, i.title])).toEqual([
      ['2025-041', 'Compte financier unique 2024'],
      ['2025-042', 'Affectation des résultats 2024'],
    ]);
    expect(items.every((i) => i.decision?.vote?.unanimous)).toBe(true);
  });
});

describe('a vote line before the decision', () => {
  it('"Votes : 17 voix pour. Adopté à l\'unanimité." then "Le Conseil AUTORISE": the point is voted', () => {
    const text = `${SITTING}3.1 Dénomination de voies
Le maire propose de nommer les voies du lotissement.
Adopté à l'unanimité.
3.2 Convention de servitude avec ENEDIS
ENEDIS projette l'enfouissement d'une ligne basse tension sur la parcelle communale.
Votes : 3 voix pour. Adopté à l'unanimité.
Le Conseil municipal AUTORISE le maire à signer la convention de servitude.
`;
    const items = analyzeText(text).items;
    expect(items.map((i) => i.number)).toEqual(['3.1', '3.2']);
    expect(items[1]!.decision!.vote).toMatchObject({ unanimous: true, for: 3 });
  });
});

describe('a running footer with the deliberation number', () => {
  it('"DEL2026-018 – CCAS – élection …   2/2" is no heading of a second item', () => {
    const text = `${SITTING}Délibération n° DEL2026-018
Objet : CENTRE COMMUNAL D'ACTION SOCIALE – FIXATION DU NOMBRE DES ADMINISTRATEURS
Le maire rappelle que le conseil d'administration du CCAS comprend des membres élus par le conseil.
\fDEL2026-018 – CCAS – élection des représentants du conseil municipal                 2/2
Le conseil municipal, après en avoir délibéré, à l'unanimité, FIXE à huit le nombre des administrateurs.
`;
    const items = analyzeText(text).items;
    expect(items.map((i) => i.number)).toEqual(['DEL2026-018']);
    expect(items[0]!.decision!.vote).toMatchObject({ unanimous: true });
  });
});

describe('lettered sub-points voted one by one under a heading', () => {
  it('are items titled by their own lines', () => {
    const text = `${SITTING}POINT N° 1 - COMPTES ADMINISTRATIFS 1992
M. le Maire se retire de la salle. Le Conseil siège sous la présidence du 1er Adjoint pour le vote.

   a) Compte administratif de la commune
Le compte fait apparaître un excédent de fonctionnement de 73 593,75 F et un déficit d'investissement.
Le Conseil Municipal approuve le compte administratif 1992 de la commune par 2 voix pour.

   b) Compte administratif du service des eaux
Le service présente un excédent d'exploitation de 18 207,30 F et un excédent d'investissement de 6 912 F.
M. PETIT fait remarquer que le rendement du réseau reste très faible depuis plusieurs années.
Le Conseil Municipal approuve le compte administratif 1992 du service des eaux par 1 voix pour et 1 abstention.

POINT N° 2 - COMPTES DE GESTION 1992
Le Conseil Municipal, à l'unanimité, déclare que les comptes de gestion n'appellent ni observation ni réserve.
`;
    const items = analyzeText(text).items;
    expect(items.map((i) => i.title)).toEqual(['Compte administratif de la commune', 'Compte administratif du service des eaux', 'COMPTES DE GESTION 1992']);
    expect(items.map((i) => i.decision?.vote?.for)).toEqual([2, 1, null]);
  });
});

describe('a text that lost its line breaks', () => {
  it('has its points read from the headings run into its sentences', () => {
    const filler = "Le rapporteur rappelle le contexte et les éléments financiers du dossier, examinés en commission. ".repeat(6);
    const text = `PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU JEUDI 14 JUIN 2018 L'an deux mille dix-huit, le quatorze juin, le Conseil municipal s'est réuni sous la présidence de Madame Hélène CHAMBONNET, Maire. Étaient présents : Mme Hélène CHAMBONNET, M. Rémi VERNET, M. Jérôme CROZE. I – TRAVAUX DE VOIRIE 2018 – ATTRIBUTION DU MARCHÉ Monsieur VERNET présente les offres. ${filler}Après en avoir délibéré, le Conseil municipal, par 2 voix pour et 1 abstention (M. CROZE), décide d'attribuer le marché. II – DÉNOMINATION DES VOIES M. VERNET présente le travail de la commission. ${filler}Le Conseil municipal approuve à l'unanimité les noms proposés. III – BUDGET COMMUNAL – DÉCISION MODIFICATIVE N°1\nMadame le Maire présente la décision modificative. ${filler}Adopté à l'unanimité.`;
    const items = analyzeText(text).items;
    expect(items.map((i) => [i.number, i.title])).toEqual([
      ['I', 'TRAVAUX DE VOIRIE 2018 – ATTRIBUTION DU MARCHÉ'],
      ['II', 'DÉNOMINATION DES VOIES'],
      ['III', 'BUDGET COMMUNAL – DÉCISION MODIFICATIVE N°1'],
    ]);
    expect(items[0]!.decision!.vote).toMatchObject({ for: 2, abstentions: 1 });
  });
});

describe('reports of a Commission Permanente in a row', () => {
  it('"Rapport n° 1-01" alone on its line heads the title in capitals under it', () => {
    const point = (n: string, title: string, vote: string) => `Rapport n° ${n}\n${title}\nRapporteur : M. DELAUNAY\n\nLe rapporteur présente le programme et son financement, examinés par la commission des finances.\n${vote}\n\n`;
    const text = `${SITTING}\n${point('1-01', 'ROUTES DÉPARTEMENTALES – GROSSES RÉPARATIONS DES OUVRAGES D\'ART', 'Adopté à l\'unanimité.')}${point('2-01', 'COLLÈGES – DOTATIONS DE FONCTIONNEMENT 2019', 'Adopté par 18 voix pour et 5 voix contre.')}`;
    const items = analyzeText(text).items;
    expect(items.map((i) => [i.number, i.title])).toEqual([
      ['1-01', "ROUTES DÉPARTEMENTALES – GROSSES RÉPARATIONS DES OUVRAGES D'ART"],
      ['2-01', 'COLLÈGES – DOTATIONS DE FONCTIONNEMENT 2019'],
    ]);
  });
});

describe('a decision that opposes, after a report recalling what was approved before', () => {
  it('is one item: the report, then "Le Conseil Municipal s\'oppose …" and its vote', () => {
    const doc = analyzeText(`${SITTING}
Achat d'une tondeuse
Le matériel communal est hors d'usage ; trois devis ont été demandés aux fournisseurs du secteur.
Le Conseil Municipal retient l'offre la moins chère et autorise Madame le Maire à signer le bon de commande.
Pour : 9 – Contre : 0 – Abstention : 0

Transfert de la compétence PLU à la Communauté de communes
La loi ALUR prévoit le transfert automatique de la compétence en matière de plan local
d'urbanisme aux communautés de communes au 1er juillet 2021, sauf opposition d'au moins 25 %
des communes représentant au moins 20 % de la population. La commune dispose d'une carte
communale approuvée en 2014 qui lui donne satisfaction.
Le Conseil Municipal s'oppose au transfert de la compétence PLU à la Communauté de communes
du Val d'Orme et demande au Président de la Communauté de communes de prendre acte de
cette opposition.
Pour : 10 – Contre : 0 – Abstention : 0
`);
    expect(doc.items.map((i) => i.title)).toEqual(["Achat d'une tondeuse", 'Transfert de la compétence PLU à la Communauté de communes']);
    expect(doc.items[1]!.decision?.vote?.for).toBe(10);
    expect(doc.items[1]!.decision?.articles.map((a) => a.action)).toEqual(["s'oppose", 'demande']);
  });
});

describe('a compte administratif\'s articles numbered "1°" to "4°"', () => {
  it('are the articles of one deliberation, "Lui donne acte" among them, adopted by its counts', () => {
    const doc = analyzeText(`${SITTING}
Délibération n° 2019-011
Objet : Vote du compte administratif 2018 – Budget principal

Le Conseil municipal, réuni sous la présidence de Madame Anne MARTIN, délibérant sur le compte administratif,

Vu le Code général des collectivités territoriales,
Vu le compte de gestion de l'exercice 2018,

1° Lui donne acte de la présentation faite du compte administratif, lequel peut se résumer ainsi :
RÉSULTATS DÉFINITIFS 308 773,77

2° Constate les identités de valeurs avec les indications du compte de gestion ;

3° Reconnaît la sincérité des restes à réaliser ;

4° Arrête les résultats définitifs tels que résumés ci-dessus.

Votes :    Pour : 11          Contre : 0          Abstention : 0
`);
    expect(doc.items.map((i) => i.number)).toEqual(['2019-011']);
    const decision = doc.items[0]!.decision!;
    expect(decision.articles.map((a) => a.action)).toEqual(['donne acte', 'constate', 'reconnaît', 'arrête']);
    expect(decision.outcome).toBe('adopted');
    expect(decision.vote?.for).toBe(11);
  });
});

describe('lines of a report that look like headings', () => {
  it('"2) Les grands équilibres :" announcing a table, and a line opening on a code\'s article ("L.5214-16 V du CGCT"), head no point', () => {
    const doc = analyzeText(`${SITTING}
DC2021-018 – FINANCES – DÉBAT D'ORIENTATION BUDGÉTAIRE 2021
M. RAGOT présente les principaux éléments du rapport, dont le contexte de la crise sanitaire.

2) Les grands équilibres du budget principal :

Recettes réelles de fonctionnement        8 412 000 €
Dépenses réelles de fonctionnement        7 655 000 €

Le Conseil communautaire, à l'unanimité, PREND ACTE de la tenue du débat d'orientation budgétaire.

DC2021-020 – FINANCES – FONDS DE CONCOURS 2021 AUX COMMUNES MEMBRES
M. RAGOT rappelle le règlement d'attribution des fonds de concours. Conformément à l'article
L.5214-16 V du CGCT, le fonds de concours ne peut excéder la part du financement assurée par la commune.
Le Conseil communautaire, par 23 voix pour, 2 contre et 3 abstentions, APPROUVE la répartition.
`);
    expect(doc.items.map((i) => i.number)).toEqual(['DC2021-018', 'DC2021-020']);
    expect(doc.items[1]!.decision?.vote?.for).toBe(23);
  });
});

describe('the list of deliberations closing the minutes, a blank line under its announcement', () => {
  it('repeats the points, it adds none', () => {
    const doc = analyzeText(`${SITTING}
1. BUDGET PRINCIPAL - DECISION MODIFICATIVE N° 2
Le président présente la décision modificative n° 2 du budget principal.
Adopté à l'unanimité.

2. TRANSPORT SCOLAIRE - CONVENTION AVEC LE DEPARTEMENT
Le président présente la convention de transport scolaire.
Adopté à l'unanimité.

Liste des délibérations adoptées lors de la séance du 24 septembre 2009 :

DCC 2009-41   Budget principal - Décision modificative n° 2
DCC 2009-45   Transport scolaire - Convention avec le Département 2010-2014
`);
    expect(doc.items.map((i) => i.number)).toEqual(['1', '2']);
  });
});

describe('acts taken under delegation, listed one a line', () => {
  it('are no points of the sitting: the point that reports them is', () => {
    const doc = analyzeText(`${SITTING}
3. COMPTE RENDU DES DÉCISIONS PRISES PAR DÉLÉGATION

Le Président rend compte des décisions prises depuis la dernière séance :

Décisions du Président :
  DP2025-009  Renonciation à l'exercice du droit de préemption urbain – DIA parcelle AB 54,
              12 rue du Foirail
  DP2025-010  Renonciation à l'exercice du droit de préemption urbain – DIA parcelles ZE 118
  DP2025-011  Attribution du marché d'études pour la révision du PLUi – 38 450 € HT

Le Conseil communautaire prend acte de ces décisions.

4. DC2025-031 – URBANISME – APPROBATION DE LA MODIFICATION N° 2 DU PLUi

Le rapporteur présente la modification n° 2 du plan local d'urbanisme intercommunal.
Le Conseil communautaire, à l'unanimité, APPROUVE la modification n° 2.
`);
    expect(doc.items.map((i) => i.number)).toEqual(['3', 'DC2025-031']);
    expect(doc.items[0]!.decision?.outcome).toBe('noted');
  });
});

describe('the president where no sentence names one', () => {
  it('is the member the present list names as the mayor', () => {
    const doc = analyzeText(`Compte rendu de la réunion du Conseil Municipal
Séance du jeudi 14 avril 2016 à 20h30

Présents : Gérard Thiébaut, Maire, Nadine Collignon, Patrice Humbert, Sylvie Mangin.
Excusés : Laurent Gérardin (pouvoir à Patrice Humbert).
Secrétaire de séance : Nadine Collignon

1/ Vote des taux d'imposition 2016
Le Maire présente l'état 1259 transmis par les services fiscaux.
Le conseil décide à l'unanimité de ne pas augmenter les taux.
`);
    expect(doc.meeting.president?.surname).toBe('Thiébaut');
  });
});

describe('"Le Conseil municipal," alone on its line', () => {
  it('opens the decision: its considérants, then "EMET le vœu :" and "DEMANDE"', () => {
    const doc = analyzeText(`${SITTING}
5 - VŒU RELATIF A LA MISE EN ŒUVRE DE LA RÉFORME DES RYTHMES SCOLAIRES
Mme BARANGER rappelle que le décret impose aux communes d'organiser la semaine scolaire sur neuf demi-journées.
M. GRELIER déclare qu'il ne s'associe pas à ce vœu.

Le Conseil municipal,
Considérant que la réforme fait peser sur les communes rurales une charge financière nouvelle ;
EMET le vœu :
- que l'Etat pérennise le fonds d'amorçage au-delà de l'année scolaire 2014-2015 ;
DEMANDE à Monsieur le Maire de transmettre ce vœu à Monsieur le Préfet.
Pour : 9 - Contre : 2 (Mme GILBERT, M. GRELIER) - Abstentions : 2
`);
    const decision = doc.items[0]!.decision!;
    expect(decision.articles.map((a) => a.action)).toEqual(['émet', 'demande']);
    expect(decision.considerations).toHaveLength(1);
  });
});

describe('lines of a big city\'s deliberation that are no subject', () => {
  it('"DÉLIBÈRE" alone and "Commission : …" head no item; the report runs to the decision', () => {
    const doc = analyzeText(`${SITTING}
DIRECTION DES PARCS ET JARDINS - Renaturation des cours d'écoles - Financement.

Rapport présenté par Mme Nadia OUALI, Adjointe au Maire.

Commission : ENVIRONNEMENT, NATURE EN VILLE ET LITTORAL

Madame l'Adjointe soumet au Conseil Municipal le rapport suivant sur la renaturation des cours
d'écoles, dont le coût est estimé à 6 400 000 euros, financé par l'Agence de l'Eau et le Fonds vert.

LE CONSEIL MUNICIPAL DE SAINT-ORBAN
VU LE CODE GÉNÉRAL DES COLLECTIVITÉS TERRITORIALES
OUÏ LE RAPPORT CI-DESSUS

DÉLIBÈRE

ARTICLE 1 Est approuvé le programme « Cours Fraîches ».

Le présent rapport, mis aux voix, est adopté à la majorité.
`);
    expect(doc.items.map((i) => i.title)).toEqual(["DIRECTION DES PARCS ET JARDINS - Renaturation des cours d'écoles - Financement"]);
    expect(doc.items[0]!.decision?.outcome).toBe('adopted');
  });
});

describe('a table of deliberations one cell a line', () => {
  it('reads each number alone on its line as the heading of the subject under it, its vote after', () => {
    const doc = analyzeText(`${SITTING}
N°
Objet
Vote
Décision
CS-2024-041
Approbation du procès-verbal de la séance du 27 juin 2024
Unanimité
Approuvé
CS-2024-042
Décision modificative n° 1 – Budget annexe Transports urbains 2024
Pour : 13
Contre : 2
Abstention : 0
Adoptée
CS-2024-043
Réseau Vallobus – Tarifs applicables au 1er janvier 2025
Pour : 11
Contre : 3
Abstention : 1
Adoptée
`);
    expect(doc.items.map((i) => [i.number, i.decision?.vote?.for ?? null, i.decision?.outcome])).toEqual([
      ['CS-2024-041', null, 'adopted'], ['CS-2024-042', 13, 'adopted'], ['CS-2024-043', 11, 'adopted'],
    ]);
  });

  it('is no table where one number stands alone', () => {
    const doc = analyzeText(`${SITTING}
1. Tarifs de la cantine
Vu la délibération
2023-041
du conseil, le maire propose de maintenir les tarifs.
Adopté à l'unanimité.
`);
    expect(doc.items.map((i) => i.number)).toEqual(['1']);
  });
});

describe('a typescript\'s points numbered "1°) -", a dash after the number', () => {
  it('are all articles, the last one charging the mayor with the execution', () => {
    const doc = analyzeText(`${SITTING}
OBJET : Affouage 1976-1977

Vu le Code Forestier,

     Après en avoir délibéré,

     1°) - DECIDE que les houppiers de la parcelle 12 seront délivrés en nature aux
affouagistes inscrits sur le rôle ;

     2°) - ADOPTE le règlement d'affouage annexé à la présente délibé-
ration ;

     3°) - FIXE à TRENTE FRANCS (30 F) par lot la taxe d'affouage ;

     4°) - RAPPELLE que le rôle sera affiché à la porte de la mairie pendant quinze
jours avant d'être soumis à l'approbation de M. le Sous-Préfet ;

     5°) - CHARGE Monsieur le Maire de l'exécution de la présente
délibération.

     Adopté à l'unanimité des membres présents.
`);
    expect(doc.items[0]!.decision!.articles.map((a) => a.action)).toEqual(['décide', 'adopte', 'fixe', 'rappelle', 'charge']);
  });
});

describe('articles without a verb under "D E C I D E :"', () => {
  it('are each a decision, the breakdown one lists after "comme suit :" none, nor an article announcing conditions', () => {
    const doc = analyzeText(`${SITTING}
Objet : Participation des communes aux dépenses du service des ordures ménagères

     LE CONSEIL,

     Vu les statuts du District,

     Après en avoir délibéré, à l'unanimité,

                              D E C I D E :

Article ler - La participation des communes membres est fixée pour l'exercice 1988 à
1 260 000 F, répartie comme suit :
     - Commune de MRONIZI .................. 612 000 F
     - Commune de MTSANGADJOU .............. 381 000 F

Article 2 - Les participations seront mandatées par quart, au début de chaque
trimestre.

Article 3 : La garantie est apportée aux conditions suivantes :
La garantie porte sur l'ensemble des sommes dues.

     Fait et délibéré les jour, mois et an que dessus.
`);
    // "Article ler" is OCR's "Article 1er", a point whose act the passive states ("est fixée"): that
    // act, no "décide" beside it; "Article 2" states none, it is a decision.
    expect(doc.items[0]!.decision!.articles.map((a) => [a.action, a.text.slice(0, 9)])).toEqual([
      ['fixe', 'La partic'],
      ['décide', 'Article 2'],
    ]);
  });
});

describe('a member who leaves the room before the vote, named between the report and the decision', () => {
  it('announces the vote of the point, which stays one point', () => {
    const doc = analyzeText(`${SITTING}
1. Attribution de subventions aux associations – Année 2021
Il est proposé d'attribuer les subventions suivantes :
Association Objet Montant
Les Pagayeurs du Mahury école de pirogue 4 500 €
Savanes Solidarité aide alimentaire 6 000 €
Mme Anne MARTIN, présidente de l'association Savanes Solidarité, quitte la salle et ne prend pas
part au vote.
Le Conseil municipal, après en avoir délibéré :
- ATTRIBUE les subventions figurant dans le tableau ci-dessus ;
- DIT que les crédits sont inscrits à l'article 6574 du budget 2021.
Adopté à l'unanimité des votants : 20 voix pour.

${FESTIVAL_POINT}`);
    expect(doc.items.map((i) => i.title)).toEqual(['Attribution de subventions aux associations – Année 2021', 'Subvention au comité des fêtes']);
    const decision = doc.items[0]!.decision!;
    expect(decision.articles.map((a) => a.action)).toEqual(['attribue', 'dit']);
    expect([decision.vote?.unanimous, decision.vote?.for]).toEqual([true, 20]);
  });
});

describe('a proposal "Il est proposé :" over its figures, then the assembly deliberating', () => {
  it('keeps the proposal in the report; the decision opens on "Le Conseil d\'administration, après en avoir délibéré"', () => {
    const doc = analyzeText(`${SITTING}
1. Tarifs d'hébergement 2026
La Directrice rappelle que la revalorisation maximale fixée pour 2026 est de 2,9 %. Il est proposé :
- tarif hébergement journalier : 94,60 € (93,10 € en 2025) ;
- tarif journalier accueil de jour : 38,50 € (37,60 € en 2025).
M. DUFLOS indique que le reste à charge devient difficile ; il votera contre.
Le Conseil d'administration, après en avoir délibéré, par 9 voix pour et 1 voix contre (M. DUFLOS),
fixe les tarifs ci-dessus à compter du 1er mars 2026.

${FESTIVAL_POINT}`);
    const decision = doc.sections.find((x) => x.kind === 'decision')!;
    expect(doc.text.slice(decision.start, decision.start + 28)).toBe("Le Conseil d'administration,");
    expect(doc.items[0]!.decision!.articles.map((a) => a.action)).toEqual(['fixe']);
  });
});

describe('a decision in one sentence after a clause of its own', () => {
  it.each([
    ["Sur proposition du comptable public, le Conseil admet en non-valeur des créances irrécouvrables d'un montant de 1 243,18 €.", 'admet'],
    ["Le Conseil d'Administration, aprés en avoir délibéré, approuve le compte administratif 2016 par 8 voix pour et 1 abstention.", 'approuve'],
    ['Après en avoir délibéré, le Conseil approuve des tarifs nouveaux pour la cantine.', 'approuve'],
  ])('"%s" states its act', (sentence, action) => {
    const doc = analyzeText(`${SITTING}
1. Objet du point
Le maire présente le dossier aux conseillers réunis ce soir.
${sentence}
Adopté à l'unanimité.

${FESTIVAL_POINT}`);
    expect(doc.items[0]!.decision!.articles.map((a) => a.action)).toEqual([action]);
  });
});

describe("one deliberation whose report has parts in roman numerals and recalls others' decisions", () => {
  it('is one item: a plan approved by prefectoral order, an opinion of the Chamber, a proposal "de rejeter" decide nothing', () => {
    const doc = analyzeText(`${SITTING}
Délibération n° 85/64
OBJET : PLAN D'OCCUPATION DES SOLS – APPROBATION DE LA RÉVISION

Monsieur le Maire expose à l'Assemblée :

Le Plan d'Occupation des Sols de la Commune a été approuvé par arrêté préfectoral du
12 février 1977. Le projet révisé a été transmis pour avis aux personnes publiques associées :
- la Chambre d'Agriculture du Var a émis un avis favorable, en demandant que les
parcelles irriguées restent classées en zone agricole.

I – SUITES DONNÉES AUX RÉSERVES DU COMMISSAIRE-ENQUÊTEUR

Réserve n° 1. La commission propose de suivre la réserve et de réduire la zone NAe.

II – SUITES DONNÉES AUX OBSERVATIONS DU PUBLIC

Une société a demandé que la hauteur des constructions soit portée à 12 mètres. La
commission propose de rejeter cette demande, afin de préserver la silhouette du village.

III – BILAN DES SUPERFICIES

Les zones naturelles passent de 812 à 846 hectares.

Le Conseil Municipal, après en avoir délibéré,
APPROUVE la révision du Plan d'Occupation des Sols ;
CHARGE Monsieur le Maire de l'exécution de la présente délibération.

Adopté par 21 voix pour et 6 voix contre.
`);
    expect(doc.kind).toBe('deliberation');
    expect(doc.items.map((i) => i.number)).toEqual(['85/64']);
    const decision = doc.items[0]!.decision!;
    expect(decision.articles.map((a) => a.action)).toEqual(['approuve', 'charge']);
    expect([decision.vote?.for, decision.vote?.against, decision.outcome]).toEqual([21, 6, 'adopted']);
  });
});

describe('a vote stated before the verb, the names of the abstainers wrapped to the next line', () => {
  it('keeps the verb after the bracket in the decision', () => {
    const doc = analyzeText(`${SITTING}
1 - Délibération n° 2014-38 : Indemnité de conseil allouée au comptable du Trésor
Il y a lieu de délibérer à nouveau sur l'attribution de l'indemnité de conseil.
Le Conseil Municipal, après en avoir délibéré, par 8 voix pour et 2 abstentions
(Mme Anne MARTIN, M. Luc PETIT), décide d'accorder l'indemnité de conseil au
taux de 100 %.

${FESTIVAL_POINT}`);
    const decision = doc.items[0]!.decision!;
    expect(decision.articles.map((a) => a.action)).toEqual(['décide']);
    expect([decision.vote?.for, decision.vote?.abstentions]).toEqual([8, 2]);
  });
});

describe("a loan guarantee in the Caisse des Dépôts' template", () => {
  it('has "L\'assemblée délibérante de la Commune de X accorde sa garantie" as its first act', () => {
    const doc = analyzeText(`${SITTING}
Délibération n° DCM2022_118
Objet : GARANTIE D'EMPRUNT ACCORDÉE À LA SOCIÉTÉ D'HABITAT SOCIAL

Vu le Code général des collectivités territoriales,

DÉLIBÈRE

Article 1er : L'assemblée délibérante de la Commune de Piton-Bleu accorde sa garantie à hauteur de
100,00 % pour le remboursement d'un Prêt d'un montant total de 1 250 000,00 euros.

Article 2 : La garantie est apportée aux conditions suivantes :
La garantie de la collectivité est accordée pour la durée totale du Prêt.

Article 3 : Le Conseil s'engage pendant toute la durée du Prêt à libérer, en cas de besoin, des ressources suffisantes.

Article 4 : AUTORISE le Maire ou son représentant à signer tout document relatif à la présente garantie.

Adopté à l'unanimité.
`);
    expect(doc.items[0]!.decision!.articles.map((a) => a.action)).toEqual(['accorde', "s'engage", 'autorise']);
  });
});

describe('points "1°) APPROUVE …", "2°) DÉCIDE …" apart by blank lines, after the vote', () => {
  it('are all the decision\'s articles', () => {
    const doc = analyzeText(`${SITTING}
OBJET : CAPTAGE DE KERROC'H – APPROBATION DE L'AVANT-PROJET

Le Président expose le projet de captage et de station de traitement.

Le Comité Syndical,

Après en avoir délibéré, par neuf voix pour et une voix contre (M. YVINEC),

1°) APPROUVE l'avant-projet dressé par la Direction Départementale de l'Agriculture, pour un
montant total de 4 506 000 F T.T.C. ;

2°) DÉCIDE de réaliser les travaux en deux tranches ;

3°) SOLLICITE de M. le Ministre de l'Agriculture l'octroi d'une subvention ;

4°) AUTORISE le Président à signer toutes les pièces relatives à cette affaire.

${FESTIVAL_POINT}`);
    expect(doc.items[0]!.decision!.articles.map((a) => a.action)).toEqual(['approuve', 'décide', 'sollicite', 'autorise']);
  });
});

describe('points numbered "IV. - TITLE" with parts "1°", "2°" in their report', () => {
  it('are points; the parts are the report\'s', () => {
    const doc = analyzeText(`${SITTING}
I. - CAISSE DES ÉCOLES. - Subvention supplémentaire.
M. le Maire présente la demande de la caisse des écoles.
Adopté à l'unanimité.

II. - OCTROI. - Modification du tarif.
La commission propose :
1° La suppression des droits sur les boissons hygiéniques ;
2° Le relèvement des droits sur l'alcool ;
3° Établissement d'une taxe de 0 fr. 50 par hectolitre sur les vinaigres.
Adopté par 14 voix contre 5.
`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['I', 'CAISSE DES ÉCOLES. - Subvention supplémentaire'], ['II', 'OCTROI. - Modification du tarif']]);
    expect(doc.items[1]!.decision?.vote?.for).toBe(14);
  });
});

describe('registers of old', () => {
  it('head each deliberation with its margin subject ("[En marge : …]") or "N° 31   Subject"', () => {
    const margin = analyzeText(`Séance du 15 mai 1892
L'an mil huit cent quatre-vingt-douze, le quinze mai, à deux heures du soir, le Conseil municipal s'est réuni sous la présidence de M. Delpech, maire.
Etaient présents : MM. Delpech, maire, Lacoste, Faure.

[En marge : Budget additionnel de 1892]
M. le Maire donne lecture au Conseil du projet de budget additionnel pour l'exercice 1892.
Le Conseil, après en avoir délibéré, approuve le budget additionnel.

[En marge : Secours au sieur Boyer, cantonnier]
M. le Maire propose d'allouer un secours au cantonnier blessé en service.
Le Conseil, après en avoir délibéré, par sept voix contre trois, accorde au sieur Boyer un secours de quarante francs.
`);
    expect(margin.items.map((i) => i.title)).toEqual(['Budget additionnel de 1892', 'Secours au sieur Boyer, cantonnier']);
    // A note in lower case is a fragment of the margin, no subject: no point of its own.
    const fragment = analyzeText(`Séance du 15 mai 1892
L'an mil huit cent quatre-vingt-douze, le quinze mai, le Conseil municipal s'est réuni sous la présidence de M. Delpech, maire.

AFFAIRE N° 92-12
CHEMINS VICINAUX - REPARATION DES DEGATS DES PLUIES

[En marge : complémentaire]
M. le Maire expose que les pluies ont provoqué des dégâts sur les chemins.
Le Conseil, après en avoir délibéré, approuve la répartition du crédit.
Adopté à l'unanimité.
`);
    expect(fragment.items.map((i) => i.number)).toEqual(['92-12']);
    expect(fragment.items[0]!.title).not.toBe('complémentaire');
    expect(margin.items[1]!.decision?.vote?.for).toBe(7);
    expect(margin.meeting.time).toBe('14:00');
    const numbered = analyzeText(`${SITTING}
N° 31          Assistance aux vieillards. Admissions.
               Le Conseil, à l'unanimité, prononce l'admission de Mme CALMELS.

N° 32          Adduction d'eau potable. Avant-projet.
               Le Conseil, après en avoir délibéré, par 7 voix contre 2, adopte l'avant-projet.
`);
    expect(numbered.items.map((i) => i.number)).toEqual(['31', '32']);
  });
});

describe('a body none of the types names', () => {
  it('is "other": a conseil d\'arrondissement sat', () => {
    const doc = analyzeText(`MAIRIE DU 12e ARRONDISSEMENT
Séance du conseil d'arrondissement du 3 juin 2024
Présents : M. Paul DURAND, Mme Anne MARTIN, M. Luc PETIT.

12-2024-147 - Avis sur le projet de délibération 2024 DASCO 45 : travaux dans les écoles
Le Conseil d'arrondissement, après en avoir délibéré, émet un avis favorable.
Adopté à l'unanimité.
`);
    expect(doc.meeting.bodyType).toBe('other');
  });
});

describe('an arrondissement council\'s numbers', () => {
  it('"14 2014 061 – 2014 DDCT 52 – Subventions …": its own number; the city\'s project number is no part of the title', () => {
    const doc = analyzeText(`${SITTING}
14 2014 061 – 2014 DDCT 52 – Subventions (8 000 euros) à quatre associations.
Rapporteure : Mme CASTAING
POUR : 11          CONTRE : 0          ABST. : 16
Avis favorable.

V14 2014 09 – Vœu relatif au plan vélo.
POUR : 11          CONTRE : 17          ABST. : 0
Rejeté.
`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['14 2014 061', 'Subventions (8 000 euros) à quatre associations'], ['V14 2014 09', 'Vœu relatif au plan vélo']]);
  });

  it('"08/2019/03 – Compte d\'exécution …": an arrondissement\'s own deliberation numbered by its year', () => {
    const doc = analyzeText(`${SITTING}
08/2019/03 – Compte d'exécution de l'état spécial d'arrondissement pour l'exercice 2018
Rapporteure : Mme BONNARDEL
Le conseil d'arrondissement adopte le compte d'exécution par 21 voix pour et 5 voix contre.
`);
    expect(doc.items.map((i) => i.number)).toEqual(['08/2019/03']);
  });
});

describe('numbered articles whose verb is in capitals', () => {
  it('"1° DEMANDE l\'adhésion …", "2° S\'ENGAGE à voter …" are the articles of one deliberation; "1. DEMANDE DE SUBVENTION" would be a subject', () => {
    const doc = analyzeText(`${SITTING}
OBJET : Electrification. - Adhésion au Syndicat intercommunal d'électricité.

M. le Maire rappelle au Conseil le projet d'électrification des hameaux de la commune.

Le Conseil,
Après en avoir délibéré,
1° DEMANDE l'adhésion de la commune au Syndicat intercommunal d'électricité ;
2° APPROUVE l'avant-projet présenté ;
3° S'ENGAGE à voter, pendant toute la durée de l'emprunt, une imposition extraordinaire ;
4° AUTORISE M. le Maire à signer toutes pièces relatives à cette affaire.
Adopté à l'unanimité des membres présents.
`);
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['demande', 'approuve', "s'engage", 'autorise']);
    const subjects = analyzeText(`${SITTING}
1. DEMANDE DE SUBVENTION AU TITRE DE LA DETR
Le maire présente le projet de rénovation de la mairie et son plan de financement.
Adopté à l'unanimité.

2. TARIFS DE LA CANTINE
Le maire propose de maintenir les tarifs de la cantine scolaire.
Adopté à l'unanimité.
`);
    expect(subjects.items.map((i) => i.number)).toEqual(['1', '2']);
  });
});

describe("a point's title opening on its deliberation's number", () => {
  it('takes the number for the item\'s, after an ordinal ("2. N° 2023-41 FINANCES – …") or over the subject\'s line ("Point 5 – DCM n° 2024-12-02")', () => {
    const doc = analyzeText(`${SITTING}
2. N° 2023-41 FINANCES - Décision modificative n°2 - Budget principal
Le maire présente la décision modificative.
Le conseil municipal, après en avoir délibéré, à l'unanimité, APPROUVE la décision modificative.

Point 5 – DCM n° 2024-12-02
Finances – Ouverture de crédits d'investissement
Le maire présente les crédits à ouvrir avant le vote du budget.
Le conseil municipal, après en avoir délibéré, à l'unanimité, AUTORISE l'ouverture des crédits.
`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['2023-41', 'FINANCES - Décision modificative n°2 - Budget principal'],
      ['2024-12-02', "Finances – Ouverture de crédits d'investissement"],
    ]);
  });
});

describe('a list of deliberations with a vote column and an outcome column', () => {
  it('reads the vote cell, not as part of the title: "Unanimité", "Pour : 11" over "Contre : 2"', () => {
    const doc = analyzeText(`LISTE DES DÉLIBÉRATIONS EXAMINÉES PAR LE CONSEIL MUNICIPAL LORS DE SA SÉANCE DU 12 SEPTEMBRE 2023

 N°          Objet                                                Vote                Décision

 2023-038    Décision modificative n° 2 – Budget principal        Unanimité           Adoptée

 2023-040    Tarifs de location de la salle polyvalente           Pour : 11           Adoptée
                                                                  Contre : 2
                                                                  Abst. : 1

 2023-045    Cession de la parcelle ZC 112                        Pour : 6            Rejetée
                                                                  Contre : 8
`);
    expect(doc.items.map((i) => [i.number, i.title, i.decision?.vote?.unanimous, i.decision?.vote?.for, i.decision?.vote?.against, i.decision?.outcome])).toEqual([
      ['2023-038', 'Décision modificative n° 2 – Budget principal', true, null, null, 'adopted'],
      ['2023-040', 'Tarifs de location de la salle polyvalente', false, 11, 2, 'adopted'],
      ['2023-045', 'Cession de la parcelle ZC 112', false, 6, 8, 'rejected'],
    ]);
  });
});

describe('a vote restated in figures after articles whose lines wrap', () => {
  it('opens no matter of its own on the wrapped end of an article ("de 186 400 € HT ;")', () => {
    const doc = analyzeText(`${SITTING}
1. Restauration de la chapelle - demande de subventions
Le maire expose que la chapelle présente d'importants désordres : infiltrations par la couverture,
fissuration de la façade et dégradation des enduits intérieurs. Le coût des travaux est estimé par
le cabinet d'architecture à la somme indiquée ci-après, honoraires compris.
Le Conseil Municipal, après en avoir délibéré, à l'unanimité des membres présents,
- APPROUVE le projet de restauration de la chapelle pour un montant
de 186 400 € HT ;
- ADOPTE le plan de financement ci-dessus ;
- SOLLICITE de l'Etat et de la Région les subventions au taux le plus élevé possible ;
- AUTORISE le maire à signer toutes les pièces relatives à cette affaire.
Pour : 3          Contre : 0          Abstention : 0

${FESTIVAL_POINT}`);
    expect(doc.items.map((i) => i.title)).toEqual(['Restauration de la chapelle - demande de subventions', 'Subvention au comité des fêtes']);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['approuve', 'adopte', 'sollicite', 'autorise']);
  });
});

describe("a vote's sentence wrapped over lines ending on commas", () => {
  it('runs to its full stop, the lines after a comma that go on in lower case or figures with it', () => {
    const doc = analyzeText(`${SITTING}
1. Affectation du résultat 2003
Le Conseil Municipal décide, à l'unanimité, d'affecter l'excédent de fonctionnement de
33 526,33 € comme suit : 11 666,13 € au compte 1068 pour couvrir le déficit d'investissement,
le solde, soit 21 860,20 €, en excédent de fonctionnement reporté (ligne 002).

${FESTIVAL_POINT}`);
    const decision = doc.sections.find((s) => s.kind === 'decision' && s.item === 0)!;
    expect(doc.text.slice(decision.start, decision.end)).toMatch(/^Le Conseil Municipal décide[\s\S]*\(ligne 002\)\.$/);
  });
});

describe('a decision whose sentence names the member presiding, cut before their given name', () => {
  it('starts where the sentence does, above "Jacques, doyen d\'âge, après en avoir délibéré"', () => {
    const doc = analyzeText(`${SITTING}
1. Compte administratif 2020
Le compte administratif présente un excédent de fonctionnement de 33 526,33 €.
Monsieur le Maire s'étant retiré, le Conseil Municipal, sous la présidence de M. LECOEUR
Jacques, doyen d'âge, après en avoir délibéré, adopte le compte administratif 2020 par deux voix
pour.

${FESTIVAL_POINT}`);
    const decision = doc.sections.find((s) => s.kind === 'decision' && s.item === 0)!;
    expect(doc.text.slice(decision.start, decision.end)).toMatch(/^Monsieur le Maire s'étant retiré[\s\S]*voix\npour\.$/);
  });
});

describe("a register's points numbered in the margin, the title stacked under the number", () => {
  it('reads "N° 2" / "Compte" / "administratif" / "1977" as one point titled by those lines', () => {
    const doc = analyzeText(`${SITTING}
     Présents : MM. LE BRIS, CADIOU, ABGRALL,
MM. KERBRAT, LE ROUX, PRIGENT, Mme PAUGAM.

N° 1      PROCES-VERBAL DE LA SEANCE PRECEDENTE

     Lecture est donnée du procès-verbal de la séance du 16 décembre 1977. Aucune observation
n'étant formulée, il est adopté à l'unanimité.

N° 2
Compte
administratif
1977
     Le Conseil Municipal, réuni sous la présidence de M. CADIOU Pierre, 1er Adjoint, délibérant sur
le compte administratif de l'exercice 1977, l'approuve à l'unanimité des membres présents.
`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'PROCES-VERBAL DE LA SEANCE PRECEDENTE'],
      ['2', 'Compte administratif 1977'],
    ]);
  });
});

describe("a point's deliberation number in a bracket its title's wrapping moved", () => {
  it('reads it on the next line, or cut in two by the line break', () => {
    const doc = analyzeText(`${SITTING}
1 - DEMANDE DE MODIFICATION DES STATUTS - RESTITUTION DE LA COMPETENCE
VOIRIE AUX COMMUNES (délibération n° 2010-33)
Le conseil municipal de Duault a demandé la restitution aux communes de la compétence voirie.
Le Conseil communautaire, après en avoir délibéré, à l'unanimité, approuve la modification.

2 - PERSONNEL - CREATION D'UN POSTE D'ADJOINT TECHNIQUE DE 2EME CLASSE (délibération
n° 2010-35)
Il est proposé de créer un poste d'adjoint technique à temps complet au service environnement.
Le Conseil communautaire, après en avoir délibéré, à l'unanimité, décide de créer le poste.
`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['2010-33', 'DEMANDE DE MODIFICATION DES STATUTS - RESTITUTION DE LA COMPETENCE VOIRIE AUX COMMUNES'],
      ['2010-35', "PERSONNEL - CREATION D'UN POSTE D'ADJOINT TECHNIQUE DE 2EME CLASSE"],
    ]);
  });
});

describe('a line in capitals that goes on from the line above', () => {
  it('"… DE L\'ARTICLE L.2122-22 DU" / "CODE GÉNÉRAL DES COLLECTIVITÉS TERRITORIALES" opens no point', () => {
    const doc = analyzeText(`${SITTING}
1. Subvention au comité des fêtes
Le maire présente la demande du comité des fêtes pour l'organisation de la fête du village.
Le Conseil municipal accorde une subvention de 800 euros. Adopté à l'unanimité.

COMPTE RENDU DES DÉCISIONS PRISES PAR MONSIEUR LE MAIRE EN VERTU DE L'ARTICLE L.2122-22 DU
CODE GÉNÉRAL DES COLLECTIVITÉS TERRITORIALES
   - Décision n° 2011-031 : contrat de maintenance des ascenseurs, adopté pour 2 184 € TTC par an.
Le Conseil municipal en prend acte à l'unanimité.
`);
    expect(doc.items.map((i) => i.title)).not.toContain('CODE GÉNÉRAL DES COLLECTIVITÉS TERRITORIALES');
  });
});

describe('a proposal put to the vote before the decision\'s lead', () => {
  it('is decided: "Mis aux voix, la proposition est adoptée par 12 voix pour …" then "En conséquence, le Comité Syndical :"', () => {
    const doc = analyzeText(`${SITTING}
1 - TARIFS DE L'EAU AU 1er JANVIER 2008
M. GRAS présente la simulation établie pour financer le programme de travaux. Il propose de porter la part syndicale :
- abonnement annuel : de 48,00 € H.T. à 52,00 € H.T.
Un large débat s'engage sur l'étalement de la hausse.
Mis aux voix, la proposition est adoptée par 12 voix pour, 4 voix contre et 2 abstentions.
En conséquence, le Comité Syndical :
- FIXE ainsi qu'il suit la part syndicale du prix de l'eau à compter du 1er janvier 2008,
- CHARGE M. le Président de notifier la présente délibération au Trésorier.

2 - QUESTIONS DIVERSES
Néant.
`);
    const item = doc.items.find((i) => i.title.startsWith('TARIFS'));
    expect([item?.decision?.vote?.for, item?.decision?.vote?.against, item?.decision?.vote?.abstentions, item?.decision?.outcome]).toEqual([12, 4, 2, 'adopted']);
  });
});

describe('the articles of a motion', () => {
  it('reads "- SOLLICITE du Conseil …", "- AFFIRME …", "- S\'ASSOCIE aux démarches …" as its acts', () => {
    const doc = analyzeText(`${SITTING}
1. Motion pour le maintien de l'enseignement de l'occitan
Le maire présente la motion proposée par l'association des enseignants.
Le Conseil municipal, après en avoir délibéré, à l'unanimité :
- AFFIRME son attachement à la langue et à la culture occitanes ;
- SOLLICITE du Conseil départemental une subvention de 4 740 € ;
- S'ASSOCIE aux démarches engagées par les communes du canton.
`);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['affirme', 'sollicite', "s'associe"]);
  });
});

describe("points whose text runs on their title's line", () => {
  it('ends the title at " : le Conseil …", " : Le Maire …" or ". Le Conseil …"', () => {
    const text = `${SITTING}
1°) Budget primitif 1998 de la Commune : Le Maire présente le budget, qui s'équilibre à 3 412 600 F. Après en
avoir délibéré, le Conseil Municipal adopte le budget primitif 1998 par 11 voix pour et 2 abstentions.

2°) Vote des taux des quatre taxes directes locales : le Conseil décide de maintenir les taux
de 1997. Adopté à l'unanimité.

3°) Réfection du chemin communal de Morne-Cadet - Montant estimé : 640 000 F. Le Conseil
sollicite une subvention au taux le plus élevé. Adopté à l'unanimité.
`;
    const items = analyzeText(text).items;
    expect(items.map((i) => i.title)).toEqual([
      'Budget primitif 1998 de la Commune',
      'Vote des taux des quatre taxes directes locales',
      'Réfection du chemin communal de Morne-Cadet - Montant estimé : 640 000 F',
    ]);
    expect(items.map((i) => (i.decision?.articles ?? []).map((a) => a.action))).toEqual([['adopte'], ['décide'], ['sollicite']]);
  });

  it('keeps a colon that divides the title itself ("Finances : budget primitif")', () => {
    const text = `${SITTING}
1°) Finances : budget primitif 2024
Le maire présente le budget. Le Conseil municipal adopte le budget primitif.
Adopté à l'unanimité.

${FESTIVAL_POINT}`;
    expect(analyzeText(text).items[0]!.title).toBe('Finances : budget primitif 2024');
  });
});

describe('number lines over a subject', () => {
  it('"Point n° 3" then "DCM n° 2011-37" over "Objet :": the deliberation\'s number, else the point\'s rank', () => {
    const text = `${SITTING}
Point n° 1
Objet : Désignation du secrétaire de séance
Le Conseil Municipal désigne M. Luc PETIT en qualité de secrétaire de séance.
Adopté à l'unanimité

Point n° 2
DCM n° 2021-14
Objet : Forêt communale : état d'assiette des coupes 2022
Le Conseil Municipal approuve l'état d'assiette des coupes proposé par l'ONF.
Adopté à l'unanimité

Point n° 3
DCM n° 2021-15
Objet : Chasse communale : agrément d'un permissionnaire
Le Conseil Municipal agrée M. Paul RENARD comme permissionnaire du lot n° 2.
Adopté à l'unanimité
`;
    expect(analyzeText(text).items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Désignation du secrétaire de séance'],
      ['2021-14', "Forêt communale : état d'assiette des coupes 2022"],
      ['2021-15', "Chasse communale : agrément d'un permissionnaire"],
    ]);
  });

  it('mends the figures OCR read as letters ("Délibération n° 2001-3l")', () => {
    const text = `${SITTING}
Délibération n° 2001-3l
Objet : Indemnité de Conseil allouée au Comptable du Trésor
Le Conseil Municipal décide d'accorder l'indemnité de conseil au taux de 100 %.
Adopté à l'unanimité

${FESTIVAL_POINT}`;
    expect(analyzeText(text).items[0]!.number).toBe('2001-31');
  });

  it('reads the number of an extract whose label OCR wrote "Délibèration", far above its subject', () => {
    const text = `EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL RÉGIONAL
Séance plénière du 28 juin 1996
Délibèration n° 96.0417
Rapport n° 96.0238 - Commission des lycées

OBJET : PROGRAMME DES INVESTISSEMENTS DANS LES LYCÉES

Le Conseil Régional, réuni sous la présidence de M. André VANDEWALLE, Président,
Après en avoir délibéré,
DÉCIDE :
Article 1 : approuve le programme.
Adopté à l'unanimité.
`;
    expect(analyzeText(text).items[0]!.number).toBe('96.0417');
  });

  it('reads "N° 81 CD 1127": a year, the body\'s code and a rank, labelled', () => {
    const text = `EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DE LA COMMISSION DÉPARTEMENTALE
Séance du lundi 7 décembre 1981
N° 81 CD 1127

OBJET : ÉQUIPEMENTS SPORTIFS DES COMMUNES RURALES – RÉPARTITION DES SUBVENTIONS

La Commission, après en avoir délibéré, à l'unanimité, décide de répartir le crédit.
`;
    expect(analyzeText(text).items[0]!.number).toBe('81 CD 1127');
  });
});

describe('a register\'s number, then the point\'s rank, then its subject', () => {
  it('"N° 12/97 1. COMPTE ADMINISTRATIF 1996" over "Objet :" alone and the margin\'s words run into the text', () => {
    const text = `${SITTING}
N° 12/97 1. COMPTE ADMINISTRATIF 1996
Objet :
Compte admi- Sous la présidence de M. Luc PETIT, le Maire s'étant retiré,
nistratif 1996 le Conseil Municipal approuve le compte administratif de l'exercice 1996.
Adopté à l'unanimité.

N° 13/97 2. BUDGET PRIMITIF 1997
Objet :
Budget Le Maire présente au Conseil Municipal le projet de budget primitif pour l'exercice
primitif 1997 1997. Le Conseil Municipal adopte le budget primitif 1997.
Adopté par 11 voix pour et 1 contre.
`;
    expect(analyzeText(text).items.map((i) => [i.number, i.title])).toEqual([
      ['12/97', 'COMPTE ADMINISTRATIF 1996'],
      ['13/97', 'BUDGET PRIMITIF 1997'],
    ]);
  });

  it('"n° 2011-01 1 - COMPTE DE GESTION 2010": the number in the margin in lower case, the rank before a dash; not "n° 2019-12 du 3 mars" in a sentence', () => {
    const text = `${SITTING}
n° 2011-01 1 - COMPTE DE GESTION 2010
Compte de
gestion 2010 Le Maire présente le compte de gestion, conforme à la délibération
n° 2010-12 du 9 décembre 2010. Le Conseil Municipal, à l'unanimité, déclare que le compte
de gestion n'appelle ni observation ni réserve.

n° 2011-02 2 - COMPTE ADMINISTRATIF 2010
Compte admi-
nistratif 2010 Le Conseil Municipal approuve le compte administratif à l'unanimité.
`;
    expect(analyzeText(text).items.map((i) => [i.number, i.title])).toEqual([
      ['2011-01', 'COMPTE DE GESTION 2010'],
      ['2011-02', 'COMPTE ADMINISTRATIF 2010'],
    ]);
  });
});

describe("a deliberation's number under its point's title", () => {
  it('"Délibération n° 99.1214 - Rapporteur : …" under "3. …": the deliberation\'s number, in any shape', () => {
    const text = `${SITTING}
1. Adoption du procès-verbal de la séance du 27 mai 1999
Le procès-verbal est adopté à l'unanimité.

2. Contrat de Plan État-Région 2000-2006 : priorités régionales
Délibération n° 99.1214 - Rapporteur : M. Luc PETIT, Vice-Président
Après en avoir délibéré, le Conseil approuve les priorités régionales figurant en annexe.
Pour : 64 - Contre : 23 - Abstentions : 11

3. Fonds régional pour l'emploi : dotation complémentaire 1999
Délibération n° 99.1215
Le Conseil décide d'affecter une dotation complémentaire au fonds.
Adoptée à l'unanimité.
`;
    expect(analyzeText(text).items.map((i) => i.number)).toEqual(['1', '99.1214', '99.1215']);
  });

  it("'l - C0MPTE ADMINISTRATIF l987' (an l for the first point's 1, the title's O a 0) over '2 - BUDGET …': the first point, ranked 1; no point of an l without a second ranked in figures", () => {
    const text = `${SITTING}
l - C0MPTE ADMINISTRATIF l987
Le compte administratif de l'exercice l987 est approuvé à l'unanimité.

2 - BUDGET SUPPLEMENTAIRE l988
Le Conseil adopte le budget supplémentaire par 16 voix pour et 4 voix contre.
`;
    expect(analyzeText(text).items.map((i) => i.number)).toEqual(['1', '2']);
    expect(analyzeText(text.replace('2 - BUDGET', 'B - BUDGET')).items.map((i) => i.number)).not.toContain('1');
  });

  it("OCR's speck as a quote between a typescript's rank and its title ('5°)  \' PERSONNEL'), on a page OCR marred", () => {
    const text = `${SITTING}
1°) BUDGET SUPPLEMENTAIRE DE L'EXERCICE l981
Le Conseil Municipal adopte le budget supplémentaire à l'unanimité.

2°)  ' PERSONNEL - Création d'un emploi de commis.
Le Conseil Municipal, à l'unanimité, DONNE un avis favorable à la création de cet emploi.
`;
    expect(analyzeText(text).items.map((i) => [i.number, i.title])).toEqual([
      ['1', "BUDGET SUPPLEMENTAIRE DE L'EXERCICE 1981"],
      ['2', "PERSONNEL - Création d'un emploi de commis"],
    ]);
  });

  it("OCR's specks in the ranks: 'l - BUDGET' (an l for the first point's 1), '2 -' VOIRIE', '3‘ - GROUPE', '4 -. ELECTRIFICATION', '1O - REPAS' (an O for a 0)", () => {
    const text = `${SITTING}
l - BUDGET SUPPLEMENTAIRE DE L'EXERCICE l981
Le Conseil Municipal adopte le budget supplémentaire par 15 voix pour et 2 contre.

2 -' VOIRIE C0MMUNALE - PROGRAMME 1982 - EMPRUNT
Le Conseil Municipal approuve le programme de voirie. Adopté à l'unanimité.

3‘ - GROUPE SCOLAIRE - CREATION D'UNE CLASSE MATERNELLE
Le Conseil Municipal approuve la création d'une classe. Adopté à l'unanimité.

4 -. ELECTRIFICATION RURALE
Le Conseil Municipal accepte le programme. Adopté à l'unanimité.

5 - SUBVENTIONS AUX ASSOCIATIONS
Le Conseil Municipal accorde les subventions. Adopté à l'unanimité.

6 - SALLE DES FETES
Le Conseil Municipal fixe les tarifs. Adopté à l'unanimité.

7 - CIMETIERE
Le Conseil Municipal fixe le tarif des concessions. Adopté à l'unanimité.

8 - PERSONNEL
Le Conseil Municipal décide la création d'un poste. Adopté à l'unanimité.

9 - VOIRIE RURALE
Le Conseil Municipal approuve les travaux. Adopté à l'unanimité.

1O - REPAS DES AINES
Le Conseil Municipal fixe la participation. Adopté à l'unanimité.
`;
    expect(analyzeText(text).items.map((i) => [i.number, i.title])).toEqual([
      ['1', "BUDGET SUPPLEMENTAIRE DE L'EXERCICE 1981"],
      ['2', 'VOIRIE COMMUNALE - PROGRAMME 1982 - EMPRUNT'],
      ['3', "GROUPE SCOLAIRE - CREATION D'UNE CLASSE MATERNELLE"],
      ['4', 'ELECTRIFICATION RURALE'],
      ['5', 'SUBVENTIONS AUX ASSOCIATIONS'],
      ['6', 'SALLE DES FETES'],
      ['7', 'CIMETIERE'],
      ['8', 'PERSONNEL'],
      ['9', 'VOIRIE RURALE'],
      ['10', 'REPAS DES AINES'],
    ]);
  });

  it("OCR's specks after a roman rank's full stop or its dash: \"II.' - COMPTE\", \"VI. -. RENFORCEMENT\", \"VIII. -, SUBVENTIONS\"", () => {
    const text = `${SITTING}
I. - BUDGET SUPPLEMENTAIRE DE L'EXERCICE l981
Le Conseil Municipal adopte le budget supplémentaire par 15 voix pour et 2 contre. Il n'appelle qu'une observation de M. PIETRI, qui regrette qu'il ait falIu emprunter.

II.' - COMPTE ADMINISTRATIF DE L'EXERCICE 1979
Le Conseil Municipal approuve le compte administratif. Adopté à l'unanimité.

III. - COMPTE DE GESTION DU RECEVEUR MUNICIPAL
Le Conseil Municipal déclare que le compte de gestion n'appelle ni observation ni réserve. Adopté à l'unanimité.

IV. -. RENFORCEMENT DU RESEAU D'ADDUCTION D'EAU
Le Conseil Municipal décide de contracter un emprunt. Adopté à l'unanimité.

V. -, SUBVENTIONS AUX ASSOCIATIONS
Le Conseil Municipal accorde les subventions. Adopté à l'unanimité.
`;
    expect(analyzeText(text).items.map((i) => [i.number, i.title])).toEqual([
      ['I', "BUDGET SUPPLEMENTAIRE DE L'EXERCICE 1981"],
      ['II', "COMPTE ADMINISTRATIF DE L'EXERCICE 1979"],
      ['III', 'COMPTE DE GESTION DU RECEVEUR MUNICIPAL'],
      ['IV', "RENFORCEMENT DU RESEAU D'ADDUCTION D'EAU"],
      ['V', 'SUBVENTIONS AUX ASSOCIATIONS'],
    ]);
  });

  it('"10/112 CP - DOTATION …": the Commission Permanente\'s letters close the number; a title wrapped onto "2ème REPARTITION 2010"', () => {
    const text = `${SITTING}
10/112 CP - DOTATION DE SOLIDARITE TERRITORIALE AUX COMMUNES - 1ère REPARTITION 2010

Rapporteur : M. Luc PETIT.
La Commission Permanente approuve la répartition. Adopté à l'unanimité.

10/115 CP - SUBVENTIONS AUX ASSOCIATIONS CULTURELLES, SPORTIVES ET DE JEUNESSE -
2ème REPARTITION 2010

Rapporteur : Mme Anne MARTIN.
La Commission Permanente attribue les subventions. Adopté à l'unanimité.
`;
    expect(analyzeText(text).items.map((i) => [i.number, i.title])).toEqual([
      ['10/112 CP', 'DOTATION DE SOLIDARITE TERRITORIALE AUX COMMUNES - 1ère REPARTITION 2010'],
      ['10/115 CP', 'SUBVENTIONS AUX ASSOCIATIONS CULTURELLES, SPORTIVES ET DE JEUNESSE - 2ème REPARTITION 2010'],
    ]);
  });

  it('"N° 81-B-31 – Décharge contrôlée …": a number with its letters between dashes, then the title after a dash', () => {
    const text = `${SITTING}
N° 81-B-31 – Décharge contrôlée de Kerlann – acquisition de terrain
Le Président expose le dossier. Le Bureau, à l'unanimité, décide l'acquisition de cette parcelle.

N° 81-B-32 – Transports scolaires – convention avec le Département
Lecture est donnée du projet de convention. Adopté à l'unanimité.
`;
    expect(analyzeText(text).items.map((i) => [i.number, i.title])).toEqual([
      ['81-B-31', 'Décharge contrôlée de Kerlann – acquisition de terrain'],
      ['81-B-32', 'Transports scolaires – convention avec le Département'],
    ]);
  });

  it('"Délibération n° B.93.021" under the title\'s underline (an OCR speck after it): the number, opening on its letter', () => {
    const text = `${SITTING}
1. APPROBATION DU COMPTE RENDU DE LA REUNION DU 8 FEVRIER 1993
Le compte rendu est adopté à l'unanimité.

2. ZONE D'ACTIVITES DU HAUT-FOURNEAU - ACQUISITION DE TERRAINS
   -------------------------------------------------------------
   Délibération n° B.93.021

Le Bureau, après en avoir délibéré, à l'unanimité, DECIDE d'acquérir les terrains.

3. ADHESION AU COMITE NATIONAL D'ACTION SOCIALE
   -------------------------------------------- .
   Déliberation  n° B.93.022

Le Bureau, après en avoir délibéré, à l'unanimité, DECIDE d'adhérer au comité.
`;
    expect(analyzeText(text).items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'APPROBATION DU COMPTE RENDU DE LA REUNION DU 8 FEVRIER 1993'],
      ['B.93.021', "ZONE D'ACTIVITES DU HAUT-FOURNEAU - ACQUISITION DE TERRAINS"],
      ['B.93.022', "ADHESION AU COMITE NATIONAL D'ACTION SOCIALE"],
    ]);
  });

  it('"2. TARIFS COMMUNAUX 2021 - Délibération n° 2020-058": the number closing the title is the item\'s, the title without it', () => {
    const text = `${SITTING}
1. APPROBATION DU PROCES-VERBAL DU 19 NOVEMBRE 2020
Le procès-verbal est approuvé à l'unanimité.

2. TARIFS COMMUNAUX 2021 - Délibération n° 2020-058
Après en avoir délibéré, le Conseil Municipal, à l'unanimité, FIXE les tarifs communaux 2021.

3. DECISION MODIFICATIVE N° 3 - BUDGET PRINCIPAL - Délibération n° 2020-059
Le Conseil Municipal APPROUVE la décision modificative n° 3 par 2 voix pour et 1 abstention.
`;
    expect(analyzeText(text).items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'APPROBATION DU PROCES-VERBAL DU 19 NOVEMBRE 2020'],
      ['2020-058', 'TARIFS COMMUNAUX 2021'],
      ['2020-059', 'DECISION MODIFICATIVE N° 3 - BUDGET PRINCIPAL'],
    ]);
  });

  it('"Objet: Vote du compte administratif 2016 - Commune - DE_2017_008": the code closing a subject after "Objet:"', () => {
    const text = `${SITTING}
Objet: Vote du compte administratif 2016 - Commune - DE_2017_008
Le Conseil municipal vote le compte administratif. Adopté à l'unanimité.

Objet: Vote des taux d'imposition des taxes directes locales 2017 - DE_2017_010
Le Conseil municipal décide de maintenir les taux. Adopté à l'unanimité.
`;
    expect(analyzeText(text).items.map((i) => [i.number, i.title])).toEqual([
      ['DE_2017_008', 'Vote du compte administratif 2016 - Commune'],
      ['DE_2017_010', "Vote des taux d'imposition des taxes directes locales 2017"],
    ]);
  });

  it('"4. APPROBATION DES COMPTES DE GESTION 2023 — DEL-2024-012": an act\'s code without its label; "… - ANNEE 2003-2004" is none', () => {
    const text = `${SITTING}
4. APPROBATION DES COMPTES DE GESTION 2023 — DEL-2024-012
Le Conseil communautaire approuve les comptes de gestion. Adopté à l'unanimité.

5. TARIFS DE LA RESTAURATION SCOLAIRE - ANNEE 2003-2004
Le Conseil fixe les tarifs. Adopté à l'unanimité.
`;
    expect(analyzeText(text).items.map((i) => [i.number, i.title])).toEqual([
      ['DEL-2024-012', 'APPROBATION DES COMPTES DE GESTION 2023'],
      ['5', 'TARIFS DE LA RESTAURATION SCOLAIRE - ANNEE 2003-2004'],
    ]);
  });
});

describe('a regional council\'s points, numbered by their rank, their report\'s number under the title', () => {
  const text = `${SITTING}
I. - APPROBATION DU PROCES-VERBAL DE LA SEANCE DU 25 JUIN 1982

     Le procès-verbal est adopté à l'unanimité.

II. - DECISION MODIFICATIVE N° 2 AU BUDGET DE LA REGION POUR 1982
      (Rapport n° 82-61)

M. MANGIN, rapporteur général. - La décision modificative tire les conséquences du transfert de l'exécutif.

     Mis aux voix, le projet de délibération est adopté par 37 voix contre 11 et 2 abstentions.

IV. - MOTION SUR L'AVENIR DE LA SIDERURGIE LORRAINE

M. LE PRESIDENT donne lecture du projet de motion déposé par MM. HUMBERT,
GERARDIN et COLIN :

     " Le Conseil Régional de Lorraine, réuni le 29 octobre 1982, demande
     au Gouvernement que le plan de restructuration de la sidérurgie ne soit
     arrêté qu'après consultation des élus régionaux et que soient maintenues
     en Lorraine les capacités de production d'acier prévues au plan de 1979. "

M. KLEIN. - Nous ne pouvons nous associer à un texte qui met en cause la
seule responsabilité du Gouvernement actuel.

     Mise aux voix, la motion est adoptée par 31 voix contre 17.
`;
  it('"(Rapport n° 82-61)" under the title is the item\'s number', () => {
    expect(analyzeText(text).items.map((i) => i.number)).toEqual(['I', '82-61', 'IV']);
  });
  it('"GERARDIN et COLIN :" after a line ending on a comma goes on with its sentence: no heading', () => {
    expect(findHeadings(text, 0).map((h) => h.title).filter((t) => t.includes('GERARDIN'))).toEqual([]);
    expect(findHeadings(text, 0).map((h) => h.number)).toContain('IV');
  });
});

describe('a numbered title wrapped after a number', () => {
  it('"… Alpes Logis Social - 18" / "logements …" is a title, not a budget\'s row ending on an amount', () => {
    const text = `2004/111 - FINANCES - Décision modificative n° 2 - Budget principal
Le Conseil approuve la DM n° 2. Adopté par 24 voix pour et 6 voix contre.
2004/112 - FINANCES - Garantie d'emprunt a la SA d'HLM Alpes Logis Social - 18
logements "Les Vergers du Nant"
Garantie accordée à 100 % pour un prêt PLUS de 1 642 000 €.
Adopté à l'unanimité.
2004/113 - SPORTS - Tarifs de la patinoire municipale - saison 2004/2005
Le Conseil fixe les tarifs. Adopté à l'unanimité.
`;
    expect(findHeadings(text, 0).map((h) => h.number)).toEqual(['2004/111', '2004/112', '2004/113']);
    // A row of a budget's table still is none: its amount has its cents.
    expect(findHeadings(text.replace(' - 18\nlogements "Les Vergers du Nant"', '   - 4 500,00'), 0).map((h) => h.number)).toEqual(['2004/111', '2004/113']);
  });
});

describe('a regional council\'s deliberations numbered by year and rank with a dot ("2019.01102")', () => {
  it('reads each number and its title', () => {
    const text = `CONSEIL REGIONAL
SEANCE PLENIERE DU JEUDI 27 JUIN 2019
RELEVÉ DES DÉCISIONS

2019.01102     Compte administratif 2018 - Budget principal de la Région
               Le Conseil régional arrête les résultats définitifs du compte administratif 2018.
               ADOPTÉ - Pour : 98 - Contre : 38 - Abstention : 21

2019.01103     Compte de gestion 2018 du Payeur régional
               Le Conseil régional déclare que le compte de gestion n'appelle ni observation ni réserve.
               ADOPTÉ à l'unanimité
`;
    expect(findHeadings(text, 0).filter((h) => h.scheme === 'numbered').map((h) => [h.number, h.title])).toEqual([
      ['2019.01102', 'Compte administratif 2018 - Budget principal de la Région'],
      ['2019.01103', 'Compte de gestion 2018 du Payeur régional'],
    ]);
  });
});

describe("an extract's header in two columns", () => {
  it('"Délibération n° 94-06-17      Commission : …" / "Rapport n° 6-12" / "OBJET : …": the deliberation\'s number, the subject under "OBJET :"', () => {
    const text = `EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL REGIONAL
Séance plénière du 24 juin 1994

Délibération n° 94-06-17                         Commission : Education - Formation
                                                 Rapport n° 6-12

OBJET : PROGRAMME REGIONAL D'INVESTISSEMENT DANS LES LYCEES -
RESTRUCTURATION DES ATELIERS

Le Conseil Régional, régulièrement convoqué, s'est réuni le 24 juin 1994.
APRES EN AVOIR DELIBERE, DECIDE d'approuver l'avant-projet.
Adopté par 36 voix pour et 8 abstentions.
`;
    expect(analyzeText(text).items.map((i) => [i.number, i.title])).toEqual([['94-06-17', "PROGRAMME REGIONAL D'INVESTISSEMENT DANS LES LYCEES - RESTRUCTURATION DES ATELIERS"]]);
  });
});

describe("a table of files in an extract's report, a row wrapped after its commune's name", () => {
  it('"04/032 SAINT-HERVE-DES-" / "LANDES PO … 15 016,20 3 003,24": a row, no heading; the subject under "Objet :" is the item', () => {
    const text = `EXTRAIT DU REGISTRE DES DELIBERATIONS DU BUREAU COMMUNAUTAIRE
Objet :
OPAH du Pays de Penhoat - Attribution des aides communautaires aux propriétaires
L'an deux mil quatre, le quinze mars, le Bureau, dûment convoqué, s'est réuni sous la présidence de Monsieur Yves LE BIHAN, Président.
Etaient présents : M. LE BIHAN Yves, Président ; M. GUEGUEN Alain ; Mme PRIGENT Annick.
Le détail des dossiers est présenté dans le tableau ci-dessous.
04/032 SAINT-HERVE-DES-
LANDES PO Assainissement non collectif 15 016,20 3 003,24 1 500,00 plaf.
04/033 PLOUGAVEN PO Menuiseries, isolation combles 14 837,50 5 193,12 1 483,75 10%
Le Bureau, après en avoir délibéré,
ARTICLE 1 : ATTRIBUE les aides communautaires aux bénéficiaires figurant au tableau ci-dessus.
Adopté à l'unanimité.
`;
    expect(analyzeText(text).items.map((i) => i.title)).toEqual(['OPAH du Pays de Penhoat - Attribution des aides communautaires aux propriétaires']);
  });
});

describe('a PV whose points are reports, each closed by its deliberation\'s number', () => {
  it('"RAPPORT N° 291 : …" … "(Délibération n° 13/241 AC)": the deliberation\'s number is the item\'s', () => {
    const text = `${SITTING}
RAPPORT N° 291 : DECISION MODIFICATIVE N° 2 DU BUDGET 2013
M. FRANCISCI présente le rapport.
Le rapport est ADOPTE.
POUR : 37 ; CONTRE : 0 ; ABSTENTION : 12
(Délibération n° 13/241 AC)

RAPPORT N° 294 : CONVENTION-CADRE 2014-2016 AVEC L'OFFICE HYDRAULIQUE
M. FRANCISCI présente le rapport.
Le rapport est ADOPTE à l'unanimité.
(Délibération n° 13/242 AC)
`;
    expect(analyzeText(text).items.map((i) => i.number)).toEqual(['13/241 AC', '13/242 AC']);
  });
});

describe("an extract's annex", () => {
  it('"ANNEXE A LA DELIBERATION N° …" after the signature: its parts are no points', () => {
    const text = `COMMUNE DE VERNOU-LES-ETANGS
EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL
Séance du 23 mars 2007
Délibération n° 2007/12
L'an deux mille sept, le vingt-trois mars, le Conseil Municipal s'est réuni sous la présidence de M. POUILLOT Gérard, Maire.
Présents : M. POUILLOT Gérard, Mme RABIER Annick, M. CHOLLET Didier.
Objet : VOTE DU BUDGET PRIMITIF 2007
Le Conseil Municipal, après en avoir délibéré, adopte le budget primitif 2007.
Adopté à l'unanimité.
Pour extrait certifié conforme,
Le Maire, Gérard POUILLOT
\fANNEXE A LA DELIBERATION N° 2007/12
II - PRESENTATION GENERALE DU BUDGET
Section de fonctionnement 312 450,00
III - VOTE DU BUDGET
Le budget est voté par chapitre.
Pour 10 Contre 0 Abstention 0
IV - ANNEXES
Etat du personnel au 1er janvier 2007
`;
    const doc = analyzeText(text);
    expect(doc.kind).toBe('deliberation');
    expect(doc.items.map((i) => i.title)).toEqual(['VOTE DU BUDGET PRIMITIF 2007']);
  });
});

describe('a relevé whose points state the act in one sentence', () => {
  it('"Le conseil communautaire crée …", "… instaure …" open the decision', () => {
    const text = `${SITTING}
DEL-2019-090 – Modification du tableau des effectifs
Le conseil communautaire crée un poste d'adjoint technique au 1er septembre 2019 et modifie le tableau des effectifs en conséquence.
Adoptée à l'unanimité.

DEL-2019-091 – Mise en place du RIFSEEP pour les éducateurs de jeunes enfants
Le conseil communautaire instaure l'IFSE et le CIA pour ce cadre d'emplois à compter du 1er juillet 2019.
Adoptée à la majorité (2 abstentions).
`;
    expect(analyzeText(text).items.map((i) => (i.decision?.articles ?? []).map((a) => a.action))).toEqual([['crée', 'modifie'], ['instaure']]);
  });
});

describe('"Affaire n° …" heading a point', () => {
  it('"Affaire n° 2018-04-01 : Title" is numbered by its deliberation\'s number, its title after the colon', () => {
    const text = `${SITTING}
Affaire n° 2018-04-01 : Compte de gestion 2017 du Comptable public – Budget principal
Rapporteur : Mme Anne MARTIN
Le Conseil Municipal, après en avoir délibéré, à l'unanimité :
DÉCLARE que le compte de gestion dressé pour l'exercice 2017 n'appelle ni observation ni réserve.

Affaire n° 2018-04-02 : Compte administratif 2017 – Budget principal
Rapporteur : Mme Anne MARTIN
Le Conseil Municipal, après en avoir délibéré, par 21 voix pour et 4 contre, APPROUVE le compte administratif 2017.
`;
    expect(analyzeText(text).items.map((i) => [i.number, i.title])).toEqual([
      ['2018-04-01', 'Compte de gestion 2017 du Comptable public – Budget principal'],
      ['2018-04-02', 'Compte administratif 2017 – Budget principal'],
    ]);
  });
});

describe('a decision opening on its body and "agrée"', () => {
  it('"Le conseil municipal agrée M. X …" is the decision, not the report', () => {
    const text = `${SITTING}
1. Chasse communale - agrément d'un nouveau permissionnaire
Le conseil municipal agrée M. Patrick MULLER en qualité de permissionnaire du lot n° 1.
Adopté à l'unanimité.

${FESTIVAL_POINT}`;
    const doc = analyzeText(text);
    const decision = doc.sections.find((s) => s.kind === 'decision' && s.item === 0)!;
    expect(doc.text.slice(decision.start, decision.end)).toMatch(/^Le conseil municipal agrée M\. Patrick MULLER/);
  });
});

describe("a relevé's point whose line runs on after its title's colon to the outcome", () => {
  it('"2 – Budget primitif : le budget, qui …, est adopté par 19 voix", "5 – Indemnité : taux de 100 % accordé …. Adopté à l\'unanimité."', () => {
    const text = `${SITTING}
1 – Compte rendu de la séance du 7 février 1992 : adopté à l'unanimité.
2 – Budget primitif 1992 de la commune : le budget, qui s'équilibre à 31 482 600 F en section de fonctionnement, est adopté par 19 voix pour et 4 voix contre.
3 – Indemnité de conseil allouée au Receveur municipal : taux de 100 % accordé pour la durée du mandat. Adopté à l'unanimité.
4 – Jumelage avec la commune de Saint-Léger : le Conseil approuve la charte de jumelage. Adopté à l'unanimité.
`;
    expect(analyzeText(text).items.map((i) => [i.number, i.title, i.decision?.outcome])).toEqual([
      ['1', 'Compte rendu de la séance du 7 février 1992', 'adopted'],
      ['2', 'Budget primitif 1992 de la commune', 'adopted'],
      ['3', 'Indemnité de conseil allouée au Receveur municipal', 'adopted'],
      ['4', 'Jumelage avec la commune de Saint-Léger', 'adopted'],
    ]);
  });
});

describe('a register\'s number beside the lists, "OBJET :" beside the rapporteur\'s line, the subject in the margin under it', () => {
  it('"N° 99/111 Présents : les mêmes" / "OBJET : Rapporteur : M. X" / "Décision modificative M. X expose …": numbered, titled from the margin', () => {
    const text = `${SITTING}
N° 99/110
OBJET : Approbation du procès-verbal de la séance du 29 octobre 1999
Le procès-verbal est adopté à l'unanimité.
N° 99/111 Présents : les mêmes que ci-dessus.
OBJET : Rapporteur : M. Luc PETIT, Adjoint délégué aux finances.
Décision modificative M. PETIT expose au Conseil Municipal qu'il convient, en cette fin
n° 3 - Budget communal d'exercice, d'ajuster certains crédits du budget communal.
Après en avoir délibéré, par 18 voix pour et 5 voix contre,
- APPROUVE la décision modificative n° 3 du budget communal de l'exercice 1999.
N° 99/112
OBJET : Rapporteur : Mme Anne MARTIN, Adjointe déléguée aux affaires
Restauration scolaire scolaires.
Mme MARTIN indique que les tarifs n'ont pas été révisés depuis 1997.
Après en avoir délibéré, à l'unanimité,
- FIXE les tarifs de la restauration scolaire.
`;
    expect(analyzeText(text).items.map((i) => [i.number, i.title])).toEqual([
      ['99/110', 'Approbation du procès-verbal de la séance du 29 octobre 1999'],
      ['99/111', 'Décision modificative'],
      ['99/112', 'Restauration scolaire scolaires'],
    ]);
  });
});

describe('"Affaire n° 3" then the title in capitals after spaces', () => {
  it("a register's affairs ranked by their label, the title set off by a run of spaces", () => {
    const text = `${SITTING}
Affaire n° 1         DESIGNATION DU SECRETAIRE DE SEANCE
                     Le Conseil Municipal désigne à l'unanimité Mme Anne MARTIN pour remplir les fonctions
                     de secrétaire de séance.

Affaire n° 2         COMPTE DE GESTION 2005 DU RECEVEUR MUNICIPAL
                     Le Conseil Municipal, après en avoir délibéré, à l'unanimité,
                     - DECLARE que le compte de gestion n'appelle ni observation ni réserve.
`;
    expect(analyzeText(text).items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'DESIGNATION DU SECRETAIRE DE SEANCE'],
      ['2', 'COMPTE DE GESTION 2005 DU RECEVEUR MUNICIPAL'],
    ]);
  });

  it('numbered by the act\'s number in the margin under it ("DCM n° 2006/031      Rapporteur : …")', () => {
    const text = `${SITTING}
Affaire n° 3         COMPTE ADMINISTRATIF 2005 - BUDGET PRINCIPAL
DCM n° 2006/031      Rapporteur : M. Luc PETIT, 1er Adjoint délégué aux finances
                     Le Conseil Municipal, après en avoir délibéré, par 20 voix POUR et 5 voix CONTRE,
                     - APPROUVE le compte administratif de l'exercice 2005.

Affaire n° 4         COMPTE DE GESTION 2005 DU RECEVEUR MUNICIPAL
DCM n° 2006/032      Rapporteur : M. Luc PETIT
                     Le Conseil Municipal, après en avoir délibéré, à l'unanimité,
                     - DECLARE que le compte de gestion n'appelle ni observation ni réserve.
`;
    expect(analyzeText(text).items.map((i) => [i.number, i.title])).toEqual([
      ['2006/031', 'COMPTE ADMINISTRATIF 2005 - BUDGET PRINCIPAL'],
      ['2006/032', 'COMPTE DE GESTION 2005 DU RECEVEUR MUNICIPAL'],
    ]);
  });
});

describe('"N° 2026-AP-031 TITLE": a lettered number, no dash, a title in capitals', () => {
  it("a region's register numbers its acts with their session's letters", () => {
    const text = `ASSEMBLÉE PLÉNIÈRE — SÉANCE DU JEUDI 19 MARS 2026
Présidence : M. Paul DURAND, Président du Conseil régional
N° 2026-AP-031 COMPTE FINANCIER UNIQUE DE L'EXERCICE 2025
L'Assemblée plénière approuve le compte financier unique 2025 du budget principal.
Votes : Pour 128 — Contre 52 — Abst. 9
ADOPTÉE
N° 2026-AP-032 AFFECTATION DU RÉSULTAT DE L'EXERCICE 2025
L'Assemblée plénière affecte l'excédent de fonctionnement 2025 en réserves.
Votes : Pour 129 — Contre 51 — Abst. 9
ADOPTÉE
`;
    expect(analyzeText(text).items.map((i) => [i.number, i.title])).toEqual([
      ['2026-AP-031', "COMPTE FINANCIER UNIQUE DE L'EXERCICE 2025"],
      ['2026-AP-032', "AFFECTATION DU RÉSULTAT DE L'EXERCICE 2025"],
    ]);
  });
});

describe("a form's labels then their values, one a line, over the subject", () => {
  it('"N° d\'acte" / "Nature" / "Rapporteur" then "89/041" / "Délibération" / "M. X": the number is the first value', () => {
    const text = `${SITTING}
N° d'acte
Nature
Rapporteur
89/041
Délibération
M. PETIT, Vice-Président
Objet : BUDGET PRIMITIF DE L'EXERCICE 1990
Le Conseil, après en avoir délibéré, adopte le budget primitif de l'exercice 1990.
Adopté à l'unanimité.

N° d'acte
Nature
Rapporteur
89/042
Délibération
Mme MARTIN
Objet : ENLEVEMENT DES ORDURES MENAGERES - REDEVANCE 1990
Le Conseil, après en avoir délibéré, fixe la redevance pour 1990.
Adopté à l'unanimité.
`;
    expect(analyzeText(text).items.map((i) => i.number)).toEqual(['89/041', '89/042']);
  });
});

describe('"Objet" as OCR read it', () => {
  it('"D2026_021 - 0bjet : INDEMNITES …", its O a zero: the number, then the subject', () => {
    const text = `${SITTING}
D2026_021 - 0bjet : INDEMNITES DE FONCTION DU MAIRE ET DES ADJOINTS
Le Conseil Municipal, après en avoir délibéré, DECIDE de fixer le montant des indemnités de fonction.
Adopté par 16 voix pour et 2 abstentions.
`;
    expect(analyzeText(text).items.map((i) => [i.number, i.title])).toEqual([['D2026_021', 'INDEMNITES DE FONCTION DU MAIRE ET DES ADJOINTS']]);
  });
});

describe('lines in capitals that head no point', () => {
  it('a stamp\'s identifier over the subject, and a table\'s TOTAL row, are no titles', () => {
    const text = `EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL COMMUNAUTAIRE
SEANCE DU 12 DÉCEMBRE 2019
L'an deux mille dix-neuf, le douze décembre à dix-huit heures, le Conseil communautaire, dûment convoqué, s'est réuni sous la présidence de M. Gérard AUBERT, Président.
Étaient présents : M. Gérard AUBERT, Mme Sylvie BARRAL, M. Alain BÉRENGUIER.
Le quorum étant atteint, le Conseil communautaire peut valablement délibérer.
Envoyé en préfecture le 18/12/2019
Reçu en préfecture le 18/12/2019
Affiché le
ID : 083-200071254-20191212-DEL2019_1 47-DE
OBJET : FINANCES - TRANSFERT DES COMPÉTENCES « EAU » ET « ASSAINISSEMENT » AU 1er JANVIER 2020 -
APPROBATION DU RAPPORT DE LA CLECT ET FIXATION DES ATTRIBUTIONS DE COMPENSATION
Rapporteur : M. Jacques BONIFAY, Vice-président délégué aux finances
Il est proposé de fixer les attributions de compensation provisoires suivantes (en euros) :
Commune AC 2019 Charges AC 2020
Saint-Julien 6 812 450 412 300 6 400 150
La Bastide 1 204 880 96 540 1 108 340
TOTAL 8 017 330 508 840 7 508 490
Les attributions de compensation définitives seront arrêtées par le Conseil après l'adoption du rapport.
Le Conseil communautaire, après en avoir délibéré, à l'unanimité :
APPROUVE les attributions de compensation provisoires 2020.
`;
    const doc = analyzeText(text);
    expect(doc.items.map((i) => i.title)).toEqual([
      'FINANCES - TRANSFERT DES COMPÉTENCES « EAU » ET « ASSAINISSEMENT » AU 1er JANVIER 2020 - APPROBATION DU RAPPORT DE LA CLECT ET FIXATION DES ATTRIBUTIONS DE COMPENSATION',
    ]);
  });
});

describe('a record copied from a web page', () => {
  it('the acts the page links to under "Documents associés" are no items of it', () => {
    const doc = analyzeText(`SYNDICAT MIXTE D'EAU POTABLE DE LA HAUTE-VÉRONNE
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL
Séance du 12 décembre 2023
L'an deux mille vingt-trois, le douze décembre à dix-huit heures trente, le Comité syndical, dûment convoqué, s'est réuni sous la présidence de M. Thierry LEMARCHAND, Président.
Étaient présents : M. Thierry LEMARCHAND, Mme Annie PAUMELLE, M. Paul BOUTEILLER.
Secrétaire de séance : Mme Annie PAUMELLE.
Délibération n° 2023-38 – Fixation des tarifs de l'eau potable pour l'année 2024
Le Président rappelle que les tarifs de l'eau potable doivent être fixés chaque année.
Après en avoir délibéré, le Comité syndical, à l'unanimité :
Article 1 : FIXE les tarifs de l'eau potable applicables à compter du 1er janvier 2024.
Article 2 : CHARGE M. le Président de l'exécution de la présente délibération.
Pour extrait certifié conforme,
Le Président,
Thierry LEMARCHAND
Documents associés
Délibération n° 2023-37 – Décision modificative n° 2 – Budget annexe eau potable
Délibération n° 2023-39 – Rapport annuel sur le prix et la qualité du service 2022
← Article précédent
Article suivant →
`);
    expect(doc.kind).toBe('deliberation');
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['2023-38', "Fixation des tarifs de l'eau potable pour l'année 2024"]]);
  });
});

describe('a form one field a line, its label over its value', () => {
  it('the number\'s subject is the value under "Objet", and the "Matière" code under its label is no point', () => {
    const doc = analyzeText(`COMMUNE DE SANTA-MARIA
COMPTE RENDU SOMMAIRE DE LA SEANCE DU CONSEIL MUNICIPAL DU 26 MARS 1993
L'an mil neuf cent quatre-vingt-treize, le vingt-six mars à dix-huit heures, le Conseil municipal, légalement convoqué, s'est réuni sous la présidence de M. Paul ROCCA, Maire.
Présents : M. Paul ROCCA, M. Jean TAFANI, Mme Anne BIAGGI.

Point
2
Délibération n°
93/012
Matière
7.1 - Décisions budgétaires
Objet
Compte de gestion 1992
Rapporteur
M. TAFANI Jean
Résumé de la décision
Le Conseil municipal déclare que le compte de gestion 1992 n'appelle ni observation ni réserve.
Adopté à l'unanimité.
Point
3
Délibération n°
93/013
Matière
7.2 - Fiscalité
Objet
Vote des taux des contributions directes pour 1993
Rapporteur
M. ROCCA Paul
Résumé de la décision
Le Conseil municipal fixe les taux des contributions directes pour 1993.
Adopté à l'unanimité.
`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['93/012', 'Compte de gestion 1992'],
      ['93/013', 'Vote des taux des contributions directes pour 1993'],
    ]);
  });
});

describe('a subject in capitals wrapped over full lines', () => {
  it('reads "OBJET :" and the lines in capitals under it, full or shorter, as one title', () => {
    const doc = analyzeText(`EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL
SEANCE DU 28 FEVRIER 1986
L'an mil neuf cent quatre vingt six, le vingt huit février, le Conseil Municipal s'est réuni sous la présidence de M. Lucien BARFLEUR, Maire.
Etaient présents : MM. BARFLEUR Lucien, CORNELIE Marius.

 OBJET : CONSTRUCTION D'UN GROUPE SCOLAIRE DE HUIT CLASSES AU LIEU-DIT
         BELLE-SOURCE - APPROBATION DU PROJET ET DU PLAN DE FINANCEMENT -
         EMPRUNT AUPRES DE LA CAISSE CENTRALE

 Monsieur le Maire rappelle au Conseil que les écoles du Bourg ne peuvent plus accueillir les élèves.
 Le Conseil Municipal, après en avoir délibéré, à l'unanimité, APPROUVE le projet.
`);
    expect(doc.items.map((i) => i.title)).toEqual([
      "CONSTRUCTION D'UN GROUPE SCOLAIRE DE HUIT CLASSES AU LIEU-DIT BELLE-SOURCE - APPROBATION DU PROJET ET DU PLAN DE FINANCEMENT - EMPRUNT AUPRES DE LA CAISSE CENTRALE",
    ]);
  });
});

describe('a motion decided in one sentence', () => {
  it('"Le conseil municipal demande … et charge le maire …" is its decision, with both acts', () => {
    const text = `COMPTE RENDU SOMMAIRE DE LA SÉANCE DU CONSEIL MUNICIPAL DU 25 JUIN 2015
L'an deux mille quinze, le vingt-cinq juin, le conseil municipal s'est réuni sous la présidence de M. Teiva TAPUTU, maire.
Présents : M. Teiva TAPUTU, Mme Hina TEMAURI, M. Marc TEHEI.

1 – Tarif de l'eau des citernes communales
Le conseil municipal fixe le tarif de l'eau à 300 F CFP le mètre cube.
Vote : unanimité.

2 – Motion relative à la desserte aérienne de l'atoll
Le conseil municipal demande le rétablissement de la deuxième rotation hebdomadaire et charge le maire de transmettre la motion au Haut-commissariat.
Vote : unanimité.
`;
    const doc = analyzeText(text);
    expect(doc.items.map((i) => i.decision?.articles.map((a) => a.action))).toEqual([['fixe'], ['demande', 'charge']]);
  });
});

describe('an extract whose articles have numbered parts', () => {
  const text = `EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du 4 février 2025
L'an deux mille vingt-cinq, le quatre février, le Conseil Municipal s'est réuni sous la présidence de Monsieur Paul DURAND, Maire.
Présents : Monsieur Paul DURAND, Madame Anne MARTIN, Monsieur Luc PETIT.

OBJET : TEMPS DE TRAVAIL DES AGENTS – RÈGLEMENT DES ASTREINTES

Le Maire rappelle que le service technique assure des astreintes les week-ends d'hiver.
Le Comité Social Territorial a émis un avis favorable à l'unanimité de ses membres lors de sa séance du 9 janvier 2025.
M. PETIT regrette que les astreintes de nuit ne soient pas mieux indemnisées.

Le Conseil Municipal,
Vu le code général de la fonction publique ;

DÉCIDE :

Article 1 – Services concernés
Les astreintes sont organisées pour le service technique.

Article 2 – Organisation
2.1 – Périodes
Les astreintes couvrent les week-ends du 15 novembre au 15 mars.

2.2 – Intervention
L'agent d'astreinte intervient dans l'heure qui suit l'appel.

Article 3 – Date d'effet
Les présentes dispositions prennent effet au 1er mars 2025.

Adopté à la majorité : Pour : 2, Contre : 0, Abstention : 1 (M. PETIT)

Le Maire,
Paul DURAND
`;

  it('keeps the parts inside their article: one point, voted once', () => {
    const doc = analyzeText(text);
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]!.title).toMatch(/^TEMPS DE TRAVAIL DES AGENTS/);
    expect(doc.items[0]!.decision?.vote).toMatchObject({ unanimous: false, for: 2, against: 0, abstentions: 1 });
  });

  it('records the one act the lead states over articles that have titles, not a "décide" a paragraph', () => {
    const doc = analyzeText(text);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['décide']);
  });

  it('does not take the unanimity of an opinion recalled in the report for the decision', () => {
    const doc = analyzeText(text);
    const decision = doc.sections?.find((s) => s.kind === 'decision');
    expect(doc.text.slice(decision!.start, decision!.end)).toMatch(/^Le Conseil Municipal,\nVu le code/);
  });
});

describe('a decision whose body is named, then who presided, then its act', () => {
  it('"Le Président ayant quitté la salle, le Comité, sous la présidence de M. X, 1er Vice-Président, adopte …" decides, its act read', () => {
    const text = `${SITTING}
1 - COMPTE ADMINISTRATIF 2024 - BUDGET DE L'EAU
Le Président ayant quitté la salle, le Comité, sous la présidence de M. Gérard LUCAS, 1er Vice-Président, adopte le compte administratif 2024 du budget de l'eau.
Vote : 11 voix pour, 2 abstentions (M. RAMOS, M. CORNU).

${FESTIVAL_POINT}`;
    const item = analyzeText(text).items[0]!;
    expect(item.decision?.articles.map((a) => a.action)).toEqual(['adopte']);
    expect(item.decision?.vote).toMatchObject({ for: 11, abstentions: 2 });
  });
});

describe("a register's margin run into the line before the point's rank", () => {
  it('"Travaux de 1°) TRAVAUX DE VOIRIE 1987" heads a point, its title the capitals to the line\'s end', () => {
    const text = `${SITTING}
Travaux de 1°) TRAVAUX DE VOIRIE 1987 - CHOIX DE L'ENTREPRISE
voirie 1987 M. le Maire rappelle le programme de voirie. Le Conseil Municipal, après en avoir
 délibéré, à l'unanimité, retient l'offre de l'entreprise PERNOT.

S.I.V.O.M. 2°) S.I.V.O.M. DU SEREIN - MODIFICATION DES STATUTS
 Le Conseil Municipal, à l'unanimité, approuve la modification des statuts.
`;
    expect(analyzeText(text).items.map((i) => [i.number, i.title])).toEqual([
      ['1', "TRAVAUX DE VOIRIE 1987 - CHOIX DE L'ENTREPRISE"],
      ['2', 'S.I.V.O.M. DU SEREIN - MODIFICATION DES STATUTS'],
    ]);
  });
});

describe("a compte rendu whose points are a table laid out with spaces, after its lists", () => {
  it('reads each row of "N° / Objet / Décision / Vote" as a point, its vote from its column', () => {
    const text = `COMPTE RENDU SOMMAIRE DE SÉANCE
Conseil Municipal        Séance ordinaire du 23/06/1989 à 20:00
Présents : KLEIN Monique, BECKER Pierre, WAGNER Hubert, REISS Lucienne
Excusé : FRANTZ Michel
N°       Objet                                 Décision                                    Vote
89-038   Approbation du procès-verbal de la    Le procès-verbal est approuvé sans          Unanimité
         séance du 02/06/1989                  observation.
89-039   Compte administratif 1988 - Budget    Approuve le compte administratif 1988      18 pour
         principal                             du budget principal.                        1 abst.
89-040   Salle des fêtes - Tarifs de location  Fixe les tarifs de location de la salle.    Unanimité
Séance levée à 22:35.
`;
    const items = analyzeText(text).items;
    expect(items.map((i) => [i.number, i.title])).toEqual([
      ['89-038', 'Approbation du procès-verbal de la séance du 02/06/1989'],
      ['89-039', 'Compte administratif 1988 - Budget principal'],
      ['89-040', 'Salle des fêtes - Tarifs de location'],
    ]);
    expect(items[1]!.decision?.vote).toMatchObject({ for: 18, abstentions: 1 });
  });
});

describe("a decision stated by \"L'Assemblée\"", () => {
  it('"L\'Assemblée adopte le schéma … et autorise le Président …" gives its acts', () => {
    const text = `${SITTING}
1. Schéma départemental en faveur des personnes âgées 2014-2018
L'Assemblée adopte le schéma, organisé en quatre axes, et autorise le Président à signer les conventions de mise en œuvre.
Adopté à l'unanimité.

${FESTIVAL_POINT}`;
    expect(analyzeText(text).items[0]!.decision?.articles.map((a) => a.action)).toEqual(['adopte', 'autorise']);
  });
});

describe('a one-sentence decision whose acts assign a result', () => {
  it('"Le Conseil affecte … et reporte …" opens the decision and gives both acts', () => {
    const text = `${SITTING}
1. Affectation des résultats 2008
Le Maire présente les résultats de l'exercice 2008, approuvés lors de la séance précédente.
Le Conseil affecte 1 380 000,00 € au compte 1068 et reporte 1 038 735,62 € en section de fonctionnement.
Adopté par 25 voix pour et 6 abstentions.

${FESTIVAL_POINT}`;
    const item = analyzeText(text).items[0]!;
    expect(item.decision?.articles.map((a) => a.action)).toEqual(['affecte', 'reporte']);
  });
});

describe("an extract whose subject stands above its lists, the president's report under them", () => {
  it('"RAPPORT DE M. LE PRÉSIDENT DU CONSEIL GÉNÉRAL" heads no point: the subject does', () => {
    const text = `EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS
Réunion du Conseil Général du 26 juin 1989
Objet : COLLÈGES PUBLICS - CONSTRUCTION DU COLLÈGE DE SAINT-MARS
L'an mil neuf cent quatre-vingt-neuf, le vingt-six juin, le Conseil Général s'est réuni sous la présidence de M. Jean-Paul GUILLOCHON, Président.
Étaient présents : M. AUBERT, M. FROGER, M. MORIN.

RAPPORT DE M. LE PRÉSIDENT DU CONSEIL GÉNÉRAL
Mes chers collègues, je vous propose d'approuver l'avant-projet du collège.
Le Conseil Général, après en avoir délibéré, approuve l'avant-projet sommaire.
ADOPTÉ
`;
    expect(analyzeText(text).items.map((i) => i.title)).toEqual(['COLLÈGES PUBLICS - CONSTRUCTION DU COLLÈGE DE SAINT-MARS']);
  });
});

describe('the assembly that decides, as OCR of a typewritten register reads it', () => {
  it('reads "Le Conseil Rêgional fixe" (a circumflex for the acute) as its decision', () => {
    const doc = analyzeText("CONSEIL REGIONAL DE BRETAGNE\nSéance du 25 octobre 1982\n\nN° 82-59    TAUX DE LA TAXE REGIONALE.\n\n            Le Conseil Rêgional fixe à 21 F le taux.\n            Adopté par 38 voix contre 21.\n\nN° 82-60    EMPRUNTS DE L'EXERCICE 1983.\n\n            Le Conseil Régional autorise le Président à emprunter.\n            Adopté par 40 voix contre 19.\n");
    expect(doc.items.map((i) => i.decision?.articles.map((a) => a.action))).toEqual([['fixe'], ['autorise']]);
  });

  it('does not open a decision on "par le Conseil communautaire après l\'adoption du rapport"', () => {
    const doc = analyzeText("COMMUNE DE VAUBRESSAC\nSéance du 12 mars 2024\nPrésents : M. Paul ROCHEVAL, Mme Anne BELMONTE.\n\n1. Attributions de compensation\nLes attributions définitives seront arrêtées par le Conseil communautaire après l'adoption du rapport de la commission.\nLe Conseil Municipal, après en avoir délibéré, APPROUVE les attributions provisoires.\nAdopté à l'unanimité.\n");
    const item = doc.items[0]!;
    const decision = doc.sections.find((s) => s.kind === 'decision')!;
    expect(doc.text.slice(decision.start, decision.end)).toMatch(/^Le Conseil Municipal, après en avoir délibéré/);
    expect(item.decision?.articles.map((a) => a.action)).toEqual(['approuve']);
  });
});

describe('the caption of a table in a report', () => {
  const doc = (caption: string, under: string) =>
    analyzeText(`EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL
Séance du 27 octobre 1989
L'an mil neuf cent quatre-vingt-neuf, le vingt-sept octobre, le Conseil Municipal s'est réuni sous la présidence de M. Jean LE BERRE, Maire.
Etaient présents : MM. LE BERRE, KERDRAON, CLOAREC, PENNEC.

OBJET : ALIENATION DE CHEMINS RURAUX - DECISION APRES ENQUETE PUBLIQUE

Monsieur le Maire rappelle que l'enquête publique s'est tenue du 4 au 19 septembre et que le commissaire enquêteur a émis un avis favorable.

${caption}

${under}
1 Kerhuel - Lann Vras 185 4,00 740 GAEC de Kerhuel 1 110
2 Goarem Toul 120 3,50 420 M. CARADEC Yves 630

LE CONSEIL MUNICIPAL,
VU le Code Rural ;
DECIDE l'aliénation des portions de chemins ruraux figurant au tableau.
Adopté à l'unanimité.
`);

  it('"TABLEAU DES …" over its header row ("N° Situation Long. …") is no item: the subject above is the one', () => {
    const d = doc('TABLEAU DES PORTIONS DE CHEMINS RURAUX', 'N° Situation Long. Larg. Surf. Acquéreur(s) Prix.');
    expect(d.items.map((i) => i.title)).toEqual(['ALIENATION DE CHEMINS RURAUX - DECISION APRES ENQUETE PUBLIQUE']);
    expect(d.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['décide']);
  });
});

describe('points printed as rows under "N° Objet Rapporteur"', () => {
  const doc = analyzeText(`MAIRIE DE CHAMPLEUX
COMPTE RENDU SOMMAIRE DE LA SEANCE DU CONSEIL MUNICIPAL
L'an mil neuf cent quatre-vingt-quinze, le trente mars, le Conseil Municipal s'est réuni sous la présidence de M. Jacques BERTHIER, Maire.
Présents : M. BERTHIER Jacques, M. LEMERCIER Paul, Mme COURTOIS Anne.
N° Objet Rapporteur
1 APPROBATION DU PROCES-VERBAL DE LA SEANCE DU 9 FEVRIER 1995 M. le Maire
Le procès-verbal de la séance du 9 février 1995 est adopté sans observation.
Adopté à l'unanimité
2 COMPTE ADMINISTRATIF 1994 - BUDGET COMMUNAL Délibération n° 95/018 M. LEMERCIER
Le Conseil Municipal APPROUVE le compte administratif 1994 du budget communal.
Adopté à la majorité
3 SUBVENTIONS AUX ASSOCIATIONS - EXERCICE 1995 Délibération n° 95/019 Mme COURTOIS
Le Conseil Municipal ACCORDE les subventions du tableau.
Adopté à l'unanimité
4 QUESTIONS DIVERSES
Néant.
RECAPITULATIF DES DELIBERATIONS DE LA SEANCE
95/018 Compte administratif 1994 FIN Adopté
95/019 Subventions aux associations FIN Adopté
`);

  it('reads each row\'s subject apart from its rank, its deliberation\'s number and its rapporteur', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [null, 'APPROBATION DU PROCES-VERBAL DE LA SEANCE DU 9 FEVRIER 1995'],
      ['95/018', 'COMPTE ADMINISTRATIF 1994 - BUDGET COMMUNAL'],
      ['95/019', 'SUBVENTIONS AUX ASSOCIATIONS - EXERCICE 1995'],
      [null, 'QUESTIONS DIVERSES'],
    ]);
    expect(doc.items[1]!.decision?.articles.map((a) => a.action)).toEqual(['approuve']);
  });
});

describe('reports numbered by the sitting\'s year and month, the body\'s letters and a rank', () => {
  it('"2026-09-CP-01   Protection de l\'enfance - …" is a point, its number whole', () => {
    const doc = analyzeText(`DÉPARTEMENT DES CÔTES-D'ARMOR
COMMISSION PERMANENTE
RELEVÉ DES DÉCISIONS
Réunion du lundi 28 septembre 2026 sous la présidence de M. Yannick LE GUEN.
Présents : M. Yannick LE GUEN, Mme Soizic TANGUY, M. Erwan LE BRIS.

2026-09-CP-01   Protection de l'enfance - Convention 2026-2028 avec l'association
                Ti Degemer pour l'accompagnement des jeunes majeurs
                Rapporteur : M. Yannick LE GUEN
                Décision : Adopté à l'unanimité

2026-09-CP-02   Autonomie - Aide à l'investissement des établissements pour personnes
                âgées - Résidence Ar Maner (420 000 €)
                Rapporteur : Mme Soizic TANGUY
                Décision : Adopté à l'unanimité
`);
    expect(doc.items.map((i) => i.number)).toEqual(['2026-09-CP-01', '2026-09-CP-02']);
    expect(doc.items[1]!.title).toMatch(/^Autonomie - Aide à l'investissement/);
  });
});

describe('minutes printed in capitals throughout', () => {
  it('reads its points "POINT 01 TITLE", a line in capitals inside a point being no heading', () => {
    const doc = analyzeText(`PROCES-VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL
SEANCE DU : 14/10/1994   HEURE : 18H30
PRESIDENT DE SEANCE : BELLEROSE Fernand, MAIRE
PRESENTS : BELLEROSE Fernand, MONTOUT Lucienne, ZEPHIRIN Albert
------------------------------------------------------------------------------
POINT 01 APPROBATION DU PROCES-VERBAL DE LA SEANCE DU 29/07/1994
RAPPORTEUR : LE MAIRE
LE PROCES-VERBAL EST APPROUVE SANS OBSERVATION.
VOTE : POUR 20 CONTRE 0 ABST. 0                        DECISION : ADOPTE
------------------------------------------------------------------------------
POINT 02 BUDGET COMMUNAL 1994 - DECISION MODIFICATIVE N. 2
RAPPORTEUR : ZEPHIRIN Albert
LE RAPPORTEUR PRESENTE LES VIREMENTS DE CREDITS NECESSAIRES A LA REMISE EN
ETAT DES RADIERS ET DES CANIVEAUX ENDOMMAGES PAR LES PLUIES DE SEPTEMBRE.
LE CONSEIL MUNICIPAL APPROUVE LA DECISION MODIFICATIVE N. 2.
VOTE : POUR 15 CONTRE 3 ABST. 2                        DECISION : ADOPTE
------------------------------------------------------------------------------
`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['01', 'APPROBATION DU PROCES-VERBAL DE LA SEANCE DU 29/07/1994'],
      ['02', 'BUDGET COMMUNAL 1994 - DECISION MODIFICATIVE N. 2'],
    ]);
  });
});

describe('an extract whose report\'s rank stands under its deliberation\'s number', () => {
  it('is numbered by the deliberation ("Délibération n° 08AP.147" over "Rapport n° 4-12")', () => {
    const doc = analyzeText(`CONSEIL RÉGIONAL DE BOURGOGNE
Séance du mardi 1er juillet 2008

Délibération n° 08AP.147
Rapport n° 4-12
Commission compétente : « Environnement, énergie et développement durable »

OBJET : PROGRAMME RÉGIONAL « HABITAT ÉCONOME EN BOURGOGNE » – ADOPTION DU RÈGLEMENT

Le Conseil régional de Bourgogne, régulièrement convoqué, s'est réuni le mardi 1er juillet 2008 sous la présidence de M. François PATRIAT.
Présents : M. François PATRIAT, Mme Anne DURAND, M. Luc PETIT.

Le Conseil régional, après en avoir délibéré, APPROUVE le règlement d'intervention du programme.
Adopté à l'unanimité.
`);
    expect(doc.items.map((i) => i.number)).toEqual(['08AP.147']);
  });
});

describe("a commission's points numbered in the margin of a typescript", () => {
  const pv = `COMMISSION DÉPARTEMENTALE
PROCÈS-VERBAL DE LA SÉANCE DU 9 MAI 1979
Le mercredi neuf mai mil neuf cent soixante-dix-neuf, à dix heures, la Commission départementale s'est réunie à l'Hôtel de la Préfecture sous la présidence de M. LOUVET.
Étaient présents : MM. LOUVET, Président ; BRASSEUR ; DELORME, Secrétaire.

N° 1   M. le Préfet soumet à la Commission la répartition du crédit des chemins
Voirie communale de la dotation attribuée au Département au titre de l'année 1979, soit
Répartition  une somme de 980 000 F répartie entre les cantons selon la longueur de la voirie.
La Commission, à l'unanimité, adopte la répartition proposée.

N° 2
Electrification
rurale
Programme 1979
Tranche
départementale
La Commission est appelée à arrêter le programme de la tranche départementale pour 1979.
La Commission adopte le programme présenté, à l'unanimité.

N° 3   M. le Secrétaire Général présente la demande des familles du hameau des Loges tendant
à la création d'un circuit de ramassage scolaire vers le collège le plus proche.
La Commission décide d'ajourner l'examen de cette affaire à sa séance de juin.

N° 4   M. le Préfet expose que la commune de Bréville sollicite une subvention pour sa salle.
La Commission, à l'unanimité, accorde une subvention de 12 000 F.
`;
  it('reads each rank as a point: its report opening on a speaker, its title stacked six lines, its decision deferred', () => {
    const doc = analyzeText(pv);
    expect(doc.items.map((i) => i.number)).toEqual(['1', '2', '3', '4']);
    expect(doc.items[1]!.title).toBe('Electrification rurale Programme 1979 Tranche départementale');
    expect(doc.items[2]!.decision?.outcome ?? null).toBeNull();
  });
  it('still takes no numbered member for a point: a name after its rank is no subject', () => {
    const doc = analyzeText(`CONSEIL MUNICIPAL DE BRÉVILLE\nSéance du 9 mai 1979\nÉtaient présents :\nN° 1 M. Jean LOUVET\nN° 2 M. Paul BRASSEUR\nN° 3 Mme Anne DELORME\n\nLe Conseil, à l'unanimité, approuve le compte administratif 1978.\n`);
    expect(doc.items.map((i) => i.title)).not.toContain('M. Jean LOUVET');
  });
});

describe('a point ranked on the agenda, its own number after the rank with no dash', () => {
  it('reads "2 - N° 94-01  Compte administratif" as number 94-01, not 94', () => {
    const doc = analyzeText(`RELEVÉ DES DÉCISIONS du Comité Syndical du 24 mars 1994
Le Comité Syndical s'est réuni le jeudi 24 mars 1994 à 18 h 00 sous la présidence de M. Yves KERBRAT, Président.
Etaient présents : MM. KERBRAT, LE DANTEC, GUILLOU, MORVAN.

2 - N° 94-01  Compte administratif 1993
   Le Comité approuve le compte administratif 1993. Adopté à l'unanimité.

3 - N° 94-02  Compte de gestion 1993 du Receveur
   Le Comité déclare que le compte de gestion n'appelle ni observation ni réserve. Adopté à l'unanimité.

4 - N° 2 : Budget primitif 1994
   Adopté à l'unanimité.
`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['94-01', 'Compte administratif 1993'], ['94-02', 'Compte de gestion 1993 du Receveur'], ['2', 'Budget primitif 1994']]);
  });
});

describe('a one-sentence decision whose verb follows what the body heard first', () => {
  it('reads "Le Conseil Municipal, après avoir pris connaissance des propositions …, approuve … et demande …"', () => {
    const doc = analyzeText(`COMMUNE DE HENNSTROFF
PROCES-VERBAL DES DELIBERATIONS DU CONSEIL MUNICIPAL
Séance du 6 octobre 1989
Présents : MM. STREIFF, MULLER, FRANTZ, JUNG, BECKER.

1. Forêt communale - Etat d'assiette des coupes de l'exercice 1990.
Le Conseil Municipal, après avoir pris connaissance des propositions de l'Office National des
Forêts, approuve l'état d'assiette des coupes de l'exercice 1990 et
demande que les bois de la parcelle 12 soient vendus façonnés.
Adopté à l'unanimité.

2. Bois de chauffage - Prix du stère.
Le Conseil Municipal fixe à 95 F le prix du stère de bois de chauffage.
Adopté à l'unanimité.
`);
    expect(doc.items.map((i) => i.decision?.articles.map((a) => a.action))).toEqual([['approuve', 'demande'], ['fixe']]);
  });
});

describe('a compte rendu under one "LE CONSEIL MUNICIPAL :", each point\'s body opening on its act', () => {
  const text = [
    'COMPTE RENDU DE LA SEANCE DU CONSEIL MUNICIPAL DU 5 JUILLET 1996',
    'Présents : MM. Jean LUCIANI, Maire, Paul BARTOLI, Mme Angèle LECCIA.',
    '',
    'LE CONSEIL MUNICIPAL :',
    '',
    '1°) BUDGET SUPPLEMENTAIRE 1996',
    'Adopte le budget supplémentaire de l\'exercice 1996, qui s\'équilibre à 186 420 F.',
    'Vote : unanimité.',
    '',
    '2°) ALIMENTATION EN EAU POTABLE - CAPTAGE DE LA SOURCE',
    'O Approuve l\'avant-projet établi par la D.D.A.F. ; sollicite l\'aide du Département.',
    'Vote : unanimité.',
    '',
    '3°) TAXES LOCALES',
    'Vote des taux inchangés : le Conseil municipal maintient les taux de 1995.',
    'Vote : unanimité.',
  ].join('\n');

  it('starts each decision at the act opening the body (an OCR\'d bullet "O" before it), not at the vote', () => {
    const doc = analyzeText(text);
    const decisions = doc.sections.filter((s) => s.kind === 'decision').map((s) => doc.text.slice(s.start, s.end));
    expect(decisions[0]).toMatch(/^Adopte le budget/);
    expect(decisions[1]).toMatch(/^Approuve l'avant-projet/);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['adopte']);
  });

  it('leaves a noun that is also a verb\'s form ("Vote des taux") in the report', () => {
    const doc = analyzeText(text);
    const decisions = doc.sections.filter((s) => s.kind === 'decision').map((s) => doc.text.slice(s.start, s.end));
    expect(decisions[2]).not.toMatch(/^Vote des taux/);
  });
});

describe('a summary record whose act follows the body in one sentence, a debate after it', () => {
  it('"Le Conseil municipal prescrit …, précise … et demande …" is the decision, not the report', () => {
    const doc = analyzeText(`${SITTING}
1. Plan d'occupation des sols – Prescription d'une révision partielle
Le Conseil municipal prescrit la révision partielle du plan d'occupation des sols sur le secteur de Kerlaouen, précise les modalités d'association des services de l'État et demande que soient associés à la procédure le Département et la Chambre de métiers.
M. PETIT s'interroge sur la protection des zones humides situées en aval du site.
Adopté par 2 voix pour et 1 abstention.

${FESTIVAL_POINT}`);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['prescrit', 'précise', 'demande']);
    expect(doc.items[0]!.report ?? '').not.toContain('prescrit');
  });
});

describe('a register whose margin gives each point its number before the text', () => {
  it('takes "N° 1 Le Président présente …" set off by a blank line for the point numbered 1, each point its own', () => {
    const doc = analyzeText(`REGISTRE DES DELIBERATIONS DU COMITE
Séance du 14 mars 1991
Etaient présents : MM. GODARD, CHARLIER, PIERRARD.

N° 1 Le Président présente le budget primitif de l'exercice 1991.
Budget primitif Après en avoir délibéré, le Comité adopte le budget à l'unanimité.

N° 2 Le Comité fixe comme suit la participation des communes pour 1991.
Participation Adopté par 2 voix pour et 1 voix contre (M. CHARLIER).

N° 3 Le Président donne lecture de la convention de transport scolaire.
Transports Le Comité, à l'unanimité, approuve la convention.
`);
    expect(doc.items.map((i) => i.number)).toEqual(['1', '2', '3']);
    expect(doc.items[1]!.decision?.vote).toMatchObject({ for: 2, against: 1 });
  });
});

describe("a point's title opening on an acronym with full stops", () => {
  it('"n° 2005-32    3 - Z.A. de la Borie - …" is a heading like its neighbours', () => {
    const text = `COMPTE RENDU SOMMAIRE

n° 2005-31    2 - Ordures ménagères - Taux de la T.E.O.M.
              Le Conseil fixe le taux.

n° 2005-32    3 - Z.A. de la Borie - Cession du lot n° 7
              Le Conseil décide la cession du lot.

n° 2005-33    4 - Voirie - Programme 2005
              Le Conseil attribue le marché.
`;
    expect(findHeadings(text, 0).map((h) => h.number)).toEqual(['2005-31', '2005-32', '2005-33']);
  });
});

describe("a margin's rule between a point's number and its rank", () => {
  it('"N° 2007/019 | 2 - COMPTE ADMINISTRATIF …" is a heading, numbered as its neighbours', () => {
    const text = `COMPTE RENDU

N° 2007/018 1 - COMPTE DE GESTION 2006
Le Conseil Municipal déclare que le compte de gestion n'appelle ni observation ni réserve.
ADOPTE A L'UNANIMITE.

N° 2007/019 | 2 - COMPTE ADMINISTRATIF 2006
Le Conseil Municipal arrête les résultats définitifs du compte administratif.
ADOPTE.

N° 2007/020 | 3 - AFFECTATION DU RESULTAT 2006
Le Conseil Municipal décide d'affecter le résultat.
ADOPTE.
`;
    expect(findHeadings(text, 0).map((h) => h.number)).toEqual(['2007/018', '2007/019', '2007/020']);
    expect(analyzeText(text).items.map((i) => i.decision?.articles.map((a) => a.action))).toEqual([['déclare'], ['arrête'], ['décide']]);
  });
});

describe('an extract\'s number on its line over the subject, a blank line or a speck of OCR between', () => {
  it('"AFFAIRE N° 84/67 ." / "" / "OBJET : …" gives the item the number 84/67', () => {
    const doc = analyzeText(`${SITTING}
AFFAIRE N° 84/67 .

OBJET : GROUPE SCOLAIRE - REALISATION D'UN EMPRUNT DE 2.500.000 F

Le Conseil Municipal, après en avoir délibéré, autorise M. le Maire à signer le contrat de prêt.
Adopté à l'unanimité.
`);
    expect(doc.items.map((i) => i.number)).toEqual(['84/67']);
    expect(doc.items[0]!.title).toMatch(/^GROUPE SCOLAIRE/);
  });
});

describe("a deliberation's number closing on its assembly's letters, over its title in capitals", () => {
  it('numbers the point "96/071 AC", and reads "N\' 96/079 AC" (OCR\'s apostrophe for the degree sign)', () => {
    const doc = analyzeText(`ASSEMBLEE DE CORSE
COMPTE RENDU SOMMAIRE DE LA SEANCE PUBLIQUE DU JEUDI 25 AVRIL 1996

L'Assemblée de Corse s'est réunie le 25 avril 1996 sous la présidence de M. Jean-Paul DE ROCCA SERRA.

DELIBERATION N° 96/071 AC
                  COMPTE ADMINISTRATIF DE LA COLLECTIVITE TERRITORIALE
                  DE CORSE POUR L'EXERCICE 1995

L'Assemblée ADOPTE le compte administratif de l'exercice 1995.

Adopté par 30 voix pour, 13 voix contre et 4 abstentions.

DELIBERATION N' 96/079 AC
                  FONDS D'AIDE A L'INVESTISSEMENT DES PETITES ENTREPRISES

L'Assemblée APPROUVE la modification du règlement du fonds.

Adopté à l'unanimité.
`);
    expect(doc.items.map((i) => i.number)).toEqual(['96/071 AC', '96/079 AC']);
  });
});

describe("a point's rank, then its deliberation's number opening the title", () => {
  it('numbers "2 – B.81.142 – Zone industrielle …" B.81.142, its title after the number', () => {
    const doc = analyzeText(`DISTRICT URBAIN DE SARNOY
RELEVÉ DES DÉCISIONS DU BUREAU
Réunion du 19 octobre 1981

Le Bureau du District s'est réuni le 19 octobre 1981 sous la présidence de M. Henri DELCOURT.

1 – B.81.142 – Zone industrielle de la Plaine – Cession d'un terrain
Le Bureau décide la cession du terrain au prix de 45 F le mètre carré.
Adopté à l'unanimité.

2 – B.81.143 – Transports urbains – Avenant n° 4
Le Bureau approuve l'avenant n° 4 à la convention.
Adopté à l'unanimité.
`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['B.81.142', "Zone industrielle de la Plaine – Cession d'un terrain"],
      ['B.81.143', 'Transports urbains – Avenant n° 4'],
    ]);
  });
});

describe("a point's deliberation number as a form prints it, its label over its value", () => {
  it('numbers "2 - ZA du Moulin …" by the "Délibération n° :" / "B-2007-061" under it', () => {
    const doc = analyzeText(`BUREAU COMMUNAUTAIRE
Séance du 11 septembre 2007

Le Bureau communautaire s'est réuni le 11 septembre 2007 sous la présidence de M. Alain DELANNOY.

1 - ZA du Moulin - Marché de travaux - Attribution
Délibération n° :
B-2007-061
Le Bureau attribue le lot n° 2 à l'entreprise COLAS.
Adopté à l'unanimité.
2 - Fonds de concours voirie - Commune de BREHENVAL
Délibération n° :
B-2007-062
Le Bureau attribue un fonds de concours de 12 000 €.
Adopté à l'unanimité.
`);
    expect(doc.items.map((i) => i.number)).toEqual(['B-2007-061', 'B-2007-062']);
  });
});

describe("a report's table of sums, each row ranked and closing on two figures with decimals", () => {
  it('reads no row of it as a point', () => {
    const doc = analyzeText(`EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL REGIONAL
Séance du vendredi 27 avril 1984

OBJET : APPROBATION DU CONTRAT DE PLAN ETAT-REGION

Mes chers collègues, le contrat répartit les engagements comme suit (en millions de francs) :
1 - Modernisation des exploitations agricoles et de la forêt 142,0 96,0
2 - Industries agro-alimentaires 48,0 36,0
3 - Développement des PMI et innovation 95,0 70,0
4 - Formation professionnelle et apprentissage 164,0 118,0

Le Conseil Régional, après en avoir délibéré, approuve le contrat de plan à l'unanimité.
`);
    expect(doc.items.map((i) => i.title)).toEqual(['APPROBATION DU CONTRAT DE PLAN ETAT-REGION']);
  });
  it('finds no heading in its rows', () => {
    const text = `I - ECONOMIE GENERALE DU CONTRAT\n\nLe contrat répartit les engagements comme suit :\n1 - Modernisation des exploitations agricoles et de la forêt 142,0 96,0\n2 - Industries agro-alimentaires 48,0 36,0\n3 - Développement des PMI et innovation 95,0 70,0\n\nII - LES PRINCIPAUX PROGRAMMES\n\nLe premier programme porte sur la modernisation des exploitations.\n`;
    expect(findHeadings(text, 0).map((h) => h.number)).toEqual(['I', 'II']);
  });
});

describe("a report's table of files, each row opening on the file's code and closing on two sums in euros", () => {
  it('finds no heading in its rows, the point after it one', () => {
    const text = `3. OPAH – ATTRIBUTION DES AIDES COMMUNAUTAIRES\nDélibération n° B2004-42\n\nM. LAPRÉE présente les dossiers :\nN° dossier Commune Type Travaux Aide CC\nPO-04-031 Saint-Aubin-les-Varennes propriétaire occupant 11 240 € 1 124 €\nPB-04-012 Montrelais-en-Varennois propriétaire bailleur 27 400 € 1 500 €\nTOTAL 38 640 € 2 624 €\n\nLe Bureau ACCORDE les aides.\n\n4. PISCINE INTERCOMMUNALE – TARIFS 2005\nLe Bureau FIXE les tarifs.\n`;
    expect(findHeadings(text, 0).map((h) => h.number)).toEqual(['B2004-42', '4']);
  });
});

describe("a typescript's points, the register's number before each rank ('98/58 1°) …'), OCR's split words and specks in its opening", () => {
  const doc = analyzeText(`COMPTE RENDU SOMMAIRE DE LA SEANCE DU CONSEIL MUNICIPAL DU 23 OCTOBRE 1998

ETAIENT PRESENTS : MM. BOUCOLON Hilaire, Maire ; DEGLAS Ernest, CALODAT Rosette, NAGAU Max.

Le quorum étant attein t, Mademoiselle DAMAS Nicole a été désignée pour .
remplir les fonctions de secrétaire de séance.

98/58 1°) DEMANDE DE SUBVENTIONS POUR LA REPARATION DES DEGATS CAUSES PAR LE
CYCLONE GEORGES AUX BATIMENTS COMMUNAUX
Monsieur le Maire rend compte des dégâts causés par Ie passage du cyclone.
Le Conseil Municipal, après en avoir délibéré, sollicite les subventions.

98/59 2°) DECISION MODIFICATIVE N° 2 - BUDGET COMMUNAL 1998
Monsieur le Maire présente la décision modificative du budget communal.
Le Conseil Municipal, après en avoir délibéré, adopte la décision modificative.
`);
  it('reads each point with its number', () => {
    expect(doc.items.map((i) => [i.number, i.title.slice(0, 28)])).toEqual([
      ['98/58', 'DEMANDE DE SUBVENTIONS POUR '],
      ['98/59', 'DECISION MODIFICATIVE N° 2 -'],
    ]);
  });
  // OCR's page: its look-alikes ("Ie passage") say so, and its split words are looked for.
  it('reads the quorum in "attein t" and the secretary past the speck closing the line', () => {
    expect(doc.meeting.quorum).toBe(true);
    expect(doc.meeting.secretary?.surname).toBe('DAMAS');
  });
});

describe("a PV exported by software, each point's rank, then its act's number on a line labelled, then its subject", () => {
  it("numbers each point by its act's number, not its rank", () => {
    const point = (rank: number, act: string, subject: string) => `Point n° ${rank}\nN° délibération : ${act}\nObjet : ${subject}\nRapporteur : M. le Maire\nLe Conseil Municipal, après en avoir délibéré, approuve la proposition du Maire.\nAdopté à l'unanimité.\n`;
    const doc = analyzeText(`PROCES-VERBAL DES DELIBERATIONS DU CONSEIL MUNICIPAL\nSéance ordinaire du lundi 15/03/2010\n\nPrésents : M. Jean-Paul SCHNEIDER, Mme Marthe KLEIN, M. Rémy WEBER.\n\n${point(1, '2010-010', 'Approbation du compte administratif 2009')}\n${point(2, '2010-011', 'Approbation du compte de gestion 2009')}\n${point(3, '2010-012', 'Affectation des résultats 2009')}`);
    expect(doc.items.map((i) => i.number)).toEqual(['2010-010', '2010-011', '2010-012']);
  });
});

describe("a point's rank, its dash glued to the act's code ('2 -DEL 2019-113 - …')", () => {
  it('numbers the point by the code, as its neighbours spaced out', () => {
    const body = (r: string) => `${r} - FINANCES - AUTORISATION D'ENGAGER LES DEPENSES\nRapporteur : Mme Anne-Marie PERRILLAT.\nLe budget primitif 2020 ne sera voté qu'après le renouvellement.\nLe Conseil municipal, après en avoir délibéré, à l'unanimité, autorise M. le Maire.\n\n`;
    const text = `PROCES-VERBAL\n\n${body('1 - DEL 2019-112')}${body('2 -DEL 2019-113')}${body('3 - DEL 2019-114')}`;
    expect(findHeadings(text, 0).map((h) => h.number)).toEqual(['DEL 2019-112', 'DEL 2019-113', 'DEL 2019-114']);
  });
});

describe("a software's relevé, each point's number over its 'Objet' label alone on its line, the subject under it", () => {
  it('titles the point by the line under the label', () => {
    const point = (n: string, title: string) => `N° ${n}\nObjet\n${title}\nRapporteur\nM. le Maire\nSynthèse de la décision\nLe Conseil municipal adopte la décision.\nVote\nUnanimité\nRésultat : ADOPTÉE\n`;
    const text = `RELEVÉ DES DÉCISIONS\n${point('2011-09-102', 'ADMINISTRATION GÉNÉRALE - Compte rendu des décisions du Maire')}${point('2011-09-103', 'FINANCES - Budget principal - Décision modificative n°2')}`;
    expect(findHeadings(text, 0).map((h) => [h.number, h.title])).toEqual([
      ['2011-09-102', 'ADMINISTRATION GÉNÉRALE - Compte rendu des décisions du Maire'],
      ['2011-09-103', 'FINANCES - Budget principal - Décision modificative n°2'],
    ]);
  });
});

describe("a regional plenary's reports numbered by session and rank ('RAPPORT N° 22SP-2101'), one label cut by OCR", () => {
  it('numbers each point by its report, "RA PPORT" read whole', () => {
    const point = (label: string, n: string, title: string) => `${label} N° ${n}\n${title}\n\nRapporteur : Mme Anne-Sophie KIEFFER\nLe rapport n° ${n} est adopté.\n\n`;
    // An OCR'd page (its "1es" for "les"): the one where words cut by spaces are looked for.
    const text = `PROCÈS-VERBAL DE LA SÉANCE PLÉNIÈRE\nLa Région a saisi le Gouvernement avec 1es autres régions.\n\n${point('RA PPORT', '22SP-2101', 'DÉCISION MODIFICATIVE N° 2 AU BUDGET 2022')}${point('RAPPORT', '22SP-2102', 'PLAN RÉGIONAL DE SOBRIÉTÉ ÉNERGÉTIQUE DES LYCÉES')}`;
    expect(analyzeText(text).items.map((i) => i.number)).toEqual(['22SP-2101', '22SP-2102']);
  });
});

describe('an article in capitals cut before its sentence ends, its vote after the others', () => {
  it('stays one item: "- APPROUVE l\'avenant … passé avec la" / "S.R.A.N. ;" / "- AUTORISE …" / "Pour : 6 – Contre : 1"', () => {
    const doc = analyzeText(
      "PROCÈS-VERBAL DE LA RÉUNION DU BUREAU\nSéance du vendredi 14 mars 1980\n\nIII – COLLECTE DES ORDURES MÉNAGÈRES – AVENANT N° 2 AU MARCHÉ\n\nM. LEBON rappelle que le marché de collecte des ordures ménagères a été conclu le 2 janvier 1978 avec la Société Réunionnaise d'Assainissement et de Nettoiement pour une durée de cinq ans. L'avenant n° 2 proposé a un double objet, la révision des prix et l'extension de la collecte aux écarts.\n\nLe Bureau, après en avoir délibéré,\n- APPROUVE l'avenant n° 2 au marché de collecte des ordures ménagères passé avec la\nS.R.A.N. ;\n- AUTORISE le Président à le signer ;\n- DEMANDE que les pénalités prévues à l'article 14 du marché soient appliquées pour les\ntournées non effectuées entre le 15 janvier et le 29 février 1980.\n\nPour : 6 – Contre : 1 (M. K/BIDI) – Abstention : 1 (Mme NATIVEL)\n\nIV – SERVICE D'INCENDIE ET DE SECOURS – ACQUISITION D'UN CAMION\n\nLe Bureau approuve l'acquisition à l'unanimité.\n",
    );
    expect(doc.items.map((i) => i.number)).toEqual(['III', 'IV']);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['approuve', 'autorise', 'demande']);
    expect(doc.items[0]!.decision?.vote).toMatchObject({ for: 6, against: 1, abstentions: 1 });
  });
});

describe('a rank whose typist left no space before the subject', () => {
  it('reads "3°)Participation aux frais …" as point 3, its subject without the rank', () => {
    const text = `COMMUNE DE PLOUVENEC
Séance du 19 février 1988
2°) Voirie communale - programme 1988.
Le Conseil retient la réfection de la V.C. n° 4. Adopté à l'unanimité.

3°)Participation aux frais de l'école publique de Saint-Elouan.
Le Conseil accepte par 8 voix pour et 2 voix contre.
`;
    const headings = findHeadings(text, 0).map((h) => [h.number, h.title]);
    expect(headings).toContainEqual(['3', "Participation aux frais de l'école publique de Saint-Elouan"]);
  });
});

describe("a district's council deciding", () => {
  it('reads "Le Conseil de District adopte …" as the point\'s decision, its act the verb', () => {
    const doc = analyzeText(`DISTRICT DE LA CASINELLA
COMPTE RENDU DU CONSEIL DE DISTRICT
Séance du 27 novembre 1992
Le Conseil de District s'est réuni sous la présidence de M. Jean FILIPPI, Président.
Présents : MM. FILIPPI, GRIMALDI, BATTESTI.

N° 92-58 - BUDGET SUPPLÉMENTAIRE 1992 - BUDGET PRINCIPAL
Rapporteur : M. Antoine GRIMALDI.
Le budget supplémentaire reprend les résultats du compte administratif 1991.
Le Conseil de District adopte le budget supplémentaire 1992 du budget principal, chapitre par chapitre.
Vote : 14 pour - 2 abstentions.

N° 92-60 - ORDURES MÉNAGÈRES - REDEVANCE POUR 1993
Le Conseil du District fixe la redevance d'enlèvement des ordures ménagères pour 1993.
Adopté à l'unanimité.
`);
    expect(doc.items.map((i) => [i.number, i.decision?.articles.map((a) => a.action)])).toEqual([
      ['92-58', ['adopte']],
      ['92-60', ['fixe']],
    ]);
  });
});

describe('ranks with "bis", OCR\'s l for a roman I, a title opening on a tranche\'s rank', () => {
  it('reads each point\'s rank and title', () => {
    const text = `SYNDICAT INTERCOMMUNAL D'ADDUCTION D'EAU
I. - PROCES-VERBAL DE LA REUNION DU 14 JUIN 1975
   Le procès-verbal est adopté.

ll. - TRAVAUX DE LA 4e TRANCHE
   Le Comité prend acte de l'achèvement des travaux.

II bis. - RAPPORT DU FERMIER SUR L'EXERCICE 1974
   Le Comité prend acte du rapport.

IIl. - PROGRAMME 1976 - AVANT-PROJET
   Le Comité approuve l'avant-projet.

IV. - 5e TRANCHE - DEMANDES DE SUBVENTIONS
   Le Comité sollicite les subventions.

7 bis - CONSTRUCTION DE 24 LOGEMENTS
   Le Comité approuve le programme.
`;
    expect(findHeadings(text, 0).map((h) => [h.number, h.title])).toEqual([
      ['I', 'PROCES-VERBAL DE LA REUNION DU 14 JUIN 1975'],
      ['II', 'TRAVAUX DE LA 4e TRANCHE'],
      ['II bis', "RAPPORT DU FERMIER SUR L'EXERCICE 1974"],
      ['III', 'PROGRAMME 1976 - AVANT-PROJET'],
      ['IV', '5e TRANCHE - DEMANDES DE SUBVENTIONS'],
      ['7 bis', 'CONSTRUCTION DE 24 LOGEMENTS'],
    ]);
  });
});

describe('points ranked "N° 5", their report opening on an article ("Le Maire rappelle", "Les baux de location")', () => {
  it('are points after a page break and without a blank line over them, where prose runs on', () => {
    const text = "N° 4 Le Conseil de Fabrique de l'église sollicite une participation de la commune.\nLe Conseil Municipal, par 10 voix pour et 2 abstentions, décide d'allouer une subvention de 6 000 F.\n"
      + "N° 5 Le Maire rappelle que les travaux de viabilisation du lotissement\ncommunal seront achevés à la fin du mois d'octobre.\nLe Conseil Municipal, par 11 voix pour et 1 voix contre, fixe le prix de vente des terrains.\n\n"
      + "N° 6 Les baux de location des terres communales (Allmend) arrivent à\néchéance le 11 novembre 1988.\nLe Conseil Municipal, à l'unanimité, approuve le renouvellement des baux.\n";
    expect(findHeadings(text, 0).map((h) => h.number)).toEqual(['4', '5', '6']);
  });
  it('is no point where the rank is a short phrase\'s: "N° 12 Les Pins"', () => {
    expect(findHeadings('Adresse :\nN° 12 Les Pins\n', 0)).toEqual([]);
  });
});

describe("a table's caption in capitals over its header opening on its numbers' column", () => {
  it('is no point: "PREMIERE TRANCHE D\'OPERATIONS - PROGRAMME 2000" over "N° Etablissement Commune Nature de l\'opération …"', () => {
    const text = "Une première tranche de huit opérations peut être lancée. Elle est présentée dans le tableau ci-après.\n\nPREMIERE TRANCHE D'OPERATIONS - PROGRAMME 2000\nN° Etablissement Commune Nature de l'opération Coût prév. AP 2000\n1 Lycée Albert-Camus Bourlecques Restructuration de l'externat 48,0 6,5\n2 Lycée Pasteur Saint-Pol Extension 36,5 4,0\n";
    expect(findHeadings(text, 0)).toEqual([]);
  });
  it('keeps a point in capitals over its act\'s number: "N° Délibération : 2024-05"', () => {
    expect(findHeadings('Texte du rapport.\n\nCOMPTE ADMINISTRATIF 2023\nN° Délibération : 2024-05\nLe Conseil Municipal approuve le compte administratif.\n', 0).map((h) => h.title)).toContain('COMPTE ADMINISTRATIF 2023');
  });
});

describe('the vote stated before "Le Conseil Municipal :" and its articles bulleted under it', () => {
  it('keeps the articles in the decision', () => {
    const doc = analyzeText("COMPTE RENDU DU CONSEIL MUNICIPAL\nSéance du 28 novembre 2003\nPrésents : M. Jean MANGEOT, Mme Anne HUSSON, M. Paul DIDIER.\n\n1. APPROBATION DU COMPTE RENDU\nLe compte rendu est adopté à l'unanimité.\n\n2. LOGEMENT COMMUNAL – LOYER ET BAIL\nLe Maire propose de fixer le loyer mensuel à 360 €.\nVote : Pour : 8 – Contre : 0 – Abstention : 0\nLe Conseil Municipal :\n- fixe le loyer mensuel du logement à 360 € hors charges ;\n- décide de louer ce logement à M. et Mme DIDELOT ;\n- autorise le Maire à signer le bail correspondant.\n\n3. QUESTIONS DIVERSES\nNéant.\n");
    expect(doc.items[1]!.decision!.articles.map((a) => a.action)).toEqual(['fixe', 'décide', 'autorise']);
  });
});

describe('a wish or a motion ranked in a series of its own, after the ranked reports', () => {
  it('"Vœu n° 1 - Maintien des bureaux de poste …" is a point of its own, its rank its number; "Vœu n° 15-SP04-V01" no rank', () => {
    const doc = analyzeText("Relevé des décisions\nSéance publique du vendredi 28 juin 2002\n\nRapport n° 9 - Transports scolaires : règlement départemental 2002-2003\nAdopté à l'unanimité.\n\nRapport n° 10 - Collèges : programme de travaux de l'été 2002\nAdopté par 25 voix pour et 4 voix contre.\n\nVœu n° 1 - Maintien des bureaux de poste en zone de montagne\nLe vœu est adopté à l'unanimité.\n");
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['9', 'Transports scolaires : règlement départemental 2002-2003'],
      ['10', "Collèges : programme de travaux de l'été 2002"],
      ['1', 'Maintien des bureaux de poste en zone de montagne'],
    ]);
    expect(findHeadings('Vœu n° 15-SP04-V01 - VŒU RELATIF AU MAINTIEN DES TRAINS DE NUIT\n', 0).map((h) => h.number)).not.toContain('15');
  });
});

describe('a wish or a motion a group put to the vote, unnumbered, after the numbered reports', () => {
  it('is a point of its own, its outcome on the line under it', () => {
    const text = "Rapport n° 19.03.20 – Administration générale – Délégation d'attributions à la Commission permanente\nAdopté – Pour : 40 (SRD, ECO, GCC) – Contre : 35 (UDC, RN).\nMotion présentée par le groupe Écologiste relative au maintien des dessertes ferroviaires de la ligne Orléans – Vierzac\nAdoptée – Pour : 60 (SRD, ECO, GCC, UDC) – Contre : 15 (RN).\nVœu présenté par le groupe Rassemblement National relatif à la suppression de la taxe régionale\nRejeté – Pour : 15 (RN) – Contre : 40 (SRD, ECO, GCC) – Abstention : 20 (UDC).\nLa séance est levée à 18 h 40.\n";
    expect(findHeadings(text, 0).map((h) => h.title.slice(0, 20))).toEqual(['Administration génér', 'Motion présentée par', 'Vœu présenté par le ']);
  });
  it('is none where a report only tells of one ("le vœu présenté par le groupe … a été retiré")', () => {
    expect(findHeadings("Vœu présenté par le groupe Écologiste relatif aux transports scolaires\nLe groupe a retiré son vœu avant la séance.\n", 0)).toEqual([]);
  });
});

describe('a report ranked with the commission that examined it ("RAPPORT N° 214 - 2eme COMMISSION"), its subject on the line under', () => {
  it('is the point numbered 214 titled by the line under', () => {
    const text = "Texte.\n\nRAPPORT N° 214 - 2eme COMMISSION\nVOIRIE DEPARTEMENTALE - Programme 1980 de renforcement des chemins\ndépartementaux.\n\nM. TRIQUET, rapporteur, donne lecture du rapport.\nCes conclusions sont adoptées à l'unanimité.\n\nRAPPORT N° 121 - 1ere COMMISSION\nENSEIGNEMENT - Collège de Saint-Aubin. Construction d'un gymnase.\n\nLe Conseil Général adopte à l'unanimité les conclusions de sa 1ere Commission.\n";
    expect(findHeadings(text, 0).map((h) => [h.number, h.title])).toEqual([
      ['214', 'VOIRIE DEPARTEMENTALE - Programme 1980 de renforcement des chemins départementaux'],
      ['121', "ENSEIGNEMENT - Collège de Saint-Aubin. Construction d'un gymnase"],
    ]);
  });
  it('a wish whose label is in capitals heads its text and its vote: "VOEU présenté par MM. …"', () => {
    const text = "VOEU présenté par MM. RAGOT, VIVIEN et DENIAU relatif au maintien\ndu service voyageurs sur la ligne de Laval à Cossé.\n\nM. RAGOT donne lecture du voeu.\nLe voeu, mis aux voix, est rejeté par 15 voix contre 8.\n";
    expect(findHeadings(text, 0).map((h) => h.title)).toEqual(['VOEU présenté par MM. RAGOT, VIVIEN et DENIAU relatif au maintien du service voyageurs sur la ligne de Laval à Cossé']);
  });
});

describe('a web page\'s compte rendu: each point a short title over its paragraph, a blank line before each title only', () => {
  it('reads each point, the lines of its paragraph and its outcome under the title', () => {
    const doc = analyzeText("Compte rendu sommaire de la séance du 12 juin 1998\n\nLe conseil municipal s'est réuni le vendredi 12 juin 1998 à 20 h 30 à la mairie, sous la présidence de M. Michel Gaudry, maire.\n\nPrésents : M. Gaudry, maire ; MM. Perrin, Auclair, adjoints ; Mmes Berthon, Tissier.\nSecrétaire de séance : Mme Berthon.\n\nTravaux de voirie 1998\nAprès examen des trois offres reçues, le conseil retient l'offre de l'entreprise Berry Routes pour 187 450 F TTC et autorise le maire à signer le marché.\nAdopté à l'unanimité.\n\nZonage d'assainissement\nLe conseil décide de confier l'étude du zonage au bureau d'études Hydro-Centre pour 38 600 F HT.\nAdopté à l'unanimité.\n\nCantine scolaire : tarifs 1998-1999\nÀ compter de la rentrée de septembre, le prix du repas est fixé à 11,50 F pour les enfants.\nAdopté par 9 voix pour et 1 voix contre.\n\nLa séance est levée à 22 h 50.\n");
    expect(doc.items.map((i) => i.title)).toEqual(['Travaux de voirie 1998', "Zonage d'assainissement", 'Cantine scolaire : tarifs 1998-1999']);
  });
});

describe("a point's title wrapped under its colon", () => {
  it('"… collèges publics 2018-2025 :" / "deuxième programmation d\'opérations" / "Rapporteur : …" heads a point of its own', () => {
    const doc = analyzeText(`CONSEIL DEPARTEMENTAL
SEANCE DU LUNDI 24 SEPTEMBRE 2018

4 - Rapport n° 2018-04-0027 - Décision modificative n° 2 de l'exercice 2018
Rapporteur : M. TESSON, au nom de la commission des finances.
Adopté : Pour 31 ; Contre 9 ; Abstention 0.

5 - Rapport n° 2018-03-0041 - Plan de rénovation des collèges publics 2018-2025 :
deuxième programmation d'opérations
Rapporteur : Mme LAMBRE.
Adopté à l'unanimité.

6 - Rapport n° 2018-02-0019 - Schéma départemental de l'autonomie
Rapporteur : Mme ROUSSIN.
Adopté : Pour 31 ; Abstentions 9.
`);
    expect(doc.items.map((i) => [i.number, i.title, i.decision?.vote?.unanimous])).toEqual([
      ['2018-04-0027', "Décision modificative n° 2 de l'exercice 2018", false],
      ['2018-03-0041', "Plan de rénovation des collèges publics 2018-2025 : deuxième programmation d'opérations", true],
      ['2018-02-0019', "Schéma départemental de l'autonomie", false],
    ]);
  });
});

describe('a PV exported by software, each act under "Acte n° Objet Rapporteur Nomenclature", its vote a grid', () => {
  // Invented town and members; the header printed again over each page is dropped as its running head.
  const doc = analyzeText(`Ville de KERVIZEC - Conseil municipal du 26/09/1988 - Procès-verbal
Le Conseil Municipal s'est réuni sous la présidence de M. Yves LE MEUR, Maire.

Acte n° Objet Rapporteur Nomenclature
88-112 BUDGET SUPPLEMENTAIRE 1988 M. MORVEN 7.1 Décisions budgétaires
Monsieur MORVEN présente le budget supplémentaire de l'exercice 1988.
Le Conseil Municipal, après en avoir délibéré, adopte le budget supplémentaire 1988.
Vote
Acte Pour Contre Abstention NPPV Résultat
88-112
26
7
0
0
Adopté
Ville de KERVIZEC - CM du 26/09/1988 - Procès-verbal Page 1 / 2
\f88-113 GARANTIE D'EMPRUNT - O.P.H.L.M. DES COTES-DU-NORD -
24 LOGEMENTS RUE DE BREST
Mme LE GALLO 7.3 Emprunts
Madame LE GALLO expose la demande de l'Office.
Le Conseil Municipal, après en avoir délibéré, ACCORDE sa garantie à l'Office.
Vote
Acte Pour Contre Abstention NPPV Résultat
88-113
33
0
0
0
Adopté à l'unanimité
Ville de KERVIZEC - CM du 26/09/1988 - Procès-verbal Page 2 / 2
`);

  it('reads each act: its number, its subject wrapped onto a second line, its vote from the grid', () => {
    expect(doc.items.map((i) => [i.number, i.title, i.decision?.vote?.for, i.decision?.vote?.against, i.decision?.vote?.abstentions])).toEqual([
      ['88-112', 'BUDGET SUPPLEMENTAIRE 1988', 26, 7, 0],
      ['88-113', "GARANTIE D'EMPRUNT - O.P.H.L.M. DES COTES-DU-NORD - 24 LOGEMENTS RUE DE BREST", 33, 0, 0],
    ]);
  });
});

describe('"objet :" inside a sentence of a report', () => {
  it('is no subject\'s label: "a un double objet : reprendre …" leaves the point its heading', () => {
    const doc = analyzeText(`CONSEIL RÉGIONAL
SÉANCE PLÉNIÈRE DU 27 JUIN 1991

III. RAPPORT N° 91-119 : DÉCISION MODIFICATIVE N° 1 DE L'EXERCICE 1991

Rapporteur : M. DELMOTTE

M. DELMOTTE. - La décision modificative qui vous est proposée a un double objet : reprendre
les résultats de l'exercice 1990 que nous venons de constater et procéder aux ajustements de
crédits rendus nécessaires par l'exécution du premier semestre.

Le Conseil régional adopte la décision modificative n° 1 de l'exercice 1991.

Résultat du vote :
Pour : 64
Contre : 42
`);
    expect(doc.items.map((i) => [i.number, i.title, i.decision?.vote?.for])).toEqual([['91-119', "DÉCISION MODIFICATIVE N° 1 DE L'EXERCICE 1991", 64]]);
  });
});

describe('"Rapport n° X" alone over a subject in capitals', () => {
  it("numbers the point; under a deliberation's own number a few lines higher it is only the report's rank", () => {
    const relevé = analyzeText(`CONSEIL RÉGIONAL
SÉANCE PLÉNIÈRE DU LUNDI 22 JUIN 2015
RELEVÉ DES DÉCISIONS ET DES VOTES
Rapport n° 15-SP04-001
COMPTE ADMINISTRATIF 2014 - BUDGET PRINCIPAL
Le Conseil régional arrête les résultats du compte administratif 2014.
Adopté à l'unanimité.
Rapport n° 15-SP04-002
COMPTE DE GESTION 2014 DU PAYEUR RÉGIONAL
Le Conseil régional déclare que le compte de gestion n'appelle ni observation ni réserve.
Adopté à l'unanimité.
`);
    expect(relevé.items.map((i) => i.number)).toEqual(['15-SP04-001', '15-SP04-002']);
    const extract = analyzeText(`DÉLIBÉRATION DU CONSEIL DÉPARTEMENTAL
SÉANCE PUBLIQUE DU 26 JUIN 2017

N° DEL-2017-146
3ème COMMISSION – AMÉNAGEMENT DU TERRITOIRE

Rapport n° 3.04
POLITIQUE DE L'HABITAT – AIDES À LA RÉNOVATION ÉNERGÉTIQUE DES LOGEMENTS PRIVÉS

Le Conseil départemental, après en avoir délibéré, approuve le règlement d'intervention.
Adopté à l'unanimité.
`);
    expect(extract.items.map((i) => i.number)).toEqual(['DEL-2017-146']);
  });
});

describe('"Délibération n° 98/CR/142 du 29 octobre 1998" over the register\'s heading and "OBJET : …"', () => {
  it('numbers the subject with the deliberation\'s number, its date after it', () => {
    const doc = analyzeText(`Délibération n° 98/CR/142 du 29 octobre 1998
Publiée au Recueil des Actes Administratifs n° 11 - novembre 1998

EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL RÉGIONAL

Séance plénière du jeudi 29 octobre 1998

OBJET : Aide régionale au transport scolaire fluvial - Année scolaire 1998-1999

Le Conseil Régional, régulièrement convoqué, s'est réuni le 29 octobre 1998 sous la présidence de M. Justin LOUVET, Président.

Étaient présents : M. Justin LOUVET, Mme Marlène DÉSIRAT, M. Roland JEAN-LOUP.

Après en avoir délibéré,
DÉCIDE
Article 1 : D'attribuer aux communes une aide régionale de 2 450 000 F.
Adopté à l'unanimité.
`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['98/CR/142', 'Aide régionale au transport scolaire fluvial - Année scolaire 1998-1999']]);
  });
});

describe('a report\'s parts in roman numerals, "Soit un coût moyen de …" a paragraph between two of them', () => {
  it('are parts of the one deliberation: a sentence opening on "Soit" heads nothing', () => {
    const doc = analyzeText(`OFFICE PUBLIC D'HLM D'ALBERVILLE
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL D'ADMINISTRATION

Séance du 21 juin 1979

Délibération n° 79-31

Étaient présents : M. Roger PERRIN, Président, M. Louis BERTHET, Mme Anne COLLOMBET.

OBJET : Réhabilitation de la Cité de la Boisse – Approbation de l'avant-projet

Monsieur le Président donne la parole à Monsieur le Directeur, qui présente le rapport suivant :

I. – LE PATRIMOINE CONCERNÉ

La Cité de la Boisse a été construite en 1958 et compte 248 logements répartis en huit bâtiments de quatre étages.

II. – PROGRAMME DES TRAVAUX

Le programme retenu comprend l'isolation des façades, le remplacement des menuiseries et la réfection de la chaufferie.

Soit un coût moyen de 67 097 F T.T.C. par logement, dont 60 968 F de travaux proprement dits.

Les économies d'énergie attendues sont évaluées par le bureau d'études à 42 % de la consommation actuelle de la chaufferie.

III. – PLAN DE FINANCEMENT

Le financement de l'opération est assuré par une subvention de l'État et par un emprunt auprès de la Caisse des Dépôts.

Le Conseil d'Administration, après en avoir délibéré, approuve l'avant-projet.

Adopté par 11 voix pour et 1 abstention.
`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['79-31', "Réhabilitation de la Cité de la Boisse – Approbation de l'avant-projet"]]);
  });
});

describe('a register transcribed a deliberation a paragraph, its vote before its acts on one long line', () => {
  const text = `CONSEIL MUNICIPAL
Séance du 30 mars 1998
Présents : M. ALBERTO, Maire, Mme LUCIANA, M. PIETRA.

N° 98-53 - Port de plaisance : tarifs des redevances d'amarrage, saison 1998
Le Conseil Municipal, sur le rapport de M. LECCA, après en avoir délibéré, à l'unanimité, APPROUVE les tarifs des redevances d'amarrage tels qu'ils figurent au tableau annexé.

N° 98-54 - Acquisition de la parcelle cadastrée section AB n° 214, lieu-dit Funtanella
Le Conseil Municipal, après en avoir délibéré, à l'unanimité, DÉCIDE d'acquérir la parcelle cadastrée section AB n° 214, d'une contenance de 1 245 m², appartenant aux consorts RAFFA, au prix de 186 750 F, conformément à l'avis du service des Domaines du 12 février 1998 ; AUTORISE le Maire à signer l'acte à intervenir. M. RAFFA, intéressé, n'a pas pris part au vote.

N° 98-55 - Cantine scolaire - année 2012/2013 : le repas est fixé à 2,85 €
Le Conseil Municipal, après en avoir délibéré, à l'unanimité, FIXE le prix du repas.

N° 98-56 - Questions diverses a) Voirie : travaux de la rue des Vignes
Le Conseil Municipal, après en avoir délibéré, à l'unanimité, APPROUVE le programme de travaux.
`;

  it('reads the acts after "à l\'unanimité," as the decision\'s; a subtitle after a colon is the title\'s, a sentence after it or a sub-point\'s letter before it is not', () => {
    expect(analyzeText(text).items.map((i) => [i.number, i.title, i.decision?.articles.map((a) => a.action)])).toEqual([
      ['98-53', "Port de plaisance : tarifs des redevances d'amarrage, saison 1998", ['approuve']],
      ['98-54', 'Acquisition de la parcelle cadastrée section AB n° 214, lieu-dit Funtanella', ['décide', 'autorise']],
      ['98-55', 'Cantine scolaire - année 2012/2013', ['fixe']],
      ['98-56', 'Questions diverses', ['approuve']],
    ]);
  });
});

describe('a summary\'s points, each its title in capitals, a colon, then what was decided', () => {
  const text = `COMPTE RENDU SOMMAIRE DE LA REUNION DU COMITE SYNDICAL DU JEUDI 9 JUILLET 2020

Présents : M. Didier AUCLAIR, Mme Nadine PERRONET, M. Joël MESNARD.

2020-10 INDEMNITES DE FONCTION : le comité fixe l'indemnité du président
à 4,73 % de l'indice brut terminal. Adopté par 2 voix pour et 1 abstention.

2020-12 TRANSPORT SCOLAIRE - CONVENTION AVEC LA REGION CENTRE-VAL DE
LOIRE : le comité approuve la convention de délégation de compétence
et autorise le président à la signer. Adopté à l'unanimité.

2020-14 CCAS : élection des représentants du comité
Le comité désigne M. Joël MESNARD. Adopté à l'unanimité.
`;

  it('titles each point with its capitals, the wrapped one too; an acronym alone before the colon keeps its subtitle', () => {
    expect(analyzeText(text).items.map((i) => [i.number, i.title, i.decision?.articles.map((a) => a.action)])).toEqual([
      ['2020-10', 'INDEMNITES DE FONCTION', ['fixe']],
      ['2020-12', 'TRANSPORT SCOLAIRE - CONVENTION AVEC LA REGION CENTRE-VAL DE LOIRE', ['approuve', 'autorise']],
      ['2020-14', 'CCAS : élection des représentants du comité', ['désigne']],
    ]);
  });
});

describe('"AFFAIRE N° 7" alone on its line, the subject under it', () => {
  it('numbers the point with the affair\'s rank, its title the line under', () => {
    const doc = analyzeText(`COMMISSION DÉPARTEMENTALE DE LA HAUTE-MORVE
Réunion du 21 octobre 1980

Présents : MM. CASANOVE, ANTONETTO, FAGGIANO.

                          AFFAIRE N° 7
Transports scolaires - Création d'un circuit Vallerosa - Corte
M. FAGGIANO expose que la création de ce circuit permettra le ramassage de douze élèves du hameau.
          LA COMMISSION,
Après en avoir délibéré,
- fixe la participation du Département à 60 % de la dépense.
Adopté à l'unanimité.

                          AFFAIRE N° 8
Caserne de gendarmerie - Réfection des logements
M. ANTONETTO présente le projet de réfection des six logements de la caserne.
          LA COMMISSION,
Après en avoir délibéré,
- approuve le projet.
Adopté à l'unanimité.
`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['7', "Transports scolaires - Création d'un circuit Vallerosa - Corte"],
      ['8', 'Caserne de gendarmerie - Réfection des logements'],
    ]);
  });
});

describe('"Délibération n° AP (20) 12-38" over "Rapport n° 4.3" and the subject', () => {
  it('numbers the deliberation with the assembly\'s code, its year in brackets, not the report\'s rank', () => {
    const doc = analyzeText(`RÉGION NORMANDE
ASSEMBLÉE PLÉNIÈRE
Séance du 14 décembre 2020

Délibération n° AP (20) 12-38
Commission : Économie, Commerce, Artisanat et Tourisme
Rapport n° 4.3

OBJET : SOUTIEN AUX COMMERCES DE PROXIMITÉ - CRÉATION DU FONDS

Le Conseil régional, régulièrement convoqué, s'est réuni le 14 décembre 2020 sous la présidence de M. Hervé MORINET, Président.

Après en avoir délibéré,
DÉCIDE
- d'approuver la création du fonds.
Adopté par 71 voix pour.
`);
    expect(doc.items.map((i) => i.number)).toEqual(['AP (20) 12-38']);
  });
});

describe('a point decided in prose over several sentences', () => {
  const sitting = (point: string) => analyzeText(`PROCES-VERBAL DES DELIBERATIONS DU CONSEIL MUNICIPAL
Séance ordinaire du vendredi 26 mars 1999
Présents : MM. SCHWARTZ Raymond, KIEFFER Gérard, WEBER Albert.

${point}
7. Forêt communale - Programme des travaux 1999
Le Conseil Municipal approuve le programme des travaux présenté par l'Office National des Forêts.
Adopté à l'unanimité.
`);

  it('keeps a figure opening a line under a sentence left open, and "Par ailleurs, le Conseil agrée …", in the same point', () => {
    const doc = sitting(`6. Chasse communale - Affectation du produit de la location pour 1999
Le Maire rappelle que la chasse communale a été louée pour la période du 2 février 1997 au 1er février
2006 en deux lots, pour un loyer annuel total de 38 500 F.
Le Conseil Municipal décide à l'unanimité d'affecter le produit de la location de la chasse de l'année
1999 à l'entretien des chemins ruraux et forestiers.
Par ailleurs, le Conseil Municipal agrée M. Gilbert HUMMEL, domicilié à Faulquemont, en qualité de
permissionnaire du lot n° 2, sur présentation du locataire M. Charles BERGER.
Adopté à l'unanimité.
`);
    expect(doc.items.map((i) => [i.number, i.decision?.articles.map((a) => a.action)])).toEqual([
      ['6', ['décide', 'agrée']],
      ['7', ['approuve']],
    ]);
  });

  it('passes over who is elected to chair the vote, and reads the act after "après avoir constaté …,"', () => {
    const doc = sitting(`3. Compte administratif de l'exercice 1998
Le Maire présente le compte administratif de l'exercice 1998, puis quitte la salle. Le Conseil Municipal
élit M. KIEFFER Gérard, 1er adjoint, pour présider la séance lors du vote.
Le compte administratif se résume comme suit : excédent de 209 748,22 F.
Après en avoir délibéré, le Conseil Municipal, hors la présence du Maire, approuve le compte
administratif de l'exercice 1998 à l'unanimité des membres présents et représentés.

4. Compte de gestion 1998 du Receveur municipal
Le Conseil Municipal, après avoir constaté la concordance des résultats du compte de gestion du Receveur
municipal avec ceux du compte administratif, approuve le compte de gestion de l'exercice 1998
à l'unanimité.
`);
    expect(doc.items.map((i) => [i.number, i.decision?.articles.map((a) => a.action)])).toEqual([
      ['3', ['approuve']],
      ['4', ['approuve']],
      ['7', ['approuve']],
    ]);
  });
});

describe('"Délib. 2 - …" over the margin\'s "n° 2008/22"', () => {
  it("numbers each point with the margin's number, the title going on after it on the line under", () => {
    const doc = analyzeText(`${SITTING}
Délib. 2 - Alimentation en eau potable - Réhabilitation du captage de
n° 2008/22 Funtanella et du réservoir de Pighjolu
Le Maire rappelle que les débits de la source de Funtanella ont fortement baissé.
Le Conseil Municipal, après en avoir délibéré, à l'unanimité :
- approuve le projet de réhabilitation pour un montant de 148 600 € HT ;
- autorise le Maire à signer toutes les pièces relatives à ce dossier.

Délib. 3 - Tarifs de l'eau - année 2008/2009
n° 2008/24   Le Maire propose de fixer le tarif de l'eau à compter du 1er juillet 2008.
Le Conseil Municipal, à la majorité (8 voix pour, 2 voix contre), fixe les tarifs ci-dessus.
`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['2008/22', 'Alimentation en eau potable - Réhabilitation du captage de Funtanella et du réservoir de Pighjolu'],
      ['2008/24', "Tarifs de l'eau - année 2008/2009"],
    ]);
  });
});

describe('"MOTION - …" after the numbered reports', () => {
  const sitting = (before: string) =>
    analyzeText(`${SITTING}
RAPPORT N° 1 - Aides d'urgence aux sinistrés
Rapporteur : Mme CASES.
Secours d'urgence de 3 000 F par foyer sinistré.
Adopté par 25 voix pour et 4 abstentions (MM. BONET, DALMAU, ESCARGUEL, GUITART).
${before}
MOTION - Reconnaissance de l'état de catastrophe naturelle
L'Assemblée demande au Gouvernement la publication rapide de l'arrêté interministériel.
Adoptée à l'unanimité.
`);

  it('is a point of its own, its subject after the dash', () => {
    const doc = sitting('');
    expect(doc.items.map((i) => [i.number, i.title, i.decision?.vote?.unanimous])).toEqual([
      ['1', "Aides d'urgence aux sinistrés", false],
      [null, "Reconnaissance de l'état de catastrophe naturelle", true],
    ]);
  });

  it("is the title of a form's label above it", () => {
    expect(sitting('N° 2011-09-115\nObjet').items.map((i) => i.title)).toEqual(["Aides d'urgence aux sinistrés", "MOTION - Reconnaissance de l'état de catastrophe naturelle"]);
  });
});

describe("a deliberation of a Commission Permanente, the president's report printed after its signature", () => {
  const doc = analyzeText(`COLLECTIVITÉ DE CORSE
COMMISSION PERMANENTE

DELIBERATION N° 20/214 CP DE LA COMMISSION PERMANENTE
APPROUVANT LA TROISIÈME PROGRAMMATION 2020 DES AIDES EN FAVEUR DES
ASSOCIATIONS CULTURELLES

REUNION DU 18 NOVEMBRE 2020

L’an deux mille vingt, le dix-huit novembre, la Commission Permanente s’est réunie sous la présidence de M. Petru-Santu
CASTELLANI, Président de l’Assemblée de Corse.

ETAIENT PRESENTS : Mmes et MM.
Marie-Antoinette ALBERTINI, Ghjuvan-Carlu BATTESTI, Petru-Santu CASTELLANI, Paule CECCALDI-LUCIANI

LA COMMISSION PERMANENTE

VU le Code Général des Collectivités Territoriales,

APRES EN AVOIR DELIBERE

À l’unanimité,

ARTICLE PREMIER :

APPROUVE la troisième programmation 2020 des aides en faveur des associations culturelles.

ARTICLE 2 :

AUTORISE le Président du Conseil Exécutif de Corse à signer les conventions.

AIACCIU, le 18 novembre 2020

Le Président de l’Assemblée de Corse,

Petru-Santu CASTELLANI

Délibération n° 20/214 CP du 18 novembre 2020 2
\fCOLLECTIVITÉ DE CORSE
RAPPORT N° 2020/O2/187

RAPPORT
DE MONSIEUR LE PRESIDENT
DU CONSEIL EXECUTIF DE CORSE

1. Contexte

L’année 2020 restera pour le secteur culturel insulaire une année de rupture, les festivals annulés ou reportés.

2. Instruction des demandes

Cinquante-deux demandes ont été déposées entre le 1er juillet et le 30 septembre 2020.
${'Les critères retenus sont ceux du règlement des aides pour la culture : qualité artistique et ancrage territorial.\n'.repeat(20)}`);

  it('is one deliberation: its number with its code, its subject under the line that names the body', () => {
    expect(doc.kind).toBe('deliberation');
    expect(doc.items.map((i) => [i.number, i.title, i.decision?.articles.map((a) => a.action)])).toEqual([
      ['20/214 CP', 'APPROUVANT LA TROISIÈME PROGRAMMATION 2020 DES AIDES EN FAVEUR DES ASSOCIATIONS CULTURELLES', ['approuve', 'autorise']],
    ]);
  });

  it('is signed above the report, the office\'s "de l’Assemblée" read with its curly apostrophe', () => {
    expect(doc.signatures.map((p) => p.surname)).toEqual(['CASTELLANI']);
  });
});

describe("the accounts' formula: 'Le Conseil Municipal, réuni sous la présidence de M. X, délibérant sur le compte administratif …'", () => {
  it('starts the decision at the body, its acts each a line under it, "Lui donne acte" the first', () => {
    const doc = analyzeText(`${SITTING}
N° 19
OBJET : Compte administratif 1977
Le Conseil Municipal, réuni sous la présidence de M. FAURE
Jean, premier Adjoint, délibérant sur le compte administratif de l'exercice
1977 dressé par M. DELPEYRAT, Maire, lequel s'est retiré au moment
du vote,
Après s'être fait présenter le budget primitif, le budget supplémentaire
et les décisions modificatives de l'exercice considéré,
Lui donne acte de la présentation faite du compte administratif,
Constate, pour la comptabilité principale, les identités de valeurs avec les indications du compte de gestion,
Reconnaît la sincérité des restes à réaliser,
Approuve le compte administratif 1977 par 12 voix pour et 1 abstention, et arrête les résultats définitifs.

N° 20
OBJET : Budget supplémentaire 1978
Le Conseil Municipal, après en avoir délibéré, à l'unanimité, adopte le budget supplémentaire.
`);
    expect(doc.items.map((i) => [i.number, i.decision?.articles.map((a) => a.action)])).toEqual([
      ['19', ['donne acte', 'constate', 'reconnaît', 'approuve', 'arrête']],
      ['20', ['adopte']],
    ]);
    const decision = doc.sections.find((s) => s.kind === 'decision' && s.item === 0)!;
    expect(doc.text.slice(decision.start, decision.start + 40)).toBe('Le Conseil Municipal, réuni sous la prés');
  });
});

describe("a register of one sitting's deliberations, each sheet repeating the sitting's header and lists", () => {
  const sheet = (n: number, subject: string, act: string) => `SYNDICAT INTERCOMMUNAL D'ADDUCTION D'EAU POTABLE          Feuillet n° ${36 + n}
REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL
Séance du 5 avril 2012
Délibération n° 2012-0${n}
Nombre de délégués en exercice : 18 - Présents : 15 - Votants : 16
L'an deux mille douze, le cinq avril à vingt heures trente, le Comité Syndical, régulièrement
convoqué, s'est réuni à la salle polyvalente de Ségaliès, sous la présidence de M. Jean-Pierre CAYLA, Président.
Présents : MM. CAYLA, ALIBERT, MAZARS, BOUSQUET, CANCE, VAYSSIÈRE, SÉGUI, BURGUIÈRE, RIGAL,
TRUEL, LACAN, Mmes VIGUIER, ROUQUETTE, PUECH.
Absents excusés : MM. FABRE, COSTES.
Secrétaire de séance : Mme Martine ROUQUETTE
Objet : ${subject}
Le Comité Syndical, après en avoir délibéré, à l'unanimité,
${act}
Fait et délibéré les jour, mois et an susdits.
Le Président, Jean-Pierre CAYLA
`;
  const doc = analyzeText(
    [sheet(8, 'Approbation du compte de gestion 2011', 'DÉCLARE que le compte de gestion dressé pour l\'exercice 2011 n\'appelle ni observation ni réserve.'), sheet(9, 'Budget primitif 2012', 'ADOPTE le budget primitif 2012 du syndicat, arrêté en dépenses et en recettes à la somme de 412 000 €.')].join('\f'),
  );
  it("reads the second sheet's head as a preamble and its lists as attendance, the first sheet's closing as its decision's", () => {
    expect(doc.items.map((i) => i.number)).toEqual(['2012-08', '2012-09']);
    const lists = doc.text.lastIndexOf('Présents : MM. CAYLA');
    expect(doc.sections.find((s) => s.start <= lists && lists < s.end)?.kind).toBe('attendance');
    const closing = doc.text.indexOf('Le Président, Jean-Pierre CAYLA');
    expect(doc.sections.find((s) => s.start <= closing && closing < s.end)).toMatchObject({ kind: 'decision', item: 0 });
    const header = doc.text.lastIndexOf("L'an deux mille douze");
    expect(doc.sections.find((s) => s.start <= header && header < s.end)?.kind).toBe('preamble');
  });
});

describe('a title in capitals wrapped before "N° 3" of what its line names last', () => {
  it('reads "… - AVENANT" / "N° 3 - TARIFS …" as one title, not a point numbered 3', () => {
    const doc = analyzeText(`EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL DU DISTRICT
Séance du 26 octobre 1984
Etaient présents : MM. KIEFFER, SCHMITT Paul, MULLER, Mme HOFFMANN.
Le Président ayant constaté que le quorum est atteint, la séance est ouverte.

TRANSPORTS URBAINS - CONVENTION D'EXPLOITATION DU RESEAU - AVENANT
N° 3 - TARIFS APPLICABLES AU 1er JANVIER 1985

Rapporteur : M. Paul SCHMITT, Vice-Président chargé des transports
Monsieur SCHMITT rappelle que l'exploitation du réseau est confiée à la Compagnie.
Le Conseil, après en avoir délibéré, approuve l'avenant n° 3.
Adopté par 27 voix pour, 6 voix contre et 2 abstentions.
`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([[null, "TRANSPORTS URBAINS - CONVENTION D'EXPLOITATION DU RESEAU - AVENANT N° 3 - TARIFS APPLICABLES AU 1er JANVIER 1985"]]);
  });
});

describe("deliberations each under their number, votes of their own recalled or recapitulated", () => {
  it("keeps each deliberation one point: no further matter under it with no number", () => {
    // A commune's acts exported with their numbers ("Objet: … - DE_2017_009"), the accounts' vote recalled in the next one's recitals.
    const doc = analyzeText(readFileSync(new URL('../../fixtures/genre/tirage-mixte-zzzc/3567.txt', import.meta.url), 'utf8'));
    expect(doc.items.filter((i) => i.number === null).map((i) => i.title)).toEqual([]);
  });
});

describe("the margin's deliberation number before the point's rank and its title in capitals", () => {
  it('numbers the point with the deliberation number: "92-61      1 - APPROBATION …"', () => {
    const doc = analyzeText(`${SITTING}
92-61      1 - APPROBATION DU PROCES-VERBAL DE LA SEANCE DU 22 MAI 1992
           Le procès-verbal de la séance du 22 mai 1992 est adopté à l'unanimité, sans observation.

92-63      3 - COMPTE DE GESTION 1991 DU RECEVEUR MUNICIPAL
           Le Conseil Municipal déclare que le compte de gestion n'appelle ni observation ni réserve. Adopté à l'unanimité.
`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['92-61', 'APPROBATION DU PROCES-VERBAL DE LA SEANCE DU 22 MAI 1992'],
      ['92-63', 'COMPTE DE GESTION 1991 DU RECEVEUR MUNICIPAL'],
    ]);
  });
});

describe("an extract whose header gives its subject under 'Objet :', its report in parts ranked from one", () => {
  it('is one deliberation on that subject, the parts its report', () => {
    // An EHPAD board's budget exported by its software: "Objet :" / "BUDGET PREVISIONNEL 2007 …" over the lists, "1. Section HEBERGEMENT" … "3. Section SOINS" in the report.
    const doc = analyzeText(readFileSync(new URL('../../fixtures/genre/tirage-mixte-zzzzzzzzn/4409.txt', import.meta.url), 'utf8'));
    expect(doc.items.map((i) => i.title)).toEqual(['BUDGET PREVISIONNEL 2007 ET FIXATION DES PROPOSITIONS TARIFAIRES (HEBERGEMENT - DEPENDANCE - SOINS)']);
  });
});

describe("a software's extract: its number over the counts' labels, its lists' labels alone on their lines, its tables ranked", () => {
  const doc = analyzeText(`EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL
Séance du 15 février 2002
Délibération n° 2002-011
Nombre de conseillers
En exercice
Présents
Votants
23
17
20
L'an deux mil deux, le quinze février, le Conseil Municipal s'est réuni sous la présidence de Monsieur Jean-Claude HENRIOT, Maire.
Présents
M. HENRIOT Jean-Claude, M. BRIQUET Alain, Mme COLLARD Martine, Mme NOIZET Chantal, Mme WARNIER Evelyne
Absents excusés ayant donné procuration
Procuration à
Mme BONNAIRE Catherine
M. DUMONT Thierry
M. BRIQUET Alain
M. HENRIOT Jean-Claude
Absents excusés
M. CHARLIER Hervé, Mme ROGE Nadine
Secrétaire de séance
Mme COLLARD Martine
Objet
TARIFS COMMUNAUX - FIXATION DES TARIFS EN EUROS ARRONDIS
Monsieur BRIQUET rappelle que depuis le 1er janvier 2002 l'euro est la seule monnaie ayant cours légal.
LE CONSEIL MUNICIPAL,
Après en avoir délibéré, par 18 voix pour, 0 contre et 2 abstentions,
FIXE ainsi qu'il suit les tarifs communaux applicables à compter du 1er mars 2002 :
1 - SALLE DES FETES
Désignation
Tarif 2001
Tarif 2002
Location week-end
1 200,00
185,00
2 - TRAVAUX POUR LE COMPTE DE TIERS
Désignation
Tarif 2001
Tarif 2002
Ouverture de tranchée
90,00
14,00
DIT que les tarifs s'appliqueront à compter de la facturation du mois de mars 2002,
CHARGE Monsieur le Maire de l'exécution de la présente délibération.
`);

  it("titles the deliberation by its 'Objet', its tables' ranked captions no points", () => {
    expect(doc.items.map((i) => [i.number, i.title, i.decision?.articles.map((a) => a.action)])).toEqual([['2002-011', 'TARIFS COMMUNAUX - FIXATION DES TARIFS EN EUROS ARRONDIS', ['fixe', 'dit', 'charge']]]);
  });

  it('reads "Absents excusés ayant donné procuration" alone on its line as the proxies\' heading', () => {
    expect(listsOf(doc.attendance).represented).toEqual([
      ['BONNAIRE', 'BRIQUET'],
      ['DUMONT', 'HENRIOT'],
    ]);
  });
});

describe('"RAPPORT N° 3214 - …": a report numbered on four figures', () => {
  it('is a point numbered so, its subject after the dash', () => {
    const doc = analyzeText(`${SITTING}
RAPPORT N° 3215 - DÉCISION MODIFICATIVE N° 2 AU BUDGET 2019
Rapporteur : Mme Véronique BARRAL
Le rapport est adopté par 119 voix pour, 51 voix contre et 27 abstentions.

RAPPORT N° 3227 - PLAN D'URGENCE SÉCHERESSE : MESURES DE SOUTIEN AUX EXPLOITATIONS AGRICOLES
Rapporteur : Mme BADIOU
Le Conseil régional approuve le plan d'urgence. Le rapport est adopté à l'unanimité.
`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['3215', 'DÉCISION MODIFICATIVE N° 2 AU BUDGET 2019'],
      ['3227', "PLAN D'URGENCE SÉCHERESSE : MESURES DE SOUTIEN AUX EXPLOITATIONS AGRICOLES"],
    ]);
  });
});

describe("a Bureau's register, its margin's word on the line its title in capitals wraps to", () => {
  it('reads "Agric. LAITIER" under "B.88.146 AGRICULTURE - … DE CONTROLE" as the title going on, the point a heading of its own', () => {
    const doc = analyzeText(`${SITTING}
B.91.012 VOIRIE DEPARTEMENTALE - C.D. 12 - ELARGISSEMENT ENTRE LES DEUX
Voirie HAMEAUX
M. DUVAL, rapporteur, expose que l'élargissement est nécessaire.
ADOPTE Le Bureau approuve le projet. Adopté à l'unanimité.

B.91.013 AGRICULTURE - SUBVENTION AU SYNDICAT DEPARTEMENTAL DE CONTROLE
Agric. LAITIER
M. BOUVET, rapporteur, rappelle que le syndicat sollicite une subvention.
ADOPTE Le Bureau décide d'accorder une subvention de 80 000 F.
Adopté par 9 voix contre 2.

B.91.014 TRANSPORTS SCOLAIRES - RENOUVELLEMENT DES CONVENTIONS AVEC LES
Transp. TRANSPORTEURS
M. LETELLIER, rapporteur, indique que les négociations ne sont pas achevées.
Le Bureau décide de surseoir à statuer.
`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['B.91.012', 'VOIRIE DEPARTEMENTALE - C.D. 12 - ELARGISSEMENT ENTRE LES DEUX HAMEAUX'],
      ['B.91.013', 'AGRICULTURE - SUBVENTION AU SYNDICAT DEPARTEMENTAL DE CONTROLE LAITIER'],
      ['B.91.014', 'TRANSPORTS SCOLAIRES - RENOUVELLEMENT DES CONVENTIONS AVEC LES TRANSPORTEURS'],
    ]);
  });

  it("takes no signer's name under a stamp's short line in capitals for a title going on: the decision runs on over the signature", () => {
    const text = `${SITTING}
1. Subvention au comité des fêtes
Le Conseil municipal accorde une subvention de 800 euros. Adopté à l'unanimité.

Pour extrait conforme,
Le 4 mars 2021
[cachet : COMMUNE DE SAINT-MARTIN
* LE MAIRE *]
Claire BONNEFOY

La présente délibération peut faire l'objet d'un recours devant le Tribunal administratif.
`;
    const doc = analyzeText(text);
    const decision = doc.sections.find((s) => s.kind === 'decision')!;
    expect(decision.end).toBeGreaterThan(text.indexOf('Claire BONNEFOY'));
    expect(doc.sections.filter((s) => s.start > text.indexOf('Pour extrait')).map((s) => s.kind)).toEqual([]);
  });
});

describe("a point's title in capitals wrapped over a full line, its last word alone under it", () => {
  it('reads "… PUBLIC" / "LOCAL 2016" as one title, the point\'s rank its number', () => {
    const doc = analyzeText(`${SITTING}
5. FINANCES - DEMANDE DE SUBVENTION AU TITRE DU FONDS DE SOUTIEN A L'INVESTISSEMENT PUBLIC
LOCAL 2016

Rapporteur : M. Patrick VILLAIN

Le Conseil Municipal, après en avoir délibéré, sollicite une subvention. Adopté à l'unanimité.

6. FINANCES - ADMISSION EN NON-VALEUR DE PRODUITS IRRECOUVRABLES

Le Conseil Municipal, après en avoir délibéré, décide d'admettre en non-valeur les produits. Adopté à l'unanimité.
`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['5', "FINANCES - DEMANDE DE SUBVENTION AU TITRE DU FONDS DE SOUTIEN A L'INVESTISSEMENT PUBLIC LOCAL 2016"],
      ['6', 'FINANCES - ADMISSION EN NON-VALEUR DE PRODUITS IRRECOUVRABLES'],
    ]);
  });
});

describe("a motion's decision opening on what the body observes, a participle's clause with commas of its own", () => {
  it('reads the acts after "Le Conseil municipal, constatant … de Fond-Bananier, Belle-Hôtesse et Morne-Cabrit,"', () => {
    const doc = analyzeText(`${SITTING}
Délibération n° 2018-06-40 – Motion relative à l'alimentation en eau potable
Le Conseil municipal, constatant la multiplication des coupures d'eau imposées depuis le mois de mars aux quartiers de Fond-Bananier, Belle-Hôtesse et Morne-Cabrit, demande à l'État la mise en œuvre d'un plan d'urgence et exige que les usagers privés d'eau bénéficient d'une réduction de leur facture.
Adoptée à l'unanimité.
`);
    expect(doc.items.map((i) => i.decision?.articles.map((a) => a.action))).toEqual([['demande', 'exige']]);
  });
});

describe('a motion alone on its line, who presents it on the next', () => {
  it('is a point of its own after the numbered reports, its act read', () => {
    const doc = analyzeText(`${SITTING}
1. Subvention au comité des fêtes
Le Conseil municipal accorde une subvention de 800 euros.
Adopté à l'unanimité.

MOTION

Motion relative à la desserte ferroviaire du département
Présentée par M. Michel ESTIVAL au nom de l'ensemble des groupes.
Le Conseil municipal demande à l'État la réalisation sans délai des travaux de régénération des lignes.
Adoptée à l'unanimité.
`);
    expect(doc.items.map((i) => [i.title, i.decision?.articles.map((a) => a.action)])).toEqual([
      ['Subvention au comité des fêtes', ['accorde']],
      ['Motion relative à la desserte ferroviaire du département', ['demande']],
    ]);
  });
});

describe("a wish ranked among the reports, its own number after its label", () => {
  it('numbers "X. VŒU N° 2111-V1 PRÉSENTÉ PAR …" by the wish\'s number, its label kept in its title', () => {
    const doc = analyzeText(`${SITTING}
VIII. RAPPORT N° 2111-05 - CONVENTION D'EXPLOITATION DU SERVICE TER
Le Conseil approuve la convention. Adopté à l'unanimité.

IX. RAPPORT N° 2111-06 - DÉSIGNATION DE REPRÉSENTANTS AU SEIN D'ORGANISMES EXTÉRIEURS
Le Conseil désigne M. CHAPPAZ au conseil d'administration de l'Agence. Adopté à l'unanimité.

X. VŒU N° 2111-V1 PRÉSENTÉ PAR LE GROUPE GAUCHE SOCIALE RELATIF AU MAINTIEN DES LIGNES
Le vœu est rejeté par 40 voix pour et 120 voix contre.
`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['2111-05', "CONVENTION D'EXPLOITATION DU SERVICE TER"],
      ['2111-06', "DÉSIGNATION DE REPRÉSENTANTS AU SEIN D'ORGANISMES EXTÉRIEURS"],
      ['2111-V1', 'VŒU N° 2111-V1 PRÉSENTÉ PAR LE GROUPE GAUCHE SOCIALE RELATIF AU MAINTIEN DES LIGNES'],
    ]);
  });
});

describe("a register's ruled margin, each point's number, a bar, then its rank and title in capitals", () => {
  it('reads "N° 2022-05 | 3/ COMPTE ADMINISTRATIF 2021" as a point, numbered by its register, titled without the bar and rank', () => {
    const doc = analyzeText(`${SITTING}
N° 2022-04 | 2/ COMPTE DE GESTION 2021 DU RECEVEUR
Compte de | La Présidente présente le compte de gestion de l'exercice 2021 dressé par le comptable.
Le Conseil d'Administration, après en avoir délibéré, à l'unanimité,
DECLARE que le compte de gestion n'appelle ni observation ni réserve de sa part.

N° 2022-05 | 3/ COMPTE ADMINISTRATIF 2021
Compte | Madame la Présidente quitte la salle. Mme Julie SANTUCCIONI, Vice-Présidente, présente le compte.
Hors de la présence de la Présidente, le Conseil d'Administration, après en avoir délibéré, à l'unanimité,
APPROUVE le compte administratif 2021 tel que présenté.
`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['2022-04', 'COMPTE DE GESTION 2021 DU RECEVEUR'],
      ['2022-05', 'COMPTE ADMINISTRATIF 2021'],
    ]);
  });
});

describe("a margin's title beside the body's first line", () => {
  it('ends the title before "Le Conseil Municipal fixe …", whose act is the point\'s', () => {
    const doc = analyzeText(`${SITTING}
12. Prix de Le Conseil Municipal fixe comme suit, à compter du 1er
l'eau 1992 avril 1992, le tarif du service de l'eau :
- prix du m3 consommé : 5,80 F H.T.
Adopté par 12 voix pour et 1 voix contre (M. LAUER).

13. Salle Le Conseil Municipal révise comme suit les tarifs de
polyvalente location de la salle polyvalente : 600 F le week-end.
Adopté à l'unanimité.
`);
    expect(doc.items.map((i) => [i.number, i.title, i.decision?.articles.map((a) => a.action)])).toEqual([
      ['12', 'Prix de', ['fixe']],
      ['13', 'Salle', ['révise']],
    ]);
  });
});

describe("a point's rank over its report's number and rapporteur on one line", () => {
  it('numbers the point by "Rapport n° 90-B-41 – Rapporteur : M. X", the rapporteur read too', () => {
    const doc = analyzeText(`${SITTING}
1. VOIRIE DÉPARTEMENTALE – PROGRAMME 1990 DE RENFORCEMENT DES CHAUSSÉES
Rapport n° 90-B-41 – Rapporteur : M. DUFFAU, Président de la Commission des Routes
Le Bureau approuve le programme et autorise le Président à signer les marchés.
Adopté à l'unanimité.

2. COLLÈGES – DOTATION COMPLÉMENTAIRE DE FONCTIONNEMENT
Rapport n° 90-B-42 – Rapporteur : M. SARRAMÉA
Le Bureau accorde une dotation complémentaire de 45 000 F.
Adopté à l'unanimité.
`);
    expect(doc.items.map((i) => [i.number, i.rapporteur?.surname])).toEqual([
      ['90-B-41', 'DUFFAU'],
      ['90-B-42', 'SARRAMÉA'],
    ]);
  });
});

describe("an extract's subject in capitals after \"OBJET :\", over a report in numbered parts that describes a contract", () => {
  const text = `EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE
Séance du 14 juin 2018
Délibération n° 2018-06-041
L'an deux mil dix-huit, le quatorze juin, le Conseil communautaire s'est réuni sous la présidence de M. Henri FAURE.
Étaient présents : M. Henri FAURE, Mme Lucie BRUN, M. Paul ROCHE.

OBJET : RESTAURATION SCOLAIRE INTERCOMMUNALE – DÉLÉGATION DE SERVICE
PUBLIC POUR LA PRODUCTION ET LA LIVRAISON DES REPAS – CHOIX DU DÉLÉGATAIRE ET
APPROBATION DU CONTRAT

1. RAPPEL DU CONTEXTE
La cuisine centrale était exploitée en régie jusqu'au 31 décembre 2017.

2. ÉCONOMIE GÉNÉRALE DU CONTRAT
Le projet de contrat présente les caractéristiques suivantes :
Objet : le délégataire assure, à ses risques et périls, la production des repas et leur livraison
dans les restaurants scolaires des communes membres.
Durée : cinq ans, du 1er septembre 2018 au 31 août 2023.

3. MOTIFS DU CHOIX
L'offre de la société retenue est la plus avantageuse économiquement.

Le Conseil communautaire, après en avoir délibéré, par 30 voix pour et 4 contre,
APPROUVE le choix du délégataire ;
AUTORISE le Président à signer le contrat.
`;

  const SUBJECT = 'RESTAURATION SCOLAIRE INTERCOMMUNALE – DÉLÉGATION DE SERVICE PUBLIC POUR LA PRODUCTION ET LA LIVRAISON DES REPAS – CHOIX DU DÉLÉGATAIRE ET APPROBATION DU CONTRAT';

  it('makes the subject, wrapped over three lines, the one act under its number', () => {
    const doc = analyzeText(text);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['2018-06-041', SUBJECT]]);
  });

  it('reads no heading in the contract\'s "Objet :" field, a sentence in small letters: the parts stay the one act\'s', () => {
    const doc = analyzeText(text.replace('Délibération n° 2018-06-041\n', ''));
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([[null, SUBJECT]]);
  });
});

describe("a register's act numbered at its paragraph's opening, the point's rank then a member's civility", () => {
  it('reads the number however the paragraph opens: "M. X" as "Mme X"', () => {
    const text = `${SITTING}
N° 15/91 2°) M. KIFFER expose que les propriétaires fonciers n'ont pas réclamé leur part du loyer de la chasse.
Le Conseil Municipal, à l'unanimité, décide d'affecter la somme au budget communal.

N° 16/91 3°) Mme WEBER donne lecture de l'état d'assiette des coupes de l'exercice 1992.
Le Conseil Municipal, à l'unanimité, approuve l'état d'assiette.
`;
    expect(analyzeText(text).items.map((i) => i.number)).toEqual(['15/91', '16/91']);
  });
});

describe("a register's sheets, each deliberation's number alone at the sheet's head, its subject under \"OBJET :\" further down", () => {
  const sheet = (n: string, subject: string, act: string) => `REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL
Séance du 24 mars 2000                         Feuillet n° ${n.slice(-2)}

                                               N° 2000/${n}
Nombre de membres afférents au Conseil Municipal : 11   en exercice : 11
Date de la convocation : 17 mars 2000

L'an deux mil et le vingt-quatre mars à vingt heures trente, le Conseil
Municipal de cette Commune, régulièrement convoqué, s'est réuni sous la
présidence de M. Roger PERRAUDIN, Maire.

Présents : MM. PERRAUDIN Roger, BOUCHARD Jean-Claude, Mme GUYOT Odette.
Secrétaire de séance : Mme GUYOT Odette.

OBJET : ${subject}

Le Conseil Municipal, après en avoir délibéré, à l'unanimité, ${act}.
`;

  it('numbers each subject with its sheet\'s number', () => {
    const text = [sheet('04', 'COMPTE DE GESTION 1999', 'déclare que le compte de gestion n\'appelle ni observation ni réserve'), sheet('05', 'BUDGET PRIMITIF 2000', 'vote le budget primitif 2000')].join('\f');
    expect(analyzeText(text).items.map((i) => [i.number, i.title])).toEqual([
      ['2000/04', 'COMPTE DE GESTION 1999'],
      ['2000/05', 'BUDGET PRIMITIF 2000'],
    ]);
  });

  it("reads the number labelled at the right of the sitting's line, OCR's look-alikes in the label and the figures mended", () => {
    const labelled = (n: string, label: string, subject: string, act: string) =>
      sheet(n, subject, act).replace(/Séance du 24 mars 2000 +Feuillet n° \S+\n\n +N° 2000\/\S+\n/, `Séance du 24 mars 2000                         ${label} n° 00-${n}\n`);
    const text = [labelled('l4', 'De1ibération', 'COMPTE DE GESTION 1999', "déclare que le compte de gestion n'appelle ni observation ni réserve"), labelled('15', "Dé1'bération", 'BUDGET PRIMITIF 2000', 'vote le budget primitif 2000')].join('\f');
    expect(text).toContain("Dé1'bération n° 00-15\n");
    expect(analyzeText(text).items.map((i) => [i.number, i.title])).toEqual([
      ['00-14', 'COMPTE DE GESTION 1999'],
      ['00-15', 'BUDGET PRIMITIF 2000'],
    ]);
  });
});

describe("a syndicate's PV numbered at its head over its own title, before the sitting opens", () => {
  it('reads "N° 80/03" / "PROCES-VERBAL DE LA REUNION DU COMITE SYNDICAL" as no point; the previous minutes\' approval stays one', () => {
    const text = `SYNDICAT INTERCOMMUNAL DES EAUX DU PLATEAU
                                        N° 80/03

        PROCES-VERBAL DE LA REUNION DU COMITE SYNDICAL
                    du mardi 18 mars 1980

L'an mil neuf cent quatre-vingt, le dix-huit mars, le Comité du Syndicat s'est réuni sous la présidence de M. Fernand ROUMIEUX, Président.
Etaient présents : MM. ROUMIEUX, ESTIENNE, GIRAUD.

1°) PROCES-VERBAL DE LA SEANCE PRECEDENTE
Le procès-verbal de la séance du 12 décembre 1979 est adopté à l'unanimité.

2°) BUDGET SUPPLEMENTAIRE 1980
Le Comité adopte le budget supplémentaire 1980 à l'unanimité.
`;
    expect(analyzeText(text).items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'PROCES-VERBAL DE LA SEANCE PRECEDENTE'],
      ['2', 'BUDGET SUPPLEMENTAIRE 1980'],
    ]);
  });
});

describe("a register's act whose margin gives a short subject, read before the body's title in capitals", () => {
  it('titles the act with the body\'s title ("N° 2018-019" / "OBJET : Subventions associations Présents : 26" / "VIE ASSOCIATIVE - …")', () => {
    const text = `CONSEIL MUNICIPAL
SEANCE DU LUNDI 26 MARS 2018

Présents : M. Bertrand VAUTRIN, Maire ; M. Jean-Luc HUMBERT, Mme Claire MOREAU.

N° 2018-019
OBJET : Subventions associations Présents : 26
VIE ASSOCIATIVE - SUBVENTIONS AUX ASSOCIATIONS - 1ERE REPARTITION

Rapporteur : Mme Claire MOREAU

Mme MOREAU présente la première répartition des subventions de fonctionnement aux associations.

Le Conseil municipal, après en avoir délibéré, à l'unanimité, ATTRIBUE les subventions figurant au tableau annexé.

N° 2018-021
OBJET : Cession rue des Tanneurs Présents : 26
FONCIER - CESSION D'UN TERRAIN RUE DES TANNEURS A LA SA D'HLM
LE FOYER MARNEVILLOIS

Rapporteur : M. Jean-Luc HUMBERT

M. HUMBERT expose le projet de cession du terrain.

Le Conseil municipal, après en avoir délibéré, à l'unanimité, DECIDE de céder le terrain.
`;
    expect(analyzeText(text).items.map((i) => [i.number, i.title])).toEqual([
      ['2018-019', 'VIE ASSOCIATIVE - SUBVENTIONS AUX ASSOCIATIONS - 1ERE REPARTITION'],
      ['2018-021', "FONCIER - CESSION D'UN TERRAIN RUE DES TANNEURS A LA SA D'HLM LE FOYER MARNEVILLOIS"],
    ]);
  });
});

describe("a posted list's line a deliberation, its outcome in small letters then its vote closing the line", () => {
  it('cuts the title before "Adoptée a l\'unanimité" and "Adoptée - 25 pour, 6 contre", and reads the vote', () => {
    const d = analyzeText(`VILLE DE SAINT-AURIN
LISTE DES DÉLIBÉRATIONS
Séance du mardi 17 décembre 2024
Le Conseil Municipal, dûment convoqué, s'est réuni le 17 décembre 2024 à 18 h 30 sous la présidence de Mme Laurence BRUNET, Maire.
Présents : Mme Laurence BRUNET, M. Paul MARTIN, Mme Anne DURAND, M. Louis PETIT.
2024-098   Budget principal - Décision modificative n° 3            Adoptée - 25 pour, 6 contre
2024-099   Autorisation d'engager les dépenses d'investissement avant le vote du budget primitif 2025            Adoptée a l'unanimité
2024-101   Avis sur les dérogations au repos dominical pour 2025            Adoptée - 27 pour, 4 contre
`);
    expect(d.items.map((i) => [i.number, i.title, i.decision?.vote?.unanimous, i.decision?.vote?.for])).toEqual([
      ['2024-098', 'Budget principal - Décision modificative n° 3', false, 25],
      ['2024-099', "Autorisation d'engager les dépenses d'investissement avant le vote du budget primitif 2025", true, null],
      ['2024-101', 'Avis sur les dérogations au repos dominical pour 2025', false, 27],
    ]);
  });
});

describe('an agenda whose entries open on their report numbers, said again over each point', () => {
  const text = `PROCES-VERBAL DE LA SEANCE DU VENDREDI 23 JUIN 1995
Ordre du jour
Rapport Objet Commission Rapporteur
95-2-01 Compte administratif 1994 Finances M. LE GOFF
95-2-02 Décision modificative n° 1 de 1995 Finances M. LE GOFF
95-2-03 Aide exceptionnelle aux marins-pêcheurs Economie M. TANGUY

95-2-01 Compte administratif 1994
Rapporteur : M. LE GOFF
M. LE GOFF présente le compte administratif de l'exercice 1994.
Votants Pour Contre Abst. Résultat
38 27 11 0 Adopté

95-2-02 Décision modificative n° 1 de 1995
Rapporteur : M. LE GOFF
Le Conseil Général adopte la décision modificative.
Votants Pour Contre Abst. Résultat
39 28 11 0 Adopté

95-2-03 Aide exceptionnelle aux marins-pêcheurs
Rapporteur : M. TANGUY
Le Conseil Général décide d'attribuer une aide exceptionnelle.
Votants Pour Contre Abst. Résultat
39 39 0 0 Adopté à l'unanimité
`;

  it('reads each point\'s number from its echo, its title after it', () => {
    const items = analyzeText(text).items;
    expect(items.map((i) => [i.number, i.title])).toEqual([
      ['95-2-01', 'Compte administratif 1994'],
      ['95-2-02', 'Décision modificative n° 1 de 1995'],
      ['95-2-03', 'Aide exceptionnelle aux marins-pêcheurs'],
    ]);
  });
});

describe('a deliberation\'s number closing on its assembly\'s letters, alone on its line over the subject', () => {
  const text = `ASSEMBLEE DE CORSE
PROCES-VERBAL DE LA SEANCE PUBLIQUE DU JEUDI 22 OCTOBRE 2009
La séance est ouverte sous la présidence de M. Antoine CASANOVA.

POINT 2
Délibération n° 09/187 AC
Décision modificative n° 2 du budget de la Collectivité - exercice 2009
La décision modificative s'équilibre à 14 612 300 EUR.
L'Assemblée adopte la décision modificative à l'unanimité.

POINT 3
Délibération n° 09/188 AC
Plan de soutien à l'agriculture de montagne 2009-2013
L'Assemblée approuve la convention à l'unanimité.
`;

  it('reads the letters as the number\'s, the line under as the title', () => {
    expect(analyzeText(text).items.map((i) => [i.number, i.title])).toEqual([
      ['09/187 AC', 'Décision modificative n° 2 du budget de la Collectivité - exercice 2009'],
      ['09/188 AC', "Plan de soutien à l'agriculture de montagne 2009-2013"],
    ]);
  });
});

describe('a report\'s rank and theme over its subject in capitals, an OCR speck closing the theme', () => {
  const text = `PROCÈS-VERBAL DE LA SÉANCE DU 23 AVRIL 1979
La séance est ouverte sous la présidence de M. Henri COLLET.

               RAPPORT N° 2 — AIDE SOCIALE
     M. LAMBERT, rapporteur. — La Commission propose le règlement départemental d'aide sociale.
     (Les conclusions du rapport n° 2, mises aux voix, sont adoptées à l'unanimité.)

               RAPPORT N° 3 — ENSEIGNEMENT .
     COLLÈGE D'ENSEIGNEMENT SECONDAIRE DE MARCILLY
           CONSTRUCTION D'UNE SALLE DE SPORTS
     M. PERNOT, rapporteur. — La construction d'une salle de sports est inscrite à la carte scolaire.
     (Les conclusions du rapport n° 3, mises aux voix, sont adoptées par 24 voix contre 5.)
`;

  it('is one point, the subject under the rank no point of its own', () => {
    expect(analyzeText(text).items.map((i) => [i.number, i.title])).toEqual([
      ['2', 'AIDE SOCIALE'],
      ['3', 'ENSEIGNEMENT'],
    ]);
  });
});

describe('the president putting a report to the vote on the line over its result', () => {
  const text = `PROCÈS-VERBAL DE LA SÉANCE DU 30 JUIN 1986
La séance est ouverte sous la présidence de M. Marcel BARDIN.

3. Rapport n° 86-31 – Décision modificative n° 1
M. COLLIN, rapporteur. – La décision modificative s'équilibre à 41 MF.
M. RAMEL. – Le groupe socialiste votera contre.
M. LE PRÉSIDENT. – Je mets aux voix le rapport n° 86-31.
(Le rapport n° 86-31 est adopté par 36 voix pour et 18 voix contre.)

4. Rapport n° 86-32 – Lycées : programme prévisionnel
M. PIGNARD, rapporteur. – Le programme porte sur 23 établissements.
(Le rapport n° 86-32 est adopté à l'unanimité.)
`;

  it('opens the decision on that sentence; a result with none over it opens its own', () => {
    const doc = analyzeText(text);
    const decisions = doc.sections.filter((s) => s.kind === 'decision').map((s) => doc.text.slice(s.start, s.end));
    expect(decisions[0]).toMatch(/^Je mets aux voix le rapport n° 86-31\.\n\(Le rapport/);
    expect(decisions[1]).toMatch(/^\(Le rapport n° 86-32 est adopté/);
  });
});

describe('a relevé\'s point decided in the passive, its vote on a line of its own', () => {
  const text = `RELEVÉ DES DÉCISIONS
DU CONSEIL MUNICIPAL
Séance du jeudi 9 avril 2026

8. DCM 2026-22 – Désignation d'un délégué au Syndicat départemental d'énergie
Le conseil municipal ayant décidé à l'unanimité de ne pas procéder au scrutin secret, sont
désignés : délégué titulaire : Pascal DELMAS ; délégué suppléant : Thierry BESSON.
Vote : unanimité (14 voix pour).

9. DCM 2026-23 – Tarifs de location de la salle des fêtes
Le conseil municipal fixe les tarifs de location de la salle des fêtes.
Vote : unanimité (14 voix pour).
`;

  it('opens the decision on the point\'s text, its act the participle\'s', () => {
    const doc = analyzeText(text);
    expect(doc.items.map((i) => i.decision?.articles.map((a) => a.action))).toEqual([['désigne'], ['fixe']]);
    const first = doc.sections.find((s) => s.kind === 'decision')!;
    expect(doc.text.slice(first.start, first.end)).toMatch(/^Le conseil municipal ayant décidé/);
  });
});

describe('a ballot\'s results after "Ont obtenu :", alone between blank lines, in dot leaders', () => {
  const text = `PROCÈS-VERBAL DE LA SÉANCE DU 23 AVRIL 1979
La séance est ouverte sous la présidence de M. Henri COLLET.

               ÉLECTION DES VICE-PRÉSIDENTS

     M. LE PRÉSIDENT. — Nous allons procéder à l'élection des quatre vice-présidents, au scrutin secret.

     Ont obtenu :

          M. DEMANGE ....................................................... 26 voix
          M. GUYON ......................................................... 25 voix

     M. LE PRÉSIDENT. — MM. DEMANGE et GUYON ayant obtenu la majorité absolue sont proclamés vice-présidents, l'élection adoptée à l'unanimité.
`;

  it('is no heading: the election is one point', () => {
    expect(analyzeText(text).items.map((i) => i.title)).toEqual(['ÉLECTION DES VICE-PRÉSIDENTS']);
  });
});

describe('"POINT N° 3 –" headings whose number sign OCR read as "Nº", \'N"\' or "N*"', () => {
  it('ranks each point by its number, none left in the title', () => {
    const text = `POINT N° 1 – DÉSIGNATION DU SECRÉTAIRE DE SÉANCE
Le Conseil municipal désigne Mme Anne MEYER comme secrétaire de séance.
POINT Nº 2 – COMMUNICATION DES DÉCISIONS PRISES PAR LE MAIRE
Le Conseil municipal prend acte de ces décisions.
POINT N" 3 – FINANCES : DÉCISION MODIFICATIVE N° 1
Le Conseil municipal approuve la décision modificative. Adopté à l'unanimité.
POINT N* 4 – ACCUEIL PÉRISCOLAIRE : TARIFS 2024
Le Conseil municipal adopte les tarifs. Adopté à l'unanimité.
`;
    expect(findHeadings(text, 0).map((h) => [h.number, h.title])).toEqual([
      ['1', 'DÉSIGNATION DU SECRÉTAIRE DE SÉANCE'],
      ['2', 'COMMUNICATION DES DÉCISIONS PRISES PAR LE MAIRE'],
      ['3', 'FINANCES : DÉCISION MODIFICATIVE N° 1'],
      ['4', 'ACCUEIL PÉRISCOLAIRE : TARIFS 2024'],
    ]);
  });
});
