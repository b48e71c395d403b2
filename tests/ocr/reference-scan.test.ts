/**
 * The reference document as archivists send it: a scan. The committed scan of 000.txt
 * (fixtures/scan/000.pdf, 300 dpi gray JPEG, skewed, noisy), and its variants with pages
 * turned 180 and 90 degrees and with bilevel CCITT G4 pages, read through OCR, give every
 * gold field the text gives.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedScan } from '../../fixtures/scan-cache.ts';
import { OcrPool } from '../../src/ocr/engine.ts';
import { processFile } from '../../src/pipeline.ts';
import type { MinutesDocument } from '../../src/schema/minutes.ts';
import { CORPUS_DIR, REPO_ROOT } from '../corpus.ts';
import { referenceFieldTests } from '../helpers/reference.ts';

let pool: Promise<OcrPool> | undefined;
const ocr = () => (pool ??= OcrPool.create({ workers: 2 }));
afterAll(async () => (await pool)?.close());

const docs: Record<string, MinutesDocument> = {};
const pagesSeen: Record<string, number[]> = {};
async function read(name: string, path: string): Promise<void> {
  pagesSeen[name] = [];
  docs[name] = await processFile(path, { ocr, onOcrPage: (_, p) => pagesSeen[name]!.push(p.done) });
}

describe('reference document 000, scanned', () => {
  beforeAll(() => read('plain', join(REPO_ROOT, 'fixtures/scan/000.pdf')), 180_000);

  referenceFieldTests(() => docs.plain!);

  it('says every page was read by OCR, with its confidence, and reports progress per page', () => {
    const doc = docs.plain!;
    expect(doc.source.pages.map((p) => p.method)).toEqual(['ocr', 'ocr']);
    for (const p of doc.source.pages) expect(p.confidence).toBeGreaterThan(0.85);
    expect(pagesSeen.plain).toEqual([1, 2]);
    expect(doc.warnings).toEqual([]);
  });
});

describe('reference document 000, turned and bilevel scans', () => {
  beforeAll(async () => {
    await read('rotated', await cachedScan(join(CORPUS_DIR, '000.txt'), 'rotated'));
    await read('g4', await cachedScan(join(CORPUS_DIR, '000.txt'), 'g4'));
  }, 300_000);

  it('reads pages turned 180 and 90 degrees the right way up', () => {
    const doc = docs.rotated!;
    // Upside down: found and turned (tesseract reads a sideways page by itself; not upside down).
    expect(doc.warnings).toContain('page 1: scanned turned by 180°, read the right way up');
    doc.source.pages.forEach((p, i) => {
      expect(p.confidence).toBeGreaterThan(0.85);
      expect(Math.abs(p.chars - docs.plain!.source.pages[i]!.chars)).toBeLessThan(docs.plain!.source.pages[i]!.chars * 0.03);
    });
  });

  for (const variant of ['rotated', 'g4']) {
    it(`${variant}: the same date, attendance, item, articles, vote and signature as the text`, () => {
      const doc = docs[variant]!;
      expect(doc.meeting.date).toBe('2014-07-21');
      expect(doc.attendance.present.map((p) => p.surname)).toHaveLength(14);
      expect(doc.attendance.absent.map((p) => p.surname)).toEqual(['CAMBON']);
      expect(doc.items).toHaveLength(1);
      expect(doc.items[0]!.title).toBe(docs.plain!.items[0]!.title);
      expect(doc.items[0]!.decision!.articles.map((a) => a.action)).toEqual(['approuve', 'approuve', 'autorise']);
      expect(doc.items[0]!.decision!.vote!.unanimous).toBe(true);
      expect(doc.signatures.map((p) => p.surname)).toEqual(['BAYLET']);
    });
  }
});
