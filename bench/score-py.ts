/** The project's scorer (../shared/tools/score.py, beside the corpus) as the benches run it. */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { DEFAULT_CORPUS_DIR } from '../fixtures/generate.ts';

const SCORER = resolve(DEFAULT_CORPUS_DIR, '../tools/score.py');

export interface Score {
  macroF1: number;
  fields: Record<string, { f1: number }>;
  missing: string[];
}

/** score.py's JSON report on `predDir` against the gold of `goldDir`, sections located in `rawDir`. */
export function scorePy(goldDir: string, predDir: string, rawDir = goldDir): Score {
  return JSON.parse(execFileSync('python3', [SCORER, goldDir, predDir, '--raw', rawDir, '--json'], { encoding: 'utf8' })) as Score;
}
