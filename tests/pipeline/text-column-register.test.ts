/**
 * A register re-keyed into a software whose table of deliberations gives each row one cell a line
 * under "N° / Objet / Vote / Texte": the vote's cell before the act's text, the text running over
 * several lines to its full stop. Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const REGISTER = `Commune de HOLTZBACH
Registre des délibérations du Conseil Municipal - Saisie rétrospective
Séance n°
1978-04
Date de séance
12/05/1978
Président
HEINRICH Paul, Maire
Membres en exercice
9
Présents
8
Votants
8
N°
Objet
Vote
Texte
1978-04-01
Voirie rurale - Empierrement du chemin du Moulin
Unanimité
Le Conseil Municipal, vu le devis présenté par la Direction
départementale de l'Equipement, approuve les travaux d'empierrement
du chemin du Moulin et vote les crédits nécessaires.
1978-04-02
Chasse communale - Affectation du loyer
Unanimité
Vu la loi locale du 7 février 1881 sur l'exercice du droit de chasse;
Vu la consultation des propriétaires fonciers;
Le Conseil Municipal prend acte de l'abandon du produit de la chasse
par les propriétaires et décide d'affecter le loyer de
1978 à l'entretien des chemins ruraux.
1978-04-03
Rapport annuel du syndicat des eaux
-
Le Conseil Municipal prend acte du rapport annuel du syndicat.
Signatures
Le Maire : P. HEINRICH
`;

describe('a register\'s table whose act\'s text closes each row under "Texte"', () => {
  const doc = analyzeText(REGISTER);

  it('reads each row\'s subject, and its text decided after the vote\'s cell', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['1978-04-01', 'Voirie rurale - Empierrement du chemin du Moulin'],
      ['1978-04-02', 'Chasse communale - Affectation du loyer'],
      ['1978-04-03', 'Rapport annuel du syndicat des eaux'],
    ]);
    expect(doc.items.map((i) => i.decision?.articles.map((a) => a.action))).toEqual([['approuve', 'vote'], ['prend acte', 'décide'], ['prend acte']]);
  });

  it('runs the text over its lines to its full stop, visas and all', () => {
    const decision = doc.sections.find((s) => s.kind === 'decision' && s.item === 1)!;
    expect(doc.text.slice(decision.start, decision.end)).toContain('Vu la consultation des propriétaires fonciers');
    expect(doc.text.slice(decision.start, decision.end).trimEnd().endsWith('chemins ruraux.')).toBe(true);
  });

  it('takes a decision that notes then acts for adopted; one that only notes for noted', () => {
    expect(doc.items.map((i) => i.decision?.outcome)).toEqual(['adopted', 'adopted', 'noted']);
  });
});
