/**
 * A regional council's extract printed by its software: a form's row of labels over its row of
 * values, the act's number a dotted code. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import { headerNumber } from '../../src/segment/headings.ts';

const extract = `REGION DU MASSIF                                             Edition d'acte
CONSEIL REGIONAL
EXTRAIT DU REGISTRE DES DELIBERATIONS
N° délibération      Séance                         Date séance
98.11.0207           ASSEMBLEE PLENIERE             20/11/1998
Rapporteur           M. VALADIER Pierre
OBJET
AIDE REGIONALE AUX REFUGES DE MONTAGNE
Le Conseil Régional, régulièrement convoqué, s'est réuni le vingt novembre mil neuf cent
quatre-vingt-dix-huit à l'Hôtel de Région, sous la présidence de M. Louis COSTES, Président.
VU le Code Général des Collectivités Territoriales ;
Après en avoir délibéré,
ARTICLE 1 : ADOPTE le programme d'aide aux refuges de montagne.
ARTICLE 2 : AUTORISE le Président à attribuer les aides, après décision de la Commission Permanente.
Adopté à l'unanimité.
`;

describe("a regional extract's form", () => {
  it('gives the number under "N° délibération" in the row of values, a dotted code no date', () => {
    expect(headerNumber(extract, extract.length)).toBe('98.11.0207');
    expect(analyzeText(extract).items.map((i) => i.number)).toEqual(['98.11.0207']);
  });

  it('is a plenary\'s: "après décision de la Commission Permanente" names another body deciding', () => {
    expect(analyzeText(extract).meeting.bodyType).toBe('conseil-regional');
  });
});

describe("an extract's header grid, the number closing a line of it", () => {
  it('gives "N° 2017-DCM-0094" after the counts and the convocation\'s date, its letters between its figures', () => {
    const header = "EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL\nSéance du 19/10/2017\nNombre de conseillers Date de convocation Délibération\nEn exercice 29 12/10/2017 N° 2017-DCM-0094\nPrésents 21 Date d'affichage\nVotants 25 12/10/2017\nObjet : Demande d'aide\n";
    expect(headerNumber(header, header.length)).toBe('2017-DCM-0094');
    const prose = 'Le Conseil se réfère à la délibération prise le 12/10/2017 sous le N° 2017-DCM-0094 du registre.\n';
    expect(headerNumber(prose, prose.length)).toBeNull();
  });
});

describe("an extract's number alone on its line, an OCR speck closing it", () => {
  it('gives "2016/089" from "Délibération n° 2016/089\'", not from a number inside a sentence', () => {
    const header = "EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL\n\nSéance du mercredi 28 septembre 2016\n\nDélibération n° 2016/089'\n\nL'an deux mille seize, le vingt-huit septembre\n";
    expect(headerNumber(header, header.length)).toBe('2016/089');
    const prose = "Le Conseil rappelle la délibération n° 2016/089' du registre.\n";
    expect(headerNumber(prose, prose.length)).toBeNull();
  });
});

describe("an extract's number a year glued to its rank", () => {
  it('gives "20091042" from "Délibération n° 20091042" alone on its line, not from inside a sentence', () => {
    const header = 'EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL REGIONAL\nSEANCE PLENIERE DU 12 MARS 2009\n\nDélibération n° 20091042\nCommission\nFinances\n';
    expect(headerNumber(header, header.length)).toBe('20091042');
    const prose = 'Le Conseil rappelle sa délibération n° 20091042 du 12 mars 2009.\n';
    expect(headerNumber(prose, prose.length)).toBeNull();
  });
});

describe("an extract transcribed by an archive, its number in the archive's running head", () => {
  it('gives "75-142" from "Archives municipales de X – Délibération n° 75-142 (transcription)", its aside in brackets after it', () => {
    const header = 'Archives municipales de Saint-Yon – Délibération n° 75-142 (transcription)\nVILLE DE SAINT-YON\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nSéance du 24 octobre 1975\n';
    expect(headerNumber(header, header.length)).toBe('75-142');
    const prose = 'Le Conseil rappelle sa délibération n° 75-142 (annulée)\n';
    expect(headerNumber(prose, prose.length)).toBeNull();
  });
});
