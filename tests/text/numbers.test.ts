import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  findNumberAt,
  findNumbers,
  frenchNumberWords,
  MAX_FRENCH_NUMBER,
  parseFrenchNumber,
} from '../../src/text/numbers.ts';

const SEPARATORS = [' ', '-', '\n', '  ', ' \n ', '\t', '\u00A0'] as const;

/** Respells canonical words the ways scans do: joiners, case, accents, "mil". */
const variant = fc.record({
  seps: fc.array(fc.constantFrom(...SEPARATORS), { minLength: 16, maxLength: 16 }),
  cases: fc.array(fc.constantFrom('lower', 'upper', 'title'), { minLength: 16, maxLength: 16 }),
  stripAccents: fc.boolean(),
  mil: fc.boolean(),
});
type Variant = typeof variant extends fc.Arbitrary<infer V> ? V : never;

function respell(words: string, v: Variant): string {
  return words
    .split(/[ -]/)
    .map((t, i) => {
      let w = v.mil && t === 'mille' ? 'mil' : t;
      if (v.stripAccents) w = w.normalize('NFD').replace(/\p{M}/gu, '');
      const c = v.cases[i]!;
      w = c === 'upper' ? w.toUpperCase() : c === 'title' ? w[0]!.toUpperCase() + w.slice(1) : w;
      return i === 0 ? w : v.seps[i]! + w;
    })
    .join('');
}

describe('frenchNumberWords -> parseFrenchNumber', () => {
  it('round-trips every integer 0..999999 (exhaustive)', () => {
    let failures = 0;
    for (let n = 0; n <= MAX_FRENCH_NUMBER; n++) if (parseFrenchNumber(frenchNumberWords(n)) !== n) failures++;
    expect(failures).toBe(0);
  }, 60_000);

  it('round-trips with 1990 hyphenation', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_FRENCH_NUMBER }), (n) => {
        expect(parseFrenchNumber(frenchNumberWords(n, { hyphenateAll: true }))).toBe(n);
      }),
      { numRuns: 3000 },
    );
  });

  it('round-trips with random joiners, case, accents and "mil"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_FRENCH_NUMBER }), variant, (n, v) => {
        expect(parseFrenchNumber(respell(frenchNumberWords(n), v))).toBe(n);
      }),
      { numRuns: 3000 },
    );
  });

  it('findNumberAt reads the whole phrase and stops before the next word', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_FRENCH_NUMBER }), variant, (n, v) => {
        const words = respell(frenchNumberWords(n), v);
        const text = `adopté par ${words} voix pour`;
        const m = findNumberAt(text, 'adopté par'.length);
        expect(m).toEqual({ value: n, start: 11, end: 11 + words.length });
        expect(findNumbers(text)).toEqual([m]);
      }),
      { numRuns: 2000 },
    );
  });

  it('canonical spellings follow the traditional rules', () => {
    const cases: Array<[number, string]> = [
      [0, 'zéro'], [1, 'un'], [17, 'dix-sept'], [21, 'vingt et un'], [71, 'soixante et onze'],
      [80, 'quatre-vingts'], [81, 'quatre-vingt-un'], [99, 'quatre-vingt-dix-neuf'], [200, 'deux cents'],
      [201, 'deux cent un'], [1000, 'mille'], [2014, 'deux mille quatorze'], [21_000, 'vingt et un mille'],
      [80_000, 'quatre-vingt mille'], [200_000, 'deux cent mille'], [180, 'cent quatre-vingts'],
    ];
    for (const [n, w] of cases) expect(frenchNumberWords(n)).toBe(w);
    expect(frenchNumberWords(2021, { hyphenateAll: true })).toBe('deux-mille-vingt-et-un');
    expect(() => frenchNumberWords(1_000_000)).toThrow(RangeError);
    expect(() => frenchNumberWords(1.5)).toThrow(RangeError);
  });
});

describe('parseFrenchNumber examples', () => {
  it.each([
    ['treize', 13], ['TREIZE', 13], ['dix sept', 17], ['vingt-et-un', 21], ['vingt et une', 21],
    ['quatre-vingt', 80], ['quatre vingts', 80], ['quatre-vingt-dix-neuf', 99], ['deux mil quatre', 2004],
    ['deux mille vingt-trois', 2023], ['mil neuf cent quatre-vingt-dix', 1990], ['septante-sept', 77],
    ['huitante', 80], ['octante-deux', 82], ['nonante et un', 91], ['zero', 0], ['Zéro', 0], ['12', 12],
    ['25 000', 25_000], [' cent  un ', 101], ['vingt-un', 21],
  ])('%j -> %d', (s, n) => {
    expect(parseFrenchNumber(s)).toBe(n);
  });

  it.each(['', 'vingt et', 'un mille', 'deux trois', 'cents', 'douze voix', 'premier', '2,5', '12a', 'et', 'mille mille'])(
    '%j is not a number phrase',
    (s) => {
      expect(parseFrenchNumber(s)).toBeNull();
    },
  );
});

describe('findNumberAt / findNumbers on minutes', () => {
  it('reads votes in words and digits', () => {
    expect(findNumberAt('douze voix pour', 0)).toEqual({ value: 12, start: 0, end: 5 });
    expect(findNumberAt('Pour : 23', 6)).toEqual({ value: 23, start: 7, end: 9 });
    expect(findNumberAt('par trente et une voix', 3)).toEqual({ value: 31, start: 4, end: 17 });
    expect(findNumberAt('par trente\net une voix', 3)?.value).toBe(31);
    // "vingt et" then a non-number: the dangling "et" is not swallowed.
    expect(findNumberAt('vingt et plus', 0)).toEqual({ value: 20, start: 0, end: 5 });
    // The caller decides whether "un rapport" is a count.
    expect(findNumberAt('un rapport', 0)?.value).toBe(1);
    expect(findNumberAt('uniquement', 0)).toBeNull();
    expect(findNumberAt('Valeur 2,263', 7)).toBeNull();
    expect(findNumberAt('abc', 99)).toBeNull();
  });

  it('scans a vote block', () => {
    const text = 'Votants : 15 - Pour : 13, SE60, Valeur 2,263, adopté par quatorze voix et 20h30';
    expect(findNumbers(text).map((m) => m.value)).toEqual([15, 13, 14, 20]);
  });

  it('groups thousands only with 3-digit groups', () => {
    expect(findNumbers('22 331 m2 en 2014 100 logements').map((m) => m.value)).toEqual([22_331, 2014, 100]);
  });
});

describe('robustness', () => {
  const check = (s: string) => {
    expect(() => parseFrenchNumber(s)).not.toThrow();
    const all = findNumbers(s);
    let last = 0;
    for (const m of all) {
      expect(m.start).toBeGreaterThanOrEqual(last);
      expect(m.end).toBeGreaterThan(m.start);
      expect(m.end).toBeLessThanOrEqual(s.length);
      expect(Number.isInteger(m.value) && m.value >= 0).toBe(true);
      last = m.end;
    }
  };
  const soup = fc
    .array(fc.constantFrom('vingt', 'et', 'un', 'une', ' ', '-', '\n', 'mille', 'mil', 'cent', 'cents', 'quatre', 'dix', '12', '000', ',', 'é', 'x'), { maxLength: 40 })
    .map((a) => a.join(''));

  it('never throws and stays in bounds (fc.string, full unicode, number soup)', () => {
    for (const arb of [fc.string(), fc.string({ unit: 'binary' }), soup]) {
      fc.assert(
        fc.property(arb, fc.integer({ min: -5, max: 60 }), (s, start) => {
          check(s);
          const m = findNumberAt(s, start);
          if (m) {
            expect(m.start).toBeGreaterThanOrEqual(start);
            expect(m.end).toBeLessThanOrEqual(s.length);
          }
        }),
        { numRuns: 1000 },
      );
    }
  });
});
