/** The @ctes matières a software export prints beside an act: no numbered heading. */
import { describe, expect, it } from 'vitest';
import { isMatiereLine } from '../../src/text/actes-nomenclature.ts';

describe('isMatiereLine', () => {
  it('knows a sous-matière by its name, whole, cut or in the software\'s words', () => {
    expect(isMatiereLine('5.2', 'Fonctionnement des assemblées')).toBe(true);
    expect(isMatiereLine('7.5', 'Subventions')).toBe(true);
    expect(isMatiereLine('1.4', 'Autres contrats')).toBe(true);
  });

  it('knows it after the name of its matière of level 1 ("7.10 - Finances locales / Divers")', () => {
    expect(isMatiereLine('7.10', 'Finances locales / Divers')).toBe(true);
    expect(isMatiereLine('7.1', 'Finances locales - Décisions budgétaires')).toBe(true);
  });

  it('is no subject of a point numbered so', () => {
    expect(isMatiereLine('7.10', 'Finances locales : tarifs de l\'eau 2024')).toBe(false);
    expect(isMatiereLine('7.1', 'Budget primitif 2024')).toBe(false);
    expect(isMatiereLine('12.3', 'Divers')).toBe(false);
  });
});
