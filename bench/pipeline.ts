/**
 * Throughput and memory benchmark (`npm run bench`, i.e. node --expose-gc --import tsx bench/pipeline.ts).
 *
 * Renders the corpus texts into text-layer PDFs in memory, repeats them to reach ~1,000 pages,
 * then in one process measures:
 *   (a) pdf-parse text extraction alone (new PDFParse + getText + destroy), pages/s;
 *   (b) the whole pipeline (loadBytes + analyze from src/pipeline.ts), pages/s;
 *   (c) analyze alone on the same documents loaded beforehand, with no PDF parsed between two
 *       analyses: (b) - (loadBytes only) against (c) is what running beside pdf.js costs the
 *       analysis (its caches and heap shared with the parser's), not a cost of the rules;
 * the extraction overhead (b - a) / a against a 20 % budget, and the heap after GC sampled
 * every 100 pages of the pipeline, which must not grow by more than 20 % from the first to the
 * last quarter of the samples.
 *
 * (a) and (b) run back to back on each document, in alternating order, so that a machine whose
 * load changes during the run (a shared box) slows both alike. Memory is sampled in a separate,
 * untimed pass because forced GCs would perturb the timings.
 *
 * Options: --corpus DIR (default ../shared/corpus beside the checkout)  --pages N (default 1000)
 *          --rounds N (default 2)  --strict (exit 1 on FAIL)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PDFParse } from '../src/ingest/pdfjs.ts';
import { renderTextPdf } from '../fixtures/text-pdf.ts';
import { DEFAULT_CORPUS_DIR } from '../fixtures/generate.ts';
import { loadBytes } from '../src/ingest/load.ts';
import type { LoadedDocument } from '../src/ingest/types.ts';
import { analyze } from '../src/pipeline.ts';
import { arg, runMain } from './command-line.ts';

const OVERHEAD_BUDGET = 0.2;
const HEAP_GROWTH_BUDGET = 0.2;
const SAMPLE_EVERY_PAGES = 100;

interface Doc {
  name: string;
  bytes: Uint8Array;
  pages: number;
}

interface MemSample {
  pagesDone: number;
  heapUsed: number;
  rss: number;
}

interface Timing {
  parseMs: number;
  loadMs: number;
  pipeMs: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const pct = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} %`;

/** (a) pdf-parse alone, as a caller would use it without our loader. */
async function parseOnly(bytes: Uint8Array): Promise<number> {
  const parser = new PDFParse({ data: bytes.slice() }); // pdf.js may detach the buffer it gets
  try {
    return (await parser.getText()).pages.length;
  } finally {
    await parser.destroy();
  }
}

let analyzeFailures = 0;
let lastAnalyzeError = '';

/** (b) loadBytes + analyze; returns the page count and the time spent in loadBytes alone. */
async function pipeline(doc: Doc): Promise<{ pages: number; loadMs: number }> {
  const t0 = performance.now();
  const loaded = await loadBytes(doc.name, doc.bytes);
  const loadMs = performance.now() - t0;
  try {
    analyze(loaded);
  } catch (error) {
    analyzeFailures++;
    lastAnalyzeError = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  }
  return { pages: loaded.pages.length, loadMs };
}

async function timedPass(workload: Doc[]): Promise<Timing> {
  const t: Timing = { parseMs: 0, loadMs: 0, pipeMs: 0 };
  for (const [i, doc] of workload.entries()) {
    const runParse = async () => {
      const t0 = performance.now();
      const n = await parseOnly(doc.bytes);
      t.parseMs += performance.now() - t0;
      if (n !== doc.pages) throw new Error(`${doc.name}: pdf-parse gave ${n} pages, expected ${doc.pages}`);
    };
    const runPipe = async () => {
      const t0 = performance.now();
      const r = await pipeline(doc);
      t.pipeMs += performance.now() - t0;
      t.loadMs += r.loadMs;
      if (r.pages !== doc.pages) throw new Error(`${doc.name}: loadBytes gave ${r.pages} pages, expected ${doc.pages}`);
    };
    if (i % 2 === 0) {
      await runParse();
      await runPipe();
    } else {
      await runPipe();
      await runParse();
    }
  }
  return t;
}

/** (c) analyze only, over documents loaded beforehand, `rounds` times the workload. */
function analyzeAlone(docs: LoadedDocument[], rounds: number): number {
  let ms = 0;
  for (let r = 0; r < rounds; r++) {
    for (const loaded of docs) {
      const t0 = performance.now();
      try {
        analyze(loaded);
      } catch {
        // Counted in (b) already.
      }
      ms += performance.now() - t0;
    }
  }
  return ms;
}

async function memoryPass(workload: Doc[]): Promise<MemSample[]> {
  const samples: MemSample[] = [];
  const sample = (pagesDone: number) => {
    gc?.();
    const m = process.memoryUsage();
    samples.push({ pagesDone, heapUsed: m.heapUsed, rss: m.rss });
  };
  let pages = 0;
  let next = 0;
  for (const doc of workload) {
    if (pages >= next) {
      sample(pages);
      next += SAMPLE_EVERY_PAGES;
    }
    pages += (await pipeline(doc)).pages;
  }
  sample(pages);
  return samples;
}

async function main(): Promise<number> {
  const corpusDir = arg('--corpus', DEFAULT_CORPUS_DIR);
  const targetPages = Number(arg('--pages', '1000'));
  const rounds = Math.max(1, Number(arg('--rounds', '2')));
  const strict = process.argv.includes('--strict');

  // 1. Render the corpus once, in memory.
  const t0 = performance.now();
  const rendered: Array<{ name: string; bytes: Uint8Array }> = [];
  for (const file of readdirSync(corpusDir).filter((f) => /^\d+\.txt$/.test(f)).sort()) {
    rendered.push({ name: file.replace(/\.txt$/, '.pdf'), bytes: await renderTextPdf(readFileSync(join(corpusDir, file), 'utf8')) });
  }
  if (rendered.length === 0) throw new Error(`no NNN.txt in ${corpusDir}`);
  const renderMs = performance.now() - t0;

  // 2. Page counts; this also pays pdf.js start-up (its worker module is imported on first use).
  const t1 = performance.now();
  const unique: Doc[] = [];
  for (const r of rendered) unique.push({ ...r, pages: (await loadBytes(r.name, r.bytes)).pages.length });
  const firstLoadMs = performance.now() - t1;

  // 3. Repeat the documents up to the target page count.
  const workload: Doc[] = [];
  let total = 0;
  for (let i = 0; total < targetPages; i++) {
    const doc = unique[i % unique.length]!;
    workload.push(doc);
    total += doc.pages;
  }

  // Each document loaded once more, kept for (c).
  const loadedOf = new Map<string, LoadedDocument>();
  for (const doc of unique) loadedOf.set(doc.name, await loadBytes(doc.name, doc.bytes));

  // 4. Warm-up both paths (JIT), the timed rounds, (c), then the memory pass.
  for (const doc of unique) {
    await parseOnly(doc.bytes);
    await pipeline(doc);
  }
  const timing: Timing = { parseMs: 0, loadMs: 0, pipeMs: 0 };
  for (let r = 0; r < rounds; r++) {
    const t = await timedPass(workload);
    timing.parseMs += t.parseMs;
    timing.loadMs += t.loadMs;
    timing.pipeMs += t.pipeMs;
  }
  const analyzeAloneMs = analyzeAlone(workload.map((d) => loadedOf.get(d.name)!), rounds);
  const samples = await memoryPass(workload);

  // 5. Report.
  const { parseMs, loadMs, pipeMs } = timing;
  const timedPages = total * rounds;
  const overhead = (pipeMs - parseMs) / parseMs;
  const overheadOk = overhead <= OVERHEAD_BUDGET;
  const rate = (ms: number) => (timedPages / (ms / 1000)).toFixed(1);
  const W = [38, 10, 10];
  const row = (cells: string[]) => console.log(cells.map((c, i) => (i === 0 ? c.padEnd(W[0]!) : c.padStart(W[i] ?? 10))).join(' '));
  const rule = () => row(W.map((w) => '-'.repeat(w)));

  console.log(
    `\nminutes bench: ${total} pages (${workload.length} PDFs cycling ${unique.length} rendered corpus texts) x ${rounds} round${rounds > 1 ? 's' : ''}; node ${process.version}` +
      `\nrender ${secs(renderMs)}; first loads incl. pdf.js start-up ${secs(firstLoadMs)}; (a) and (b) interleaved per document\n`,
  );
  row(['stage', 'time', 'pages/s']);
  rule();
  row(['(a) pdf-parse getText only', secs(parseMs), rate(parseMs)]);
  row(['    loadBytes only (ingest)', secs(loadMs), rate(loadMs)]);
  row(['(b) loadBytes + analyze', secs(pipeMs), rate(pipeMs)]);
  row(['    ingest overhead (load-a)/a', pct((loadMs - parseMs) / parseMs), '']);
  row(['    analyze within (b): b - load', secs(pipeMs - loadMs), rate(pipeMs - loadMs)]);
  row(['(c) analyze alone, no parse between', secs(analyzeAloneMs), rate(analyzeAloneMs)]);
  row(['    (c)/a, the rules alone', pct(analyzeAloneMs / parseMs), '']);
  row([`overhead (b-a)/a, budget ${OVERHEAD_BUDGET * 100} %`, pct(overhead), overheadOk ? 'PASS' : 'FAIL']);
  if (analyzeFailures > 0) console.log(`  note: analyze threw ${analyzeFailures} times (last: ${lastAnalyzeError})`);

  let heapOk = true;
  console.log('');
  if (!gc) {
    console.log('memory: n/a (run with node --expose-gc for heap-after-GC samples)');
  } else {
    const q = Math.max(1, Math.floor(samples.length / 4));
    const mean = (xs: MemSample[]) => xs.reduce((s, x) => s + x.heapUsed, 0) / xs.length;
    const growth = (mean(samples.slice(-q)) - mean(samples.slice(0, q))) / mean(samples.slice(0, q));
    heapOk = growth <= HEAP_GROWTH_BUDGET;
    const pick = [samples[0]!, samples[Math.floor((samples.length - 1) / 2)]!, samples[samples.length - 1]!];
    row([`memory after GC, ${samples.length} samples`, 'heapUsed', 'rss']);
    rule();
    ['start', 'middle', 'end'].forEach((label, i) => row([`${label} (page ${pick[i]!.pagesDone})`, mb(pick[i]!.heapUsed), mb(pick[i]!.rss)]));
    row([`heap growth Q1->Q4, budget ${HEAP_GROWTH_BUDGET * 100} %`, pct(growth), heapOk ? 'PASS' : 'FAIL']);
  }
  console.log('');
  return strict && !(overheadOk && heapOk) ? 1 : 0;
}

runMain(main);
