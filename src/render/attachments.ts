import { createRequire } from 'node:module';
import path from 'node:path';
import type { RenderedFile } from '../model/document.js';
import { drawingExhibit, type EvidenceFacts } from '../model/evidence.js';
import { COLORS, cssColor } from './theme.js';
import { opaquePng } from './png-encode.js';

/** Resolution of rasterised pages: legible for a reviewer, small enough to upload. */
export const ATTACHMENT_DPI = 150;

const imageExtension: Record<string, string> = { png: 'png', jpeg: 'jpg', gif: 'gif', tiff: 'tif' };

/** The most pixels one rasterised page may have; a larger page is drawn at a lower resolution. */
export const MAX_PAGE_PIXELS = 40_000_000;

/** The scale a page is drawn at: the resolution asked for, lowered for a page too large to draw at it. */
export function pageScale(widthPt: number, heightPt: number, dpi: number, maxPixels = MAX_PAGE_PIXELS): number {
  const scale = dpi / 72;
  const pixels = widthPt * scale * heightPt * scale;
  return pixels > maxPixels ? Math.sqrt(maxPixels / (widthPt * heightPt)) : scale;
}

/**
 * Rasterises every page of a PDF to PNG bytes, one page at a time on one canvas: each page's pixels are
 * let go of (the canvas resized for the next) before the next page is drawn, so memory does not grow with
 * the number of pages, only the PNGs made so far are kept.
 */
export async function pdfPagesToPng(bytes: Uint8Array, options: { dpi?: number; password?: string } = {}): Promise<Uint8Array[]> {
  const require = createRequire(import.meta.url);
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const { createCanvas } = await import('@napi-rs/canvas');
  const standardFontDataUrl = path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts') + path.sep;
  // A copy as a plain Uint8Array: pdf.js refuses a Node Buffer (what fs returns) and may detach what it is given.
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    password: options.password,
    isEvalSupported: false,
    verbosity: 0,
    standardFontDataUrl,
  }).promise;
  const canvas = createCanvas(1, 1);
  try {
    const pngs: Uint8Array[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      try {
        const unscaled = page.getViewport({ scale: 1 });
        const viewport = page.getViewport({ scale: pageScale(unscaled.width, unscaled.height, options.dpi ?? ATTACHMENT_DPI) });
        // Resizing the canvas frees the previous page's pixels and clears it.
        canvas.width = Math.max(1, Math.ceil(viewport.width));
        canvas.height = Math.max(1, Math.ceil(viewport.height));
        const context = canvas.getContext('2d');
        context.fillStyle = cssColor(COLORS.white);
        context.fillRect(0, 0, canvas.width, canvas.height);
        // pdf.js types its canvas as the DOM one; @napi-rs/canvas is what it uses in Node.
        await page.render({
          canvasContext: context as unknown as CanvasRenderingContext2D,
          viewport,
          canvas: canvas as unknown as HTMLCanvasElement,
        }).promise;
        // The page was filled white first, so every pixel is opaque: encoded as RGB (the canvas's encoder for any other).
        pngs.push(opaquePng(canvas.data(), canvas.width, canvas.height) ?? new Uint8Array(canvas.toBuffer('image/png')));
      } finally {
        page.cleanup();
      }
    }
    return pngs;
  } finally {
    canvas.width = 1;
    canvas.height = 1;
    await pdf.destroy();
  }
}

/** attachments/Exhibit-C-p2.png per PDF page, attachments/Exhibit-A.png per image exhibit, in exhibit order. */
export async function attachmentFiles(facts: EvidenceFacts[]): Promise<RenderedFile[]> {
  const files: RenderedFile[] = [];
  for (const f of facts) {
    const label = f.exhibit.label;
    if (f.format === 'pdf') {
      const pngs = await drawingExhibit(label, () => pdfPagesToPng(f.bytes, { password: f.exhibit.password }));
      pngs.forEach((bytes, i) => files.push({ path: `attachments/Exhibit-${label}-p${i + 1}.png`, bytes }));
    } else if (imageExtension[f.format]) {
      files.push({ path: `attachments/Exhibit-${label}.${imageExtension[f.format]}`, bytes: f.bytes });
    }
  }
  return files;
}
