import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchesAtWordStart } from '../../src/text/word-start.ts';

const BARE = /(?:voix\s+)?(?:pour|our|contre)(?!\p{L})/gu;
const WITH_LOOKBEHIND = /(?<!\p{L})(?:voix\s+)?(?:pour|our|contre)(?!\p{L})/gu;

const found = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => `${m.index}:${m[0]}`);

describe('matchesAtWordStart', () => {
  it('drops a match after a letter and resumes one unit further, as a leading lookbehind would', () => {
    // "devoix pour": the bare pattern first matches "voix pour" after "de"; the vote word inside it still
    // counts. "contrepour" is no vote word, neither whole nor in part.
    const s = 'devoix pour, contrepour, 12 contre et pour.';
    expect(found(matchesAtWordStart(BARE, s))).toEqual(found(s.matchAll(WITH_LOOKBEHIND)));
    expect(found(matchesAtWordStart(BARE, s))).toEqual(['7:pour', '28:contre', '38:pour']);
  });

  it('reads a letter outside the BMP before the match as a letter', () => {
    const s = '𝐀pour pour';
    expect(found(matchesAtWordStart(BARE, s))).toEqual(found(s.matchAll(WITH_LOOKBEHIND)));
  });

  it('refuses a pattern without the g flag (it would loop forever)', () => {
    expect(() => matchesAtWordStart(/pour/u, 'pour')).toThrow(/global/);
  });

  it('finds exactly what the lookbehind pattern finds on arbitrary texts', () => {
    const piece = fc.oneof(fc.constantFrom('pour', 'our', 'contre', 'voix ', 'voix', 'é', 'x', ' ', '\n', '𝐀', '1'), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const s = parts.join('');
        expect(found(matchesAtWordStart(BARE, s))).toEqual(found(s.matchAll(WITH_LOOKBEHIND)));
      }),
      { numRuns: 500 },
    );
  });
});
