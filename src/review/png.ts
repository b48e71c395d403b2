/**
 * A gray 8-bit PNG encoder on node:zlib: page images for the review page are gray pixels
 * (pdf.js renders or decoded scans), and a browser shows PNG without any decoding library here.
 */
import { crc32, deflateSync } from 'node:zlib';
import type { GrayImage } from '../ingest/page-image.ts';

const SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const COLOR_TYPE_GRAY = 0;
/** PNG filter type 2 ("Up"): scanned and rendered pages repeat their rows, so it halves the size. */
const FILTER_UP = 2;

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  const typeBytes = new TextEncoder().encode(type);
  out.set(typeBytes, 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** The image as a PNG file (8-bit gray, no interlace). */
export function encodeGrayPng(img: GrayImage): Uint8Array {
  const { width, height, data } = img;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new RangeError(`invalid image size ${width}x${height}`);
  }
  if (data.length !== width * height) throw new RangeError(`image data has ${data.length} bytes, expected ${width * height}`);

  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  header[8] = 8; // bit depth
  header[9] = COLOR_TYPE_GRAY;
  // compression, filter method, interlace: all 0

  const raw = new Uint8Array((width + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width + 1);
    const src = y * width;
    raw[row] = FILTER_UP;
    if (y === 0) {
      raw.set(data.subarray(0, width), row + 1);
    } else {
      for (let x = 0; x < width; x++) raw[row + 1 + x] = (data[src + x]! - data[src - width + x]!) & 0xff;
    }
  }
  const parts = [SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 6 })), chunk('IEND', new Uint8Array(0))];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
