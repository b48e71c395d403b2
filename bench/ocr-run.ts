/**
 * One measured run of the whole pipeline on one scanned PDF, in a process of its own so that
 * its peak RSS is its own (bench/ocr.ts starts one per configuration).
 *
 *   node dist/bench/ocr-run.js --workers N FILE.pdf
 *
 * Prints one JSON line: pages, wall time (pool start excluded, reported apart), peak RSS and
 * RSS sampled as pages complete, mean confidence.
 */
import { performance } from 'node:perf_hooks';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { loadBytes } from '../src/ingest/load.ts';
import { OcrPool } from '../src/ocr/engine.ts';
import { readPages } from '../src/ocr/read-pages.ts';
import { analyze } from '../src/pipeline.ts';
import { arg, runMain } from './command-line.ts';

async function main(): Promise<void> {
  const workers = Number(arg('--workers', '1'));
  const file = process.argv[process.argv.length - 1]!;
  const bytes = await readFile(file);

  const t0 = performance.now();
  const pool = await OcrPool.create({ workers });
  const startMs = performance.now() - t0;

  const samples: Array<{ page: number; rss: number }> = [];
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
  const confidences: number[] = [];

  const t1 = performance.now();
  const loaded = await loadBytes(basename(file), bytes, { allowImageOnly: true });
  const read = await readPages(loaded, bytes, pool, {
    onPage: ({ done }) => {
      const rss = process.memoryUsage().rss;
      peakRss = Math.max(peakRss, rss);
      samples.push({ page: done, rss });
    },
    onResult: (_, r) => confidences.push(r.confidence),
  });
  const doc = analyze(read);
  const ms = performance.now() - t1;
  clearInterval(sampler);
  await pool.close();

  const failed = read.pages.filter((p) => p.needsOcr).length;
  // maxRSS (KiB) catches a peak between two samples.
  peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
  console.log(
    JSON.stringify({
      file: basename(file),
      workers,
      pages: loaded.pages.length,
      failed,
      ms,
      startMs,
      peakRss,
      samples,
      confidence: confidences.reduce((s, c) => s + c, 0) / Math.max(1, confidences.length),
      date: doc.meeting.date,
    }),
  );
}

runMain(main);
