// The PDF renderer: a pure function from the neutral document model to PDF bytes (pdfmake 0.3).
// Same model in, same bytes out: the dates come from the model and nothing reads the clock.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import type {
  Content,
  CustomTableLayout,
  Margins,
  Node,
  Style,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces.js';
import type { Block, DocumentModel, Paper, Span, TableColumn } from '../model/document.js';
import { splitUnbrokenRuns } from './unbroken-runs.js';
import {
  allFontFiles,
  fitColumns,
  fontFaces,
  loadFont,
  naturalLineHeight,
  splitByScript,
  unbreakableWidth,
  type FontFamily,
} from './fonts.js';

const INK = '#1c1c1c';
const MUTED = '#5c6066';
const RULE = '#b8bcc2';
const GRID = '#c9cdd3';
const HEADER_FILL = '#eef1f4';

const BODY_SIZE = 10.5;
const BODY_LEADING = 1.1;
const SMALL_SIZE = 8.5;
const TABLE_SIZE = 9.5;
const LIST_GAP = 3;
const PARAGRAPH_GAP = 7;
/** A heading needs itself plus about three body lines below it, or it moves to the next page. */
const KEEP_WITH_NEXT = 72;
/** Table rows estimated shorter than this are never split across pages. */
const SHORT_ROW = 180;

const PT_PER_MM = 72 / 25.4;
const PAGE_MARGINS: Record<Paper, [number, number, number, number]> = {
  A4: [20 * PT_PER_MM, 20 * PT_PER_MM, 20 * PT_PER_MM, 22 * PT_PER_MM],
  LETTER: [0.8 * 72, 0.8 * 72, 0.8 * 72, 0.88 * 72],
};

interface HeadingStyle {
  size: number;
  above: number;
  below: number;
}

const HEADINGS: Record<1 | 2 | 3, HeadingStyle> = {
  1: { size: 13, above: 14, below: 5 },
  2: { size: 11.5, above: 10, below: 4 },
  3: { size: BODY_SIZE, above: 8, below: 3 },
};

/** Renders a document model to PDF bytes; identical models give identical bytes. */
export async function renderPdf(doc: DocumentModel): Promise<Uint8Array> {
  configurePdfmake();
  const buffer = await pdfmake.createPdf(documentDefinition(doc)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** The pdfmake document definition of a model (exported for tests and debugging). */
export function documentDefinition(doc: DocumentModel): TDocumentDefinitions {
  const [left, top, right, bottom] = PAGE_MARGINS[doc.paper];
  const ctx = new Context(doc.language, pageWidth(doc.paper) - left - right);
  return {
    pageSize: doc.paper,
    pageMargins: [left, top, right, bottom],
    version: '1.7',
    language: doc.language,
    displayTitle: true,
    info: {
      title: doc.title,
      author: doc.author,
      subject: doc.subject,
      creator: 'appeal-kit',
      producer: 'appeal-kit',
      creationDate: doc.createdAt,
      modDate: doc.createdAt,
    },
    defaultStyle: { font: 'NotoSans', fontSize: BODY_SIZE, lineHeight: BODY_LEADING, color: INK },
    content: ctx.blocks(doc.blocks),
    footer: footerFor(doc, ctx, left, right, bottom),
    pageBreakBefore: keepHeadingWithNext,
  };
}

// ---------------------------------------------------------------------------------------------
// Model → pdfmake content

type Inline = { text: string; font?: FontFamily; bold?: boolean; italics?: boolean; lineHeight?: number; wordBreak?: 'break-all' };

class Context {
  private depth = 0;

  constructor(
    private readonly language: string,
    private readonly contentWidth: number,
  ) {}

  /** Text runs of spans, each in a font that has its glyphs, all with the same line pitch. */
  inlines(spans: Span[], lineHeight = BODY_LEADING): Inline[] {
    return spans.flatMap((span) =>
      splitByScript(printable(span.text), this.language).flatMap((run) => splitUnbrokenRuns(run.text).map((piece) => ({ ...run, ...piece }))).map((run) => {
        const inline: Inline = { text: run.text };
        if (run.breakAll) inline.wordBreak = 'break-all';
        if (run.family !== 'NotoSans') {
          inline.font = run.family;
          inline.lineHeight = lineHeight * lineHeightScale(run.family);
        }
        if (span.bold !== undefined) inline.bold = span.bold;
        if (span.italic !== undefined) inline.italics = span.italic;
        return inline;
      }),
    );
  }

  blocks(blocks: Block[]): Content[] {
    const out: Content[] = [];
    let breakBefore = false;
    for (const block of blocks) {
      if (block.kind === 'pageBreak') {
        breakBefore = out.length > 0;
        continue;
      }
      const content = this.block(block) as Content & { pageBreak?: 'before' };
      if (breakBefore) content.pageBreak = 'before';
      breakBefore = false;
      out.push(content);
    }
    return out;
  }

  private block(block: Exclude<Block, { kind: 'pageBreak' }>): Content {
    switch (block.kind) {
      case 'heading':
        return this.heading(block.level, block.spans);
      case 'paragraph':
        return this.paragraph(block.spans, block.style ?? 'body', block.align);
      case 'list':
        return this.list(block.ordered, block.items, block.start);
      case 'table':
        return this.table(block.columns, block.rows);
      case 'letterhead':
        return this.letterhead(block.name, block.lines);
      case 'rule':
        return rule([0, 6, 0, 10]);
      case 'spacer':
        return { canvas: [], margin: [0, 0, 0, 12] };
    }
  }

  private heading(level: 1 | 2 | 3, spans: Span[]): Content {
    const h = HEADINGS[level];
    const lineHeight = 1.05;
    return {
      text: this.inlines(spans, lineHeight),
      headlineLevel: level,
      fontSize: h.size,
      bold: true,
      lineHeight,
      color: '#111111',
      margin: [0, h.above, 0, h.below],
    };
  }

  private paragraph(spans: Span[], style: 'body' | 'small' | 'subject', align?: Paragraph['align']): Content {
    const gap = this.depth > 0 ? LIST_GAP : PARAGRAPH_GAP;
    const node: Content & Style = { text: this.inlines(spans), margin: [0, 0, 0, gap] };
    if (align) node.alignment = align;
    if (style === 'subject') Object.assign(node, { bold: true, margin: [0, 2, 0, 12] });
    if (style === 'small') Object.assign(node, { fontSize: SMALL_SIZE, color: MUTED, margin: [0, 0, 0, 5] });
    return node;
  }

  private list(ordered: boolean, items: Block[][], start?: number): Content {
    this.depth++;
    const contents = items.map((item) => this.listItem(item));
    const nested = this.depth > 1;
    this.depth--;
    const margin: Margins = nested ? [0, 2, 0, 0] : [0, 0, 0, PARAGRAPH_GAP - LIST_GAP];
    if (ordered) {
      return { ol: contents, start: start ?? 1, type: nested ? 'lower-alpha' : 'decimal', margin };
    }
    return { ul: contents, type: nested ? 'circle' : 'disc', margin };
  }

  private listItem(blocks: Block[]): Content {
    const contents = this.blocks(blocks);
    return { stack: contents.length ? contents : [{ text: '' }], margin: [0, 0, 0, 0] };
  }

  private table(columns: TableColumn[], rows: Span[][][]): Content {
    const cell = (spans: Span[] | undefined, column: TableColumn, bold = false): TableCell => ({
      text: this.inlines(spans ?? []),
      alignment: column.align ?? 'left',
      bold,
    });
    const header = columns.map((column) => cell(column.title, column, true));
    const body = rows.map((row) => columns.map((column, i) => cell(row[i], column)));
    // pdfmake silently drops a row that is kept whole but is taller than a page, so rows are kept
    // whole (and the header kept with the first row) only when they are clearly short.
    const short = [columns.map((c) => c.title), ...rows].map((row) => this.isShortRow(columns, row));
    return {
      table: {
        headerRows: 1,
        keepWithHeaderRows: short[0] && short[1] !== false ? 1 : 0,
        dontBreakRows: short.every(Boolean),
        widths: columnWidths(columns, this.contentWidth),
        body: [header, ...body],
      },
      layout: GRID_LAYOUT,
      fontSize: TABLE_SIZE,
      margin: [0, 2, 0, 10],
    };
  }

  // A generous over-estimate of a row's height: a quarter page leaves a wide margin for error.
  private isShortRow(columns: TableColumn[], row: Span[][]): boolean {
    const weights = columnWeights(columns);
    const total = weights.reduce((a, b) => a + b, 0);
    const lines = row.map((spans, i) => {
      const width = (this.contentWidth * weights[i]) / total - 12;
      const text = (spans ?? []).map((span) => span.text).join('');
      return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(estimatedWidth(part) / width)), 0);
    });
    return Math.max(1, ...lines) * TABLE_SIZE * 1.6 + 8 < SHORT_ROW;
  }

  private letterhead(name: string, lines: string[]): Content {
    return {
      stack: [
        { text: this.inlines([{ text: name }], 1.1), fontSize: 14, bold: true, lineHeight: 1.1, margin: [0, 0, 0, 3] },
        ...lines.map((line) => ({
          text: this.inlines([{ text: line }], 1.15),
          fontSize: SMALL_SIZE + 0.5,
          lineHeight: 1.15,
          color: MUTED,
        })),
        rule([0, 8, 0, 0]),
      ],
      margin: [0, 0, 0, 18],
    };
  }

  /** The footer text runs, or nothing for an empty string. */
  footerText(text: string): Inline[] | undefined {
    return text ? this.inlines([{ text }], 1) : undefined;
  }
}

type Paragraph = Extract<Block, { kind: 'paragraph' }>;

// A one-cell table drawn with only its top border: unlike a canvas line it takes the width of
// whatever contains it (page, list item, table cell).
function rule(margin: Margins): Content {
  return {
    table: { widths: ['*'], body: [[{ text: '', fontSize: 1, lineHeight: 1 }]] },
    layout: {
      hLineWidth: (i: number) => (i === 0 ? 0.6 : 0),
      vLineWidth: () => 0,
      hLineColor: () => RULE,
      paddingLeft: () => 0,
      paddingRight: () => 0,
      paddingTop: () => 0,
      paddingBottom: () => 0,
    },
    margin,
  };
}

const GRID_LAYOUT: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => GRID,
  vLineColor: () => GRID,
  paddingLeft: () => 5,
  paddingRight: () => 5,
  paddingTop: () => 3.5,
  paddingBottom: () => 3.5,
  fillColor: (row: number) => (row === 0 ? HEADER_FILL : null),
};

function columnWeights(columns: TableColumn[]): number[] {
  return columns.map((c) => (c.width && c.width > 0 ? c.width : 1));
}

/**
 * Percent widths from the relative weights (pdfmake's '*' columns cannot carry a weight), widened where
 * a heading's longest word would not fit: "Exhibit" must not break into "Exhib" / "it".
 */
function columnWidths(columns: TableColumn[], contentWidth: number): string[] {
  // pdfmake takes a percentage of the whole width, then subtracts the cell's padding (5 + 5) and rules.
  const minimums = columns.map((c) => unbreakableWidth(c.title.map((s) => s.text).join(''), TABLE_SIZE, true) + 12);
  return fitColumns(columnWeights(columns), minimums, contentWidth).map((w) => `${((100 * w) / contentWidth).toFixed(3)}%`);
}

const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/** Width of text at the table size in points, erring on the wide side. */
function estimatedWidth(text: string): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : 0.62;
  return em * TABLE_SIZE;
}

function pageWidth(paper: Paper): number {
  return paper === 'A4' ? 595.28 : 612;
}

function footerFor(doc: DocumentModel, ctx: Context, left: number, right: number, bottom: number) {
  const note = doc.footerNote ? ctx.footerText(doc.footerNote) : undefined;
  if (!doc.footer && !note) return undefined;
  return (page: number, pages: number): Content => {
    const label = doc.footer.replaceAll('{pages}', String(pages)).replaceAll('{page}', String(page));
    return {
      columns: [
        { text: note ?? '', width: '*' },
        { text: ctx.footerText(label) ?? '', width: 'auto', alignment: 'right' },
      ],
      columnGap: 12,
      fontSize: 8,
      lineHeight: 1,
      color: MUTED,
      margin: [left, bottom - 30, right, 0],
    };
  };
}

/** pdfmake's page-break hook: moves a heading that would sit at the foot of a page to the next one. */
function keepHeadingWithNext(node: Node): boolean {
  if (!node.headlineLevel || !node.startPosition) return false;
  const { pageInnerHeight, verticalRatio } = node.startPosition;
  if (verticalRatio <= 0.01) return false;
  return pageInnerHeight * (1 - verticalRatio) < KEEP_WITH_NEXT;
}

// Invisible characters are dropped (a font without them would draw a box); tabs become spaces.
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\u00ad]/gu;

function printable(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(INVISIBLE, '');
}

const scaleCache = new Map<FontFamily, number>();

// CJK fonts are taller than Noto Sans; scaling their line height keeps the line pitch even when a
// line mixes scripts.
function lineHeightScale(family: FontFamily): number {
  let scale = scaleCache.get(family);
  if (scale === undefined) {
    scale = naturalLineHeight('NotoSans') / naturalLineHeight(family);
    scaleCache.set(family, scale);
  }
  return scale;
}

// ---------------------------------------------------------------------------------------------
// pdfmake set-up and font reuse

const require = createRequire(import.meta.url);
let allowedFiles: Set<string> | undefined;

// The pdfmake module is a process-wide singleton that other code may also configure, so fonts and
// policies are (cheaply) set again before each render; the font provider is installed once.
function configurePdfmake(): void {
  allowedFiles ??= new Set(allFontFiles());
  const allowed = allowedFiles;
  pdfmake.setFonts(structuredClone(fontFaces()));
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => allowed.has(path));
  installSharedFontProvider(allowed);
}

/** pdfkit's per-document font wrapper (EmbeddedFont): subset, widths and layout cache of one font. */
interface EmbeddedFontLike {
  name?: string;
  layoutCache?: Record<string, unknown>;
  layoutCached?: unknown;
  encode?: unknown;
  embed?: unknown;
}

type EmbeddedFontClass = new (doc: PdfKitDocument, font: unknown, id: string) => EmbeddedFontLike;

/** The pdfmake/pdfkit document internals the font provider relies on. */
interface PdfKitDocument {
  fontCache: Record<string, Record<string, EmbeddedFontLike>>;
  _fontFamilies: Record<string, EmbeddedFontLike>;
  _fontCount: number;
  _font: EmbeddedFontLike;
  getFontFile(family: string, bold: boolean, italics: boolean): unknown;
  getFontType(bold: boolean, italics: boolean): string;
  font(src: Uint8Array): PdfKitDocument;
  provideFont(family: string, bold: boolean, italics: boolean): EmbeddedFontLike;
}

type PdfKitDocumentClass = {
  new (...args: unknown[]): PdfKitDocument;
  prototype: PdfKitDocument & { __appealKitSharedFonts?: true };
};

let embeddedFontClass: EmbeddedFontClass | null | undefined;
const sharedLayouts = new Map<string, { cache: Record<string, unknown>; uses: number }>();
/** Word layouts kept per font before the shared cache is started afresh (bounds memory in long runs). */
const LAYOUT_CACHE_LIMIT = 50_000;

// pdfmake re-reads and re-parses every font file for every document (and re-shapes every word).
// Here the parsed fontkit font and its word-layout cache are shared across documents; each document
// still gets its own pdfkit EmbeddedFont (own subset, widths and object id), created exactly as
// pdfkit's doc.font() would, so the output bytes are unchanged. Any surprise in the internals falls
// back to pdfmake's own provider.
function installSharedFontProvider(files: Set<string>): void {
  const PDFDocument = require('pdfmake/js/PDFDocument.js').default as PdfKitDocumentClass;
  const proto = PDFDocument.prototype;
  if (proto.__appealKitSharedFonts) return;
  const original = proto.provideFont;
  proto.provideFont = function (this: PdfKitDocument, family: string, bold: boolean, italics: boolean) {
    const file = this.getFontFile(family, bold, italics);
    if (typeof file !== 'string' || !files.has(file) || !hasFontInternals(this)) {
      return original.call(this, family, bold, italics);
    }
    const byType = (this.fontCache[family] ??= {});
    const type = this.getFontType(bold, italics);
    byType[type] ??= embedShared(this, file) ?? original.call(this, family, bold, italics);
    return byType[type];
  };
  proto.__appealKitSharedFonts = true;
  embeddedFontClass = discoverEmbeddedFontClass(PDFDocument);
}

function hasFontInternals(doc: PdfKitDocument): boolean {
  return (
    embeddedFontClass != null &&
    typeof doc._fontFamilies === 'object' &&
    doc._fontFamilies !== null &&
    typeof doc._fontCount === 'number' &&
    typeof doc.fontCache === 'object'
  );
}

// Mirrors pdfkit's doc.font(path): same id sequence, same registration keys and order.
function embedShared(doc: PdfKitDocument, file: string): EmbeddedFontLike | undefined {
  const existing = doc._fontFamilies[file];
  if (existing) return existing;
  if (!embeddedFontClass) return undefined;
  const font = new embeddedFontClass(doc, loadFont(file), `F${++doc._fontCount}`);
  if (font.layoutCache) font.layoutCache = sharedLayoutCache(file);
  doc._fontFamilies[file] = font;
  if (font.name && !doc._fontFamilies[font.name]) doc._fontFamilies[font.name] = font;
  return font;
}

function sharedLayoutCache(file: string): Record<string, unknown> {
  let entry = sharedLayouts.get(file);
  if (!entry || (++entry.uses % 32 === 0 && Object.keys(entry.cache).length > LAYOUT_CACHE_LIMIT)) {
    entry = { cache: Object.create(null) as Record<string, unknown>, uses: 0 };
    sharedLayouts.set(file, entry);
  }
  return entry.cache;
}

// pdfkit does not export EmbeddedFont; take its class from a font opened in a throw-away document.
function discoverEmbeddedFontClass(PDFDocument: PdfKitDocumentClass): EmbeddedFontClass | null {
  try {
    const probe = new PDFDocument({}, {}, {}, {}, { font: null, autoFirstPage: false });
    const smallest = fontFaces().NotoSans.normal;
    const font = probe.font(readFileSync(smallest))._font;
    const ok = ['layoutCached', 'encode', 'embed'].every(
      (m) => typeof (font as Record<string, unknown>)[m] === 'function',
    );
    return ok && 'layoutCache' in font ? (font.constructor as EmbeddedFontClass) : null;
  } catch {
    return null;
  }
}
