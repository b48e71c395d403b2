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
 * costs ~20 ms at 300 dpi; given the full page, the detector averages speckle away itself). A JPEG page goes to the engine as is, undecoded; only when it reads
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

/**
 * A page image ready for the engine: plain data (a queue can store it and hand it to another
 * machine). `bytes` is a JPEG passed as is, or a PGM of the upright gray page.
 */
export interface PreparedPage {
  page: number;
  format: 'jpeg' | 'pgm';
  bytes: Uint8Array;
  dpi: number;
  /** Turn already applied to the pixels in `bytes`. */
  angle: Angle;
  /** How sure the orientation check was (0 when not checked: a JPEG passed as is). */
  angleConfidence: number;
}

/** What OCR made of one page: its text, or why there is none. */
export type PageResult = { page: number; text: string; confidence: number; angle: Angle } | { page: number; error: string };

/** The gray pixels of a P5 PGM written by toPgm (no comments, maxval 255). */
function fromPgm(bytes: Uint8Array): GrayImage {
  const header = new TextDecoder('latin1').decode(bytes.subarray(0, 64));
  const m = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(header);
  if (!m) throw new Error('not a P5 PGM');
  const width = Number(m[1]);
  const height = Number(m[2]);
  return { width, height, data: bytes.subarray(m[0].length, m[0].length + width * height) };
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

/** A page image -> what the engine reads: JPEG as is, anything else upright gray. */
export function preparePage(image: PageImage): PreparedPage {
  if (image.source === 'jpeg' && image.rotation === 0) {
    return { page: image.page, format: 'jpeg', bytes: image.bytes, dpi: image.dpi, angle: 0, angleConfidence: 0 };
  }
  // A page the PDF itself turns (/Rotate) is turned as a viewer would show it, then checked.
  const pixels = image.source === 'jpeg' ? decodeJpegGray(image.bytes) : image.image;
  const shown = image.rotation === 0 ? pixels : rotateGray(pixels, image.rotation);
  const o = detectOrientation(shown);
  const angle = o.confidence >= SURE_ORIENTATION ? o.angle : 0;
  const upright = angle === 0 ? shown : rotateGray(shown, angle);
  return { page: image.page, format: 'pgm', bytes: toPgm(upright), dpi: image.dpi, angle, angleConfidence: o.confidence };
}

/**
 * The engine's reading of a prepared page. When it reads badly and its orientation was not
 * established, the page is looked at (decoded if need be): turned as the detector says, or
 * else upside down (the usual mistake of a scanner feeder), and the better reading is kept.
 * Never throws: a failure is a PageResult with its reason.
 */
export async function recognizePage(pool: OcrPool, prepared: PreparedPage, label = `page ${prepared.page}`): Promise<PageResult> {
  const { page } = prepared;
  try {
    const first = await pool.recognize(prepared.bytes, { dpi: prepared.dpi, label });
    if (first.confidence >= UPRIGHT_CONFIDENCE || prepared.angleConfidence >= SURE_ORIENTATION) {
      return { page, ...first, angle: prepared.angle };
    }
    let gray: GrayImage;
    try {
      gray = prepared.format === 'pgm' ? fromPgm(prepared.bytes) : decodeJpegGray(prepared.bytes);
    } catch {
      return { page, ...first, angle: prepared.angle }; // the engine could read it, we cannot: keep its reading
    }
    const o = prepared.format === 'jpeg' ? detectOrientation(gray) : null;
    const turn: Angle = o && o.angle !== 0 && o.confidence >= SURE_ORIENTATION ? o.angle : 180;
    const turned = await pool.recognize(toPgm(rotateGray(gray, turn)), { dpi: prepared.dpi, label });
    return turned.confidence > first.confidence
      ? { page, ...turned, angle: ((prepared.angle + turn) % 360) as Angle }
      : { page, ...first, angle: prepared.angle };
  } catch (error) {
    return { page, error: error instanceof OcrError ? error.message.replace(`${label}: `, '') : String(error) };
  }
}

/**
 * The document with its OCRed pages filled in: text and confidence per page, a warning for
 * each page turned, unreadable, empty or read with low confidence.
 */
export function mergePageResults(loaded: LoadedDocument, results: ReadonlyMap<number, PageResult>): LoadedDocument {
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

/**
 * OCR every page of `loaded` that needs it. A page that fails (undecodable image, timeout)
 * keeps no text and gets a warning naming it; the caller decides what a document with no
 * readable page means.
 */
export async function readPages(loaded: LoadedDocument, pdf: Uint8Array, pool: OcrPool, options: ReadPagesOptions = {}): Promise<LoadedDocument> {
  const wanted = loaded.pages.filter((p) => p.needsOcr).map((p) => p.page);
  if (wanted.length === 0) return loaded;
  const results = new Map<number, PageResult>();
  const inFlight = new Set<Promise<void>>();
  let done = 0;
  const finish = (result: PageResult) => {
    results.set(result.page, result);
    options.onPage?.({ page: result.page, done: ++done, total: wanted.length });
  };

  for await (const image of pageImages(pdf, wanted)) {
    if ('error' in image) {
      finish(image);
      continue;
    }
    let prepared: PreparedPage;
    try {
      prepared = preparePage(image);
    } catch (error) {
      finish({ page: image.page, error: `cannot decode the page image (${error instanceof Error ? error.message : String(error)})` });
      continue;
    }
    const started = performance.now();
    const task = recognizePage(pool, prepared, `${loaded.fileName} page ${image.page}`).then((r) => {
      if (!('error' in r)) options.onResult?.(r.page, { angle: r.angle, confidence: r.confidence, ms: performance.now() - started });
      finish(r);
    });
    const tracked: Promise<void> = task.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    // One page waiting per worker beyond those being read: the pool never starves, memory stays bounded.
    while (inFlight.size > pool.size) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return mergePageResults(loaded, results);
}
