/** `minutes worker`: runs the queues' jobs until told to stop. */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { openConnection, openStore, REDIS_HELP, REDIS_OPTIONS, redact, redisTarget, reportingCommandErrors, STORE_HELP, STORE_OPTION } from '../../pipelines/command-options.ts';
import { workerTimings } from '../../pipelines/connection.ts';
import { startWorkers } from '../../pipelines/workers.ts';
import { EXIT, positiveInt, UsageError } from './usage-error.ts';

export const help = `Usage: minutes worker --redis URL [--concurrency N] [--store PATH] [options]

Processes the jobs \`minutes submit\` puts on the queues, until stopped. Run one per machine
(or several), all against the same Redis and the same store: each document is loaded,
split into its scanned pages, the pages read by OCR by whichever workers are free, then
assembled, analyzed and written. The output is the same as \`minutes process\`.

Options:
${REDIS_HELP}
${STORE_HELP}
  -c, --concurrency N  jobs of each queue run at once, and OCR threads (default: one per core,
                       ${availableParallelism()} here; each OCR thread holds ~150 MB, started on the
                       first scanned page only)
  --ocr-timeout S      give up on a page after S seconds of OCR (default 120; the page is left
                       empty with a warning, the document goes on)
  --grace S            on SIGTERM or Ctrl-C, let the current jobs finish for up to S seconds
                       (default 25), then hand them back to the queue for another worker
  -h, --help           show this help

Stopping: SIGTERM or Ctrl-C once stops taking jobs and finishes the current ones; twice (or
after --grace) hands the unfinished ones back at once; a third time leaves at once. A worker
killed outright (SIGKILL, a crash, a lost machine) loses nothing: once its locks expire,
another worker takes its jobs. With Redis unreachable, the worker leaves 10 s after --grace.

Environment (tuning; the defaults suit production):
  MINUTES_LOCK_DURATION_MS     a job's lock, renewed every half of it (default 60000); a
                               killed worker's jobs are taken over after about this long
  MINUTES_STALLED_INTERVAL_MS  how often workers look for such jobs (default 30000)
  MINUTES_RETRY_DELAY_MS       first retry delay of a page job, doubled each attempt (default
                               2000; documents jobs take the submitter's)

Node flags: with one worker per core (the usual deployment), start it as
  node --single-threaded-gc bin/minutes.js worker ...
V8 otherwise runs its garbage collector on helper threads that keep ~0.2 of another core
busy, which is the core the next worker needs: measured on 2 cores, two workers gave 1.45x
one with the default flags and 1.75x (and 7 % more pages/s in all) with this one
(\`npm run bench:queue\`). docker-compose.yml starts its workers so. A lone worker on a
machine with idle cores is faster without it.

Each document done or failed is one line on stderr.

Examples:
  minutes worker --redis redis://127.0.0.1:6379 --store /shared/store
  minutes worker --redis redis://queue.local:6379 --store /mnt/minutes/store --concurrency 4

Exit status: 0 stopped cleanly, 1 the queues or the store cannot be reached (at start or on
the way out), 2 bad usage.
`;

/** How long closing may take beyond --grace before the worker leaves without a clean close. */
const SHUTDOWN_MARGIN_MS = 10_000;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...REDIS_OPTIONS,
      ...STORE_OPTION,
      concurrency: { type: 'string', short: 'c' },
      'ocr-timeout': { type: 'string' },
      grace: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(help);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}': the worker takes its inputs from the queues`);
  const target = redisTarget(values);
  const concurrency = positiveInt('--concurrency', values.concurrency) ?? availableParallelism();
  const ocrTimeout = positiveInt('--ocr-timeout', values['ocr-timeout']);
  const graceMs = (positiveInt('--grace', values.grace) ?? 25) * 1000;
  let timings;
  try {
    timings = workerTimings();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }

  return reportingCommandErrors(async () => {
    const store = await openStore(values.store);
    const connection = await openConnection(target, 'minutes-worker');
    const log = (line: string) => process.stderr.write(`${line}\n`);
    const workers = await startWorkers({
      connection,
      prefix: target.prefix,
      store,
      concurrency,
      ocrTimeoutMs: ocrTimeout === undefined ? undefined : ocrTimeout * 1000,
      timings,
      log,
    });
    log(`worker ${process.pid} ready: ${redact(target.url)} prefix ${target.prefix}, store ${store.root}, concurrency ${concurrency}`);
    if (!process.execArgv.includes('--single-threaded-gc')) {
      log('note: running with V8\'s parallel GC; with one worker per core, start node with --single-threaded-gc (see minutes worker --help)');
    }

    // Signals: the first stops taking jobs and finishes the current ones (up to --grace); the
    // second hands the unfinished ones back at once.
    let deadline: (() => void) | undefined;
    const stopped = new Promise<NodeJS.Signals>((resolve) => {
      let received = 0;
      const onSignal = (signal: NodeJS.Signals) => {
        received++;
        if (received === 1) {
          log(`${signal}: finishing ${workers.active} current job${workers.active === 1 ? '' : 's'} (${signal} again to hand them back now)`);
          resolve(signal);
        } else {
          workers.handBack();
          if (received > 2) deadline?.();
        }
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
    });
    await stopped;
    // Closing talks to Redis (hand-back, connections): with Redis unreachable it would wait
    // forever. Past the grace period and a margin, the worker leaves anyway; what it still
    // held comes back to the queue when the locks expire, as after a crash.
    const closed = (async () => {
      await workers.close(graceMs);
      if (connection.status === 'ready') await connection.quit();
      else connection.disconnect();
    })().then(() => true);
    const late = new Promise<false>((resolve) => {
      const timer = setTimeout(() => resolve(false), graceMs + SHUTDOWN_MARGIN_MS);
      deadline = () => {
        clearTimeout(timer);
        resolve(false);
      };
    });
    const cleanly = await Promise.race([closed, late]);
    deadline?.(); // the timer must not keep the process alive once closed
    if (!cleanly) {
      log(`worker ${process.pid} could not close cleanly (is Redis reachable?): leaving; its unfinished jobs return to the queue when their locks expire`);
      connection.disconnect();
      // BullMQ's reconnection timers would keep the process alive: this is the way out.
      process.exit(EXIT.failed);
    }
    log(`worker ${process.pid} stopped`);
    return EXIT.ok;
  });
}
