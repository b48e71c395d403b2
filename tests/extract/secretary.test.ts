/** The secretary of the sitting, read where OCR split the name. Invented names. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import { findSecretary } from '../../src/extract/secretary.ts';

describe('a secretary whose name OCR split with a space', () => {
  const text = (secretary: string) => `EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL DE DISTRICT
Séance du 19 juin 1985
L'an mil neuf cent quatre-vingt-cinq et le dix-neuf juin à dix-huit heures trente, le Conseil de District, légalement convoqué, s'est réuni sous la présidence de Monsieur Antoine ROUBAUD, Président du District.
Etaient présents : MM. ROUBAUD, GIORDANO, BLANC, AUDIBERT, BARTHÉLEMY.
Secrétaire de séance : M. ${secretary}.
OBJET : ORDURES MENAGERES - EXTENSION DE L'USINE D'INCINERATION
Le Conseil de District, après en avoir délibéré, APPROUVE l'avant-projet détaillé.
Adopté à l'unanimité.
`;
  it('"M. AU DIBERT", "AUDIBERT" among who sat: the list\'s spelling', () => {
    expect(analyzeText(text('AU DIBERT')).meeting.secretary?.surname).toBe('AUDIBERT');
  });
  it('a name of two words that no one listed keeps its words', () => {
    expect(analyzeText(text('LE GALL')).meeting.secretary?.surname).toBe('LE GALL');
  });
});

describe('a secretary named only where they sign', () => {
  it('"Le Président, Le secrétaire de séance," over "J.-L. MARSAN M. DELBOSC": the one signing as secretary', () => {
    const doc = analyzeText(`COMMUNAUTE DE COMMUNES DU PAYS DE BRAMERIE
Registre des délibérations du Bureau communautaire
Séance du 18 mars 2025
L'an deux mille vingt-cinq, le dix-huit mars à dix-huit heures, le Bureau communautaire, dûment convoqué, s'est réuni en salle du conseil communautaire, sous la présidence de M. Jean-Luc MARSAN, Président.
Présents : M. Jean-Luc MARSAN, Mme Anne COSTES, M. Michel DELBOSC, M. Paul VIDAL.
OBJET : AMENAGEMENT DE LA MAISON DE SANTE - ATTRIBUTION DES LOTS
Le Bureau communautaire, après en avoir délibéré, à l'unanimité :
- ATTRIBUE les lots 1 à 7 du marché de travaux ;
- AUTORISE le Président à signer les marchés.
Le Président,                                  Le secrétaire de séance,
J.-L. MARSAN                                   M. DELBOSC
`);
    expect(doc.meeting.secretary?.surname).toBe('DELBOSC');
  });
});

describe('a secretary named after the office, or charged with the sitting\'s secretariat', () => {
  const HEAD = "L'an mil neuf cent soixante-dix-neuf, le douze janvier, le Conseil Municipal s'est réuni sous la présidence de M. Eugène HOFFSTETTER, Maire.\nPrésents : MM. HOFFSTETTER, WEBER, MULLER.\n";
  it('"désigne comme secrétaire de séance M. DIEDERICH Raymond, instituteur" names him', () => {
    const doc = analyzeText(`${HEAD}Le Conseil désigne comme secrétaire de séance M. DIEDERICH Raymond,\ninstituteur, secrétaire de mairie.\n`);
    expect(doc.meeting.secretary?.surname).toBe('DIEDERICH');
  });

  it('"désigne pour secrétaire M. Raymond FISCHER, instituteur" names him', () => {
    const doc = analyzeText(`${HEAD}Le Conseil désigne pour secrétaire M. Raymond FISCHER, instituteur, secré-\ntaire de mairie, conformément au Code municipal local.\n`);
    expect(doc.meeting.secretary?.surname).toBe('FISCHER');
  });
  it('"MmeCLEMENT, Chef du service comptable, chargée du secrétariat de la séance" names her; "chargée du secrétariat des Assemblées" is an office', () => {
    expect(analyzeText(`${HEAD}MmeCLEMENT, Chef du service comptable, chargée du secrétariat de la séance.\n`).meeting.secretary?.surname).toBe('CLEMENT');
    expect(analyzeText(`${HEAD}Mme Anne ROUX, chargée du secrétariat des Assemblées.\n`).meeting.secretary).toBeNull();
  });
});

describe('"M. FOURNIAL, secrétaire." alone on its line under the lists', () => {
  const text = `EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL GENERAL
Séance du 21 octobre 1986
Le Conseil Général s'est réuni sous la présidence de M. Antonin VEYRAC, Président.
Etaient présents : MM. ALBESSARD, BOUDET, CHAMBON, FOURNIAL, GINESTE, VEYRAC.
Absents excusés : MM. BESSE, TRONCHE.
M. FOURNIAL, secrétaire.
     M. GINESTE, rapporteur de la 4ème Commission, donne lecture du rapport suivant.
Le Conseil Général, après en avoir délibéré, APPROUVE le déclassement.
`;

  it('is the secretary of the sitting', () => {
    expect(analyzeText(text).meeting.secretary?.surname).toBe('FOURNIAL');
  });

  it('is not read from a member named with the office inside a list line', () => {
    expect(analyzeText(text.replace('M. FOURNIAL, secrétaire.\n', 'Présents : M. DURAND, président ; M. FOURNIAL, secrétaire.\n')).meeting.secretary?.surname).not.toBe('DURAND');
  });
});

describe('a secretary appointed in a sentence OCR damaged', () => {
  it('"a êté désignée pour remplir lcs fonctions de secrétaire": a circumflex for the acute, a c for the e of "les"', () => {
    const doc = analyzeText(`OFFICE PUBLIC D'HLM DE LA VILLE
Séance du 16 février 1978
Le Conseil d'Administration s'est réuni sous la présidence de Monsieur Lucien GOUPIL, Président.
Présents : MM. GOUPIL, DRONNE, Mme THUAU, M. PELLERIN.
Mme THUAU a êté désignée pour remplir lcs fonctions de secrétaire.
Le Conseil, à l'unanimité, approuve le budget.
`);
    expect(doc.meeting.secretary?.surname).toBe('THUAU');
  });
});

describe('a secretary designated "pour remplir les fonc tions de secrétaire", the word OCR split', () => {
  it('is read, with the given name whose é OCR read as a 6', () => {
    const doc = analyzeText(`COMMUNE DE HERBWILLER
Seance du 19 mars 1976
Sous la présidence de M. Joseph KELLER, Maire.
Membres presents : MM. KELLER, Maire, SCHMIDT Albert, Adjoint, BECK Alphonse, WEBER Nicolas.
Le Conseil Municlpal, r6uni en nombre suffisant pour délibérer valablement, designe
M. Ren6 STOLL, secrétaire de mairie, pour remplir les fonc tions de secrétaire.

La séance est ouverte à 2O heures 15.

1°) Budget primitif de l'exercice 1976
Le Conseil vote à l'unanimité le budget primitif de l'exercice 1976.
`);
    expect([doc.meeting.secretary?.givenName, doc.meeting.secretary?.surname, doc.meeting.time]).toEqual(['René', 'STOLL', '20:15']);
  });
});

describe("the president's family name OCR split in two", () => {
  it('"Monsieur Jean-Louis ESPINAS SE, Maire" is the listed ESPINASSE', () => {
    const doc = analyzeText(`PROCES-VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL DU JEUDI 26 JUIN 2003
L'an deux mille trois, le vingt-six juin à dix-huit heures trente, le Conseil Municipal de la Ville de Carmeyrac, régulièrement convoqué le 19 juin 2003,
s'est réuni en séance publique, sous la présidence de Monsieur Jean-Louis ESPINAS SE, Maire.

ETAIENT PRESENTS : M. ESPINASSE, Maire, Mme CAUSSE, M. ROUQUETTE, Adjoints, M. BOUSQUET, Mme DELPECH.

1 - BUDGET SUPPLEMENTAIRE
Le Conseil Municipal adopte le budget supplémentaire à l'unanimité.
`);
    expect(doc.meeting.president?.surname).toBe('ESPINASSE');
  });
});

describe('"comme" as OCR reads it, "cornme"', () => {
  it.each([
    ['M. PELLEGRIN a été désigné cornme secrétaire.', 'PELLEGRIN'],
    ['Le Conseil désigne Mme Odile RAYNAUD cornme secrétaire de séance.', 'RAYNAUD'],
    ['Le Conseil désigne cornme secrétaire de séance M. Paul VIAL.', 'VIAL'],
  ])('%s', (sentence, surname) => {
    expect(findSecretary(`Etaient présents : MM. ALLEC, ARNAUD.\n\n${sentence}\n`)?.surname).toBe(surname);
  });
});

describe('a listed family name OCR split, whole in the secretary\'s line', () => {
  it('"Mme RIVI ERE Anne-Laure" among who sat, "Secrétaire de séance : Mme RIVIÈRE Anne-Laure": the list reads RIVIÈRE', () => {
    const doc = analyzeText(`EXTRAIT DU REGISTRE DES DELIBERATIONS DU BUREAU COMMUNAUTAIRE
Séance du 8 avril 2021
L'an deux mille vingt et un, le huit avril à dix-huit heures, le Bureau communautaire s'est réuni sous la présidence de M. Jean-Yves GUILLOT, Président.
Etaient présents : M. GUILLOT Jean-Yves, Mme BRETON Sylvie, M. CHAIGNE Patrick, Mme RIVI ERE Anne-Laure, M. POULAIN Daniel.
Secrétaire de séance : Mme RIVIÈRE Anne-Laure.
OBJET : FONDS DE CONCOURS 2021
Le Bureau, après en avoir délibéré, ATTRIBUE un fonds de concours de 12 000 euros.
Adopté à l'unanimité.
`);
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['GUILLOT', 'BRETON', 'CHAIGNE', 'RIVIÈRE', 'POULAIN']);
  });
});
