/**
 * The whole shared corpus, scored by the project's scorer (score.py): the figures the
 * product is judged by. Text inputs here; the PDF rendering of the same corpus in
 * tests/pipeline/corpus-pdf.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR, SCORER } from '../corpus.ts';
import { analyzeText } from '../helpers/analyze-text.ts';

export interface Score {
  docs: number;
  missing: string[];
  macroF1: number;
  fields: Record<string, { f1: number; p: number; r: number }>;
}

export function score(predDir: string): Score {
  const out = execFileSync('python3', [SCORER, CORPUS_DIR, predDir, '--raw', CORPUS_DIR, '--json'], { encoding: 'utf8' });
  return JSON.parse(out) as Score;
}

const out = mkdtempSync(join(tmpdir(), 'minutes-corpus-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('shared corpus, text inputs', () => {
  it('scores macro F1 >= 0.90 with no field below 0.75', () => {
    const ids = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.gold.json')).map((f) => f.split('.')[0]!);
    for (const id of ids) {
      const doc = analyzeText(readFileSync(join(CORPUS_DIR, `${id}.txt`), 'utf8'), `${id}.txt`);
      writeFileSync(join(out, `${id}.json`), JSON.stringify(doc));
    }
    const s = score(out);
    console.log(`corpus (.txt): macro F1 ${s.macroF1} over ${s.docs} documents`);
    expect(s.missing).toEqual([]);
    expect(s.macroF1).toBeGreaterThanOrEqual(0.9);
    const weak = Object.entries(s.fields).filter(([, v]) => v.f1 < 0.75);
    expect(weak).toEqual([]);
  });
});
