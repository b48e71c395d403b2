/**
 * Page images for OCR: for each requested page of a PDF, the cheapest faithful bitmap to hand
 * to the OCR engine, one page at a time (an async generator, so a 500-page register never
 * holds more than one page image in memory).
 *
 * Three paths, cheapest first:
 * - 'jpeg': the page is one full-page image whose last filter is DCTDecode. Its JPEG bytes are
 *   returned untouched (a copy): tesseract.js (leptonica) decodes JPEG itself, so decoding
 *   here would only be paid twice. Costs a content-stream scan, milliseconds.
 * - 'decoded': the page is one full-page image in another encoding (Flate, LZW, CCITT G3/G4,
 *   JBIG2, RunLength, JPX...). pdf.js decodes it (it implements every PDF image filter) and
 *   the pixels are converted to 8-bit gray, at the image's own resolution.
 * - 'rendered': anything else (vector text without a usable text layer, several images,
 *   text drawn as outlines, an image plus visible text...). pdf.js renders the page at
 *   renderDpi on a white background.
 *
 * Deciding "one full-page image" uses pdf-lib, not pdf.js: pdf.js's getOperatorList decodes
 * every image of the page while building the list, so asking it whether a page is a JPEG
 * would cost the very decode the JPEG path exists to avoid. pdf-lib parses the page's
 * content stream(s) only; images stay undecoded.
 *
 * Orientation: the image paths return pixels as stored in the file, never rotated (the JPEG
 * cannot be rotated without decoding it, and the decoded path does the same for consistency).
 * `rotation` says by how many degrees, clockwise, a viewer turns those pixels to show the page
 * upright (page /Rotate combined with the orientation of the image's cm); the OCR orientation
 * detector handles it anyway, the field lets the caller skip or check it. Rendered pages are
 * already upright (the pdf.js viewport applies /Rotate): rotation 0.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inflateSync, constants as zlibConstants } from 'node:zlib';
import {
  decodePDFRawStream,
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFStream,
  type PDFObject,
  type PDFPage,
} from 'pdf-lib';
import type * as PdfjsTypes from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pdfjs } from './pdfjs.ts';

/** 8-bit gray, row-major, 0 = black. */
export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Clockwise degrees a viewer turns the returned pixels by to show the page upright. */
export type Rotation = 0 | 90 | 180 | 270;

export type PageImage =
  /** The page's one JPEG, handed to the OCR engine as is. */
  | { page: number; source: 'jpeg'; bytes: Uint8Array; width: number; height: number; components: 1 | 3 | 4; dpi: number; rotation: Rotation }
  /** A decoded image XObject (Flate, CCITT, JBIG2...) or the rendered page, in gray. */
  | { page: number; source: 'decoded' | 'rendered'; image: GrayImage; dpi: number; rotation: Rotation };

export interface PageImageError {
  page: number;
  error: string;
}

export interface PageImagesOptions {
  /** Resolution of the 'rendered' path. Default 300 dpi. */
  renderDpi?: number;
  /** Stops the iteration: the generator throws the signal's reason. */
  signal?: AbortSignal;
}

export const DEFAULT_RENDER_DPI = 300;
/** A page counts as one full-page image when the image covers this share of the page box. */
export const MIN_PAGE_COVERAGE = 0.85;
/**
 * Rendered pages are capped at this many pixels (the dpi is lowered to fit): an A0 plan at
 * 300 dpi would need a 560 MB RGBA canvas. 40 Mpx is A3 at 400 dpi.
 */
export const MAX_RENDER_PIXELS = 40_000_000;
/** Form XObjects nested deeper than this are not followed (the page is rendered instead). */
const MAX_FORM_DEPTH = 8;

const require = createRequire(import.meta.url);
// pdf.js wants directory URLs with a trailing slash; resolved from this module, not the cwd.
const PDFJS_DIR = dirname(require.resolve('pdfjs-dist/package.json'));
const STANDARD_FONTS = join(PDFJS_DIR, 'standard_fonts') + '/';
const CMAPS = join(PDFJS_DIR, 'cmaps') + '/';
const WASM = join(PDFJS_DIR, 'wasm') + '/'; // openjpeg (JPX) and qcms (ICC profiles)
const ICCS = join(PDFJS_DIR, 'iccs') + '/';

// ---------------------------------------------------------------------------------------------
// Public API

/**
 * The OCR image of each of `pages` (1-based), in the order given. A page that fails yields
 * `{ page, error }` and the others go on. The PDF is parsed at most once by pdf-lib and once
 * by pdf.js (only when a page needs it); the pdf.js document is destroyed when the iteration
 * ends, including when the consumer stops early.
 */
export async function* pageImages(
  pdf: Uint8Array,
  pages: number[],
  options: PageImagesOptions = {},
): AsyncGenerator<PageImage | PageImageError> {
  const renderDpi = options.renderDpi ?? DEFAULT_RENDER_DPI;
  if (!Number.isFinite(renderDpi) || renderDpi <= 0) throw new RangeError(`renderDpi must be a positive number, got ${renderDpi}`);
  const signal = options.signal;
  signal?.throwIfAborted();
  const docs = new Documents(pdf);
  try {
    for (const page of pages) {
      signal?.throwIfAborted();
      let result: PageImage | PageImageError;
      try {
        result = await pageImage(docs, page, renderDpi, signal);
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        result = { page, error: describeError(error) };
      }
      // Outside the try: an exception the consumer throws into the generator must not be
      // reported as a page error.
      yield result;
    }
  } finally {
    await docs.close();
  }
}

/**
 * Every page of `pdf` as pdf.js draws it, in gray, at exactly `dpi` (no MAX_RENDER_PIXELS cap:
 * the caller chose the size), whatever the page holds: for PDFs we generate ourselves (scan
 * fixtures, test pages), where the page as drawn is the point. The same renderer as the
 * 'rendered' path, so such pages are what OCR would be handed.
 */
export async function renderPdfPages(pdf: Uint8Array, dpi: number): Promise<GrayImage[]> {
  const docs = new Documents(pdf);
  try {
    const doc = await docs.js();
    const images: GrayImage[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      try {
        images.push((await renderPage(doc, page, dpi, docs.canvases, undefined, Infinity)).image);
      } finally {
        page.cleanup();
      }
    }
    return images;
  } finally {
    await docs.close();
  }
}

/** Binary PGM (P5), which leptonica reads with no decoding cost. */
export function toPgm(img: GrayImage): Uint8Array {
  const { width, height, data } = img;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new RangeError(`invalid image size ${width}x${height}`);
  }
  if (data.length !== width * height) throw new RangeError(`image data has ${data.length} bytes, expected ${width * height} (${width}x${height})`);
  const header = new TextEncoder().encode(`P5\n${width} ${height}\n255\n`);
  const out = new Uint8Array(header.length + data.length);
  out.set(header, 0);
  out.set(data, header.length);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Documents, opened lazily

type PdfjsDocument = PdfjsTypes.PDFDocumentProxy;
type PdfjsPage = PdfjsTypes.PDFPageProxy;

/** pdf-lib and pdf.js views of one PDF, each opened on first use, at most once. */
class Documents {
  #lib: Promise<PDFDocument> | undefined;
  #task: ReturnType<typeof pdfjs.getDocument> | undefined;
  #js: Promise<PdfjsDocument> | undefined;
  readonly canvases = new CanvasCache();

  constructor(private readonly bytes: Uint8Array) {}

  lib(): Promise<PDFDocument> {
    this.#lib ??= PDFDocument.load(this.bytes, { ignoreEncryption: true, updateMetadata: false });
    return this.#lib;
  }

  js(): Promise<PdfjsDocument> {
    if (!this.#js) {
      // pdf.js may transfer (detach) the buffer it is given: hand it a copy. A plain
      // Uint8Array copy: pdf.js refuses a Buffer, and Buffer#slice would be a view anyway.
      this.#task = pdfjs.getDocument({
        data: new Uint8Array(this.bytes),
        standardFontDataUrl: STANDARD_FONTS,
        cMapUrl: CMAPS,
        cMapPacked: true,
        wasmUrl: WASM,
        iccUrl: ICCS,
        isEvalSupported: false,
        // Raw pixel buffers, never ImageBitmaps (the Node defaults already, made explicit).
        isOffscreenCanvasSupported: false,
        isImageDecoderSupported: false,
        verbosity: 0,
      });
      this.#js = this.#task.promise;
    }
    return this.#js;
  }

  async pageCount(): Promise<number> {
    try {
      return (await this.lib()).getPageCount();
    } catch {
      return (await this.js()).numPages;
    }
  }

  async close(): Promise<void> {
    this.canvases.release();
    // Destroying the loading task also destroys its document (and stops a load in progress).
    await this.#task?.destroy().catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------------
// One page

/** What to do with a page, decided without decoding any image. */
type Plan =
  | { kind: 'jpeg'; bytes: Uint8Array; width: number; height: number; components: 1 | 3 | 4; dpi: number; rotation: Rotation }
  | { kind: 'decode'; drawnWidthPt: number; rotation: Rotation }
  | { kind: 'render'; reason: string }
  /** pdf-lib could not tell (encrypted file, unreadable content): ask pdf.js's operator list. */
  | { kind: 'probe'; reason: string };

async function pageImage(docs: Documents, page: number, renderDpi: number, signal: AbortSignal | undefined): Promise<PageImage> {
  const count = await docs.pageCount();
  if (!Number.isInteger(page) || page < 1 || page > count) {
    throw new Error(`page ${page} does not exist (the PDF has ${count} ${count === 1 ? 'page' : 'pages'})`);
  }
  const plan = await planPage(docs, page);
  if (plan.kind === 'jpeg') {
    const { bytes, width, height, components, dpi, rotation } = plan;
    return { page, source: 'jpeg', bytes, width, height, components, dpi, rotation };
  }
  signal?.throwIfAborted();
  let doc: PdfjsDocument;
  try {
    doc = await docs.js();
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw new Error(`the PDF is password-protected (${describeError(error)})`);
    throw new Error(`pdf.js cannot open the PDF (${describeError(error)})`);
  }
  const pdfPage = await doc.getPage(page);
  try {
    if (plan.kind !== 'render') {
      const decoded = await decodePageImage(pdfPage, plan);
      if (decoded) return { page, source: 'decoded', ...decoded };
      // Not one full-page image after all (or pdf.js sees it otherwise): render.
    }
    signal?.throwIfAborted();
    const { image, dpi } = await renderPage(doc, pdfPage, renderDpi, docs.canvases, signal);
    return { page, source: 'rendered', image, dpi, rotation: 0 };
  } finally {
    // Drops the page's decoded images and operator lists: one page at a time in memory.
    pdfPage.cleanup();
  }
}

async function planPage(docs: Documents, pageNumber: number): Promise<Plan> {
  let doc: PDFDocument;
  try {
    doc = await docs.lib();
  } catch (error) {
    return { kind: 'probe', reason: `pdf-lib cannot read the file (${describeError(error)})` };
  }
  try {
    const page = doc.getPage(pageNumber - 1);
    // Streams of an encrypted file are ciphertext to pdf-lib (it does not decrypt); its
    // dictionaries are in clear, annotations included.
    if (doc.isEncrypted) {
      if (hasVisibleAnnotations(page.node.Annots(), doc)) return { kind: 'render', reason: 'annotations drawn over the page' };
      return { kind: 'probe', reason: 'encrypted PDF' };
    }
    return classifyPage(doc, page);
  } catch (error) {
    return { kind: 'probe', reason: `pdf-lib cannot read the page (${describeError(error)})` };
  }
}

// ---------------------------------------------------------------------------------------------
// Classification with pdf-lib

/** PDF matrix [a b c d e f]: x' = a x + c y + e, y' = b x + d y + f. */
type Matrix = readonly [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m then n (PDF order: `cm` with m on CTM n gives m × n). */
function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface DrawnImage {
  /** null for an inline image (BI ... ID ... EI). */
  stream: PDFRawStream | null;
  ctm: Matrix;
}

interface Scan {
  images: DrawnImage[];
  /** Set when the scan gave up (too many images, visible text): the page is rendered. */
  stop: string | null;
}

function classifyPage(doc: PDFDocument, page: PDFPage): Plan {
  const node = page.node;
  // Read leniently, with pdf.js's defaults (pdf-lib's accessors throw on a missing MediaBox).
  const inherited = (key: string) => doc.context.lookup(node.getInheritableAttribute(PDFName.of(key)));
  const box = pageBox(inherited('MediaBox'), inherited('CropBox'));
  const rotateValue = inherited('Rotate');
  const rotate = normalizeRotation(rotateValue instanceof PDFNumber ? rotateValue.asNumber() : 0);
  if (hasVisibleAnnotations(node.Annots(), doc)) return { kind: 'render', reason: 'annotations drawn over the page' };

  const scan: Scan = { images: [], stop: null };
  scanContent(contentBytes(node.Contents(), doc), node.Resources(), IDENTITY, scan, 0, new Set());
  if (scan.stop) return { kind: 'render', reason: scan.stop };
  if (scan.images.length !== 1) return { kind: 'render', reason: 'no image' };
  const drawn = scan.images[0]!;
  const placement = imagePlacement(drawn.ctm, box, rotate);
  if (typeof placement === 'string') return { kind: 'render', reason: placement };
  if (!drawn.stream) return { kind: 'decode', ...placement };
  const jpeg = jpegOf(drawn.stream, doc);
  if (!jpeg) return { kind: 'decode', ...placement };
  return { kind: 'jpeg', ...jpeg, dpi: roundDpi(jpeg.width / (placement.drawnWidthPt / 72)), rotation: placement.rotation };
}

/** The visible page area: CropBox ∩ MediaBox (what viewers and pdf.js show), letter size when missing. */
function pageBox(media: PDFObject | undefined, crop: PDFObject | undefined): Box {
  const m = rect(media) ?? { x0: 0, y0: 0, x1: 612, y1: 792 };
  const c = rect(crop);
  if (!c) return m;
  const x0 = Math.max(m.x0, c.x0);
  const y0 = Math.max(m.y0, c.y0);
  const x1 = Math.min(m.x1, c.x1);
  const y1 = Math.min(m.y1, c.y1);
  return x1 > x0 && y1 > y0 ? { x0, y0, x1, y1 } : m;
}

function rect(array: PDFObject | undefined): Box | null {
  if (!(array instanceof PDFArray) || array.size() !== 4) return null;
  const v = [0, 1, 2, 3].map((k) => {
    const o = array.lookup(k);
    return o instanceof PDFNumber ? o.asNumber() : NaN;
  });
  if (!v.every(Number.isFinite)) return null;
  const [a, b, c, d] = v as [number, number, number, number];
  const box = { x0: Math.min(a, c), y0: Math.min(b, d), x1: Math.max(a, c), y1: Math.max(b, d) };
  return box.x1 > box.x0 && box.y1 > box.y0 ? box : null;
}

function normalizeRotation(degrees: number): Rotation {
  const r = (((Math.round(degrees / 90) * 90) % 360) + 360) % 360;
  return r as Rotation;
}

/**
 * Annotations with an appearance (a typed note, a stamp, a filled form field) are painted over
 * the page content: the page image alone would miss them. Links and popups draw nothing.
 */
function hasVisibleAnnotations(annots: PDFArray | undefined, doc: PDFDocument): boolean {
  if (!annots) return false;
  for (let i = 0; i < annots.size(); i++) {
    const annot = doc.context.lookup(annots.get(i));
    if (!(annot instanceof PDFDict)) continue;
    const subtype = annot.lookup(PDFName.of('Subtype'));
    if (subtype === PDFName.of('Link') || subtype === PDFName.of('Popup')) continue;
    const flags = annot.lookup(PDFName.of('F'));
    if (flags instanceof PDFNumber && (flags.asNumber() & 0b10) !== 0) continue; // Hidden
    if (annot.lookup(PDFName.of('AP')) instanceof PDFDict) return true;
  }
  return false;
}

/**
 * Where the image lands: it must cover most of the page box and be drawn axis-aligned and not
 * mirrored (a mirrored or skewed image is rendered, since returning its stored pixels would
 * hand the OCR a flipped or slanted page). Returns the reason when it does not qualify.
 */
function imagePlacement(ctm: Matrix, box: Box, rotate: Rotation): { drawnWidthPt: number; rotation: Rotation } | string {
  const [a, b, c, d, e, f] = ctm;
  const xs = [e, a + e, c + e, a + c + e];
  const ys = [f, b + f, d + f, b + d + f];
  const ix = Math.min(box.x1, Math.max(...xs)) - Math.max(box.x0, Math.min(...xs));
  const iy = Math.min(box.y1, Math.max(...ys)) - Math.max(box.y0, Math.min(...ys));
  const coverage = ix > 0 && iy > 0 ? (ix * iy) / ((box.x1 - box.x0) * (box.y1 - box.y0)) : 0;
  if (coverage < MIN_PAGE_COVERAGE) return `the image covers ${Math.round(coverage * 100)} % of the page`;
  const scale = Math.max(Math.abs(a), Math.abs(b), Math.abs(c), Math.abs(d));
  const tiny = scale * 1e-3;
  let angle: number; // counter-clockwise angle of the image's x axis on the page
  if (Math.abs(b) <= tiny && Math.abs(c) <= tiny) angle = a > 0 ? 0 : 180;
  else if (Math.abs(a) <= tiny && Math.abs(d) <= tiny) angle = b > 0 ? 90 : 270;
  else return 'the image is drawn skewed or at an angle';
  // The image's y axis must be its x axis turned counter-clockwise (det > 0): else mirrored.
  if (a * d - b * c <= 0) return 'the image is drawn mirrored';
  return { drawnWidthPt: Math.hypot(a, b), rotation: normalizeRotation(rotate - angle) };
}

function roundDpi(dpi: number): number {
  return Math.round(dpi * 100) / 100;
}

// Content streams --------------------------------------------------------------------------------

/** The page's content, its streams decoded and joined (a space between: they split at token boundaries). */
function contentBytes(contents: PDFObject | undefined, doc: PDFDocument): Uint8Array {
  const streams: PDFObject[] = [];
  const resolved = contents instanceof PDFRef ? doc.context.lookup(contents) : contents;
  if (resolved instanceof PDFArray) {
    for (let i = 0; i < resolved.size(); i++) streams.push(doc.context.lookup(resolved.get(i)) ?? resolved.get(i));
  } else if (resolved) {
    streams.push(resolved);
  }
  const parts = streams.map((s) => decodeStream(s));
  if (parts.length === 1) return parts[0]!;
  const total = parts.reduce((n, p) => n + p.length + 1, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    out[at + p.length] = 0x20;
    at += p.length + 1;
  }
  return out;
}

/** Decode a stream's whole filter chain (node:zlib for Flate, far faster than pdf-lib's JS inflate). */
function decodeStream(stream: PDFObject): Uint8Array {
  if (!(stream instanceof PDFRawStream)) throw new Error('content is not a stream');
  const filters = filterNames(stream.dict);
  if (filters.length === 0) return stream.contents;
  if (filters.length === 1 && filters[0] === 'FlateDecode' && !hasPredictor(stream.dict.lookup(PDFName.of('DecodeParms')))) {
    return inflate(stream.contents);
  }
  return decodePDFRawStream(stream).decode();
}

function inflate(bytes: Uint8Array): Uint8Array {
  try {
    return inflateSync(bytes);
  } catch {
    // Truncated or damaged stream: keep what inflates, as viewers do.
    return inflateSync(bytes, { finishFlush: zlibConstants.Z_SYNC_FLUSH });
  }
}

function hasPredictor(parms: PDFObject | undefined): boolean {
  if (!(parms instanceof PDFDict)) return false;
  const p = parms.lookup(PDFName.of('Predictor'));
  return p instanceof PDFNumber && p.asNumber() > 1;
}

function filterNames(dict: PDFDict): string[] {
  const filter = dict.lookup(PDFName.of('Filter'));
  if (filter instanceof PDFName) return [filter.decodeText()];
  if (filter instanceof PDFArray) {
    return filter.asArray().map((f) => {
      const name = dict.context.lookup(f);
      if (!(name instanceof PDFName)) throw new Error('malformed /Filter array');
      return name.decodeText();
    });
  }
  return [];
}

// Operator scan ----------------------------------------------------------------------------------

const Ch = {
  Percent: 0x25,
  LParen: 0x28,
  RParen: 0x29,
  Slash: 0x2f,
  Less: 0x3c,
  Greater: 0x3e,
  LBracket: 0x5b,
  RBracket: 0x5d,
  LBrace: 0x7b,
  RBrace: 0x7d,
  Backslash: 0x5c,
} as const;

/** PDF white-space (NUL, TAB, LF, FF, CR, SP). */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
}

function isDelimiter(c: number): boolean {
  return (
    c === Ch.LParen || c === Ch.RParen || c === Ch.Less || c === Ch.Greater || c === Ch.LBracket || c === Ch.RBracket ||
    c === Ch.LBrace || c === Ch.RBrace || c === Ch.Slash || c === Ch.Percent
  );
}

/** Text rendering modes that paint nothing: 3 (invisible, e.g. an OCR layer) and 7 (clip only). */
function isInvisibleTextMode(mode: number): boolean {
  return mode === 3 || mode === 7;
}

/**
 * Walk a content stream's operators, keeping only what the classification needs: the CTM
 * (q, Q, cm), images drawn (Do of an image, inline images), forms followed (Do of a form),
 * and whether any text is painted visibly (Tj/TJ/'/" outside render modes 3 and 7: an
 * invisible OCR layer over a scan does not make it a text page). Paths are ignored.
 * One pass over the bytes, operands kept only as numbers and names.
 */
function scanContent(bytes: Uint8Array, resources: PDFDict | undefined, baseCtm: Matrix, scan: Scan, depth: number, forms: Set<PDFRawStream>): void {
  let ctm = baseCtm;
  let textMode = 0;
  const stack: Array<{ ctm: Matrix; textMode: number }> = [];
  /** Operands since the last operator: numbers, names (as strings), null for anything else. */
  const operands: Array<number | string | null> = [];
  const n = bytes.length;
  let i = 0;
  while (i < n && !scan.stop) {
    const c = bytes[i]!;
    if (isSpace(c)) {
      i++;
    } else if (c === Ch.Percent) {
      while (i < n && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
    } else if (c === Ch.LParen) {
      i = skipString(bytes, i);
      operands.push(null);
    } else if (c === Ch.Less) {
      if (bytes[i + 1] === Ch.Less) {
        i += 2; // dictionary operand (BDC properties...): its entries are read as loose operands
      } else {
        while (i < n && bytes[i] !== Ch.Greater) i++;
        i++;
        operands.push(null);
      }
    } else if (c === Ch.Greater || c === Ch.LBracket || c === Ch.RBracket || c === Ch.LBrace || c === Ch.RBrace || c === Ch.RParen) {
      i++;
    } else if (c === Ch.Slash) {
      const start = ++i;
      while (i < n && !isSpace(bytes[i]!) && !isDelimiter(bytes[i]!)) i++;
      operands.push(decodeName(bytes, start, i));
    } else {
      const start = i;
      while (i < n && !isSpace(bytes[i]!) && !isDelimiter(bytes[i]!)) i++;
      const first = bytes[start]!;
      if ((first >= 0x30 && first <= 0x39) || first === 0x2d || first === 0x2b || first === 0x2e) {
        operands.push(Number(latin1(bytes, start, i)));
        continue;
      }
      const op = latin1(bytes, start, i);
      switch (op) {
        case 'q':
          stack.push({ ctm, textMode });
          break;
        case 'Q': {
          const top = stack.pop();
          if (top) ({ ctm, textMode } = top);
          break;
        }
        case 'cm': {
          const m = lastNumbers(operands, 6);
          if (m) ctm = multiply(m as unknown as Matrix, ctm);
          break;
        }
        case 'Tr': {
          const m = lastNumbers(operands, 1);
          if (m) textMode = m[0]!;
          break;
        }
        case 'Tj':
        case 'TJ':
        case "'":
        case '"':
          if (!isInvisibleTextMode(textMode)) scan.stop = 'the page paints text';
          break;
        case 'Do': {
          const name = operands[operands.length - 1];
          if (typeof name === 'string') drawXObject(name, resources, ctm, scan, depth, forms);
          break;
        }
        case 'BI':
          break;
        case 'ID':
          i = skipInlineImage(bytes, i);
          addImage(scan, { stream: null, ctm });
          break;
        case 'true':
        case 'false':
        case 'null':
          operands.push(null);
          continue;
        default:
          break;
      }
      operands.length = 0;
    }
  }
}

function addImage(scan: Scan, image: DrawnImage): void {
  scan.images.push(image);
  if (scan.images.length > 1) scan.stop = 'the page draws several images';
}

function drawXObject(name: string, resources: PDFDict | undefined, ctm: Matrix, scan: Scan, depth: number, forms: Set<PDFRawStream>): void {
  const xobjects = resources?.lookup(PDFName.of('XObject'));
  if (!(xobjects instanceof PDFDict)) return;
  const xobject = xobjects.lookup(PDFName.of(name));
  if (!(xobject instanceof PDFRawStream)) return;
  const subtype = xobject.dict.lookup(PDFName.of('Subtype'));
  if (subtype === PDFName.of('Image')) {
    addImage(scan, { stream: xobject, ctm });
  } else if (subtype === PDFName.of('Form')) {
    // Some producers wrap the scan in a form XObject: follow it, with its matrix and resources.
    if (depth >= MAX_FORM_DEPTH || forms.has(xobject)) {
      scan.stop = 'form XObjects nested too deep';
      return;
    }
    const matrix = xobject.dict.lookup(PDFName.of('Matrix'));
    const m = matrix instanceof PDFArray && matrix.size() === 6 ? matrix.asArray().map((o) => (o instanceof PDFNumber ? o.asNumber() : NaN)) : null;
    const formCtm = m && m.every(Number.isFinite) ? multiply(m as unknown as Matrix, ctm) : ctm;
    const own = xobject.dict.lookup(PDFName.of('Resources'));
    forms.add(xobject);
    scanContent(decodeStream(xobject), own instanceof PDFDict ? own : resources, formCtm, scan, depth + 1, forms);
    forms.delete(xobject);
  }
}

function lastNumbers(operands: Array<number | string | null>, count: number): number[] | null {
  if (operands.length < count) return null;
  const values = operands.slice(operands.length - count);
  return values.every((v): v is number => typeof v === 'number' && Number.isFinite(v)) ? values : null;
}

/** Index after a literal string starting at `start` (balanced parentheses, backslash escapes). */
function skipString(bytes: Uint8Array, start: number): number {
  let depth = 0;
  let i = start;
  while (i < bytes.length) {
    const c = bytes[i]!;
    if (c === Ch.Backslash) i += 2;
    else {
      if (c === Ch.LParen) depth++;
      else if (c === Ch.RParen && --depth === 0) return i + 1;
      i++;
    }
  }
  return i;
}

/** Index after the EI that ends inline image data starting after `ID` at `at`. */
function skipInlineImage(bytes: Uint8Array, at: number): number {
  let i = at + 1; // the single white-space byte after ID
  for (; i + 1 < bytes.length; i++) {
    if (
      bytes[i] === 0x45 && bytes[i + 1] === 0x49 && isSpace(bytes[i - 1]!) &&
      (i + 2 >= bytes.length || isSpace(bytes[i + 2]!) || isDelimiter(bytes[i + 2]!))
    ) {
      return i + 2;
    }
  }
  return bytes.length;
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

/** A name token without its slash, #xx escapes decoded (as pdf-lib keys names). */
function decodeName(bytes: Uint8Array, start: number, end: number): string {
  const raw = latin1(bytes, start, end);
  return raw.includes('#') ? raw.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : raw;
}

// JPEG -----------------------------------------------------------------------------------------

/** Color spaces whose JPEG samples mean what a JPEG reader thinks they mean. */
const PLAIN_COLOR_SPACES = new Set(['DeviceGray', 'DeviceRGB', 'DeviceCMYK', 'CalGray', 'CalRGB', 'ICCBased']);

/**
 * The JPEG of a DCTDecode image, or null when handing the bytes as is would misrepresent the
 * page: a /Decode array (inverted), a Separation/Indexed/Lab color space, a soft mask, a
 * /ColorTransform override, a 12-bit or arithmetic-coded JPEG (the OCR engine's libjpeg may
 * not read them). Those go through pdf.js instead.
 */
function jpegOf(image: PDFRawStream, doc: PDFDocument): { bytes: Uint8Array; width: number; height: number; components: 1 | 3 | 4 } | null {
  const dict = image.dict;
  const filters = filterNames(dict);
  if (filters[filters.length - 1] !== 'DCTDecode' && filters[filters.length - 1] !== 'DCT') return null;
  if (dict.lookup(PDFName.of('SMask')) || dict.lookup(PDFName.of('Mask'))) return null;
  if (dict.lookup(PDFName.of('ImageMask')) === PDFBool.True) return null;
  const decode = dict.lookup(PDFName.of('Decode'));
  if (decode instanceof PDFArray && decode.asArray().some((v, k) => !(v instanceof PDFNumber) || v.asNumber() !== (k % 2 === 0 ? 0 : 1))) return null;
  const cs = dict.lookup(PDFName.of('ColorSpace'));
  const family = cs instanceof PDFArray ? cs.lookup(0) : cs; // [/ICCBased stream], [/CalRGB dict]...
  if (cs !== undefined && !(family instanceof PDFName && PLAIN_COLOR_SPACES.has(family.decodeText()))) return null;
  const parmsAll = dict.lookup(PDFName.of('DecodeParms'));
  const parms = parmsAll instanceof PDFArray ? doc.context.lookup(parmsAll.get(filters.length - 1)) : parmsAll;
  if (parms instanceof PDFDict && parms.lookup(PDFName.of('ColorTransform'))) return null;

  let bytes = image.contents;
  if (filters.length > 1) {
    // Filters before DCTDecode (ASCII85 around a JPEG, say): undo them, and only them.
    const prefixParms = parmsAll instanceof PDFArray ? parmsAll.asArray().slice(0, filters.length - 1) : [];
    const prefix = doc.context.obj({});
    prefix.set(PDFName.of('Filter'), doc.context.obj(filters.slice(0, -1).map((f) => PDFName.of(f))));
    if (prefixParms.length) prefix.set(PDFName.of('DecodeParms'), doc.context.obj(prefixParms));
    bytes = decodeStream(PDFRawStream.of(prefix, bytes));
  }
  const header = jpegHeader(bytes);
  if (!header) return null;
  // A copy (new Uint8Array, not slice: on a Buffer input slice is a view into the caller's PDF).
  return { bytes: new Uint8Array(bytes), ...header };
}

/** Size and components from the JPEG's SOF marker; null unless an 8-bit Huffman JPEG (SOF0/1/2). */
export function jpegHeader(bytes: Uint8Array): { width: number; height: number; components: 1 | 3 | 4 } | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let i = 2;
  while (i + 3 < bytes.length) {
    if (bytes[i] !== 0xff) return null;
    const marker = bytes[i + 1]!;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // EOI or scan data before any SOF
    const length = (bytes[i + 2]! << 8) | bytes[i + 3]!;
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) {
      if (marker > 0xc2 || i + 9 >= bytes.length) return null;
      const precision = bytes[i + 4]!;
      const height = (bytes[i + 5]! << 8) | bytes[i + 6]!;
      const width = (bytes[i + 7]! << 8) | bytes[i + 8]!;
      const components = bytes[i + 9]!;
      if (precision !== 8 || width === 0 || height === 0) return null; // height 0: defined later by DNL
      if (components !== 1 && components !== 3 && components !== 4) return null;
      return { width, height, components };
    }
    i += 2 + length;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// pdf.js: decoded image and rendered page

type ImageKindValue = (typeof pdfjs.ImageKind)[keyof typeof pdfjs.ImageKind];

interface PdfjsImage {
  width: number;
  height: number;
  kind?: ImageKindValue;
  data?: Uint8Array | Uint8ClampedArray | null;
  bitmap?: unknown;
}

const TEXT_OPS = new Set<number>([pdfjs.OPS.showText, pdfjs.OPS.showSpacedText, pdfjs.OPS.nextLineShowText, pdfjs.OPS.nextLineSetSpacingShowText]);
const IMAGE_OPS = new Set<number>([pdfjs.OPS.paintImageXObject, pdfjs.OPS.paintImageMaskXObject, pdfjs.OPS.paintInlineImageXObject]);

/**
 * The page's one image from pdf.js, in gray; null when pdf.js's operator list does not show one
 * full-page image (then the caller renders). For a 'probe' plan this is also the classification:
 * the same CTM/text/coverage rules as the pdf-lib scan, on pdf.js's operators.
 */
async function decodePageImage(
  page: PdfjsPage,
  plan: Extract<Plan, { kind: 'decode' | 'probe' }>,
): Promise<{ image: GrayImage; dpi: number; rotation: Rotation } | null> {
  const ops = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
  const found = findImageOp(ops);
  if (!found) return null;
  let placement: { drawnWidthPt: number; rotation: Rotation };
  if (plan.kind === 'decode') {
    placement = plan;
  } else {
    const view = page.view as [number, number, number, number];
    const result = imagePlacement(found.ctm, { x0: view[0], y0: view[1], x1: view[2], y1: view[3] }, normalizeRotation(page.rotate));
    if (typeof result === 'string') return null;
    placement = result;
  }
  const { fn, args } = found;
  let img: PdfjsImage | null;
  if (fn === pdfjs.OPS.paintInlineImageXObject) {
    img = args[0] as PdfjsImage;
  } else {
    const id = fn === pdfjs.OPS.paintImageMaskXObject ? (args[0] as { data: string }).data : (args[0] as string);
    img = await pdfjsObject(page, id);
  }
  if (!img) throw new Error('pdf.js could not decode the page image');
  const image = imageToGray(img, fn === pdfjs.OPS.paintImageMaskXObject);
  return { image, dpi: roundDpi(image.width / (placement.drawnWidthPt / 72)), rotation: placement.rotation };
}

/** The single image-painting operator of the list, with its CTM; null if none, several, or visible text. */
function findImageOp(ops: { fnArray: number[]; argsArray: unknown[] }): { fn: number; args: unknown[]; ctm: Matrix } | null {
  let ctm: Matrix = IDENTITY;
  let textMode = 0;
  const stack: Array<{ ctm: Matrix; textMode: number }> = [];
  let found: { fn: number; args: unknown[]; ctm: Matrix } | null = null;
  for (let k = 0; k < ops.fnArray.length; k++) {
    const fn = ops.fnArray[k]!;
    const args = (ops.argsArray[k] ?? []) as unknown[];
    switch (fn) {
      case pdfjs.OPS.save:
        stack.push({ ctm, textMode });
        break;
      case pdfjs.OPS.restore: {
        const top = stack.pop();
        if (top) ({ ctm, textMode } = top);
        break;
      }
      case pdfjs.OPS.transform:
        ctm = multiply(Array.from(args as number[]) as unknown as Matrix, ctm);
        break;
      case pdfjs.OPS.paintFormXObjectBegin:
        stack.push({ ctm, textMode });
        if (args[0]) ctm = multiply(Array.from(args[0] as ArrayLike<number>) as unknown as Matrix, ctm);
        break;
      case pdfjs.OPS.paintFormXObjectEnd: {
        const top = stack.pop();
        if (top) ({ ctm, textMode } = top);
        break;
      }
      case pdfjs.OPS.setTextRenderingMode:
        textMode = args[0] as number;
        break;
      default:
        if (TEXT_OPS.has(fn)) {
          if (!isInvisibleTextMode(textMode)) return null;
        } else if (IMAGE_OPS.has(fn)) {
          if (found) return null;
          found = { fn, args, ctm };
        }
    }
  }
  return found;
}

/** An image object pdf.js's worker sent for the page (page.objs, or commonObjs when shared by pages). */
function pdfjsObject(page: PdfjsPage, id: string): Promise<PdfjsImage | null> {
  const store = id.startsWith('g_') ? page.commonObjs : page.objs;
  return new Promise((resolve) => {
    store.get(id, (data: unknown) => resolve((data ?? null) as PdfjsImage | null));
  });
}

/**
 * pdf.js image data to gray. GRAYSCALE_1BPP (and image masks): packed bits, rows padded to a
 * byte, 1 = white: pdf.js has already applied /Decode and BlackIs1, and a mask's 1 bits are
 * the unpainted (paper) ones. RGB_24BPP (also what 8-bit gray arrives as) and RGBA_32BPP
 * (alpha composited on white paper): BT.601 luma.
 */
function imageToGray(img: PdfjsImage, isMask = false): GrayImage {
  const { width, height } = img;
  if (img.bitmap || !img.data) throw new Error('pdf.js returned an ImageBitmap instead of pixel data');
  const src = img.data;
  const n = width * height;
  const out = new Uint8Array(n);
  const kind = isMask ? pdfjs.ImageKind.GRAYSCALE_1BPP : img.kind;
  if (kind === pdfjs.ImageKind.GRAYSCALE_1BPP) {
    const rowBytes = (width + 7) >> 3;
    if (src.length < rowBytes * height) throw new Error(`pdf.js image data too short (${src.length} bytes for ${width}x${height} at 1 bit)`);
    const fullBytes = width >> 3;
    for (let y = 0; y < height; y++) {
      let s = y * rowBytes;
      let d = y * width;
      for (let x = 0; x < fullBytes; x++, d += 8) {
        const byte = src[s++]!;
        out[d] = byte & 0x80 ? 255 : 0;
        out[d + 1] = byte & 0x40 ? 255 : 0;
        out[d + 2] = byte & 0x20 ? 255 : 0;
        out[d + 3] = byte & 0x10 ? 255 : 0;
        out[d + 4] = byte & 0x08 ? 255 : 0;
        out[d + 5] = byte & 0x04 ? 255 : 0;
        out[d + 6] = byte & 0x02 ? 255 : 0;
        out[d + 7] = byte & 0x01 ? 255 : 0;
      }
      const rest = width & 7;
      if (rest) {
        const byte = src[s]!;
        for (let b = 0; b < rest; b++) out[d + b] = byte & (0x80 >> b) ? 255 : 0;
      }
    }
  } else if (kind === pdfjs.ImageKind.RGB_24BPP) {
    if (src.length < n * 3) throw new Error(`pdf.js image data too short (${src.length} bytes for ${width}x${height} RGB)`);
    for (let i = 0, j = 0; i < n; i++, j += 3) {
      out[i] = (src[j]! * 19595 + src[j + 1]! * 38470 + src[j + 2]! * 7471 + 32768) >> 16;
    }
  } else if (kind === pdfjs.ImageKind.RGBA_32BPP) {
    if (src.length < n * 4) throw new Error(`pdf.js image data too short (${src.length} bytes for ${width}x${height} RGBA)`);
    rgbaToGray(src, out);
  } else {
    throw new Error(`unknown pdf.js image kind ${String(kind)}`);
  }
  return { width, height, data: out };
}

/**
 * BT.601 luma of RGBA pixels, alpha composited on white (integer weights summing to 65536).
 * Pure white pixels, most of a page, are recognised four bytes at a time.
 */
function rgbaToGray(src: Uint8Array | Uint8ClampedArray, out: Uint8Array): void {
  const words = src.byteOffset % 4 === 0 ? new Uint32Array(src.buffer, src.byteOffset, out.length) : null;
  for (let i = 0, j = 0; i < out.length; i++, j += 4) {
    if (words && words[i] === 0xffffffff) {
      out[i] = 255;
      continue;
    }
    const y = (src[j]! * 19595 + src[j + 1]! * 38470 + src[j + 2]! * 7471 + 32768) >> 16;
    const a = src[j + 3]!;
    out[i] = a === 255 ? y : (y * a + 255 * (255 - a) + 127) / 255;
  }
}

interface CanvasAndContext {
  canvas: { width: number; height: number; data?: () => Uint8Array };
  context: {
    fillStyle: string;
    setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
    fillRect(x: number, y: number, w: number, h: number): void;
    getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
  };
}

interface CanvasFactory {
  create(width: number, height: number): CanvasAndContext;
  destroy(canvasAndContext: CanvasAndContext): void;
}

/**
 * One canvas kept across pages of the same size: the first paint of a fresh 2480x3508 canvas
 * costs ~100-180 ms (the 35 MB are touched for the first time), a repaint ~3 ms.
 */
class CanvasCache {
  #current: { factory: CanvasFactory; cc: CanvasAndContext } | null = null;

  get(doc: PdfjsDocument, width: number, height: number): CanvasAndContext {
    const factory = (doc as unknown as { canvasFactory: CanvasFactory }).canvasFactory;
    const cur = this.#current;
    if (cur && cur.factory === factory && cur.cc.canvas.width === width && cur.cc.canvas.height === height) return cur.cc;
    this.release();
    const cc = factory.create(width, height);
    this.#current = { factory, cc };
    return cc;
  }

  release(): void {
    if (this.#current) this.#current.factory.destroy(this.#current.cc);
    this.#current = null;
  }
}

/** The page rendered by pdf.js on white at `dpi` (lowered to stay under maxPixels), in gray. */
async function renderPage(
  doc: PdfjsDocument,
  page: PdfjsPage,
  dpi: number,
  canvases: CanvasCache,
  signal: AbortSignal | undefined,
  maxPixels = MAX_RENDER_PIXELS,
): Promise<{ image: GrayImage; dpi: number }> {
  let viewport = page.getViewport({ scale: dpi / 72 });
  const pixels = viewport.width * viewport.height;
  if (pixels > maxPixels) {
    dpi = Math.floor(dpi * Math.sqrt(maxPixels / pixels));
    viewport = page.getViewport({ scale: dpi / 72 });
  }
  const width = Math.max(1, Math.round(viewport.width));
  const height = Math.max(1, Math.round(viewport.height));
  const cc = canvases.get(doc, width, height);
  let done = false;
  try {
    // White paper, opaque everywhere: pixels then need no alpha handling (and a reused
    // canvas is cleared of the previous page).
    cc.context.setTransform(1, 0, 0, 1, 0, 0);
    cc.context.fillStyle = '#ffffff';
    cc.context.fillRect(0, 0, width, height);
    const task = page.render({
      canvasContext: cc.context as never,
      canvas: cc.canvas as never,
      viewport,
      // Filled form fields and stamps are part of what a reader sees: paint them.
      annotationMode: pdfjs.AnnotationMode.ENABLE,
    });
    const cancel = () => task.cancel();
    signal?.addEventListener('abort', cancel, { once: true });
    try {
      await task.promise;
    } finally {
      signal?.removeEventListener('abort', cancel);
    }
    const data = new Uint8Array(width * height);
    rgbaToGray(canvasPixels(cc, width, height), data);
    done = true;
    return { image: { width, height, data }, dpi };
  } finally {
    // A cancelled or failed render may leave the canvas mid-draw (saved states): drop it.
    if (!done) canvases.release();
  }
}

/**
 * The canvas's RGBA pixels. @napi-rs/canvas's canvas.data() hands its buffer without the copy
 * and un-premultiplication getImageData does (~5 ms instead of ~80 ms at 2480x3508); it is
 * premultiplied RGBA, which equals straight RGBA here since every pixel is opaque. Used only
 * after checking, once, that it is RGBA in that order on this platform.
 */
function canvasPixels(cc: CanvasAndContext, width: number, height: number): Uint8Array | Uint8ClampedArray {
  if (rawCanvasIsRgba(cc) && typeof cc.canvas.data === 'function') {
    const raw = cc.canvas.data();
    if (raw.length === width * height * 4) return raw;
  }
  return cc.context.getImageData(0, 0, width, height).data;
}

let rawRgba: boolean | undefined;
function rawCanvasIsRgba(cc: CanvasAndContext): boolean {
  if (rawRgba === undefined) {
    rawRgba = false;
    try {
      const Canvas = cc.canvas.constructor as new (w: number, h: number) => CanvasAndContext['canvas'] & { getContext(t: '2d'): CanvasAndContext['context'] };
      const probe = new Canvas(2, 1);
      const ctx = probe.getContext('2d');
      ctx.fillStyle = '#ff0000';
      ctx.fillRect(0, 0, 1, 1);
      ctx.fillStyle = '#0000ff';
      ctx.fillRect(1, 0, 1, 1);
      const px = probe.data?.();
      rawRgba = !!px && px.length === 8 && [...px].join() === '255,0,0,255,0,0,255,255';
    } catch {
      rawRgba = false;
    }
  }
  return rawRgba;
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
