/**
 * The documents to index, read from what `minutes process` writes: DIR/<name>.json files (a
 * directory is walked recursively in sorted order, hidden entries and <name>.error.json
 * skipped), NDJSON files (`--format ndjson`, one document a line), or `-` for NDJSON on
 * standard input. Each document comes out validated against the contract, or as a failure
 * naming where it was read (file, or file:line) and why; one bad entry never stops the rest.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { MinutesDocument } from '../schema/minutes.ts';

export type Loaded = { where: string; ok: true; raw: unknown; doc: MinutesDocument } | { where: string; ok: false; reason: string };

/** How a file is read, by the end of its name; a directory walk takes only these. */
const FORMATS: { suffix: string; format: 'json' | 'ndjson' | 'skip' }[] = [
  { suffix: '.error.json', format: 'skip' }, // a failure record of `minutes process`, not a document
  { suffix: '.ndjson', format: 'ndjson' },
  { suffix: '.jsonl', format: 'ndjson' },
  { suffix: '.json', format: 'json' },
];

const formatOf = (name: string) => FORMATS.find((f) => name.toLowerCase().endsWith(f.suffix))?.format;

export const STDIN = '-';

export interface Source {
  path: string;
  format: 'json' | 'ndjson';
}

const MAX_ISSUES = 3;

/** Parses and validates one JSON text. */
export function loadDocument(where: string, text: string): Loaded {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { where, ok: false, reason: `not JSON (${(error as Error).message})` };
  }
  const parsed = MinutesDocument.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const shown = issues.slice(0, MAX_ISSUES).map((i) => `${i.path.length > 0 ? i.path.join('.') : '(top level)'}: ${i.message}`);
    const more = issues.length > MAX_ISSUES ? `; and ${issues.length - MAX_ISSUES} more` : '';
    return { where, ok: false, reason: `not a MinutesDocument (${shown.join('; ')}${more})` };
  }
  return { where, ok: true, raw, doc: parsed.data };
}

async function walk(dir: string, out: Source[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, out);
    else if (entry.isFile()) {
      const format = formatOf(entry.name);
      if (format === 'json' || format === 'ndjson') out.push({ path, format });
    }
  }
}

export interface Sources {
  sources: Source[];
  /** Paths that cannot be read, or directories with nothing to index. */
  failures: Loaded[];
}

/** The files named on the command line, directories expanded. An explicit file is read whatever its name (NDJSON when it says so). */
export async function findSources(paths: string[]): Promise<Sources> {
  const sources: Source[] = [];
  const failures: Loaded[] = [];
  for (const path of paths) {
    if (path === STDIN) {
      sources.push({ path, format: 'ndjson' });
      continue;
    }
    try {
      if ((await stat(path)).isDirectory()) {
        const found: Source[] = [];
        await walk(path, found);
        if (found.length === 0) failures.push({ where: path, ok: false, reason: 'no .json or .ndjson file in this directory (index the directory that `minutes process --out` wrote)' });
        sources.push(...found);
      } else sources.push({ path, format: formatOf(path) === 'ndjson' ? 'ndjson' : 'json' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      failures.push({ where: path, ok: false, reason: code === 'ENOENT' ? 'no such file or directory' : `cannot read (${(error as Error).message})` });
    }
  }
  return { sources, failures };
}

/** The documents of one source, in order. */
export async function* readSource(source: Source, stdin: Readable = process.stdin): AsyncGenerator<Loaded> {
  if (source.format === 'json') {
    let text: string;
    try {
      text = await readFile(source.path, 'utf8');
    } catch (error) {
      yield { where: source.path, ok: false, reason: `cannot read (${(error as Error).message})` };
      return;
    }
    yield loadDocument(source.path, text);
    return;
  }
  const name = source.path === STDIN ? '(stdin)' : source.path;
  const input = source.path === STDIN ? stdin : createReadStream(source.path, 'utf8');
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (line.trim() === '') continue;
      yield loadDocument(`${name}:${n}`, line);
    }
  } catch (error) {
    yield { where: name, ok: false, reason: `cannot read (${(error as Error).message})` };
  }
}
