import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectOrientation, rotateGray, type GrayImage, type Orientation } from '../../src/ocr/orientation.ts';
import { renderTextPdf } from '../../fixtures/text-pdf.ts';
import { CORPUS_DIR, hasCorpus } from '../corpus.ts';
import { boxBlur, renderGrayPages, saltAndPepper, skew } from '../helpers/render-gray.ts';

const ROTATIONS: Orientation[] = [0, 90, 180, 270];
/** Below this confidence the caller falls back to comparing OCR confidences: a wrong angle is allowed. */
const UNSURE = 0.2;
/** Rendering and turning 30-odd pages takes several seconds on a loaded machine. */
const SLOW = 60_000;

/** The rotation that undoes turning the page clockwise by `turned`. */
const undo = (turned: Orientation): Orientation => ((360 - turned) % 360) as Orientation;

// Renders take 0.2 s (150 dpi) to 0.4 s (300 dpi) a page: share them between the tests.
const memo = new Map<string, Promise<GrayImage[]>>();
function pages(key: string, text: () => string, dpi: number): Promise<GrayImage[]> {
  const k = `${key}@${dpi}`;
  if (!memo.has(k)) memo.set(k, renderTextPdf(text()).then((pdf) => renderGrayPages(pdf, dpi)));
  return memo.get(k)!;
}
const corpusText = (id: string) => () => readFileSync(join(CORPUS_DIR, `${id}.txt`), 'utf8');
const corpusPages = (id: string, dpi: number) => pages(id, corpusText(id), dpi);

/** A scanner's defects: a slight skew, some blur, salt-and-pepper noise. */
function degrade(img: GrayImage, noise: number, seed: number): GrayImage {
  return saltAndPepper(boxBlur(skew(img, 0.5), 1), noise, seed);
}

interface Miss {
  page: string;
  turned: Orientation;
  got: Orientation;
  confidence: number;
}

/** Turn each page all four ways; the misses, and the confidences of the right answers. */
function check(named: [string, GrayImage][]): { misses: Miss[]; confidences: number[] } {
  const misses: Miss[] = [];
  const confidences: number[] = [];
  for (const [page, img] of named) {
    for (const turned of ROTATIONS) {
      const r = detectOrientation(rotateGray(img, turned));
      if (r.angle === undo(turned)) confidences.push(r.confidence);
      else misses.push({ page, turned, got: r.angle, confidence: Number(r.confidence.toFixed(3)) });
    }
  }
  return { misses, confidences };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

describe.skipIf(!hasCorpus)('detectOrientation on rendered corpus pages', () => {
  // 28 pages at 150 dpi (the weakest resolution for 8 pt text) and 5 at 300 dpi.
  const AT_150 = ['001', '004', '006', '017', '025'];
  const AT_300 = ['000', '010'];

  async function named(ids: string[], dpi: number): Promise<[string, GrayImage][]> {
    const out: [string, GrayImage][] = [];
    for (const id of ids) (await corpusPages(id, dpi)).forEach((img, i) => out.push([`${id} p${i + 1} ${dpi}dpi`, img]));
    return out;
  }

  it('finds the rotation of every page turned every way, at 150 and 300 dpi', async () => {
    const all = [...(await named(AT_150, 150)), ...(await named(AT_300, 300))];
    expect(all.length).toBeGreaterThanOrEqual(30);
    const { misses, confidences } = check(all);
    expect(misses).toEqual([]);
    expect(median(confidences)).toBeGreaterThan(0.8);
  }, SLOW);

  it('still does on skewed, blurred, noisy scans', async () => {
    const at150 = (await named(AT_150, 150)).map(([n, img], i): [string, GrayImage] => [n, degrade(img, 0.01, i + 1)]);
    const at300 = (await named(AT_300, 300)).map(([n, img], i): [string, GrayImage] => [n, degrade(img, 0.02, i + 1)]);
    const { misses, confidences } = check([...at150, ...at300]);
    expect(misses).toEqual([]);
    expect(median(confidences)).toBeGreaterThan(0.8);
  }, SLOW);
});

describe('detectOrientation on pages with little to go on', () => {
  // The first 55 lines of a corpus document when there is one, else a few lines of minutes.
  const body = (): string =>
    hasCorpus
      ? corpusText('006')().split('\n').slice(0, 55).join('\n')
      : Array.from({ length: 40 }, (_, i) => `Article ${i + 1} : le conseil municipal, après en avoir délibéré, approuve la dépense.`).join('\n');

  it('is unsure, not wrong, on a blank page (clean or noisy)', async () => {
    const [blank] = await pages('blank', () => '', 150);
    for (const img of [blank!, saltAndPepper(blank!, 0.02, 3), boxBlur(saltAndPepper(blank!, 0.05, 4), 1)]) {
      const r = detectOrientation(img);
      expect(r.confidence).toBeLessThan(UNSURE);
    }
    const [blank300] = await pages('blank', () => '', 300);
    expect(detectOrientation(blank300!).confidence).toBeLessThan(UNSURE);
  }, SLOW);

  it('is right or unsure on a page of capitals (few ascenders, no descenders)', async () => {
    const caps = await pages('caps', () => body().toUpperCase(), 150);
    const capsNoAccents = await pages('caps-plain', () => body().normalize('NFD').replace(/\p{M}/gu, '').toUpperCase(), 150);
    const { misses } = check([
      ['caps', caps[0]!],
      ['caps, no accents', capsNoAccents[0]!],
      ['caps, degraded', degrade(caps[0]!, 0.01, 5)],
    ]);
    expect(misses.filter((m) => m.confidence >= UNSURE)).toEqual([]);
  }, SLOW);

  it('is right or unsure on a page of a line or two, and less sure than on a full page', async () => {
    const lines = body().split('\n').filter((l) => l.trim().length > 20);
    const one = await pages('one line', () => lines[0]!, 150);
    const two = await pages('two lines', () => lines.slice(0, 2).join('\n'), 150);
    const four = await pages('four lines', () => lines.slice(0, 4).join('\n'), 150);
    const short = await pages('short line', () => 'La Secrétaire', 150);
    const named: [string, GrayImage][] = [
      ['one line', one[0]!],
      ['two lines', two[0]!],
      ['four lines', four[0]!],
      ['a signature line', short[0]!],
    ];
    const { misses } = check(named);
    expect(misses.filter((m) => m.confidence >= UNSURE)).toEqual([]);
    expect(detectOrientation(short[0]!).confidence).toBeLessThan(UNSURE);
    expect(detectOrientation(two[0]!).confidence).toBeLessThan(0.6);
  }, SLOW);
});

describe('detectOrientation on degenerate input', () => {
  it('gives no confidence for empty, one-pixel or tiny images, and rejects short data', () => {
    for (const [width, height] of [[0, 0], [1, 1], [7, 5], [3000, 2]] as const) {
      const data = Uint8Array.from({ length: width * height }, (_, i) => (i % 3 ? 255 : 0));
      expect(detectOrientation({ width, height, data }).confidence).toBeLessThan(UNSURE);
    }
    expect(() => detectOrientation({ width: 10, height: 10, data: new Uint8Array(99) })).toThrow(RangeError);
  });
});

describe('rotateGray', () => {
  // Non-square, odd sizes, distinct pixel values: any index mix-up shows.
  const W = 37;
  const H = 23;
  const img: GrayImage = { width: W, height: H, data: Uint8Array.from({ length: W * H }, (_, i) => (i * 7 + (i >> 3)) & 255) };
  const same = (a: GrayImage, b: GrayImage) => a.width === b.width && a.height === b.height && Buffer.compare(a.data, b.data) === 0;

  it('turns clockwise: the top-left pixel goes to the top-right corner at 90', () => {
    const tiny: GrayImage = { width: 3, height: 2, data: Uint8Array.from([1, 2, 3, 4, 5, 6]) };
    expect(rotateGray(tiny, 90)).toEqual({ width: 2, height: 3, data: Uint8Array.from([4, 1, 5, 2, 6, 3]) });
    expect(rotateGray(tiny, 180)).toEqual({ width: 3, height: 2, data: Uint8Array.from([6, 5, 4, 3, 2, 1]) });
    expect(rotateGray(tiny, 270)).toEqual({ width: 2, height: 3, data: Uint8Array.from([3, 6, 2, 5, 1, 4]) });
    expect(rotateGray(tiny, 0)).toEqual(tiny);
  });

  it('swaps the dimensions at 90 and 270 and round-trips', () => {
    for (const a of [90, 270] as const) {
      const r = rotateGray(img, a);
      expect([r.width, r.height]).toEqual([H, W]);
    }
    let r = img;
    for (let i = 0; i < 4; i++) r = rotateGray(r, 90);
    expect(same(r, img)).toBe(true);
    expect(same(rotateGray(rotateGray(img, 180), 180), img)).toBe(true);
    expect(same(rotateGray(rotateGray(img, 90), 270), img)).toBe(true);
    expect(same(rotateGray(rotateGray(img, 90), 90), rotateGray(img, 180))).toBe(true);
    expect(same(rotateGray(rotateGray(img, 180), 90), rotateGray(img, 270))).toBe(true);
  });

  it('does not touch its input, and round-trips a full page', async () => {
    const copy = img.data.slice();
    rotateGray(img, 90);
    rotateGray(img, 180);
    expect(Buffer.compare(img.data, copy)).toBe(0);
    // Larger than the copy tiles in both directions, with partial tiles at the edges.
    const page: GrayImage = { width: 1240, height: 1754, data: Uint8Array.from({ length: 1240 * 1754 }, (_, i) => (i * 31 + (i >> 11)) & 255) };
    let r = page;
    for (let i = 0; i < 4; i++) r = rotateGray(r, 90);
    expect(same(r, page)).toBe(true);
    expect(same(rotateGray(rotateGray(page, 270), 90), page)).toBe(true);
  });
});
