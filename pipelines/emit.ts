/**
 * A processed document leaves the queue: DIR/<name>.json or DIR/<name>.error.json, written by
 * the very function `minutes process` uses (src/cli/write-outputs.ts), so the files are
 * byte-identical. Without an output directory the JSON goes into the store and the job's
 * summary names it.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentStore } from '../src/store/content-store.ts';
import type { Failure } from '../src/cli/progress.ts';
import { pretty, writeOutputs } from '../src/cli/write-outputs.ts';
import type { MinutesDocument } from '../src/schema/minutes.ts';
import type { DocumentSummary } from './topology.ts';
import { unrecoverable } from './failures.ts';

interface Target {
  file: string;
  name: string;
  out: string | null;
}

/** Writes the document; resolves to the job's summary. A write that fails throws (the job is retried). */
export async function emitDocument(store: ContentStore, target: Target, doc: MinutesDocument): Promise<DocumentSummary> {
  const summary = { status: 'done' as const, file: target.file, pages: doc.source.pageCount, kind: doc.kind };
  if (target.out === null) return { ...summary, output: store.path(await store.put(pretty(doc))) };
  // submit created it, but maybe on another machine's view of the shared disk, or it was removed since.
  await mkdir(target.out, { recursive: true });
  const failure = await writeOutputs(target.out, target.name, target.file, { ok: true, doc });
  // WRITE_FAILED (a full or unmounted disk): worth another attempt, unlike a bad input.
  if (failure) throw new Error(`${failure.code}: ${failure.message}`);
  return { ...summary, output: join(target.out, `${target.name}.json`) };
}

/** Writes <name>.error.json when there is an output directory. Never throws. */
export async function emitFailure(target: Target, failure: Failure): Promise<void> {
  if (target.out === null) return;
  await mkdir(target.out, { recursive: true }).catch(() => undefined);
  await writeOutputs(target.out, target.name, target.file, { ok: false, failure }).catch(() => undefined);
}

/** Writes <name>.error.json, then the error that fails the job at once. */
export async function refuse(target: Target, failure: Failure): Promise<never> {
  await emitFailure(target, failure);
  throw unrecoverable(failure);
}
