/** `minutes index`: load MinutesDocument JSON files into the PostgreSQL search index. */
import { parseArgs } from 'node:util';
import { findSources, readSource, type Loaded, type Source } from '../search/document-files.ts';
import { indexDocuments, type IndexSummary } from '../search/pg-index.ts';
import { migrate } from '../search/pg-schema.ts';
import { connectPg, PG_HELP, PG_OPTIONS, pgTarget, redact, reportingPgErrors, type PgTarget } from '../search/pg-target.ts';
import { EXIT, UsageError } from './usage-error.ts';

export const help = `Usage: minutes index --pg URL [--schema NAME] <dir|file.json|file.ndjson|->...

Loads the documents that \`minutes process\` wrote into PostgreSQL for \`minutes search\`:
a table of documents and a table of their items (upserted by the document id, sha256 of the
input), each with the whole JSON record (jsonb) and a French full-text index. Directories are
walked for *.json (not *.error.json) and *.ndjson; '-' reads NDJSON on standard input.

Indexing again is cheap and safe: a document whose JSON is unchanged is not written at all;
a changed one is replaced, with the items it no longer has removed. Each document is written
in its own transaction. A file that is not JSON or not a valid document is reported with the
reason, and the others are indexed.

Options:
${PG_HELP}
  -q, --quiet          print only the failures
  -h, --help           show this help

Prints, on stdout: N new, N updated, N unchanged, N failed; each failure on stderr as
  FAIL <file>[:line]: <reason>

Examples:
  minutes process scans/ --out out/ && minutes index --pg postgres://postgres@127.0.0.1:5432/test out/
  PG_URL=postgres://127.0.0.1/minutes minutes index --schema council out/
  minutes process scans/ --format ndjson | minutes index --pg $PG_URL -

Exit status: 0 every document indexed, 1 some file failed or PostgreSQL cannot be used, 2 bad usage.
`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function report(summary: IndexSummary, target: PgTarget, seconds: number): string {
  const total = summary.new + summary.updated + summary.unchanged;
  return (
    `${plural(total, 'document')} in schema ${target.schema} at ${redact(target.url)}: ` +
    `${summary.new} new, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed.length} failed, in ${seconds.toFixed(1)} s\n`
  );
}

/** The unreadable paths first (they are known already), then every document of every source. */
async function* allDocuments(failures: Loaded[], sources: Source[]): AsyncGenerator<Loaded> {
  yield* failures;
  for (const source of sources) yield* readSource(source);
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...PG_OPTIONS, quiet: { type: 'boolean', short: 'q', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(help);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('give the directories or files of documents to index (what `minutes process --out DIR` wrote)');
  if (positionals.filter((p) => p === '-').length > 1) throw new UsageError("'-' (standard input) can be given once");
  const target = pgTarget(values);

  return reportingPgErrors(target, async () => {
    const started = performance.now();
    // Paths that do not exist are known before connecting; the database is not touched for nothing.
    const { sources, failures } = await findSources(positionals);
    if (sources.length === 0) {
      for (const f of failures) if (!f.ok) process.stderr.write(`FAIL ${f.where}: ${f.reason}\n`);
      process.stderr.write('minutes: nothing to index\n');
      return EXIT.failed;
    }
    const client = await connectPg(target);
    try {
      await migrate(client, target.schema);
      const summary = await indexDocuments(client, target.schema, allDocuments(failures, sources), (f) =>
        process.stderr.write(`FAIL ${f.where}: ${f.reason}\n`),
      );
      if (!values.quiet || summary.failed.length > 0) process.stdout.write(report(summary, target, (performance.now() - started) / 1000));
      return summary.failed.length > 0 ? EXIT.failed : EXIT.ok;
    } finally {
      await client.end().catch(() => undefined);
    }
  });
}
