/**
 * The pages queue's processor: one prepared page image from the store -> recognizePage
 * (src/ocr/read-pages.ts) -> its PageResult into the store, the key returned to the parent.
 *
 * recognizePage never throws: a page the engine cannot read (timeout, damaged image) is a
 * result with its reason, left empty with a warning in the document as `minutes process`
 * does. Only a worker whose engine is unavailable (shutting down, threads failing to start)
 * throws, so that the page is retried, on this worker or another.
 */
import type { Job } from 'bullmq';
import { recognizePage } from '../src/ocr/read-pages.ts';
import type { ContentStore } from '../src/store/content-store.ts';
import type { LazyOcrPool } from './lazy-ocr-pool.ts';
import type { PageJobData, PageJobResult } from './topology.ts';

export interface OcrPageContext {
  store: ContentStore;
  ocr: LazyOcrPool;
}

/** Reasons that are about this worker's engine, not about the page. */
const ENGINE_UNAVAILABLE = /^OCR pool is closed|^OCR worker did not start/;

export async function ocrPage(job: Job<PageJobData>, ctx: OcrPageContext): Promise<PageJobResult> {
  const { image, fileName, ...prepared } = job.data;
  const bytes = await ctx.store.get(image);
  const pool = await ctx.ocr.get();
  const result = await recognizePage(pool, { ...prepared, bytes }, `${fileName} page ${prepared.page}`);
  if ('error' in result && ENGINE_UNAVAILABLE.test(result.error)) throw new Error(`${fileName} page ${prepared.page}: ${result.error}`);
  return { page: prepared.page, result: await ctx.store.putJson(result) };
}
