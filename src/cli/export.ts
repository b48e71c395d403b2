/** `minutes export`: the JSON documents of an output directory -> SCDL CSV, NDJSON or Popolo JSON. */
import { mkdir } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import type { AuthorityConfig } from '../export/authority-config.ts';
import type { ExportNote } from '../export/deliberations.ts';
import type { MinutesDocument } from '../schema/minutes.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { EXIT, UsageError } from './usage-error.ts';

export const help = `Usage: minutes export --format scdl --authority-config FILE [--out FILE.csv] <dir|file>...
       minutes export --format ndjson|popolo [--authority-config FILE] [--out FILE] <dir|file>...

Reads the documents \`minutes process --out DIR\` wrote (DIR/*.json; *.error.json are skipped;
each file is checked against the schema, one that is not a document is reported and the others
go on) and writes one record per deliberation (an item with a decision), sorted by sitting date,
document and item.

Formats:
  scdl     CSV of the SCDL deliberations schema (scdl/deliberations 2.1.5): 17 columns, UTF-8,
           comma-separated, RFC 4180 quoting. Name, SIRET, préfecture, URL and matières come from
           the authority config; a matière the config does not give is suggested from the title
           (@ctes nomenclature, keyword table) and listed on stderr for review. A deliberation
           without a date, a title or a matière is reported by id and not written.
           Vote counts are the document's: none is invented (unanimity with stated counts means
           0 against; a count the text does not give stays empty).
  ndjson   one flat JSON line per deliberation for search engines; id = <document id>#<item index>
  popolo   Popolo / Open Civic Data JSON: {organizations, events, motions, vote_events}; each
           sitting an Event with its attendees, each deliberation a Motion, each vote a VoteEvent
           with its counts; proxies in events[].extras.proxies

Options:
  -f, --format FMT            scdl, ndjson or popolo (required)
  -o, --out FILE              write FILE (atomically: a temporary file, then renamed); - or no
                              --out writes to stdout
  -c, --authority-config FILE JSON: {"name", "siret", "prefId"?, "deliberationUrl"?, "matiere"?:
                              {"items": {DELIB_ID: code}, "rules": [{code, keywords}], "default"}}
                              (required for scdl; example: fixtures/authority/example.json)
  -q, --quiet                 no notes (suggested matières…) and no summary; problems still print
  -h, --help                  show this help

Examples:
  minutes process scans/ --out out/
  minutes export --format scdl --authority-config pierrefonds.json --out deliberations.csv out/
  minutes validate deliberations.csv
  minutes export --format ndjson out/ | jq -c '{id, date, title}'
  minutes export --format popolo --out sittings.popolo.json out/

Exit status: 0 every deliberation exported, 1 something was reported (the rest is written),
2 bad usage.
`;

const FORMATS = ['scdl', 'ndjson', 'popolo'] as const;
type Format = (typeof FORMATS)[number];

interface Options {
  format: Format;
  out: string | undefined;
  config: string | undefined;
  quiet: boolean;
  paths: string[];
}

function parseOptions(args: string[]): Options | 'help' {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      'authority-config': { type: 'string', short: 'c' },
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  const format = values.format;
  if (format === undefined) throw new UsageError(`--format is required: ${FORMATS.join(', ')}`);
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be ${FORMATS.join(', ')}, not '${format}'`);
  if (positionals.length === 0) throw new UsageError('no input: give the output directory of `minutes process` (or its JSON files)');
  if (format === 'scdl' && values['authority-config'] === undefined) {
    throw new UsageError('--format scdl needs --authority-config FILE (the SIRET and matières the documents do not hold)');
  }
  if (values.out === '') throw new UsageError('--out needs a file name (or - for stdout)');
  return { format: format as Format, out: values.out === '-' ? undefined : values.out, config: values['authority-config'], quiet: values.quiet, paths: positionals };
}

const where = (p: { id: string; file: string }) => `${p.file} (${p.id})`;

async function render(format: Format, documents: MinutesDocument[], config: AuthorityConfig | undefined) {
  if (format === 'scdl') {
    const [{ toScdl, SCDL_COLUMNS, scdlCells }, { toCsv }] = await Promise.all([import('../export/scdl.ts'), import('../export/csv.ts')]);
    const r = toScdl(documents, config!);
    return { content: toCsv(SCDL_COLUMNS, scdlCells(r.rows)), count: r.rows.length, problems: r.problems, notes: r.notes };
  }
  if (format === 'ndjson') {
    const { toFlat, toNdjson } = await import('../export/flat.ts');
    const r = toFlat(documents, config);
    return { content: toNdjson(r.records), count: r.records.length, problems: r.problems, notes: [] as ExportNote[] };
  }
  const { toPopolo } = await import('../export/popolo.ts');
  const r = toPopolo(documents, config);
  return { content: `${JSON.stringify(r.popolo, null, 2)}\n`, count: r.popolo.motions.length, problems: r.problems, notes: [] as ExportNote[] };
}

export async function run(args: string[]): Promise<number> {
  const options = parseOptions(args);
  if (options === 'help') {
    process.stdout.write(help);
    return EXIT.ok;
  }
  const { loadAuthorityConfig } = await import('../export/authority-config.ts');
  let config: AuthorityConfig | undefined;
  if (options.config !== undefined) {
    try {
      config = await loadAuthorityConfig(options.config);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
  }

  const { readOutputs } = await import('../export/read-outputs.ts');
  const read = await readOutputs(options.paths);
  const failures = read.unreadable.map((u) => `FAIL ${u.file}: ${u.message}`);
  const documents = read.documents.map((d) => d.document);

  const result = await render(options.format, documents, config);
  for (const p of result.problems) failures.push(`FAIL ${where(p)}: ${p.message}`);

  if (options.out === undefined) process.stdout.write(result.content);
  else {
    try {
      await mkdir(dirname(options.out), { recursive: true });
      await writeFileAtomic(dirname(options.out), basename(options.out), result.content);
    } catch (err) {
      failures.push(`FAIL ${options.out}: cannot write: ${(err as Error).message}`);
    }
  }

  if (!options.quiet) {
    for (const d of read.duplicates) process.stderr.write(`note: ${d.file} holds the same document as ${d.sameAs}: skipped\n`);
    for (const n of result.notes) process.stderr.write(`note: ${where(n)}: ${n.message}\n`);
  }
  for (const f of failures) process.stderr.write(`${f}\n`);
  if (!options.quiet) {
    const target = options.out ?? 'stdout';
    process.stderr.write(
      `${result.count} deliberation${result.count === 1 ? '' : 's'} from ${documents.length} document${documents.length === 1 ? '' : 's'} -> ${target} (${options.format})` +
        `${failures.length > 0 ? `, ${failures.length} reported` : ''}\n`,
    );
  }
  return failures.length > 0 ? EXIT.failed : EXIT.ok;
}
