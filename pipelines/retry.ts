/**
 * `minutes retry --failed`: every failed document is processed again, with its full number of
 * attempts.
 *
 * - Failed in the documents queue (a bad input, or a split whose retries ran out): the job
 *   itself is retried. A bad input fails again at once, with the same reason.
 * - Failed in assemble (a page could not be OCRed, or the analysis failed): the document's
 *   flow is removed and its split, which completed, is run again: it extracts the pages and
 *   adds a fresh flow. Retrying only the parent would not do: its failed children would not run.
 */
import type { Queues } from './queues.ts';
import { removeDocument } from './queues.ts';

export interface RetryReport {
  documents: number;
  assembled: number;
  /** Jobs that could not be retried, with why (being processed, removed meanwhile...). */
  skipped: string[];
}

const RESET = { resetAttemptsMade: true, resetAttemptsStarted: true };
/** Failed jobs fetched per round. */
const PAGE = 500;

export async function retryFailed(queues: Queues): Promise<RetryReport> {
  const report: RetryReport = { documents: 0, assembled: 0, skipped: [] };
  const seen = new Set<string>();

  // Each retried job leaves the failed set: read its first page again until nothing new is there.
  for (;;) {
    const jobs = (await queues.documents.getFailed(0, PAGE - 1)).filter((j) => j && !seen.has(j.id!));
    if (jobs.length === 0) break;
    for (const job of jobs) {
      seen.add(job.id!);
      try {
        await job.retry('failed', RESET);
        report.documents++;
      } catch (error) {
        report.skipped.push(`${job.data.file}: ${(error as Error).message}`);
      }
    }
  }

  for (;;) {
    const jobs = (await queues.assemble.getFailed(0, PAGE - 1)).filter((j) => j && !seen.has(`a/${j.id!}`));
    if (jobs.length === 0) break;
    for (const job of jobs) {
      seen.add(`a/${job.id!}`);
      const split = await queues.documents.getJob(job.id!);
      if (!split || (await split.getState()) !== 'completed') {
        report.skipped.push(`${job.data.file}: its documents job is gone or not finished; submit the file again`);
        continue;
      }
      try {
        await removeDocument(queues, job.id!, { keepDocumentJob: true });
        await split.retry('completed', RESET);
        report.assembled++;
      } catch (error) {
        report.skipped.push(`${job.data.file}: ${(error as Error).message}`);
      }
    }
  }
  return report;
}
