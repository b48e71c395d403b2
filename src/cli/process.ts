/** `minutes process`: inputs -> one JSON file each (or NDJSON on stdout); a failure never stops the batch. */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { InputError } from '../ingest/types.ts';
import { expandInputs, type Input } from './inputs.ts';
import { Interrupt } from './interrupt.ts';
import { forEachOrdered } from './ordered.ts';
import { outputNames } from './output-names.ts';
import { Progress, type Failure, type View } from './progress.ts';
import { EXIT, positiveInt, UsageError } from './usage-error.ts';
import { writeOutputs, type Result } from './write-outputs.ts';

export const help = `Usage: minutes process <file|dir>... --out DIR [options]
       minutes process <file|dir>... --format ndjson [options]

Turns meeting minutes into JSON documents that follow the schema (\`minutes schema\`).
Directories are walked recursively in sorted order for *.pdf and *.txt files (any case,
hidden entries skipped); files named explicitly are taken whatever their extension.

Options:
  -o, --out DIR        write DIR/<name>.json per input (<name>: file name without extension;
                       inputs sharing a name get <name>-2, <name>-3... in input order, with a note)
  -f, --format FMT     json (default): files in DIR, pretty-printed, byte-identical across runs
                       ndjson: one compact JSON line per document on stdout, no files;
                       failures as JSON lines {file, code, message} on stderr
  --max-bytes N        refuse inputs larger than N bytes (code TOO_LARGE)
  --ocr-workers N      OCR threads for scanned pages (default: one per core; each holds ~150 MB)
  --ocr-timeout S      give up on a page after S seconds of OCR (default 120; the page is left
                       empty with a warning, the document goes on)
  --no-ocr             do not OCR: image-only PDFs fail with NEEDS_OCR, scanned pages of mixed
                       PDFs stay empty with a warning
  -q, --quiet          print only failures (no progress, no summary)
  -h, --help           show this help

A failed input writes DIR/<name>.error.json = {"file", "code", "message"} and the batch goes on;
Scanned pages (no usable text layer) are read by OCR (tesseract, French model, offline), the
right way up when scanned sideways or upside down; each page's method and confidence are in
source.pages, and a low confidence is a warning.

code is the loader's (UNSUPPORTED_TYPE, ENCRYPTED_PDF, OCR_FAILED...), NOT_FOUND for a path that
does not exist, WRITE_FAILED when DIR/<name>.json cannot be written, or INTERNAL_ERROR. A success removes a stale <name>.error.json; a failure never
deletes an earlier <name>.json, so trust <name>.json only when there is no <name>.error.json.
Files are written atomically (DIR/.<file>.<pid>.tmp, then renamed). Ctrl-C stops after the
current file and prints the summary; a second Ctrl-C aborts at once.

Examples:
  minutes process scans/ --out out/
  minutes process 000.txt deliberations/*.pdf --out out/ --max-bytes 50000000
  minutes process scans/ --format ndjson 2>errors.ndjson | jq .meeting.date

Exit status: 0 all inputs processed, 1 some input failed, 2 bad usage, 130 interrupted.
`;

interface Options {
  paths: string[];
  out: string | undefined;
  format: 'json' | 'ndjson';
  maxBytes: number | undefined;
  quiet: boolean;
  ocr: boolean;
  ocrWorkers: number | undefined;
  ocrTimeoutMs: number | undefined;
}


/** Inputs are processed one at a time: simple and deterministic. forEachOrdered keeps order at any value. */
const CONCURRENCY = 1;

function parseOptions(args: string[]): Options | 'help' {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      format: { type: 'string', short: 'f', default: 'json' },
      'max-bytes': { type: 'string' },
      quiet: { type: 'boolean', short: 'q', default: false },
      'ocr-workers': { type: 'string' },
      'ocr-timeout': { type: 'string' },
      'no-ocr': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  const format = values.format;
  if (format !== 'json' && format !== 'ndjson') throw new UsageError(`--format must be json or ndjson, not '${format}'`);
  if (positionals.length === 0) throw new UsageError('no input: give files or directories to process');
  if (format === 'json' && values.out === undefined) throw new UsageError('--out DIR is required (or use --format ndjson)');
  if (format === 'ndjson' && values.out !== undefined) throw new UsageError('--out is not used with --format ndjson (documents go to stdout)');
  if (values.out === '') throw new UsageError('--out needs a directory');
  let maxBytes: number | undefined;
  if (values['max-bytes'] !== undefined) {
    maxBytes = /^\d+$/.test(values['max-bytes']) ? Number(values['max-bytes']) : NaN;
    if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) throw new UsageError(`--max-bytes must be a positive number of bytes, not '${values['max-bytes']}'`);
  }
  const ocrTimeout = positiveInt('--ocr-timeout', values['ocr-timeout']);
  return {
    paths: positionals,
    out: values.out,
    format,
    maxBytes,
    quiet: values.quiet,
    ocr: !values['no-ocr'],
    ocrWorkers: positiveInt('--ocr-workers', values['ocr-workers']),
    ocrTimeoutMs: ocrTimeout === undefined ? undefined : ocrTimeout * 1000,
  };
}

/** An input and, with --out, the base name of its output files. */
type Job = { input: Input; name: string | undefined };

type ProcessFile = typeof import('../pipeline.ts').processFile;
type ProcessOptions = import('../pipeline.ts').ProcessOptions;

async function analyze(processFile: ProcessFile, input: Input, options: ProcessOptions): Promise<Result> {
  if (input.refused) return { ok: false, failure: { file: input.file, ...input.refused } };
  try {
    return { ok: true, doc: await processFile(input.file, options) };
  } catch (err) {
    if (err instanceof InputError) return { ok: false, failure: { file: input.file, code: err.code, message: err.message } };
    return { ok: false, failure: { file: input.file, code: 'INTERNAL_ERROR', message: err instanceof Error ? err.message : String(err) } };
  }
}

/** The OCR pool, started on the first scanned page and shared by the whole batch. */
function lazyOcrPool(options: import('../ocr/engine.ts').OcrOptions) {
  let pool: Promise<import('../ocr/engine.ts').OcrPool> | undefined;
  return {
    get: () => {
      pool ??= import('../ocr/engine.ts').then(({ OcrPool }) => OcrPool.create(options));
      // A pool that failed to start is retried by the next document rather than cached as failed.
      pool.catch(() => (pool = undefined));
      return pool;
    },
    close: async () => {
      const started = pool;
      pool = undefined;
      await started?.then((p) => p.close(), () => undefined);
    },
  };
}

function writeStdout(text: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(text, (err) => (err ? reject(err) : resolve())));
}

export async function run(args: string[]): Promise<number> {
  const options = parseOptions(args);
  if (options === 'help') {
    process.stdout.write(help);
    return EXIT.ok;
  }
  const { out, format, maxBytes } = options;
  const ocr = options.ocr ? lazyOcrPool({ workers: options.ocrWorkers, pageTimeoutMs: options.ocrTimeoutMs }) : undefined;
  if (out !== undefined) {
    await mkdir(out, { recursive: true }).catch((err: Error) => {
      throw new UsageError(`cannot create the output directory ${out}: ${err.message}`);
    });
  }

  // Loaded only now: --help and usage errors stay fast.
  const { processFile } = await import('../pipeline.ts');

  const tty = process.stderr.isTTY === true;
  const view: View = options.quiet ? 'failures' : tty ? 'bar' : format === 'ndjson' ? 'failures' : 'lines';
  const failureLine = format === 'ndjson' ? (f: Failure) => JSON.stringify(f) : (f: Failure) => `FAIL ${f.file}: ${f.code}: ${f.message}`;
  const progress = new Progress(process.stderr, view, failureLine);

  const { inputs, emptyDirs } = await expandInputs(options.paths);
  for (const dir of emptyDirs) progress.note(`no .pdf or .txt file in ${dir}`);
  const { names, renamed } = out !== undefined ? outputNames(inputs.map((i) => i.file)) : { names: [], renamed: [] };
  for (const message of renamed) progress.note(message);
  const jobs: Job[] = inputs.map((input, i) => ({ input, name: names[i] }));

  let stdoutClosed = false;
  const deliver = async (result: Result, { input, name }: Job) => {
    if (out !== undefined) {
      const failure = await writeOutputs(out, name!, input.file, result);
      if (failure) progress.fail(failure);
      else if (result.ok) progress.ok(input.file, result.doc.source.pageCount, result.doc.kind, join(out, `${name}.json`));
    } else if (!result.ok) progress.fail(result.failure);
    else {
      try {
        await writeStdout(`${JSON.stringify(result.doc)}\n`);
        progress.ok(input.file, result.doc.source.pageCount, result.doc.kind, undefined);
      } catch {
        stdoutClosed = true; // EPIPE: the reader went away (`| head`)
      }
    }
  };

  const ignore = () => {}; // a closed stdout is seen by writeStdout; no crash on the 'error' event
  process.stdout.on('error', ignore);
  const interrupt = new Interrupt((message) => (tty ? process.stderr.write(`\r\x1b[2K${message}\n`) : progress.note(message)));
  progress.start(jobs.length);
  let delivered = 0;
  try {
    const processOptions: ProcessOptions = { maxBytes, ocr: ocr?.get, onOcrPage: (file, p) => progress.ocrPage(file, p.done, p.total) };
    delivered = await forEachOrdered(jobs, (job) => analyze(processFile, job.input, processOptions), deliver, {
      concurrency: CONCURRENCY,
      stopped: () => interrupt.requested || stdoutClosed,
    });
  } finally {
    await ocr?.close();
    interrupt.dispose();
    process.stdout.off('error', ignore);
  }
  progress.finish(jobs.length - delivered, stdoutClosed ? 'stdout closed' : 'interrupted');
  return interrupt.exitCode ?? (progress.failed > 0 || stdoutClosed ? EXIT.failed : EXIT.ok);
}
