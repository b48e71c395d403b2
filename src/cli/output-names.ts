/**
 * Output base names: DIR/<name>.json and DIR/<name>.error.json, <name> being the file name
 * without its extension. Inputs that would share a name (a/000.txt, b/000.pdf) keep it in input
 * order for the first and get <name>-2, <name>-3... for the others, never taking a name that
 * another input has naturally. Names compare case-insensitively (macOS and Windows disks).
 */
import { parse } from 'node:path';

export interface OutputNames {
  names: string[];
  /** One sentence per renamed input, for the user. */
  renamed: string[];
}

export function outputNames(files: string[]): OutputNames {
  const natural = files.map((file) => parse(file).name || '_');
  // Every name claims both of its files, so "x.error" (from x.error.txt) and "x" cannot collide.
  const claimed = new Map<string, string>();
  const key = (file: string) => file.toLowerCase();
  const isFree = (name: string) => !claimed.has(key(`${name}.json`)) && !claimed.has(key(`${name}.error.json`));
  const claim = (name: string, file: string) => {
    claimed.set(key(`${name}.json`), file);
    claimed.set(key(`${name}.error.json`), file);
  };

  const names: (string | undefined)[] = natural.map((name, i) => {
    if (!isFree(name)) return undefined;
    claim(name, files[i]!);
    return name;
  });
  const renamed: string[] = [];
  for (const [i, name] of names.entries()) {
    if (name !== undefined) continue;
    const base = natural[i]!;
    let n = 2;
    while (!isFree(`${base}-${n}`)) n++;
    const unique = `${base}-${n}`;
    renamed.push(`${files[i]} has the same output name as ${claimed.get(key(`${base}.json`)) ?? claimed.get(key(`${base}.error.json`))}: writing it as ${unique}.json`);
    claim(unique, files[i]!);
    names[i] = unique;
  }
  return { names: names as string[], renamed };
}
