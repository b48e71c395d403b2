/**
 * Page bitmaps for tests, the way a scanner would hand them to OCR: 8-bit gray, white
 * background, row-major, 0 = black, rendered by the pipeline's own renderer, then optionally
 * degraded (noise, blur, skew), reproducibly.
 */
import { mulberry32 } from '../../fixtures/scan-pdf.ts';
import { renderPdfPages } from '../../src/ingest/page-image.ts';
import type { GrayImage } from '../../src/ocr/orientation.ts';

/** Every page of a PDF as gray at `dpi`: the pipeline's renderer, under the name tests use. */
export const renderGrayPages = renderPdfPages;

/** Salt-and-pepper noise: a `density` fraction of the pixels set to pure black or pure white. */
export function saltAndPepper(img: GrayImage, density: number, seed = 1): GrayImage {
  const rand = mulberry32(seed);
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
