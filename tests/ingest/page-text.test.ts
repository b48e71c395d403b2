import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanPageText, hasUsableText, MIN_LETTER_RATIO, MIN_PAGE_LETTERS } from '../../src/ingest/load.ts';

// The definitions the fast paths of load.ts must keep to, written the slow, obvious way.
const PAGE_MARKER = /^[ \t]*-- \d+ of \d+ --[ \t]*$/;
const cleanReference = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line) => !PAGE_MARKER.test(line))
    .join('\n')
    .replace(/\s+$/, '');

function usableReference(text: string): boolean {
  let letters = 0;
  let other = 0;
  for (const ch of text) {
    if (/\p{L}/u.test(ch)) letters++;
    else if (!/\p{Nd}/u.test(ch) && !/\s/u.test(ch)) other++;
  }
  return letters >= MIN_PAGE_LETTERS && letters / (letters + other) >= MIN_LETTER_RATIO;
}

/** Pieces of pdf.js page text, with the characters the fast paths single out. */
const piece = fc.oneof(
  fc.constantFrom('Délibération ', 'ÉLUS', 'n°', '-- 1 of 3 --', ' -- 2 of 2 -- ', '\r\n', '\r', '\n', ' ', '\t', '\u00a0', '\u2009', '\u3000'),
  fc.constantFrom('ﬁ', 'œ', 'Ω', '٣', '€', '×', '—', '𝐀', '😀', '\ud800', '\udc00', '\u0001', '12,5'),
  fc.string({ maxLength: 6, unit: 'binary' }),
);
const pageText = fc.array(piece, { maxLength: 40 }).map((xs) => xs.join(''));

describe('page text of a text-layer PDF', () => {
  it('cleanPageText drops CRs, page markers and trailing space exactly as the full pass does', () => {
    fc.assert(fc.property(pageText, (text) => {
      expect(cleanPageText(text)).toBe(cleanReference(text));
    }), { numRuns: 2000 });
  });

  it('hasUsableText counts letters and other characters exactly as one regex test a character does', () => {
    fc.assert(fc.property(pageText, (text) => {
      expect(hasUsableText(text)).toBe(usableReference(text));
    }), { numRuns: 2000 });
  });

  it('counts accented letters, Greek and ligatures as letters, and symbols against', () => {
    expect(hasUsableText('ÉÈÊËÀÂÎÏÔÛÙÇéèêëàâîïôûùçœæ ΩΣΔ ﬁﬂ')).toBe(true);
    expect(hasUsableText('€€€€€€€€€€€€€€€€€€€€€€€€ ×××××××××× abcdefghijklmnopqrst')).toBe(false);
    expect(hasUsableText('\u00a0\u2009\u3000'.repeat(50) + 'abcdefghijklmnopqrst')).toBe(true);
  });
});
