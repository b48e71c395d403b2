/**
 * The OCR stage: the pages of a loaded PDF that have no usable text layer get their text from
 * the OCR engine, the right way up. Plain data in (LoadedDocument + the PDF's bytes), plain
 * data out (a LoadedDocument whose pages all carry text or a warning).
 *
 * Pages are prepared one after another on this thread (image extraction, orientation) and
 * recognized concurrently by the pool; at most a few page images are held at once, so a
 * 500-page register does not hold 500 bitmaps.
 *
 * Orientation: a decoded or rendered page is checked before OCR (we hold its pixels, the check
 * costs milliseconds). A JPEG page goes to the engine as is, undecoded; only when it reads
 * badly is it decoded (in JavaScript: a damaged JPEG must throw, not take the process down as
 * a native decoder can) and tried the right way up. Upright scans, nearly all of them, pay
 * nothing for the pages that are not.
 */
import jpeg from 'jpeg-js';
import type { LoadedDocument, LoadedPage } from '../ingest/types.ts';
import { pageImages, toPgm, type GrayImage, type PageImage } from '../ingest/page-image.ts';
import { detectOrientation, rotateGray } from './orientation.ts';
import { OcrError, type OcrPool } from './engine.ts';

/** Below this mean word confidence a page's text is flagged for review. */
export const LOW_CONFIDENCE = 0.6;
/** Orientation evidence below this is not acted upon without OCR to confirm it. */
const SURE_ORIENTATION = 0.5;
/** An upright page of text reads above this; upside-down text reads far below. */
const UPRIGHT_CONFIDENCE = 0.45;
/** Orientation is judged on a reduced copy: 150 dpi keeps the x-height of 8 pt text above 10 px. */
const ORIENTATION_DPI = 150;

export interface OcrProgress {
  page: number;
  done: number;
  total: number;
}

export interface ReadPagesOptions {
  onPage?: (progress: OcrProgress) => void;
  /** Output of the OCR of each page, for benchmarks and QA (angle applied, confidence). */
  onResult?: (page: number, result: { angle: number; confidence: number; ms: number }) => void;
}

type Angle = 0 | 90 | 180 | 270;

/** A page image ready for the engine, with the gray pixels when we had to look at them. */
interface Prepared {
  page: number;
  bytes: Uint8Array;
  dpi: number;
  /** The gray image the bytes encode (null for a JPEG passed as is). */
  gray: GrayImage | null;
  angle: Angle;
  angleConfidence: number;
}

/** Largest JPEG we decode ourselves (pixels), to bound memory on a hostile file. */
const MAX_DECODE_MEGAPIXELS = 120;

function decodeJpegGray(bytes: Uint8Array): GrayImage {
  const img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: false, maxResolutionInMP: MAX_DECODE_MEGAPIXELS, maxMemoryUsageInMB: 2048 });
  const channels = img.data.length / (img.width * img.height);
  const data = new Uint8Array(img.width * img.height);
  if (channels === 1) data.set(img.data);
  else for (let i = 0, j = 0; i < data.length; i++, j += channels) data[i] = (img.data[j]! * 77 + img.data[j + 1]! * 150 + img.data[j + 2]! * 29) >> 8;
  return { width: img.width, height: img.height, data };
}

/** Nearest-neighbour reduction: enough to judge line direction and ascenders. */
function reduce(img: GrayImage, factor: number): GrayImage {
  if (factor <= 1) return img;
  const width = Math.max(1, Math.floor(img.width / factor));
  const height = Math.max(1, Math.floor(img.height / factor));
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const row = Math.floor(y * factor) * img.width;
    for (let x = 0; x < width; x++) data[y * width + x] = img.data[row + Math.floor(x * factor)]!;
  }
  return { width, height, data };
}

function prepare(image: PageImage): Prepared {
  if (image.source === 'jpeg' && image.rotation === 0) {
    return { page: image.page, bytes: image.bytes, dpi: image.dpi, gray: null, angle: 0, angleConfidence: 0 };
  }
  // A page the PDF itself turns (/Rotate) is turned as a viewer would show it, then checked.
  const pixels = image.source === 'jpeg' ? decodeJpegGray(image.bytes) : image.image;
  const shown = image.rotation === 0 ? pixels : rotateGray(pixels, image.rotation);
  const o = detectOrientation(reduce(shown, image.dpi / ORIENTATION_DPI));
  const angle = o.confidence >= SURE_ORIENTATION ? o.angle : 0;
  const upright = angle === 0 ? shown : rotateGray(shown, angle);
  return { page: image.page, bytes: toPgm(upright), dpi: image.dpi, gray: upright, angle, angleConfidence: o.confidence };
}

interface PageText {
  text: string;
  confidence: number;
  angle: Angle;
}

/**
 * The engine's reading of a prepared page. When it reads badly and its orientation was not
 * established, the page is looked at (decoded if need be): turned as the detector says, or
 * else upside down (the usual mistake of a scanner feeder), and the better reading is kept.
 */
async function recognize(pool: OcrPool, prepared: Prepared, label: string): Promise<PageText> {
  const first = await pool.recognize(prepared.bytes, { dpi: prepared.dpi, label });
  if (first.confidence >= UPRIGHT_CONFIDENCE || prepared.angleConfidence >= SURE_ORIENTATION) {
    return { ...first, angle: prepared.angle };
  }
  let gray: GrayImage;
  try {
    gray = prepared.gray ?? decodeJpegGray(prepared.bytes);
  } catch {
    return { ...first, angle: prepared.angle }; // the engine could read it, we cannot: keep its reading
  }
  const o = prepared.gray ? null : detectOrientation(reduce(gray, prepared.dpi / ORIENTATION_DPI));
  const turn: Angle = o && o.angle !== 0 && o.confidence >= SURE_ORIENTATION ? o.angle : 180;
  const turned = await pool.recognize(toPgm(rotateGray(gray, turn)), { dpi: prepared.dpi, label });
  return turned.confidence > first.confidence
    ? { ...turned, angle: ((prepared.angle + turn) % 360) as Angle }
    : { ...first, angle: prepared.angle };
}

/**
 * OCR every page of `loaded` that needs it. A page that fails (undecodable image, timeout)
 * keeps no text and gets a warning naming it; the caller decides what a document with no
 * readable page means.
 */
export async function readPages(loaded: LoadedDocument, pdf: Uint8Array, pool: OcrPool, options: ReadPagesOptions = {}): Promise<LoadedDocument> {
  const wanted = loaded.pages.filter((p) => p.needsOcr).map((p) => p.page);
  if (wanted.length === 0) return loaded;
  const results = new Map<number, PageText | { error: string }>();
  const inFlight = new Set<Promise<void>>();
  let done = 0;
  const finish = (page: number, result: PageText | { error: string }) => {
    results.set(page, result);
    options.onPage?.({ page, done: ++done, total: wanted.length });
  };

  for await (const image of pageImages(pdf, wanted)) {
    if ('error' in image) {
      finish(image.page, { error: image.error });
      continue;
    }
    const label = `${loaded.fileName} page ${image.page}`;
    let prepared: Prepared;
    try {
      prepared = prepare(image);
    } catch (error) {
      finish(image.page, { error: `cannot decode the page image (${error instanceof Error ? error.message : String(error)})` });
      continue;
    }
    const started = performance.now();
    const task = recognize(pool, prepared, label).then(
      (r) => {
        options.onResult?.(prepared.page, { angle: r.angle, confidence: r.confidence, ms: performance.now() - started });
        finish(prepared.page, r);
      },
      (error: unknown) => finish(prepared.page, { error: error instanceof OcrError ? error.message.replace(`${label}: `, '') : String(error) }),
    );
    const tracked: Promise<void> = task.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    // One page waiting per worker beyond those being read: the pool never starves, memory stays bounded.
    while (inFlight.size > pool.size) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);

  const warnings = [...loaded.warnings.filter((w) => !/no usable text layer, needs OCR$/.test(w))];
  const pages = loaded.pages.map((p): LoadedPage => {
    const r = results.get(p.page);
    if (!p.needsOcr) return p;
    if (!r) {
      warnings.push(`page ${p.page}: no page image could be extracted; page left empty`);
      return p;
    }
    if ('error' in r) {
      warnings.push(`page ${p.page}: OCR failed (${r.error}); page left empty`);
      return p;
    }
    if (r.angle !== 0) warnings.push(`page ${p.page}: scanned turned by ${r.angle}°, read the right way up`);
    if (r.text.trim() === '') warnings.push(`page ${p.page}: OCR found no text`);
    else if (r.confidence < LOW_CONFIDENCE) warnings.push(`page ${p.page}: low OCR confidence (${r.confidence.toFixed(2)}), check its fields`);
    return { ...p, method: 'ocr', text: r.text.replace(/\s+$/, ''), confidence: Math.round(r.confidence * 1000) / 1000, needsOcr: false };
  });
  return { ...loaded, pages, warnings };
}
