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
