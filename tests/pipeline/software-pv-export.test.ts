/** A procès-verbal exported by a municipal assemblies software, in capitals without accents. Invented names. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import { listsOf } from '../helpers/attendance-lists.ts';

const PV = `VILLE DE SAINT-ALBAN
PROCES-VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL
SEANCE DU 13/10/1997 A 18 H 30
LIEU : SALLE DU CONSEIL - HOTEL DE VILLE
PRESIDENT : M. ROUBAUD Pierre, Maire
SECRETAIRE DE SEANCE : Mme LIEUTAUD Anne
EN EXERCICE PRESENTS POUVOIRS VOTANTS
9 6 1 7
NOM PRENOM QUALITE P/A POUVOIR A
ROUBAUD Pierre MAIRE P
BERENGER Louise 1ER ADJ. P
COLOMB Henri 2E ADJ. A ROUBAUD Pierre
DAUMAS Marc CM P
ESTIENNE Claire CM P
FERAUD Paul CM A
GASTAUD Lucie CM A EXC
LIEUTAUD Anne CM P
MOUTTE Jean CM P
P = PRESENT A = ABSENT EXC = EXCUSE
Le quorum etant atteint, M. le Maire ouvre la seance.
OBJET 97/121 ADOPTION DU PROCES-VERBAL DE LA SEANCE DU 15/09/1997
VOTE : ADOPTE A L'UNANIMITE
OBJET 97/122 GARANTIE D'EMPRUNT - CONSTRUCTION DE 12 LOGEMENTS LOCATIFS
RAPPORTEUR : M. DAUMAS
LE CONSEIL MUNICIPAL ACCORDE SA GARANTIE A HAUTEUR DE 50 % POUR LE REMBOURSEMENT D'UN PRET CONTRACTE
AUPRES DE LA CAISSE DES DEPOTS ET AUTORISE LE MAIRE A
SIGNER LA CONVENTION A INTERVENIR.
VOTE : UNANIMITE
SEANCE LEVEE A 19 H 40
LE SECRETAIRE DE SEANCE LE MAIRE
A. LIEUTAUD P. ROUBAUD
`;

describe("a software's procès-verbal in capitals: its presence table coded P/A, its acts numbered after OBJET", () => {
  const doc = analyzeText(PV);
  it('reads the table a member a line under "NOM PRENOM QUALITE P/A POUVOIR A", its legend closing it; "A EXC" excused', () => {
    expect(listsOf(doc.attendance)).toEqual({
      present: ['ROUBAUD', 'BERENGER', 'DAUMAS', 'ESTIENNE', 'LIEUTAUD', 'MOUTTE'],
      represented: [['COLOMB', 'ROUBAUD']],
      excused: ['GASTAUD'],
      absent: ['FERAUD'],
    });
  });
  it('numbers each act by its number after "OBJET", the label no part of it', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['97/121', 'ADOPTION DU PROCES-VERBAL DE LA SEANCE DU 15/09/1997'],
      ['97/122', "GARANTIE D'EMPRUNT - CONSTRUCTION DE 12 LOGEMENTS LOCATIFS"],
    ]);
  });
  it('reads the act joined by "ET" in capitals, and no signer in "AUTORISE LE MAIRE A / SIGNER …"', () => {
    expect(doc.items[1]!.decision?.articles.map((a) => a.action)).toEqual(['accorde', 'autorise']);
    expect(doc.signatures.map((p) => p.surname)).toEqual(['LIEUTAUD', 'ROUBAUD']);
  });
});

const SHEETS = `RÉGION DES MARCHES
Conseil régional
COMPTE RENDU SOMMAIRE
Séance plénière du jeudi 18 juin 2026
Lieu Hôtel de Région - Hémicycle
Présidence Mme Anne LE BIHAN, Présidente du Conseil régional
Secrétaire de séance M. Paul TANGUY
Le quorum étant atteint, la Présidente déclare la séance ouverte.
Rapport n° 101
Commission Finances et affaires générales
Rapporteur M. Yann LE GOFF
Objet Budget supplémentaire 2026
Décision ADOPTÉ
Pour Contre Abstention NPPV
56 32 0 0
Répartition Pour : A, B - Contre : C, D
Synthèse de la décision
Le Conseil régional adopte le budget supplémentaire 2026 et modifie les autorisations de programme.
Amendements : amendement n° 1 rejeté (Pour 27 - Contre 56 - Abstention 5).
Rapport n° 102
Commission Finances et affaires générales
Rapporteur M. Yann LE GOFF
Objet Admissions en non-valeur
Décision ADOPTÉ
Pour Contre Abstention NPPV
88 0 0 0
Répartition Unanimité
Synthèse de la décision
Le Conseil régional admet en non-valeur les créances figurant en annexe.
`;

describe("a region's sheets of its reports, each a form over the synthesis of its decision", () => {
  const doc = analyzeText(SHEETS);
  it('titles each report by its "Objet" row, no colon after the label', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['101', 'Budget supplémentaire 2026'],
      ['102', 'Admissions en non-valeur'],
    ]);
  });
  it("reads the vote from the form's fields over the synthesis, not from the amendment's the synthesis recalls", () => {
    expect(doc.items.map((i) => [i.decision?.vote?.for, i.decision?.vote?.against, i.decision?.vote?.abstentions, i.decision?.outcome])).toEqual([
      [56, 32, 0, 'adopted'],
      [88, 0, 0, 'adopted'],
    ]);
  });
  it('reads the president from the form\'s "Présidence" row', () => {
    expect(doc.meeting.president?.surname).toBe('LE BIHAN');
  });
});

describe("a motion's vote as a grid a cell a line, over the line stating its result", () => {
  const doc = analyzeText(`CONSEIL GENERAL DU VAUCLUSE
PROCES-VERBAL DE LA SEANCE PLENIERE DU 23 JUIN 2003
Présents : MM. AUDIBERT, FABRE, ROUX, BLANC.
N° de délibération
M-2003-03
Objet
MOTION RELATIVE AU PROJET DE LOI PORTANT REFORME DES RETRAITES
Déposée par
Groupe socialiste
Mme ROUX donne lecture de la motion, qui demande au Gouvernement de suspendre l'examen du projet de loi.
M. AUDIBERT considère que ce débat relève du Parlement ; son groupe votera contre.
M. le Président met la motion aux voix.
Vote
Pour
Contre
Abstention
5
17
0
Résultat du vote sur la motion M-2003-03 : REJETEE
L'ordre du jour étant épuisé, la séance est levée à 18 h 10.
`);
  it('reads the grid as the vote, the result line its outcome', () => {
    const motion = doc.items.find((i) => i.number === 'M-2003-03');
    expect([motion?.decision?.vote?.for, motion?.decision?.vote?.against, motion?.decision?.vote?.abstentions, motion?.decision?.outcome]).toEqual([5, 17, 0, 'rejected']);
  });
});
