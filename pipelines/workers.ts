/**
 * One worker process: a BullMQ Worker on each queue, sharing one store, one lazy OCR pool and
 * one Redis connection. The processors run in this thread; what keeps their locks renewed:
 * - OCR runs in the pool's worker threads (tesseract.js), this thread only waits for it;
 * - loading a PDF yields every 16 pages (src/ingest/load.ts), page extraction after every page
 *   (split.ts), and each step's store and file I/O yields too;
 * - analyze is the one long synchronous call (~4 ms a page): the lock (60 s by default, see
 *   connection.ts) outlasts it by far.
 *
 * Shutdown: close() stops taking jobs and lets the current ones finish for up to `graceMs`;
 * whatever is still running then is handed back (moved to wait, its lock released) so another
 * worker takes it at once, without waiting for the lock to expire.
 */
import { hostname } from 'node:os';
import { FlowProducer, Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { ContentStore } from '../src/store/content-store.ts';
import { assembleDocument } from './assemble.ts';
import type { Connection, WorkerTimings } from './connection.ts';
import { emitFailure } from './emit.ts';
import { failureOf, isLastAttempt } from './failures.ts';
import { LazyOcrPool } from './lazy-ocr-pool.ts';
import { ocrPage } from './ocr-page.ts';
import { splitDocument } from './split.ts';
import { QUEUES, type AssembleJobData, type DocumentJobData, type DocumentJobResult, type DocumentSummary, type PageJobData, type PageJobResult, type QueueName } from './topology.ts';

export interface WorkersOptions {
  connection: Connection;
  prefix: string;
  store: ContentStore;
  /** Jobs of each queue at once; also the number of OCR threads. */
  concurrency: number;
  /** Give up on a page after this long (it is left empty with a warning, as in `minutes process`). */
  ocrTimeoutMs?: number | undefined;
  timings: WorkerTimings;
  /** One line per event worth telling (a document done or failed, a connection lost). */
  log: (line: string) => void;
}

export interface RunningWorkers {
  /** Finishes the current jobs for up to graceMs, hands back the rest, closes everything. */
  close(graceMs: number): Promise<void>;
  /** Ends the grace period of close() now: the unfinished jobs are handed back. */
  handBack(): void;
  /** Jobs being processed now. */
  readonly active: number;
}

type Processor<T, R> = (job: Job<T>) => Promise<R>;

export async function startWorkers(options: WorkersOptions): Promise<RunningWorkers> {
  const { connection, prefix, store, concurrency, timings, log } = options;
  const ocr = new LazyOcrPool({ workers: concurrency, pageTimeoutMs: options.ocrTimeoutMs });
  const flows = new FlowProducer({ connection, prefix });
  const assembleQueue = new Queue<AssembleJobData>(QUEUES.assemble, { connection, prefix });
  const active = new Map<string, { job: Job; token: string }>();
  const errors = new Set<string>();

  const onError = (source: string) => (error: Error) => {
    // A lost connection repeats every retry: say it once per distinct message.
    const line = `${source}: ${error.message}`;
    if (errors.has(line)) return;
    errors.add(line);
    log(`error ${line}`);
  };
  flows.on('error', onError('flows'));
  assembleQueue.on('error', onError('assemble queue'));

  /**
   * Wraps a processor: tracks the job for hand-back, and on the last attempt of a job that
   * fails for a reason other than its input, writes <name>.error.json as `minutes process` would.
   */
  const tracked =
    <T, R>(processor: Processor<T, R>, target?: (data: T) => { file: string; name: string; out: string | null }) =>
    async (job: Job<T>, token?: string): Promise<R> => {
      const key = `${job.queueName}/${job.id}`;
      active.set(key, { job, token: token ?? '' });
      try {
        return await processor(job);
      } catch (error) {
        if (target && !(error instanceof UnrecoverableError) && isLastAttempt(job)) {
          const t = target(job.data);
          await emitFailure(t, failureOf(t.file, error));
        }
        throw error;
      } finally {
        active.delete(key);
      }
    };

  const common = {
    connection,
    prefix,
    concurrency,
    lockDuration: timings.lockDurationMs,
    stalledInterval: timings.stalledIntervalMs,
    // A job whose worker died twice is retried once more before it is failed as stalled.
    maxStalledCount: 2,
    name: `${hostname()}:${process.pid}`,
  };
  const documents = new Worker<DocumentJobData, DocumentJobResult, string>(
    QUEUES.documents,
    tracked((job: Job<DocumentJobData>) => splitDocument(job, { store, flows, assemble: assembleQueue }), (d) => d),
    common,
  );
  const pages = new Worker<PageJobData, PageJobResult>(QUEUES.pages, tracked((job: Job<PageJobData>) => ocrPage(job, { store, ocr })), common);
  const assemble = new Worker<AssembleJobData, DocumentSummary>(QUEUES.assemble, tracked((job: Job<AssembleJobData>) => assembleDocument(job, { store }), (d) => d), common);
  const workers: Record<QueueName, Worker> = { documents, pages, assemble };

  for (const [queue, worker] of Object.entries(workers)) {
    worker.on('error', onError(`${queue} worker`));
    worker.on('failed', (job, error) => {
      if (!job) return;
      const final = error instanceof UnrecoverableError || error.name === 'UnrecoverableError' || isFinal(job);
      const what = queue === QUEUES.pages ? `${(job.data as { fileName?: string }).fileName} page ${(job.data as { page?: number }).page}` : (job.data as { file?: string }).file;
      log(`${final ? 'FAIL' : 'retry'} ${queue} ${what}: ${error.message}`);
      // Failed by BullMQ without running the processor: its workers kept dying on it (stalled
      // too often). No processor wrote its <name>.error.json: write it here.
      if (queue !== QUEUES.pages && /more than allowable limit/.test(error.message)) {
        const t = job.data as { file: string; name: string; out: string | null };
        void emitFailure(t, { file: t.file, code: 'INTERNAL_ERROR', message: `${t.file}: ${error.message} (the workers processing it died or lost it repeatedly)` });
      }
    });
  }
  const pages_ = (n: number) => `${n} page${n === 1 ? '' : 's'}`;
  const done = (s: DocumentSummary) => log(`ok ${s.file} -> ${s.output} (${pages_(s.pages)}, ${s.kind})`);
  documents.on('completed', (_job, result) => {
    if (result.status === 'split') log(`split ${result.file}: ${pages_(result.ocrPages)} to OCR`);
    else done(result);
  });
  assemble.on('completed', (_job, result) => done(result));
  await Promise.all(Object.values(workers).map((w) => w.waitUntilReady()));

  let closing: Promise<void> | undefined;
  let handBackNow = false;
  let expire: (() => void) | undefined;
  return {
    handBack() {
      handBackNow = true;
      expire?.();
    },
    get active() {
      return active.size;
    },
    close(graceMs: number) {
      closing ??= (async () => {
        const graceful = Promise.all(Object.values(workers).map((w) => w.close()));
        let timer: NodeJS.Timeout | undefined;
        const expired = new Promise<'expired'>((resolve) => {
          expire = () => resolve('expired');
          timer = setTimeout(expire, graceMs);
          if (handBackNow) expire();
        });
        const outcome = await Promise.race([graceful.then(() => 'finished' as const), expired]);
        clearTimeout(timer);
        if (outcome === 'expired') {
          const handBack = [...active.values()];
          log(`grace period over: handing back ${handBack.length} job${handBack.length === 1 ? '' : 's'} to the queue`);
          await Promise.all(handBack.map(({ job, token }) => job.moveToWait(token).catch((e: Error) => log(`could not hand back ${job.queueName} ${job.id}: ${e.message}`))));
          await Promise.all(Object.values(workers).map((w) => w.close(true)));
        }
        // Only now: a page job still running needed the engine, a split job the flow producer.
        await ocr.close();
        await Promise.all([flows.close(), assembleQueue.close()]);
      })();
      return closing;
    },
  };
}

/** A failure with no attempt left: BullMQ will not retry it. */
function isFinal(job: Job): boolean {
  return job.attemptsMade >= (job.opts.attempts ?? 1);
}
