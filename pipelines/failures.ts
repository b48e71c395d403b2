/**
 * How a document fails in the queue. A refused input (InputError: corrupt, encrypted, not a
 * PDF...) will be refused again on every attempt: it fails at once with BullMQ's
 * UnrecoverableError, and its reason reads `CODE: message`, the code and message that
 * `minutes process` writes to <name>.error.json. Anything else is an Error that BullMQ retries.
 */
import { UnrecoverableError, type Job } from 'bullmq';
import { InputError } from '../src/ingest/types.ts';
import type { Failure } from '../src/cli/progress.ts';

/** An unrecoverable error whose message carries the failure's code: `CODE: message`. */
export function unrecoverable(failure: Failure): UnrecoverableError {
  return new UnrecoverableError(`${failure.code}: ${failure.message}`);
}

/** The failure `minutes process` reports for the same error (InputError code, else INTERNAL_ERROR). */
export function failureOf(file: string, error: unknown): Failure {
  if (error instanceof InputError) return { file, code: error.code, message: error.message };
  return { file, code: 'INTERNAL_ERROR', message: error instanceof Error ? error.message : String(error) };
}

/** A failed job's reason read back as a Failure (the code when the reason starts with one). */
export function parseFailedReason(file: string, reason: string | undefined): Failure {
  const text = reason || 'failed without a reason';
  const m = /^([A-Z][A-Z_]+): ([\s\S]*)$/.exec(text);
  return m ? { file, code: m[1]!, message: m[2]! } : { file, code: 'INTERNAL_ERROR', message: text };
}

/** Whether this attempt is the job's last: its failure will be final. */
export function isLastAttempt(job: Job): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}
