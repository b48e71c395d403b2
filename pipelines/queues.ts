/**
 * The three queues as seen from outside the workers (submit, status, retry, dashboard), and
 * what a document's jobs say about it: done, failed, or still on its way.
 */
import { Queue } from 'bullmq';
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

/** Where the document whose jobs have id `id` stands. */
export async function documentOutcome(queues: Queues, id: string): Promise<Outcome> {
  const doc = await queues.documents.getJob(id);
  if (!doc) return { state: 'missing' };
  const state = await doc.getState();
  if (state === 'failed') return { state: 'failed', failure: parseFailedReason(doc.data.file, doc.failedReason) };
  if (state !== 'completed') return { state: 'pending' };
  const result = doc.returnvalue;
  if (result.status === 'done') return { state: 'done', summary: result };
  const assemble = await queues.assemble.getJob(id);
  // Removed by hand or by `retry` before the split runs again: on its way.
  if (!assemble) return { state: 'pending', ocrPages: result.ocrPages };
  const assembleState = await assemble.getState();
  if (assembleState === 'completed') return { state: 'done', summary: assemble.returnvalue };
  if (assembleState === 'failed') return { state: 'failed', failure: parseFailedReason(assemble.data.file, assemble.failedReason) };
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
