/** `minutes submit`: inputs -> jobs on the queues, for `minutes worker` processes to run. */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openQueues, openStore, REDIS_HELP, REDIS_OPTIONS, redisTarget, reportingCommandErrors, STORE_HELP, STORE_OPTION } from '../../pipelines/command-options.ts';
import { submitInputs, type Submitted } from '../../pipelines/submit.ts';
import { BatchTracker } from '../../pipelines/track.ts';
import { Interrupt } from './interrupt.ts';
import { Progress, type View } from './progress.ts';
import { EXIT, positiveInt, UsageError } from './usage-error.ts';

export const help = `Usage: minutes submit <file|dir>... --redis URL [--out DIR] [--wait] [options]

Puts every input on the queues for \`minutes worker\` processes, on this machine or others, to
turn into JSON. Inputs are found and named as \`minutes process\` does (directories walked for
*.pdf and *.txt in sorted order, DIR/<name>.json per input): the files the workers write are
byte for byte those \`minutes process\` writes.

Each file is read once, stored in the content store under its SHA-256, and becomes one job
whose id is that hash and its output. Submitting again is safe: inputs already in the queues
(done, failed, or on their way) are skipped, so after an interruption the same command adds
only what is missing. A file whose pages need OCR is split into one job per page, so the pages
of a long register are read by every worker at once.

Options:
${REDIS_HELP}
${STORE_HELP}
  -o, --out DIR        the workers write DIR/<name>.json (or DIR/<name>.error.json) there; it
                       must be the same path for every worker (a shared disk across machines).
                       Without it the JSON stays in the store and the job's result names it
  -w, --wait           follow the batch to its end: a progress bar (one line per document
                       when stderr is not a terminal), the failures, a summary
  --force              process again inputs already submitted (their jobs are removed first;
                       one being processed right now is left alone)
  --max-bytes N        refuse inputs larger than N bytes (code TOO_LARGE)
  -q, --quiet          print only failures
  -h, --help           show this help

A refused input (not found, empty, corrupt, encrypted, not a PDF...) fails at once, without
retries, with the code and message \`minutes process\` gives; it is kept in the failed jobs
(\`minutes status\`) and the worker writes DIR/<name>.error.json. Other errors are retried with
growing delays (2 s, 4 s, 8 s, 16 s) before they count as failures.

Ctrl-C stops submitting (or waiting) and prints the summary; what was submitted stays queued.

Examples:
  minutes submit scans/ --redis redis://127.0.0.1:6379 --out /shared/out --store /shared/store
  minutes submit scans/ --redis redis://queue.local:6379 --out /shared/out --wait
  minutes submit scans/2024-03.pdf --redis redis://127.0.0.1:6379 --out out --force --wait

Exit status: 0 submitted (with --wait: every input processed), 1 with --wait some input failed
or the queues cannot be reached, 2 bad usage, 130 interrupted.
`;

function parseOptions(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...REDIS_OPTIONS,
      ...STORE_OPTION,
      out: { type: 'string', short: 'o' },
      wait: { type: 'boolean', short: 'w', default: false },
      force: { type: 'boolean', default: false },
      'max-bytes': { type: 'string' },
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help' as const;
  if (positionals.length === 0) throw new UsageError('no input: give files or directories to submit');
  if (values.out === '') throw new UsageError('--out needs a directory');
  return {
    paths: positionals,
    target: redisTarget(values),
    store: values.store,
    out: values.out === undefined ? null : resolve(values.out),
    wait: values.wait,
    force: values.force,
    maxBytes: positiveInt('--max-bytes', values['max-bytes']),
    quiet: values.quiet,
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export async function run(args: string[]): Promise<number> {
  const options = parseOptions(args);
  if (options === 'help') {
    process.stdout.write(help);
    return EXIT.ok;
  }
  const { out } = options;
  if (out !== null) {
    await mkdir(out, { recursive: true }).catch((err: Error) => {
      throw new UsageError(`cannot create the output directory ${out}: ${err.message}`);
    });
  }
  return reportingCommandErrors(async () => {
    const store = await openStore(options.store);
    const tty = process.stderr.isTTY === true;
    const errors = new Set<string>();
    const onError = (error: Error) => {
      if (errors.has(error.message)) return; // a lost connection repeats every retry
      errors.add(error.message);
      process.stderr.write(`${tty ? '\r\x1b[2K' : ''}note: ${error.message} (retrying)\n`);
    };
    const { connection, queues, close } = await openQueues(options.target, 'minutes-submit', onError);

    const view: View = options.quiet ? 'failures' : tty ? 'bar' : 'lines';
    const progress = new Progress(process.stderr, view, (f) => `FAIL ${f.file}: ${f.code}: ${f.message}`);
    let tracker: BatchTracker | undefined;
    const interrupt = new Interrupt((message) => {
      process.stderr.write(`${tty ? '\r\x1b[2K' : ''}${message.replace('stopping after the current file', 'stopping; what was submitted stays queued')}\n`);
      tracker?.stop();
    });
    const files = new Map<string, string>();
    try {
      if (options.wait) {
        tracker = await BatchTracker.start({
          connection,
          prefix: options.target.prefix,
          queues,
          onError,
          callbacks: {
            done: (_id, s) => progress.ok(s.file, s.pages, s.kind, s.output),
            failed: (_id, failure) => progress.fail(failure),
            ocrPage: (id, done, total) => progress.ocrPage(files.get(id) ?? id, done, total),
          },
        });
      }

      const counts: Record<Submitted['status'], number> = { added: 0, existing: 0, busy: 0 };
      let shown = 0;
      const submission = await submitInputs(options.paths, {
        queues,
        store,
        out,
        force: options.force,
        maxBytes: options.maxBytes,
        stopped: () => interrupt.requested,
        onSubmitted: (entry) => {
          counts[entry.status]++;
          files.set(entry.id, entry.file);
          tracker?.add(entry.id);
          const n = counts.added + counts.existing + counts.busy;
          // The submission's own progress: one redrawn line on a terminal, a few times a second.
          if (view === 'bar' && (n - shown >= 25 || n === 1)) {
            shown = n;
            process.stderr.write(`\r\x1b[2Ksubmitting: ${n} files`);
          }
        },
      });
      if (view === 'bar') process.stderr.write('\r\x1b[2K');
      for (const note of submission.notes) progress.note(note);
      const submitted = submission.entries.length;
      if (!options.quiet) {
        const parts = [`${counts.added} added`, `${counts.existing} already in the queues`];
        if (counts.busy > 0) parts.push(`${counts.busy} being processed (not resubmitted)`);
        const stoppedAt = submitted < submission.total ? ` of ${submission.total}` : '';
        process.stderr.write(`submitted ${plural(submitted, 'input')}${stoppedAt}: ${parts.join(', ')}\n`);
      }
      if (!tracker || interrupt.requested) return interrupt.exitCode ?? EXIT.ok;

      progress.start(submitted);
      await tracker.wait(() => interrupt.requested);
      progress.finish(tracker.remaining, 'stopped waiting (they stay queued)');
      return interrupt.exitCode ?? (progress.failed > 0 ? EXIT.failed : EXIT.ok);
    } finally {
      interrupt.dispose();
      await tracker?.close();
      await close();
    }
  });
}
