/**
 * The shape of the distributed pipeline: its queues, the data each job carries, the ids that
 * make submission idempotent, and the retry policy. Plain declarations; the processors are in
 * split.ts, ocr-page.ts and assemble.ts.
 *
 *   submit ──> documents: one job per input file ("split")
 *                 text-layer document ........ load, analyze, write DIR/<name>.json: done
 *                 pages needing OCR .......... load, extract and prepare the page images once
 *                                              (into the store), then add a flow:
 *              assemble: the flow's parent, one per document
 *                 └── pages: one child per page to OCR (spread over every worker)
 *              assemble runs when its children are done: merge the pages, analyze, write.
 *
 * Jobs carry store keys (src/store), never document bytes.
 */
import { createHash } from 'node:crypto';
import { basename, resolve } from 'node:path';
import type { JobsOptions } from 'bullmq';
import type { Failure } from '../src/cli/progress.ts';
import type { PageResult, PreparedPage } from '../src/ocr/read-pages.ts';

export const QUEUES = { documents: 'documents', pages: 'pages', assemble: 'assemble' } as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];
export const QUEUE_NAMES: readonly QueueName[] = [QUEUES.documents, QUEUES.pages, QUEUES.assemble];

/**
 * Key prefix of every queue. The braces are a Redis Cluster hash tag: all the keys of all
 * three queues hash to one slot, which BullMQ needs (its Lua scripts and flows touch keys of
 * several queues at once). Harmless on a single Redis.
 */
export const DEFAULT_PREFIX = '{minutes}';

/** What `minutes submit` asks for one input. */
export interface DocumentJobData {
  /** The path as given to submit: it names the input in messages and in <name>.error.json. */
  file: string;
  /** Base name of the outputs: DIR/<name>.json or DIR/<name>.error.json (as `minutes process` names them). */
  name: string;
  /** Absolute output directory, shared by the workers; null: the JSON goes into the store. */
  out: string | null;
  /** Store key of the file's bytes; null when the input was refused before it could be read. */
  source: string | null;
  /** Refused at submission (not found, unreadable, empty, too large): the job fails with this. */
  refused: Failure | null;
  maxBytes: number | undefined;
}

/** A page to OCR: the prepared image is in the store; the rest of PreparedPage rides along. */
export interface PageJobData extends Omit<PreparedPage, 'bytes'> {
  /** Labels OCR errors as `minutes process` does: "<fileName> page <n>". */
  fileName: string;
  image: string;
}

/** What an OCR child leaves for its parent: the PageResult is in the store. */
export interface PageJobResult {
  page: number;
  result: string;
}

export interface AssembleJobData {
  file: string;
  name: string;
  out: string | null;
  /** Store key of the LoadedDocument as the loader gave it (OCR pages still empty). */
  loaded: string;
  /** Pages whose image could not be extracted or prepared: their result is already known. */
  settled: PageResult[];
}

/** What a finished document job returns (kept in Redis: small). */
export interface DocumentSummary {
  status: 'done';
  file: string;
  pages: number;
  kind: string;
  /** The JSON written: DIR/<name>.json, or its path in the store without --out. */
  output: string;
}

/** A document job that handed its OCR pages to a flow: the assemble job of the same id finishes it. */
export interface SplitSummary {
  status: 'split';
  file: string;
  ocrPages: number;
}

export type DocumentJobResult = DocumentSummary | SplitSummary;

/**
 * The id of a document's jobs (its documents job and its assemble job): the file's SHA-256 and
 * where its output goes. The same file submitted again for the same output is the same job and
 * is not processed twice; the same bytes under another name or output directory are another
 * document (their JSON differs: source.fileName). BullMQ ids cannot contain ':'.
 */
export function documentJobId(sha256: string, target: { file: string; out: string | null; name: string }): string {
  const where = createHash('sha256')
    .update(`${target.out === null ? '' : resolve(target.out)}\0${target.name}\0${basename(target.file)}`)
    .digest('hex')
    .slice(0, 16);
  return `${sha256}.${where}`;
}

/** Inputs refused before they could be read have no bytes to hash: their path stands in. */
export function refusedJobId(file: string, target: { out: string | null; name: string }): string {
  return documentJobId(createHash('sha256').update(`refused\0${resolve(file)}`).digest('hex'), { file, ...target });
}

/** The output part of a document job id: the same for every version of a file sent to the same place. */
export const targetOfJobId = (id: string) => id.slice(id.indexOf('.') + 1);

export const pageJobId = (documentId: string, page: number) => `${documentId}.p${page}`;

/** The first retry's delay: MINUTES_RETRY_DELAY_MS (tests shorten it), else 2 s. */
function retryDelayMs(): number {
  const raw = Number(process.env.MINUTES_RETRY_DELAY_MS);
  return Number.isSafeInteger(raw) && raw > 0 ? raw : 2000;
}

/**
 * Transient errors (a store on a network disk, an OCR thread that died) are retried with
 * exponential backoff: 2 s, 4 s, 8 s, 16 s. A bad input fails at once (UnrecoverableError).
 * Finished jobs are kept: their ids are what makes a second submission a no-op, and failed
 * ones stay listed with their reason until `minutes retry --failed` or an operator removes them.
 */
export const JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: retryDelayMs() },
  removeOnComplete: false,
  removeOnFail: false,
};

/**
 * OCR children: removed once done (a 500-page register would leave 500 jobs; the parent keeps
 * their results). One that fails for good (after its retries) does not leave its parent
 * waiting forever: the parent runs and fails with the page's reason (assemble.ts).
 */
export const PAGE_JOB_OPTIONS: JobsOptions = {
  ...JOB_OPTIONS,
  removeOnComplete: true,
  ignoreDependencyOnFailure: true,
};
