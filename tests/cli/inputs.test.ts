import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/cli/inputs.ts';
import { tempDirs, writeFiles } from './helpers.ts';

const fresh = tempDirs();

describe('expandInputs', () => {
  it('walks directories recursively in sorted order, .pdf/.txt in any case, no hidden entries', async () => {
    const dir = fresh();
    writeFiles(dir, {
      'b.txt': '', 'A.PDF': '', 'a/z.txt': '', 'a/y.Txt': '', 'c.md': '', '.h.txt': '', '.d/x.txt': '', 'noext': '',
    });
    const { inputs, emptyDirs } = await expandInputs([dir]);
    expect(inputs.map((i) => i.file)).toEqual(['A.PDF', 'a/y.Txt', 'a/z.txt', 'b.txt'].map((f) => join(dir, f)));
    expect(emptyDirs).toEqual([]);
  });

  it('takes explicit files whatever their extension, keeps the same file once, and lists empty directories', async () => {
    const dir = fresh();
    writeFiles(dir, { 'in/a.txt': '', 'notes.md': '', 'empty/readme.md': '' });
    const { inputs, emptyDirs } = await expandInputs([join(dir, 'notes.md'), join(dir, 'in'), join(dir, 'in', 'a.txt'), join(dir, 'empty')]);
    expect(inputs).toEqual([{ file: join(dir, 'notes.md') }, { file: join(dir, 'in', 'a.txt') }]);
    expect(emptyDirs).toEqual([join(dir, 'empty')]);
  });

  it('turns a missing path into a NOT_FOUND input, in place', async () => {
    const dir = fresh();
    writeFiles(dir, { 'a.txt': '' });
    const { inputs } = await expandInputs([join(dir, 'nope.pdf'), join(dir, 'a.txt')]);
    expect(inputs).toEqual([
      { file: join(dir, 'nope.pdf'), refused: { code: 'NOT_FOUND', message: expect.stringContaining('nope.pdf') } },
      { file: join(dir, 'a.txt') },
    ]);
  });

  it('follows links to files, not to directories; a dangling link is NOT_FOUND', async () => {
    const dir = fresh();
    writeFiles(dir, { 'real/a.txt': '', 'in/b.txt': '' });
    symlinkSync(join(dir, 'real/a.txt'), join(dir, 'in/link.txt'));
    symlinkSync(join(dir, 'real'), join(dir, 'in/loop'));
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'in/dangling.txt'));
    const { inputs } = await expandInputs([join(dir, 'in')]);
    expect(inputs.map((i) => [i.file.slice(dir.length + 1), i.refused?.code])).toEqual([
      ['in/b.txt', undefined],
      ['in/dangling.txt', 'NOT_FOUND'],
      ['in/link.txt', undefined],
    ]);
  });
});
