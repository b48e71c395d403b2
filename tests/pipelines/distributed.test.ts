/**
 * The distributed pipeline end to end, with the real CLI: `minutes submit` a folder of 30
 * documents (corpus texts, the same as text-layer PDFs, three short scans, a text that is not
 * minutes) and the bad inputs of fixtures/bad, two `minutes worker` processes, and the result
 * compared byte for byte with `minutes process` on the same folder. Then what the queues say
 * about it (status), a second submission (nothing processed again), --force, retry, the
 * dashboard, and a clean stop on SIGTERM.
 */
import { copyFileSync, statSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { collect, runCli, startCli, tempDirs } from '../cli/helpers.ts';
import { testRedis } from '../helpers/redis.ts';
import { BAD_FIXTURES, CORPUS_TEXTS, processReference, queueArgs, queueTarget, readOutputs, SHORT_SCANS, startWorker, stopAll, type WorkerProcess, writeBatch } from './helpers.ts';

const redis = await testRedis();
/** fixtures/bad/image-only.pdf is refused only without OCR: with it, it is read and found empty. */
const REFUSED = BAD_FIXTURES.filter((f) => f !== 'image-only.pdf').length;
const DOCUMENTS = 30 + BAD_FIXTURES.length - REFUSED;
const root = tempDirs()();

describe.skipIf(!redis)('minutes submit + two minutes worker processes', () => {
  const target = queueTarget(redis, root);
  let workers: WorkerProcess[] = [];
  let inputs = 0;
  let reference: Map<string, string>;
  const documentsDone = (log: string) => (log.match(/^ok /gm) ?? []).length;

  beforeAll(async () => {
    inputs = await writeBatch(root, { texts: CORPUS_TEXTS, pdfs: CORPUS_TEXTS, scans: SHORT_SCANS, bad: BAD_FIXTURES });
    const started = performance.now();
    reference = await processReference(root, 1); // 1: the bad inputs
    console.log(`minutes process: ${inputs} inputs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    workers = await Promise.all([startWorker(target, root), startWorker(target, root)]);
  }, 300_000);

  afterAll(() => stopAll(workers, redis));

  it('writes the same files, byte for byte, as minutes process', { timeout: 240_000 }, async () => {
    expect(inputs).toBe(30 + BAD_FIXTURES.length);
    const started = performance.now();
    const r = await runCli(['submit', 'in', ...queueArgs(target), '--out', 'out', '--wait'], root);
    console.log(`minutes submit --wait, 2 workers: ${inputs} inputs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`submitted ${inputs} inputs: ${inputs} added, 0 already in the queues`);
    expect(r.stderr).toMatch(new RegExp(`^${DOCUMENTS} documents \\(\\d+ pages\\), ${REFUSED} failed, in `, 'm'));

    const outputs = readOutputs(join(root, 'out'));
    expect([...outputs.keys()]).toEqual([...reference.keys()]);
    for (const [name, text] of reference) expect(outputs.get(name), name).toBe(text);
    // Both workers took part.
    for (const w of workers) expect(documentsDone(w.log())).toBeGreaterThan(0);
    // The scans went through the flow: split, pages OCRed, assembled.
    const logs = workers.map((w) => w.log()).join('');
    for (const scan of SHORT_SCANS) expect(logs).toMatch(new RegExp(`^split in/scan/${scan.replace('.txt', '.pdf')}: \\d pages? to OCR$`, 'm'));
  });

  it('lists the bad inputs in status with their reasons, the rest completed', { timeout: 60_000 }, async () => {
    const r = await runCli(['status', ...queueArgs(target).slice(0, 4), '--json'], root);
    expect(r.code).toBe(1);
    const status = JSON.parse(r.stdout) as { counts: Record<string, Record<string, number>>; failed: Array<{ file: string; code: string; message: string }>; workers: Record<string, number | null> };
    expect(status.counts.documents).toMatchObject({ completed: DOCUMENTS, failed: REFUSED, waiting: 0, active: 0 });
    // Every document with a page to OCR went through a flow: the scans, image-only.pdf (OCRed and
    // found empty), and any text-layer PDF with a page of too few letters.
    const splits = (workers.map((w) => w.log()).join('').match(/^split /gm) ?? []).length;
    expect(splits).toBeGreaterThanOrEqual(SHORT_SCANS.length + 1);
    expect(status.counts.assemble).toMatchObject({ completed: splits, failed: 0 });
    expect(status.workers.documents).toBe(2);
    const byFile = Object.fromEntries(status.failed.map((f) => [f.file, f]));
    const expected: Record<string, string> = {
      'corrupt.pdf': 'CORRUPT_PDF',
      'empty.pdf': 'EMPTY_FILE',
      'encrypted.pdf': 'ENCRYPTED_PDF',
      'not-a-pdf.pdf': 'UNSUPPORTED_TYPE',
      'truncated.pdf': 'CORRUPT_PDF',
      'zero-pages.pdf': 'NO_PAGES',
    };
    for (const [file, code] of Object.entries(expected)) {
      expect(byFile[`in/bad/${file}`]?.code, file).toBe(code);
      // The reason is the one minutes process wrote to <name>.error.json.
      const error = JSON.parse(reference.get(`${file.replace('.pdf', '')}.error.json`)!) as { message: string };
      expect(byFile[`in/bad/${file}`]?.message).toBe(error.message);
    }
    const text = await runCli(['status', ...queueArgs(target).slice(0, 4)], root);
    expect(text.stdout).toMatch(new RegExp(`^documents +0 +0 +0 +0 +0 +0 +${DOCUMENTS} +${REFUSED} +2$`, 'm'));
    expect(text.stdout).toContain('in/bad/encrypted.pdf: ENCRYPTED_PDF: in/bad/encrypted.pdf: PDF is password-protected');
  });

  it('processes nothing again when the same files are submitted twice', { timeout: 60_000 }, async () => {
    const before = new Map([...readOutputs(join(root, 'out')).keys()].map((f) => [f, statSync(join(root, 'out', f)).mtimeMs]));
    const logged = workers.map((w) => w.log().length);
    const r = await runCli(['submit', 'in', ...queueArgs(target), '--out', 'out', '--wait'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`submitted ${inputs} inputs: 0 added, ${inputs} already in the queues`);
    expect(r.stderr).toMatch(new RegExp(`^${DOCUMENTS} documents \\(\\d+ pages\\), ${REFUSED} failed, in `, 'm'));
    for (const [f, mtime] of before) expect(statSync(join(root, 'out', f)).mtimeMs, f).toBe(mtime);
    workers.forEach((w, i) => expect(w.log().slice(logged[i])).toBe(''));
  });

  it('--force processes a document again, to the same bytes', { timeout: 60_000 }, async () => {
    const r = await runCli(['submit', 'in/pdf/000.pdf', ...queueArgs(target), '--out', 'out', '--force', '--wait'], root);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('submitted 1 input: 1 added');
    const name = [...reference.keys()].find((k) => reference.get(k)!.includes('"fileName": "000.pdf"'))!;
    expect(readOutputs(join(root, 'out')).get(name)).toBe(reference.get(name));
  });

  it('retry --failed: a bad input fails again at once, with the same reason', { timeout: 60_000 }, async () => {
    const r = await runCli(['retry', '--failed', ...queueArgs(target).slice(0, 4)], root);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`retried ${REFUSED} failed documents`);
    const deadline = Date.now() + 30_000;
    let status: { counts: Record<string, Record<string, number>>; failed: Array<{ code: string }> };
    do {
      await new Promise((res) => setTimeout(res, 300));
      status = JSON.parse((await runCli(['status', ...queueArgs(target).slice(0, 4), '--json'], root)).stdout);
    } while (status.counts.documents!.failed! < REFUSED && Date.now() < deadline);
    expect(status.counts.documents).toMatchObject({ failed: REFUSED, completed: DOCUMENTS });
    expect(status.failed.map((f) => f.code).sort()).toEqual(['CORRUPT_PDF', 'CORRUPT_PDF', 'EMPTY_FILE', 'ENCRYPTED_PDF', 'NO_PAGES', 'UNSUPPORTED_TYPE']);
  });

  it('serves the dashboard on 127.0.0.1 with the three queues', { timeout: 60_000 }, async () => {
    const child = startCli(['dashboard', ...queueArgs(target).slice(0, 4), '--port', '0'], root);
    const done = collect(child);
    onTestFinished(() => {
      if (child.exitCode === null) child.kill('SIGKILL');
    });
    let stderr = '';
    child.stderr!.on('data', (s: string) => (stderr += s));
    const deadline = Date.now() + 30_000;
    while (!/dashboard on /.test(stderr) && Date.now() < deadline && child.exitCode === null) await new Promise((res) => setTimeout(res, 50));
    const url = /dashboard on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stderr)?.[1];
    expect(url, stderr).toBeDefined();
    const body = await new Promise<string>((resolve, reject) => {
      get(`${url}api/queues`, (res) => {
        let data = '';
        res.setEncoding('utf8').on('data', (s: string) => (data += s)).on('end', () => resolve(data));
      }).on('error', reject);
    });
    const queues = (JSON.parse(body) as { queues: Array<{ name: string }> }).queues.map((q) => q.name).sort();
    expect(queues).toEqual(['assemble', 'documents', 'pages']);
    child.kill('SIGTERM');
    expect((await done).code).toBe(0);
  });

  it('a bad input replaced and submitted again supersedes its failed job', { timeout: 60_000 }, async () => {
    copyFileSync(join(root, 'in/pdf/000.pdf'), join(root, 'in/bad/corrupt.pdf'));
    const r = await runCli(['submit', 'in/bad/corrupt.pdf', ...queueArgs(target), '--out', 'out', '--wait'], root);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('submitted 1 input: 1 added');
    const outputs = readOutputs(join(root, 'out'));
    expect(outputs.has('corrupt.json')).toBe(true);
    expect(outputs.has('corrupt.error.json'), 'the stale error file is removed').toBe(false);
    const status = JSON.parse((await runCli(['status', ...queueArgs(target).slice(0, 4), '--json'], root)).stdout) as { failed: Array<{ file: string }> };
    expect(status.failed.map((f) => f.file)).not.toContain('in/bad/corrupt.pdf');
    expect(status.failed).toHaveLength(REFUSED - 1);
    // And retrying the failures does not bring the old bytes back over the new output.
    expect((await runCli(['retry', '--failed', ...queueArgs(target).slice(0, 4)], root)).stdout).toContain(`retried ${REFUSED - 1} failed documents`);
  });

  it('stops both workers cleanly on SIGTERM', { timeout: 60_000 }, async () => {
    for (const w of workers) w.child.kill('SIGTERM');
    const codes = await Promise.all(workers.map((w) => w.exited));
    expect(codes).toEqual([0, 0]);
    for (const w of workers) expect(w.log()).toMatch(/stopped\n$/);
  });
});
