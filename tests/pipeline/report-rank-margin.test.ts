/**
 * A departmental council's procès-verbal typed with a margin of notes: beside each report's title
 * in capitals, its label and rank ("Rapport" / "n° 2-03", a wish's "Voeu" / "n° 1") and its commission; beside its outcome,
 * "Vote". Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const PV = `CONSEIL DÉPARTEMENTAL DE LA HAUTE-VESLE
Réunion du 14 octobre 2019 - Procès-verbal

               Le vendredi 14 octobre 2019, à 10 heures, le Conseil départemental
               s'est réuni à l'Hôtel du Département, sous la présidence de
               M. Jean RIVOIRE, Président.

               Présents : 30 - Pouvoirs : 2 - Votants : 32

               Le Président constate que le quorum est atteint. Mme CORDIER est
               désignée en qualité de secrétaire de séance.

Rapport        BUDGET SUPPLÉMENTAIRE DE L'EXERCICE 2019
n° 1-01        M. BARRAL, rapporteur au nom de la commission des Finances,
Commission     présente le budget supplémentaire, qui reprend les résultats
des Finances   de l'exercice 2018 et s'équilibre à 14,2 M€.
Vote           Adopté par 24 voix pour et 8 abstentions.

Rapport        DÉCISION MODIFICATIVE N° 2 DE L'EXERCICE 2019
n° 1-02        La décision modificative s'équilibre à 3,1 M€ en mouvements
               réels, pour la voirie et les collèges.
Vote           Adopté par 24 voix pour et 8 voix contre.

Rapport        COLLÈGES PUBLICS - DOTATIONS DE FONCTIONNEMENT 2020
n° 2-01        Mme FAYOLLE présente la répartition des dotations de
Commission     fonctionnement des 21 collèges publics, pour un montant
Éducation      global de 2 940 000 €.
Vote           Adopté à l'unanimité.

Voeu           VOEU RELATIF AU MAINTIEN DE LA LIGNE FERROVIAIRE
n° 1           M. BARRAL présente, au nom de l'ensemble des groupes, un voeu
               demandant le maintien de la desserte voyageurs de la ligne.
Vote           Adopté à l'unanimité.

               L'ordre du jour étant épuisé, la séance est levée à 12 h 10.
`;

describe('a margin labelling each report\'s rank beside its title in capitals', () => {
  const doc = analyzeText(PV);

  it('numbers each point from its margin and titles it from its capitals, "N°" in them or not, a wish as a report', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['1-01', "BUDGET SUPPLÉMENTAIRE DE L'EXERCICE 2019"],
      ['1-02', "DÉCISION MODIFICATIVE N° 2 DE L'EXERCICE 2019"],
      ['2-01', 'COLLÈGES PUBLICS - DOTATIONS DE FONCTIONNEMENT 2020'],
      ['1', 'VOEU RELATIF AU MAINTIEN DE LA LIGNE FERROVIAIRE'],
    ]);
  });

  it('reads each point\'s vote beside its "Vote" note', () => {
    expect(doc.items.map((i) => [i.decision?.vote?.for ?? null, i.decision?.vote?.against ?? null, i.decision?.vote?.unanimous])).toEqual([
      [24, null, false],
      [24, 8, false],
      [null, null, true],
      [null, null, true],
    ]);
  });
});
