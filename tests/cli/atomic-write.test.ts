/**
 * writeFileAtomic and its synchronous sibling: the target holds the whole content or its old
 * one, and no temporary file stays behind, whether the write succeeds or fails.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFileAtomicSync } from '../../src/cli/atomic-write.ts';
import { tempDirs } from './helpers.ts';

const tempDir = tempDirs();

const WRITERS = [
  ['writeFileAtomic', (dir: string, file: string, content: string) => writeFileAtomic(dir, file, content)],
  ['writeFileAtomicSync', async (dir: string, file: string, content: string) => writeFileAtomicSync(dir, file, content)],
] as const;

describe.each(WRITERS)('%s', (_, write) => {
  it('replaces the file with the whole content and leaves nothing else in the directory', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'out.json'), 'old content, longer than the new one');
    await write(dir, 'out.json', '{"é":1}');
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('{"é":1}');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('fails when the directory is a file, creating nothing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'not-a-dir'), 'x');
    await expect(write(join(dir, 'not-a-dir'), 'out.json', 'content')).rejects.toThrow(/ENOTDIR/);
    expect(readdirSync(dir)).toEqual(['not-a-dir']);
    expect(readFileSync(join(dir, 'not-a-dir'), 'utf8')).toBe('x');
  });

  it('removes its temporary file when the rename fails (the target is a directory)', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'out.json'));
    writeFileSync(join(dir, 'out.json', 'inside'), 'kept');
    await expect(write(dir, 'out.json', 'content')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['out.json']);
    expect(readdirSync(join(dir, 'out.json'))).toEqual(['inside']);
  });
});

describe('writeFileAtomicSync with bytes', () => {
  it('writes them as they are (no text encoding)', () => {
    const dir = tempDir();
    const bytes = new Uint8Array([0xff, 0xd8, 0x00, 0xe9, 0x80, 0xff, 0xd9]);
    writeFileAtomicSync(dir, 'page.jpg', bytes);
    expect(new Uint8Array(readFileSync(join(dir, 'page.jpg')))).toEqual(bytes);
    expect(readdirSync(dir)).toEqual(['page.jpg']);
  });
});
