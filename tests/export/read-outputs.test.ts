import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOutputs } from '../../src/export/read-outputs.ts';
import { tempDirs, writeFiles } from '../cli/helpers.ts';
import { documentWith, item } from './documents.ts';

const fresh = tempDirs();

describe('reading an output directory', () => {
  it('takes *.json in name order, skips *.error.json and hidden files, reports the rest by name and the same document twice once', async () => {
    const dir = fresh();
    const a = JSON.stringify(documentWith([item('A')], { seed: 'a' }));
    const b = JSON.stringify(documentWith([item('B')], { seed: 'b' }));
    writeFiles(dir, {
      'b.json': b,
      'a.json': a,
      'a-copy.json': a,
      'x.error.json': '{"file": "x.pdf", "code": "OCR_FAILED", "message": "m"}',
      '.a.json.123.tmp': a,
      '.hidden.json': a,
      'old.json': JSON.stringify({ ...JSON.parse(a), schemaVersion: '0.9' }),
      'readme.txt': 'not json',
    });
    const read = await readOutputs([dir, join(dir, 'nowhere')]);
    expect(read.documents.map((d) => d.file)).toEqual([join(dir, 'a-copy.json'), join(dir, 'b.json')]);
    expect(read.duplicates).toEqual([{ file: join(dir, 'a.json'), sameAs: join(dir, 'a-copy.json') }]);
    expect(read.unreadable).toEqual([
      { file: join(dir, 'old.json'), message: expect.stringMatching(/^not a minutes document: schemaVersion: /) },
      { file: join(dir, 'nowhere'), message: 'no such file or directory' },
    ]);
  });
});
