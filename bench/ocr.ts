/**
 * OCR throughput and memory (`npm run bench:ocr`), in one run on the same page images:
 *
 *   native   the `tesseract` command (Debian's tesseract-ocr), OMP_THREAD_LIMIT=1, the same
 *            best_int French model (unpacked from @tesseract.js-data/fra), PSM 3, one process
 *            per core, each reading its share of the page JPEGs from a list file;
 *   ours     the whole pipeline (load, page images, orientation, tesseract.js, normalize,
 *            segment, extract, validate) on the scanned PDF holding those JPEGs, with 1 and 2
 *            workers, each configuration in a process of its own (bench/ocr-run.ts).
 *
 * Then a 200-page document through ours with 2 workers: peak RSS, and RSS flat from the
 * second quarter of the pages to the last.
 *
 * Budgets: ours(1 worker) >= 0.9 x native(1 process); ours(2) >= 1.7 x ours(1);
 * peak RSS < 700 MB with 2 workers; RSS growth Q2 -> Q4 < 10 %.
 *
 * Options: --pages N (throughput document, default 12)  --memory-pages N (default 200, 0 skips)
 *          --strict (exit 1 on FAIL)
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { DEFAULT_CORPUS_DIR, FIXTURES_DIR } from '../fixtures/generate.ts';
import { cachedScan } from '../fixtures/scan-cache.ts';
import { writeFileAtomicSync } from '../src/cli/atomic-write.ts';
import { pageImages } from '../src/ingest/page-image.ts';
import { defaultLangPath } from '../src/ocr/engine.ts';
import { arg, runMain } from './command-line.ts';

const REPO = dirname(FIXTURES_DIR);
const CACHE = join(REPO, '.cache', 'bench-ocr');
const HERE = dirname(fileURLToPath(import.meta.url));

const BUDGET = { vsNative: 0.9, scaling: 1.7, peakRssMb: 700, rssGrowth: 0.1 };

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

/** A scanned PDF of `pages` pages, cycling the scans of the corpus documents (cached). */
async function scannedDocument(pages: number): Promise<string> {
  const name = `scan-${pages}p.pdf`;
  const path = join(CACHE, name);
  const txts = readdirSync(DEFAULT_CORPUS_DIR).filter((f) => /^\d+\.txt$/.test(f)).sort();
  const scans: string[] = [];
  for (const t of txts) scans.push(await cachedScan(join(DEFAULT_CORPUS_DIR, t), 'plain'));
  const key = JSON.stringify({ pages, scans: scans.map((s) => [s, readFileSync(s).length]) });
  if (existsSync(path) && existsSync(`${path}.key`) && readFileSync(`${path}.key`, 'utf8') === key) return path;
  const out = await PDFDocument.create();
  const sources = await Promise.all(scans.map(async (s) => PDFDocument.load(readFileSync(s))));
  for (let i = 0, s = 0; out.getPageCount() < pages; s++) {
    const src = sources[s % sources.length]!;
    for (const p of await out.copyPages(src, src.getPageIndices())) {
      if (out.getPageCount() >= pages) break;
      out.addPage(p);
      i++;
    }
  }
  mkdirSync(CACHE, { recursive: true });
  writeFileAtomicSync(CACHE, name, await out.save({ useObjectStreams: false }));
  writeFileAtomicSync(CACHE, `${name}.key`, key);
  return path;
}

/** The page JPEGs of a scanned PDF, as files for the native command. */
async function pageJpegs(pdf: string): Promise<string[]> {
  const dir = join(CACHE, 'pages', pdf.replace(/^.*\//, '').replace(/\.pdf$/, ''));
  mkdirSync(dir, { recursive: true });
  const bytes = new Uint8Array(readFileSync(pdf));
  const count = (await PDFDocument.load(bytes)).getPageCount();
  const files: string[] = [];
  for await (const image of pageImages(bytes, Array.from({ length: count }, (_, i) => i + 1))) {
    if ('error' in image || image.source !== 'jpeg') throw new Error(`${pdf} page ${image.page}: not a JPEG page`);
    const name = `${String(image.page).padStart(4, '0')}.jpg`;
    const file = join(dir, name);
    if (!existsSync(file)) writeFileAtomicSync(dir, name, image.bytes);
    files.push(file);
  }
  return files;
}

function nativeTessdata(): string {
  const dir = join(CACHE, 'tessdata');
  if (!existsSync(join(dir, 'fra.traineddata'))) {
    mkdirSync(dir, { recursive: true });
    writeFileAtomicSync(dir, 'fra.traineddata', gunzipSync(readFileSync(join(defaultLangPath(), 'fra.traineddata.gz'))));
  }
  return dir;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} exited ${code}: ${err.slice(-500)}`))));
  });
}

/** Native tesseract, `processes` at once, each reading its share of the pages; wall ms. */
async function native(files: string[], processes: number, tessdata: string, extra: string[] = []): Promise<number> {
  const lists = Array.from({ length: processes }, (_, i) => {
    const list = join(CACHE, `list-${processes}-${i}.txt`);
    writeFileSync(list, `${files.filter((_, j) => j % processes === i).join('\n')}\n`);
    return list;
  });
  const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
  const t0 = performance.now();
  await Promise.all(lists.map((list) => run('tesseract', [list, 'stdout', '--tessdata-dir', tessdata, '-l', 'fra', '--oem', '1', '--psm', '3', ...extra], env)));
  return performance.now() - t0;
}

interface OursRun {
  pages: number;
  failed: number;
  ms: number;
  startMs: number;
  peakRss: number;
  samples: Array<{ page: number; rss: number }>;
  confidence: number;
}

async function ours(pdf: string, workers: number): Promise<OursRun> {
  const runner = join(HERE, 'ocr-run.js');
  const out = await run(process.execPath, [runner, '--workers', String(workers), pdf]);
  const r = JSON.parse(out.trim().split('\n').pop()!) as OursRun;
  if (r.failed > 0) throw new Error(`${pdf}: ${r.failed} pages failed OCR`);
  return r;
}

async function main(): Promise<number> {
  const pages = Number(arg('--pages', '12'));
  const memoryPages = Number(arg('--memory-pages', '200'));
  const strict = process.argv.includes('--strict');
  try {
    execFileSync('tesseract', ['--version'], { stdio: 'ignore' });
  } catch {
    console.error('bench:ocr needs the native tesseract command for comparison: apt-get install tesseract-ocr');
    return 1;
  }
  const version = execFileSync('tesseract', ['--version'], { encoding: 'utf8' }).split('\n')[0];

  const doc = await scannedDocument(pages);
  const files = await pageJpegs(doc);
  const tessdata = nativeTessdata();
  const cores = availableParallelism();
  console.log(`\nminutes bench:ocr: ${files.length} scanned pages (300 dpi gray JPEG), ${cores} cores, node ${process.version}, ${version}`);

  // Warm the file cache and both engines once, outside the timings.
  await native(files.slice(0, 1), 1, tessdata);

  const n1 = await native(files, 1, tessdata);
  const o1 = await ours(doc, 1);
  const n2 = await native(files, 2, tessdata);
  const o2 = await ours(doc, 2);
  // For reference: native with the parameter our engine sets (no inverted-text second pass).
  const n1same = await native(files, 1, tessdata, ['-c', 'tessedit_do_invert=0']);

  const rate = (ms: number) => files.length / (ms / 1000);
  const W = [44, 10, 12];
  const row = (cells: string[]) => console.log(cells.map((c, i) => (i === 0 ? c.padEnd(W[0]!) : c.padStart(W[i] ?? 10))).join(' '));
  const rule = () => row(W.map((w) => '-'.repeat(w)));
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  console.log('');
  row(['', 'pages/s', 's/page']);
  rule();
  row(['native tesseract, 1 process', rate(n1).toFixed(3), (n1 / 1000 / files.length).toFixed(2)]);
  row(['native tesseract, 2 processes', rate(n2).toFixed(3), (n2 / 1000 / files.length).toFixed(2)]);
  row(['native, 1 process, tessedit_do_invert=0', rate(n1same).toFixed(3), (n1same / 1000 / files.length).toFixed(2)]);
  row(['minutes pipeline, 1 worker', rate(o1.ms).toFixed(3), (o1.ms / 1000 / files.length).toFixed(2)]);
  row(['minutes pipeline, 2 workers', rate(o2.ms).toFixed(3), (o2.ms / 1000 / files.length).toFixed(2)]);
  rule();
  const vsNative = rate(o1.ms) / rate(n1);
  const scaling = rate(o2.ms) / rate(o1.ms);
  row([`ours(1) / native(1), budget >= ${BUDGET.vsNative}`, vsNative.toFixed(2), verdict(vsNative >= BUDGET.vsNative)]);
  row([`ours(2) / ours(1), budget >= ${BUDGET.scaling}`, scaling.toFixed(2), verdict(scaling >= BUDGET.scaling)]);
  row(['(native(2) / native(1), for reference)', (rate(n2) / rate(n1)).toFixed(2), '']);
  row(['(ours(1) / native(1) with our parameter)', (rate(o1.ms) / rate(n1same)).toFixed(2), '']);
  row(['worker pool start (not timed above)', `${(o2.startMs / 1000).toFixed(2)} s`, '']);
  row(['mean OCR confidence', o1.confidence.toFixed(3), '']);

  let memoryOk = true;
  if (memoryPages > 0) {
    const big = await scannedDocument(memoryPages);
    const m = await ours(big, 2);
    const q = Math.max(1, Math.floor(m.samples.length / 4));
    const mean = (xs: Array<{ rss: number }>) => xs.reduce((s, x) => s + x.rss, 0) / xs.length;
    const q2 = mean(m.samples.slice(q, 2 * q));
    const q4 = mean(m.samples.slice(-q));
    const growth = (q4 - q2) / q2;
    const peakOk = m.peakRss / 1024 / 1024 < BUDGET.peakRssMb;
    const flatOk = growth < BUDGET.rssGrowth;
    memoryOk = peakOk && flatOk;
    console.log('');
    row([`${m.pages}-page document, 2 workers`, 'value', '']);
    rule();
    row(['throughput', `${rate(m.ms * (files.length / m.pages)).toFixed(3)} p/s`, '']);
    row([`peak RSS, budget < ${BUDGET.peakRssMb} MB`, mb(m.peakRss), verdict(peakOk)]);
    row(['RSS at 25 % / 50 % / 100 % of pages', '', '']);
    for (const f of [0.25, 0.5, 1]) {
      const s = m.samples[Math.min(m.samples.length - 1, Math.round(f * m.samples.length) - 1)]!;
      row([`  page ${s.page}`, mb(s.rss), '']);
    }
    row([`RSS growth Q2 -> Q4, budget < ${BUDGET.rssGrowth * 100} %`, `${(growth * 100).toFixed(1)} %`, verdict(flatOk)]);
  }
  console.log('');
  const ok = vsNative >= BUDGET.vsNative && scaling >= BUDGET.scaling && memoryOk;
  return strict && !ok ? 1 : 0;
}

runMain(main);
