import { createCanvas, loadImage } from '@napi-rs/canvas';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { degrees, PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeGrayJpeg } from '../../fixtures/jpeg-gray.ts';
import { pageImages } from '../../src/ingest/page-image.ts';
import { PageImageCache } from '../../src/review/page-images.ts';
import { FIXTURES } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'minutes-review-img-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Mean gray of the top and bottom halves of a picture file, and its size. */
async function halves(bytes: Uint8Array) {
  const image = await loadImage(Buffer.from(bytes));
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const px = ctx.getImageData(0, 0, image.width, image.height).data;
  const mean = (y0: number, y1: number) => {
    let sum = 0;
    for (let y = y0; y < y1; y++) for (let x = 0; x < image.width; x++) sum += px[(y * image.width + x) * 4]!;
    return sum / ((y1 - y0) * image.width);
  };
  return { width: image.width, height: image.height, top: mean(0, image.height >> 1), bottom: mean(image.height >> 1, image.height) };
}

/** A one-page scan: a gray JPEG, black on its left half, on a page turned `rotate` degrees. */
async function scanPdf(rotate: number): Promise<string> {
  const [w, h] = [80, 40];
  const gray = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) gray[y * w + x] = x < w / 2 ? 0 : 255;
  const doc = await PDFDocument.create();
  const page = doc.addPage([w, h]);
  page.drawImage(await doc.embedJpg(encodeGrayJpeg(gray, w, h, 90, 72)), { x: 0, y: 0, width: w, height: h });
  if (rotate) page.setRotation(degrees(rotate));
  const path = join(dir, `scan-${rotate}.pdf`);
  writeFileSync(path, await doc.save());
  return path;
}

describe('page images for the review page', () => {
  it('sends a scanned page’s JPEG as it is', async () => {
    const path = join(FIXTURES, 'scan/000.pdf');
    const file = await new PageImageCache().get(path, 1);
    expect(file.contentType).toBe('image/jpeg');
    let ocrImage: Uint8Array | undefined;
    for await (const p of pageImages(readFileSync(path), [1])) if ('bytes' in p) ocrImage = p.bytes;
    expect(ocrImage).toBeDefined();
    expect(Buffer.from(file.bytes).equals(Buffer.from(ocrImage!))).toBe(true);
  }, 30_000);

  it('turns a page stored sideways upright', async () => {
    const upright = await halves((await new PageImageCache().get(await scanPdf(0), 1)).bytes);
    expect([upright.width, upright.height]).toEqual([80, 40]);
    const turned = await new PageImageCache().get(await scanPdf(90), 1);
    expect(turned.contentType).toBe('image/jpeg');
    const t = await halves(turned.bytes);
    // Turned clockwise: the black left half is now on top.
    expect([t.width, t.height]).toEqual([40, 80]);
    expect(t.top).toBeLessThan(60);
    expect(t.bottom).toBeGreaterThan(200);
  }, 30_000);

  it('renders a text page to PNG once, then serves it from the cache', async () => {
    const path = join(FIXTURES, 'pdf/000.pdf');
    const cache = new PageImageCache();
    const first = await cache.get(path, 1);
    expect(first.contentType).toBe('image/png');
    const { width, height } = await halves(first.bytes);
    // A4 at the review resolution.
    expect(Math.abs(width - Math.round((595.28 / 72) * 150))).toBeLessThanOrEqual(1);
    expect(height).toBeGreaterThan(width);
    expect(await cache.get(path, 1)).toBe(first);
    await expect(cache.get(path, 9)).rejects.toThrow(/page 9/);
  }, 30_000);

  it('forgets the least recently used pages past its size limit', async () => {
    const path = join(FIXTURES, 'pdf/000.pdf');
    const cache = new PageImageCache(1); // one byte: only the latest page stays
    const one = await cache.get(path, 1);
    await cache.get(path, 2);
    await new Promise((r) => setImmediate(r));
    expect(await cache.get(path, 1)).not.toBe(one);
  }, 30_000);
});
