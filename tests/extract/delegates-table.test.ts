/**
 * A syndicate's delegates a commune a row, as its website lays them out: members with their
 * absence between brackets, substitutes in their own column, a sentence saying who sat for whom.
 * Invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import { listsOf } from '../helpers/attendance-lists.ts';

const doc = analyzeText(`PROCES-VERBAL DE LA REUNION DU COMITE SYNDICAL DU 12 MAI 2001
L'an deux mil un, le douze mai, le Comité du Syndicat des Eaux de la Vaise, légalement convoqué, s'est réuni à la mairie.
Commune\tDélégués titulaires\tDélégué suppléant
Vaise-le-Haut\tM. Pierre AUBRY, Mme Jeanne BOLLE (excusée)\tM. Paul CARRÉ
Orgeval\tM. Luc DAVID, M. Henri ESTÈVE\tM. Marc FOUCHÉ
Saint-Rémy\tM. Jean GARNIER, Mme Anne HUET (pouvoir à M. GARNIER)\t
Bellefond\tM. Louis IMBERT, M. Yves JOLY (absent)\t
Mme BOLLE était suppléée par M. CARRÉ, qui a pris part aux votes.
Le quorum étant atteint, le Président ouvre la séance.
`);

describe('delegates a commune a row', () => {
  it('reads the members, their absences between brackets, and the substitute who sat for one of them', () => {
    expect(listsOf(doc.attendance)).toEqual({
      present: ['AUBRY', 'DAVID', 'ESTÈVE', 'GARNIER', 'IMBERT', 'CARRÉ'],
      represented: [['HUET', 'GARNIER']],
      excused: [],
      absent: ['JOLY'],
    });
  });
});
