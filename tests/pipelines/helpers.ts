/**
 * For the queue tests: a batch of inputs built from the corpus, worker processes of the real
 * CLI (`node bin/minutes.js worker`), and reading an output directory back.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { TestRedis } from '../helpers/redis.ts';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { renderTextPdf } from '../../fixtures/text-pdf.ts';
import { cachedScan } from '../../fixtures/scan-cache.ts';
import { CORPUS_DIR, REPO_ROOT } from '../corpus.ts';
import { BIN, listFiles, runCli } from '../cli/helpers.ts';


export const CORPUS_TEXTS = readdirSync(CORPUS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();

/** Short corpus documents (one or two pages as scans): OCR stays a few seconds a page. */
export const SHORT_SCANS = ['008.txt', '013.txt', '027.txt'];

export const BAD_FIXTURES = readdirSync(join(REPO_ROOT, 'fixtures/bad'))
  .filter((f) => f !== 'not-minutes.txt')
  .sort();

export interface BatchSpec {
  /** Corpus texts copied as .txt inputs. */
  texts?: string[];
  /** Corpus texts rendered to text-layer PDFs. */
  pdfs?: string[];
  /** Corpus texts as scans (image only, read by OCR). */
  scans?: string[];
  /** fixtures/bad files (inputs the loader refuses). */
  bad?: string[];
  /** Extra text-layer PDFs: copies of the corpus PDFs under other names (more jobs). */
  copies?: number;
}

/** Writes the batch under `dir/in` (txt/, pdf/, scan/, other/, bad/); resolves to the number of inputs. */
export async function writeBatch(dir: string, spec: BatchSpec): Promise<number> {
  let n = 0;
  const put = (sub: string, name: string, bytes: Uint8Array | string) => {
    mkdirSync(join(dir, 'in', sub), { recursive: true });
    writeFileSync(join(dir, 'in', sub, name), bytes);
    n++;
  };
  for (const t of spec.texts ?? []) put('txt', t, readFileSync(join(CORPUS_DIR, t)));
  const pdfs = new Map<string, Uint8Array>();
  for (const t of spec.pdfs ?? []) {
    const pdf = await renderTextPdf(readFileSync(join(CORPUS_DIR, t), 'utf8'));
    pdfs.set(t, pdf);
    put('pdf', t.replace(/\.txt$/, '.pdf'), pdf);
  }
  for (let i = 0; i < (spec.copies ?? 0); i++) {
    const [name, pdf] = [...pdfs][i % pdfs.size]!;
    put('copies', `copy-${String(i).padStart(3, '0')}-${name.replace(/\.txt$/, '.pdf')}`, pdf);
  }
  for (const t of spec.scans ?? []) put('scan', t.replace(/\.txt$/, '.pdf'), readFileSync(await cachedScan(join(CORPUS_DIR, t), 'plain')));
  for (const b of spec.bad ?? []) put('bad', b, readFileSync(join(REPO_ROOT, 'fixtures/bad', b)));
  if (spec.bad?.length) put('other', 'not-minutes.txt', readFileSync(join(REPO_ROOT, 'fixtures/bad/not-minutes.txt')));
  return n;
}

/** Every file of an output directory with its content (temporary files excluded). */
export function readOutputs(dir: string): Map<string, string> {
  return new Map(listFiles(dir).filter((f) => !f.startsWith('.')).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

export interface WorkerProcess {
  child: ChildProcess;
  /** Everything it printed on stderr so far. */
  log(): string;
  /** Resolves when it exits, to its exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

export interface QueueTarget {
  url: string;
  prefix: string;
  store: string;
}

/** The queues of a test's Redis, with the store under the test's directory. */
export const queueTarget = (redis: TestRedis | null, root: string): QueueTarget => ({
  url: redis?.url ?? '',
  prefix: redis?.prefix ?? '',
  store: join(root, 'store'),
});

/**
 * What `minutes process` makes of `root/in`, in `root/ref`: the outputs every queue run must
 * equal byte for byte. `expectedCode` is 1 when the batch holds bad inputs.
 */
export async function processReference(root: string, expectedCode = 0): Promise<Map<string, string>> {
  const r = await runCli(['process', 'in', '--out', 'ref'], root);
  expect(r.code, r.stderr).toBe(expectedCode);
  return readOutputs(join(root, 'ref'));
}

/** Kills the workers still running, then stops the test's Redis. */
export async function stopAll(workers: readonly WorkerProcess[], redis: TestRedis | null): Promise<void> {
  for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGKILL');
  await redis?.stop();
}

/** Waits until `condition` holds, polling every `stepMs`; throws naming `what` after `timeoutMs`. */
export async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string, stepMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, stepMs));
  }
}

export const queueArgs = (t: QueueTarget) => ['--redis', t.url, '--prefix', t.prefix, '--store', t.store];

/**
 * Starts `minutes worker` and resolves once it says it is ready. Short locks, so that the
 * jobs of a killed worker are taken over in seconds.
 */
export async function startWorker(target: QueueTarget, cwd: string, extra: string[] = [], env: Record<string, string> = {}): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [BIN, 'worker', ...queueArgs(target), '--concurrency', '1', ...extra], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', ...FAST_LOCKS, ...env },
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  while (!/ready:/.test(stderr)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`worker did not start:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { child, log: () => stderr, exited };
}

/** Lock timings for workers started by the tests (read by `minutes worker` from the environment). */
export const FAST_LOCKS = { MINUTES_LOCK_DURATION_MS: '3000', MINUTES_STALLED_INTERVAL_MS: '1000' };
