/**
 * A compte rendu's points ranked "1 –", "2 –", each with its deliberation's number alone on the line
 * under its title ("Délibération n° B 86/21"): the point's number is the deliberation's, and the
 * line is no page's mark however its figures run. Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const PAGE_1 = `DISTRICT DU PAYS DE LANVOREC
COMPTE RENDU DE LA RÉUNION DU BUREAU DU 7 AVRIL 1986

Présents : MM. LE GOFF, Président, CADIOU, QUÉRÉ, TANGUY, Vice-Présidents.

1 – VOIRIE COMMUNAUTAIRE
PROGRAMME DE TRAVAUX 1986
Délibération n° B 86/21

Le Président présente le programme de travaux de voirie arrêté par la commission.

Le Bureau, à l'unanimité, approuve le programme présenté.

2 – PERSONNEL
Délibération n° B 86/22

Le Bureau décide, à l'unanimité, de créer un poste d'agent d'entretien à temps complet.

(page 1/2)
`;
const PAGE_2 = `District du Pays de Lanvorec – Bureau du 7 avril 1986

3 – PISCINE
TARIFS APPLICABLES AU 1er JUIN 1986
Délibération n° B 86/23

Le Bureau fixe, à l'unanimité, le prix de l'entrée à 9 F pour les adultes.

Le Président,
J. LE GOFF

(page 2/2)
`;

describe("a point's deliberation number under its title", () => {
  it('numbers each point by it, under a subtitle in capitals or not, and keeps its line in the text', () => {
    const doc = analyzeText(`${PAGE_1}\f${PAGE_2}`);
    expect(doc.items.map((i) => i.number)).toEqual(['B 86/21', 'B 86/22', 'B 86/23']);
    expect(doc.text).toContain('Délibération n° B 86/22');
  });
});

describe('a plenary\'s points titled in capitals, the margin\'s act number unwoven alone under each title', () => {
  const doc = analyzeText(`PROCÈS-VERBAL DE LA SÉANCE PLÉNIÈRE DU CONSEIL RÉGIONAL
du lundi 26 juin 2023

Le Conseil régional s'est réuni le lundi 26 juin 2023 à 10 h 00 à l'Hôtel de Région.
Excusés sans pouvoir : Mme Claire VAUTIER, M. Ludovic HAMELIN.
M. Julien LEFRANC est désigné secrétaire de séance.

COMPTE ADMINISTRATIF 2022
23-06-01
Rapporteur : Mme Anne-Laure GOSSELIN, Vice-présidente chargée des finances.
Le Conseil régional arrête les résultats de l'exercice 2022 et approuve le compte administratif.
Pour : 57 - Contre : 28 - Abstentions : 12.

COMPTE DE GESTION 2022 DU PAYEUR RÉGIONAL
23-06-02
Le Conseil régional déclare que le compte de gestion n'appelle ni
observation ni réserve. Adopté à l'unanimité.

APPROBATION DU PROCES-VERBAL DE LA SEANCE DU 29 MARS 2016
29/03/2016
Le procès-verbal est adopté.
`);

  it('reads each title as a point, the number under it its number, a date under a title none', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['23-06-01', 'COMPTE ADMINISTRATIF 2022'],
      ['23-06-02', 'COMPTE DE GESTION 2022 DU PAYEUR RÉGIONAL'],
    ]);
  });

  it('reads "Excusés sans pouvoir" as the excused, no proxies', () => {
    expect(doc.attendance.excused.map((p) => p.surname)).toEqual(['VAUTIER', 'HAMELIN']);
    expect(doc.attendance.represented).toEqual([]);
  });
});

describe('an extract whose subject stands under "Point n° 5 de l\'ordre du jour"', () => {
  it("numbers the point by its rank on the agenda, the act having no number of its own", () => {
    const doc = analyzeText(`EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du 22 juin 2007

Point n° 5 de l'ordre du jour

OBJET : CESSION DU CHALET COMMUNAL « LES GENTIANES »

M. le Maire rappelle que la Commune est propriétaire d'un chalet.

Le Conseil Municipal, après en avoir délibéré, DÉCIDE la cession du chalet.

Adopté par 15 voix pour et 1 abstention.
`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['5', 'CESSION DU CHALET COMMUNAL « LES GENTIANES »']]);
  });
});

describe('an extract whose subject stands under "Point n° 6 - 2014/48"', () => {
  it("numbers the point by the act's own number after its rank", () => {
    const doc = analyzeText(`EXTRAIT DU PROCÈS-VERBAL DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance ordinaire du vendredi 24 octobre 2014

Point n° 6- 2014/48

CHASSE COMMUNALE : RENOUVELLEMENT DE LA LOCATION DU DROIT DE CHASSE

M. le Maire rappelle que le bail de chasse arrive à échéance.

Le Conseil Municipal, après en avoir délibéré, DÉCIDE de renouveler la location.

Adopté par 12 voix pour et 1 abstention.
`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['2014/48', 'CHASSE COMMUNALE : RENOUVELLEMENT DE LA LOCATION DU DROIT DE CHASSE']]);
  });
});

describe("a bureau's register, its acts numbered with its letter and dots under roman rubrics", () => {
  it('reads each "B.93.41 - …" line a point, its code the number, the rubrics none', () => {
    const doc = analyzeText(`DISTRICT DE VOLVERNE
COMPTE RENDU DE LA REUNION DU BUREAU DU 14 SEPTEMBRE 1993

I - ADMINISTRATION GENERALE

B.93.41 - Adhésion à l'Association des Districts de France

Le Bureau décide de renouveler l'adhésion du District à l'Association.
Adopté à l'unanimité.

B.93.42 - Mise à disposition d'un local par la commune de Bréchaille

Le Bureau approuve la convention de mise à disposition du local.
Adopté à l'unanimité.

II - FINANCES

B.93.45 - Ouverture d'une ligne de trésorerie

Le Bureau décide d'ouvrir une ligne de trésorerie de 2 000 000 F.
Adopté à l'unanimité.
`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['B.93.41', "Adhésion à l'Association des Districts de France"],
      ['B.93.42', 'Mise à disposition d\'un local par la commune de Bréchaille'],
      ['B.93.45', "Ouverture d'une ligne de trésorerie"],
    ]);
  });
});
