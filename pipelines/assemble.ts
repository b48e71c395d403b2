/**
 * The assemble queue's processor, the parent of a document's OCR jobs: once every page is
 * read, the page results are merged into the loaded document (mergePageResults), which is
 * analyzed and written, as processFile (src/pipeline.ts) does after readPages.
 */
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Job } from 'bullmq';
import type { LoadedDocument } from '../src/ingest/types.ts';
import { mergePageResults, type PageResult } from '../src/ocr/read-pages.ts';
import { analyze, ocrFailure } from '../src/pipeline.ts';
import type { ContentStore } from '../src/store/content-store.ts';
import { emitDocument, refuse } from './emit.ts';
import { failureOf } from './failures.ts';
import type { AssembleJobData, DocumentSummary, PageJobResult } from './topology.ts';

export interface AssembleContext {
  store: ContentStore;
}


export async function assembleDocument(job: Job<AssembleJobData>, ctx: AssembleContext): Promise<DocumentSummary> {
  const data = job.data;
  // A page job that failed for good (its retries spent on an engine or store error) is not a
  // page "left empty": the document fails, naming the page and why.
  const lost = Object.entries(await job.getIgnoredChildrenFailures());
  if (lost.length > 0) {
    const pages = lost.map(([key, reason]) => `page ${/\.p(\d+)$/.exec(key)?.[1] ?? key}: ${reason}`);
    return refuse(data, { file: data.file, code: 'INTERNAL_ERROR', message: `${data.file}: OCR of ${pages.join('; ')}` });
  }

  const loaded = await ctx.store.getJson<LoadedDocument>(data.loaded);
  const results = new Map<number, PageResult>(data.settled.map((r) => [r.page, r]));
  for (const value of Object.values(await job.getChildrenValues<PageJobResult>())) {
    results.set(value.page, await ctx.store.getJson<PageResult>(value.result));
  }
  const merged = mergePageResults(loaded, results);
  const refused = ocrFailure(data.file, merged);
  if (refused) return refuse(data, failureOf(data.file, refused));
  await yieldToEventLoop(); // analyze is one synchronous call: let the lock renewal timer run first
  return emitDocument(ctx.store, data, analyze(merged));
}
