/**
 * Mixed PDFs take the right path page by page: a page with a text layer is read from it, a
 * scanned page by OCR, and a scanned page whose text layer is a few stray characters (a bad
 * earlier OCR, a stamp) is OCRed as if it had none.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OcrPool } from '../../src/ocr/engine.ts';
import { processFile } from '../../src/pipeline.ts';
import type { MinutesDocument } from '../../src/schema/minutes.ts';
import { REPO_ROOT } from '../corpus.ts';

const dir = mkdtempSync(join(tmpdir(), 'minutes-mixed-'));
let pool: OcrPool;
let doc: MinutesDocument;
afterAll(async () => pool?.close());

/** Page 1 of the text-layer PDF of 000, then page 2 of its scan with a garbage text layer. */
async function mixedPdf(): Promise<string> {
  const text = await PDFDocument.load(readFileSync(join(REPO_ROOT, 'fixtures/pdf/000.pdf')));
  const scan = await PDFDocument.load(readFileSync(join(REPO_ROOT, 'fixtures/scan/000.pdf')));
  const out = await PDFDocument.create();
  const [p1] = await out.copyPages(text, [0]);
  const [p2] = await out.copyPages(scan, [1]);
  out.addPage(p1!);
  out.addPage(p2!);
  const font = await out.embedFont(StandardFonts.Helvetica);
  p2!.drawText('| ~ . , ;', { x: 40, y: 40, size: 6, font });
  const path = join(dir, 'mixed.pdf');
  writeFileSync(path, await out.save());
  return path;
}

describe('a PDF mixing a text-layer page and a scanned page', () => {
  beforeAll(async () => {
    pool = await OcrPool.create({ workers: 1 });
    doc = await processFile(await mixedPdf(), { ocr: async () => pool });
  }, 180_000);

  it('reads page 1 from its text layer and page 2, garbage layer and all, by OCR', () => {
    expect(doc.source.pages.map((p) => p.method)).toEqual(['text', 'ocr']);
    expect(doc.source.pages[0]!.confidence).toBeNull();
    expect(doc.source.pages[1]!.confidence).toBeGreaterThan(0.85);
    expect(doc.text).not.toContain('| ~ .');
  });

  it('gives the fields of both pages: the sitting on page 1, the decision on page 2', () => {
    expect(doc.meeting.date).toBe('2014-07-21');
    expect(doc.attendance.present).toHaveLength(14);
    expect(doc.items[0]!.decision!.articles.map((a) => a.action)).toEqual(['approuve', 'approuve', 'autorise']);
    expect(doc.signatures.map((p) => p.surname)).toEqual(['BAYLET']);
  });
});
