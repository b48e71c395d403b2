/**
 * The three queues as seen from outside the workers (submit, status, retry, dashboard), and
 * what a document's jobs say about it: done, failed, or still on its way.
 */
import { type Job, type JobState, Queue } from 'bullmq';
import type { Failure } from '../src/cli/progress.ts';
import type { Connection } from './connection.ts';
import { parseFailedReason } from './failures.ts';
import { QUEUES, type AssembleJobData, type DocumentJobData, type DocumentJobResult, type DocumentSummary, type PageJobData } from './topology.ts';

export class Queues {
  readonly documents: Queue<DocumentJobData, DocumentJobResult>;
  readonly pages: Queue<PageJobData>;
  readonly assemble: Queue<AssembleJobData, DocumentSummary>;

  constructor(connection: Connection, prefix: string, onError: (error: Error) => void) {
    this.documents = new Queue(QUEUES.documents, { connection, prefix });
    this.pages = new Queue(QUEUES.pages, { connection, prefix });
    this.assemble = new Queue(QUEUES.assemble, { connection, prefix });
    for (const q of this.all()) q.on('error', onError);
  }

  all(): Queue[] {
    return [this.documents, this.pages, this.assemble] as Queue[];
  }

  async close(): Promise<void> {
    await Promise.all(this.all().map((q) => q.close()));
  }
}

export type Outcome =
  | { state: 'done'; summary: DocumentSummary }
  | { state: 'failed'; failure: Failure }
  /** Waiting, being processed, or retrying; `ocrPages` once its pages went to OCR. */
  | { state: 'pending'; ocrPages?: number }
  /** No such job (removed, or never submitted). */
  | { state: 'missing' };

/**
 * A job's state, then the job: in that order, because a job read first and finished before its
 * state is asked would say 'completed' with the result it had when read, none. BullMQ records
 * the result and the completed state in one script, so a job read after its state holds it.
 * Undefined when the job is gone (removed between the two questions, or never there).
 */
async function finishedJob<D, R>(queue: Queue<D, R>, id: string): Promise<{ state: JobState; job: Job<D, R> } | undefined> {
  const state = await queue.getJobState(id);
  if (state === 'unknown') return undefined;
  // Queue<D, R> hands out Job<D, R> (BullMQ's conditional types do not reduce for generic D, R).
  const job = (await queue.getJob(id)) as Job<D, R> | undefined;
  return job ? { state, job } : undefined;
}

/** Where the document whose jobs have id `id` stands. */
export async function documentOutcome(queues: Queues, id: string): Promise<Outcome> {
  const doc = await finishedJob(queues.documents, id);
  if (!doc) return { state: 'missing' };
  if (doc.state === 'failed') return { state: 'failed', failure: parseFailedReason(doc.job.data.file, doc.job.failedReason) };
  const result = doc.job.returnvalue;
  // No result though completed: moved back by `retry` between the two questions.
  if (doc.state !== 'completed' || !result) return { state: 'pending' };
  if (result.status === 'done') return { state: 'done', summary: result };
  const assemble = await finishedJob(queues.assemble, id);
  // Removed by hand or by `retry` before the split runs again: on its way.
  if (!assemble) return { state: 'pending', ocrPages: result.ocrPages };
  if (assemble.state === 'completed' && assemble.job.returnvalue) return { state: 'done', summary: assemble.job.returnvalue };
  if (assemble.state === 'failed') return { state: 'failed', failure: parseFailedReason(assemble.job.data.file, assemble.job.failedReason) };
  return { state: 'pending', ocrPages: result.ocrPages };
}

/** The id of a job from its Redis key (`<prefix>:<queue>:<id>`; ids hold no ':'). */
export const idOfKey = (key: string) => key.slice(key.lastIndexOf(':') + 1);

/**
 * Removes a document's jobs so it can be processed afresh: its assemble job with the children
 * still pending, the OCR jobs that failed for good (BullMQ would otherwise attach a new parent
 * to the old failed child and wait for it forever), and, unless `keepDocumentJob`, its
 * documents job. Throws when a job is being processed (its lock cannot be taken).
 */
export async function removeDocument(queues: Queues, id: string, { keepDocumentJob = false } = {}): Promise<void> {
  const assemble = await queues.assemble.getJob(id);
  if (assemble) {
    for (const key of Object.keys(await assemble.getIgnoredChildrenFailures())) {
      await (await queues.pages.getJob(idOfKey(key)))?.remove();
    }
    await assemble.remove({ removeChildren: true });
  }
  if (!keepDocumentJob) await (await queues.documents.getJob(id))?.remove();
}
