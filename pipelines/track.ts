/**
 * Following a batch to its end: which documents are done, which failed and why.
 *
 * QueueEvents (Redis streams) say at once when a job of the batch finishes or a page is read;
 * every event for a document of the batch is checked against its jobs (documentOutcome), so a
 * retry (a 'failed' attempt that will run again) is not taken for the end. A slow poll of the
 * documents not yet finished backs the events up: an event can be missed (emitted before the
 * tracker subscribed, or trimmed from a stream while Redis was unreachable), a job's state
 * cannot.
 */
import { QueueEvents } from 'bullmq';
import type { Failure } from '../src/cli/progress.ts';
import type { Connection } from './connection.ts';
import { documentOutcome, type Outcome, type Queues } from './queues.ts';
import { QUEUES, type DocumentJobResult, type DocumentSummary } from './topology.ts';

export interface TrackCallbacks {
  done(id: string, summary: DocumentSummary): void;
  failed(id: string, failure: Failure): void;
  /** A page of the document was read: `done` of `total` pages to OCR. */
  ocrPage?(id: string, done: number, total: number): void;
}

export interface TrackOptions {
  connection: Connection;
  prefix: string;
  queues: Queues;
  callbacks: TrackCallbacks;
  /** How often the unfinished documents are checked without waiting for an event (default 10 s: a safety net). */
  pollMs?: number;
  /** Documents checked at once when polling, so a batch of 10^5 does not flood Redis. */
  pollBatch?: number;
  onError?: (error: Error) => void;
}

const PAGE_ID = /^(.+)\.p(\d+)$/;

export class BatchTracker {
  private readonly pending = new Set<string>();
  private readonly ocr = new Map<string, { done: number; total: number }>();
  private readonly events: QueueEvents[];
  private readonly checking = new Set<string>();
  /** Documents with an event while being checked: checked once more after, or the event could be lost. */
  private readonly recheck = new Set<string>();
  private wake: (() => void) | undefined;
  private stopped = false;

  private constructor(private readonly options: TrackOptions) {
    const { connection, prefix } = options;
    // QueueEvents read with blocking XREAD: each needs its own connection (duplicated by BullMQ).
    this.events = [QUEUES.documents, QUEUES.assemble, QUEUES.pages].map((name) => new QueueEvents(name, { connection, prefix }));
  }

  /** Subscribes before anything is submitted, so no event of the batch goes by unseen. */
  static async start(options: TrackOptions): Promise<BatchTracker> {
    const tracker = new BatchTracker(options);
    const [documents, assemble, pages] = tracker.events as [QueueEvents, QueueEvents, QueueEvents];
    for (const e of tracker.events) e.on('error', (error) => options.onError?.(error));
    const check = ({ jobId }: { jobId: string }) => {
      if (tracker.pending.has(jobId)) void tracker.check(jobId);
    };
    // A completion carries the job's result: a finished document needs no further question to
    // Redis. A split waits for its assemble job; a failure may be an attempt that will be
    // retried: those are checked.
    const completed = ({ jobId, returnvalue }: { jobId: string; returnvalue: unknown }) => {
      if (!tracker.pending.has(jobId)) return;
      const result = (typeof returnvalue === 'string' ? JSON.parse(returnvalue) : returnvalue) as DocumentJobResult | null;
      if (result?.status === 'done') tracker.finish(jobId, () => options.callbacks.done(jobId, result));
      else if (result?.status === 'split') tracker.ocr.set(jobId, { done: 0, total: result.ocrPages });
      else void tracker.check(jobId);
    };
    documents.on('completed', completed);
    documents.on('failed', check);
    assemble.on('completed', completed);
    assemble.on('failed', check);
    pages.on('completed', ({ jobId }) => tracker.pageRead(jobId));
    await Promise.all(tracker.events.map((e) => e.waitUntilReady()));
    return tracker;
  }

  /** Follows document `id` until it is done or failed. */
  add(id: string): void {
    this.pending.add(id);
  }

  get remaining(): number {
    return this.pending.size;
  }

  /** Ends wait() now (Ctrl-C): the documents not finished stay pending. */
  stop(): void {
    this.stopped = true;
    this.wake?.();
  }

  /**
   * Resolves when every document added is done or failed, or when `stopped()` becomes true
   * (checked every poll and on every event).
   */
  async wait(until: () => boolean = () => false): Promise<void> {
    const stopped = () => this.stopped || until();
    const pollMs = this.options.pollMs ?? 10_000;
    const batch = this.options.pollBatch ?? 500;
    while (this.pending.size > 0 && !stopped()) {
      // Every unfinished document, a slice at a time (a batch of 10^5 must not flood Redis).
      const round = [...this.pending];
      for (let i = 0; i < round.length && !stopped(); i += batch) await Promise.all(round.slice(i, i + batch).map((id) => this.check(id)));
      if (this.pending.size === 0 || stopped()) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.events.map((e) => e.close()));
  }

  /** Checks a document's jobs and reports it when it has finished. */
  async check(id: string): Promise<Outcome | undefined> {
    if (this.checking.has(id)) {
      this.recheck.add(id);
      return undefined;
    }
    this.checking.add(id);
    try {
      let outcome: Outcome;
      try {
        outcome = await documentOutcome(this.options.queues, id);
      } catch (error) {
        this.options.onError?.(error as Error); // Redis away: the next poll asks again
        return undefined;
      }
      if (!this.pending.has(id)) return outcome;
      if (outcome.state === 'done') this.finish(id, () => this.options.callbacks.done(id, outcome.summary));
      else if (outcome.state === 'failed') this.finish(id, () => this.options.callbacks.failed(id, outcome.failure));
      else if (outcome.state === 'pending' && outcome.ocrPages !== undefined && !this.ocr.has(id)) this.ocr.set(id, { done: 0, total: outcome.ocrPages });
      return outcome;
    } finally {
      this.checking.delete(id);
      if (this.recheck.delete(id)) void this.check(id);
    }
  }

  private finish(id: string, report: () => void): void {
    this.pending.delete(id);
    this.ocr.delete(id);
    report();
    if (this.pending.size === 0) this.wake?.();
  }

  private pageRead(jobId: string): void {
    const m = PAGE_ID.exec(jobId);
    if (!m || !this.pending.has(m[1]!)) return;
    const progress = this.ocr.get(m[1]!);
    if (!progress) return; // its split's completion not seen yet: the bar catches up on the next page
    progress.done = Math.min(progress.total, progress.done + 1);
    this.options.callbacks.ocrPage?.(m[1]!, progress.done, progress.total);
  }
}
