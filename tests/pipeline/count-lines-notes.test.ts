/**
 * The sitting's counts one a line, a count with its own note after it: the attendance sheet in
 * brackets ("Présents : 74 (liste d'émargement annexée …)"), the proxies it counts after a dash
 * ("Pouvoirs : 2 - M. X à Mme Y ; …"). Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const RECORD = `REGION VAL-DE-BRENNE
CONSEIL REGIONAL

PROCES-VERBAL DE LA SEANCE PLENIERE
DU VENDREDI 2 JUILLET 2021

L'an deux mille vingt et un, le deux juillet, à dix heures, les membres du Conseil
régional se sont réunis dans l'hémicycle de l'Hôtel de Région, sur convocation adressée le 28 juin 2021.

La séance est ouverte sous la présidence de M. Roger VALLIERE, doyen d'âge de l'assemblée.

Nombre de conseillers régionaux en exercice : 77
Présents : 74 (liste d'émargement annexée au présent procès-verbal)
Pouvoirs : 2 - M. Didier FOURNEL à Mme Sabine LECOMTE ; Mme Chantal ROBINEAU
à M. Eric DESCHAMPS
Absent : M. Yannick BRUNEL
Votants : 76

Le quorum est atteint.

1. FIXATION DU NOMBRE DES VICE-PRESIDENTS
Le Conseil régional fixe à 15 le nombre des vice-présidents.
Vote : Pour 58 - Contre 0 - Abstentions 18
`;

describe("the sitting's counts a line each, a count's own note after it", () => {
  const doc = analyzeText(RECORD);

  it('keeps each line whole, no margin box unwoven from them, and reads the proxies the count of powers lists', () => {
    expect(doc.text).toContain('Nombre de conseillers régionaux en exercice : 77\nPrésents : 74 (liste');
    expect(doc.attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([
      ['FOURNEL', 'LECOMTE'],
      ['ROBINEAU', 'DESCHAMPS'],
    ]);
    expect(doc.attendance.counts).toEqual({ inOffice: 77, present: 74, represented: 2, voting: 76 });
  });

  it("gives the count lines to the attendance, a count's note in brackets with them", () => {
    const attendance = doc.sections.filter((s) => s.kind === 'attendance').map((s) => doc.text.slice(s.start, s.end));
    expect(attendance[0]).toMatch(/^Nombre de conseillers régionaux en exercice : 77\nPrésents : 74 \(liste d'émargement annexée au présent procès-verbal\)/);
  });
});

describe('an Alsace-Moselle council\'s counts, its "Conseillers élus" first', () => {
  it('gives the line of counts to the attendance, not the preamble', () => {
    const doc = analyzeText(`COMMUNE DE BERMERSTROFF
Séance ordinaire du vendredi 9 novembre 2007 à 20 heures, à la mairie, sous la présidence de M. Raymond HOFFSTETTER, Maire.
Conseillers élus : 15 - En fonction : 15 - Présents : 12 - Procurations : 2
Présents : MM. Raymond HOFFSTETTER, René BURGUN, Mme Odile ZIMMERMANN.
Secrétaire de séance : Mme Sylvie ANTOINE, secrétaire de mairie.
1. Affouage 2007/2008
Le conseil fixe le prix du stère de bois d'affouage à 10 €. Adopté à l'unanimité.
`);
    const attendance = doc.sections.filter((s) => s.kind === 'attendance').map((s) => doc.text.slice(s.start, s.end));
    expect(attendance[0]).toMatch(/^Conseillers élus : 15 - En fonction : 15/);
    const preamble = doc.sections.filter((s) => s.kind === 'preamble').map((s) => doc.text.slice(s.start, s.end)).join('\n');
    expect(preamble).not.toContain('Conseillers élus');
  });
});

describe("an extract's counts labelled by the council's members, their adjective between (\"Conseillers généraux en exercice\")", () => {
  const doc = analyzeText(`DÉPARTEMENT DU LOIR

CONSEIL GÉNÉRAL                    EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS

                                   Réunion du 16 juin 2008

Délibération n* CG 08-3-21
Rapport n° 3-02 - Commission des routes et des transports

OBJET : RENFORCEMENT DE LA RD 12 - ATTRIBUTION DU MARCHÉ

Le Conseil général du Loir s'est réuni le lundi seize juin deux mille huit, à 9 h 30, à l'Hôtel du Département,
sous la présidence de M. Alain GRANGER, Président du Conseil général.

Conseillers généraux en exercice : 30      Présents : 27      Pouvoirs : 2      Votants : 29

Étaient présents : M. GRANGER, Président ; MM. BLOT, CHESNEAU, DUPUIS, FOUQUET, HUBERT.

Rapporteur : M. BLOT, au nom de la commission des routes et des transports.

Le marché de renforcement de la RD 12 a été mis en concurrence.

LE CONSEIL GÉNÉRAL,
Vu le code des marchés publics ;
DÉCIDE :
Article 1 : Le marché est attribué à l'entreprise Routes du Loir.
Adopté à l'unanimité.
`);

  it('gives the line of counts to the attendance, not the preamble', () => {
    const attendance = doc.sections.filter((s) => s.kind === 'attendance').map((s) => doc.text.slice(s.start, s.end));
    expect(attendance[0]).toMatch(/^Conseillers généraux en exercice : 30/);
    expect(doc.attendance.counts).toEqual({ inOffice: 30, present: 27, represented: 2, voting: 29 });
  });

  it('reads "Délibération n* CG 08-3-21", OCR\'s asterisk for its "n°", as the act\'s number, the subject its "OBJET"', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['CG 08-3-21', 'RENFORCEMENT DE LA RD 12 - ATTRIBUTION DU MARCHÉ']]);
  });
});
