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
