/**
 * The documents an export starts from: the `*.json` that `minutes process --out DIR` wrote
 * (its `*.error.json` are failures, not documents), each checked against the contract. A file
 * that is not a valid document is reported by name and the others go on.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MinutesDocument } from '../schema/minutes.ts';

export interface UnreadableFile {
  file: string;
  message: string;
}

export interface ReadOutputs {
  /** With the file each came from, in the order of the paths (a directory's files sorted). */
  documents: Array<{ file: string; document: MinutesDocument }>;
  unreadable: UnreadableFile[];
  /** Files holding a document already read from another file (same id): skipped. */
  duplicates: Array<{ file: string; sameAs: string }>;
}

const isOutput = (name: string) => name.endsWith('.json') && !name.endsWith('.error.json') && !name.startsWith('.');

async function filesOf(path: string): Promise<string[]> {
  if (!(await stat(path)).isDirectory()) return [path];
  const names = (await readdir(path)).filter(isOutput).sort();
  return names.map((n) => join(path, n));
}

/** Reads output directories (their `*.json`) and explicit files; a path that cannot be read is reported like a bad file. */
export async function readOutputs(paths: readonly string[]): Promise<ReadOutputs> {
  const out: ReadOutputs = { documents: [], unreadable: [], duplicates: [] };
  const seen = new Map<string, string>();
  for (const path of paths) {
    let files: string[];
    try {
      files = await filesOf(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      out.unreadable.push({ file: path, message: code === 'ENOENT' ? 'no such file or directory' : (err as Error).message });
      continue;
    }
    for (const file of files) {
      let json: unknown;
      try {
        json = JSON.parse(await readFile(file, 'utf8'));
      } catch (err) {
        out.unreadable.push({ file, message: `not JSON: ${(err as Error).message}` });
        continue;
      }
      const parsed = MinutesDocument.safeParse(json);
      if (!parsed.success) {
        const first = parsed.error.issues[0]!;
        const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more)` : '';
        out.unreadable.push({ file, message: `not a minutes document: ${first.path.join('.') || '(top level)'}: ${first.message}${more}` });
        continue;
      }
      const earlier = seen.get(parsed.data.id);
      if (earlier !== undefined) {
        out.duplicates.push({ file, sameAs: earlier });
        continue;
      }
      seen.set(parsed.data.id, file);
      out.documents.push({ file, document: parsed.data });
    }
  }
  return out;
}
