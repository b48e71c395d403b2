/** `minutes eval --gold DIR --pred DIR`: precision, recall and F1 per field against gold annotations. */
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { evaluate, type EvalReport } from '../qa/eval-files.ts';
import { EXTRA_FIELDS, restrictScores, type FieldScore, type Scores } from '../qa/eval.ts';
import { EXIT, UsageError } from './usage-error.ts';

export const help = `Usage: minutes eval --gold DIR --pred DIR [--min F1] [--strict] [--field F]... [--json]

Scores predictions (the JSON of \`minutes process\`) against gold annotations, field by field:
precision, recall and F1 (micro, over all documents), then the macro F1 (mean of the fields) last.
Gold files are either compact golds (NNN.gold.json, format in shared/corpus/GUIDE.md) or reviewed
MinutesDocuments (as the review app saves them); each file is recognised by its content. Gold NNN
is scored against PRED/NNN.json (a reviewed document also against the prediction of its \`id\`).
The rules are those of shared/tools/score.py, and the soft figures are the same as its figures,
field for field; the fields marked + (authority, item.visas) are not scored by score.py and are
left out of the macro F1.

Two ways of comparing strings, both shown:
  soft     accents, case, punctuation and spacing do not count (score.py's norm): "Hôtel-de-Ville"
           = "HOTEL DE VILLE"
  strict   as written: only surrounding spaces and Unicode composition are levelled

Options:
  --gold DIR       gold annotations (*.json)
  --pred DIR       predictions, NNN.json
  --raw DIR        where NNN.txt of a compact gold is, to locate its sections (default: --gold)
  --ids A,B,...    only these gold documents
  --field F        only field F and the fields under it (item -> item.vote.counts ...);
                   repeat or separate by commas; the macro F1 is then over these fields
  --min F1         a gate: exit 1 when the macro F1 is below F1 (0..1) or a prediction is missing
  --strict         the gate uses the strict macro F1 (default: soft, as score.py)
  --json           machine output: {"docs", "missing", "fields": {F: {f1,p,r,tp,fp,fn, "strict":
                   {...}}}, "macroF1", "strictMacroF1", ...}, soft figures where score.py has its own
  -h, --help       show this help

Examples:
  minutes process ../shared/corpus --out out/ && minutes eval --gold ../shared/corpus --pred out/
  minutes eval --gold reviewed/ --pred out/ --min 0.9          a CI gate
  minutes eval --gold ../shared/corpus --pred out/ --field attendance --json | jq .macroF1

A missing or unreadable prediction counts as all missed and is listed; a gold file that cannot be
read is named with the reason and left out.

Exit status: 0 scored (and, with --min, the gate passed); 1 the gate failed, or a gold file could
not be read; 2 bad usage.
`;

const round = (x: number): number => Math.round(x * 1e4) / 1e4;
const rounded = (s: FieldScore) => ({ f1: round(s.f1), p: round(s.p), r: round(s.r), tp: s.tp, fp: s.fp, fn: s.fn });

function parseMin(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`--min must be an F1 between 0 and 1, not '${value}'`);
  return n;
}

async function directory(flag: string, path: string | undefined): Promise<string> {
  if (path === undefined || path === '') throw new UsageError(`${flag} DIR is required`);
  const s = await stat(path).catch(() => null);
  if (!s?.isDirectory()) throw new UsageError(`${flag} ${path}: not a directory`);
  return path;
}

const list = (values: string[] | undefined): string[] => (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);

/** A field is selected by its name or the name of a group above it ("item" -> "item.outcome"). */
const selects = (patterns: string[]) => (field: string) => patterns.some((p) => field === p || field.startsWith(`${p}.`));

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      gold: { type: 'string' },
      pred: { type: 'string' },
      raw: { type: 'string' },
      ids: { type: 'string' },
      field: { type: 'string', multiple: true },
      min: { type: 'string' },
      strict: { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write(help);
    return EXIT.ok;
  }
  if (positionals.length) throw new UsageError(`eval takes no positional arguments (got '${positionals[0]}'); use --gold DIR --pred DIR`);
  const min = parseMin(values.min);
  const goldDir = await directory('--gold', values.gold);
  const predDir = await directory('--pred', values.pred);
  const rawDir = values.raw === undefined ? undefined : await directory('--raw', values.raw);
  const ids = values.ids === undefined ? undefined : list([values.ids]);

  const report = await evaluate({ goldDir, predDir, rawDir, ids });
  if (report.docs === 0 && report.errors.length === 0) throw new UsageError(`no gold files (*.json) in ${goldDir}${ids ? ` for --ids ${values.ids}` : ''}`);
  const fields = list(values.field);
  const keep = fields.length ? selects(fields) : () => true;
  const soft = restrictScores(report.soft, keep);
  const strict = restrictScores(report.strict, keep);
  if (fields.length && !Object.keys(soft.fields).length) throw new UsageError(`--field ${fields.join(',')} selects no scored field`);

  for (const e of report.errors) process.stderr.write(`minutes eval: ${e.file}: ${e.reason}\n`);
  const gate = min === undefined ? null : checkGate(values.strict ? strict : soft, min, report, values.strict ? 'strict' : 'soft');
  if (values.json) process.stdout.write(`${JSON.stringify(jsonReport(report, soft, strict, gate, min))}\n`);
  else process.stdout.write(table(report, soft, strict));
  for (const reason of gate?.failures ?? []) process.stderr.write(`minutes eval: ${reason}\n`);
  return gate?.failures.length || report.errors.length ? EXIT.failed : EXIT.ok;
}

interface Gate {
  failures: string[];
  below: string[];
}

function checkGate(scores: Scores, min: number, report: EvalReport, mode: string): Gate {
  const below = Object.entries(scores.fields)
    .filter(([name, s]) => s.f1 < min && !EXTRA_FIELDS.has(name))
    .map(([name, s]) => `${name} ${s.f1.toFixed(3)}`);
  const failures: string[] = [];
  if (scores.macroF1 < min) failures.push(`${mode} macro F1 ${scores.macroF1.toFixed(3)} is below --min ${min}${below.length ? `; fields below: ${below.join(', ')}` : ''}`);
  if (report.missing.length) failures.push(`${report.missing.length} prediction(s) missing: ${report.missing.map((m) => m.name).join(', ')}`);
  return { failures, below };
}

function jsonReport(report: EvalReport, soft: Scores, strict: Scores, gate: Gate | null, min: number | undefined) {
  const names = [...new Set([...Object.keys(soft.fields), ...Object.keys(strict.fields)])].sort();
  const fields = Object.fromEntries(
    names.map((name) => {
      const s = soft.fields[name];
      const t = strict.fields[name];
      return [name, { ...(s ? rounded(s) : {}), strict: t ? rounded(t) : null, ...(EXTRA_FIELDS.has(name) ? { extra: true } : {}) }];
    }),
  );
  return {
    docs: report.docs,
    missing: report.missing.map((m) => m.name),
    missingReasons: Object.fromEntries(report.missing.map((m) => [m.name, m.reason])),
    errors: report.errors,
    fields,
    macroF1: round(soft.macroF1),
    strictMacroF1: round(strict.macroF1),
    ...(gate ? { min, pass: gate.failures.length === 0, below: gate.below } : {}),
  };
}

function table(report: EvalReport, soft: Scores, strict: Scores): string {
  const f = (x: number) => x.toFixed(3).padStart(6);
  const lines = [`${'field'.padEnd(28)} ${'F1'.padStart(6)} ${'P'.padStart(6)} ${'R'.padStart(6)}   ${'tp/fp/fn'.padEnd(12)} strict F1`];
  for (const [name, s] of Object.entries(soft.fields)) {
    const t = strict.fields[name];
    const label = EXTRA_FIELDS.has(name) ? `${name} +` : name;
    lines.push(`${label.padEnd(28)} ${f(s.f1)} ${f(s.p)} ${f(s.r)}   ${`${s.tp}/${s.fp}/${s.fn}`.padEnd(12)} ${t ? f(t.f1) : '     -'}`);
  }
  if (Object.keys(soft.fields).some((name) => EXTRA_FIELDS.has(name))) lines.push('+ not scored by score.py: left out of the macro F1');
  for (const m of report.missing) lines.push(`missing prediction ${m.name}: ${m.reason}`);
  lines.push(`docs=${report.docs} macroF1=${soft.macroF1.toFixed(3)} strictMacroF1=${strict.macroF1.toFixed(3)}`);
  return `${lines.join('\n')}\n`;
}
