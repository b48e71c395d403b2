/**
 * For the queue tests: a batch of inputs built from the corpus, worker processes of the real
 * CLI (`node bin/minutes.js worker`), and reading an output directory back.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { renderTextPdf } from '../../fixtures/text-pdf.ts';
import { cachedScan } from '../../fixtures/scan-cache.ts';
import { CORPUS_DIR, REPO_ROOT } from '../corpus.ts';
import { BIN, listFiles } from '../cli/helpers.ts';

/**
 * bin/minutes.js runs dist/ when it is newer than every file of src/, but it does not look at
 * pipelines/: after a build, an edit there alone would leave the CLI running stale code. The
 * queue tests then run the CLI from the sources (MINUTES_FROM_SOURCE, read by bin/minutes.js).
 */
function newest(dir: string): number {
  let max = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    max = Math.max(max, e.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return max;
}
const compiledCli = join(REPO_ROOT, 'dist/src/cli/main.js');
if (!existsSync(compiledCli) || statSync(compiledCli).mtimeMs < newest(join(REPO_ROOT, 'pipelines'))) process.env.MINUTES_FROM_SOURCE = '1';

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
