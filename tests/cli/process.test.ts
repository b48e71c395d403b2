/**
 * `minutes process` end to end: the real CLI in a child process, on temp dirs. Needs the real
 * loader (src/ingest/load.ts): .txt inputs load as pages split on \f, PNG bytes are UNSUPPORTED_TYPE
 * whatever the file's extension.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MinutesDocument } from '../../src/schema/minutes.ts';
import { collect, listFiles, MINUTES_TXT, PNG_BYTES, runCli, SPAWN_TIMEOUT, startCli, tempDirs, writeFiles } from './helpers.ts';

const fresh = tempDirs();
const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');
/** The files named on stderr's per-file lines, in order. */
const reported = (stderr: string) => [...stderr.matchAll(/^(?:ok|FAIL) (\S+?):? /gm)].map((m) => m[1]);

describe('minutes process --out', SPAWN_TIMEOUT, () => {
  it('writes <name>.json for a good input and <name>.error.json for a refused one, exit 1', async () => {
    const dir = fresh();
    writeFiles(dir, { 'in/good.txt': MINUTES_TXT, 'in/x.pdf': PNG_BYTES });
    const r = await runCli(['process', 'in/good.txt', 'in/x.pdf', '--out', 'out'], dir);

    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const text = read(dir, 'out/good.json');
    const doc = JSON.parse(text) as MinutesDocument;
    expect(MinutesDocument.parse(doc)).toEqual(doc);
    expect(Object.keys(doc), 'keys in schema order').toEqual(Object.keys(MinutesDocument.shape));
    expect(text).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    expect(doc.source.pageCount).toBe(2);

    const error = JSON.parse(read(dir, 'out/x.error.json')) as Record<string, unknown>;
    expect(Object.keys(error)).toEqual(['file', 'code', 'message']);
    expect(error).toMatchObject({ file: 'in/x.pdf', code: 'UNSUPPORTED_TYPE', message: expect.any(String) });

    expect(r.stderr).toMatch(/^ok in\/good\.txt -> out\/good\.json \(2 pages, \w+\)$/m);
    expect(r.stderr).toMatch(/^FAIL in\/x\.pdf: UNSUPPORTED_TYPE: .+$/m);
    expect(r.stderr).toMatch(/^1 document \(2 pages\), 1 failed, in [\d.]+ s\nfailed:\n {2}in\/x\.pdf: UNSUPPORTED_TYPE: /m);
    expect(listFiles(join(dir, 'out')), 'no temporary file left').toEqual(['good.json', 'x.error.json']);
  });

  it('is byte-identical from run to run, and exits 0 when all succeed', async () => {
    const dir = fresh();
    writeFiles(dir, { 'in/a.txt': MINUTES_TXT, 'in/b.txt': MINUTES_TXT.replace('2025-01', '2025-02') });
    const first = await runCli(['process', 'in', '--out', 'one'], dir);
    const second = await runCli(['process', 'in', '--out', 'two', '--quiet'], dir);
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(second.stderr, '--quiet prints only failures').toBe('');
    expect(listFiles(join(dir, 'one'))).toEqual(['a.json', 'b.json']);
    expect(listFiles(join(dir, 'two'))).toEqual(['a.json', 'b.json']);
    for (const name of ['a.json', 'b.json']) expect(read(dir, `one/${name}`)).toBe(read(dir, `two/${name}`));
    expect(read(dir, 'one/a.json')).not.toBe(read(dir, 'one/b.json'));
  });

  it('walks directories in sorted order for .pdf/.txt of any case, skipping hidden entries; explicit files whatever their extension', async () => {
    const dir = fresh();
    writeFiles(dir, {
      'in/b.txt': MINUTES_TXT,
      'in/A.TXT': MINUTES_TXT,
      'in/sub/c.txt': MINUTES_TXT,
      'in/sub/e.Pdf': PNG_BYTES,
      'in/.hidden.txt': MINUTES_TXT,
      'in/.git/d.txt': MINUTES_TXT,
      'in/notes.md': MINUTES_TXT,
    });
    const r = await runCli(['process', 'in', 'in/notes.md', '--out', 'deep/new/out'], dir);
    expect(r.code).toBe(1);
    expect(reported(r.stderr)).toEqual(['in/A.TXT', 'in/b.txt', 'in/sub/c.txt', 'in/sub/e.Pdf', 'in/notes.md']);
    const out = listFiles(join(dir, 'deep/new/out'));
    expect(out.filter((f) => f !== 'notes.json' && f !== 'notes.error.json')).toEqual(['A.json', 'b.json', 'c.json', 'e.error.json']);
    expect(out.length).toBe(5);
  });

  it('gives inputs that share a name distinct outputs, deterministically, and says so', async () => {
    const dir = fresh();
    writeFiles(dir, { 'a/000.txt': MINUTES_TXT, 'b/000.txt': MINUTES_TXT.replace('TRAVAUX', 'ZEPHYR TRAVAUX') });
    const r = await runCli(['process', 'a', 'b', 'b/000.txt', '--out', 'out'], dir);
    expect(r.code).toBe(0);
    expect(listFiles(join(dir, 'out'))).toEqual(['000-2.json', '000.json']);
    expect(r.stderr).toMatch(/^note: b\/000\.txt has the same output name as a\/000\.txt: writing it as 000-2\.json$/m);
    expect(read(dir, 'out/000-2.json')).toContain('ZEPHYR');
    expect(read(dir, 'out/000.json')).not.toContain('ZEPHYR');
  });

  it('reports a nonexistent path as a NOT_FOUND failure and goes on, exit 1', async () => {
    const dir = fresh();
    writeFiles(dir, { 'good.txt': MINUTES_TXT });
    const r = await runCli(['process', 'nope/missing.pdf', 'good.txt', '--out', 'out'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(read(dir, 'out/missing.error.json'))).toMatchObject({ file: 'nope/missing.pdf', code: 'NOT_FOUND' });
    expect(listFiles(join(dir, 'out'))).toEqual(['good.json', 'missing.error.json']);
  });

  it('a success removes a stale error file; a failure keeps an earlier good output', async () => {
    const dir = fresh();
    writeFiles(dir, { 'good.txt': MINUTES_TXT, 'x.pdf': PNG_BYTES, 'out/good.error.json': '{}\n', 'out/x.json': 'earlier\n' });
    const r = await runCli(['process', 'good.txt', 'x.pdf', '--out', 'out'], dir);
    expect(r.code).toBe(1);
    expect(listFiles(join(dir, 'out'))).toEqual(['good.json', 'x.error.json', 'x.json']);
    expect(read(dir, 'out/x.json')).toBe('earlier\n');
  });

  it('stops after the current file on SIGINT, prints the summary and leaves no temporary file', async () => {
    const dir = fresh();
    // 40 inputs of 20 pages: the batch runs for seconds, far longer than the signal takes to arrive.
    const page = MINUTES_TXT.replace('\f', '\n');
    const big = Array.from({ length: 20 }, () => page).join('\f');
    writeFiles(dir, Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`in/${String(i).padStart(3, '0')}.txt`, big])));
    const child = startCli(['process', 'in', '--out', 'out'], dir);
    let sent = false; // once: a second SIGINT aborts without the summary
    child.stderr!.on('data', (chunk: Buffer) => {
      if (!sent && /^ok /m.test(chunk.toString())) sent = child.kill('SIGINT');
    });
    const r = await collect(child);
    expect(r.code).toBe(130);
    expect(r.stderr).toMatch(/^interrupted: \d+ of 40 inputs not processed$/m);
    const out = listFiles(join(dir, 'out'));
    expect(out.length).toBeGreaterThan(0);
    expect(out.length).toBeLessThan(40);
    for (const file of out) expect(file).toMatch(/^\d{3}\.json$/);
    for (const file of out) JSON.parse(read(dir, `out/${file}`));
  });
});

describe('minutes process --format ndjson', SPAWN_TIMEOUT, () => {
  it('prints one compact JSON line per document on stdout, failures as JSON lines on stderr, no files', async () => {
    const dir = fresh();
    writeFiles(dir, { 'a.txt': MINUTES_TXT, 'x.pdf': PNG_BYTES, 'b.txt': MINUTES_TXT.replace('2025-01', '2025-02') });
    const r = await runCli(['process', 'a.txt', 'x.pdf', 'b.txt', 'missing.txt', '--format', 'ndjson'], dir);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      const doc = JSON.parse(line) as MinutesDocument;
      expect(MinutesDocument.parse(doc)).toEqual(doc);
      expect(line).toBe(JSON.stringify(doc));
    }
    const errors = r.stderr.trimEnd().split('\n').map((line) => JSON.parse(line) as { code: string; file: string });
    expect(errors.map((e) => [e.file, e.code])).toEqual([
      ['x.pdf', 'UNSUPPORTED_TYPE'],
      ['missing.txt', 'NOT_FOUND'],
    ]);
    expect(listFiles(dir)).toEqual(['a.txt', 'b.txt', 'x.pdf']);
  });
});

