/**
 * What a processed input leaves in the output directory, shared by `minutes process` and the
 * queue workers (pipelines/) so both write byte-identical files:
 * DIR/<name>.json (pretty-printed, newline-terminated) and no stale DIR/<name>.error.json; or
 * DIR/<name>.error.json = {file, code, message}, an earlier DIR/<name>.json kept.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { MinutesDocument } from '../schema/minutes.ts';
import { writeFileAtomic } from './atomic-write.ts';
import type { Failure } from './progress.ts';

export type Result = { ok: true; doc: MinutesDocument } | { ok: false; failure: Failure };

/** The bytes of every JSON file written: 2-space indentation and a final newline. */
export const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Writes the outputs of `result`; resolves to the failure to report (the input's, or WRITE_FAILED), if any. */
export async function writeOutputs(dir: string, name: string, file: string, result: Result): Promise<Failure | undefined> {
  let failure: Failure;
  if (result.ok) {
    try {
      await writeFileAtomic(dir, `${name}.json`, pretty(result.doc));
      await rm(join(dir, `${name}.error.json`), { force: true });
      return undefined;
    } catch (err) {
      failure = { file, code: 'WRITE_FAILED', message: (err as Error).message };
    }
  } else failure = result.failure;
  await writeFileAtomic(dir, `${name}.error.json`, pretty(failure)).catch((err: Error) => {
    failure.message += ` (and ${name}.error.json could not be written: ${err.message})`;
  });
  return failure;
}
