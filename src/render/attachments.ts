// Attachments for image-only channels (IP complaint appeals take JPEG/PNG/GIF/TIFF, no PDF): every PDF page
// of an exhibit rasterised to PNG (pdf.js + @napi-rs/canvas, prebuilt, no system libraries), images copied.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RenderedFile } from '../model/document.js';
import type { EvidenceFacts } from '../model/evidence.js';
import { loadPdfLib } from './pdf-lib.js';
import { COLORS, cssColor } from './theme.js';

/** Resolution of rasterised pages: legible for a reviewer, small enough to upload. */
export const ATTACHMENT_DPI = 150;

const imageExtension: Record<string, string> = { png: 'png', jpeg: 'jpg', gif: 'gif', tiff: 'tif' };

/** Rasterises every page of a PDF to PNG bytes. */
export async function pdfPagesToPng(bytes: Uint8Array, options: { dpi?: number; password?: string } = {}): Promise<Uint8Array[]> {
  const require = createRequire(import.meta.url);
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const { createCanvas } = await import('@napi-rs/canvas');
  const standardFontDataUrl = path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts') + path.sep;
  // A copy as a plain Uint8Array: pdf.js refuses a Node Buffer (what fs returns) and may detach what it is given.
  const pdf = await getDocument({ data: new Uint8Array(bytes), password: options.password, isEvalSupported: false, verbosity: 0, standardFontDataUrl }).promise;
  try {
    const pngs: Uint8Array[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const viewport = page.getViewport({ scale: (options.dpi ?? ATTACHMENT_DPI) / 72 });
      const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      const context = canvas.getContext('2d');
      context.fillStyle = cssColor(COLORS.white);
      context.fillRect(0, 0, canvas.width, canvas.height);
      // pdf.js types its canvas as the DOM one; @napi-rs/canvas is what it uses in Node.
      await page.render({ canvasContext: context as unknown as CanvasRenderingContext2D, viewport, canvas: canvas as unknown as HTMLCanvasElement }).promise;
      pngs.push(new Uint8Array(canvas.toBuffer('image/png')));
      page.cleanup();
    }
    return pngs;
  } finally {
    await pdf.destroy();
  }
}

/** attachments/Exhibit-C-p2.png per PDF page, attachments/Exhibit-A.png per image exhibit, in exhibit order. */
export async function attachmentFiles(facts: EvidenceFacts[]): Promise<RenderedFile[]> {
  const files: RenderedFile[] = [];
  for (const f of facts) {
    const label = f.exhibit.label;
    if (f.format === 'pdf') {
      const pngs = await pdfPagesToPng(f.bytes, { password: f.exhibit.password });
      pngs.forEach((bytes, i) => files.push({ path: `attachments/Exhibit-${label}-p${i + 1}.png`, bytes }));
    } else if (imageExtension[f.format]) {
      files.push({ path: `attachments/Exhibit-${label}.${imageExtension[f.format]}`, bytes: f.bytes });
    }
  }
  return files;
}
