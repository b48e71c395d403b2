/**
 * Throughput through the queue (`npm run bench:queue`): the same text-layer PDFs processed
 * (a) in process, as `minutes process` does (processFile, then the JSON written and flushed),
 * (b) through Redis by one `minutes worker` process, (c) by two.
 *
 * The PDFs (the corpus rendered, repeated under distinct names up to --pages pages) are
 * submitted with the documents queue paused, then the queue is resumed and timed until the
 * last document is done: (b) and (c) measure processing through the queue (a job fetched,
 * its file read from the store, loaded, analyzed, written, completed), not the submission,
 * which is timed apart. Each configuration first runs the batch once untimed (JIT warm-up).
 * Configurations alternate over --rounds rounds and the best round of each counts, so a
 * machine whose load changes during the run penalizes all alike.
 *
 * (d) runs the in-process path in two processes at once, without a queue: what this machine
 * gives two busy processes at all, the ceiling for (c)/(b).
 *
 * Budgets: queue overhead (a)/(b) - 1 under 10 %; two workers at least 1.7x one.
 *
 * Node flags: every process of the bench (this one, which runs (a), the workers and the (d)
 * children) runs with this process's own flags. `npm run bench:queue` gives them
 * --single-threaded-gc, the documented setting for one worker per core: with V8's default
 * parallel GC one process keeps ~1.2 cores busy, so two cannot double on two cores.
 * `npm run bench:queue:parallel-gc` runs the same with the default flags, for comparison.
 * Options: --pages N (default 400)  --rounds N (default 5)  --concurrency N (per worker,
 * default 2)  --corpus DIR  --strict (exit 1 on FAIL)  --keep (leave the work directory).
 * Needs redis-server or REDIS_URL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CORPUS_DIR } from '../fixtures/generate.ts';
import { renderTextPdf } from '../fixtures/text-pdf.ts';
import { outputNames } from '../src/cli/output-names.ts';
import { writeOutputs } from '../src/cli/write-outputs.ts';
import { loadBytes } from '../src/ingest/load.ts';
import { processFile } from '../src/pipeline.ts';
import { ContentStore } from '../src/store/content-store.ts';
import { connect, type Connection } from '../pipelines/connection.ts';
import { Queues } from '../pipelines/queues.ts';
import { submitInputs } from '../pipelines/submit.ts';
import { BatchTracker } from '../pipelines/track.ts';
import { testRedis, type TestRedis } from '../tests/helpers/redis.ts';
import { arg } from './command-line.ts';

const OVERHEAD_BUDGET = 0.1;
const SPEEDUP_BUDGET = 1.7;

/** bin/minutes.js of this checkout, from bench/ or dist/bench/. */
const BIN = (() => {
  for (const up of ['../bin/minutes.js', '../../bin/minutes.js']) {
    const path = fileURLToPath(new URL(up, import.meta.url));
    try {
      readFileSync(path);
      return path;
    } catch {
      // try the next
    }
  }
  throw new Error('bin/minutes.js not found');
})();

interface Batch {
  dir: string;
  files: string[];
  pages: number;
}

/** The corpus rendered to PDFs under `dir`, repeated under distinct names up to `targetPages`. */
async function writeBatch(dir: string, corpus: Array<{ name: string; pdf: Uint8Array; pages: number }>, targetPages: number): Promise<Batch> {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let pages = 0;
  for (let i = 0; pages < targetPages; i++) {
    const doc = corpus[i % corpus.length]!;
    const file = join(dir, `${String(i).padStart(4, '0')}-${doc.name}`);
    writeFileSync(file, doc.pdf);
    files.push(file);
    pages += doc.pages;
  }
  return { dir, files, pages };
}

/** (a) As `minutes process`: one document after another, each JSON written and flushed. */
async function inProcess(batch: Batch, out: string): Promise<number> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const { names } = outputNames(batch.files);
  const t0 = performance.now();
  for (const [i, file] of batch.files.entries()) {
    // No OCR engine: every page has a text layer (pages to OCR are left out of the batch).
    const doc = await processFile(file);
    const failure = await writeOutputs(out, names[i]!, file, { ok: true, doc });
    if (failure) throw new Error(`${file}: ${failure.message}`);
  }
  return performance.now() - t0;
}

interface Workers {
  children: ChildProcess[];
  stop(): Promise<void>;
}

async function startWorkers(n: number, redis: TestRedis, store: string, concurrency: number): Promise<Workers> {
  const children = await Promise.all(
    Array.from({ length: n }, async () => {
      const child = spawn(process.execPath, [...process.execArgv, BIN, 'worker', '--redis', redis.url, '--prefix', redis.prefix, '--store', store, '--concurrency', String(concurrency)], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let log = '';
      child.stderr!.setEncoding('utf8').on('data', (s: string) => (log += s.slice(0, 10_000)));
      const deadline = Date.now() + 60_000;
      while (!/ready:/.test(log)) {
        if (child.exitCode !== null || Date.now() > deadline) throw new Error(`worker did not start:\n${log}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return child;
    }),
  );
  return {
    children,
    stop: async () => {
      await Promise.all(
        children.map((c) => {
          const exited = new Promise((r) => c.once('exit', r));
          c.kill('SIGTERM');
          return exited;
        }),
      );
    },
  };
}

/** Submits `batch` with the documents queue paused, then times it through the workers. */
async function throughQueue(batch: Batch, out: string, ctx: { connection: Connection; prefix: string; queues: Queues; store: ContentStore }): Promise<{ ms: number; submitMs: number }> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const failures: string[] = [];
  const tracker = await BatchTracker.start({
    ...ctx,
    pollMs: 2000,
    callbacks: { done: () => undefined, failed: (_id, f) => failures.push(`${f.file}: ${f.code}: ${f.message}`) },
  });
  try {
    await ctx.queues.documents.pause();
    const s0 = performance.now();
    const submission = await submitInputs([batch.dir], { queues: ctx.queues, store: ctx.store, out, force: true, maxBytes: undefined, onSubmitted: (e) => tracker.add(e.id) });
    const submitMs = performance.now() - s0;
    if (submission.entries.length !== batch.files.length) throw new Error('not every file was submitted');
    const t0 = performance.now();
    await ctx.queues.documents.resume();
    await tracker.wait();
    const ms = performance.now() - t0;
    if (failures.length > 0) throw new Error(`documents failed through the queue:\n${failures.join('\n')}`);
    return { ms, submitMs };
  } finally {
    await tracker.close();
  }
}

function sameOutputs(a: string, b: string): boolean {
  const files = readdirSync(a).sort();
  if (files.join('\n') !== readdirSync(b).sort().join('\n')) return false;
  return files.every((f) => readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
}

async function main(): Promise<number> {
  const corpusDir = arg('--corpus', DEFAULT_CORPUS_DIR);
  const targetPages = Number(arg('--pages', '400'));
  const rounds = Math.max(1, Number(arg('--rounds', '5')));
  const concurrency = Math.max(1, Number(arg('--concurrency', '2')));
  const strict = process.argv.includes('--strict');
  const keep = process.argv.includes('--keep');

  const work = mkdtempSync(join(tmpdir(), 'minutes-bench-queue-'));
  const redis = await testRedis();
  if (!redis) throw new Error('bench:queue needs a Redis: install redis-server or set REDIS_URL');
  const connection = connect({ url: redis.url, name: 'minutes-bench' });
  connection.on('error', () => undefined);
  const queues = new Queues(connection, redis.prefix, () => undefined);
  const store = await ContentStore.open(join(work, 'store'));
  const ctx = { connection, prefix: redis.prefix, queues, store };
  try {
    const corpus: Array<{ name: string; pdf: Uint8Array; pages: number }> = [];
    const skipped: string[] = [];
    for (const file of readdirSync(corpusDir).filter((f) => /^\d+\.txt$/.test(f)).sort()) {
      const pdf = await renderTextPdf(readFileSync(join(corpusDir, file), 'utf8'));
      const name = file.replace(/\.txt$/, '.pdf');
      writeFileSync(join(work, name), pdf);
      const loaded = await loadBytes(name, pdf, { allowImageOnly: true });
      // Text-layer pages only: a page to OCR (023's last, nearly empty) would time tesseract, not the queue.
      if (loaded.pages.some((p) => p.needsOcr)) {
        skipped.push(name);
        continue;
      }
      corpus.push({ name, pdf, pages: loaded.pages.length });
    }
    const batch = await writeBatch(join(work, 'in'), corpus, targetPages);
    // Warm-ups (JIT, caches) on the whole batch, into outputs of their own.
    await inProcess(batch, join(work, 'out-warmup'));

    const best = { inProcess: Infinity, one: Infinity, two: Infinity, parallel: Infinity };
    let submitMs = Infinity;
    for (let r = 0; r < rounds; r++) {
      best.inProcess = Math.min(best.inProcess, await inProcess(batch, join(work, 'out-a')));
      best.parallel = Math.min(best.parallel, await parallelInProcess(batch, join(work, 'out-d')));
      for (const n of [1, 2] as const) {
        const workers = await startWorkers(n, redis, store.root, concurrency);
        try {
          await throughQueue(batch, join(work, `out-warmup-${n}`), ctx);
          const t = await throughQueue(batch, join(work, `out-${n}`), ctx);
          submitMs = Math.min(submitMs, t.submitMs);
          if (n === 1) best.one = Math.min(best.one, t.ms);
          else best.two = Math.min(best.two, t.ms);
        } finally {
          await workers.stop();
        }
      }
    }
    const identical = sameOutputs(join(work, 'out-a'), join(work, 'out-1')) && sameOutputs(join(work, 'out-a'), join(work, 'out-2'));

    const rate = (ms: number) => batch.pages / (ms / 1000);
    const overhead = rate(best.inProcess) / rate(best.one) - 1;
    const speedup = rate(best.one) > 0 ? rate(best.two) / rate(best.one) : 0;
    const row = (cells: string[]) => console.log(cells.map((c, i) => (i === 0 ? c.padEnd(44) : c.padStart(11))).join(' '));
    console.log(
      `\nminutes bench:queue: ${batch.pages} pages (${batch.files.length} text-layer PDFs cycling ${corpus.length} corpus texts), best of ${rounds} round${rounds > 1 ? 's' : ''}; ` +
        `worker --concurrency ${concurrency}; node ${process.version} ${process.execArgv.filter((a) => a.startsWith('--') && !a.startsWith('--import')).join(' ') || '(default flags)'}` +
        (skipped.length > 0 ? `\nleft out (pages to OCR): ${skipped.join(', ')}` : '') +
        '\n',
    );
    row(['path', 'time', 'pages/s']);
    row(['-'.repeat(44), '-'.repeat(11), '-'.repeat(11)]);
    row(['(a) in process (minutes process)', `${(best.inProcess / 1000).toFixed(2)} s`, rate(best.inProcess).toFixed(1)]);
    row(['(b) queue, 1 worker process', `${(best.one / 1000).toFixed(2)} s`, rate(best.one).toFixed(1)]);
    row(['(c) queue, 2 worker processes', `${(best.two / 1000).toFixed(2)} s`, rate(best.two).toFixed(1)]);
    row(['(d) 2 in-process runs side by side (no queue)', `${(best.parallel / 1000).toFixed(2)} s`, ((2 * batch.pages) / (best.parallel / 1000)).toFixed(1)]);
    row(['    submission alone (read, hash, store, add)', `${(submitMs / 1000).toFixed(2)} s`, `${(batch.files.length / (submitMs / 1000)).toFixed(0)} files/s`]);
    row([`queue overhead (a)/(b)-1, budget ${OVERHEAD_BUDGET * 100} %`, `${(overhead * 100).toFixed(1)} %`, overhead <= OVERHEAD_BUDGET ? 'PASS' : 'FAIL']);
    row([`2 workers / 1 worker, budget >= ${SPEEDUP_BUDGET}x`, `${speedup.toFixed(2)}x`, speedup >= SPEEDUP_BUDGET ? 'PASS' : 'FAIL']);
    row(['outputs byte-identical (a) = (b) = (c)', '', identical ? 'PASS' : 'FAIL']);
    // What two busy processes get on this machine at all, queue or not: the ceiling of (c)/(b).
    row(['    for reference: (d) / (a), this machine', `${((2 * best.inProcess) / best.parallel).toFixed(2)}x`, '']);
    // One worker with --concurrency 2 hides its fsyncs behind the next document's parsing, so
    // (b) runs faster than one in-process run; two such processes can give at most what (d)
    // gives, hence this ceiling for (c)/(b) on this machine.
    row(['    ceiling of (c)/(b) here: (d) total / (b)', `${((2 * batch.pages) / (best.parallel / 1000) / rate(best.one)).toFixed(2)}x`, '']);
    const pass = overhead <= OVERHEAD_BUDGET && speedup >= SPEEDUP_BUDGET && identical;
    return strict && !pass ? 1 : 0;
  } finally {
    await queues.close();
    connection.disconnect();
    await redis.stop();
    if (keep) console.log(`work directory kept: ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/**
 * --in-process-child DIR OUT: the in-process path in a process of its own, for (d). Warms up,
 * says "ready", waits for a line on stdin (so that both children start together), prints the
 * time of one timed pass.
 */
async function inProcessChild(dir: string, out: string): Promise<number> {
  const files = readdirSync(dir).sort().map((f) => join(dir, f));
  const batch: Batch = { dir, files, pages: 0 };
  await inProcess(batch, `${out}-warmup`);
  process.stdout.write('ready\n');
  await new Promise((resolve) => process.stdin.once('data', resolve));
  process.stdout.write(`${await inProcess(batch, out)}\n`);
  process.stdin.destroy();
  return 0;
}

/** (d) Two in-process runs side by side: how far this machine scales two busy processes at all. */
async function parallelInProcess(batch: Batch, out: string): Promise<number> {
  const self = fileURLToPath(import.meta.url);
  const children = [0, 1].map((i) => {
    const child = spawn(process.execPath, [...process.execArgv, self, '--in-process-child', batch.dir, `${out}-${i}`], { stdio: ['pipe', 'pipe', 'inherit'] });
    let text = '';
    child.stdout!.setEncoding('utf8').on('data', (s: string) => (text += s));
    return { child, text: () => text };
  });
  const exited = children.map((c) => new Promise<number | null>((resolve) => c.child.once('exit', resolve)));
  while (!children.every((c) => c.text().includes('ready'))) {
    if (children.some((c) => c.child.exitCode !== null)) throw new Error('an in-process child exited before its warm-up ended');
    await new Promise((r) => setTimeout(r, 20));
  }
  for (const c of children) c.child.stdin!.write('go\n');
  await Promise.all(exited);
  const times = children.map((c) => /ready\n([\d.]+)\n/.exec(c.text())?.[1]);
  if (times.some((t) => t === undefined)) throw new Error('an in-process child failed');
  return Math.max(...times.map(Number));
}

const childAt = process.argv.indexOf('--in-process-child');
process.exitCode = childAt >= 0 ? await inProcessChild(process.argv[childAt + 1]!, process.argv[childAt + 2]!) : await main();
