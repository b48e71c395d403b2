/**
 * A summary record posted as an article of a commune's website: the article stamped with the day
 * and time it was posted ("Jeudi, 24 Mars 2011 09:15"), the sitting's own time in its sentence;
 * the hall named before the sitting's weekday ("s'est réuni en Mairie le jeudi 17 mars 2011").
 * Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const PAGE = `Saint-Aubin-les-Prés - Site officiel de la commune
Accueil | La Mairie | Vie municipale | Contact

Compte rendu sommaire du conseil municipal du 17 mars 2011
Écrit par Administrateur
Jeudi, 24 Mars 2011 09:15
Affichages : 412

COMPTE RENDU SOMMAIRE DE LA SEANCE DU CONSEIL MUNICIPAL DU JEUDI 17 MARS 2011

Le Conseil Municipal de SAINT-AUBIN-LES-PRÉS, légalement convoqué le 10 mars 2011, s'est réuni en Mairie le jeudi 17 mars 2011 à 20h45, sous la présidence de M. Gérard HOUDARD, Maire.

Présents : M. HOUDARD, Mme BASTIN, M. CORDIER, Mme DELAGE.
Secrétaire de séance : Mme BASTIN.

1 – Compte administratif 2010 : adopté à l'unanimité.
2 – Tarifs de la cantine scolaire : adoptés à l'unanimité.

La séance est levée à 23h10.
`;

describe("a web page's article of a sitting", () => {
  const { meeting } = analyzeText(PAGE);

  it("takes the sitting's time from its sentence, not the article's posting stamp", () => {
    expect(meeting.time).toBe('20:45');
  });

  it('names the hall without the weekday after it', () => {
    expect(meeting.place).toBe('Mairie');
  });
});
