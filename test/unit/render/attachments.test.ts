// PDF exhibits on image-only channels are rasterised one page at a time on one canvas (its pixels let go
// of before the next page), and a page too large to draw at the attachment resolution is drawn smaller.
import { describe, expect, it, vi } from 'vitest';
import { PDFDocument } from '@cantoo/pdf-lib';
import { pageScale, pdfPagesToPng, MAX_PAGE_PIXELS } from '../../../src/render/attachments.js';

const made = vi.hoisted(() => ({ canvases: 0 }));
vi.mock('@napi-rs/canvas', async (importOriginal) => {
  const real = await importOriginal<typeof import('@napi-rs/canvas')>();
  return { ...real, createCanvas: (...args: Parameters<typeof real.createCanvas>) => ((made.canvases += 1), real.createCanvas(...args)) };
});

async function pdfOf(pages: number, size: [number, number] = [595, 842]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage(size).drawText(`page ${i + 1}`, { x: 50, y: 50, size: 24 });
  return doc.save();
}

const pngSize = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

describe('rasterising PDF exhibits', () => {
  it('the canvases made do not grow with the number of pages', async () => {
    made.canvases = 0;
    expect(await pdfPagesToPng(await pdfOf(2))).toHaveLength(2);
    const forTwo = made.canvases;
    expect(forTwo).toBeGreaterThan(0);
    made.canvases = 0;
    expect(await pdfPagesToPng(await pdfOf(8))).toHaveLength(8);
    expect(made.canvases).toBe(forTwo);
  }, 120_000);

  it('a page of 200 x 200 inches is drawn within the pixel limit', async () => {
    expect(pageScale(14400, 14400, 150) * 14400).toBeLessThanOrEqual(Math.sqrt(MAX_PAGE_PIXELS));
    expect(pageScale(595, 842, 150)).toBeCloseTo(150 / 72);
    const [png] = await pdfPagesToPng(await pdfOf(1, [14400, 14400]));
    const { width, height } = pngSize(png);
    expect(width * height).toBeLessThanOrEqual(MAX_PAGE_PIXELS + 2 * width);
  }, 120_000);
});
