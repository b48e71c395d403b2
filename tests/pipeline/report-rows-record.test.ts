/**
 * A sitting's summary record printed by assembly software, its table of reports flattened a row a
 * line under "N° rapport Objet Commission Rapporteur Pour Contre Abst. NPPV Décision N° acte": the
 * report's number ("02-BS-01"), its subject's first words, the commission and the rapporteur, the
 * four counts or "UNANIMITE" or dashes, the decision's word and the act's number; the subject's rest
 * under the row. Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const RECORD = `CONSEIL GENERAL DE LA HAUTE-VESLE                                   Edité le 11/10/2002 à 09:15
Direction de l'Assemblée                                                         Page : 1 / 1
                         COMPTE RENDU SOMMAIRE DE SEANCE
Séance du : 07/10/2002   Type : SEANCE PUBLIQUE   Session : BUDGET SUPPLEMENTAIRE 2002
Ouverture : 14:30   Clôture : 18:05   Lieu : Hôtel du Département - Salle de l'Assemblée - VESLEMONT
Président de séance : M. ROUSSELOT Armand, Président du Conseil Général
Secrétaire de séance : Mme CARRIVE Hélène
En exercice : 42   Présents : 36   Représentés : 4   Absents : 2   Votants : 40
Quorum : atteint
N° rapport Objet Commission Rapporteur Pour Contre Abst. NPPV Décision N° acte
02-BS-01 Budget supplémentaire de l'exercice 2002 - Budget Finances M. PELLEGRIN 29 11 0 0 ADOPTE 2002-0633
principal
02-BS-02 Transports scolaires - Règlement départemental Education Mme VIDALENC UNANIMITE ADOPTE 2002-0634
modifié
02-BS-03 Aide aux communes pour l'eau potable - Aménagement M. BRESSOLLES 38 0 1 1 ADOPTE 2002-0635
Programme 2002
02-BS-04 Rapport d'activité des services de l'Etat Finances M. le Président - - - - PREND ACTE 2002-0636
pour l'année 2001

Certifié conforme et affiché le 11/10/2002
Le Président du Conseil Général,
Armand ROUSSELOT
`;

describe('a summary record whose reports are a software table flattened a row a line', () => {
  const doc = analyzeText(RECORD);

  it('reads each row as a point of the sitting, its subject joined to its rest under the row', () => {
    expect(doc.kind).toBe('minutes');
    expect(doc.items.map((i) => i.number)).toEqual(['02-BS-01', '02-BS-02', '02-BS-03', '02-BS-04']);
    expect(doc.items[2]!.title).toContain('Programme 2002');
  });

  it('reads the first three counts as for, against and abstentions, the fourth (NPPV) as none of them', () => {
    expect(doc.items[0]!.decision?.vote).toMatchObject({ for: 29, against: 11, abstentions: 0 });
    expect(doc.items[2]!.decision?.vote).toMatchObject({ for: 38, against: 0, abstentions: 1 });
    expect(doc.items[1]!.decision?.vote?.unanimous).toBe(true);
    expect(doc.items.map((i) => i.decision?.outcome)).toEqual(['adopted', 'adopted', 'adopted', 'noted']);
  });

  it('parts each row: its subject and rapporteur the report, its vote, decision and act number the decision', () => {
    const part = (kind: string, item: number) => doc.sections.filter((s) => s.kind === kind && s.item === item).map((s) => doc.text.slice(s.start, s.end));
    expect(part('report', 0)[0]).toMatch(/^02-BS-01 Budget supplémentaire .* M\. PELLEGRIN$/u);
    expect(part('decision', 0)).toEqual(['29 11 0 0 ADOPTE 2002-0633']);
    expect(part('decision', 3)).toEqual(['- - - - PREND ACTE 2002-0636']);
  });

  it('reads the place after the line\'s other labels, whose values are hours', () => {
    expect(doc.meeting.place).toMatch(/^Hôtel du Département - Salle de l'Assemblée/u);
  });
});
