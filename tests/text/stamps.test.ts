/** The préfecture's transmission stamps, dropped as furniture wherever a page carries them. Invented identifiers. */
import { describe, expect, it } from 'vitest';
import { mayHoldStamps, withoutStamps } from '../../src/text/stamps.ts';
import { normalizePages } from '../../src/text/normalize.ts';

describe('withoutStamps', () => {
  it.each([
    ['Envoyé en préfecture le 14/03/2024', ''],
    ['Reçu en préfecture le 14/03/2024', ''],
    ['Publié le 15/03/2024', ''],
    ['Publié le', ''],
    ['ID : 031-213100555-20240312-DEL2024_015-DE', ''],
    ['074-200034882-20231218-2023_12_07-DE', ''],
    // Corsica's departments, 2A and 2B.
    ['02B-212001874-20160928-DEL2016_089-DE', ''],
    ['ID : 02A-200067123-20190412-2019_044-DE', ''],
    ['Accusé de réception en préfecture', ''],
    ['Date de télétransmission : 19/12/2023', ''],
    ['Date de réception préfecture : 19/12/2023', ''],
    ['Accusé certifié exécutoire', ''],
    ['Réception par le préfet : 03/10/2022', ''],
    ['RÉPUBLIQUE FRANÇAISE Envoyé en préfecture le 14/03/2024', 'RÉPUBLIQUE FRANÇAISE'],
    ['MAIRIE DE MONTBRUN S²LOW', 'MAIRIE DE MONTBRUN'],
    ["COMMUNE DE PLOUZÉVEL Accusé de réception - Ministère de l'Intérieur", 'COMMUNE DE PLOUZÉVEL'],
    ["Accusé de réception - Ministère de l'lntérieur", ''],
    ['Département du Morbihan 056-215601234-20220929-45_2022-DE', 'Département du Morbihan'],
  ])('"%s" -> "%s"', (line, kept) => {
    expect(withoutStamps(line)).toBe(kept);
  });

  it.each([
    ['La présente délibération sera publiée le 15 mars.'],
    ['Le compte rendu est publié le lendemain de la séance'],
    ["Vu l'avis reçu en préfecture le 3 mars 2024 relatif au projet"],
    ['Affiché le : mardi 25 juin 2024'],
  ])('leaves prose alone: "%s"', (line) => {
    expect(withoutStamps(line)).toBe(line);
  });
});

describe('mayHoldStamps', () => {
  it.each([
    ['Le rapport.\nDate de télétransmission : 19/12/2023'],
    ["Le rapport.\nPour l'autorité compétente par délégation"],
    ['Le rapport.\nEnvoyé en préfecture le 14/03/2024'],
    ['Département du Morbihan 056-215601234-20220929-45_2022-DE'],
    ['Le rapport.\nID : 031-213100555-20240312-DEL2024_015-DE'],
  ])('finds the stamp words: "%s"', (page) => {
    expect(mayHoldStamps(page)).toBe(true);
  });

  it.each([
    ['Le Conseil autorise le Maire à signer la convention de télétravail.'],
    ['Le lot 2-DELTA est attribué, la parcelle 3-AB aussi.'],
    ['-DE'],
  ])('finds none in: "%s"', (page) => {
    expect(mayHoldStamps(page)).toBe(false);
  });
});

describe('stamps in the pages', () => {
  it('go from the head of every page, and the sentence cut by them is whole again', () => {
    const pages = normalizePages([
      'Envoyé en préfecture le 14/03/2024\nReçu en préfecture le 14/03/2024\nPublié le 15/03/2024\nID : 031-213100555-20240312-DEL2024_015-DE\nCOMMUNE DE MONTBRUN\nLe conseil adopte les tarifs de la',
      'Envoyé en préfecture le 14/03/2024\nReçu en préfecture le 14/03/2024\nPublié le 15/03/2024\nID : 031-213100555-20240312-DEL2024_015-DE\ncantine à l’unanimité.',
    ]);
    expect(pages).toEqual(['COMMUNE DE MONTBRUN\nLe conseil adopte les tarifs de la', 'cantine à l\'unanimité.']);
  });
});

describe("the letterhead's address at the foot of each page", () => {
  it('is furniture when it comes back, even in a text without page breaks; once, it stays', () => {
    const footer = 'Communauté de Communes du Pays de Sorbière – 2 rue du Moulin Neuf – 41140 SORBIÈRE';
    const [twice] = normalizePages([`Le rapport.\n${footer}\nPage 1 sur 2\nVu le code ;\n${footer}`]);
    expect(twice).toBe('Le rapport.\nVu le code ;');
    const [once] = normalizePages([`${footer}\nLe rapport.`]);
    expect(once).toBe(`${footer}\nLe rapport.`);
  });
});

describe("the acte's identifier as OCR reads it", () => {
  it('takes out "O55-2655OO917-202ll214-202l_2l-DE" (figures read as O and l), not a number of the text', () => {
    expect(withoutStamps('O55-2655OO917-202ll214-202l_2l-DE')).toBe('');
    // A page whose only stamp is that identifier is looked at for stamps.
    expect(mayHoldStamps('Le Conseil décide.\nO55-2655OO917-202ll214-202l_2l-DE')).toBe(true);
    expect(withoutStamps('Délibération n° 2021-21 du 14 décembre 2021')).toBe('Délibération n° 2021-21 du 14 décembre 2021');
  });
});
