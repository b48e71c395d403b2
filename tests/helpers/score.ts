/** Runs the project's scorer (../shared/tools/score.py) on a directory of predictions. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, SCORER } from '../corpus.ts';
import type { MinutesDocument } from '../../src/schema/minutes.ts';

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

/** The ids of the corpus documents that have a gold annotation. */
export const corpusIds = (): string[] =>
  readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => f.split('.')[0]!)
    .sort();

export const corpusText = (id: string): string => readFileSync(join(CORPUS_DIR, `${id}.txt`), 'utf8');

export function writePrediction(dir: string, id: string, doc: MinutesDocument): void {
  writeFileSync(join(dir, `${id}.json`), JSON.stringify(doc));
}
