/**
 * A counts table that text extraction read column by column, its dates among its values: the
 * labels one a line, then the values in the same order. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { extractAttendance } from '../../src/extract/attendance.ts';
import { analyzeText } from '../helpers/analyze-text.ts';

const countsOf = (text: string) => extractAttendance(text).attendance.counts;

describe('a column of count labels with dates among them', () => {
  it('reads the figures after the dates that open the values ("Date de convocation" / "Date d\'affichage" first)', () => {
    const text = `COMPTE RENDU SOMMAIRE DE LA SÉANCE DU CONSEIL MUNICIPAL
Date de convocation
Date d'affichage
Conseillers en exercice
Présents
Votants
18/03/1994
30/03/1994
11
9
10
L'an mil neuf cent quatre-vingt-quatorze, le vingt-cinq mars, le Conseil Municipal s'est réuni sous la présidence de M. Roger BERTIN, Maire.
`;
    expect(countsOf(text)).toEqual({ inOffice: 11, present: 9, represented: null, voting: 10 });
  });

  it('reads the figures before the two dates that close the values', () => {
    const text = `EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL
Nombre de conseillers
en exercice
présents
votants
Date de convocation
Date d'affichage
29
22
26
17/11/1989
17/11/1989
OBJET : JUMELAGE - APPROBATION DE LA CHARTE
L'an mil neuf cent quatre-vingt-neuf, le vingt-quatre novembre, le Conseil Municipal s'est réuni sous la présidence de M. Paul PAYET, Maire.
`;
    expect(countsOf(text)).toEqual({ inOffice: 29, present: 22, represented: null, voting: 26 });
  });

  it('reads "Nombre de conseillers en exercice" on one line, and the dates\' labels as software exports word them', () => {
    const text = `REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Date de convocation
Date d'affichage de la convocation
Nombre de conseillers en exercice
Présents
Représentés
Votants
22/09/2017
22/09/2017
35
28
5
33
L'an deux mille dix-sept, le vingt-huit septembre, le Conseil municipal s'est réuni sous la présidence de M. Didier FONTANAUD, Maire.
`;
    expect(countsOf(text)).toEqual({ inOffice: 35, present: 28, represented: 5, voting: 33 });
  });
});

describe('"Nombre de conseillers généraux en exercice" over a column of figures', () => {
  it('is the members in office, the body\'s members named', () => {
    const text = `Le Conseil Général s'est réuni sous la présidence de M. Jean ANTONI, Président du Conseil Général.
Nombre de conseillers généraux en exercice
Présents
Représentés
Absents
Votants
30
23
5
2
28
Etaient présents : M. ANTONI Jean, M. ALBERTI Paul.
`;
    expect(countsOf(text)).toEqual({ inOffice: 30, present: 23, represented: 5, voting: 28 });
  });
});

describe("a regional council's 'Délégations de vote'", () => {
  const text = `CONSEIL RÉGIONAL
Membres en exercice Présents Délégations de vote Votants
38 27 6 33
ÉTAT DES PRÉSENCES
Délégation de vote
Nom Prénom Qualité Présence
donnée à
ARNAUD Pierre Député de la Haute-Vienne Présent
Conseiller général de la
AUCOUTURIER Marcel Présent
Creuse
Conseiller général de la
BESSE Raymond Délégation LAGRANGE Jean
Corrèze
Conseiller général de la
LAGRANGE Jean Présent
Corrèze
CHASSAGNE Louis Député de la Corrèze Excusé
DEMAISON Gabriel Sénateur de la Creuse Délégation AUCOUTURIER Marcel

La séance est ouverte à 10 heures.
`;

  it('counts the delegated votes as represented', () => {
    expect(countsOf(text)).toEqual({ inOffice: 38, present: 27, represented: 6, voting: 33 });
  });

  it("reads a row's 'Délégation X' as its proxy held by X", () => {
    expect(extractAttendance(text).attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([
      ['BESSE', 'LAGRANGE'],
      ['DEMAISON', 'AUCOUTURIER'],
    ]);
  });
});

describe('counts in the quorum\'s sentence', () => {
  it('reads "; 3 pouvoirs)" after the present and the members in office', () => {
    const text = `M. le Président constate que le quorum est atteint (18 conseillers
généraux présents sur 22 en exercice ; 3 pouvoirs).
`;
    expect(countsOf(text)).toEqual({ inOffice: 22, present: 18, represented: 3, voting: null });
  });
});

describe("a point's title wrapped onto a line 'DE 1986'", () => {
  it('is no number: the point keeps its rank', async () => {
    const { analyzeText } = await import('../helpers/analyze-text.ts');
    const doc = analyzeText(`CONSEIL GENERAL - SEANCE DU 17 OCTOBRE 1986
Présents : MM. ARNAUD, BESSE, CAMBON.

     RAPPORT N° 1 - DECISION MODIFICATIVE N° 2 AU BUDGET DEPARTEMENTAL
DE 1986

     M. MAURY présente la décision modificative.
     Mis aux voix, le rapport est adopté par 15 voix contre 6.
`);
    expect(doc.items.map((i) => i.number)).toEqual(['1']);
  });
});

describe('a row of count labels closed by the quorum and its figure ("Quorum (59)")', () => {
  it('reads the counts under them, the quorum\'s cell a word', () => {
    const text = `COMPTE RENDU SOMMAIRE
Conseillers en exercice Présents Pouvoirs Votants Quorum (59)
117 86 22 108 Atteint
CONSEILLERS PRÉSENTS
ABRIAL Henri AILLAUD Antoine ALLÈGRE Pierre
`;
    expect(countsOf(text)).toEqual({ inOffice: 117, present: 86, represented: 22, voting: 108 });
  });
});

describe('an archive export of 1982', () => {
  const text = `Département de la Creuse - Archives de l'Assemblée Extraction du 04/02/2013
CONSEIL GÉNÉRAL DE LA CREUSE
COMPTE RENDU SOMMAIRE DE SÉANCE
Session Date Heure Lieu
2e session ordinaire 1982 22/10/1982 09h30 Hôtel du Département - GUÉRET
Présidence : M. CHAMBON André, Président du Conseil Général
Membres en exercice Présents Absents excusés Quorum
27 24 3 OUI
`;

  it('reads "Absents excusés" as one label of the counts row', () => {
    expect(countsOf(text)).toEqual({ inOffice: 27, present: 24, represented: null, voting: null });
  });

  it("dates the sitting, not the export ('Extraction du 04/02/2013')", async () => {
    const { analyzeText } = await import('../helpers/analyze-text.ts');
    expect(analyzeText(text).meeting.date).toBe('1982-10-22');
  });
});
describe('a counts table broken into a column of labels, the members named in each', () => {
  it('reads "Conseillers présents" as the present\'s label', () => {
    const counts = countsOf('COMMUNE DE HERMELSBACH\nPROCÈS-VERBAL DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nSéance ordinaire du jeudi 2 avril 2015\nConseillers élus\nConseillers en fonction\nConseillers présents\nProcurations\n15\n15\n11\n2\nDate de convocation : 26/03/2015\nSous la présidence de M. Marc SCHNEIDER, Maire\n\nPrésents : M. Marc SCHNEIDER, Mme Christiane WEBER, M. Jean-Paul KLEIN.\n\n1. Compte administratif 2014\nLe Conseil Municipal approuve le compte administratif à l\'unanimité.\n');
    expect(counts).toMatchObject({ inOffice: 15, present: 11, represented: 2 });
  });
});

describe("a counts' row whose quorum cell gives its figure in brackets", () => {
  it('"Membres en exercice Présents Pouvoirs Votants Quorum" over "47 37 7 44 Atteint (24)"', () => {
    const doc = analyzeText(`CONSEIL RÉGIONAL
SÉANCE PLÉNIÈRE DU LUNDI 22 JUIN 2015
Membres en exercice Présents Pouvoirs Votants Quorum
47 37 7 44 Atteint (24)
Le Président ouvre la séance et constate que le quorum est atteint.
Rapport n° 15-SP04-001
COMPTE ADMINISTRATIF 2014 - BUDGET PRINCIPAL
Le Conseil régional arrête les résultats du compte administratif 2014.
Adopté à l'unanimité.
`);
    expect(doc.attendance.counts).toEqual({ inOffice: 47, present: 37, represented: 7, voting: 44 });
  });
});

describe("the register's box 'afférents / en exercice / qui ont pris part' flattened row by row", () => {
  it('reads the figures two lines under their labels, the wrapped words and the convocation\'s date beside them', () => {
    const text = `EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du 12 mai 2025
Nombre de membres Date de la convocation
afférents au Conseil en exercice qui ont pris part 05/05/2025
municipal à la délibération Date d'affichage
15 14 12 05/05/2025
L'an deux mille vingt-cinq et le douze mai à vingt heures, le Conseil Municipal s'est réuni sous la présidence de Monsieur Louis GARNIER, Maire.
`;
    expect(countsOf(text)).toEqual({ inOffice: 14, present: null, represented: null, voting: 12 });
  });

  it('leaves a row of figures alone whose labels are no counts', () => {
    const text = `EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du 12 mai 2025
Lots attribués pour les parcelles 05/05/2025
municipal à la délibération Date d'affichage
15 14 12 05/05/2025
L'an deux mille vingt-cinq et le douze mai à vingt heures, le Conseil Municipal s'est réuni sous la présidence de Monsieur Louis GARNIER, Maire.
`;
    expect(countsOf(text)).toEqual({ inOffice: null, present: null, represented: null, voting: null });
  });
});

describe('a software export\'s form a cell a line, "Nombre de membres" over the counts\' labels after the dates\'', () => {
  it('reads the figures after the dates, the title no label of its own', () => {
    const text = `EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL D'ADMINISTRATION
Séance du 29 septembre 2022
Date de convocation
Date d'affichage
Nombre de membres
En exercice
Présents
Votants
22/09/2022
22/09/2022
13
9
11
Objet : RÈGLEMENT DES AIDES SOCIALES FACULTATIVES
L'an deux mille vingt-deux, le vingt-neuf septembre, le Conseil d'Administration s'est réuni sous la présidence de Madame Brigitte LE BIHAN, Vice-Présidente.
`;
    expect(countsOf(text)).toEqual({ inOffice: 13, present: 9, represented: null, voting: 11 });
  });
});

describe('"Nombre de membres du Bureau : 9 - Présents : 8 - Votants : 8"', () => {
  it('reads the members the body has, its name after the noun; "du conseil présents : 12" stays the present\'s', () => {
    expect(countsOf("Le Bureau s'est réuni.\nNombre de membres du Bureau : 9 - Présents : 8 - Votants : 8\n")).toEqual({ inOffice: 9, present: 8, represented: null, voting: 8 });
    expect(countsOf("Le Conseil s'est réuni.\nNombre de membres du conseil présents : 12\n").inOffice).toBeNull();
  });
});

describe("an Alsace-Moselle council's counts on one line", () => {
  it('reads "En fonction" after the count before it, in office, not the elected seats', () => {
    expect(countsOf('Conseillers élus : 19      En fonction : 18      Présents : 12      Votants : 13\n')).toMatchObject({ inOffice: 18, present: 12, voting: 13 });
  });

  it('reads the elected seats as those in office where no count says so', () => {
    expect(countsOf('Conseillers élus : 15 – Conseillers présents : 13\nMembres présents : MM. JUNG Alfred, ROTH Émile.\n')).toMatchObject({ inOffice: 15, present: 13 });
  });
});

describe("the register's form of counts, its three labels' words stacked in their cells", () => {
  it('reads those in office and those who took part from the figures under the labels, the seats passed over', () => {
    // Invented commune: the form's header beside the extract's title, which the text layer put on the same lines.
    const text = `COMMUNE DE SAINT-ORMEL
Nombre de membres         EXTRAIT DU REGISTRE DES DELIBERATIONS
afférents   en    qui ont pris        DU CONSEIL MUNICIPAL
au Conseil exercice part à la
municipal         délibération
   15        14        12

L'an deux mil un, le douze octobre, le Conseil Municipal s'est réuni sous la présidence de M. Roland PETIT, Maire.
`;
    expect(countsOf(text)).toEqual({ inOffice: 14, present: null, represented: null, voting: 12 });
  });
});
