import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hasWord, keyed, mayMatchIn, releaseWordIndex } from '../../src/text/gate.ts';

// Keys of every shape the one-pass scan treats differently: sharing their first two letters,
// one inside another, of two letters, of one, starting outside Latin-1, with a space.
const KEYS = ['pour', 'pourvoi', 'po', 'x', '’un', 'ni ', 'présent', 'sent', 'œuvre', 'vu'];
const RE = keyed(/unused/, ...KEYS);

/** What hasWord must answer: the first occurrence at or after `from` ends by `to`. */
function truth(text: string, word: string, from: number, to: number): boolean {
  const at = text.toLowerCase().indexOf(word, from);
  return at >= 0 && at + word.length <= to;
}

describe('hasWord (the document word index)', () => {
  it('finds every registered key where indexOf does, overlapping and at the very end', () => {
    const text = 'Vote POUR: le pourvoi, présent et Présents, l’un ni l’autre, œuvre, vu, x';
    for (const k of KEYS) {
      for (let from = 0; from <= text.length; from += 3) {
        for (const to of [from + 2, from + 10, text.length]) {
          expect(hasWord(text, k, from, to), `${k} in [${from}, ${to})`).toBe(truth(text, k, from, to));
        }
      }
    }
    releaseWordIndex();
  });

  it('agrees with indexOf on arbitrary texts made of the keys and noise', () => {
    const piece = fc.oneof(fc.constantFrom(...KEYS, ...KEYS.map((k) => k.toUpperCase())), fc.string({ maxLength: 4 }), fc.constantFrom(' ', '\n', 'é', 'ô'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        for (const k of KEYS) if (hasWord(text, k, from, to) !== truth(text, k, from, to)) return false;
        return mayMatchIn(RE, text, from, to) === KEYS.some((k) => truth(text, k, from, to));
      }),
      { numRuns: 400 },
    );
    releaseWordIndex();
  });
});
