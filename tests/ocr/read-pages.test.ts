/**
 * A page that fails OCR fails alone: the document is still produced with a warning naming the
 * page, or, when no page could be read, refused with OCR_FAILED and the reasons.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFNumber } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/ingest/types.ts';
import { OcrPool } from '../../src/ocr/engine.ts';
import { processFile } from '../../src/pipeline.ts';
import { REPO_ROOT } from '../corpus.ts';

const SCAN = join(REPO_ROOT, 'fixtures/scan/000.pdf');
const dir = mkdtempSync(join(tmpdir(), 'minutes-ocr-pages-'));
const pools: OcrPool[] = [];
afterAll(async () => Promise.all(pools.map((p) => p.close())));

/** The committed scan with a third page whose JPEG is damaged (valid header, garbage after). */
async function scanWithBrokenPage(): Promise<string> {
  const doc = await PDFDocument.load(readFileSync(SCAN));
  const jpeg = new Uint8Array(4096);
  // SOI, then an SOF0 of 2480x3508, one component; the rest is noise no decoder can read.
  jpeg.set([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x0d, 0xb4, 0x09, 0xb0, 0x01, 0x01, 0x11, 0x00]);
  for (let i = 15; i < jpeg.length; i++) jpeg[i] = (i * 7919) % 251;
  const image = doc.context.stream(jpeg, {
    Type: 'XObject',
    Subtype: 'Image',
    Width: 2480,
    Height: 3508,
    ColorSpace: 'DeviceGray',
    BitsPerComponent: 8,
    Filter: 'DCTDecode',
  });
  const ref = doc.context.register(image);
  const page = doc.addPage([595.2, 841.92]);
  page.node.setXObject(PDFName.of('Im0'), ref);
  const content = doc.context.stream('q 595.2 0 0 841.92 0 0 cm /Im0 Do Q');
  page.node.set(PDFName.of('Contents'), doc.context.register(content));
  expect(page.node.lookup(PDFName.of('MediaBox'))).toBeDefined();
  void PDFNumber;
  const path = join(dir, 'broken-page.pdf');
  writeFileSync(path, await doc.save());
  return path;
}

describe('OCR failures', () => {
  it('a damaged page image: the other pages are read, the document is produced, the page is named', { timeout: 180_000 }, async () => {
    const pool = await OcrPool.create({ workers: 2 });
    pools.push(pool);
    const doc = await processFile(await scanWithBrokenPage(), { ocr: async () => pool });
    expect(doc.source.pageCount).toBe(3);
    expect(doc.meeting.date).toBe('2014-07-21');
    expect(doc.source.pages.map((p) => p.chars > 0)).toEqual([true, true, false]);
    expect(doc.warnings.filter((w) => w.startsWith('page 3:'))).toHaveLength(1);
    expect(doc.warnings.find((w) => w.startsWith('page 3:'))).toMatch(/^page 3: (OCR failed|no page image).*page left empty$/);
  });

  it('every page timing out: OCR_FAILED naming the file and the pages, and the pool still closes', { timeout: 120_000 }, async () => {
    const pool = await OcrPool.create({ workers: 1, pageTimeoutMs: 30 });
    pools.push(pool);
    const error = await processFile(SCAN, { ocr: async () => pool }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe('OCR_FAILED');
    expect((error as InputError).message).toMatch(/000\.pdf: no page could be read by OCR \(page 1: OCR failed \(OCR did not finish within 30 ms\)/);
  });

  it('a missing model is a clear error at start, not a hang', async () => {
    await expect(OcrPool.create({ langPath: join(dir, 'nowhere') })).rejects.toThrow(/OCR model not found: .*nowhere\/fra\.traineddata\.gz/);
  });
});
