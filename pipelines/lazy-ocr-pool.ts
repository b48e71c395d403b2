/**
 * A worker's OCR engine, started when the first page job arrives: a worker that only ever
 * sees text-layer documents never pays the threads' start (a second) nor their memory
 * (~150 MB each). Closed on shutdown, after the page jobs are finished or handed back.
 */
import type { OcrOptions, OcrPool } from '../src/ocr/engine.ts';

export class LazyOcrPool {
  private pool: Promise<OcrPool> | undefined;
  private closed = false;

  constructor(private readonly options: OcrOptions) {}

  get started(): boolean {
    return this.pool !== undefined;
  }

  get(): Promise<OcrPool> {
    if (this.closed) return Promise.reject(new Error('the OCR engine of this worker is shut down'));
    if (!this.pool) {
      const starting = import('../src/ocr/engine.ts').then(({ OcrPool }) => OcrPool.create(this.options));
      // A pool that failed to start is tried again by the next page rather than cached as failed.
      starting.catch(() => {
        if (this.pool === starting) this.pool = undefined;
      });
      this.pool = starting;
    }
    return this.pool;
  }

  async close(): Promise<void> {
    this.closed = true;
    const started = this.pool;
    this.pool = undefined;
    await started?.then((p) => p.close(), () => undefined);
  }
}
