/**
 * A region's web page relaying a plenary's record of decisions: its acts coded by the year, the
 * sitting's letters and a rank after a dot ("21AP.14 - …"), each result on the line under its
 * title. Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const PAGE = `Aller au contenu principal
Menu
Rechercher
Région Val-de-Brenne
Accueil
La Région
Accueil  ›  La Région  ›  Les sessions  ›  Assemblée plénière du 18 mars 2021 : relevé des décisions
Assemblée plénière du 18 mars 2021 : relevé des décisions
Publié le 22/03/2021
Partager sur Facebook
Imprimer la page

Les élus régionaux se sont réunis en assemblée plénière le jeudi 18 mars 2021 à 10h00, dans l'hémicycle de la Région, sous la présidence de M. Didier FOURNEL, Président du Conseil régional.
Le quorum, fixé au tiers des membres en exercice pendant l'état d'urgence sanitaire, a été constaté à l'ouverture de la séance.
> Télécharger le relevé des décisions (PDF - 210 Ko)
> Revoir la séance en vidéo

Administration générale
21AP.14 - Désignation de représentants de la Région au sein d'organismes extérieurs
Adopté à l'unanimité - vote à main levée, l'assemblée ayant décidé à l'unanimité de ne pas procéder au scrutin secret.
21AP.15 - Compte administratif 2020 - budget principal
Adopté.
Pour : 61 - Contre : 22 - Abstentions : 14
21AP.16 - Rapport sur la situation en matière d'égalité entre les femmes et les hommes
L'assemblée régionale prend acte de la présentation du rapport (pas de vote).

La prochaine assemblée plénière aura lieu le vendredi 25 juin 2021.
Mentions légales
Gestion des cookies
`;

describe("a region's web page of a plenary's decisions, its acts coded with a dot", () => {
  const doc = analyzeText(PAGE);

  it('reads each act under its code, "21AP.14" a number before its dash and title', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['21AP.14', "Désignation de représentants de la Région au sein d'organismes extérieurs"],
      ['21AP.15', 'Compte administratif 2020 - budget principal'],
      ['21AP.16', "Rapport sur la situation en matière d'égalité entre les femmes et les hommes"],
    ]);
    expect(doc.items.map((i) => i.decision?.outcome)).toEqual(['adopted', 'adopted', 'noted']);
  });

  it('keeps the unanimity that adopted an act, beside the one that chose a show of hands after a dash', () => {
    expect(doc.items[0]!.decision?.vote?.unanimous).toBe(true);
  });

  it('reads the quorum that "a été constaté", a rule between commas before it', () => {
    expect(doc.meeting.quorum).toBe(true);
  });

  it("opens the preamble at the sitting's paragraph, above the text's links, not after them", () => {
    const preamble = doc.sections.find((s) => s.kind === 'preamble')!;
    expect(doc.text.slice(preamble.start, preamble.end)).toMatch(/^Les élus régionaux se sont réunis/);
  });
});

/** The same page laid out as cards: the label and code alone on a line, the subject under it, then its rapporteur, its result. */
const CARDS = `Accueil  ›  La Région  ›  Assemblée plénière des 9 et 10 avril 2024 : relevé des décisions
Les élus régionaux se sont réunis en assemblée plénière le mardi 9 avril 2024 à 9h30, à l'Hôtel de Région, sous la présidence de Mme Irène CASTAGNOU, Présidente du Conseil régional.
Sommaire
Mardi 9 avril 2024
Délibération n° 24AP.31
Approbation du procès-verbal de la séance plénière du 14 février 2024
Résultat
Adopté
À l'unanimité
Délibération n° 24AP.32
Installation d'un conseiller régional
Rapporteur : Mme la Présidente
L'assemblée prend acte de l'installation de M. Hugo TERRASSON en qualité de conseiller régional.
Résultat
Pris acte
Sans vote
Consulter la délibération (PDF)
Délibération n° 24AP.33
Lycées – Dotations de fonctionnement
Rapporteur : M. Pascal ORIOL, vice-président en charge des lycées
L'assemblée arrête le montant des dotations globales de fonctionnement des lycées publics pour l'année 2024 à 41,2 M€.
Résultat
Adoptée
Pour : 60 | Contre : 21 | Abstention : 13
Consulter la délibération (PDF)
Motion n° 1 relative à l'avenir des lignes ferroviaires de desserte fine (présentée par le groupe ERD)
Texte amendé en séance à l'initiative du groupe PRV.
Résultat
Adoptée
Pour : 73 | Contre : 0 | Abstention : 21
Délibération n° 24AP.34
Économie – Règlement d'intervention « Artisanat » – modification
Rapporteur : M. Samuel DEVEZE
L'assemblée approuve les modifications du règlement d'intervention « Artisanat ».
Résultat
Adoptée
À l'unanimité
Consulter la délibération (PDF)
Vœu n° 1 relatif au maintien des permanences fiscales dans les sous-préfectures (présenté par le groupe RNA)
Résultat
Rejeté
Pour : 21 | Contre : 60 | Abstention : 13
La séance a été levée le mardi 9 avril 2024 à 18 h 10.
`;

describe("a region's web page of decision cards, each code alone on its line over its subject", () => {
  const doc = analyzeText(CARDS);

  it('reads every card, whatever the line above its label, its subject the title; a motion or a wish between them a point', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['24AP.31', 'Approbation du procès-verbal de la séance plénière du 14 février 2024'],
      ['24AP.32', "Installation d'un conseiller régional"],
      ['24AP.33', 'Lycées – Dotations de fonctionnement'],
      [null, "Motion n° 1 relative à l'avenir des lignes ferroviaires de desserte fine"],
      ['24AP.34', "Économie – Règlement d'intervention « Artisanat » – modification"],
      [null, 'Vœu n° 1 relatif au maintien des permanences fiscales dans les sous-préfectures'],
    ]);
  });

  it("reads each card's result and vote, the wish's rejected", () => {
    expect(doc.items.map((i) => i.decision?.outcome)).toEqual(['adopted', 'noted', 'adopted', 'adopted', 'adopted', 'rejected']);
    expect(doc.items.map((i) => (i.decision?.vote ? [i.decision.vote.for, i.decision.vote.against] : null))).toEqual([
      [null, null],
      null,
      [60, 21],
      [73, 0],
      [null, null],
      [21, 60],
    ]);
  });
});
