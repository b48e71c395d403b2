/**
 * A page that cannot be OCRed for a reason other than its image (here: its stored image is
 * gone, as on a store that is not mounted) is retried, then fails its document with the page
 * named: visible in `minutes status`, DIR/<name>.error.json written. Once the cause is gone,
 * `minutes retry --failed` splits the document again and it comes out as `minutes process`
 * makes it, the stale error file removed.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentStore } from '../../src/store/content-store.ts';
import { runCli, tempDirs } from '../cli/helpers.ts';
import { testRedis } from '../helpers/redis.ts';
import { processReference, queueArgs, queueTarget, readOutputs, startWorker, stopAll, until, type WorkerProcess, writeBatch } from './helpers.ts';

const redis = await testRedis();
const root = tempDirs()();


describe.skipIf(!redis)('a page that cannot be read for good', () => {
  const target = queueTarget(redis, root);
  const workers: WorkerProcess[] = [];
  let reference: Map<string, string>;

  beforeAll(async () => {
    await writeBatch(root, { scans: ['008.txt'] });
    reference = await processReference(root);
  }, 300_000);

  afterAll(() => stopAll(workers, redis));

  it('fails its document with the page named, then succeeds on retry --failed', { timeout: 240_000 }, async () => {
    // A worker splits the scan, then dies before reading its page.
    // Page jobs take their retry delay from the worker that splits: 100 ms here, not 2 s.
    const fast = { MINUTES_RETRY_DELAY_MS: '100' };
    const first = await startWorker(target, root, [], fast);
    workers.push(first);
    expect((await runCli(['submit', 'in', ...queueArgs(target), '--out', 'out'], root)).code).toBe(0);
    await until(() => /^split /m.test(first.log()), 120_000, 'the scan to be split');
    first.child.kill('SIGKILL');
    await first.exited;

    // Its page image disappears from the store.
    const connection = new Redis(target.url, { maxRetriesPerRequest: null });
    const pages = new Queue('pages', { connection, prefix: target.prefix });
    try {
      const jobs = await pages.getJobs(['waiting', 'active', 'prioritized']);
      expect(jobs).toHaveLength(1);
      const store = await ContentStore.open(target.store);
      for (const job of jobs) rmSync(store.path((job.data as { image: string }).image));
    } finally {
      await pages.close();
      connection.disconnect();
    }

    // Another worker: the page's five attempts fail, then its document.
    const second = await startWorker(target, root, [], fast);
    workers.push(second);
    const errorFile = join(root, 'out', '008.error.json');
    await until(() => existsSync(errorFile), 120_000, '008.error.json');
    const error = JSON.parse(readFileSync(errorFile, 'utf8')) as { file: string; code: string; message: string };
    expect(error).toMatchObject({ file: 'in/scan/008.pdf', code: 'INTERNAL_ERROR' });
    expect(error.message).toMatch(/^in\/scan\/008\.pdf: OCR of page 1: blob [0-9a-f]{64} is not in the store/);
    const status = await runCli(['status', ...queueArgs(target).slice(0, 4)], root);
    expect(status.code).toBe(1);
    expect(status.stdout).toContain('in/scan/008.pdf: INTERNAL_ERROR: in/scan/008.pdf: OCR of page 1: blob');

    // Retried: split again (the image stored anew), read, written; the error file goes.
    const retried = await runCli(['retry', '--failed', ...queueArgs(target).slice(0, 4)], root);
    expect(retried.stdout).toContain('retried 1 failed document (0 from the start, 1 split again for OCR)');
    const waited = await runCli(['submit', 'in', ...queueArgs(target), '--out', 'out', '--wait'], root);
    expect(waited.code, waited.stderr).toBe(0);
    expect(readOutputs(join(root, 'out'))).toEqual(reference);
  });
});
