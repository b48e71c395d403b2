/**
 * A relevé printed as a table of two text columns side by side (the subject, the text decided),
 * the vote's counts closing each row's first line, both columns wrapped onto the lines under it.
 * Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { readCountedRows } from '../../src/extract/counted-rows.ts';
import { analyzeText } from '../helpers/analyze-text.ts';

const TABLE = `N° Objet Décision Pour Contre Abst.
2013-041 Débat d'orientation budgétaire 2014 Le Comité syndical prend acte de la - - -
tenue du débat d'orientation
budgétaire sur la base du rapport
présenté par le Président.
2013-042 Prix de l'eau 2014 - part syndicale Fixe la part syndicale du prix de 14 2 0
l'eau à 0,92 € HT/m³ au 1er janvier
2014.
SYNDICAT DES EAUX - Relevé de décisions - Comité syndical du 12/12/2013 Page 1/2
N° Objet Décision Pour Contre Abst.
2013-044 Renouvellement de la canalisation Attribue le marché à la société 16 0 0
de distribution RD 962 (tranche 2) - SOGETRAV (Hautrécourt) pour
attribution du marché 418 655,20 € HT, après avis de la
commission d'appel d'offres du
28/11/2013, et autorise le Président
à signer le marché.
Décisions prises par le Président par délégation - information
`;

describe('a relevé of two text columns side by side, the counts closing each row', () => {
  const items = readCountedRows(TABLE);
  it('reads each row past the header printed again: its number, its subject up to the decision\'s verb', () => {
    expect(items.map((i) => [i.number, i.title])).toEqual([
      ['2013-041', "Débat d'orientation budgétaire 2014"],
      ['2013-042', "Prix de l'eau 2014 - part syndicale"],
      ['2013-044', 'Renouvellement de la canalisation'],
    ]);
  });
  it('reads the counts, none where dashes stand for them, and the acts of the wrapped text decided', () => {
    expect(items.map((i) => i.decision?.vote && [i.decision.vote.for, i.decision.vote.against, i.decision.vote.abstentions])).toEqual([null, [14, 2, 0], [16, 0, 0]]);
    expect(items.map((i) => i.decision?.articles.map((a) => a.action))).toEqual([['prend acte'], ['fixe'], ['attribue', 'autorise']]);
    expect(items.map((i) => i.decision?.outcome)).toEqual(['noted', 'adopted', 'adopted']);
  });
  it('ends the last row at the new sentence after its full stop', () => {
    expect(TABLE.slice(items[2]!.span!.start, items[2]!.span!.end)).toMatch(/à signer le marché\.$/u);
  });
  it('are the document\'s points, over the headings its rows\' numbers would make', () => {
    const doc = analyzeText(`SYNDICAT INTERCOMMUNAL DES EAUX\nRELEVE DES DECISIONS\nCOMITE SYNDICAL\nSéance du jeudi 12 décembre 2013 - 18h30\n${TABLE}`);
    expect(doc.items.map((i) => i.number)).toEqual(['2013-041', '2013-042', '2013-044']);
    expect(doc.items[1]!.decision?.vote?.for).toBe(14);
  });
});

const CENTRED = `N° OBJET RAPPORTEUR POUR CONTRE ABST. DECISION
-----------------------------------------------------------------
Approbation du compte rendu de la séance
1 Le Maire 10 0 0 ADOPTE
du 14 mars 1996
Cantine scolaire - tarifs de l'année
2 scolaire 1996-1997 et convention avec M. ROUFFIAC 8 1 1 ADOPTE
l'association des parents d'élèves
Prix du repas : 11,50 F. Autorise le Maire à signer la convention.
3 Indemnité de conseil au receveur Le Maire 10 0 0 ADOPTE
Taux de 100 %.
Eclairage public - extension route de
4 M. SIMONNET 10 0 0 ADOPTE
Montbrun
Tranche de 12 points lumineux ; montant de 64 200 F HT. Sollicite l'aide du SDE.
5 Questions diverses Le Maire - - - INFORMATION
-----------------------------------------------------------------
`;

describe("a relevé whose rows' lines are centred on their subjects' cells, ranked, the text decided in sentences under them", () => {
  const items = readCountedRows(CENTRED);
  it("reads each subject from its lines above and under the row's, as many each side, not the text decided", () => {
    expect(items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Approbation du compte rendu de la séance du 14 mars 1996'],
      ['2', "Cantine scolaire - tarifs de l'année scolaire 1996-1997 et convention avec l'association des parents d'élèves"],
      ['3', 'Indemnité de conseil au receveur'],
      ['4', 'Eclairage public - extension route de Montbrun'],
      ['5', 'Questions diverses'],
    ]);
  });
  it("reads the acts in the text decided, none in the result's word in capitals, no vote where dashes stand", () => {
    expect(items.map((i) => i.decision?.articles.map((a) => a.action) ?? [])).toEqual([[], ['autorise'], [], ['sollicite'], []]);
    expect(items.map((i) => (i.decision?.vote ?? null) && [i.decision!.vote!.unanimous, i.decision!.vote!.for, i.decision!.vote!.against, i.decision!.vote!.abstentions])).toEqual([
      [false, 10, 0, 0],
      [false, 8, 1, 1],
      [false, 10, 0, 0],
      [false, 10, 0, 0],
      null,
    ]);
  });
});

describe('a relevé with a column of members not voting ("NPPV") before its result', () => {
  it('reads the fourth count as the members not voting', () => {
    const items = readCountedRows(`N° Objet Rapporteur Commission Pour Contre Abst. NPPV Décision
87-0143 Compte administratif de M. CASTELLI Finances 61 33 13 1 Adopté
l'exercice 1986
87-0144 Budget supplémentaire M. CASTELLI Finances 62 40 6 0 Adopté
`);
    expect(items.map((i) => [i.number, i.decision?.vote?.for, i.decision?.vote?.notVoting])).toEqual([
      ['87-0143', 61, 1],
      ['87-0144', 62, 0],
    ]);
  });
});

describe("a procès-verbal's table of reports, each row opening on its number and closing a line under on its rapporteur, counts and result", () => {
  const PV = `CONSEIL RÉGIONAL
PROCÈS-VERBAL DE LA SÉANCE PLÉNIÈRE
Session du jeudi 14 mars 2019
Présidence : Mme ALLAIN Nadia, Présidente du Conseil régional

RAPPORTS
N° rapport Commission Intitulé Rapporteur Pour Contre Abst. NPPV Résultat
2019-03-01 Finances et affaires générales Compte administratif 2018
GUEGAN Yann 48 20 19 1 Adopté
Détail des votes : MR Pour – SP Contre – EC Abstention
Interventions : M. BERNIER (SP), Mme HENAFF (EC)
Décision : Le Conseil régional arrête les résultats définitifs du compte administratif 2018 ; constate
les identités de valeurs avec le compte de gestion.

2019-03-02 Transports et mobilité Convention d'exploitation du service régional de
voyageurs – avenant n° 4 LE ROUX Paul Unanimité Adopté
Décision : Le Conseil régional approuve l'avenant n° 4 ; autorise la Présidente à le signer.

2019-03-03 Communication Rapport d'activité 2018 des services régionaux KERJEAN Anne – – – –
Pris acte
L'assemblée prend acte de la communication.
`;

  it('reads each row: its number, its counts or unanimity, its result, the acts its "Décision :" states', () => {
    const items = analyzeText(PV).items;
    expect(items.map((i) => [i.number, i.decision?.vote?.for ?? null, i.decision?.vote?.against ?? null, i.decision?.vote?.abstentions ?? null, i.decision?.vote?.unanimous ?? null, i.decision?.outcome])).toEqual([
      ['2019-03-01', 48, 20, 19, false, 'adopted'],
      ['2019-03-02', null, null, null, true, 'adopted'],
      ['2019-03-03', null, null, null, null, 'noted'],
    ]);
    expect(items.map((i) => i.decision?.articles.map((a) => a.action))).toEqual([['arrête', 'constate'], ['approuve', 'autorise'], []]);
    // Its subject (the commission's cell before it) up to the rapporteur's, wherever the row closes.
    expect(items.map((i) => i.title)).toEqual([
      'Finances et affaires générales Compte administratif 2018',
      "Transports et mobilité Convention d'exploitation du service régional de voyageurs – avenant n° 4",
      "Communication Rapport d'activité 2018 des services régionaux",
    ]);
  });
});
