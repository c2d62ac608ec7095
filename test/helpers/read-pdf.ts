// Reads real PDF output back for tests: text (lines rebuilt from positions), page count, geometry.
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One piece of text on a page, in PDF points with the origin at the bottom-left corner. */
export interface PdfTextItem {
  str: string;
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  /** Font size (the text's height). */
  size: number;
  fontName: string;
}

/** A page's size and its text items. */
export interface PdfPage {
  width: number;
  height: number;
  items: PdfTextItem[];
}

async function open(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  // pdf.js may detach the buffer it is given; the caller's bytes stay usable.
  return getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
}

async function withDocument<T>(bytes: Uint8Array, use: (pdf: PDFDocumentProxy) => Promise<T>): Promise<T> {
  const pdf = await open(bytes);
  try {
    return await use(pdf);
  } finally {
    await pdf.destroy();
  }
}

/** The number of pages. */
export async function pdfPageCount(bytes: Uint8Array): Promise<number> {
  return withDocument(bytes, async (pdf) => pdf.numPages);
}

/** The document information dictionary (Title, Author, Producer, CreationDate, …) and /Lang as Language. */
export async function pdfInfo(bytes: Uint8Array): Promise<Record<string, unknown>> {
  return withDocument(bytes, async (pdf) => (await pdf.getMetadata()).info as Record<string, unknown>);
}

/** Every page's size and text items, in page order. */
export async function pdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  return withDocument(bytes, async (pdf) => {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const [x0, y0, x1, y1] = page.view;
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, , , x, y] = item.transform as number[];
        items.push({ str: item.str, x, y, width: item.width, size: Math.hypot(a, b), fontName: item.fontName });
      }
      pages.push({ width: x1 - x0, height: y1 - y0, items });
    }
    return pages;
  });
}

/** All pages' text, lines rebuilt from positions, pages joined by "\n\f\n". */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pages = await pdfPages(bytes);
  return pages.map((page) => pageLines(page.items).join('\n')).join('\n\f\n');
}

/** The running text of all pages without the footer lines (the bottom 7% of each page), so a sentence
 *  broken across a page reads as one. */
export async function pdfBodyText(bytes: Uint8Array): Promise<string> {
  const pages = await pdfPages(bytes);
  return pages.map((page) => pageLines(page.items.filter((item) => item.y > page.height * 0.07)).join('\n')).join('\n');
}

/** A page's lines of text, top to bottom, with their baselines. */
export function linesOf(items: PdfTextItem[]): { y: number; text: string }[] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: PdfTextItem[][] = [];
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0].y - item.y) <= Math.max(1, 0.3 * Math.min(line[0].size, item.size))) {
      line.push(item);
    } else {
      lines.push([item]);
    }
  }
  return lines.map((line) => ({ y: line[0].y, text: joinLine(line) })).filter((line) => line.text !== '');
}

/** Groups items into lines (same baseline, top to bottom) and joins each line left to right. */
export function pageLines(items: PdfTextItem[]): string[] {
  return linesOf(items).map((line) => line.text);
}

// A gap wider than a fifth of the font size between two pieces is a space (pdf.js does not always
// emit one between separately drawn words).
function joinLine(line: PdfTextItem[]): string {
  const items = [...line].sort((p, q) => p.x - q.x);
  let text = '';
  let end = -Infinity;
  for (const item of items) {
    const gap = item.x - end;
    if (text && gap > 0.2 * item.size && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
    text += item.str;
    end = Math.max(end, item.x + item.width);
  }
  return text.replace(/\s+/g, ' ').trim();
}
