/** Registers of deliberations, in the column orders registers use. Invented communes. */
import { describe, expect, it } from 'vitest';
import { readRegister } from '../../src/extract/register.ts';
import { analyzeText } from '../helpers/analyze-text.ts';

const NUMBER_FIRST = `Mairie de FONTVIEILLE-SUR-LAVE
        LISTE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL - ANNÉE 2023

N°        Date de     Objet de la délibération                                   Code    Résultat
2023-01   30/01/2023  Ouverture de crédits d'investissement avant le vote du     7.1     Adoptée à l'unanimité
                      budget primitif 2023 (limite du quart)
2023-02   30/01/2023  Demande de subvention DETR 2023                            7.5     Adoptée à la majorité
2023-03   13/03/2023  Indemnité de conseil au receveur municipal                 7.10    Rejetée
2023-04   13/03/2023  Rapport annuel du délégataire de l'eau                     8.8     Prend acte
`;

describe('a register written number first', () => {
  it('gives each row its number, subject (wrapped lines joined), outcome and unanimity', () => {
    const items = readRegister(NUMBER_FIRST);
    expect(items.map((i) => [i.number, i.title, i.decision?.outcome, i.decision?.vote?.unanimous ?? null])).toEqual([
      ['2023-01', "Ouverture de crédits d'investissement avant le vote du budget primitif 2023 (limite du quart)", 'adopted', true],
      ['2023-02', 'Demande de subvention DETR 2023', 'adopted', null],
      ['2023-03', 'Indemnité de conseil au receveur municipal', 'rejected', null],
      ['2023-04', "Rapport annuel du délégataire de l'eau", 'noted', null],
    ]);
  });

  it('is a list, with no sitting date', () => {
    const doc = analyzeText(NUMBER_FIRST);
    expect(doc.kind).toBe('list');
    expect(doc.meeting.date).toBeNull();
  });
});

describe('a register laid out as a table, its cells wrapped in their columns', () => {
  it('reads each row by the header\'s columns: number, subject, acts, vote', () => {
    const doc = analyzeText(`SYNDICAT INTERCOMMUNAL A VOCATION MULTIPLE DE LA HAUTE-VALOUSE

         RELEVE DES DELIBERATIONS DU COMITE SYNDICAL - ANNEE 2000

N°       Séance      Objet                     Décision                                Vote
-----------------------------------------------------------------------------------------------
2000-01  10/03/2000  Compte administratif      Approuve le compte administratif 1999   Unanimité
                     1999                      (excédent de fonctionnement 184 312,57
                                               F).

2000-04  10/03/2000  Budget primitif 2000      Adopte le budget primitif 2000 qui      18 pour
                                               s'équilibre à 2 318 400 F.              3 abst.

2000-07  23/06/2000  Déneigement des voies     Attribue le marché à l'entreprise       16 pour
                     communales - hiver        GIRARDOT TP pour 186 F HT l'heure.      4 contre
                     2000/2001

2000-09  23/06/2000  Demande d'adhésion de la  Accepte l'adhésion de la commune de     Unanimité
                     commune de Cernon-le-     Cernon-le-Haut et demande aux
                     Haut                      communes membres de se prononcer.
`);
    expect(doc.kind).toBe('list');
    expect(
      doc.items.map((i) => [i.number, i.title, i.decision?.articles.map((a) => a.action), i.decision?.vote?.unanimous, i.decision?.vote?.for, i.decision?.vote?.against, i.decision?.vote?.abstentions]),
    ).toEqual([
      ['2000-01', 'Compte administratif 1999', ['approuve'], true, null, null, null],
      ['2000-04', 'Budget primitif 2000', ['adopte'], false, 18, null, 3],
      ['2000-07', 'Déneigement des voies communales - hiver 2000/2001', ['attribue'], false, 16, 4, null],
      ["2000-09", "Demande d'adhésion de la commune de Cernon-le-Haut", ['accepte', 'demande'], true, null, null, null],
    ]);
  });
});

/** A recueil des actes: number, sitting, ACTES code, subject, rapporteur, vote, date sent to the prefecture. */
const RECUEIL = `VILLE DE SAINT-ORBAN-SUR-MEUSE
RECUEIL DES ACTES ADMINISTRATIFS – ANNÉE 2021
N° Séance Code Objet Rapporteur Vote Transmis le
2021/001 28/01/2021 7.1 Débat d'orientation budgétaire 2021 M. ROLLIN Prend acte 01/02/2021
Autorisation d'engager, liquider et mandater les dépenses
2021/002 28/01/2021 7.1 M. ROLLIN Unanimité 01/02/2021
d'investissement avant le vote du budget primitif 2021
2021/003 28/01/2021 3.2 Cession de la parcelle AK 12, rue des Forges M. GERBAUD Maj. 25 P / 4 Abst. 01/02/2021
2021/004 04/03/2021 7.1 Compte administratif 2020 – budget principal M. ROLLIN Maj. 22 P / 6 C (1 NPPV) 08/03/2021
Motion du groupe « Orban Autrement » relative à la gratuité
2021/005 04/03/2021 9.1 Mme PERNOT Rejetée 6 P / 23 C 08/03/2021
de la cantine
Page 1 / 2
Ville de Saint-Orban-sur-Meuse – Recueil des actes administratifs – Année 2021
N° Séance Code Objet Rapporteur Vote Transmis le
2021/006 04/03/2021 2.1 Modification simplifiée n° 1 du PLU M. GERBAUD 22 P / 4 C / 3 Abst. 08/03/2021
2021/007 27/05/2021 5.1 Élection du Maire M. DEMOULIN Élu : M. GERBAUD (23 voix) 31/05/2021
`;

describe('a recueil des actes, its rows closed by the rapporteur, the vote and the date sent', () => {
  it('reads each row\'s subject, vote and outcome, the ACTES code, rapporteur and dates left out', () => {
    const doc = analyzeText(RECUEIL.replace('Page 1 / 2\n', '\f'));
    expect(doc.kind).toBe('list');
    expect(
      doc.items.map((i) => {
        const v = i.decision?.vote;
        return [i.number, i.title, i.decision?.outcome ?? null, v ? [v.unanimous, v.for, v.against, v.abstentions] : null];
      }),
    ).toEqual([
      ['2021/001', "Débat d'orientation budgétaire 2021", 'noted', null],
      ['2021/002', "Autorisation d'engager, liquider et mandater les dépenses d'investissement avant le vote du budget primitif 2021", 'adopted', [true, null, null, null]],
      ['2021/003', 'Cession de la parcelle AK 12, rue des Forges', 'adopted', [false, 25, null, 4]],
      ['2021/004', 'Compte administratif 2020 – budget principal', 'adopted', [false, 22, 6, null]],
      ['2021/005', 'Motion du groupe « Orban Autrement » relative à la gratuité de la cantine', 'rejected', [false, 6, 23, null]],
      ['2021/006', 'Modification simplifiée n° 1 du PLU', 'adopted', [false, 22, 4, 3]],
      ['2021/007', 'Élection du Maire', 'adopted', [false, 23, null, null]],
    ]);
  });
});

describe('a table of the points one cell a line, after the lists of members', () => {
  const text = `Séance du 9 décembre 1999
Le Conseil d'Administration s'est réuni à 18 heures en Mairie, sous la présidence de M. FAURE Jean-Louis.
Présents : M. FAURE Jean-Louis, Mme LAGARDE Monique, Mme COUDERT Josiane.
N°
Objet
Décision
Vote
99/21
Budget 1999 - Décision modificative n° 2
Virement de 6 500 F du chapitre 65 au chapitre 011
(portage des repas). Approuvée.
P: 10 C: 0 A: 0
99/22
Colis de Noël des aînés 1999
Attribution d'un colis aux personnes de 75 ans et plus. Approuvé à l'unanimité.
Unanimité
99/25
Admission en non-valeur
Titres 1996 et 1997 pour 1 264,50 F. Refusée ; poursuites à reprendre.
P: 3 C: 6 A: 1
Informations : bilan du plan grand froid.
Séance levée à 19 h 35.
`;

  it('gives each row its number, its subject, its vote and what came of it', () => {
    const doc = analyzeText(text);
    expect(doc.kind).toBe('minutes');
    expect(doc.items.map((i) => [i.number, i.title, i.decision?.vote?.for ?? null, i.decision?.vote?.unanimous, i.decision?.outcome])).toEqual([
      ['99/21', 'Budget 1999 - Décision modificative n° 2', 10, false, 'adopted'],
      ['99/22', 'Colis de Noël des aînés 1999', null, true, 'adopted'],
      ['99/25', 'Admission en non-valeur', 3, false, 'rejected'],
    ]);
  });
});

/** A business software's export: vote columns named by their initials, the subject wrapped under its row with the ACTES code. */
const FIGURE_COLUMNS = `Ville de Saint-Aubin-les-Prés
Registre des délibérations - Conseil municipal
N° acte Date Objet Nature / Vote Décision Transmis le Affiché le
séance Matière P C A NPPV
DEL-2021-014 22/03/2021 Installation de M. Paul RIVET en qualité de DE - - - - Prend acte 24/03/2021 24/03/2021
conseiller municipal suite à démission 5.1
DEL-2021-015 22/03/2021 Garantie d'emprunt accordée à l'OPH - Réhabilitation DE 27 0 2 0 Adoptée 24/03/2021 25/03/2021
de 48 logements 7.3
résidence Les Peupliers
DEL-2021-016 22/03/2021 Motion pour le maintien de la trésorerie DE 8 21 0 1 Rejetée 24/03/2021 24/03/2021
9.1
Nombre d'actes : 3
`;

describe('a register whose header names the vote columns ("P C A NPPV")', () => {
  it('reads each row\'s figures as for, against, abstentions and not voting, a dash as no vote, and its subject over the lines under it', () => {
    const items = readRegister(FIGURE_COLUMNS);
    expect(items.map((i) => [i.number, i.title, i.decision?.outcome])).toEqual([
      ['DEL-2021-014', 'Installation de M. Paul RIVET en qualité de conseiller municipal suite à démission', 'noted'],
      ['DEL-2021-015', "Garantie d'emprunt accordée à l'OPH - Réhabilitation de 48 logements résidence Les Peupliers", 'adopted'],
      ['DEL-2021-016', 'Motion pour le maintien de la trésorerie', 'rejected'],
    ]);
    expect(items[0]!.decision!.vote).toBeNull();
    expect(items.slice(1).map((i) => { const v = i.decision!.vote!; return [v.unanimous, v.for, v.against, v.abstentions, v.notVoting]; })).toEqual([
      [false, 27, 0, 2, 0],
      [false, 8, 21, 0, 1],
    ]);
  });

  it('leaves figures after a subject alone where no header names the columns', () => {
    const items = readRegister(FIGURE_COLUMNS.replace('séance Matière P C A NPPV', 'séance Matière'));
    expect(items[1]!.decision?.vote ?? null).toBeNull();
  });
});
