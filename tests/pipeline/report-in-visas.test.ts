/**
 * The report a decision quotes among its visas ("Vu le rapport …, par lequel … expose ce qui suit :"),
 * its paragraphs before the visas go on. Written for these tests, invented names and places.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import type { MinutesDocument } from '../../src/schema/minutes.ts';

const HEAD = `EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL DE LA METROPOLE

Séance publique du 14 mars 2022

Président : Monsieur Paul Ferrand

Présents : M. Abel, Mme Berger, M. Caron, Mme Dumas, M. Ferrand, Mme Garnier.

Délibération n° 2022-0412

objet : Vallon-sur-Orge - Aménagement du parc des Rives - Approbation du programme

Le Conseil,

`;

const REPORT = `Le parc des Rives, d'une superficie de 6 hectares, longe la rivière sur près d'un kilomètre au
nord du bourg. Ses allées, tracées en 1975, ne répondent plus aux besoins des promeneurs ni aux
normes d'accessibilité, et ses berges se sont effondrées en deux endroits lors des crues de 2020.
Le programme proposé prévoit la reprise des berges, un cheminement accessible à tous et la
plantation de 240 arbres, pour un montant de 1 850 000 € HT, les travaux commençant en 2023.`;

const TAIL = `
Vu ledit dossier ;

Ouï l'avis de sa commission ;

Délibère

1° - Approuve le programme de l'aménagement du parc des Rives.

2° - Autorise monsieur le Président à signer les marchés correspondants.

Et ont signé les membres présents.
`;

const sectionText = (doc: MinutesDocument, kind: string) =>
  doc.sections.filter((s) => s.kind === kind).map((s) => doc.text.slice(s.start, s.end)).join('\n');

describe('a report quoted among the visas', () => {
  it('is the report, the visas before and after it the decision', () => {
    const doc = analyzeText(`${HEAD}Vu le rapport du 2 mars 2022, par lequel monsieur le Président expose ce qui suit :\n\n${REPORT}\n${TAIL}`);
    const report = sectionText(doc, 'report');
    const decision = sectionText(doc, 'decision');
    expect(report).toContain('Le parc des Rives, d\'une superficie');
    expect(report).toContain('les travaux commençant en 2023.');
    expect(decision).not.toContain('parc des Rives, d\'une superficie');
    expect(decision).toContain('Vu ledit dossier');
    expect(doc.items[0]?.decision?.articles.map((a) => a.action)).toEqual(['approuve', 'autorise']);
  });

  it('leaves a visa quoting a line or two in the decision', () => {
    const doc = analyzeText(`${HEAD}Vu le rapport de monsieur le Président :\n\nle programme est décrit en annexe.\n${TAIL}`);
    expect(sectionText(doc, 'decision')).toContain('le programme est décrit en annexe.');
  });
});
