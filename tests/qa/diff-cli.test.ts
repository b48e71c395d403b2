/** `minutes diff` as a user runs it: files and directories, exit codes, --json, bad files. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MinutesDocument } from '../../src/schema/minutes.ts';
import { analyzeText } from '../helpers/analyze-text.ts';
import { corpusIds, corpusText } from '../helpers/score.ts';
import { runCli, SPAWN_TIMEOUT, tempDirs } from '../cli/helpers.ts';

const tempDir = tempDirs();
const write = (dir: string, name: string, doc: unknown) => writeFileSync(join(dir, name), JSON.stringify(doc, null, 2));

let docs: MinutesDocument[];
let a: string;
let b: string;

beforeAll(() => {
  docs = corpusIds()
    .slice(0, 4)
    .map((id) => analyzeText(corpusText(id), `${id}.txt`));
  // A holds documents 0..2; B holds 1..3 under other names, document 1 with another date.
  a = tempDir();
  b = tempDir();
  docs.slice(0, 3).forEach((d, i) => write(a, `${i}.json`, d));
  const changed = structuredClone(docs[1]!);
  changed.meeting.date = '1999-12-31';
  write(b, 'renamed-one.json', changed);
  write(b, 'renamed-two.json', docs[2]);
  write(b, 'renamed-three.json', docs[3]);
});

describe('minutes diff', () => {
  it('two equal files: exit 0, nothing printed', SPAWN_TIMEOUT, async () => {
    const r = await runCli(['diff', join(a, '2.json'), join(b, 'renamed-two.json')]);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('two different files: exit 1 and the change as a line', SPAWN_TIMEOUT, async () => {
    const r = await runCli(['diff', join(a, '1.json'), join(b, 'renamed-one.json')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`meeting.date: ${docs[1]!.meeting.date} -> 1999-12-31\n`);
  });

  it('directories: documents paired by id whatever their names, one-sided ones listed, a summary per field', SPAWN_TIMEOUT, async () => {
    const r = await runCli(['diff', a, b]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${join(a, '1.json')} -> ${join(b, 'renamed-one.json')}: 1 change`);
    expect(r.stdout).toContain(`only in A: ${join(a, '0.json')} (${docs[0]!.id})`);
    expect(r.stdout).toContain(`only in B: ${join(b, 'renamed-three.json')} (${docs[3]!.id})`);
    expect(r.stdout).toMatch(/1 of 2 paired documents differ, 1 change\n\s+1\s+meeting\.date\n$/);
  });

  it('--json: documents with their changes, one-sided documents, a summary by normalized path', SPAWN_TIMEOUT, async () => {
    const r = await runCli(['diff', a, b, '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toEqual({
      equal: false,
      documents: [
        {
          id: docs[1]!.id,
          a: join(a, '1.json'),
          b: join(b, 'renamed-one.json'),
          changes: [{ path: 'meeting.date', op: 'changed', before: docs[1]!.meeting.date, after: '1999-12-31' }],
        },
      ],
      onlyInA: [{ id: docs[0]!.id, file: join(a, '0.json') }],
      onlyInB: [{ id: docs[3]!.id, file: join(b, 'renamed-three.json') }],
      summary: { 'meeting.date': 1 },
      errors: [],
    });
  });

  it('a file that is not JSON, or not a MinutesDocument: exit 2 naming the file and the reason; the rest is still compared', SPAWN_TIMEOUT, async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'broken.json'), '{"schemaVersion": ');
    write(dir, 'other.json', { hello: 'world' });
    const bad = await runCli(['diff', join(dir, 'broken.json'), join(a, '1.json')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${join(dir, 'broken.json')}: not JSON`);

    const mixed = tempDir();
    writeFileSync(join(mixed, 'broken.json'), 'nope');
    write(mixed, 'same.json', docs[2]);
    write(mixed, 'not-minutes.json', { hello: 'world' });
    const r = await runCli(['diff', a, mixed, '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(mixed, 'broken.json')}: not JSON`);
    expect(r.stderr).toContain(`${join(mixed, 'not-minutes.json')}: not a MinutesDocument`);
    const out = JSON.parse(r.stdout);
    expect(out.documents).toEqual([]);
    expect(out.errors.map((e: { file: string }) => e.file).sort()).toEqual([join(mixed, 'broken.json'), join(mixed, 'not-minutes.json')]);
  });

  it('bad usage exits 2: one path, a file against a directory, a missing path', SPAWN_TIMEOUT, async () => {
    for (const args of [['diff', a], ['diff', join(a, '1.json'), b], ['diff', join(a, 'none.json'), join(a, '1.json')]]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^minutes: /);
    }
  });
});
