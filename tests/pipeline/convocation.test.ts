/** A letter convening a sitting: not minutes, yet its convening paragraph and its signature are read. Invented names. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const LETTER = `VILLE DE SAINTE-APOLLINE
Service des Assemblées
                                              Sainte-Apolline, le 19 juin 2009

Objet : Convocation - Séance du Conseil Municipal

Madame, Monsieur le Conseiller Municipal,

En application des articles L.2121-10 et L.2121-12 du Code Général des
Collectivités Territoriales, j'ai I'honneur de vous convoquer à la séance
publique du Conseil Municipal qui se tiendra le :

                    SAMEDI 27 JUIN 2009 à 8 h 30
          en la salle des délibérations de l'Hôtel de Ville

ORDRE DU JOUR

1.  Désignation du secrétaire de séance
2.  Compte administratif 2008
3.  Tarifs de la restauration scolaire

Je vous prie d'agréer, Madame, Monsieur le Conseiller Municipal, l'expression de mes salutations distinguées.

                                              Le Maire,
                                              Yves MAUREL-KERDANET

\fPOUVOIR

Je soussigné(e) ..................................., conseiller(ère) municipal(e),
donne pouvoir à ..................................., pour me représenter lors de la séance
du Conseil Municipal du samedi 27 juin 2009.

Fait à ...................., le ....................
Signature (précédée de la mention « Bon pour pouvoir ») :
`;

describe('a letter convening a sitting', () => {
  const doc = analyzeText(LETTER);
  it('is no minutes', () => {
    expect(doc.kind).toBe('other');
  });
  it('has for preamble the paragraph that convenes, with the date and place set under it', () => {
    const preambles = doc.sections!.filter((s) => s.kind === 'preamble').map((s) => doc.text.slice(s.start, s.end));
    expect(preambles).toHaveLength(1);
    expect(preambles[0]).toMatch(/^En application des articles L\.2121-10/);
    expect(preambles[0]).toMatch(/en la salle des délibérations de l'Hôtel de Ville$/);
  });
  it('is signed by who signs the letter, though a proxy form closes the text', () => {
    expect(doc.signatures.map((p) => p.surname)).toEqual(['MAUREL-KERDANET']);
  });
  it('is signed under its courtesy formula, however long the agenda printed after it', () => {
    const points = Array.from({ length: 30 }, (_, i) => `${i + 4}.  Subvention à l'association sportive et culturelle n° ${i + 1} pour l'année 2009`).join('\n');
    expect(LETTER).toContain('\fPOUVOIR');
    const long = analyzeText(LETTER.replace('\fPOUVOIR', `ORDRE DU JOUR (suite)\n\n${points}\n\fPOUVOIR`));
    expect(long.signatures.map((p) => p.surname)).toEqual(['MAUREL-KERDANET']);
  });
});
