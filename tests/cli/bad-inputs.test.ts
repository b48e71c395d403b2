/**
 * The bundled bad inputs through the real CLI: each gets <name>.error.json with its exact
 * code, the batch goes on, the good files are written, and nothing half-written is left.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../fixtures/generate.ts';
import { listFiles, runCli, tempDirs } from './helpers.ts';

const temp = tempDirs();
const fixture = (...p: string[]) => join(FIXTURES_DIR, ...p);

const EXPECTED: Record<string, string> = {
  'empty.pdf': 'EMPTY_FILE',
  'not-a-pdf.pdf': 'UNSUPPORTED_TYPE',
  'truncated.pdf': 'CORRUPT_PDF',
  'corrupt.pdf': 'CORRUPT_PDF',
  'encrypted.pdf': 'ENCRYPTED_PDF',
  'zero-pages.pdf': 'NO_PAGES',
  'image-only.pdf': 'NEEDS_OCR',
};

describe('minutes process on the bad-input fixtures', { timeout: 120_000 }, () => {
  it('refuses each with its code, keeps going, and writes the good ones', async () => {
    const out = temp();
    const huge = join(temp(), 'huge.txt');
    writeFileSync(huge, 'x'.repeat(4096));
    const inputs = [fixture('pdf', '000.pdf'), ...Object.keys(EXPECTED).map((f) => fixture('bad', f)), fixture('bad', 'not-minutes.txt')];
    // --no-ocr: the image-only PDF is refused as needing OCR (with OCR it is read: below).
    const r = await runCli(['process', ...inputs, '--out', out, '--no-ocr']);
    expect(r.code).toBe(1);
    for (const [file, code] of Object.entries(EXPECTED)) {
      const name = file.replace(/\.pdf$/, '');
      const err = JSON.parse(readFileSync(join(out, `${name}.error.json`), 'utf8'));
      expect(err.code, file).toBe(code);
      expect(err.file).toContain(file);
      expect(err.message).toContain(file);
    }
    const ref = JSON.parse(readFileSync(join(out, '000.json'), 'utf8'));
    expect(ref.meeting.date).toBe('2014-07-21');
    expect(ref.source.pages[0].method).toBe('text');
    const other = JSON.parse(readFileSync(join(out, 'not-minutes.json'), 'utf8'));
    expect(other.kind).toBe('other');
    expect(other.warnings.join(' ')).toMatch(/not read as minutes/);
    expect(listFiles(out).filter((f) => f.endsWith('.tmp') || f.startsWith('.'))).toEqual([]);

    const big = await runCli(['process', huge, '--out', out, '--max-bytes', '1024']);
    expect(big.code).toBe(1);
    expect(JSON.parse(readFileSync(join(out, 'huge.error.json'), 'utf8')).code).toBe('TOO_LARGE');
  });

  it('with OCR, an image-only PDF without words is read, found empty, and said to be so', async () => {
    const out = temp();
    const r = await runCli(['process', fixture('bad', 'image-only.pdf'), '--out', out]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(join(out, 'image-only.json'), 'utf8'));
    expect(doc.source.pages).toEqual([{ page: 1, method: 'ocr', confidence: 0, chars: 0 }]);
    expect(doc.kind).toBe('other');
    expect(doc.warnings).toContain('page 1: OCR found no text');
  });
});
