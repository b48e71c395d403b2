/** Where the shared corpus lives: beside the checkout (../shared/corpus), or MINUTES_CORPUS. */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS_DIR = process.env.MINUTES_CORPUS ?? resolve(REPO_ROOT, '../shared/corpus');
export const SCORER = resolve(CORPUS_DIR, '../tools/score.py');
export const hasCorpus = existsSync(CORPUS_DIR);
