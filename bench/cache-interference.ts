/**
 * Why the analysis costs more inside the pipeline than alone (`npm run bench:interference`).
 *
 * `npm run bench` shows the rules costing a third to a half more right after a pdf.js parse
 * (line b) than run back to back on documents loaded beforehand (line c). This script times the
 * same analyses of the corpus rendered to text-layer PDFs, each preceded by a different kind of
 * work that does not touch the analysis's data: nothing, a pdf.js parse of the same document,
 * allocating 200,000 small objects, writing over 32 MB of memory, yielding to the event loop.
 * If writing over memory slows the analysis as much as a parse does, the cost is the caches the
 * other work evicted (code and data to reload), not anything pdf.js does to the rules.
 *
 * Options: --corpus DIR (default ../shared/corpus beside the checkout)  --rounds N (default 15)
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

/** Keeps the work below from being optimized away. */
let sink = 0;

/** The work done before each analysis, by name; `i` is the document about to be analyzed. */
function workBefore(docs: ReadonlyArray<{ name: string; bytes: Uint8Array }>): Record<string, (i: number) => Promise<void>> {
  return {
    'nothing': async () => {},
    'pdf.js parse of the document': async (i) => {
      sink += (await loadBytes(docs[i]!.name, docs[i]!.bytes)).pages.length;
    },
    'allocate 200,000 small objects': async () => {
      const objects: Array<{ k: number; s: string }> = [];
      for (let k = 0; k < 200_000; k++) objects.push({ k, s: `x${k}` });
      sink += objects.length;
    },
    'write over 32 MB of memory': async () => {
      const block = new Float64Array(4_000_000);
      for (let k = 0; k < block.length; k += 8) block[k] = k;
      sink += block[8]!;
    },
    'yield to the event loop': () => new Promise((resolve) => setTimeout(resolve, 0)),
  };
}

async function main(): Promise<number> {
  const corpusDir = arg('--corpus', DEFAULT_CORPUS_DIR);
  const rounds = Math.max(1, Number(arg('--rounds', '15')));
  const docs: Array<{ name: string; bytes: Uint8Array }> = [];
  for (const file of readdirSync(corpusDir).filter((f) => /^\d+\.txt$/.test(f)).sort()) {
    docs.push({ name: file.replace(/\.txt$/, '.pdf'), bytes: await renderTextPdf(readFileSync(join(corpusDir, file), 'utf8')) });
  }
  if (!docs.length) throw new Error(`no NNN.txt in ${corpusDir}`);
  const loaded: LoadedDocument[] = [];
  for (const d of docs) loaded.push(await loadBytes(d.name, d.bytes));

  const work = workBefore(docs);
  const ms = new Map<string, number>();
  // Two passes over every kind of work, the first to warm the JIT; the second is reported.
  for (let pass = 0; pass < 2; pass++) {
    for (const [name, before] of Object.entries(work)) {
      let total = 0;
      for (let r = 0; r < rounds; r++) {
        for (let i = 0; i < loaded.length; i++) {
          await before(i);
          const t0 = performance.now();
          analyze(loaded[i]!);
          total += performance.now() - t0;
        }
      }
      ms.set(name, total);
    }
  }
  const base = ms.get('nothing')!;
  console.log(`\nminutes bench:interference: ${loaded.length} documents x ${rounds} rounds; node ${process.version}\n`);
  console.log(`${'work before each analysis'.padEnd(34)} ${'analysis'.padStart(10)} ${'vs nothing'.padStart(11)}`);
  console.log(`${'-'.repeat(34)} ${'-'.repeat(10)} ${'-'.repeat(11)}`);
  for (const [name, total] of ms) console.log(`${name.padEnd(34)} ${`${(total / 1000).toFixed(2)} s`.padStart(10)} ${`${(total / base).toFixed(2)}x`.padStart(11)}`);
  console.log(sink > 0 ? '' : ' ');
  return 0;
}

runMain(main);
