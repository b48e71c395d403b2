/**
 * The `opening` sets given to execAllAtLineStarts (src/segment/headings.ts) are written by hand
 * beside their patterns: each must hold every character a match can open on, or headings are
 * missed without a word. Every document of the corpus and the fixtures is analyzed with the
 * check on (each call also run unfiltered, compared).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkOpenings, execAllAtLineStarts } from '../../src/text/matches.ts';
import { analyzeText } from '../helpers/analyze-text.ts';
import { corpusIds, corpusText } from '../helpers/score.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

function fixtureTexts(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const set of readdirSync(join(FIXTURES, 'genre'))) {
    const dir = join(FIXTURES, 'genre', set);
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    } catch {
      continue;
    }
    for (const f of files) out.push([`genre/${set}/${f}`, readFileSync(join(dir, f), 'utf8')]);
  }
  for (const f of readdirSync(join(FIXTURES, 'text')).filter((f) => f.endsWith('.txt'))) out.push([`text/${f}`, readFileSync(join(FIXTURES, 'text', f), 'utf8')]);
  return out;
}

describe('line openings of the heading patterns', () => {
  beforeAll(() => checkOpenings(true));
  afterAll(() => checkOpenings(false));

  it('the check catches an opening that misses a match', () => {
    const re = /^[ \t]*(?:A|B)\.[^\n]*/gm;
    expect(execAllAtLineStarts(re, 'x\nA. un\nB. deux\n', 'AB').map((m) => m.index)).toEqual([2, 8]);
    expect(() => execAllAtLineStarts(re, 'x\nA. un\nB. deux\n', 'A')).toThrow(/misses matches/);
  });

  it('no opening misses a match on the corpus and the fixtures', () => {
    const texts: Array<[string, string]> = [...corpusIds().map((id): [string, string] => [`corpus/${id}`, corpusText(id)]), ...fixtureTexts()];
    expect(texts.length).toBeGreaterThan(400);
    for (const [name, text] of texts) {
      expect(() => analyzeText(text, name.split('/').pop()), name).not.toThrow();
    }
  }, 120_000);
});
