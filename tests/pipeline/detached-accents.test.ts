/**
 * A regional council's compte rendu sommaire under heavy OCR that parts words at their accents ("D él ibération",
 * "secr étariat", "s éance"): its points, its secretary and its lists read through the gaps. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const OCR = `ETABLISSEMENT PUBLIC REGI0NAL                                   AUVERGNE
       C 0 N S E I L    R E G I 0 N A L

          COMPTE  RENDU  SOMMA I RE
     de la s é ance du lundi 19 octobre 1981

     Le Conseil r égional d'Auvergne s'est r éuni le lundi
dix-neuf octobre mil neuf cent quatre-vingt-un, à 10 h, à Clermont-Ferrand, dans
la salle des s éances du Conseil r égional, sous la pr ésidence de
M. Henri MALAVAL, Pr ésident.

Membres en exercice : 48      Pr ésents : 41      Pouvoirs : 3

Excus és : MM. BESSE, CHAPUIS, Mme FOURNIER.

M. ROUGIER, secr étaire du Bureau, assure le secr étariat de la
s éance.

I - Proc ès-verbal de la s éance du 29 juin 1981
     Le proc ès-verbal est adopt é sans observation.

II - D él ibération n° 81-40 - D écision modificative n° 2 au budget
de l'exercice 1981
     Rapporteur : M. TIXIER, au nom de la Commission des finances.
     La d écision modificative porte sur un montant de 6 120 000 F.
La d écision modificative est adopt ée par 30 voix contre 11.

III - D él ibération n° 81-41 - Contrat de pays du Haut-Livradois
     Rapporteur : M. DAUPHIN.
     Le Conseil r égional approuve le contrat de pays et autorise le
Pr ésident à le signer. Adopt é à l'unanimit é.
`;

describe('a compte rendu whose OCR parts words at their accents', () => {
  const doc = analyzeText(OCR);

  it('numbers each point by its act\'s number after "D él ibération n°", the rank before it no number', () => {
    expect(doc.items.map((i) => i.number)).toEqual(['I', '81-40', '81-41']);
    expect(doc.items[1]!.title).toMatch(/^Décision modificative n° 2 au budget/);
  });

  it('reads the secretary who "assure le secr étariat", and ends the excused list before that sentence', () => {
    expect(doc.meeting.secretary?.surname).toBe('ROUGIER');
    expect(doc.attendance.excused.map((p) => p.surname)).toEqual(['BESSE', 'CHAPUIS', 'FOURNIER']);
  });
});
