import { describe, expect, it } from 'vitest';
import { isCapitalsLine } from '../../src/text/capitals.ts';

describe('a line in capitals', () => {
  it("counts an ordinal's small letters after its figure for neither case ('2ème REPARTITION 2010', '1er JANVIER')", () => {
    expect(isCapitalsLine('2ème REPARTITION 2010')).toBe(true);
    expect(isCapitalsLine('TARIFS APPLICABLES AU 1er JANVIER 2024')).toBe(true);
  });
  it('is not a line of prose, nor a line whose small letters follow no figure', () => {
    expect(isCapitalsLine('Le Conseil approuve le budget')).toBe(false);
    expect(isCapitalsLine('ème REPARTITION')).toBe(false);
  });
});
