/**
 * Page N of a PDF as a picture a browser shows, rendered on demand and kept for the life of
 * the process. It goes through the OCR's own page images (src/ingest/page-image.ts), so the
 * reviewer sees the very pixels the OCR read: a scanned page's JPEG is sent as it is, gray
 * pixels (decoded scans, rendered text pages) become a PNG. Pages stored sideways are turned
 * upright here, since an <img> cannot be told how.
 */
import { readFile } from 'node:fs/promises';
import { pageImages, type GrayImage, type Rotation } from '../ingest/page-image.ts';
import { encodeGrayPng } from './png.ts';

export interface PageImageFile {
  contentType: 'image/png' | 'image/jpeg';
  bytes: Uint8Array;
}

/** Enough to read a page on screen; a 300 dpi rendering would only cost time and memory. */
export const REVIEW_DPI = 150;
/** Total bytes of images kept; the least recently used go first. */
const CACHE_BYTES = 256 * 1024 * 1024;

export class PageImageCache {
  readonly #entries = new Map<string, Promise<PageImageFile>>();
  readonly #sizes = new Map<string, number>();
  #total = 0;

  constructor(private readonly limit = CACHE_BYTES) {}

  /** Page `page` (from 1) of the PDF at `path`; rejects with a readable reason when it cannot be drawn. */
  get(path: string, page: number): Promise<PageImageFile> {
    const key = `${page}\0${path}`;
    const hit = this.#entries.get(key);
    if (hit) {
      // Re-inserted: a Map iterates in insertion order, so the first key is the least recently used.
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      return hit;
    }
    const made = renderPage(path, page);
    this.#entries.set(key, made);
    made.then(
      (file) => this.#account(key, file.bytes.length),
      () => this.#entries.delete(key), // a failure is not kept: the file may be fixed
    );
    return made;
  }

  #account(key: string, size: number): void {
    if (!this.#entries.has(key)) return;
    this.#sizes.set(key, size);
    this.#total += size;
    for (const old of this.#entries.keys()) {
      if (this.#total <= this.limit || old === key) break;
      this.#entries.delete(old);
      this.#total -= this.#sizes.get(old) ?? 0;
      this.#sizes.delete(old);
    }
  }
}

async function renderPage(path: string, page: number): Promise<PageImageFile> {
  const pdf = await readFile(path);
  for await (const result of pageImages(pdf, [page], { renderDpi: REVIEW_DPI })) {
    if ('error' in result) throw new Error(`page ${page} of ${path}: ${result.error}`);
    if (result.source === 'jpeg') {
      if (result.rotation === 0) return { contentType: 'image/jpeg', bytes: result.bytes };
      return { contentType: 'image/jpeg', bytes: await rotateJpeg(result.bytes, result.rotation) };
    }
    const factor = Math.max(1, Math.floor(result.dpi / REVIEW_DPI));
    return { contentType: 'image/png', bytes: encodeGrayPng(rotateGray(downsample(result.image, factor), result.rotation)) };
  }
  throw new Error(`page ${page} of ${path}: no image`);
}

/** Box-filter reduction by a whole factor: a 600 dpi scan need not reach the browser at 600 dpi. */
export function downsample(img: GrayImage, factor: number): GrayImage {
  if (factor <= 1) return img;
  const width = Math.max(1, Math.floor(img.width / factor));
  const height = Math.max(1, Math.floor(img.height / factor));
  const data = new Uint8Array(width * height);
  const area = factor * factor;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let dy = 0; dy < factor; dy++) {
        const row = (y * factor + dy) * img.width + x * factor;
        for (let dx = 0; dx < factor; dx++) sum += img.data[row + dx]!;
      }
      data[y * width + x] = Math.round(sum / area);
    }
  }
  return { width, height, data };
}

/** The pixels turned `rotation` degrees clockwise. */
export function rotateGray(img: GrayImage, rotation: Rotation): GrayImage {
  if (rotation === 0) return img;
  const { width: w, height: h, data: src } = img;
  const turned = rotation !== 180;
  const width = turned ? h : w;
  const height = turned ? w : h;
  const data = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const v = src[y * w + x]!;
      if (rotation === 90) data[x * width + (h - 1 - y)] = v;
      else if (rotation === 180) data[(h - 1 - y) * width + (w - 1 - x)] = v;
      else data[(w - 1 - x) * width + y] = v;
    }
  }
  return { width, height, data };
}

/** A JPEG turned upright: decoded and re-encoded by @napi-rs/canvas (loaded only for this rare case). */
async function rotateJpeg(bytes: Uint8Array, rotation: Rotation): Promise<Uint8Array> {
  const { createCanvas, loadImage } = await import('@napi-rs/canvas');
  const image = await loadImage(Buffer.from(bytes));
  const turned = rotation !== 180;
  const canvas = createCanvas(turned ? image.height : image.width, turned ? image.width : image.height);
  const ctx = canvas.getContext('2d');
  ctx.translate(canvas.width / 2, canvas.height / 2);
  ctx.rotate((rotation * Math.PI) / 180);
  ctx.drawImage(image, -image.width / 2, -image.height / 2);
  return canvas.encode('jpeg', 85);
}
