import { loadImage, createCanvas } from '@napi-rs/canvas';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { GrayImage } from '../../src/ingest/page-image.ts';
import { downsample, rotateGray } from '../../src/review/page-images.ts';
import { encodeGrayPng } from '../../src/review/png.ts';

/** Gray pixels as an independent decoder (Skia, through @napi-rs/canvas) reads them back from the PNG. */
async function decode(png: Uint8Array): Promise<GrayImage> {
  const image = await loadImage(Buffer.from(png));
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const rgba = ctx.getImageData(0, 0, image.width, image.height).data;
  const data = new Uint8Array(image.width * image.height);
  for (let i = 0; i < data.length; i++) {
    expect(rgba[i * 4]).toBe(rgba[i * 4 + 1]); // gray: R = G = B
    data[i] = rgba[i * 4]!;
  }
  return { width: image.width, height: image.height, data };
}

/** A picture where every pixel differs from its neighbours: any mix-up of rows or columns shows. */
function picture(width: number, height: number): GrayImage {
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = (x * 7 + y * 31 + ((x * y) % 13)) & 0xff;
  return { width, height, data };
}

const at = (img: GrayImage, x: number, y: number) => img.data[y * img.width + x];

describe('gray PNG encoder', () => {
  it('round-trips through another decoder, odd sizes included', async () => {
    for (const [w, h] of [[1, 1], [7, 3], [64, 41]] as const) {
      const img = picture(w, h);
      const back = await decode(encodeGrayPng(img));
      expect([back.width, back.height]).toEqual([w, h]);
      expect(Buffer.from(back.data).equals(Buffer.from(img.data))).toBe(true);
    }
  });

  it('writes an 8-bit gray IHDR and checks its input', () => {
    const png = encodeGrayPng(picture(5, 4));
    expect(Buffer.from(png.subarray(1, 4)).toString('latin1')).toBe('PNG');
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20), png[24], png[25]]).toEqual([5, 4, 8, 0]);
    // The IDAT holds (1 filter byte + width) per row.
    const idatLength = view.getUint32(33);
    expect(inflateSync(png.subarray(41, 41 + idatLength)).length).toBe(4 * 6);
    expect(() => encodeGrayPng({ width: 3, height: 3, data: new Uint8Array(8) })).toThrow(/expected 9/);
    expect(() => encodeGrayPng({ width: 0, height: 3, data: new Uint8Array(0) })).toThrow(/size/);
  });
});

describe('page image geometry', () => {
  const img = picture(5, 3);

  it('turns pixels clockwise', () => {
    const r90 = rotateGray(img, 90);
    expect([r90.width, r90.height]).toEqual([3, 5]);
    // The left column, read bottom-up, becomes the top row.
    expect([0, 1, 2].map((x) => at(r90, x, 0))).toEqual([2, 1, 0].map((y) => at(img, 0, y)));
    const r180 = rotateGray(img, 180);
    expect(at(r180, 0, 0)).toBe(at(img, 4, 2));
    const r270 = rotateGray(img, 270);
    expect([r270.width, r270.height]).toEqual([3, 5]);
    expect([0, 1, 2].map((x) => at(r270, x, 0))).toEqual([0, 1, 2].map((y) => at(img, 4, y)));
    // Four quarter turns: the same picture.
    const back = rotateGray(rotateGray(rotateGray(r90, 90), 90), 90);
    expect(Buffer.from(back.data).equals(Buffer.from(img.data))).toBe(true);
  });

  it('reduces by whole factors with the mean of each block', () => {
    const small = downsample(img, 2);
    expect([small.width, small.height]).toEqual([2, 1]);
    expect(at(small, 1, 0)).toBe(Math.round(([at(img, 2, 0), at(img, 3, 0), at(img, 2, 1), at(img, 3, 1)] as number[]).reduce((a, b) => a + b) / 4));
    expect(downsample(img, 1)).toBe(img);
  });
});
