/**
 * How long the analysis takes to reach its steady cost in a fresh process (`npm run bench:warmup`).
 *
 * `npm run bench` times two rounds of ~200 documents after a one-pass warm-up: V8 is still
 * compiling the rules then. This script analyzes the corpus rendered to text-layer PDFs, loaded
 * once, pass after pass in a fresh process, and prints the time of each pass, then the mean of
 * three phases: the first pass (interpreted code, regular expressions compiled), the warm-up
 * (functions optimized one by one by TurboFan on a background thread, some thrown away on a
 * deoptimization and compiled again), and the steady state. A giant function that takes
 * hundreds of milliseconds to compile, or deoptimizes on every new object shape, lengthens the
 * second phase; `node --trace-opt --trace-deopt dist/bench/warmup.js` names them.
 *
 * Options: --corpus DIR (default ../shared/corpus beside the checkout)  --passes N (default 60)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { renderTextPdf } from '../fixtures/text-pdf.ts';
import { DEFAULT_CORPUS_DIR } from '../fixtures/generate.ts';
import { loadBytes } from '../src/ingest/load.ts';
import type { LoadedDocument } from '../src/ingest/types.ts';
import { analyze } from '../src/pipeline.ts';
import { arg, runMain } from './command-line.ts';

/** Passes after the first counted as warm-up; the bench's two rounds span about as many. */
const WARM_UP_PASSES = 32;

async function main(): Promise<number> {
  const corpusDir = arg('--corpus', DEFAULT_CORPUS_DIR);
  const passes = Math.max(WARM_UP_PASSES + 2, Number(arg('--passes', '60')));
  const docs: LoadedDocument[] = [];
  for (const file of readdirSync(corpusDir).filter((f) => /^\d+\.txt$/.test(f)).sort()) {
    const bytes = await renderTextPdf(readFileSync(join(corpusDir, file), 'utf8'));
    docs.push(await loadBytes(file.replace(/\.txt$/, '.pdf'), bytes));
  }
  if (docs.length === 0) throw new Error(`no NNN.txt in ${corpusDir}`);
  const pages = docs.reduce((n, d) => n + d.pages.length, 0);

  const times: number[] = [];
  for (let p = 0; p < passes; p++) {
    const t0 = performance.now();
    for (const doc of docs) analyze(doc);
    times.push(performance.now() - t0);
  }

  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const first = times[0]!;
  const warming = mean(times.slice(1, 1 + WARM_UP_PASSES));
  const steady = mean(times.slice(1 + WARM_UP_PASSES));
  console.log(`\nminutes warm-up: ${passes} passes over ${docs.length} documents (${pages} pages); node ${process.version}\n`);
  console.log(`ms per pass: ${times.map((t) => t.toFixed(0)).join(' ')}\n`);
  const row = (label: string, ms: number) => console.log(`${label.padEnd(38)} ${`${ms.toFixed(1)} ms`.padStart(10)} ${`${(ms / pages).toFixed(3)} ms/page`.padStart(16)}`);
  row('first pass', first);
  row(`passes 2-${1 + WARM_UP_PASSES} (warm-up), mean`, warming);
  row(`passes ${2 + WARM_UP_PASSES}-${passes} (steady), mean`, steady);
  console.log(`${'warm-up / steady'.padEnd(38)} ${(warming / steady).toFixed(2).padStart(10)}`);
  return 0;
}

runMain(main);
