/** `minutes review`: a local web page to check outputs against page images and save gold corrections. */
import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXIT, UsageError } from './usage-error.ts';

export const DEFAULT_PORT = 3100;

export const help = `Usage: minutes review --out DIR [--gold DIR] [--against DIR] [--inputs DIR] [--port N] [--host H]

Serves a review page for the JSON outputs of a run (\`minutes process ... --out DIR\`):
  - the list of documents with kind, date, body, mean OCR confidence, warnings and how many
    fields differ from the gold and from another run, sortable so the worst come first;
  - a document's page images beside its extracted fields; clicking a field highlights the
    words it was read from; the differences are shown next to the fields;
  - corrections (names, dates, vote counts, people or items added or removed) saved as a
    gold document, checked against the schema first.

Options:
  -o, --out DIR        the run to review: DIR/<name>.json (required)
  -g, --gold DIR       gold documents, same file names; corrections are saved here
                       (default: a "gold" directory beside DIR, i.e. DIR/../gold; created on
                       the first save). A replaced gold file is kept as
                       GOLD/.history/<name>.<n>.json, n = 1, 2, ...
  -a, --against DIR    another run's outputs, to compare with (matched by document id)
  -i, --inputs DIR     the original PDFs / .txt files, found by their sha256 (else by file
                       name), to show page images; without it the pages' text is shown
  -p, --port N         port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)
  --host H             address to bind (default 127.0.0.1: this machine only. The page has
                       no login and writes files: do not bind it to a network address).
                       Open it by address (or localhost): other host names are refused,
                       against DNS rebinding
  -h, --help           show this help

Keys: on the list j/k (or arrows) move, Enter opens; on a document n/p go to the next or
previous difference, [ and ] the previous or next document, Ctrl+S saves, Esc leaves a field.

Stops on Ctrl-C or SIGTERM.

Examples:
  minutes process scans/ --out runs/today
  minutes review --out runs/today --inputs scans/            gold in runs/gold
  minutes review --out runs/today --against runs/yesterday --gold qa/gold --inputs scans/

Exit status: 0 stopped, 1 the port cannot be used, 2 bad usage (e.g. DIR is not a directory).
`;

async function directory(flag: string, path: string): Promise<string> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new UsageError(`${flag} ${path}: no such directory`);
  }
  if (!info.isDirectory()) throw new UsageError(`${flag} ${path}: not a directory`);
  return resolve(path);
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      gold: { type: 'string', short: 'g' },
      against: { type: 'string', short: 'a' },
      inputs: { type: 'string', short: 'i' },
      port: { type: 'string', short: 'p' },
      host: { type: 'string', default: '127.0.0.1' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(help);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}' (the outputs go with --out DIR)`);
  if (values.out === undefined) throw new UsageError('--out DIR is required: the directory of the JSON outputs to review');
  const port = values.port === undefined ? DEFAULT_PORT : /^\d+$/.test(values.port) ? Number(values.port) : NaN;
  if (!Number.isSafeInteger(port) || port > 65535) throw new UsageError(`--port must be a port number, not '${values.port}'`);
  const out = await directory('--out', values.out);
  const gold = values.gold === undefined ? join(dirname(out), 'gold') : resolve(values.gold);
  if (values.gold !== undefined) {
    // May not exist yet (created on the first save), but must not be a file.
    const info = await stat(gold).catch(() => null);
    if (info && !info.isDirectory()) throw new UsageError(`--gold ${values.gold}: not a directory`);
  }
  const against = values.against === undefined ? undefined : await directory('--against', values.against);
  const inputs = values.inputs === undefined ? undefined : await directory('--inputs', values.inputs);

  const { startReviewServer } = await import('../review/server.ts');
  let server;
  try {
    server = await startReviewServer({ out, gold, against, inputs, host: values.host, port });
  } catch (error) {
    process.stderr.write(`minutes: cannot listen on ${values.host}:${port} (${(error as Error).message})\n`);
    return EXIT.failed;
  }
  process.stderr.write(
    [
      `review on ${server.url} (Ctrl-C to stop)`,
      `  outputs   ${out}`,
      `  gold      ${gold}`,
      ...(against ? [`  other run ${against}`] : []),
      `  inputs    ${inputs ?? '(none: the pages\' text is shown instead of images)'}`,
      '',
    ].join('\n'),
  );
  const signal = await new Promise<NodeJS.Signals>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  process.stderr.write(`${signal}: review stopped\n`);
  await server.close();
  return EXIT.ok;
}
