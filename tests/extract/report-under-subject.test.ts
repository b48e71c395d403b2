import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const EXTRACT = `CONSEIL GENERAL

EXTRAIT DU REGISTRE DES DELIBERATIONS

REUNION DU 30 JUIN 1998

DELIBERATION N° 98/214 CG

OBJET : PROGRAMME 1998 D'ALIMENTATION EN EAU POTABLE ET D'ASSAINISSEMENT DES
COMMUNES RURALES

Rapport n° 2.07 - Commission de l'Equipement et de l'Aménagement Rural

L'an mil neuf cent quatre-vingt-dix-huit, le trente juin, a dix heures, le
Conseil Général s'est réuni sous la présidence de Monsieur Ange-Pierre FILIPPINI.

ETAIENT PRESENTS : MM. ALBERTINI, ANTONIETTI, BARTOLI, CASTELLANI.

Le Fonds national permet au Département d'apporter chaque année aux communes une aide.

LE CONSEIL GENERAL, après en avoir délibéré,

ARTICLE 1 : APPROUVE le programme 1998.

ADOPTE A L'UNANIMITE.
`;

describe("an act's report rank and its commission under its subject", () => {
  it('keeps the subject after "OBJET :" and the deliberation\'s number, not "Commission de l\'Equipement" and the report\'s rank', () => {
    const doc = analyzeText(EXTRACT);
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]!.number).toBe('98/214 CG');
    expect(doc.items[0]!.title).toMatch(/^PROGRAMME 1998 D'ALIMENTATION/);
  });
  it('still reads a report whose own subject names a commission, when no subject stands over it', () => {
    const doc = analyzeText(EXTRACT.replace(/OBJET : [^]*?RURALES\n\n/, '').replace('DELIBERATION N° 98/214 CG\n\n', ''));
    expect(doc.items[0]!.title).toMatch(/Commission de l'Equipement/);
  });
});

describe("a report's rank alone on its line, its title under it", () => {
  const header = (over: string) => `${over}\nRapport n° 4\nDirection du Développement Territorial\nLe Conseil départemental s'est réuni le 17 décembre 2020 sous la présidence de M. Henri CHABRAND.\n\nLe Conseil, après en avoir délibéré, APPROUVE le plan.\nAdopté à l'unanimité.\n`;
  it("under an act's number and subject, is that act's report: one item, the act's", () => {
    const doc = analyzeText(header("CONSEIL DÉPARTEMENTAL\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nSéance plénière du 17 décembre 2020\nDélibération\nn° CD-2020-12-04 OBJET : PLAN DÉPARTEMENTAL D'URGENCE POUR LES STATIONS"));
    expect(doc.items.map((i) => i.number)).toEqual(['CD-2020-12-04']);
  });
});

describe("a software form's labels a line, then its values, the deliberation's number a code", () => {
  it('reads "2015-10-DM2-01" whole as the number and the value under "Objet" as the title; the list before "Exposé des motifs" ends there', () => {
    const doc = analyzeText(
      "REGION PAYS DE LA LOIRE\nCONSEIL REGIONAL\nEXTRAIT DU REGISTRE DES DELIBERATIONS\nSéance du\nDélibération n°\n16/10/2015\n2015-10-DM2-01\nObjet\nDécision modificative n°2 - Exercice 2015\nLe Conseil régional s'est réuni le vendredi 16 octobre 2015 à 9h00, sous la présidence de M. Philippe GARNERAY.\nPrésents :\nM. Yvon MOUSSEAU\nMme Sylviane PELLETIER\nAbsents excusés :\nM. Guy RICHOMME, Mme Anne-Marie HERSANT\nExposé des motifs\nLa présente décision modificative a pour objet d'ajuster les crédits.\nLe Conseil régional, après en avoir délibéré, adopte la décision modificative n°2.\nAdopté à l'unanimité.\n",
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['2015-10-DM2-01', 'Décision modificative n°2 - Exercice 2015']]);
    expect(doc.attendance.excused.map((p) => p.surname)).toEqual(['RICHOMME', 'HERSANT']);
  });
});

describe("a deliberation's code opening its title in capitals, the margin's number read across", () => {
  it('reads "00-DFB/10 DEBAT D\'ORIENTATIONS …" as the number and the title', () => {
    const doc = analyzeText(
      "CONSEIL REGIONAL DE BRETAGNE\nSESSION DU CONSEIL REGIONAL DU 20 OCTOBRE 2000\nCOMPTE RENDU SOMMAIRE\n\nLe Conseil Régional de Bretagne s'est réuni le vendredi 20 octobre 2000 à 9 h 30.\n\n00-DFB/10 DEBAT D'ORIENTATIONS BUDGETAIRES POUR 2001\nLe Conseil Régional prend acte de la tenue du débat sur les orientations budgétaires.\n\n00-DFB/12 ADMISSIONS EN NON-VALEUR\nLe Conseil Régional admet en non-valeur des titres de recettes irrecouvrables.\nAdopté à l'unanimité.\n",
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['00-DFB/10', "DEBAT D'ORIENTATIONS BUDGETAIRES POUR 2001"],
      ['00-DFB/12', 'ADMISSIONS EN NON-VALEUR'],
    ]);
  });
});
