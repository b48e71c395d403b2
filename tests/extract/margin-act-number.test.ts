/**
 * A retirement home's register, its margin glued by OCR to the points' first lines: each point
 * headed by its rank, its deliberation's number opening a line under it. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const doc = analyzeText(`PROCES-VERBAL DU CONSEIL D'ADMINISTRATION
Séance du 21 mars 2002

2 - COMPTE  Le Directeur présente le compte administratif de l'exercice
ADMINISTRATIF 2001, établi en francs et converti en euros
Délib. n° 2002/01 pour la reprise des résultats. Il est conforme au compte de gestion.
Le Conseil d'Administration approuve le compte administratif 2001 à l'unanimité.

3 - AFFECTATION  Le Directeur propose d'affecter l'excédent de
DES RESULTATS exploitation de la façon suivante,
Délib. n° 2002/02 comme le prévoit la délibération n° 2001/14 du 13 décembre 2001.
Le Conseil d'Administration décide l'affectation proposée à l'unanimité.

4 - TARIFS 2002  Le Directeur présente les tarifs journaliers.
Le Conseil d'Administration fixe les tarifs 2002 à l'unanimité.
`);

describe("a margin's deliberation number glued to a point's first lines", () => {
  it("is the point's number; a point without one keeps its rank, and an act cited is no number of the point", () => {
    expect(doc.items.map((i) => i.number)).toEqual(['2002/01', '2002/02', '4']);
  });
});

describe("a typed register's margin: the label alone opening a line, the number opening the next", () => {
  it('numbers each point by its deliberation, the rank giving way; a point with none keeps its rank', () => {
    const doc = analyzeText(`DISTRICT URBAIN DE VARELLE
REGISTRE DES DELIBERATIONS DU BUREAU
Séance du 11 mars 1980
L'an mil neuf cent quatre-vingt, le onze mars, le Bureau du District s'est réuni sous la présidence de Monsieur André LECLERC, Président.
Etaient présents : MM. LECLERC, DUPRAT, LEMOINE.

Ordures 2 - COLLECTE DES ORDURES MENAGERES - RENOUVELLEMENT DU MARCHE
ménagères
   Monsieur le Président rappelle que le marché passé avec
Delib.   l'entreprise Normandie-Nettoiement pour la collecte des ordures
80-B-10  ménagères des sept communes du District vient à expiration.
   Le Bureau décide d'attribuer le marché à l'entreprise.
   Adopté à l'unanimité.

Station    3 - STATION D'EPURATION - AVENANT N° 2
 M. CAILLY expose que des sujétions
Délib. imprévues ont rendu
80-B-11 nécessaires des travaux de rabattement de nappe.
   Le Bureau approuve l'avenant n° 2.
   Adopté à l'unanimité.

4 - QUESTIONS DIVERSES
   Le Bureau décide d'accorder une subvention de 500 F.
   Adopté à l'unanimité.
`);
    expect(doc.items.map((i) => i.number)).toEqual(['80-B-10', '80-B-11', '4']);
  });
});

describe("a point's act code closing its heading's line, far to the right", () => {
  it('numbers the point by the code and leaves it out of the title; a span of years stays in the title', () => {
    const doc = analyzeText(`COMMUNAUTE DE COMMUNES DES MONTS DE L'ARBELLE
COMPTE RENDU DU CONSEIL COMMUNAUTAIRE
Séance du 23 septembre 2002
Le Conseil communautaire s'est réuni sous la présidence de M. Jean BLANC, Président.
Présents : M. Jean BLANC, Mme Anne ROUX, M. Paul VERT.

3. FINANCES - DÉCISION MODIFICATIVE N° 2 - BUDGET PRINCIPAL          DCC 2002-061
Le Conseil communautaire adopte la décision modificative n° 2.
Adopté à l'unanimité.

4. ORDURES MÉNAGÈRES - MARCHÉ DE COLLECTE 2003-2007
Le Conseil communautaire attribue le marché.
Adopté à l'unanimité.
`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['DCC 2002-061', 'FINANCES - DÉCISION MODIFICATIVE N° 2 - BUDGET PRINCIPAL'],
      ['4', 'ORDURES MÉNAGÈRES - MARCHÉ DE COLLECTE 2003-2007'],
    ]);
  });
});

describe("a report's number in brackets closing a point's title", () => {
  it('numbers the point by it and leaves it out of the title', () => {
    const doc = analyzeText(`CONSEIL REGIONAL DE PICARDIE
COMPTE RENDU SOMMAIRE DE LA SEANCE DU 26 JUIN 1978
Le Conseil régional s'est réuni sous la présidence de M. Jean DUPRAT, Président.
Présents : MM. DUPRAT, LEROUX, MARTEL.

2. COMPTE ADMINISTRATIF DE L'EXERCICE 1977 (rapport n° 78-31)
Le Conseil régional arrête le compte administratif de l'exercice 1977.
Adopté à l'unanimité.

3. CONTRATS DE PAYS (rapport n° 78-33)
Le Conseil régional approuve les contrats de pays.
Adopté à l'unanimité.
`);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['78-31', "COMPTE ADMINISTRATIF DE L'EXERCICE 1977"],
      ['78-33', 'CONTRATS DE PAYS'],
    ]);
  });
});
