/**
 * Render the pages of a PDF to 8-bit gray images with pdfjs-dist, the way a scanner would
 * hand them to OCR: white background, row-major, 0 = black. Shared by tests and scratch
 * benchmarks that need realistic page bitmaps without scanning anything.
 */
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { GrayImage } from '../../src/ocr/orientation.ts';

const require = createRequire(import.meta.url);
// pdfjs needs a URL-ish path with a trailing slash to load the standard fonts (Helvetica...).
const STANDARD_FONTS = join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts') + '/';

interface CanvasAndContext {
  canvas: unknown;
  context: {
    fillStyle: string;
    fillRect(x: number, y: number, w: number, h: number): void;
    getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
  };
}

/** Luma of an RGBA buffer (BT.601 weights, integer arithmetic), alpha composited on white. */
function rgbaToGray(rgba: Uint8ClampedArray, width: number, height: number): GrayImage {
  const n = width * height;
  const data = new Uint8Array(n);
  for (let i = 0, j = 0; i < n; i++, j += 4) {
    const a = rgba[j + 3]!;
    const y = (299 * rgba[j]! + 587 * rgba[j + 1]! + 114 * rgba[j + 2]!) / 1000;
    // Unpainted pixels are transparent black; the page is white paper. (Clamp: a Uint8Array
    // wraps 256 to 0.)
    data[i] = Math.min(255, Math.round((y * a + 255 * (255 - a)) / 255));
  }
  return { width, height, data };
}

/** Every page of `pdfBytes` as gray at `dpi`. */
export async function renderGrayPages(pdfBytes: Uint8Array, dpi: number): Promise<GrayImage[]> {
  // pdfjs may transfer (detach) the buffer it is given: hand it a copy.
  const doc = await pdfjs.getDocument({
    data: pdfBytes.slice(),
    standardFontDataUrl: STANDARD_FONTS,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: GrayImage[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const viewport = page.getViewport({ scale: dpi / 72 });
      const width = Math.round(viewport.width);
      const height = Math.round(viewport.height);
      const cf = (doc as unknown as { canvasFactory: { create(w: number, h: number): CanvasAndContext; destroy(c: CanvasAndContext): void } })
        .canvasFactory;
      const cc = cf.create(width, height);
      cc.context.fillStyle = '#ffffff';
      cc.context.fillRect(0, 0, width, height);
      await page.render({ canvasContext: cc.context as never, viewport, canvas: cc.canvas as never }).promise;
      pages.push(rgbaToGray(cc.context.getImageData(0, 0, width, height).data, width, height));
      cf.destroy(cc);
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** A small deterministic PRNG (mulberry32), so degraded test images are reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Salt-and-pepper noise: a `density` fraction of the pixels set to pure black or pure white. */
export function saltAndPepper(img: GrayImage, density: number, seed = 1): GrayImage {
  const rand = prng(seed);
  const data = img.data.slice();
  const n = data.length;
  const count = Math.round(n * density);
  for (let k = 0; k < count; k++) data[Math.floor(rand() * n)] = rand() < 0.5 ? 0 : 255;
  return { width: img.width, height: img.height, data };
}

/** Box blur of the given radius (a (2r+1)² window), separable, edges clamped: scanner softness. */
export function boxBlur(img: GrayImage, radius: number): GrayImage {
  const { width: w, height: h } = img;
  const size = 2 * radius + 1;
  const tmp = new Uint16Array(w * h);
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const row = y * w;
    let s = 0;
    for (let k = -radius; k <= radius; k++) s += img.data[row + Math.min(w - 1, Math.max(0, k))]!;
    for (let x = 0; x < w; x++) {
      tmp[row + x] = s;
      s += img.data[row + Math.min(w - 1, x + radius + 1)]! - img.data[row + Math.max(0, x - radius)]!;
    }
  }
  const area = size * size;
  for (let x = 0; x < w; x++) {
    let s = 0;
    for (let k = -radius; k <= radius; k++) s += tmp[Math.min(h - 1, Math.max(0, k)) * w + x]!;
    for (let y = 0; y < h; y++) {
      out[y * w + x] = Math.round(s / area);
      s += tmp[Math.min(h - 1, y + radius + 1) * w + x]! - tmp[Math.max(0, y - radius) * w + x]!;
    }
  }
  return { width: w, height: h, data: out };
}

/** Rotate by a small angle (degrees, clockwise) about the centre, nearest neighbour, white fill. */
export function skew(img: GrayImage, degrees: number): GrayImage {
  const { width: w, height: h, data } = img;
  const out = new Uint8Array(w * h).fill(255);
  const a = (degrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = (w - 1) / 2;
  const cy = (h - 1) / 2;
  for (let y = 0; y < h; y++) {
    const dy = y - cy;
    // Inverse mapping: the source pixel that lands on (x, y).
    let sx = cx - cx * cos + dy * sin;
    let sy = cy + cx * sin + dy * cos;
    for (let x = 0; x < w; x++, sx += cos, sy -= sin) {
      const ix = Math.round(sx);
      const iy = Math.round(sy);
      if (ix >= 0 && ix < w && iy >= 0 && iy < h) out[y * w + x] = data[iy * w + ix]!;
    }
  }
  return { width: w, height: h, data: out };
}
