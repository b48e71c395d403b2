/**
 * A procès-verbal exported by a software: a table summing up the points one cell a line, then
 * each point's own part, its heading giving the deliberation's number again. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const point = (rank: number, number: string, title: string, act: string, figures: string) => `Point ${rank} - Délibération n° ${number}
Objet
${title}
Rapporteur
M. DELPECH, Vice-Président
Texte
M. DELPECH présente le dossier.
Le Conseil d'Administration, après en avoir délibéré, ${act}
Votants
Pour
Contre
Abstentions
${figures}
Décision : Adoptée`;

const doc = analyzeText(`OFFICE PUBLIC D'HABITAT DE MONTVALENT
Conseil d'Administration - Séance du 12/04/1984
L'an mil neuf cent quatre-vingt-quatre, le douze avril, le Conseil d'Administration, régulièrement
convoqué, s'est réuni au siège de l'Office sous la présidence de M. Henri ESCANDE, Président.
POINTS
N° délibération
Objet
Rapporteur
Résultat
1
84-07
Budget de l'exercice 1984
M. DELPECH
Adoptée
2
84-08
Loyers au 1er juillet 1984
M. DELPECH
Adoptée
3
84-09
Travaux de ravalement de la cité des Aubépines
M. DELPECH
Adoptée
${point(1, '84-07', "Budget de l'exercice 1984", 'ADOPTE le budget de l\'exercice 1984.', '12\n12\n0\n0')}
${point(2, '84-08', 'Loyers au 1er juillet 1984', 'FIXE les loyers au 1er juillet 1984.', '12\n10\n2\n0')}
${point(3, '84-09', 'Travaux de ravalement de la cité des Aubépines', 'APPROUVE le programme de ravalement.', '12\n11\n0\n1')}
`);

describe('a table summing up the points before their own parts', () => {
  it('gives way to the parts: each point with its number, its act and its vote', () => {
    expect(doc.items.map((i) => i.number)).toEqual(['84-07', '84-08', '84-09']);
    expect(doc.items.map((i) => i.decision?.articles.map((a) => a.action))).toEqual([['adopte'], ['fixe'], ['approuve']]);
    expect(doc.items[1]!.decision?.vote).toMatchObject({ for: 10, against: 2, abstentions: 0 });
  });
});
