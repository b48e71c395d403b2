/**
 * The genre sets (`npm run score:genre`): documents written for evaluation in the shapes the
 * shared corpus lacks (fixtures/genre/*, see fixtures/README.md), each set scored by
 * ../shared/tools/score.py against its own gold.
 *
 * Prints each set's macro F1 and the fields below 0.95, then a line per set against a floor.
 * These documents served to find and fix rules (the figures before and after are in the
 * README): they are regression checks now, not held-out data.
 * Options: --floor 0.85  --out DIR (predictions kept there)  --strict (exit 1 on FAIL)
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBytes } from '../src/ingest/load.ts';
import { analyze } from '../src/pipeline.ts';
import { arg, runMain } from './command-line.ts';
import { scorePy, type Score } from './score-py.ts';

export const GENRE_DIR = fileURLToPath(new URL('../fixtures/genre/', import.meta.url));

/** Each set's directory name, and its documents' ids. */
export function genreSets(): Array<{ set: string; ids: string[] }> {
  return readdirSync(GENRE_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => ({
      set: e.name,
      ids: readdirSync(join(GENRE_DIR, e.name))
        .filter((f) => f.endsWith('.gold.json'))
        .map((f) => f.slice(0, -'.gold.json'.length))
        .sort(),
    }))
    .sort((a, b) => a.set.localeCompare(b.set));
}

async function main(): Promise<number> {
  const floor = Number(arg('--floor', '0.85'));
  const outRoot = arg('--out', mkdtempSync(join(tmpdir(), 'minutes-genre-')));
  const strict = process.argv.includes('--strict');
  const results: Array<{ set: string; docs: number; score: Score }> = [];
  for (const { set, ids } of genreSets()) {
    const gold = join(GENRE_DIR, set);
    const pred = join(outRoot, set);
    mkdirSync(pred, { recursive: true });
    for (const id of ids) {
      const bytes = readFileSync(join(gold, `${id}.txt`));
      writeFileSync(join(pred, `${id}.json`), JSON.stringify(analyze(await loadBytes(`${id}.txt`, bytes))));
    }
    results.push({ set, docs: ids.length, score: scorePy(gold, pred) });
  }

  console.log(`\nminutes score:genre: ${results.length} sets, ${results.reduce((n, r) => n + r.docs, 0)} documents; predictions in ${outRoot}\n`);
  for (const { set, docs, score } of results) {
    const weak = Object.entries(score.fields)
      .filter(([, v]) => v.f1 < 0.95)
      .map(([k, v]) => `${k} ${v.f1.toFixed(3)}`);
    console.log(`${set.padEnd(24)} ${String(docs).padStart(2)} docs  macro F1 ${score.macroF1.toFixed(3)}${weak.length ? `   below 0.95: ${weak.join(', ')}` : ''}`);
  }
  console.log('');
  let ok = true;
  for (const { set, score } of results) {
    const pass = score.macroF1 >= floor && score.missing.length === 0;
    ok &&= pass;
    console.log(`${pass ? 'PASS' : 'FAIL'}  ${set}: macro F1 ${score.macroF1.toFixed(3)} >= ${floor}`);
  }
  console.log('');
  return strict && !ok ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) runMain(main);
