/**
 * Submission: input paths -> one documents job per file, its bytes in the store.
 *
 * Inputs are found and named exactly as `minutes process` does (expandInputs, outputNames), so
 * the same folder gives the same DIR/<name>.json files. Each file is read once here, stored
 * under its SHA-256, and its job id derives from that hash and its output (topology.ts): a job
 * already in the queues (done, failed or on its way) is not added again, so running the same
 * submit after an interruption only adds what is missing. --force removes a document's jobs
 * first and processes it afresh. A file changed since an earlier submission is a new job; the
 * earlier one, if it failed, is removed.
 *
 * An input refused before it can be read (not found, empty, too large) is still a job, one
 * that fails at once: it shows in `minutes status` with its reason, and the worker writes its
 * <name>.error.json like the others.
 */
import { resolve } from 'node:path';
import { expandInputs } from '../src/cli/inputs.ts';
import { forEachOrdered } from '../src/cli/ordered.ts';
import { outputNames } from '../src/cli/output-names.ts';
import type { Failure } from '../src/cli/progress.ts';
import { readInput } from '../src/ingest/load.ts';
import type { ContentStore } from '../src/store/content-store.ts';
import { failureOf } from './failures.ts';
import { removeDocument, type Queues } from './queues.ts';
import { documentJobId, JOB_OPTIONS, refusedJobId, targetOfJobId, type DocumentJobData } from './topology.ts';

export interface SubmitOptions {
  queues: Queues;
  store: ContentStore;
  /** Output directory (made absolute: workers may run elsewhere); null keeps the JSON in the store. */
  out: string | null;
  force: boolean;
  maxBytes: number | undefined;
  /** Called once per input, in input order, as it is submitted. */
  onSubmitted?: (entry: Submitted) => void;
  /** Checked between files: true stops the submission (what was added stays queued). */
  stopped?: () => boolean;
}

export interface Submitted {
  file: string;
  name: string;
  id: string;
  /**
   * added: a new job; existing: the same job was already in the queues (done, failed or
   * queued) and is left as it is; busy: --force, but the job is being processed right now.
   */
  status: 'added' | 'existing' | 'busy';
}

export interface Submission {
  entries: Submitted[];
  /** Inputs found in total (entries is shorter when stopped). */
  total: number;
  /** Remarks for the user: renamed outputs, empty directories. */
  notes: string[];
}

/** Files read and stored at once: overlaps disk reads with Redis round trips. */
const SUBMIT_CONCURRENCY = 4;

export async function submitInputs(paths: string[], options: SubmitOptions): Promise<Submission> {
  const { queues, store, force, maxBytes } = options;
  const out = options.out === null ? null : resolve(options.out);
  const { inputs, emptyDirs } = await expandInputs(paths);
  const notes = emptyDirs.map((dir) => `no .pdf or .txt file in ${dir}`);
  const { names, renamed } = outputNames(inputs.map((i) => i.file));
  notes.push(...renamed);

  // Failed jobs of earlier versions of the same file (same output, other bytes) are superseded
  // by the new one: removed, so that `retry --failed` never runs the old bytes again over the
  // new output. A job id ends with its output's hash (topology.ts).
  const failedByTarget = new Map<string, string[]>();
  for (const job of [...(await queues.documents.getFailed()), ...(await queues.assemble.getFailed())]) {
    if (!job?.id) continue;
    const target = targetOfJobId(job.id);
    failedByTarget.set(target, [...(failedByTarget.get(target) ?? []), job.id]);
  }

  const entries: Submitted[] = [];
  type Prepared = { id: string; data: DocumentJobData } | { error: unknown };
  const prepare = async (index: number): Promise<Prepared> => {
    const { file, refused } = inputs[index]!;
    const name = names[index]!;
    const base = { file, name, out, maxBytes };
    if (refused) return { id: refusedJobId(file, { out, name }), data: { ...base, source: null, refused: { file, ...refused } } };
    let bytes: Uint8Array;
    try {
      bytes = await readInput(file, { maxBytes });
    } catch (error) {
      const failure: Failure = failureOf(file, error);
      return { id: refusedJobId(file, { out, name }), data: { ...base, source: null, refused: failure } };
    }
    try {
      const source = await store.put(bytes);
      return { id: documentJobId(source, { file, out, name }), data: { ...base, source, refused: null } };
    } catch (error) {
      return { error }; // thrown by enqueue, in order: a store that cannot be written stops the submission
    }
  };

  const enqueue = async (prepared: Prepared): Promise<void> => {
    if ('error' in prepared) throw prepared.error;
    const { id, data } = prepared;
    let status: Submitted['status'] = 'added';
    const existing = await queues.documents.getJob(id);
    if (existing && !force) status = 'existing';
    else {
      if (force) {
        try {
          await removeDocument(queues, id);
        } catch {
          status = 'busy'; // being processed: a lock cannot be removed
        }
      }
      if (status === 'added') {
        for (const stale of failedByTarget.get(targetOfJobId(id)) ?? []) {
          if (stale !== id) await removeDocument(queues, stale).catch(() => undefined);
        }
        await queues.documents.add('document', data, { ...JOB_OPTIONS, jobId: id });
      }
    }
    const entry = { file: data.file, name: data.name, id, status };
    entries.push(entry);
    options.onSubmitted?.(entry);
  };

  await forEachOrdered(
    inputs.map((_, i) => i),
    prepare,
    enqueue,
    { concurrency: SUBMIT_CONCURRENCY, stopped: options.stopped },
  );
  return { entries, total: inputs.length, notes };
}
