/**
 * A compte rendu sommaire, each point a line: its rank, its title in capitals, a colon, then what
 * was decided run into the line ("3 - BUDGET PRIMITIF 1984 : voté à l'unanimité, …"). Invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const SUMMARY = `COMPTE RENDU SOMMAIRE DE LA REUNION DU COMITE SYNDICAL DU 16 MARS 1984

Le Comité Syndical, régulièrement convoqué le 6 mars 1984, s'est réuni le vendredi 16 mars 1984 à 21 heures à la Mairie de Serres, sous la présidence de M. Jean LABORDE, Président.

Etaient présents : MM. LABORDE, DUFFAU, PUJO, SARRAT, DASTE.
Secrétaire de séance : M. DUFFAU.

1 - COMPTE ADMINISTRATIF 1983 : Sous la présidence de M. PUJO, doyen d'âge, le Président s'étant retiré, le Comité adopte le compte administratif 1983.
Adopté par 4 voix.

2 - BUDGET PRIMITIF 1984 : voté à l'unanimité, équilibré à 1 245 300 F en section d'exploitation.

3 - RENFORCEMENT DE LA CONDUITE DE CASTET (tranche 1984) : le
Comité approuve le projet et sollicite une subvention du Conseil Général. Adopté à l'unanimité.

La séance est levée à 23 h 10.
`;

describe('a summary whose points run into their titles after a colon', () => {
  const doc = analyzeText(SUMMARY);

  it('ends each title at its colon, whatever opens the text after it: who presided, the vote, "le" closing the line', () => {
    expect(doc.items.map((i) => i.title)).toEqual(['COMPTE ADMINISTRATIF 1983', 'BUDGET PRIMITIF 1984', 'RENFORCEMENT DE LA CONDUITE DE CASTET (tranche 1984)']);
  });

  it("reads each point's vote and acts from its text", () => {
    expect(doc.items.map((i) => [i.decision?.vote?.unanimous, i.decision?.vote?.for])).toEqual([
      [false, 4],
      [true, null],
      [true, null],
    ]);
    expect(doc.items[2]!.decision?.articles.map((a) => a.action)).toEqual(['approuve', 'sollicite']);
  });
});

describe('a summary whose acts are past participles under "Le Conseil communautaire a :"', () => {
  const PARTICIPLES = `COMPTE RENDU SOMMAIRE DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE DU 27 JUIN 2003

L'an deux mille trois, le vingt-sept juin à dix-sept heures, le Conseil communautaire, dûment convoqué le 19 juin 2003, s'est réuni sous la présidence de M. Paul ORSATTI, Président.

Présents : M. Paul ORSATTI, Mme Marie LUCCIONI, M. Jean POLIDORI
Secrétaire de séance : Mme Marie LUCCIONI

Le Conseil communautaire a :

1 – Affectation du résultat 2002
Décidé d'affecter 31 746,90 € au compte 1068.
Adopté à l'unanimité.

2 – Collecte des ordures ménagères
Après avis de la commission d'appel d'offres, attribué le marché à la SARL TRANSPORTS VALINCO, et autorisé le Président à le signer.
Adopté par 10 voix pour et 4 voix contre.
`;
  const doc = analyzeText(PARTICIPLES);

  it("reads each participle as the act it states, the point's text its decision from its first line", () => {
    expect(doc.items.map((i) => i.decision?.articles.map((a) => a.action))).toEqual([['décide'], ['attribue', 'autorise']]);
    const decision = doc.sections.find((s) => s.kind === 'decision' && s.item === 1)!;
    expect(doc.text.slice(decision.start)).toMatch(/^Après avis de la commission/);
  });

  it('reads no act from participles without that lead: "Adopté à l\'unanimité" is the outcome', () => {
    const plain = analyzeText(PARTICIPLES.replace('Le Conseil communautaire a :\n', ''));
    expect(plain.items.map((i) => i.decision?.articles.length ?? 0)).toEqual([0, 0]);
  });
});

describe('a summary whose points stand under "Principales décisions", each a short title over its paragraph', () => {
  // Invented names; the shape of a summary copied from a web page, its indents lost.
  const text = `CONSEIL GÉNÉRAL DE LA NIÈVRE
Séance du lundi 3 février 1992

Le Conseil général s'est réuni le lundi 3 février 1992 à 10 heures, à l'Hôtel du Département, sous la présidence de M. Paul ARNOUX, Président du Conseil général.
Excusé : M. Gérard TOULON.
Absent : M. Daniel HOURCADE.
M. Thierry MOLLARD, benjamin de l'Assemblée, est désigné comme secrétaire de séance.

Principales décisions
Budget primitif 1992
Le budget primitif de l'exercice 1992 est arrêté à 1 684,6 millions de francs. Il est adopté par 26 voix pour et 17 voix contre.
Fiscalité directe locale
Les taux des quatre taxes directes locales pour 1992 sont fixés avec une progression de 3,9 %. Adopté par 26 voix pour et 18 voix contre.
Collèges : dotations de fonctionnement 1992
L'Assemblée approuve la répartition des dotations de fonctionnement des collèges publics. Adopté à l'unanimité.

La séance a été levée à 18 h 40.
`;
  const doc = analyzeText(text);

  it('reads each title as a point, its vote in its paragraph', () => {
    expect(doc.items.map((i) => [i.title, i.decision?.vote?.for ?? null, i.decision?.vote?.unanimous])).toEqual([
      ['Budget primitif 1992', 26, false],
      ['Fiscalité directe locale', 26, false],
      ['Collèges : dotations de fonctionnement 1992', null, true],
    ]);
  });

  it('does not count among the absent the member designated secretary in the sentence after the list', () => {
    expect(doc.attendance.absent.map((p) => p.surname)).toEqual(['HOURCADE']);
  });
});

describe('a summary whose opening points to "les principales décisions" below, its points under rubrics', () => {
  // Invented names; a page of a département's site, its rubrics over the points' titles.
  const text = `La Commission permanente du Conseil départemental s'est réunie le lundi 8 octobre 2018 à 14 h 30, à l'Hôtel du Département, sous la présidence de M. Alain Brunet, président.
Étaient présents : MM. et Mmes Brunet, Castel, Devaux, Ferrier, Girard, Lemoine.
Absent excusé : M. Perrin.
Le quorum étant atteint, la Commission permanente a examiné les 24 rapports inscrits à l'ordre du jour. Vous trouverez ci-dessous les principales décisions.

Routes
Réfection de la RD 12 entre Aubrac et Villeneuve
Un marché de travaux est attribué à l'entreprise Routes du Centre pour un montant de 412 000 € HT, les travaux devant s'achever avant l'hiver.
Adopté à l'unanimité.
Ouvrages d'art : programme 2018
La Commission permanente approuve le programme de réparation de quatre ponts départementaux pour un montant de 265 000 €.
Adopté par 12 voix pour et 2 abstentions.

Culture
Aide aux écoles de musique
Dix-sept écoles de musique bénéficient d'une aide de fonctionnement, pour un total de 84 500 €, au titre de l'année scolaire 2018-2019.
Adopté à l'unanimité.
`;
  const doc = analyzeText(text);

  it('reads each title as a point, not its rubric, and its paragraph as its decision', () => {
    expect(doc.items.map((i) => i.title)).toEqual(['Réfection de la RD 12 entre Aubrac et Villeneuve', 'Ouvrages d\'art : programme 2018', 'Aide aux écoles de musique']);
    const decisions = doc.sections.filter((s) => s.kind === 'decision').map((s) => doc.text.slice(s.start, s.end));
    expect(decisions[0]).toMatch(/^Un marché de travaux est attribué/);
    expect(decisions[2]).toMatch(/^Dix-sept écoles de musique/);
  });
});
