/** `minutes validate`: checks SCDL deliberations CSV files against the schema's column rules. */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { EXIT, UsageError } from './usage-error.ts';

export const help = `Usage: minutes validate <file.csv>...

Checks each CSV against the SCDL deliberations schema (scdl/deliberations 2.1.5, the rules
Validata applies): the 17 columns in order, comma-separated UTF-8 with RFC 4180 quoting, the
required fields (COLL_NOM, COLL_SIRET, DELIB_ID, DELIB_DATE, DELIB_MATIERE_CODE,
DELIB_MATIERE_NOM, DELIB_OBJET), types (dates YYYY-MM-DD, whole-number votes, DELIB_URL a URI),
patterns (COLL_SIRET 14 digits, DELIB_MATIERE_CODE like 7.1 or 7.10 and in the @ctes
nomenclature, BUDGET_ANNEE YYYY or YYYY/YYYY) and the checks across columns (matière name,
PREF_DATE >= DELIB_DATE, VOTE_REEL = VOTE_POUR + VOTE_CONTRE + VOTE_ABSTENTION, BUDGET_ANNEE
with BUDGET_NOM).

Prints one line per problem: FILE: row R (line L), COLUMN: what is wrong. Rows are counted as
Validata counts them (the header is row 1); the line is where the record starts in the file
(a quoted title may span lines).

Options:
  -q, --quiet   no "ok" line for valid files
  -h, --help    show this help

Examples:
  minutes export --format scdl --authority-config commune.json --out deliberations.csv out/
  minutes validate deliberations.csv

Exit status: 0 every file valid, 1 a problem found (or a file unreadable), 2 bad usage.
`;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { quiet: { type: 'boolean', short: 'q', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(help);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('no input: give the CSV files to check');
  const { validateScdl, formatProblem } = await import('../export/scdl-validate.ts');
  let failed = false;
  for (const file of positionals) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      process.stderr.write(`FAIL ${file}: cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
      failed = true;
      continue;
    }
    const problems = validateScdl(text);
    if (problems.length === 0) {
      if (!values.quiet) process.stdout.write(`ok ${file}\n`);
      continue;
    }
    failed = true;
    for (const p of problems) process.stdout.write(`${file}: ${formatProblem(p)}\n`);
    process.stdout.write(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`);
  }
  return failed ? EXIT.failed : EXIT.ok;
}
