/**
 * A board's procès-verbal printed by its software: an attendance table whose rows open on the
 * member's college ("Commune", "Personnel", "Usagers"), a status code per row under its legend;
 * a relevé whose cells wrap in their columns (subject, rapporteur, counts, result); the notes on
 * the points after it, keyed by their numbers, one of them past a page break.
 * Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { readCountedRows } from '../../src/extract/counted-rows.ts';
import { analyzeText } from '../helpers/analyze-text.ts';
import { listsOf } from '../helpers/attendance-lists.ts';

const RELEVE = `RELEVE DES DELIBERATIONS
N° Objet Rapporteur Pour Contre Abst. Résultat
2011-01 Approbation du procès-verbal de la Le Président 11 0 0 Adopté à
séance du 02/12/2010 l'unanimité
2011-02 Budget primitif 2011 - Mme la 9 2 0 Adopté à la
hébergement et dépendance Directrice majorité
2011-03 Tarifs journaliers 2011 M. BERTHOMIEU 11 0 0 Adopté à
l'unanimité
2011-04 Motion sur les effectifs de nuit M. CAZENAVE 3 8 0 Rejeté
2011-05 Rapport d'activité 2010 - Mme la - - - Pris acte
information Directrice
OBSERVATIONS / DEBATS
2011-02 : Mme la Directrice présente le budget. M. CAZENAVE et Mme ROUQUETTE votent contre.
2011-03 : les tarifs progressent de 1,8 %. Le Conseil fixe les tarifs journaliers ainsi proposés.\f2011-04 : la motion demande deux postes de nuit. Le Conseil rejette la motion.
`;

const RECORD = `ETABLISSEMENT PUBLIC "LES TILLEULS"
PROCES-VERBAL DE SEANCE - CONSEIL D'ADMINISTRATION
Séance n° : 2011-1 Date : 17/02/2011 Heure : 15:00
Membres en exercice : 13 Présents : 9 Pouvoirs : 2 Votants : 11
LISTE D'EMARGEMENT
Collège Nom Prénom Qualité Statut Pouvoir donné à
Commune LAFFONT Bernard Maire - Président P
Commune DELPECH Sylvie Adjointe au Maire P
Commune MARTY Jean-Louis Conseiller municipal R DELPECH Sylvie
Département SOUBIRAN Claire Conseillère générale P
Département VIGUIER Alain Conseiller général E
Assurance COMBES Lucien CPAM du Tarn A
maladie
Pers. ROUQUETTE Anne Médecin P
qualifiées
Pers. ESCANDE Marc UDAF du Tarn R ROUQUETTE Anne
qualifiées
Personnel CAZENAVE Pierre Infirmier P
Usagers BOUSQUET Marie Résidente - CVS P
Statut : P = présent E = excusé A = absent R = représenté
${RELEVE}`;

describe("a relevé whose rows give the rapporteur between the subject and the counts, the result after them, each cell wrapping", () => {
  const items = readCountedRows(RELEVE);
  it('reads each row: its number, its subject up to the rapporteur with its wrapped words, not the result\'s', () => {
    expect(items.map((i) => i.number)).toEqual(['2011-01', '2011-02', '2011-03', '2011-04', '2011-05']);
    expect(items[0]!.title).toBe('Approbation du procès-verbal de la séance du 02/12/2010');
    expect(items[1]!.title).toMatch(/^Budget primitif 2011 - hébergement et dépendance/u);
  });
  it("reads the counts, the unanimity the result's wrapped words state, a rejection, a point noted without a vote", () => {
    expect(items.map((i) => i.decision?.vote && [i.decision.vote.unanimous, i.decision.vote.for, i.decision.vote.against, i.decision.vote.abstentions])).toEqual([
      [true, 11, 0, 0],
      [false, 9, 2, 0],
      [true, 11, 0, 0],
      [false, 3, 8, 0],
      null,
    ]);
    expect(items.map((i) => i.decision?.outcome)).toEqual(['adopted', 'adopted', 'adopted', 'rejected', 'noted']);
  });
});

describe("a board's procès-verbal printed by its software", () => {
  const doc = analyzeText(RECORD);
  it('reads the attendance table whose rows open on the college, the name at its capitals, the holder after the code', () => {
    expect(listsOf(doc.attendance)).toEqual({
      present: ['LAFFONT', 'DELPECH', 'SOUBIRAN', 'ROUQUETTE', 'CAZENAVE', 'BOUSQUET'],
      represented: [
        ['MARTY', 'DELPECH'],
        ['ESCANDE', 'ROUQUETTE'],
      ],
      excused: ['VIGUIER'],
      absent: ['COMBES'],
    });
  });
  it("takes the relevé's rows as the points, not the notes keyed by their numbers after it", () => {
    expect(doc.items.map((i) => [i.number, i.decision?.vote?.for ?? null])).toEqual([
      ['2011-01', 11],
      ['2011-02', 9],
      ['2011-03', 11],
      ['2011-04', 3],
      ['2011-05', null],
    ]);
  });
  it("reads a point's acts in its note, the note after a page break too, each note ending where the next opens", () => {
    expect(doc.items.map((i) => i.decision?.articles.map((a) => a.action) ?? [])).toEqual([[], [], ['fixe'], ['rejette'], []]);
  });
});
