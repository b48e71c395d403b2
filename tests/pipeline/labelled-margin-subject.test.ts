/**
 * An extract typed in a register whose margin holds the act's number, its subject under "OBJET :"
 * and the box of counts, all beside the opening paragraph and the lists; its text going on over a
 * second page beside the number repeated with "(suite)", its report parted in roman ranks. Written
 * for these tests, invented names; OCR's zero for the O of "OBJET".
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import { normalizePages } from '../../src/text/normalize.ts';

const PAGE_1 = `  FOYER-LOGEMENT PUBLIC                                 REGISTRE DES DELIBERATIONS
  "Les Tilleuls"                                         DU CONSEIL D'ADMINISTRATION

                        EXTRAIT DU REGISTRE DES DELIBERATIONS
                              DU CONSEIL D'ADMINISTRATION
                               Séance du 14 novembre 1996

  N° 96/23          L'an mil neuf cent quatre-vingt-seize, le quatorze novembre, à
                    dix-huit heures, le Conseil d'Administration du Foyer-Logement
  0BJET :           "Les Tilleuls" de SAINT-AUBIN-DES-CHAMPS, régulièrement
  Budget primitif   convoqué le 4 novembre 1996, s'est réuni dans la salle à
  1997 -            manger du foyer, sous la présidence de Monsieur Paul RENAUDIN,
  Tarifs            Maire, Président du Conseil d'Administration.
  d'hébergement
                    Etaient présents : M. Paul RENAUDIN, Président ; Mme Annie
  Membres           COURTOIS, Vice-Présidente ; M. Louis BARRAULT, Conseiller
  en exercice : 10  municipal ; Mme Denise FAUCHER, représentante des résidents ;
  présents :    6   M. Robert GUILLOU, représentant de la caisse de retraite ;
  votants :     7   Mme Jeanne LAMBERT, représentante du personnel.

                    Absents excusés : M. Henri PASQUIER (pouvoir à M. RENAUDIN) ;
                    Mme Claire BODIN ; M. Marc TESSON.
                    Absent : M. Luc VERDIER.

                    Mme MOREAU, Directrice, assure le secrétariat de la séance.

                    Madame la Directrice présente au Conseil le projet de budget
                    primitif de l'exercice 1997, dont les sections s'établissent
                    comme suit.

                    I - SECTION D'EXPLOITATION

                    Les dépenses s'élèvent à 2 146 300 F et les recettes à
                    2 146 300 F, le tarif d'hébergement passant à 182,40 F.
                                                                         - 1 -`;

const PAGE_2 = `                                                                         - 2 -
  N° 96/23          II - SECTION D'INVESTISSEMENT
  (suite)
                    Le programme d'investissement s'élève à 185 000 F et porte
                    sur la réfection des salles de bains du premier étage et
                    sur l'achat de deux fauteuils roulants ; il est financé par
                    l'autofinancement à hauteur de 120 000 F et par un
                    prélèvement sur le fonds de roulement de 65 000 F.

                    Le Conseil d'Administration,

                    Vu le code de l'action sociale et des familles ;

                    Après en avoir délibéré, par six voix pour et une abstention,

                    ADOPTE le budget primitif de l'exercice 1997 ;
                    FIXE le tarif d'hébergement à 182,40 F par jour à compter du
                    1er janvier 1997.

                    Fait et délibéré les jour, mois et an susdits.

   RECU LE                              Pour extrait conforme,
  - 2 DEC. 1996                         Le Président,
  SOUS-PREFECTURE                       P. RENAUDIN
  de MAMERS`;

describe('a margin holding the act\'s number, its labelled subject and the box of counts', () => {
  const doc = analyzeText(`${PAGE_1}\f${PAGE_2}`);

  it('reads one act, numbered and titled from the margin, its report\'s roman parts none', () => {
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]!.number).toBe('96/23');
    expect(doc.items[0]!.title).toMatch(/^Budget primitif 1997 - Tarifs d'hébergement/u);
    expect(doc.items[0]!.decision?.articles.map((a) => a.action)).toEqual(['adopte', 'fixe']);
  });

  it('reads the lists whole, the box of counts no part of them', () => {
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['RENAUDIN', 'COURTOIS', 'BARRAULT', 'FAUCHER', 'GUILLOU', 'LAMBERT']);
    expect(doc.attendance.counts).toMatchObject({ inOffice: 10, present: 6, voting: 7 });
    expect(doc.meeting.place).toMatch(/^salle à manger du foyer/u);
  });

  it('gives the margin\'s notes before the paragraph, the subject as the archivists transcribe it', () => {
    const text = normalizePages([PAGE_1])[0]!;
    expect(text).toContain('[En marge : N° 96/23 – Budget primitif 1997 - Tarifs d\'hébergement]');
    expect(text).toContain('Etaient présents : M. Paul RENAUDIN, Président ; Mme Annie\nCOURTOIS');
  });
});

describe("a subject in the margin closed by its full stop, a stamp's note further down the same margin", () => {
  const doc = analyzeText(`                         DEPARTEMENT DU CALVADOS
                     COMMISSION DEPARTEMENTALE

          EXTRAIT DU REGISTRE DES DELIBERATIONS
                      Séance du 12 mai 1980

N° 80-57       L'an mil neuf cent quatre-vingt, le douze mai, à dix
               heures, la Commission Départementale s'est réunie
OBJET :        à l'Hôtel de la Préfecture, sous la présidence de
Voirie         M. Paul DESLANDES, Président.
départemen-    Etaient présents : MM. DESLANDES, HUET, LEROUX, POISSON.
tale - Pro-    M. HUET remplit les fonctions de secrétaire.
gramme 1980.   -------
               Le Conseil Général a inscrit au budget un crédit de
               400.000 F destiné aux travaux de voirie départementale,
               et a chargé la Commission d'en effectuer la répartition.
  Reçu à la    Six dossiers ont été déposés ; tous ont été instruits
  Préfecture   par la Direction Départementale de l'Equipement.
  le 16 MAI
  1980         LA COMMISSION DEPARTEMENTALE,
               Vu le rapport de M. le Préfet ;
               Après en avoir délibéré,
               DECIDE :
               Article 1er - Le crédit de 400.000 F est réparti entre
               les six opérations inscrites au programme.
               Adopté à l'unanimité.
`);

  it('takes the subject to its full stop, not the stamp\'s "Reçu à la Préfecture" under the text\'s lines', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['80-57', 'Voirie départementale - Programme 1980']]);
    expect(doc.text).toContain('Reçu à la Préfecture le 16 MAI 1980');
  });
});
