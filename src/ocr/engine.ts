/**
 * The OCR engine: a pool of tesseract.js workers (WebAssembly, one thread each), fully offline.
 *
 * Why our own pool rather than tesseract.js's createScheduler: a page must be able to time out
 * alone (the only way to stop a WebAssembly call is to kill its thread), a worker must be
 * replaced after N pages so the WebAssembly heap (which never shrinks) stays bounded, and a
 * worker that fails to start must be a clear error, not a promise that never settles (a known
 * tesseract.js behaviour when language data cannot load).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';

export interface OcrOptions {
  /** Worker threads, each OCRing one page at a time. Default: the number of cores. */
  workers?: number;
  /** Give up on a page after this long (its worker is killed and replaced). Default 120 s. */
  pageTimeoutMs?: number;
  /** Give up on starting a worker after this long. Default 60 s. */
  startTimeoutMs?: number;
  /** Replace a worker after it has read this many pages, bounding its memory. Default 50. */
  recycleAfterPages?: number;
  /** Folder holding fra.traineddata.gz. Default: @tesseract.js-data/fra, best_int model. */
  langPath?: string;
}

export interface OcrResult {
  text: string;
  /** Mean word confidence, 0..1. */
  confidence: number;
}

/** Why a page could not be read; the loader turns it into a per-page warning or a document code. */
export class OcrError extends Error {
  constructor(
    readonly code: 'OCR_TIMEOUT' | 'OCR_FAILED' | 'OCR_UNAVAILABLE',
    message: string,
  ) {
    super(message);
    this.name = 'OcrError';
  }
}

export const DEFAULT_PAGE_TIMEOUT_MS = 120_000;
export const DEFAULT_START_TIMEOUT_MS = 60_000;
export const DEFAULT_RECYCLE_AFTER_PAGES = 50;

const require = createRequire(import.meta.url);

/**
 * The French model shipped in node_modules: the best_int variant, the same network the native
 * `tesseract` runs with the tessdata_best files, at integer speed.
 */
export function defaultLangPath(): string {
  return join(dirname(require.resolve('@tesseract.js-data/fra/package.json')), '4.0.0_best_int');
}

function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** One worker thread and how many pages it has read. */
interface Slot {
  worker: Worker | null;
  pages: number;
  /** The last error tesseract.js reported for this worker (its errorHandler), if any. */
  lastError: string | null;
}

export class OcrPool {
  readonly size: number;
  private readonly options: Required<OcrOptions>;
  private readonly idle: Slot[] = [];
  private readonly waiting: Array<(slot: Slot) => void> = [];
  private readonly all: Slot[] = [];
  private closed = false;

  private constructor(options: Required<OcrOptions>) {
    this.options = options;
    this.size = options.workers;
  }

  /** Starts every worker up front, so a missing model fails here and not on page 1 of a batch. */
  static async create(options: OcrOptions = {}): Promise<OcrPool> {
    const resolved: Required<OcrOptions> = {
      workers: Math.max(1, options.workers ?? availableParallelism()),
      pageTimeoutMs: options.pageTimeoutMs ?? DEFAULT_PAGE_TIMEOUT_MS,
      startTimeoutMs: options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS,
      recycleAfterPages: options.recycleAfterPages ?? DEFAULT_RECYCLE_AFTER_PAGES,
      langPath: options.langPath ?? defaultLangPath(),
    };
    const model = join(resolved.langPath, 'fra.traineddata.gz');
    if (!existsSync(model)) {
      // Checked before createWorker: with missing data it would wait forever instead of failing.
      throw new OcrError('OCR_UNAVAILABLE', `OCR model not found: ${model} (is @tesseract.js-data/fra installed? run npm ci)`);
    }
    const pool = new OcrPool(resolved);
    try {
      await Promise.all(
        Array.from({ length: resolved.workers }, async () => {
          const slot: Slot = { worker: null, pages: 0, lastError: null };
          pool.all.push(slot);
          await pool.start(slot);
          pool.release(slot);
        }),
      );
    } catch (error) {
      await pool.close();
      throw error;
    }
    return pool;
  }

  private async start(slot: Slot): Promise<void> {
    slot.pages = 0;
    slot.lastError = null;
    const starting = createWorker('fra', OEM.LSTM_ONLY, {
      langPath: this.options.langPath,
      cacheMethod: 'none',
      gzip: true,
      // Without a handler tesseract.js rethrows worker errors where no caller can catch them.
      errorHandler: (error: unknown) => {
        slot.lastError = String(error);
      },
    });
    starting.catch(() => undefined);
    const worker = await withTimeout(
      starting,
      this.options.startTimeoutMs,
      () => new OcrError('OCR_UNAVAILABLE', `OCR worker did not start within ${this.options.startTimeoutMs} ms${slot.lastError ? ` (${slot.lastError})` : ''}`),
    );
    // PSM 3 (automatic layout) rather than tesseract.js's default 6 (one uniform block): on
    // scanned minutes, with headers, margins and signatures, it makes several times fewer errors.
    // The resolution is fixed because our page images carry none and tesseract would guess.
    // tessedit_do_invert 0: tesseract re-reads every doubtful word as white-on-black text;
    // minutes have none, and the second pass costs ~5 % of the page (same text measured).
    await worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO, tessedit_do_invert: '0' });
    slot.worker = worker;
  }

  private acquire(): Promise<Slot> {
    const slot = this.idle.pop();
    if (slot) return Promise.resolve(slot);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(slot: Slot): void {
    const next = this.waiting.shift();
    if (next) next(slot);
    else this.idle.push(slot);
  }

  private async replace(slot: Slot): Promise<void> {
    const old = slot.worker;
    slot.worker = null;
    await old?.terminate().catch(() => undefined);
    if (!this.closed) await this.start(slot);
  }

  /**
   * Reads one page image: JPEG, PNG or PGM bytes (anything leptonica reads). `dpi` is the
   * image's resolution when known: a PGM carries none and tesseract would otherwise guess it.
   * Rejects with OcrError; the pool stays usable either way.
   */
  async recognize(image: Uint8Array, { dpi, label = 'page' }: { dpi?: number; label?: string } = {}): Promise<OcrResult> {
    if (this.closed) throw new OcrError('OCR_UNAVAILABLE', 'OCR pool is closed');
    const slot = await this.acquire();
    try {
      if (!slot.worker || slot.pages >= this.options.recycleAfterPages) await this.replace(slot);
      const worker = slot.worker!;
      slot.pages++;
      // Tesseract parameters ride in the options object (tesseract.js sets and restores them per job).
      const params = (dpi && dpi >= 70 && dpi <= 2400 ? { user_defined_dpi: String(Math.round(dpi)) } : {}) as Parameters<Worker['recognize']>[1];
      const job = worker.recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength), params);
      job.catch(() => undefined);
      let timedOut = false;
      try {
        const result = await withTimeout(job, this.options.pageTimeoutMs, () => {
          timedOut = true;
          return new OcrError('OCR_TIMEOUT', `${label}: OCR did not finish within ${this.options.pageTimeoutMs} ms`);
        });
        return { text: result.data.text, confidence: Math.max(0, Math.min(1, result.data.confidence / 100)) };
      } catch (error) {
        // A killed or confused WebAssembly instance is not reused: start a fresh worker.
        await this.replace(slot).catch(() => {
          slot.worker = null;
        });
        if (timedOut || error instanceof OcrError) throw error;
        const reason = error instanceof Error ? error.message : String(error);
        throw new OcrError('OCR_FAILED', `${label}: OCR failed (${reason || slot.lastError || 'unknown error'})`);
      }
    } finally {
      this.release(slot);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.all.map((slot) => slot.worker?.terminate().catch(() => undefined)));
    for (const slot of this.all) slot.worker = null;
  }
}
