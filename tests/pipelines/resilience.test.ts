/**
 * Nothing is lost when things break mid-batch:
 * - a worker killed with SIGKILL: once its locks expire (3 s here), the other worker takes its
 *   jobs over; every document ends with exactly one output, the same as `minutes process`;
 * - Redis killed and started again (same port, same AOF directory): workers and submitter
 *   reconnect and the batch completes, to the same outputs.
 * The batch: text-layer PDFs (and copies of them under other names) and two short scans, so
 * that OCR pages are in flight when the blow falls.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { collect, runCli, startCli, tempDirs } from '../cli/helpers.ts';
import { testRedis } from '../helpers/redis.ts';
import { CORPUS_TEXTS, processReference, queueArgs, queueTarget, readOutputs, startWorker, stopAll, until, type WorkerProcess, writeBatch } from './helpers.ts';

const redis = await testRedis();
const root = tempDirs()();
const SCANS = ['008.txt', '027.txt'];


describe.skipIf(!redis)('a batch survives', () => {
  const target = queueTarget(redis, root);
  const workers: WorkerProcess[] = [];
  let inputs = 0;
  let reference: Map<string, string>;

  /** The outputs of `out` are exactly the reference: one per input, byte for byte. */
  const expectSameAsReference = (out: string) => {
    const outputs = readOutputs(join(root, out));
    expect([...outputs.keys()]).toEqual([...reference.keys()]);
    expect(outputs.size).toBe(inputs);
    for (const [name, text] of reference) expect(outputs.get(name), name).toBe(text);
  };

  beforeAll(async () => {
    inputs = await writeBatch(root, { pdfs: CORPUS_TEXTS, copies: 24, scans: SCANS });
    reference = await processReference(root);
  }, 300_000);

  afterAll(() => stopAll(workers, redis));

  it('a worker killed with SIGKILL mid-batch: the other finishes every job', { timeout: 240_000 }, async () => {
    const [a, b] = await Promise.all([startWorker(target, root), startWorker(target, root)]);
    workers.push(a!, b!);
    const started = performance.now();
    const submitted = await runCli(['submit', 'in', ...queueArgs(target), '--out', 'kill'], root);
    expect(submitted.code, submitted.stderr).toBe(0);
    // Kill A while OCR pages (seconds each) are being read by both workers: a scan has been split.
    await until(() => /^split /m.test(a!.log() + b!.log()), 120_000, 'a scan to be split into OCR jobs');
    await new Promise((r) => setTimeout(r, 1000));
    const activeAtKill = /^ok /m.test(a!.log());
    a!.child.kill('SIGKILL');
    expect(await a!.exited).toBeNull();
    const killedAfter = (a!.log().match(/^ok /gm) ?? []).length;
    expect(activeAtKill, 'worker A took part before it was killed').toBe(true);

    // Resumable: the same submit adds nothing and waits for the batch to end.
    const r = await runCli(['submit', 'in', ...queueArgs(target), '--out', 'kill', '--wait'], root);
    console.log(`SIGKILL: worker A killed after ${killedAfter} documents; batch of ${inputs} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`submitted ${inputs} inputs: 0 added, ${inputs} already in the queues`);
    expect(r.stderr).toMatch(new RegExp(`^${inputs} documents \\(\\d+ pages\\), 0 failed`, 'm'));
    expectSameAsReference('kill');
    const status = JSON.parse((await runCli(['status', ...queueArgs(target).slice(0, 4), '--json'], root)).stdout) as { counts: Record<string, Record<string, number>> };
    expect(status.counts.documents).toMatchObject({ completed: inputs, failed: 0, active: 0, waiting: 0 });
    expect(status.counts.pages).toMatchObject({ failed: 0, active: 0, waiting: 0 });
  });

  it('SIGTERM while a page is being read: the job is handed back after --grace, the worker exits 0', { timeout: 240_000 }, async () => {
    // Only these two run now: the scan's pages are theirs.
    for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGKILL');
    const [a, b] = await Promise.all([startWorker(target, root, ['--grace', '1']), startWorker(target, root)]);
    workers.push(a!, b!);
    const scan = 'in/scan/027.pdf';
    const child = startCli(['submit', scan, ...queueArgs(target), '--out', 'term', '--wait'], root);
    const done = collect(child);
    onTestFinished(() => {
      if (child.exitCode === null) child.kill('SIGKILL');
    });
    // A page of a scan takes seconds to read: SIGTERM lands while both workers hold one.
    await until(() => /^split /m.test(a!.log() + b!.log()), 120_000, 'the scan to be split');
    await new Promise((r) => setTimeout(r, 500));
    a!.child.kill('SIGTERM');
    expect(await a!.exited).toBe(0);
    expect(a!.log()).toMatch(/^SIGTERM: finishing \d+ current jobs?/m);
    const r = await done;
    console.log(`SIGTERM: ${/handing back (\d+)/.exec(a!.log())?.[1] ?? 0} job(s) handed back by A`);
    expect(r.code, r.stderr).toBe(0);
    // Alone, it is named 027; in the whole batch, after in/pdf/027.pdf, it was 027-2.
    expect(reference.get('027-2.json')).toContain('"method": "ocr"');
    expect(readOutputs(join(root, 'term')).get('027.json')).toBe(reference.get('027-2.json'));
  });

  it('Redis killed and restarted mid-batch: workers and submitter reconnect, the batch completes', { timeout: 240_000 }, async (ctx) => {
    if (!redis!.restartable) ctx.skip(); // REDIS_URL: an external Redis is not ours to kill
    if (workers.filter((w) => w.child.exitCode === null).length < 2) workers.push(await startWorker(target, root));
    const started = performance.now();
    const child = startCli(['submit', 'in', ...queueArgs(target), '--out', 'restart', '--wait'], root);
    const done = collect(child);
    onTestFinished(() => {
      if (child.exitCode === null) child.kill('SIGKILL');
    });
    let stderr = '';
    child.stderr!.on('data', (s: string) => (stderr += s));
    // Down while OCR pages are in flight: once a scan of this batch has been split.
    const alive = workers.filter((w) => w.child.exitCode === null);
    const from = alive.map((w) => w.log().length);
    await until(() => alive.some((w, i) => /^split /m.test(w.log().slice(from[i]))), 120_000, 'a scan of the batch to be split');
    await redis!.kill();
    const downAt = (stderr.match(/^ok /gm) ?? []).length;
    await new Promise((r) => setTimeout(r, 2000));
    await redis!.start();
    const r = await done;
    console.log(`Redis restart: down 2 s after ${downAt} documents; batch of ${inputs} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^${inputs} documents \\(\\d+ pages\\), 0 failed`, 'm'));
    expectSameAsReference('restart');
  });
});
