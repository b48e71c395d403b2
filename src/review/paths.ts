/**
 * Every file name that arrives in a request goes through here before it meets the disk: a
 * plain name inside one directory, never a path. The server also looks names up in the list
 * of files it found itself; this check is the second lock, so a mistake there cannot open
 * the rest of the machine.
 */
import { resolve, sep } from 'node:path';

/** Why a name is refused, in the order they are checked; the first that matches is reported. */
const NAME_RULES: ReadonlyArray<{ test: (name: string) => boolean; reason: string }> = [
  { test: (n) => n.length === 0, reason: 'empty name' },
  { test: (n) => n.length > 255, reason: 'name longer than 255 characters' },
  { test: (n) => n.includes('\0'), reason: 'NUL in name' },
  { test: (n) => /[/\\]/.test(n), reason: 'a name, not a path, is expected (no / or \\)' },
  { test: (n) => n === '.' || n === '..' || n.includes('..'), reason: "'..' is not allowed" },
  { test: (n) => n.startsWith('.'), reason: 'hidden names are not served' },
  { test: (n) => /[\x00-\x1f\x7f]/.test(n), reason: 'control character in name' },
];

/** Null when `name` is a safe plain file name, else why not. */
export function nameProblem(name: string): string | null {
  return NAME_RULES.find((r) => r.test(name))?.reason ?? null;
}

export class UnsafeNameError extends Error {
  override name = 'UnsafeNameError';
}

/** `dir/name`, after checking that `name` is a plain name and the result stays inside `dir`. */
export function fileInside(dir: string, name: string): string {
  const problem = nameProblem(name);
  if (problem) throw new UnsafeNameError(`unsafe file name ${JSON.stringify(name)}: ${problem}`);
  const root = resolve(dir);
  const path = resolve(root, name);
  if (!path.startsWith(root + sep)) throw new UnsafeNameError(`unsafe file name ${JSON.stringify(name)}: outside ${root}`);
  return path;
}
