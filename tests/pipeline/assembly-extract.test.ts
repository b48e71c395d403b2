/**
 * A territorial assembly's extract as its software prints it: the report's number beside the label
 * of the commission that examined it ("Rapport n° 2024/O2/187 Commission compétente : …") over the
 * act's own number and subject; the assembly's name alone over its visas on the next page; the vote
 * stated before the articles, its names wrapped onto a line of their own; the signature above the
 * ways of appeal and an annex. Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const EXTRACT = `COLLECTIVITÉ DES ÎLES ASSEMBLÉE DES ÎLES
Rapport n° 2024/O2/187 Commission compétente : Commission de la Cohésion sociale et de la
Santé
Réunion du 26/09/2024 Rapporteure : Mme Anna BRUNELLI
DÉLIBÉRATION N° 24/142 AI DE L'ASSEMBLÉE DES ÎLES
PORTANT ADOPTION DU SCHÉMA TERRITORIAL DE L'AUTONOMIE 2025-2029
SÉANCE DU 26 SEPTEMBRE 2024
L'An deux mille vingt-quatre, le vingt-six septembre, l'Assemblée des Îles, convoquée le 12 septembre
2024, s'est réunie au nombre prescrit par la loi, dans le lieu habituel de ses séances, sous la présidence
de Mme Livia SANTUCCI, Présidente de l'Assemblée des Îles.
ÉTAIENT PRÉSENTS : Mmes et MM.
Jean ALBERTINI Marie BRUNELLI Paul CASANOVA
Livia SANTUCCI Thomas DONATI Léa FERRUCCI
ÉTAIENT ABSENTS : Mmes et MM.
Charles GALLONI
\fL'ASSEMBLÉE DES ÎLES
VU le Code général des collectivités territoriales,
VU l'avis du Conseil territorial de l'autonomie réuni le 4 juillet 2024,
SUR rapport du Président du Conseil exécutif,
APRÈS EN AVOIR DÉLIBÉRÉ
À la majorité,
Ont voté POUR (4) : Mmes et MM. Jean ALBERTINI, Marie BRUNELLI, Paul CASANOVA, Livia SANTUCCI.
Se sont ABSTENUS (2) : Mmes et MM. Thomas DONATI, Léa
FERRUCCI.
ARTICLE PREMIER :
APPROUVE le schéma territorial de l'autonomie 2025-2029, tel qu'annexé à la présente délibération.
ARTICLE 2 :
AUTORISE le Président du Conseil exécutif à signer les conventions de partenariat.
ARTICLE 3 :
PRÉCISE qu'un bilan annuel de la mise en œuvre du schéma sera présenté à l'Assemblée.
AIACCIU, le 26 septembre 2024
La Présidente de l'Assemblée des Îles,
Livia SANTUCCI
Délais et voies de recours : la présente délibération peut faire l'objet d'un recours contentieux
devant le Tribunal administratif dans un délai de deux mois à compter de sa publication.
\fANNEXE
SCHÉMA TERRITORIAL DE L'AUTONOMIE 2025-2029
1. Le contexte et le bilan du schéma 2019-2023
La part des personnes de 75 ans et plus devrait progresser de près de 40 % d'ici 2035.
2. Les orientations du schéma
Le schéma retient cinq orientations, déclinées en vingt et une actions.
Le Président,
Marc ORSONI
`;

describe("a territorial assembly's extract", () => {
  const doc = analyzeText(EXTRACT);

  it('reads one act, its own number and subject, not the report\'s number beside the commission\'s label nor the sitting\'s date under the subject', () => {
    expect(doc.kind).toBe('deliberation');
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['24/142 AI', "PORTANT ADOPTION DU SCHÉMA TERRITORIAL DE L'AUTONOMIE 2025-2029"]]);
  });

  it('takes the assembly named alone over its visas for no point', () => {
    expect(doc.items.map((i) => i.title)).not.toContain("L'ASSEMBLÉE DES ÎLES");
    expect(doc.items[0]!.decision!.visas).toHaveLength(2);
  });

  it('reads the articles after the vote\'s names wrapped onto their own line', () => {
    const decision = doc.items[0]!.decision!;
    expect(decision.vote).toMatchObject({ unanimous: false, for: 4, abstentions: 2 });
    expect(decision.articles.map((a) => a.action)).toEqual(['approuve', 'autorise', 'précise']);
  });

  it('is signed above the ways of appeal, the annex after them none of it', () => {
    expect(doc.signatures.map((s) => s.surname)).toEqual(['SANTUCCI']);
  });
});
