// The evidence bundle: one PDF with the evidence index as table of contents, then per exhibit a cover
// page and its pages (PDFs merged, images placed, text and spreadsheets set as readable pages), every
// page stamped in the bottom margin and a bookmark per exhibit. Pure: same inputs, same bytes.
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8, zlibSync } from 'fflate';
import { documentDate } from '../../domain/dates.js';
import type { Case } from '../../model/case.js';
import type { Block, DocumentModel, Span } from '../../model/document.js';
import type { EvidenceFacts } from '../../model/evidence.js';
import { evidenceKindLabel, type Strings } from '../../model/strings.js';
import { fill, formatDate } from '../../compose/format.js';
import { evidenceIndexDocument } from '../../compose/documents/evidence-index.js';
import { fontFaces } from '../fonts.js';
import { renderPdf } from '../pdf.js';
import { loadPdfLib } from '../pdf-lib.js';
import english from '../../../templates/en/strings.json' with { type: 'json' };

type PdfLib = typeof import('@cantoo/pdf-lib');
type PDFDocument = import('@cantoo/pdf-lib').PDFDocument;
type PDFPage = import('@cantoo/pdf-lib').PDFPage;
type PDFFont = import('@cantoo/pdf-lib').PDFFont;

/** Fixed wording of the bundle: the shipped English strings; templates/<lang>/strings.json "bundle" overrides each key. */
export const defaultBundleStrings = english.bundle;
export type BundleStrings = typeof defaultBundleStrings;

export function bundleStrings(strings: Strings): BundleStrings {
  return strings.bundle;
}

/** Where each exhibit starts in the bundle (1-based), and the total. */
export interface BundleLayout {
  indexPages: number;
  starts: Map<string, number>;
  exhibitPages: Map<string, number>;
  total: number;
}

const PT_PER_MM = 72 / 25.4;
const PAPER = { A4: [595.28, 841.89], LETTER: [612, 792] } as const;
/** Height of the band at the bottom of a page that holds the stamp. */
const STAMP_BAND = 16 * PT_PER_MM;
const STAMP_SIZE = 7.5;
const MAX_TABLE_ROWS = 1500;

const t = (text: string, style: Partial<Span> = {}): Span[] => [{ text, ...style }];

/** A bare document (no footer: the bundle stamps every page itself). */
function bareDocument(c: Case, title: string, blocks: Block[]): DocumentModel {
  return { title, author: c.input.seller.legal_name, subject: title, language: c.locale, paper: c.paper, createdAt: documentDate(c.letterDate), footer: '', blocks };
}

function supportsLines(f: EvidenceFacts, strings: Strings): string {
  const s = f.exhibit.supports;
  const I = strings.index;
  return [
    [I.rootCauses, s.rootCauses],
    [I.grounds, s.grounds],
    [I.actions, s.actions],
    [I.measures, s.measures],
    [I.other, s.other],
  ]
    .filter(([, list]) => (list as string[]).length)
    .map(([name, list]) => `${name}: ${(list as string[]).join(', ')}`)
    .join('\n');
}

/** One cover page per exhibit, as one document with page breaks between them. */
export function coversDocument(c: Case, facts: EvidenceFacts[], strings: Strings): DocumentModel {
  const B = bundleStrings(strings);
  const blocks: Block[] = [];
  facts.forEach((f, i) => {
    if (i) blocks.push({ kind: 'pageBreak' });
    const e = f.exhibit;
    const row = (label: string, value: string): Span[][] => [t(label, { bold: true }), t(value)];
    blocks.push(
      { kind: 'spacer' },
      { kind: 'heading', level: 1, spans: t(fill(B.coverTitle, { label: e.label })) },
      { kind: 'paragraph', style: 'subject', spans: t(e.title) },
      { kind: 'rule' },
      {
        kind: 'table',
        // The first fact is the header row, so the table has no empty header band.
        columns: [{ title: t(B.id), width: 1 }, { title: t(e.id), width: 3 }],
        rows: [
          row(B.kind, evidenceKindLabel(e.kind, strings)),
          row(B.date, e.date ? formatDate(e.date, c.locale) : '-'),
          row(B.file, f.file),
          row(B.pages, String(f.pages ?? '-')),
          row(B.sha256, f.sha256),
          row(B.supports, supportsLines(f, strings) || '-'),
        ],
      },
    );
    if (e.highlights?.length) blocks.push({ kind: 'paragraph', style: 'small', spans: t(`Highlighted: ${e.highlights.join('; ')}`) });
  });
  return bareDocument(c, `${B.title}: ${c.id}`, blocks);
}

// ---------------------------------------------------------------------------------------------
// Text-like evidence → readable pages

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => (e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (entities[e] ?? m)));

/** Parses CSV (RFC 4180, comma or semicolon) into rows. */
export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) row.push(field), (field = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += ch;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''));
}

/** The text of a DOCX, one string per paragraph. */
export function docxParagraphs(bytes: Uint8Array): string[] {
  const files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' });
  const xml = files['word/document.xml'] ? strFromU8(files['word/document.xml']) : '';
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    unescapeXml(
      p[0]
        .replace(/<w:tab\/>/g, '\t')
        .replace(/<w:br\/>/g, '\n')
        .replace(/<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>/g, '\u0001$1\u0002')
        .replace(/[^\u0001\u0002]*?\u0001([\s\S]*?)\u0002/g, '$1')
        .replace(/<[^>]*>/g, ''),
    ),
  );
}

/** The sheets of an XLSX as rows of cell text (values as stored; formulas show their cached result). */
export function xlsxSheets(bytes: Uint8Array): { name: string; rows: string[][] }[] {
  const files = unzipSync(bytes, { filter: (f) => f.name.startsWith('xl/') && f.name.endsWith('.xml') });
  const text = (name: string) => (files[name] ? strFromU8(files[name]) : '');
  const shared = [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => unescapeXml([...m[1].matchAll(/<t(?: [^>]*)?>([\s\S]*?)<\/t>/g)].map((x) => x[1]).join('')));
  const names = [...text('xl/workbook.xml').matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => unescapeXml(m[1]));
  const sheetFiles = Object.keys(files)
    .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
  const col = (ref: string) => [...ref.replace(/\d+/g, '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return sheetFiles.map((file, i) => {
    const rows: string[][] = [];
    for (const r of text(file).matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)) {
      const row: string[] = [];
      for (const c of r[1].matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const attrs = c[1];
        const ref = attrs.match(/r="([A-Z]+\d+)"/)?.[1];
        const type = attrs.match(/t="(\w+)"/)?.[1];
        const inner = c[2] ?? '';
        const v = unescapeXml(inner.match(/<v>([\s\S]*?)<\/v>/)?.[1] ?? '');
        const value = type === 's' ? (shared[Number(v)] ?? '') : type === 'inlineStr' ? unescapeXml([...inner.matchAll(/<t(?: [^>]*)?>([\s\S]*?)<\/t>/g)].map((x) => x[1]).join('')) : v;
        row[ref ? col(ref) : row.length] = value;
      }
      rows.push(Array.from(row, (x) => x ?? ''));
    }
    return { name: names[i] ?? `Sheet${i + 1}`, rows: rows.filter((r) => r.some((x) => x.trim() !== '')) };
  });
}

function tableBlocks(rows: string[][], B: BundleStrings): Block[] {
  if (!rows.length) return [];
  const width = Math.min(12, Math.max(...rows.map((r) => r.length)));
  const pad = (r: string[]) => Array.from({ length: width }, (_, i) => r[i] ?? '');
  const [head, ...body] = rows;
  const shown = body.slice(0, MAX_TABLE_ROWS);
  const blocks: Block[] = [{ kind: 'table', columns: pad(head).map((h) => ({ title: t(h) })), rows: shown.map((r) => pad(r).map((cell) => t(cell))) }];
  if (body.length > shown.length) blocks.push({ kind: 'paragraph', style: 'small', spans: t(fill(B.truncated, { count: body.length - shown.length })) });
  return blocks;
}

/** A text-like exhibit (CSV, TXT, XLSX, DOCX) as a readable document; undefined for other formats. */
export function textExhibitDocument(c: Case, f: EvidenceFacts, strings: Strings): DocumentModel | undefined {
  const B = bundleStrings(strings);
  const heading: Block = { kind: 'paragraph', style: 'small', spans: t(fill(B.textFile, { file: f.file })) };
  let blocks: Block[];
  if (f.format === 'csv') blocks = [heading, ...tableBlocks(parseCsv(new TextDecoder().decode(f.bytes)), B)];
  else if (f.format === 'txt') {
    const lines = new TextDecoder().decode(f.bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
    blocks = [heading, ...lines.map((line): Block => (line.trim() ? { kind: 'paragraph', style: 'small', spans: t(line) } : { kind: 'spacer' }))];
  } else if (f.format === 'docx') blocks = [heading, ...docxParagraphs(f.bytes).map((p): Block => (p.trim() ? { kind: 'paragraph', spans: t(p) } : { kind: 'spacer' }))];
  else if (f.format === 'xlsx') blocks = [heading, ...xlsxSheets(f.bytes).flatMap((s): Block[] => [{ kind: 'heading', level: 2, spans: t(fill(B.sheet, { name: s.name })) }, ...tableBlocks(s.rows, B)])];
  else return undefined;
  if (blocks.length === 1) blocks.push({ kind: 'paragraph', spans: t('-') });
  return bareDocument(c, f.exhibit.title, blocks);
}

// ---------------------------------------------------------------------------------------------
// Images

/** The EXIF orientation of a JPEG (1 when absent). */
export function jpegOrientation(bytes: Uint8Array): number {
  let i = 2;
  while (i + 4 < bytes.length && bytes[i] === 0xff) {
    const marker = bytes[i + 1];
    const len = (bytes[i + 2] << 8) | bytes[i + 3];
    if (marker === 0xe1 && String.fromCharCode(...bytes.subarray(i + 4, i + 8)) === 'Exif') {
      const tiff = i + 10;
      const little = bytes[tiff] === 0x49;
      const u16 = (o: number) => (little ? bytes[o] | (bytes[o + 1] << 8) : (bytes[o] << 8) | bytes[o + 1]);
      const u32 = (o: number) => (little ? u16(o) + u16(o + 2) * 65536 : u16(o) * 65536 + u16(o + 2));
      const ifd = tiff + u32(tiff + 4);
      const count = u16(ifd);
      for (let k = 0; k < count; k++) {
        const entry = ifd + 2 + k * 12;
        if (entry + 10 > bytes.length) break;
        if (u16(entry) === 0x0112) return u16(entry + 8);
      }
      return 1;
    }
    if (marker === 0xda) break;
    i += 2 + len;
  }
  return 1;
}

/** What a PNG's header and chunks say, with its image data (the IDAT chunks joined). */
export interface PngFacts {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
  /** PLTE: RGB triples. */
  palette?: Uint8Array;
  /** A tRNS chunk is present (transparency without an alpha channel). */
  transparency: boolean;
  /** The zlib stream of the image data, exactly as stored. */
  data: Uint8Array;
}

/** Reads a PNG's chunks (no decompression); undefined when the file is not a well-formed PNG. */
export function readPng(bytes: Uint8Array): PngFacts | undefined {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 33 || sig.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: Uint8Array[] = [];
  let header: Omit<PngFacts, 'data' | 'palette' | 'transparency'> | undefined;
  let palette: Uint8Array | undefined;
  let transparency = false;
  let ended = false;
  for (let i = 8; i + 12 <= bytes.length; ) {
    const length = view.getUint32(i);
    const type = String.fromCharCode(bytes[i + 4], bytes[i + 5], bytes[i + 6], bytes[i + 7]);
    const body = i + 8;
    if (length > bytes.length - body - 4) return undefined;
    if (!header && type !== 'IHDR') return undefined;
    if (type === 'IHDR') {
      if (length < 13) return undefined;
      header = { width: view.getUint32(body), height: view.getUint32(body + 4), bitDepth: bytes[body + 8], colorType: bytes[body + 9], interlace: bytes[body + 12] };
    } else if (type === 'PLTE') palette = bytes.subarray(body, body + length);
    else if (type === 'tRNS') transparency = true;
    else if (type === 'IDAT') parts.push(bytes.subarray(body, body + length));
    else if (type === 'IEND') {
      ended = true;
      break;
    }
    i = body + length + 4;
  }
  if (!header || !ended || !parts.length || !header.width || !header.height) return undefined;
  const size = parts.reduce((n, p) => n + p.length, 0);
  const data = new Uint8Array(size);
  let at = 0;
  for (const p of parts) data.set(p, at), (at += p.length);
  return { ...header, palette, transparency, data };
}

/**
 * Whether a PNG's image data can go into the PDF as it is (FlateDecode with the PNG predictors): not
 * interlaced, no alpha channel or tRNS transparency, greyscale / RGB / palette at depths PDF takes.
 */
export function pngIsPassThrough(png: PngFacts): boolean {
  if (png.interlace !== 0 || png.transparency) return false;
  if (png.colorType === 0) return [1, 2, 4, 8].includes(png.bitDepth);
  if (png.colorType === 2) return png.bitDepth === 8;
  if (png.colorType === 3) return [1, 2, 4, 8].includes(png.bitDepth) && !!png.palette && png.palette.length >= 3 && png.palette.length % 3 === 0 && png.palette.length <= 768;
  return false;
}

/** An image ready to register in any bundle: its XObject streams, made once per content and reused. */
interface PreparedImage {
  width: number;
  height: number;
  /** Bytes held (for the cache's bound). */
  size?: number;
  register: (bundle: PDFDocument, lib: PdfLib) => import('@cantoo/pdf-lib').PDFRef;
}

/** Decoded images by SHA-256 of the PNG, kept for the life of the process (watch, repeated cases). */
const preparedImages = new Map<string, PreparedImage>();
let preparedBytes = 0;
/** Beyond this many bytes of image streams the cache starts afresh (bounds memory in long runs). */
const PREPARED_LIMIT = 16 * 1024 * 1024;

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

/** The XObject of a PNG: the image data passed through when it can be, else decoded by pdf-lib (alpha as an SMask). */
async function preparePng(bytes: Uint8Array, lib: PdfLib, png = readPng(bytes)): Promise<PreparedImage> {
  if (png && pngIsPassThrough(png)) {
    const colors = png.colorType === 2 ? 3 : 1;
    const { width, height, bitDepth, data } = png;
    const palette = png.colorType === 3 ? png.palette! : undefined;
    return {
      width,
      height,
      register: (bundle) => {
        const { context } = bundle;
        const colorSpace = palette
          ? context.obj([lib.PDFName.of('Indexed'), lib.PDFName.of('DeviceRGB'), palette.length / 3 - 1, lib.PDFHexString.of(hex(palette))])
          : lib.PDFName.of(colors === 3 ? 'DeviceRGB' : 'DeviceGray');
        const stream = context.stream(data, {
          Type: 'XObject',
          Subtype: 'Image',
          Width: width,
          Height: height,
          BitsPerComponent: bitDepth,
          ColorSpace: colorSpace,
          Filter: 'FlateDecode',
          DecodeParms: { Predictor: 15, Colors: colors, BitsPerComponent: bitDepth, Columns: width },
        });
        return context.register(stream);
      },
    };
  }
  // Alpha, transparency or interlace: pdf-lib decodes to RGB (+ alpha); compressed once here, the same
  // way its own embedder does (fflate zlibSync), and kept.
  const embedder = await lib.PngEmbedder.for(bytes);
  const { image } = embedder as unknown as { image: { rgbChannel: Uint8Array; alphaChannel?: Uint8Array; bitsPerComponent: number } };
  const rgb = zlibSync(image.rgbChannel);
  const alpha = image.alphaChannel ? zlibSync(image.alphaChannel) : undefined;
  const { width, height } = embedder;
  const bpc = image.bitsPerComponent;
  return {
    width,
    height,
    size: rgb.length + (alpha?.length ?? 0),
    register: (bundle) => {
      const { context } = bundle;
      const SMask = alpha
        ? context.register(context.stream(alpha, { Type: 'XObject', Subtype: 'Image', Height: height, Width: width, BitsPerComponent: bpc, ColorSpace: 'DeviceGray', Decode: [0, 1], Filter: 'FlateDecode' }))
        : undefined;
      return context.register(context.stream(rgb, { Type: 'XObject', Subtype: 'Image', BitsPerComponent: bpc, Width: width, Height: height, ColorSpace: 'DeviceRGB', ...(SMask ? { SMask } : {}), Filter: 'FlateDecode' }));
    },
  };
}

/** Embeds a PNG in a bundle, reusing the prepared streams of identical content (`key`: the evidence file's SHA-256, already known). */
async function embedPngCached(bundle: PDFDocument, lib: PdfLib, bytes: Uint8Array, key: string): Promise<import('@cantoo/pdf-lib').PDFImage> {
  const png = readPng(bytes);
  let prepared: PreparedImage | undefined;
  // Image data that goes in as it is needs no work worth keeping; decoded (alpha, interlaced) images are kept.
  if (png && pngIsPassThrough(png)) prepared = await preparePng(bytes, lib, png);
  else {
    prepared = preparedImages.get(key);
    if (!prepared) {
      prepared = await preparePng(bytes, lib, png);
      const size = prepared.size ?? bytes.length;
      preparedBytes += size;
      if (preparedBytes > PREPARED_LIMIT) preparedImages.clear(), (preparedBytes = size);
      preparedImages.set(key, prepared);
    }
  }
  const ref = prepared.register(bundle, lib);
  // The streams are registered already; the embedder only tells pdf-lib the size (it is never asked to embed).
  // (pdf-lib checks the embedder's class, hence the prototype.)
  const embedder = Object.assign(Object.create(lib.PngEmbedder.prototype) as object, { width: prepared.width, height: prepared.height, embedIntoContext: async () => ref });
  return lib.PDFImage.of(ref, bundle, embedder as unknown as import('@cantoo/pdf-lib').PngEmbedder);
}

const gifCache = new Map<string, Promise<Uint8Array | undefined>>();

/** GIF (first frame) to PNG through @napi-rs/canvas, when it is installed; undefined otherwise. */
async function gifToPng(bytes: Uint8Array): Promise<Uint8Array | undefined> {
  try {
    const { loadImage, createCanvas } = await import('@napi-rs/canvas');
    const image = await loadImage(Buffer.from(bytes));
    const canvas = createCanvas(image.width, image.height);
    canvas.getContext('2d').drawImage(image, 0, 0);
    return new Uint8Array(canvas.toBuffer('image/png'));
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Assembly

interface Source {
  /** Draws the exhibit's pages into the bundle; returns how many it added. */
  pages: number;
  add: (bundle: PDFDocument, lib: PdfLib) => Promise<PDFPage[]>;
}

function stampFontFile(c: Case): string {
  const faces = fontFaces();
  if (c.language === 'ja') return faces.NotoSansJP.normal;
  if (c.language.startsWith('zh')) return faces.NotoSansSC.normal;
  return faces.NotoSans.normal;
}

type Fontkit = typeof import('@cantoo/fontkit').default;

const stampFontData = new Map<string, Uint8Array>();
/** The stamp font's file, read once per process (the same bytes object each time: the parse cache keys on it). */
function stampFontBytes(file: string): Uint8Array {
  let bytes = stampFontData.get(file);
  if (!bytes) stampFontData.set(file, (bytes = readFileSync(file)));
  return bytes;
}

const parsedStampFonts = new WeakMap<Uint8Array, unknown>();
let cachingFontkit: { kit: Fontkit; wrapped: Fontkit } | undefined;
/**
 * fontkit with create() cached per font file: every bundle subsets the stamp font afresh (pdf-lib makes a
 * new subset per document), but the font is parsed once per process.
 */
function stampFontkit(kit: Fontkit): Fontkit {
  if (cachingFontkit?.kit !== kit) {
    const wrapped = Object.create(kit) as Fontkit;
    (wrapped as unknown as { create: (data: Uint8Array, postscriptName?: string) => unknown }).create = (data: Uint8Array, postscriptName?: string) => {
      if (postscriptName) return kit.create(data as Buffer, postscriptName);
      let font = parsedStampFonts.get(data);
      if (!font) parsedStampFonts.set(data, (font = withLayoutMemo(kit.create(data as Buffer))));
      return font;
    };
    cachingFontkit = { kit, wrapped };
  }
  return cachingFontkit.wrapped;
}

/** Stamp lines laid out (shaped) per font; most recur on every page and in every re-render. */
const LAYOUT_MEMO_LIMIT = 4096;
function withLayoutMemo<T>(font: T): T {
  const f = font as unknown as { layout?: (text: string, features?: unknown, ...rest: unknown[]) => unknown };
  if (typeof f.layout !== 'function') return font;
  const layout = f.layout.bind(font);
  const memo = new Map<string, unknown>();
  f.layout = (text: string, features?: unknown, ...rest: unknown[]) => {
    if (rest.length || typeof text !== 'string') return layout(text, features, ...rest);
    const key = `${JSON.stringify(features ?? null)}\0${text}`;
    let run = memo.get(key);
    if (run === undefined) {
      if (memo.size >= LAYOUT_MEMO_LIMIT) memo.clear();
      memo.set(key, (run = layout(text, features)));
    }
    return run;
  };
  return font;
}

/** Copies every page of a PDF into the bundle, scaled into the frame above the stamp band. */
async function framedPdfPages(bundle: PDFDocument, lib: PdfLib, bytes: Uint8Array, password?: string): Promise<PDFPage[]> {
  const source = await lib.PDFDocument.load(bytes, { updateMetadata: false, ...(password ? { password } : {}) });
  const embedded = await bundle.embedPages(source.getPages());
  return embedded.map((e) => {
    const { width, height } = e;
    const page = bundle.addPage([width, height]);
    const margin = 6;
    const scale = Math.min((width - 2 * margin) / width, (height - STAMP_BAND - margin) / height);
    const w = width * scale;
    const h = height * scale;
    page.drawPage(e, { x: (width - w) / 2, y: STAMP_BAND + (height - STAMP_BAND - h) / 2, width: w, height: h });
    page.drawRectangle({ x: (width - w) / 2, y: STAMP_BAND + (height - STAMP_BAND - h) / 2, width: w, height: h, borderColor: lib.rgb(0.8, 0.8, 0.8), borderWidth: 0.5 });
    return page;
  });
}

/** Places an image on one page of the bundle's paper, scaled to fit inside the margins. */
function imagePage(bundle: PDFDocument, lib: PdfLib, image: import('@cantoo/pdf-lib').PDFImage, paper: readonly [number, number], orientation = 1): PDFPage {
  const [pw, ph] = paper;
  const margin = 18 * PT_PER_MM;
  const box = { x: margin, y: STAMP_BAND + 6, w: pw - 2 * margin, h: ph - margin - STAMP_BAND - 6 };
  const turned = orientation === 6 || orientation === 8;
  const iw = turned ? image.height : image.width;
  const ih = turned ? image.width : image.height;
  // Fit the frame, but do not blow a small screenshot up beyond 1.5 points per pixel.
  const scale = Math.min(box.w / iw, box.h / ih, 1.5);
  const dw = iw * scale;
  const dh = ih * scale;
  const x = box.x + (box.w - dw) / 2;
  const y = box.y + box.h - dh; // top-aligned, like a document
  const page = bundle.addPage([pw, ph]);
  const w = image.width * scale;
  const h = image.height * scale;
  if (orientation === 6) page.drawImage(image, { x, y: y + dh, width: w, height: h, rotate: lib.degrees(-90) });
  else if (orientation === 8) page.drawImage(image, { x: x + dw, y, width: w, height: h, rotate: lib.degrees(90) });
  else if (orientation === 3) page.drawImage(image, { x: x + dw, y: y + dh, width: w, height: h, rotate: lib.degrees(180) });
  else page.drawImage(image, { x, y, width: w, height: h });
  return page;
}

async function sourceFor(c: Case, f: EvidenceFacts, strings: Strings, lib: PdfLib): Promise<Source> {
  const paper = PAPER[c.paper];
  const B = bundleStrings(strings);
  if (f.format === 'pdf') {
    const pages = f.pages ?? (await lib.PDFDocument.load(f.bytes, { updateMetadata: false, ...(f.exhibit.password ? { password: f.exhibit.password } : {}) })).getPageCount();
    return { pages, add: (bundle) => framedPdfPages(bundle, lib, f.bytes, f.exhibit.password) };
  }
  if (f.format === 'png' || f.format === 'jpeg') {
    return { pages: 1, add: async (bundle) => [imagePage(bundle, lib, f.format === 'png' ? await embedPngCached(bundle, lib, f.bytes, f.sha256) : await bundle.embedJpg(f.bytes), paper, f.format === 'jpeg' ? jpegOrientation(f.bytes) : 1)] };
  }
  if (f.format === 'gif') {
    const key = f.sha256;
    let converted = gifCache.get(key);
    if (!converted) {
      if (gifCache.size >= 64) gifCache.clear();
      converted = gifToPng(f.bytes);
      gifCache.set(key, converted);
    }
    const png = await converted;
    if (png) return { pages: 1, add: async (bundle) => [imagePage(bundle, lib, await embedPngCached(bundle, lib, png, `gif:${f.sha256}`), paper)] };
  }
  const doc =
    textExhibitDocument(c, f, strings) ??
    bareDocument(c, f.exhibit.title, [{ kind: 'paragraph', spans: t(fill(B.notShown, { format: f.format.toUpperCase(), file: f.file })) }]);
  const bytes = await renderPdf(doc);
  const loaded = await lib.PDFDocument.load(bytes, { updateMetadata: false });
  return {
    pages: loaded.getPageCount(),
    add: async (bundle) => (await bundle.copyPages(loaded, loaded.getPageIndices())).map((p) => bundle.addPage(p)),
  };
}

/** The evidence index with a column giving the bundle page where each exhibit starts. */
function tocDocument(c: Case, facts: EvidenceFacts[], strings: Strings, starts: Map<string, number>): DocumentModel {
  const doc = evidenceIndexDocument(c, facts, strings, { bundleStarts: starts, bundlePageLabel: bundleStrings(strings).bundlePage });
  // The extra column squeezes the index: widen the short ones so "Exhibit", "Pages" and "Bundle page" do not break inside a word.
  const widths = [1.4, 3.6, 2.4, 2.2, 1.3, 2.6, 1.5];
  const blocks = doc.blocks.map((b, i) =>
    b.kind === 'table' && i === doc.blocks.findIndex((x) => x.kind === 'table') && b.columns.length === widths.length
      ? { ...b, columns: b.columns.map((col, k) => ({ ...col, width: widths[k] })) }
      : b,
  );
  return { ...doc, blocks, footer: '', footerNote: undefined };
}

function stamp(page: PDFPage, font: PDFFont, lib: PdfLib, left: string, middle: string, right: string) {
  const { width } = page.getSize();
  const [boxX] = [page.getMediaBox().x, page.getMediaBox().y];
  const y = page.getMediaBox().y + 8 * PT_PER_MM;
  const color = lib.rgb(0.25, 0.25, 0.3);
  const margin = 14 * PT_PER_MM;
  page.drawText(left, { x: boxX + margin, y, size: STAMP_SIZE, font, color });
  const mw = font.widthOfTextAtSize(middle, STAMP_SIZE);
  page.drawText(middle, { x: boxX + (width - mw) / 2, y, size: STAMP_SIZE, font, color });
  const rw = font.widthOfTextAtSize(right, STAMP_SIZE + 1);
  page.drawRectangle({ x: boxX + width - margin - rw - 4, y: y - 3, width: rw + 8, height: STAMP_SIZE + 6, borderColor: color, borderWidth: 0.6, color: lib.rgb(1, 1, 1) });
  page.drawText(right, { x: boxX + width - margin - rw, y, size: STAMP_SIZE + 1, font, color });
}

/** Adds an outline (bookmarks): the index, then one entry per exhibit. */
function addOutline(bundle: PDFDocument, lib: PdfLib, entries: { title: string; page: PDFPage }[]) {
  const { context } = bundle;
  const outlineRef = context.nextRef();
  const refs = entries.map(() => context.nextRef());
  entries.forEach((entry, i) => {
    const dict = context.obj({
      Title: lib.PDFHexString.fromText(entry.title),
      Parent: outlineRef,
      Dest: [entry.page.ref, 'Fit'],
    });
    if (i > 0) dict.set(lib.PDFName.of('Prev'), refs[i - 1]);
    if (i < refs.length - 1) dict.set(lib.PDFName.of('Next'), refs[i + 1]);
    context.assign(refs[i], dict);
  });
  context.assign(outlineRef, context.obj({ Type: 'Outlines', First: refs[0], Last: refs[refs.length - 1], Count: refs.length }));
  bundle.catalog.set(lib.PDFName.of('Outlines'), outlineRef);
  bundle.catalog.set(lib.PDFName.of('PageMode'), lib.PDFName.of('UseOutlines'));
}

/** Renders the bundle. Returns its bytes and layout (where each exhibit starts). */
export async function renderEvidenceBundle(c: Case, facts: EvidenceFacts[], strings: Strings): Promise<{ bytes: Uint8Array; layout: BundleLayout }> {
  const lib = await loadPdfLib();
  const fontkit = (await import('@cantoo/fontkit')).default;
  const B = bundleStrings(strings);
  const sources = await Promise.all(facts.map((f) => sourceFor(c, f, strings, lib)));
  const coversPdf = await lib.PDFDocument.load(await renderPdf(coversDocument(c, facts, strings)), { updateMetadata: false });
  if (coversPdf.getPageCount() !== facts.length) throw new Error(`cover pages overflowed (${coversPdf.getPageCount()} pages for ${facts.length} exhibits)`);

  // The index lists start pages, which depend on its own length: lay out until stable (two rounds at most in practice).
  let indexPages = 1;
  let layout!: BundleLayout;
  let tocBytes!: Uint8Array;
  for (let round = 0; round < 4; round++) {
    const starts = new Map<string, number>();
    const exhibitPages = new Map<string, number>();
    let next = indexPages + 1;
    facts.forEach((f, i) => {
      starts.set(f.exhibit.label, next);
      exhibitPages.set(f.exhibit.label, sources[i].pages);
      next += 1 + sources[i].pages;
    });
    layout = { indexPages, starts, exhibitPages, total: next - 1 };
    tocBytes = await renderPdf(tocDocument(c, facts, strings, starts));
    const counted = (await lib.PDFDocument.load(tocBytes, { updateMetadata: false })).getPageCount();
    if (counted === indexPages) break;
    indexPages = counted;
  }

  const bundle = await lib.PDFDocument.create({ updateMetadata: false });
  bundle.registerFontkit(stampFontkit(fontkit));
  const created = documentDate(c.letterDate);
  bundle.setTitle(`${B.title}: ${c.id}`);
  bundle.setAuthor(c.input.seller.legal_name);
  bundle.setSubject(`${c.input.seller.store_name} - ${B.title}`);
  bundle.setCreator('appeal-kit');
  bundle.setProducer('appeal-kit');
  bundle.setCreationDate(created);
  bundle.setModificationDate(created);
  bundle.setLanguage(c.locale);
  const font = await bundle.embedFont(stampFontBytes(stampFontFile(c)), { subset: true });

  const toc = await lib.PDFDocument.load(tocBytes, { updateMetadata: false });
  const tocPages = (await bundle.copyPages(toc, toc.getPageIndices())).map((p) => bundle.addPage(p));
  const total = layout.total;
  const bundleLabel = (n: number) => fill(B.stampBundle, { page: n, pages: total });
  tocPages.forEach((p, i) => stamp(p, font, lib, c.id, bundleLabel(i + 1), fill(B.stampIndex, { page: i + 1, pages: tocPages.length })));
  const outline: { title: string; page: PDFPage }[] = [{ title: strings.index.title, page: tocPages[0] }];
  let n = tocPages.length;
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i];
    const label = f.exhibit.label;
    const [cover] = await bundle.copyPages(coversPdf, [i]);
    bundle.addPage(cover);
    stamp(cover, font, lib, c.id, bundleLabel(++n), fill(B.stampCover, { label }));
    outline.push({ title: `${fill(B.coverTitle, { label })}: ${f.exhibit.title}`, page: cover });
    const pages = await sources[i].add(bundle, lib);
    if (pages.length !== sources[i].pages) throw new Error(`exhibit ${label}: expected ${sources[i].pages} pages, added ${pages.length}`);
    pages.forEach((p, k) => stamp(p, font, lib, c.id, bundleLabel(++n), fill(B.stampExhibit, { label, page: k + 1, pages: pages.length })));
  }
  addOutline(bundle, lib, outline);
  const bytes = await bundle.save({ useObjectStreams: true });
  return { bytes, layout };
}
