import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import jpeg from 'jpeg-js';
import { degrees, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFStream, StandardFonts, type PDFPage, type PDFRef } from 'pdf-lib';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jpegHeader, pageImages, toPgm, type GrayImage, type PageImage, type PageImageError } from '../../src/ingest/page-image.ts';

// Record every pdf.js loading task, to check that pdf.js is opened lazily and always destroyed.
const tasks = vi.hoisted(() => [] as Array<{ destroyed: boolean }>);
vi.mock('pdfjs-dist/legacy/build/pdf.mjs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('pdfjs-dist/legacy/build/pdf.mjs')>();
  return {
    ...actual,
    getDocument: (...args: Parameters<typeof actual.getDocument>) => {
      const task = actual.getDocument(...args);
      tasks.push(task);
      return task;
    },
  };
});

// pdf.js start-up (its worker module goes through the vite transform) can take seconds on a busy box.
vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  tasks.length = 0;
});

const G4_FIXTURE = fileURLToPath(new URL('../../fixtures/ccitt-g4.ts', import.meta.url));
const GRAY_JPEG_FIXTURE = fileURLToPath(new URL('../../fixtures/jpeg-gray.ts', import.meta.url));

const A4: [number, number] = [595.28, 841.89];

// ---------------------------------------------------------------------------------------------
// Pictures: white paper, one black square at a known place

interface Square {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** 8-bit gray, white with a black square; a soft gradient in the background when `gradient`. */
function squarePicture(width: number, height: number, sq: Square, gradient = false): Uint8Array {
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const inside = x >= sq.x0 && x < sq.x1 && y >= sq.y0 && y < sq.y1;
      data[y * width + x] = inside ? 0 : gradient ? 200 + ((x + y) % 56) : 255;
    }
  }
  return data;
}

/** Mean gray of a rectangle of an image. */
function mean(img: GrayImage, r: Square): number {
  let sum = 0;
  for (let y = r.y0; y < r.y1; y++) for (let x = r.x0; x < r.x1; x++) sum += img.data[y * img.width + x]!;
  return sum / ((r.x1 - r.x0) * (r.y1 - r.y0));
}

/**
 * Pixels that differ (a count, not a diff: vitest's deep equality walks a typed array element by
 * element and takes seconds on a page-sized image).
 */
function differing(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length) return Math.max(a.length, b.length);
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

/** The square shrunk by `m` pixels on each side (JPEG ringing, resampling at the edges). */
const inset = (s: Square, m: number): Square => ({ x0: s.x0 + m, y0: s.y0 + m, x1: s.x1 - m, y1: s.y1 - m });
/** Square scaled from one image size to another. */
const scaleSq = (s: Square, k: number): Square => ({ x0: Math.round(s.x0 * k), y0: Math.round(s.y0 * k), x1: Math.round(s.x1 * k), y1: Math.round(s.y1 * k) });

function rgbJpeg(gray: Uint8Array, width: number, height: number): Uint8Array {
  const rgba = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    rgba[i * 4] = gray[i]!;
    rgba[i * 4 + 1] = gray[i]!;
    rgba[i * 4 + 2] = gray[i]!;
    rgba[i * 4 + 3] = 255;
  }
  return new Uint8Array(jpeg.encode({ data: rgba, width, height }, 90).data);
}

async function grayJpeg(gray: Uint8Array, width: number, height: number): Promise<Uint8Array> {
  const { encodeGrayJpeg } = await import('../../fixtures/jpeg-gray.ts');
  return encodeGrayJpeg(gray, width, height, 90);
}

/** Pack 8-bit gray (< 128 = black) into 1-bit rows padded to a byte, 1 = white (DeviceGray 1 bpc). */
function pack1(gray: Uint8Array, width: number, height: number, blackIs1 = false): Uint8Array {
  const rowBytes = (width + 7) >> 3;
  const out = new Uint8Array(rowBytes * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const white = gray[y * width + x]! >= 128;
      if (white !== blackIs1) out[y * rowBytes + (x >> 3)]! |= 0x80 >> (x & 7);
    }
  }
  return out;
}

/** PNG-predicted rows (predictor 15): alternating Sub and Up filters, 1 byte per pixel. */
function pngPredict(gray: Uint8Array, width: number, height: number): Uint8Array {
  const out = new Uint8Array((width + 1) * height);
  for (let y = 0; y < height; y++) {
    const type = y % 2 === 0 ? 1 : 2;
    out[y * (width + 1)] = type;
    for (let x = 0; x < width; x++) {
      const v = gray[y * width + x]!;
      const left = x > 0 ? gray[y * width + x - 1]! : 0;
      const up = y > 0 ? gray[(y - 1) * width + x]! : 0;
      out[y * (width + 1) + 1 + x] = (v - (type === 1 ? left : up)) & 0xff;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// PDFs, built with pdf-lib and raw content streams (so every operator is the one under test)

function addContent(doc: PDFDocument, page: PDFPage, content: string): void {
  page.node.addContentStream(doc.context.register(doc.context.flateStream(content)));
}

function addImage(doc: PDFDocument, page: PDFPage, name: string, stream: PDFRawStream): PDFRef {
  const ref = doc.context.register(stream);
  page.node.setXObject(PDFName.of(name), ref);
  return ref;
}

/** An image XObject (raw stream, filter and parameters as given). */
function imageStream(doc: PDFDocument, contents: Uint8Array, dict: Record<string, unknown>, flate = false): PDFRawStream {
  const base = { Type: 'XObject', Subtype: 'Image', ...dict };
  return flate ? doc.context.flateStream(contents, base as never) : doc.context.stream(contents, base as never);
}

/** `q w 0 0 h x y cm /Im Do Q`: the image stretched over the rectangle. */
const drawFull = (name: string, [w, h]: [number, number], x = 0, y = 0) => `q ${w} 0 0 ${h} ${x} ${y} cm /${name} Do Q`;

interface PageSpec {
  build(doc: PDFDocument): Promise<void> | void;
}

async function pdfOf(...pages: PageSpec[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (const p of pages) await p.build(doc);
  return doc.save();
}

// Encryption with an empty user password (RC4 40-bit, standard security handler R2), as
// "protected against modification" PDFs are: anyone opens them, but pdf-lib sees ciphertext.
const PAD = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08,
  0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);
const md5 = (...parts: Uint8Array[]) => new Uint8Array(createHash('md5').update(Buffer.concat(parts)).digest());
function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const S = Uint8Array.from({ length: 256 }, (_, k) => k);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + S[i]! + key[i % key.length]!) & 0xff;
    [S[i], S[j]] = [S[j]!, S[i]!];
  }
  const out = new Uint8Array(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 0xff;
    j = (j + S[i]!) & 0xff;
    [S[i], S[j]] = [S[j]!, S[i]!];
    out[k] = data[k]! ^ S[(S[i]! + S[j]!) & 0xff]!;
  }
  return out;
}
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

async function encryptedPdfOf(...pages: PageSpec[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  for (const p of pages) await p.build(doc);
  await doc.flush(); // embed the images and fonts now, so that every stream exists below
  const P = -44;
  const pBytes = new Uint8Array(new Int32Array([P]).buffer);
  const id = md5(new TextEncoder().encode('page-image test'));
  const O = rc4(md5(PAD).subarray(0, 5), PAD);
  const key = md5(PAD, O, pBytes, id).subarray(0, 5);
  for (const [ref, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFStream)) continue;
    const n = ref.objectNumber;
    const g = ref.generationNumber;
    const objKey = md5(key, Uint8Array.from([n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, g & 0xff, (g >> 8) & 0xff])).subarray(0, 10);
    doc.context.assign(ref, PDFRawStream.of(obj.dict, rc4(objKey, obj.getContents())));
  }
  const encrypt = doc.context.obj({ Filter: 'Standard', V: 1, R: 2, Length: 40, P });
  encrypt.set(PDFName.of('O'), PDFHexString.of(hex(O)));
  encrypt.set(PDFName.of('U'), PDFHexString.of(hex(rc4(key, PAD))));
  doc.context.trailerInfo.Encrypt = doc.context.register(encrypt);
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(hex(id)), PDFHexString.of(hex(id))]);
  // No object streams: they would be written after the pass above, unencrypted.
  return doc.save({ useObjectStreams: false });
}

async function collect(pdf: Uint8Array, pages: number[], options?: Parameters<typeof pageImages>[2]): Promise<Array<PageImage | PageImageError>> {
  const out: Array<PageImage | PageImageError> = [];
  for await (const item of pageImages(pdf, pages, options)) out.push(item);
  return out;
}

async function one(pdf: Uint8Array, options?: Parameters<typeof pageImages>[2]): Promise<PageImage> {
  const [item] = await collect(pdf, [1], options);
  if (!item || 'error' in item) throw new Error(`expected an image, got ${JSON.stringify(item)}`);
  return item;
}

function grayOf(item: PageImage): GrayImage {
  if (item.source === 'jpeg') throw new Error('expected a gray image, got a JPEG');
  return item.image;
}

// Page recipes -----------------------------------------------------------------------------------

const IMG_W = 310;
const IMG_H = 438; // ~37.5 dpi over A4: small and fast, same shape as a scan
const SQ: Square = { x0: 60, y0: 80, x1: 140, y1: 150 };

/** A full-page JPEG drawn by pdf-lib's drawImage (several cm operators). */
const jpegPage = (bytes: () => Promise<Uint8Array>, size = A4, rotate = 0): PageSpec => ({
  async build(doc) {
    const page = doc.addPage(size);
    const img = await doc.embedJpg(await bytes());
    page.drawImage(img, { x: 0, y: 0, width: size[0], height: size[1] });
    if (rotate) page.setRotation(degrees(rotate));
  },
});

const textPage = (size = A4, rotate = 0): PageSpec => ({
  async build(doc) {
    const page = doc.addPage(size);
    const font = await doc.embedFont(StandardFonts.Helvetica);
    page.drawText('Séance du conseil municipal du 12 mars 2024', { x: 40, y: size[1] - 60, size: 14, font });
    page.drawRectangle({ x: 40, y: size[1] - 200, width: 100, height: 100 });
    if (rotate) page.setRotation(degrees(rotate));
  },
});

const flateGrayPage = (gray: Uint8Array, w: number, h: number): PageSpec => ({
  build(doc) {
    const page = doc.addPage(A4);
    addImage(
      doc,
      page,
      'Im0',
      imageStream(
        doc,
        pngPredict(gray, w, h),
        { Width: w, Height: h, ColorSpace: 'DeviceGray', BitsPerComponent: 8, DecodeParms: { Predictor: 15, Colors: 1, BitsPerComponent: 8, Columns: w } },
        true,
      ),
    );
    addContent(doc, page, drawFull('Im0', A4));
  },
});

const flate1BitPage = (gray: Uint8Array, w: number, h: number, invertWithDecode = false): PageSpec => ({
  build(doc) {
    const page = doc.addPage(A4);
    const extra = invertWithDecode ? { Decode: [1, 0] } : {};
    addImage(doc, page, 'Im0', imageStream(doc, pack1(gray, w, h, invertWithDecode), { Width: w, Height: h, ColorSpace: 'DeviceGray', BitsPerComponent: 1, ...extra }, true));
    addContent(doc, page, drawFull('Im0', A4));
  },
});

const g4Page = (g4: Uint8Array, w: number, h: number, parms: { blackIs1?: boolean; decode?: boolean } = {}): PageSpec => ({
  build(doc) {
    const page = doc.addPage(A4);
    const decodeParms: Record<string, unknown> = { K: -1, Columns: w, Rows: h };
    if (parms.blackIs1) decodeParms['BlackIs1'] = true;
    const extra = parms.decode ? { Decode: [1, 0] } : {};
    addImage(doc, page, 'Im0', imageStream(doc, g4, { Width: w, Height: h, ColorSpace: 'DeviceGray', BitsPerComponent: 1, Filter: 'CCITTFaxDecode', DecodeParms: decodeParms, ...extra }));
    addContent(doc, page, drawFull('Im0', A4));
  },
});

async function g4Bits(gray: Uint8Array, w: number, h: number): Promise<Uint8Array> {
  const { encodeG4 } = await import('../../fixtures/ccitt-g4.ts');
  return encodeG4(gray.map((v) => (v < 128 ? 1 : 0)), w, h);
}

// ---------------------------------------------------------------------------------------------

describe('JPEG path: the page is one full-page JPEG', () => {
  const picture = squarePicture(IMG_W, IMG_H, SQ);

  it.skipIf(!existsSync(GRAY_JPEG_FIXTURE))('gray JPEG: raw bytes, size and 1 component from the SOF, dpi from the page width; pdf.js not loaded', async () => {
    const bytes = await grayJpeg(picture, IMG_W, IMG_H);
    const pdf = await pdfOf(jpegPage(async () => bytes));
    const t0 = performance.now();
    const item = await one(pdf);
    const ms = performance.now() - t0;
    expect(item).toMatchObject({ page: 1, source: 'jpeg', width: IMG_W, height: IMG_H, components: 1, rotation: 0 });
    if (item.source !== 'jpeg') throw new Error('unreachable');
    expect(differing(item.bytes, bytes)).toBe(0);
    expect(item.dpi).toBeCloseTo(IMG_W / (A4[0] / 72), 1);
    expect(tasks).toHaveLength(0); // the JPEG path never opens pdf.js
    expect(ms).toBeLessThan(500);
  });

  it('RGB JPEG: 3 components, bytes untouched (a copy, not a view of the PDF)', async () => {
    const bytes = rgbJpeg(picture, IMG_W, IMG_H);
    const pdf = await pdfOf(jpegPage(async () => bytes));
    const item = await one(pdf);
    expect(item).toMatchObject({ source: 'jpeg', width: IMG_W, height: IMG_H, components: 3 });
    if (item.source !== 'jpeg') throw new Error('unreachable');
    expect(differing(item.bytes, bytes)).toBe(0);
    expect(item.bytes.buffer).not.toBe(pdf.buffer);
  });

  it('an invisible OCR text layer (Tr 3) over the scan does not prevent the JPEG path; visible text does', async () => {
    const bytes = rgbJpeg(picture, IMG_W, IMG_H);
    const withText = (mode: number): PageSpec => ({
      async build(doc) {
        const page = doc.addPage(A4);
        const img = await doc.embedJpg(bytes);
        page.node.setXObject(PDFName.of('Im0'), img.ref);
        const font = await doc.embedFont(StandardFonts.Helvetica);
        page.node.setFontDictionary(PDFName.of('F1'), font.ref);
        addContent(doc, page, `${drawFull('Im0', A4)} BT /F1 12 Tf ${mode} Tr 72 700 Td (D\\351lib\\351ration \\(n\\260 12\\)) Tj ET`);
      },
    });
    const [invisible, visible] = await collect(await pdfOf(withText(3), withText(0)), [1, 2], { renderDpi: 50 });
    expect(invisible).toMatchObject({ page: 1, source: 'jpeg' });
    expect(visible).toMatchObject({ page: 2, source: 'rendered' });
  });

  it('an annotation with an appearance (a stamp, a typed note) over the scan sends the page to rendering; a link does not', async () => {
    const bytes = rgbJpeg(picture, IMG_W, IMG_H);
    const annotated = (subtype: string): PageSpec => ({
      async build(doc) {
        await jpegPage(async () => bytes).build(doc);
        const page = doc.getPage(doc.getPageCount() - 1);
        const ap = doc.context.register(doc.context.flateStream('0 g 10 10 80 30 re f', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 100, 50] } as never));
        const annot = doc.context.obj({ Type: 'Annot', Subtype: subtype, Rect: [300, 300, 400, 350], F: 4 });
        annot.set(PDFName.of('AP'), doc.context.obj({ N: ap }));
        page.node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(annot)]));
      },
    });
    const items = await collect(await pdfOf(annotated('Stamp'), annotated('Link')), [1, 2], { renderDpi: 72 });
    expect(items.map((i) => ('error' in i ? i.error : i.source))).toEqual(['rendered', 'jpeg']);
    // The stamp's black box is on the rendered page (Rect 300..400 x 300..350, y from the bottom).
    const img = grayOf(items[0] as PageImage);
    expect(mean(img, { x0: 315, y0: Math.round(A4[1] - 335), x1: 385, y1: Math.round(A4[1] - 315) })).toBeLessThan(30);
  });

  it('an image wrapped in a form XObject, inside q/Q, still counts', async () => {
    const bytes = rgbJpeg(picture, IMG_W, IMG_H);
    const pdf = await pdfOf({
      async build(doc) {
        const page = doc.addPage(A4);
        const img = await doc.embedJpg(bytes);
        const form = doc.context.flateStream(drawFull('Im0', A4), {
          Type: 'XObject',
          Subtype: 'Form',
          BBox: [0, 0, A4[0], A4[1]],
          Resources: { XObject: { Im0: img.ref } },
        } as never);
        addImage(doc, page, 'Fm0', form);
        addContent(doc, page, 'q 1 0 0 1 0 0 cm /Fm0 Do Q');
      },
    });
    expect(await one(pdf)).toMatchObject({ source: 'jpeg', components: 3 });
  });

  it('a JPEG with /Decode [1 0] (inverted) is decoded by pdf.js instead, with the inversion applied', async () => {
    const bytes = rgbJpeg(picture, IMG_W, IMG_H);
    const pdf = await pdfOf({
      build(doc) {
        const page = doc.addPage(A4);
        addImage(doc, page, 'Im0', imageStream(doc, bytes, { Width: IMG_W, Height: IMG_H, ColorSpace: 'DeviceRGB', BitsPerComponent: 8, Filter: 'DCTDecode', Decode: [1, 0, 1, 0, 1, 0] }));
        addContent(doc, page, drawFull('Im0', A4));
      },
    });
    const item = await one(pdf);
    expect(item.source).toBe('decoded');
    const img = grayOf(item);
    expect(mean(img, inset(SQ, 6))).toBeGreaterThan(200); // the black square, inverted
    expect(mean(img, { x0: 200, y0: 250, x1: 300, y1: 400 })).toBeLessThan(50);
  });
});

describe('decoded path: one full-page image in another encoding', () => {
  it('Flate 8-bit gray with a PNG predictor: exact pixels, dpi from the drawn width', async () => {
    const picture = squarePicture(IMG_W, IMG_H, SQ, true);
    const item = await one(await pdfOf(flateGrayPage(picture, IMG_W, IMG_H)));
    expect(item).toMatchObject({ page: 1, source: 'decoded', rotation: 0 });
    const img = grayOf(item);
    expect([img.width, img.height]).toEqual([IMG_W, IMG_H]);
    expect(differing(img.data, picture)).toBe(0);
    expect(item.dpi).toBeCloseTo(IMG_W / (A4[0] / 72), 1);
  });

  it('Flate 1-bit (width not a multiple of 8): exact pixels, black reads 0', async () => {
    const w = 203;
    const h = 287;
    const sq = { x0: 13, y0: 20, x1: 90, y1: 77 };
    const picture = squarePicture(w, h, sq);
    const img = grayOf(await one(await pdfOf(flate1BitPage(picture, w, h))));
    expect([img.width, img.height]).toEqual([w, h]);
    expect(differing(img.data, picture)).toBe(0);
  });

  it('Flate 1-bit stored inverted with /Decode [1 0]: pdf.js applies the Decode, same picture', async () => {
    const w = 203;
    const h = 287;
    const sq = { x0: 13, y0: 20, x1: 90, y1: 77 };
    const picture = squarePicture(w, h, sq);
    const img = grayOf(await one(await pdfOf(flate1BitPage(picture, w, h, true))));
    expect(differing(img.data, picture)).toBe(0);
  });

  it('an image mask (/ImageMask true) reads black where painted', async () => {
    const w = 160;
    const h = 226;
    const sq = { x0: 10, y0: 10, x1: 50, y1: 40 };
    const picture = squarePicture(w, h, sq);
    const pdf = await pdfOf({
      build(doc) {
        const page = doc.addPage(A4);
        // Mask samples: 0 = paint with the fill colour (black), 1 = leave the paper.
        addImage(doc, page, 'Im0', imageStream(doc, pack1(picture, w, h), { Width: w, Height: h, ImageMask: true, BitsPerComponent: 1 }, true));
        addContent(doc, page, `0 g ${drawFull('Im0', A4)}`);
      },
    });
    const img = grayOf(await one(pdf));
    expect(differing(img.data, picture)).toBe(0);
  });

  it('a small inline image (BI ... ID ... EI) covering the page: decoded, exact pixels', async () => {
    const w = 60;
    const h = 85;
    const sq = { x0: 5, y0: 10, x1: 25, y1: 30 };
    const picture = squarePicture(w, h, sq, true);
    const pdf = await pdfOf({
      build(doc) {
        const page = doc.addPage(A4);
        addContent(doc, page, `q ${A4[0]} 0 0 ${A4[1]} 0 0 cm BI /W ${w} /H ${h} /CS /G /BPC 8 /F /AHx ID\n${Buffer.from(picture).toString('hex')}>\nEI Q`);
      },
    });
    const item = await one(pdf);
    expect(item.source).toBe('decoded');
    expect(differing(grayOf(item).data, picture)).toBe(0);
  });

  describe.skipIf(!existsSync(G4_FIXTURE))('CCITT G4 (fixtures/ccitt-g4.ts)', () => {
    const w = 620;
    const h = 877;
    const sq = { x0: 100, y0: 150, x1: 300, y1: 260 };
    const picture = squarePicture(w, h, sq);

    it('default BlackIs1 false: exact pixels, the black square reads black', async () => {
      const g4 = await g4Bits(picture, w, h);
      const item = await one(await pdfOf(g4Page(g4, w, h)));
      expect(item.source).toBe('decoded');
      const img = grayOf(item);
      expect(differing(img.data, picture)).toBe(0);
      expect(item.dpi).toBeCloseTo(w / (A4[0] / 72), 1);
    });

    it('BlackIs1 true with /Decode [1 0]: the black square still reads black', async () => {
      const g4 = await g4Bits(picture, w, h);
      const img = grayOf(await one(await pdfOf(g4Page(g4, w, h, { blackIs1: true, decode: true }))));
      expect(differing(img.data, picture)).toBe(0);
    });

    it('BlackIs1 true alone: inverted, as every viewer shows it (pdf.js applies BlackIs1)', async () => {
      const g4 = await g4Bits(picture, w, h);
      const img = grayOf(await one(await pdfOf(g4Page(g4, w, h, { blackIs1: true }))));
      expect(mean(img, sq)).toBe(255);
      expect(mean(img, { x0: 400, y0: 400, x1: 600, y1: 800 })).toBe(0);
    });
  });
});

describe('rendered path', () => {
  it('a text page without image: rendered at renderDpi, upright, text and drawing dark, paper white', async () => {
    const item = await one(await pdfOf(textPage()), { renderDpi: 100 });
    expect(item).toMatchObject({ page: 1, source: 'rendered', dpi: 100, rotation: 0 });
    const img = grayOf(item);
    expect([img.width, img.height]).toEqual([Math.round((A4[0] * 100) / 72), Math.round((A4[1] * 100) / 72)]);
    const k = 100 / 72;
    // The black rectangle at (40, top-200) .. (140, top-100) in points, y from the top.
    expect(mean(img, inset(scaleSq({ x0: 40, y0: 100, x1: 140, y1: 200 }, k), 3))).toBeLessThan(10);
    expect(mean(img, inset(scaleSq({ x0: 300, y0: 400, x1: 500, y1: 700 }, k), 0))).toBe(255);
    // The text line (baseline 60 pt from the top, 14 pt): some dark pixels.
    const line = img.data.subarray(Math.round(48 * k) * img.width, Math.round(60 * k) * img.width);
    expect(line.some((v) => v < 80)).toBe(true);
  });

  it('default renderDpi is 300', async () => {
    const item = await one(await pdfOf(textPage([200, 100])));
    expect(item).toMatchObject({ source: 'rendered', dpi: 300 });
    expect([grayOf(item).width, grayOf(item).height]).toEqual([Math.round((200 * 300) / 72), Math.round((100 * 300) / 72)]);
  });

  it('a JPEG covering a quarter of the page plus text is rendered, the image where it was drawn', async () => {
    const picture = squarePicture(IMG_W, IMG_H, SQ);
    const bytes = rgbJpeg(picture, IMG_W, IMG_H);
    const pdf = await pdfOf({
      async build(doc) {
        const page = doc.addPage(A4);
        const img = await doc.embedJpg(bytes);
        // Top-left quarter of the page.
        page.drawImage(img, { x: 0, y: A4[1] / 2, width: A4[0] / 2, height: A4[1] / 2 });
        page.drawText('Le maire', { x: 320, y: 100, size: 20 });
      },
    });
    const item = await one(pdf, { renderDpi: 75 });
    expect(item.source).toBe('rendered');
    const img = grayOf(item);
    // The image is drawn at half its full-page size: its square lands at half the coordinates (×75/37.5 dpi).
    const k = (A4[0] / 2 / IMG_W) * (75 / 72);
    expect(mean(img, inset(scaleSq(SQ, k), 3))).toBeLessThan(30);
    expect(mean(img, inset(scaleSq({ x0: 200, y0: 250, x1: 300, y1: 400 }, k), 0))).toBeGreaterThan(230);
  });

  it('a full-page image plus a second image is rendered', async () => {
    const picture = squarePicture(IMG_W, IMG_H, SQ);
    const bytes = rgbJpeg(picture, IMG_W, IMG_H);
    const pdf = await pdfOf({
      async build(doc) {
        const page = doc.addPage(A4);
        const img = await doc.embedJpg(bytes);
        page.drawImage(img, { x: 0, y: 0, width: A4[0], height: A4[1] });
        page.drawImage(img, { x: 10, y: 10, width: 50, height: 50 });
      },
    });
    expect((await one(pdf, { renderDpi: 40 })).source).toBe('rendered');
  });

  it('a page rendered with a huge MediaBox has its dpi lowered to stay within the pixel cap', async () => {
    const item = await one(await pdfOf(textPage([14400, 14400])), { renderDpi: 300 });
    expect(item.source).toBe('rendered');
    const img = grayOf(item);
    expect(img.width * img.height).toBeLessThanOrEqual(40_000_000);
    expect(item.dpi).toBeLessThan(300);
    expect(img.width).toBe(Math.round((14400 * item.dpi) / 72));
  });
});

describe('orientation', () => {
  const picture = squarePicture(IMG_W, IMG_H, SQ);

  it('a landscape text page renders landscape; /Rotate 90 on a portrait page renders landscape too', async () => {
    const [landscape, rotated] = await collect(await pdfOf(textPage([A4[1], A4[0]]), textPage(A4, 90)), [1, 2], { renderDpi: 50 });
    for (const item of [landscape, rotated]) {
      if (!item || 'error' in item) throw new Error('expected images');
      const img = grayOf(item);
      expect(img.width).toBeGreaterThan(img.height);
      expect(item.rotation).toBe(0);
    }
    // Rotated 90° clockwise: the black rectangle near the portrait page's top-left is now near the top-right.
    const img = grayOf(rotated as PageImage);
    const k = 50 / 72;
    expect(mean(img, inset(scaleSq({ x0: A4[1] - 200, y0: 40, x1: A4[1] - 100, y1: 140 }, k), 3))).toBeLessThan(10);
  });

  it('JPEG on a page with /Rotate 90: returned as stored, rotation 90', async () => {
    const bytes = rgbJpeg(picture, IMG_W, IMG_H);
    const item = await one(await pdfOf(jpegPage(async () => bytes, A4, 90)));
    expect(item).toMatchObject({ source: 'jpeg', width: IMG_W, height: IMG_H, rotation: 90 });
  });

  it('a portrait scan drawn turned a quarter on a landscape page: as stored, rotation 270, dpi along the image width', async () => {
    // Image x axis up the page (b > 0), y axis leftwards: the stored top row lies on the page's left edge.
    const [W, H] = [A4[1], A4[0]];
    const gray = squarePicture(IMG_W, IMG_H, SQ, true);
    const pdf = await pdfOf({
      build(doc) {
        const page = doc.addPage([W, H]);
        addImage(
          doc,
          page,
          'Im0',
          imageStream(doc, pngPredict(gray, IMG_W, IMG_H), { Width: IMG_W, Height: IMG_H, ColorSpace: 'DeviceGray', BitsPerComponent: 8, DecodeParms: { Predictor: 15, Columns: IMG_W } }, true),
        );
        addContent(doc, page, `q 0 ${H} ${-W} 0 ${W} 0 cm /Im0 Do Q`);
      },
    });
    const item = await one(pdf);
    expect(item).toMatchObject({ source: 'decoded', rotation: 270 });
    expect(differing(grayOf(item).data, gray)).toBe(0);
    expect(item.dpi).toBeCloseTo(IMG_W / (H / 72), 1);
  });

  it('a mirrored image is rendered rather than returned flipped', async () => {
    const gray = squarePicture(IMG_W, IMG_H, SQ);
    const pdf = await pdfOf({
      build(doc) {
        const page = doc.addPage(A4);
        addImage(doc, page, 'Im0', imageStream(doc, gray, { Width: IMG_W, Height: IMG_H, ColorSpace: 'DeviceGray', BitsPerComponent: 8 }, true));
        addContent(doc, page, `q ${A4[0]} 0 0 ${-A4[1]} 0 ${A4[1]} cm /Im0 Do Q`);
      },
    });
    const item = await one(pdf, { renderDpi: 37.5 * (72 / 72) });
    expect(item.source).toBe('rendered');
    // Flipped vertically: the square (near the stored top) now near the bottom of the page.
    const img = grayOf(item);
    const k = img.width / IMG_W;
    expect(mean(img, inset(scaleSq({ x0: SQ.x0, y0: IMG_H - SQ.y1, x1: SQ.x1, y1: IMG_H - SQ.y0 }, k), 4))).toBeLessThan(30);
  });
});

describe('several pages, errors, lifetime', () => {
  const picture = squarePicture(IMG_W, IMG_H, SQ);

  async function mixed(): Promise<Uint8Array> {
    const bytes = rgbJpeg(picture, IMG_W, IMG_H);
    return pdfOf(jpegPage(async () => bytes), flate1BitPage(picture, IMG_W, IMG_H), textPage());
  }

  it('mixed 3-page PDF: each page takes its own path, in the order asked; a missing page yields an error and the rest go on', async () => {
    const items = await collect(await mixed(), [3, 1, 7, 2, 0], { renderDpi: 50 });
    expect(items.map((i) => ('error' in i ? `${i.page}:error` : `${i.page}:${i.source}`))).toEqual(['3:rendered', '1:jpeg', '7:error', '2:decoded', '0:error']);
    expect((items[2] as PageImageError).error).toMatch(/page 7 does not exist \(the PDF has 3 pages\)/);
    expect(tasks).toHaveLength(1); // pdf.js opened once
    expect(tasks[0]!.destroyed).toBe(true);
  });

  it('stopping early destroys the pdf.js document', async () => {
    const pdf = await mixed();
    for await (const item of pageImages(pdf, [2, 3], { renderDpi: 50 })) {
      expect(item).toMatchObject({ page: 2, source: 'decoded' });
      break;
    }
    expect(tasks).toHaveLength(1);
    expect(tasks[0]!.destroyed).toBe(true);
  });

  it('accepts a Buffer (as readFile returns) and leaves it intact', async () => {
    const pdf = Buffer.from(await mixed());
    const before = Buffer.from(pdf);
    const items = await collect(pdf, [1, 2], { renderDpi: 50 });
    expect(items.map((i) => ('error' in i ? i.error : i.source))).toEqual(['jpeg', 'decoded']);
    expect(pdf.equals(before)).toBe(true);
  });

  it('encrypted with an empty user password: pdf-lib cannot read the streams, pdf.js classifies and decodes', async () => {
    const bytes = rgbJpeg(picture, IMG_W, IMG_H);
    const pdf = await encryptedPdfOf(jpegPage(async () => bytes, A4, 90), flate1BitPage(picture, IMG_W, IMG_H), textPage());
    expect((await PDFDocument.load(pdf, { ignoreEncryption: true })).isEncrypted).toBe(true);
    const items = await collect(pdf, [1, 2, 3], { renderDpi: 50 });
    expect(items.map((i) => ('error' in i ? i.error : i.source))).toEqual(['decoded', 'decoded', 'rendered']);
    const [jpg, bits] = items as PageImage[];
    // The JPEG, decoded by pdf.js: the square dark, the paper light; /Rotate still reported.
    expect(jpg).toMatchObject({ rotation: 90 });
    expect(jpg!.dpi).toBeCloseTo(IMG_W / (A4[0] / 72), 1);
    expect(mean(grayOf(jpg!), inset(SQ, 6))).toBeLessThan(30);
    expect(mean(grayOf(jpg!), { x0: 200, y0: 250, x1: 300, y1: 400 })).toBeGreaterThan(230);
    expect(differing(grayOf(bits!).data, picture)).toBe(0);
  });

  it('a password-protected PDF yields an error per page', async () => {
    const { readFileSync } = await import('node:fs');
    const pdf = readFileSync(fileURLToPath(new URL('../../fixtures/bad/encrypted.pdf', import.meta.url)));
    const items = await collect(pdf, [1]);
    expect(items).toEqual([{ page: 1, error: expect.stringMatching(/password/i) }]);
  });

  it('not a PDF: every page yields a readable error', async () => {
    const items = await collect(new TextEncoder().encode('%PDF-1.4\nthis is not a pdf at all\n'), [1, 2]);
    expect(items).toHaveLength(2);
    for (const [k, item] of items.entries()) {
      expect(item).toMatchObject({ page: k + 1 });
      expect((item as PageImageError).error).toMatch(/\w/);
    }
  });

  it('an aborted signal stops the iteration with its reason', async () => {
    const pdf = await mixed();
    const controller = new AbortController();
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const item of pageImages(pdf, [1, 2, 3], { signal: controller.signal, renderDpi: 50 })) {
          seen.push(item.page);
          controller.abort(new Error('stop'));
        }
      })(),
    ).rejects.toThrow('stop');
    expect(seen).toEqual([1]);
  });

  it('rejects a bad renderDpi', async () => {
    await expect(collect(await mixed(), [1], { renderDpi: 0 })).rejects.toThrow(RangeError);
  });
});

describe('helpers', () => {
  it('toPgm writes a P5 header then the pixels', () => {
    const pgm = toPgm({ width: 3, height: 2, data: Uint8Array.from([0, 128, 255, 1, 2, 3]) });
    expect(new TextDecoder().decode(pgm.subarray(0, 11))).toBe('P5\n3 2\n255\n');
    expect(Array.from(pgm.subarray(11))).toEqual([0, 128, 255, 1, 2, 3]);
    expect(() => toPgm({ width: 3, height: 3, data: new Uint8Array(6) })).toThrow(RangeError);
  });

  it('jpegHeader reads the SOF and refuses what the OCR engine may not read', () => {
    const rgb = rgbJpeg(squarePicture(17, 9, { x0: 0, y0: 0, x1: 1, y1: 1 }), 17, 9);
    expect(jpegHeader(rgb)).toEqual({ width: 17, height: 9, components: 3 });
    // The same bytes with the SOF0 marker changed to SOF9 (arithmetic coding): refused.
    const arith = rgb.slice();
    const at = arith.findIndex((b, i) => b === 0xff && arith[i + 1] === 0xc0);
    arith[at + 1] = 0xc9;
    expect(jpegHeader(arith)).toBeNull();
    expect(jpegHeader(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
  });

  it('pdf.js namespace is the one the module uses (sanity of the mock)', () => {
    expect(typeof pdfjs.getDocument).toBe('function');
  });
});
