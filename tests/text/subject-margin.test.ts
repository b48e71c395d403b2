/**
 * An extract's subject typed in its margin under "OBJET :", read across by OCR: pieces in
 * capitals cut by hyphens, each before a line of the body. Invented subjects.
 */
import { describe, expect, it } from 'vitest';
import { unweaveSubjectMargin } from '../../src/text/subject-margin.ts';
import { analyzeText } from '../helpers/analyze-text.ts';

describe('unweaveSubjectMargin', () => {
  it('gives the subject whole after its label, then the body\'s lines', () => {
    const page = `Le quorum étant atteint, le Conseil peut délibérer.
OBJET :
PROGRAMME DEPAR- Vu le Code général des collectivités territoriales ;
TEMENTAL D'AIDE  Vu le rapport n° 2024-03/1/7 du Président ;
AUX COMMUNES DE Vu l'avis de la commission des finances ;
SAINT-ALBAN-SUR- Considérant la demande des communes ;
LIMAGNOLE   Après en avoir délibéré,
DECIDE : d'approuver le programme.`;
    expect(unweaveSubjectMargin(page).split('\n').slice(1, 7)).toEqual([
      "OBJET : PROGRAMME DEPARTEMENTAL D'AIDE AUX COMMUNES DE SAINT-ALBAN-SUR-LIMAGNOLE",
      'Vu le Code général des collectivités territoriales ;',
      'Vu le rapport n° 2024-03/1/7 du Président ;',
      "Vu l'avis de la commission des finances ;",
      'Considérant la demande des communes ;',
      'Après en avoir délibéré,',
    ]);
  });

  it('leaves a subject given on its own lines, no piece cut', () => {
    const page = 'OBJET :\nAIDE AUX COMMUNES\nVu le Code général des collectivités territoriales ;';
    expect(unweaveSubjectMargin(page)).toBe(page);
  });
});

describe('an extract whose subject is so woven', () => {
  it('is titled by the subject whole', () => {
    const doc = analyzeText(`DEPARTEMENT DE LA LOZERE
EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL DEPARTEMENTAL
Réunion du 18 mars 2024
L'an deux mille vingt-quatre, le dix-huit mars, le Conseil départemental, régulièrement
convoqué, s'est réuni à l'Hôtel du Département sous la présidence de Mme Claire VIDAL.
Le quorum étant atteint, le Conseil départemental peut valablement délibérer.
OBJET :
PROGRAMME DEPAR- Vu le Code général des collectivités territoriales ;
TEMENTAL D'AIDE  Vu le rapport n° 2024-03/1/7 de Madame la Présidente ;
AUX COMMUNES DE Vu l'avis de la commission des finances ;
SAINT-ALBAN-SUR- Considérant la demande des communes ;
LIMAGNOLE   Après en avoir délibéré,
DECIDE :
Article 1 : d'approuver le programme départemental d'aide aux communes.
Adopté à l'unanimité.
`);
    expect(doc.items.map((i) => i.title)).toEqual(["PROGRAMME DEPARTEMENTAL D'AIDE AUX COMMUNES DE SAINT-ALBAN-SUR-LIMAGNOLE"]);
  });
});
