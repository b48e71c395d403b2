/** `minutes diff A B`: what changed between two documents, or two output directories. */
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { changeParts, diffDocuments, type DiffOptions, type FieldChange } from '../qa/diff.ts';
import { diffSets, summarize, type SetDiff } from '../qa/diff-dirs.ts';
import { DocumentError, readDocument, readDocumentDir } from '../qa/documents.ts';
import { EXIT, UsageError } from './usage-error.ts';

export const help = `Usage: minutes diff A B [--json] [--spans]

Compares two MinutesDocument files, or two output directories of \`minutes process\`, field by
field, in the documents' own terms:
  attendance.absent: + M. J. CAMBON          a person added to a list
  items[2].decision.vote.for: 17 -> 16       a value changed (index of the item in B)
  items[4]: - 5 «Tarifs de la cantine»       an item only in A (index in A)

How things are matched:
  people      by name (surname with given name and civility; then surname; then the words
              read), never by position: a list in another order is no change
  items       by number, else by a title at least 60% similar: reordered items are no change
  strings     line breaks and runs of spaces count as one space (not with --spans)
  directories documents paired by \`id\` (the sha256 of the source), whatever their file names;
              a document on one side only is listed as such
By default the provenance that moves whenever the text moves is left out: every \`span\`,
meeting.dateSpan, \`sections\` (offsets), \`text\` and source.pages[].chars. --spans compares them too.

Options:
  --spans       also compare spans, sections, text and page character counts, and strings
                exactly (whitespace included): what offsets into the text depend on
  --json        machine output: {"equal", "documents": [{"id","a","b","changes":
                [{"path","op","before","after"}]}], "onlyInA", "onlyInB", "summary", "errors"}
  -h, --help    show this help
Colours on a terminal; set NO_COLOR to turn them off.

Examples:
  minutes diff out/000.json reviewed/000.json
  minutes diff out-before/ out-after/                 per document, then changes per field
  minutes diff out-before/ out-after/ --json | jq '.summary'

Exit status (as diff(1)): 0 no difference, 1 differences (or a document on one side only),
2 bad usage or trouble (a path missing, a file that is not JSON or not a MinutesDocument: the
file and the reason are printed, and the other documents are still compared).
`;

interface Painter {
  path(s: string): string;
  added(s: string): string;
  removed(s: string): string;
  heading(s: string): string;
}

const sgr = (code: string) => (s: string) => `\x1b[${code}m${s}\x1b[0m`;
const COLOURS: Painter = { path: sgr('36'), added: sgr('32'), removed: sgr('31'), heading: sgr('1') };
const PLAIN: Painter = { path: (s) => s, added: (s) => s, removed: (s) => s, heading: (s) => s };

function line(change: FieldChange, paint: Painter): string {
  const p = changeParts(change);
  const path = paint.path(p.path);
  if (p.op === 'added') return `${path}: ${paint.added(`+ ${p.after}`)}`;
  if (p.op === 'removed') return `${path}: ${paint.removed(`- ${p.before}`)}`;
  return `${path}: ${paint.removed(p.before!)} -> ${paint.added(p.after!)}`;
}

async function kindOf(path: string): Promise<'file' | 'dir'> {
  try {
    return (await stat(path)).isDirectory() ? 'dir' : 'file';
  } catch {
    throw new UsageError(`${path}: no such file or directory`);
  }
}

/** Both sides as sets of documents; two files are paired whatever their ids. */
async function load(a: string, b: string, kind: 'file' | 'dir', options: DiffOptions): Promise<{ diff: SetDiff; errors: DocumentError[] }> {
  if (kind === 'dir') {
    const [left, right] = await Promise.all([readDocumentDir(a), readDocumentDir(b)]);
    return { diff: diffSets(left.documents, right.documents, options), errors: [...left.errors, ...right.errors] };
  }
  const errors: DocumentError[] = [];
  const read = (file: string) =>
    readDocument(file).catch((err: unknown) => {
      if (!(err instanceof DocumentError)) throw err;
      errors.push(err);
      return null;
    });
  const [left, right] = await Promise.all([read(a), read(b)]);
  const changes = left && right ? diffDocuments(left, right, options) : [];
  const documents = right && changes.length ? [{ id: right.id, a, b, changes }] : [];
  return { diff: { documents, compared: left && right ? 1 : 0, onlyInA: [], onlyInB: [], duplicates: [] }, errors };
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean' }, spans: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write(help);
    return EXIT.ok;
  }
  if (positionals.length !== 2) throw new UsageError(`diff takes two paths, A and B (got ${positionals.length})`);
  const [a, b] = positionals as [string, string];
  const [ka, kb] = await Promise.all([kindOf(a), kindOf(b)]);
  if (ka !== kb) throw new UsageError(`${a} is a ${ka === 'dir' ? 'directory' : 'file'} and ${b} a ${kb === 'dir' ? 'directory' : 'file'}: compare two files or two directories`);

  const { diff, errors } = await load(a, b, ka, { spans: values.spans ?? false });
  const equal = diff.documents.length === 0 && diff.onlyInA.length === 0 && diff.onlyInB.length === 0;
  const summary = summarize(diff.documents);

  for (const e of errors) process.stderr.write(`minutes diff: ${e.message}\n`);
  if (values.json) {
    const out = {
      equal,
      documents: diff.documents,
      onlyInA: diff.onlyInA,
      onlyInB: diff.onlyInB,
      summary: Object.fromEntries(summary),
      errors: errors.map((e) => ({ file: e.file, reason: e.reason })),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    const paint = process.stdout.isTTY && !process.env.NO_COLOR ? COLOURS : PLAIN;
    process.stdout.write(ka === 'file' ? renderFiles(diff, paint) : renderDirs(diff, summary, paint));
  }
  if (errors.length) return EXIT.usage;
  return equal ? EXIT.ok : EXIT.failed;
}

function renderFiles(diff: SetDiff, paint: Painter): string {
  return diff.documents.flatMap((d) => d.changes.map((c) => `${line(c, paint)}\n`)).join('');
}

function renderDirs(diff: SetDiff, summary: Array<[string, number]>, paint: Painter): string {
  const out: string[] = [];
  for (const d of diff.documents) {
    out.push(paint.heading(`${d.a} -> ${d.b}: ${d.changes.length} change${d.changes.length === 1 ? '' : 's'}`));
    for (const c of d.changes) out.push(`  ${line(c, paint)}`);
  }
  for (const u of diff.onlyInA) out.push(paint.removed(`only in A: ${u.file} (${u.id})`));
  for (const u of diff.onlyInB) out.push(paint.added(`only in B: ${u.file} (${u.id})`));
  for (const u of diff.duplicates) out.push(`not compared: ${u.file} has the same id as another file (${u.id})`);
  const changes = summary.reduce((n, [, c]) => n + c, 0);
  out.push(`${diff.documents.length} of ${diff.compared} paired documents differ, ${changes} change${changes === 1 ? '' : 's'}`);
  if (summary.length) {
    const width = String(summary[0]![1]).length;
    out.push(...summary.map(([path, n]) => `  ${String(n).padStart(width)}  ${path}`));
  }
  return `${out.join('\n')}\n`;
}
