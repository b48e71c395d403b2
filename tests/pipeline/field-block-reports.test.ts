/**
 * A council's procès-verbal exported by its sittings software: each report a block of fields
 * ("Rapport 2011-BS-01" / "Objet …" / "Rapporteur …" / "Décision …"), its vote a line of labels
 * each before its count, the voters' first ("Votants 41 Pour 29 Contre 12 Abstention 0 NPPV 0").
 * Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import { readVote } from '../../src/extract/vote.ts';

const PV = `CONSEIL DÉPARTEMENTAL DE L'INDRE
PROCÈS-VERBAL DE SÉANCE
Séance publique du 14/11/2011 à 10:00 - Hôtel du Département
Le Président ouvre la séance à 10 h. Il constate que le quorum est atteint.
Présents : M. Louis PERRAULT, Mme Anne COLAS, M. Henri DUBOIS, Mme Claire FAUCHER, M. Yves GIRAUD.
DÉTAIL DES DÉLIBÉRATIONS
Rapport 2011-BS-01
Objet Budget supplémentaire 2011 - Budget principal
Commission Finances
Rapporteur M. Henri DUBOIS
Synthèse Le budget supplémentaire reprend les résultats de l'exercice 2010.
Décision Le Conseil départemental adopte le budget supplémentaire 2011.
Résultat du vote n° 2011-BS-01 : Votants 41 Pour 29 Contre 12 Abstention 0 NPPV 0 ADOPTÉ
Rapport 2011-BS-02
Objet Collèges - Dotations de fonctionnement 2012
Commission Éducation
Rapporteur Mme Claire FAUCHER
Synthèse Les dotations sont calculées selon les effectifs de la rentrée.
Décision Le Conseil départemental approuve les dotations et autorise le Président à les notifier.
Résultat du vote n° 2011-BS-02 : Votants 41 Pour 41 Contre 0 Abstention 0 NPPV 0 ADOPTÉ À L'UNANIMITÉ
L'ordre du jour étant épuisé, le Président lève la séance à 12 h 10.
`;

describe('a software\'s field blocks, one a report', () => {
  const doc = analyzeText(PV);

  it('heads each report on its "Rapport" and number over its "Objet"', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['2011-BS-01', 'Budget supplémentaire 2011 - Budget principal'],
      ['2011-BS-02', 'Collèges - Dotations de fonctionnement 2012'],
    ]);
  });

  it('reads each count after its label, the voters\' count first', () => {
    const votes = doc.items.map((i) => i.decision?.vote);
    expect(votes.map((v) => [v?.unanimous, v?.for, v?.against, v?.abstentions])).toEqual([
      [false, 29, 12, 0],
      [true, 41, 0, 0],
    ]);
  });

  it('heads nothing on "Rapport" and a number in prose, or without its "Objet" under it', () => {
    const prose = PV.replace('Rapport 2011-BS-02\nObjet ', 'Rapport 2011-BS-02\nle ');
    expect(analyzeText(prose).items.map((i) => i.number)).toEqual(['2011-BS-01']);
  });
});

describe('counts before their words', () => {
  it('are still read as such after a figure ("8 pour 0 contre 2 abstentions")', () => {
    const text = 'Adopté par 8 pour 0 contre 2 abstentions.';
    const v = readVote(text, 0, text.length).vote;
    expect([v?.for, v?.against, v?.abstentions]).toEqual([8, 0, 2]);
  });
});

describe('the sitting\'s opening under its own heading in capitals', () => {
  it('"OUVERTURE DE LA SÉANCE": no point, its last minutes\' approval none of the reports\'', () => {
    const doc = analyzeText(PV.replace('DÉTAIL DES DÉLIBÉRATIONS\n', "OUVERTURE DE LA SÉANCE\nLe procès-verbal de la séance du 26 septembre 2011 est adopté à l'unanimité.\nDÉTAIL DES DÉLIBÉRATIONS\n"));
    expect(doc.items.map((i) => i.number)).toEqual(['2011-BS-01', '2011-BS-02']);
  });
});

describe('a report\'s number with its rapporteur in brackets, its subject on the line under', () => {
  it('"Rapport n° CP-2019-03-01 (rapporteur : Mme X)" / the title: a numbered heading', () => {
    const doc = analyzeText(`DÉPARTEMENT DES HAUTES-ALPES
COMMISSION PERMANENTE - RELEVÉ DES DÉCISIONS
Réunion du lundi 18 mars 2019
Présents : Mme Odile PELLEGRIN, M. Gilles ROUMIEUX, Mme Florence ROSSIGNOL.

1 – SOLIDARITÉS

Rapport n° CP-2019-03-01 (rapporteur : Mme Odile PELLEGRIN)
Fonds de solidarité pour le logement – Attribution d'aides individuelles
Adopté à l'unanimité : attribution de 48 aides.

Rapport n° CP-2019-03-02 (rapporteur : M. Gilles ROUMIEUX)
Programme de grosses réparations des ouvrages d'art 2019
Adopté à l'unanimité.
`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['CP-2019-03-01', "Fonds de solidarité pour le logement – Attribution d'aides individuelles"],
      ['CP-2019-03-02', "Programme de grosses réparations des ouvrages d'art 2019"],
    ]);
  });
});

describe('a commission permanente\'s report numbered by its sitting, commission and rank', () => {
  it('"Rapport n° CP 2017-07/1-01 : Aide sociale …": a numbered heading, its four parts the number', () => {
    const doc = analyzeText(`DÉPARTEMENT DE LA CREUSE
PROCÈS-VERBAL DE LA COMMISSION PERMANENTE DU 10 JUILLET 2017
Présents : Mme PÉNICAUD, M. COUTAUD, Mme GRELLIER, M. BAYLE.

1re COMMISSION – SOLIDARITÉS

Rapport n° CP 2017-07/1-01 : Aide sociale à l'enfance – Convention 2017 avec la maison d'enfants
Rapporteur : Mme PÉNICAUD
La Commission permanente approuve la convention à l'unanimité.

Rapport n° CP 2017-07/1-02 : Programme départemental d'insertion – Subventions 2017
Rapporteur : Mme PÉNICAUD
La Commission permanente attribue les subventions à l'unanimité.
`);
    expect(doc.items.map((i) => i.number)).toEqual(['CP 2017-07/1-01', 'CP 2017-07/1-02']);
  });
});

describe("an assembly's report numbered by its year, its session's code and its rank", () => {
  it('"Rapport n° 2009/O1/031 - Compte administratif …": a numbered heading under its theme, the number as printed', () => {
    const doc = analyzeText(`ASSEMBLEE DE CORSE
COMPTE RENDU DE LA SEANCE DU 26 MARS 2009
Présents : M. ALBERTINI, Mme CHIAPPINI, M. ORSINI, M. QUILICHINI.

FINANCES

Rapport n° 2009/O1/031 - Compte administratif de la Collectivité Territoriale de Corse pour l'exercice 2008
Rapporteur : M. le Président du Conseil Exécutif
Le compte administratif 2008 est ADOPTÉ par 28 voix pour, 12 voix contre et 7 abstentions.

Rapport n° 2009/O1/032 - Affectation du résultat de l'exercice 2008
ADOPTÉ À L'UNANIMITÉ
`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['2009/O1/031', "Compte administratif de la Collectivité Territoriale de Corse pour l'exercice 2008"],
      ['2009/O1/032', "Affectation du résultat de l'exercice 2008"],
    ]);
  });
});
