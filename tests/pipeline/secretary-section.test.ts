import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

describe('attendance section', () => {
  it('ends after the sentence designating the secretary and the vote on it', () => {
    const doc = analyzeText(`CONSEIL MUNICIPAL DU 5 MAI 2025
L'an deux mille vingt-cinq, le 5 mai à 19h00, le Conseil Municipal dûment convoqué s'est réuni sous la présidence de Monsieur Paul MARTIN, Maire.

Etaient présents :
Paul MARTIN, Anne DURAND, Luc PETIT, Marie ROUX.

Secrétariat de séance
Mme DURAND Anne propose d'assurer le secrétariat de séance.
Le conseil accepte à l'unanimité

TARIFS DE LA CANTINE

Les tarifs de la cantine n'ont pas été revus depuis trois ans et le coût des repas a augmenté.

Vote du conseil à l'unanimité
`);
    const attendance = doc.sections.filter((s) => s.kind === 'attendance').map((s) => doc.text.slice(s.start, s.end));
    expect(attendance[attendance.length - 1]).toMatch(/secrétariat de séance\.\nLe conseil accepte à l'unanimité$/);
    expect(doc.meeting.secretary?.surname).toBe('DURAND');
  });
});
