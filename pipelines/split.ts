/**
 * The documents queue's processor: one input file. It loads the file (src/ingest) and either
 * finishes a text-layer document at once (analyze, write) or, when pages need OCR, extracts and
 * prepares their images once, stores them, and adds the document's flow: an assemble parent
 * with one OCR child per page, so the pages of a long register spread over every worker.
 *
 * The same stages as processFile (src/pipeline.ts), in the same order, with the same options:
 * loadBytesAs(file, bytes, allowImageOnly) -> pageImages -> preparePage; the OCR and the rest
 * happen in ocr-page.ts and assemble.ts.
 */
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { FlowChildJob, FlowProducer, Job, Queue } from 'bullmq';
import { loadBytesAs } from '../src/ingest/load.ts';
import { pageImages } from '../src/ingest/page-image.ts';
import { InputError, type LoadedDocument } from '../src/ingest/types.ts';
import { preparePage, type PageResult } from '../src/ocr/read-pages.ts';
import { analyze } from '../src/pipeline.ts';
import type { ContentStore } from '../src/store/content-store.ts';
import { emitDocument, refuse } from './emit.ts';
import { failureOf } from './failures.ts';
import {
  JOB_OPTIONS,
  PAGE_JOB_OPTIONS,
  pageJobId,
  QUEUES,
  type AssembleJobData,
  type DocumentJobData,
  type DocumentJobResult,
  type PageJobData,
} from './topology.ts';

export interface SplitContext {
  store: ContentStore;
  flows: FlowProducer;
  assemble: Queue<AssembleJobData>;
}

export async function splitDocument(job: Job<DocumentJobData>, ctx: SplitContext): Promise<DocumentJobResult> {
  const data = job.data;
  if (data.refused) return refuse(data, data.refused);
  if (data.source === null) return refuse(data, { file: data.file, code: 'INTERNAL_ERROR', message: `${data.file}: submitted without its bytes` });
  const bytes = await ctx.store.get(data.source);

  let loaded: LoadedDocument;
  try {
    loaded = await loadBytesAs(data.file, bytes, { maxBytes: data.maxBytes, allowImageOnly: true });
  } catch (error) {
    if (error instanceof InputError) return refuse(data, failureOf(data.file, error));
    throw error;
  }

  const wanted = loaded.pages.filter((p) => p.needsOcr).map((p) => p.page);
  if (wanted.length === 0) {
    // analyze is one synchronous call: let the lock renewal timer run first.
    await yieldToEventLoop();
    return emitDocument(ctx.store, data, analyze(loaded));
  }

  const id = job.id!;
  const summary = { status: 'split' as const, file: data.file, ocrPages: wanted.length };
  // A retried split (its worker died after adding the flow) must not add the flow twice.
  if (await ctx.assemble.getJob(id)) return summary;

  const children: FlowChildJob[] = [];
  const settled: PageResult[] = [];
  // One page image in memory at a time, as in readPages; the event loop runs between pages so
  // this worker's locks are renewed during a long register.
  for await (const image of pageImages(bytes, wanted)) {
    if ('error' in image) {
      settled.push(image);
      continue;
    }
    let prepared;
    try {
      prepared = preparePage(image);
    } catch (error) {
      settled.push({ page: image.page, error: `cannot decode the page image (${error instanceof Error ? error.message : String(error)})` });
      continue;
    }
    const { bytes: pixels, ...meta } = prepared;
    const pageData: PageJobData = { ...meta, fileName: loaded.fileName, image: await ctx.store.put(pixels) };
    children.push({ name: 'ocr', queueName: QUEUES.pages, data: pageData, opts: { ...PAGE_JOB_OPTIONS, jobId: pageJobId(id, image.page) } });
    await yieldToEventLoop();
  }

  const assembleData: AssembleJobData = { file: data.file, name: data.name, out: data.out, loaded: await ctx.store.putJson(loaded), settled };
  await ctx.flows.add({ name: 'assemble', queueName: QUEUES.assemble, data: assembleData, opts: { ...JOB_OPTIONS, jobId: id }, children });
  return summary;
}
