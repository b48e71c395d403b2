/**
 * The genre sets (fixtures/genre): documents in the shapes the shared corpus lacks, each scored
 * by score.py against its own gold. A regression check for the rules they served to write.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GENRE_DIR, genreSets } from '../../bench/genre.ts';
import { scorePy } from '../../bench/score-py.ts';
import { analyzeText } from '../helpers/analyze-text.ts';

const FLOOR = 0.85;
const out = mkdtempSync(join(tmpdir(), 'minutes-genre-test-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('genre sets', () => {
  it.each(genreSets().map((s) => [s.set, s.ids] as const))(`%s: macro F1 >= ${FLOOR}, every document predicted`, (set, ids) => {
    const gold = join(GENRE_DIR, set);
    const pred = join(out, set);
    mkdirSync(pred, { recursive: true });
    for (const id of ids) {
      const doc = analyzeText(readFileSync(join(gold, `${id}.txt`), 'utf8'), `${id}.txt`);
      writeFileSync(join(pred, `${id}.json`), JSON.stringify(doc));
    }
    const score = scorePy(gold, pred);
    console.log(`genre ${set}: macro F1 ${score.macroF1}`);
    expect(score.missing).toEqual([]);
    expect(score.macroF1).toBeGreaterThanOrEqual(FLOOR);
  });
});
