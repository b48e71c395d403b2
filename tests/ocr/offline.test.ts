/**
 * OCR never touches the network: language data, WebAssembly core and worker scripts all come
 * from node_modules. The CLI runs on the committed scan with every socket, name lookup and
 * fetch refused in every thread (tests/helpers/no-network.cjs), and, where the machine allows
 * it, inside a network namespace with no interface up at all.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const PRELOAD = join(ROOT, 'tests/helpers/no-network.cjs');
const SCAN = join(ROOT, 'fixtures/scan/000.pdf');
const BIN = join(ROOT, 'bin/minutes.js');

const canUnshare = (() => {
  try {
    execFileSync('unshare', ['-n', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

function runOffline(args: string[], { namespace = false } = {}) {
  const log = join(mkdtempSync(join(tmpdir(), 'minutes-offline-')), 'attempts.log');
  const command = namespace ? 'unshare' : process.execPath;
  const argv = namespace ? ['-n', process.execPath, '--require', PRELOAD, ...args] : ['--require', PRELOAD, ...args];
  const r = spawnSync(command, argv, { cwd: ROOT, env: { ...process.env, NO_NETWORK_LOG: log }, encoding: 'utf8', timeout: 240_000 });
  return { ...r, attempts: existsSync(log) ? readFileSync(log, 'utf8') : '' };
}

describe('offline OCR', () => {
  it('the guard refuses network use in worker threads too, and records it', () => {
    const script = `
      const { Worker } = require('node:worker_threads');
      const w = new Worker("fetch('http://example.org/').catch((e) => console.log(e.message)); require('node:net').connect(80, '10.0.0.1').on('error', () => {})", { eval: true });
      w.on('error', () => {});
    `;
    const r = runOffline(['-e', script]);
    expect(r.attempts).toMatch(/worker fetch http:\/\/example\.org\//);
    expect(r.attempts).toMatch(/worker socket connect/);
  });

  it('reads the committed scan of the reference document with networking refused', { timeout: 300_000 }, () => {
    const r = runOffline([BIN, 'process', SCAN, '--format', 'ndjson', '--quiet'], { namespace: canUnshare });
    expect(r.stderr).toBe('');
    expect(r.attempts).toBe('');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.source.pages.every((p: { method: string }) => p.method === 'ocr')).toBe(true);
    expect(doc.meeting.date).toBe('2014-07-21');
  });
});
