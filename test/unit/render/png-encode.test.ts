// Rasterised pages are written as RGB PNGs by our own encoder: read back by an independent decoder (the
// canvas's), every pixel is the one given; a pixel that is not opaque is left to the caller.
import { describe, expect, it } from 'vitest';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { opaquePng, PNG_LEVEL } from '../../../src/render/png-encode.js';
import { pdfPagesToPng } from '../../../src/render/attachments.js';
import { PDFDocument, rgb } from '@cantoo/pdf-lib';

/** The RGBA pixels of a PNG, decoded by @napi-rs/canvas. */
async function pixelsOf(png: Uint8Array) {
  const image = await loadImage(Buffer.from(png));
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  return { width: image.width, height: image.height, data: context.getImageData(0, 0, image.width, image.height).data };
}

describe('opaque pixels to PNG', () => {
  it('decodes to the same pixels, as 8-bit RGB', async () => {
    const width = 7;
    const height = 5;
    const rgba = new Uint8Array(width * height * 4);
    for (let i = 0; i < width * height; i++) rgba.set([(i * 37) & 255, (i * 91) & 255, (i * 13) & 255, 255], i * 4);
    const png = opaquePng(rgba, width, height)!;
    expect(png[25]).toBe(2); // IHDR colour type: RGB
    const back = await pixelsOf(png);
    expect([back.width, back.height]).toEqual([width, height]);
    expect([...back.data]).toEqual([...rgba]);
  });

  it('gives up on a pixel that is not opaque, or pixels that do not fill the size', () => {
    const rgba = new Uint8Array(2 * 2 * 4).fill(255);
    expect(opaquePng(rgba, 2, 2)).toBeDefined();
    rgba[7] = 128;
    expect(opaquePng(rgba, 2, 2)).toBeUndefined();
    expect(opaquePng(new Uint8Array(12).fill(255), 2, 2)).toBeUndefined();
  });

  it("deflates at zlib's fast level (the zlib header of the image data says so)", () => {
    const rgba = new Uint8Array(64 * 64 * 4).map((_, i) => (i % 4 === 3 ? 255 : (i * 7) & 255));
    const png = opaquePng(rgba, 64, 64)!;
    const idat = png.indexOf(0x49, 33); // 'I' of the IDAT type: the signature and IHDR take 33 bytes
    expect(String.fromCharCode(...png.subarray(idat, idat + 4))).toBe('IDAT');
    // FLEVEL (the top two bits of the second header byte): 1 for zlib levels 2-5, 2 for level 6.
    expect([PNG_LEVEL, png[idat + 5] >> 6]).toEqual([3, 1]);
  });

  it('same pixels, same bytes', () => {
    const rgba = new Uint8Array(64 * 64 * 4).map((_, i) => (i % 4 === 3 ? 255 : (i * 7) & 255));
    expect(Buffer.from(opaquePng(rgba, 64, 64)!).equals(Buffer.from(opaquePng(rgba, 64, 64)!))).toBe(true);
  });

  it('a rasterised page is an RGB PNG showing what the page draws', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([144, 72]).drawRectangle({ x: 0, y: 0, width: 72, height: 72, color: rgb(1, 0, 0) });
    const [png] = await pdfPagesToPng(await doc.save());
    expect(png[25]).toBe(2);
    const { width, height, data } = await pixelsOf(png);
    expect([width, height]).toEqual([300, 150]);
    const at = (x: number, y: number) => [...data.subarray((y * width + x) * 4, (y * width + x) * 4 + 4)];
    expect(at(40, 75)).toEqual([255, 0, 0, 255]); // the red square on the left
    expect(at(260, 75)).toEqual([255, 255, 255, 255]); // white on the right
  }, 120_000);
});
