/**
 * A document's outcome asked while its job finishes: the job read before it completed holds no
 * result yet, so the outcome must not be 'done' with nothing in it (a tracker reporting it
 * crashed `submit --wait` with "Cannot read properties of null (reading 'file')").
 */
import { describe, expect, it } from 'vitest';
import { documentOutcome, type Queues } from '../../pipelines/queues.ts';
import type { DocumentSummary } from '../../pipelines/topology.ts';

/**
 * A queue of one job that completes the first time its state is asked, by whichever question:
 * what a worker finishing it between two round trips to Redis looks like from outside.
 */
function finishingQueue(data: object, result: unknown) {
  let returnvalue: unknown = null;
  const finish = () => {
    returnvalue = result;
    return 'completed';
  };
  return {
    getJobState: async () => finish(),
    // A snapshot, as BullMQ's Job is: read once from Redis, not updated after.
    getJob: async () => {
      const snapshot = { data, returnvalue, failedReason: undefined, getState: async () => finish() };
      return snapshot;
    },
  };
}

const summary: DocumentSummary = { status: 'done', file: 'in/scan.pdf', pages: 2, kind: 'deliberation', output: 'out/scan.json' };

describe('documentOutcome', () => {
  it('a split document whose assemble job completes while asked: done, with its summary', async () => {
    const queues = {
      documents: { getJobState: async () => 'completed', getJob: async () => ({ data: { file: 'in/scan.pdf' }, returnvalue: { status: 'split', ocrPages: 2 }, getState: async () => 'completed' }) },
      assemble: finishingQueue({ file: 'in/scan.pdf' }, summary),
    } as unknown as Queues;
    expect(await documentOutcome(queues, 'id')).toEqual({ state: 'done', summary });
  });

  it('a document job that completes while asked: done, with its summary', async () => {
    const queues = { documents: finishingQueue({ file: 'in/a.pdf' }, summary) } as unknown as Queues;
    expect(await documentOutcome(queues, 'id')).toEqual({ state: 'done', summary });
  });

  it('a job gone: missing', async () => {
    const queues = { documents: { getJobState: async () => 'unknown', getJob: async () => undefined } } as unknown as Queues;
    expect(await documentOutcome(queues, 'id')).toEqual({ state: 'missing' });
  });
});
