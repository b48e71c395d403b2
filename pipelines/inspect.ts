/**
 * What `minutes status` reports: the jobs of each queue by state, the workers connected, and
 * the documents that failed with their reasons.
 */
import type { Failure } from '../src/cli/progress.ts';
import { parseFailedReason } from './failures.ts';
import type { Queues } from './queues.ts';
import type { QueueName } from './topology.ts';

export const STATES = ['waiting', 'active', 'delayed', 'waiting-children', 'prioritized', 'paused', 'completed', 'failed'] as const;
export type State = (typeof STATES)[number];

export interface FailedDocument extends Failure {
  queue: QueueName;
  id: string;
  attempts: number;
}

export interface Status {
  counts: Record<QueueName, Record<State, number>>;
  /** Worker connections per queue (CLIENT LIST; null where Redis does not allow it). */
  workers: Record<QueueName, number | null>;
  failed: FailedDocument[];
  /** Failed documents not listed (beyond the limit). */
  moreFailed: number;
}

export async function queueStatus(queues: Queues, failedLimit: number): Promise<Status> {
  const named: Array<[QueueName, (typeof queues)['documents'] | (typeof queues)['pages'] | (typeof queues)['assemble']]> = [
    ['documents', queues.documents],
    ['pages', queues.pages],
    ['assemble', queues.assemble],
  ];
  const counts = {} as Status['counts'];
  const workers = {} as Status['workers'];
  for (const [name, queue] of named) {
    counts[name] = (await queue.getJobCounts(...STATES)) as Record<State, number>;
    workers[name] = await queue.getWorkersCount().catch(() => null);
  }
  // Documents fail in the documents queue (bad input) or in assemble (their pages); a failed
  // page job also fails its document, which is where the reason is told.
  const failed: FailedDocument[] = [];
  let moreFailed = 0;
  for (const [name, queue] of [['documents', queues.documents], ['assemble', queues.assemble]] as const) {
    const total = counts[name].failed;
    const room = Math.max(0, failedLimit - failed.length);
    const jobs = room > 0 ? await queue.getFailed(0, room - 1) : [];
    for (const job of jobs) {
      if (!job) continue;
      const failure = parseFailedReason(job.data.file, job.failedReason);
      failed.push({ ...failure, queue: name, id: job.id!, attempts: job.attemptsMade });
    }
    moreFailed += total - jobs.length;
  }
  return { counts, workers, failed, moreFailed };
}
