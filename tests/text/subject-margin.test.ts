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

/**
 * A typewriter's margin: the subject in small letters beside the lists, two spaces or more before
 * them, under "OBJET :" alone on its line. Written for these tests, invented names.
 */
describe('a subject typed in the margin in any case, spaced from the body', () => {
  const page = `OBJET :
Eclairage public.  Absents excusés : M. ROSSI Jean (Valle) qui
Renouvellement du  a donné pouvoir à M. NICOLAI - M. SANTONI Paul.
contrat de mainte-  Absent : M. LUCIANI Marc.
nance.
`;

  it('gives the subject whole after its label, then the body\'s lines', () => {
    expect(unweaveSubjectMargin(page).split('\n').slice(0, 4)).toEqual([
      'OBJET : Eclairage public. Renouvellement du contrat de maintenance.',
      'Absents excusés : M. ROSSI Jean (Valle) qui',
      'a donné pouvoir à M. NICOLAI - M. SANTONI Paul.',
      'Absent : M. LUCIANI Marc.',
    ]);
  });

  it('leaves two lines so spaced alone: a table\'s or OCR\'s doubled spaces', () => {
    const two = 'OBJET :\nEclairage public.  Absents excusés : M. ROSSI.\nRenouvellement  Absent : M. LUCIANI.\n';
    expect(unweaveSubjectMargin(two)).toBe(two);
  });

  it('titles the extract by that subject, its lists read to their end', () => {
    const doc = analyzeText(`COMMUNE DE VALLE-D'ORO
EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL
Séance du 12 mai 1983
L'an mil neuf cent quatre vingt trois, le douze mai, le Conseil Municipal s'est réuni
à la mairie sous la présidence de M. Antoine CASANOVA, Maire.
Etaient présents : MM. CASANOVA, NICOLAI, ORSONI, PERETTI, TOMASI.
${page}
Le Conseil, après en avoir délibéré, à l'unanimité,
DECIDE de renouveler le contrat de maintenance de l'éclairage public.
`);
    expect(doc.items.map((i) => i.title)).toEqual(['Eclairage public. Renouvellement du contrat de maintenance']);
    expect(doc.attendance.present.map((p) => p.surname)).toEqual(['CASANOVA', 'NICOLAI', 'ORSONI', 'PERETTI', 'TOMASI']);
    expect(doc.attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['ROSSI', 'NICOLAI']]);
    expect(doc.attendance.absent.map((p) => p.surname)).toEqual(['LUCIANI']);
  });
});
