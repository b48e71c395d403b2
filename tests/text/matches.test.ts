import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { execAll, execAllAtLineStarts, releaseLineStarts } from '../../src/text/matches.ts';

const found = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => `${m.index}:${m[0]}:${m.slice(1).join(',')}`);

describe('execAll', () => {
  it('finds what matchAll finds, groups included, from the start whatever lastIndex was left at', () => {
    const re = /(\d+)\s*(pour|contre)/gu;
    const s = '12 pour, 3 contre, 0 pour';
    re.lastIndex = 9;
    expect(found(execAll(re, s))).toEqual(['0:12 pour:12,pour', '9:3 contre:3,contre', '19:0 pour:0,pour']);
    expect(re.lastIndex).toBe(0);
  });

  it('moves past empty matches by a whole code point under /u, as matchAll does', () => {
    for (const re of [/x*/gu, /x*/g, /(?=𝐀)|$/gu]) {
      const s = 'a𝐀xx𝐀';
      expect(found(execAll(re, s)), `/${re.source}/${re.flags}`).toEqual(found(s.matchAll(new RegExp(re))));
    }
  });

  it('lets the caller run the same pattern again while it reads the matches', () => {
    const re = /\d+/g;
    const seen: string[] = [];
    for (const m of execAll(re, '1 22 333')) seen.push(`${m[0]}=${execAll(re, m[0].repeat(2)).length}`);
    expect(seen).toEqual(['1=1', '22=1', '333=1']);
  });

  it('refuses a pattern without the g flag', () => {
    expect(() => execAll(/a/u, 'a')).toThrow(/global/);
  });

  it('agrees with matchAll on arbitrary texts and patterns with empty matches', () => {
    const patterns = [/\s*/gu, /[a-z]*/g, /(?<![\p{L}])[àa]\s+la/gu, /é|\n\n/g, /(?:)/gu];
    fc.assert(
      fc.property(fc.string({ maxLength: 30, unit: fc.constantFrom('a', 'à', ' ', '\n', 'é', 'l', '𝐀', 'x') }), (s) => {
        for (const re of patterns) expect(found(execAll(re, s))).toEqual(found(s.matchAll(new RegExp(re))));
      }),
      { numRuns: 300 },
    );
  });
});

describe('execAllAtLineStarts', () => {
  const patterns = [/^[ \t]*(\d+)[.)]/gm, /^x*/gm, /^[ \t]*a(?:\n[ \t]*b)?/gm, /^(?:a|\n)+/gmu, /^[ \t]*(?<=\n[ \t]*)a/gm, /^$/gm];

  it('finds what execAll finds, line starts inside a match skipped as the scan skips them', () => {
    releaseLineStarts();
    fc.assert(
      fc.property(fc.string({ maxLength: 40, unit: fc.constantFrom('a', 'b', ' ', '\n', '\n', '1', '.', 'x', '\t', '\r', '\u2028') }), (s) => {
        for (const re of patterns) expect(found(execAllAtLineStarts(re, s)), `/${re.source}/${re.flags} on ${JSON.stringify(s)}`).toEqual(found(execAll(re, s)));
      }),
      { numRuns: 500 },
    );
    releaseLineStarts();
  });

  it('with an opening, tries only the lines that open on one of its characters past blanks, and finds the same', () => {
    const opened: Array<[RegExp, string]> = [[/^[ \t]*(\d+)[.)]/gm, '0123456789'], [/^[ \t]*(?:ab|b)/gm, 'ab'], [/^[ \t]*a(?:\n[ \t]*b)?/gm, 'a'], [/^[ \t]*–[ \t]*\d/gm, '–']];
    releaseLineStarts();
    fc.assert(
      fc.property(fc.string({ maxLength: 40, unit: fc.constantFrom('a', 'b', ' ', '\n', '\n', '1', '.', '–', '\t', '\r') }), (s) => {
        for (const [re, opening] of opened) expect(found(execAllAtLineStarts(re, s, opening)), `/${re.source}/${re.flags} on ${JSON.stringify(s)}`).toEqual(found(execAll(re, s)));
      }),
      { numRuns: 500 },
    );
    releaseLineStarts();
    expect(() => execAllAtLineStarts(/^a/gm, 'a', 'a')).toThrow(/opens on/);
  });

  it('refuses a pattern not anchored whole at line starts', () => {
    expect(() => execAllAtLineStarts(/^a|b/gm, 'b')).toThrow(/\^/);
    expect(() => execAllAtLineStarts(/a/gm, 'a')).toThrow(/\^/);
    expect(() => execAllAtLineStarts(/^a/g, 'a')).toThrow(/multiline/);
    expect(found(execAllAtLineStarts(/^(?:a|b)[|]/gm, 'a|\nb|'))).toEqual(['0:a|:', '3:b|:']);
  });
});
