/**
 * Command-line paths -> the list of inputs, in a deterministic order.
 * A directory is walked recursively in sorted order for *.pdf and *.txt (any case), skipping
 * hidden entries and not following symbolic links to directories; an explicit file is taken
 * whatever its extension. A path that cannot be read becomes an input that fails, not an abort.
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';

export type RefusalCode = 'NOT_FOUND' | 'READ_FAILED';

export interface Input {
  /** The path as given, or joined under the directory as given. */
  file: string;
  /** Known before loading: the input fails with this. */
  refused?: { code: RefusalCode; message: string };
}

export interface Inputs {
  inputs: Input[];
  /** Directories given on the command line that held no input. */
  emptyDirs: string[];
}

const WALKED_EXTENSIONS = new Set(['.pdf', '.txt']);

function refusal(file: string, err: unknown): Input {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { file, refused: { code: 'NOT_FOUND', message: `${file}: no such file or directory` } };
  return { file, refused: { code: 'READ_FAILED', message: `${file}: cannot read (${(err as Error).message})` } };
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

async function walk(dir: string, out: Input[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    out.push(refusal(dir, err));
    return;
  }
  for (const entry of entries.sort(byName)) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      await walk(path, out);
      continue;
    }
    if (!WALKED_EXTENSIONS.has(extname(entry.name).toLowerCase())) continue;
    if (entry.isFile()) out.push({ file: path });
    else if (entry.isSymbolicLink()) {
      // A link to a file counts; a link to a directory is not followed (no cycles); a dangling one fails.
      try {
        if ((await stat(path)).isFile()) out.push({ file: path });
      } catch (err) {
        out.push(refusal(path, err));
      }
    }
  }
}

/** Expands the command-line paths; the same file reached twice is kept once, at its first place. */
export async function expandInputs(paths: string[]): Promise<Inputs> {
  const found: Input[] = [];
  const emptyDirs: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      found.push(refusal(path, err));
      continue;
    }
    if (!info.isDirectory()) {
      found.push({ file: path });
      continue;
    }
    const before = found.length;
    await walk(path, found);
    if (found.length === before) emptyDirs.push(path);
  }
  const seen = new Set<string>();
  const inputs = found.filter((input) => {
    const key = resolve(input.file);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { inputs, emptyDirs };
}
