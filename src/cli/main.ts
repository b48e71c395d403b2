/**
 * `minutes <command>`: finds the command, loads only its module (startup stays fast),
 * and turns a UsageError into exit 2. One file per command, named after it (process.ts,
 * diff.ts, export.ts, ...); the queue commands call into pipelines/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { EXIT, UsageError } from './usage-error.ts';

export interface Command {
  /** Text printed by `minutes <command> --help`. */
  help: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: string[]): Promise<number>;
}

const COMMANDS = new Map<string, { summary: string; load: () => Promise<Command> }>([
  ['process', { summary: 'turn minutes (PDF or .txt) into JSON files', load: () => import('./process.ts') }],
  ['schema', { summary: 'print the JSON Schema of the output', load: () => import('./schema.ts') }],
  ['diff', { summary: 'what changed between two documents or output directories', load: () => import('./diff.ts') }],
  ['eval', { summary: 'precision, recall and F1 per field against gold annotations', load: () => import('./eval.ts') }],
  ['review', { summary: 'review outputs in a browser, save gold corrections', load: () => import('./review.ts') }],
  ['export', { summary: 'deliberations as SCDL CSV, NDJSON or Popolo JSON', load: () => import('./export.ts') }],
  ['validate', { summary: 'check an SCDL deliberations CSV', load: () => import('./validate.ts') }],
  ['index', { summary: 'load JSON documents into the PostgreSQL search index', load: () => import('./index.ts') }],
  ['search', { summary: 'full-text search of the indexed documents (PostgreSQL)', load: () => import('./search.ts') }],
  ['submit', { summary: 'put inputs on the queues for workers (Redis)', load: () => import('./submit.ts') }],
  ['worker', { summary: 'process queued inputs until stopped', load: () => import('./worker.ts') }],
  ['status', { summary: 'queued, running and failed jobs', load: () => import('./status.ts') }],
  ['retry', { summary: 'put failed documents back on the queues', load: () => import('./retry.ts') }],
  ['dashboard', { summary: 'serve a web view of the queues (bull-board)', load: () => import('./dashboard.ts') }],
]);

const HELP = `minutes: French local-government meeting minutes (PDF or .txt) -> validated JSON

Usage:
  minutes <command> [options]
  minutes help <command>       options of one command

Commands:
${[...COMMANDS]
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}

Options:
  -h, --help      show this help
  --version       print the version

Examples:
  minutes process scans/ --out out/          every .pdf/.txt under scans/ -> out/<name>.json
  minutes process a.pdf b.txt --out out/     explicit files, whatever their extension
  minutes process scans/ --format ndjson > all.ndjson
  minutes schema > minutes.schema.json
  minutes eval --gold ../shared/corpus --pred out/ --min 0.9   score against gold, a CI gate
  minutes diff runs/before runs/after           what changed, field by field
  minutes review --out out/ --inputs scans/     correct outputs in a browser
  minutes export --format scdl -c authority.json --out deliberations.csv out/
  minutes worker --redis redis://127.0.0.1:6379 &  then  minutes submit scans/ --redis redis://127.0.0.1:6379 --out out/ --wait

Exit status: 0 all inputs processed, 1 some input failed, 2 bad usage (each command's
--help says what its own 0 and 1 mean: for diff, 1 is "different").
`;

function version(): string {
  const pkg = JSON.parse(readFileSync(packageJson(), 'utf8')) as { version: string };
  return pkg.version;
}

async function dispatch(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    process.stderr.write(HELP);
    return EXIT.usage;
  }
  if (first === 'help') {
    if (rest[0] === undefined) {
      process.stdout.write(HELP);
      return EXIT.ok;
    }
    return dispatch([rest[0], '--help']);
  }
  const entry = COMMANDS.get(first);
  if (entry) return (await entry.load()).run(rest);

  const { values, positionals } = parseArgs({
    args: argv,
    options: { help: { type: 'boolean', short: 'h' }, version: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new UsageError(`unknown command '${positionals[0]}'`);
  if (values.version) {
    process.stdout.write(`${version()}\n`);
    return EXIT.ok;
  }
  process.stdout.write(HELP); // --help
  return EXIT.ok;
}

/** The CLI: `argv` without node and the script. Resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    return await dispatch(argv);
  } catch (err) {
    // parseArgs throws TypeError with an ERR_PARSE_ARGS_* code for unknown or malformed flags.
    const parseError = err instanceof TypeError && String((err as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
    if (!(err instanceof UsageError) && !parseError) throw err;
    const command = argv[0] === 'help' ? argv[1] : argv[0];
    const more = command !== undefined && COMMANDS.has(command) ? `minutes ${command} --help` : 'minutes --help';
    process.stderr.write(`minutes: ${(err as Error).message}\nRun '${more}' for usage.\n`);
    return EXIT.usage;
  }
}

/** The project's package.json: two levels up from src/cli, three from dist/src/cli. */
function packageJson(): URL {
  for (const up of ['../../package.json', '../../../package.json']) {
    const url = new URL(up, import.meta.url);
    if (existsSync(url)) return url;
  }
  throw new Error('package.json not found');
}
