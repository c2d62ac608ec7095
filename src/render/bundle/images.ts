// Images in the bundle: JPEG orientation, PNG chunks passed through to the PDF when they can be, a
// process-wide cache of decoded images (watch mode, repeated cases), GIF first frames, and the page that
// shows one image.
import { deflateSync, inflateSync } from 'node:zlib';
import { BUNDLE } from '../theme.js';
import { imageProblem } from '../decode-limits.js';

type PdfLib = typeof import('@cantoo/pdf-lib');
type PDFDocument = import('@cantoo/pdf-lib').PDFDocument;
type PDFPage = import('@cantoo/pdf-lib').PDFPage;

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
      header = {
        width: view.getUint32(body),
        height: view.getUint32(body + 4),
        bitDepth: bytes[body + 8],
        colorType: bytes[body + 9],
        interlace: bytes[body + 12],
      };
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
  if (png.colorType === 3)
    return (
      [1, 2, 4, 8].includes(png.bitDepth) &&
      !!png.palette &&
      png.palette.length >= 3 &&
      png.palette.length % 3 === 0 &&
      png.palette.length <= 768
    );
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

/**
 * A zlib stream of decoded pixels, by Node's zlib: 5-7 times faster than a deflater in JavaScript on
 * screenshots, the largest single cost of a bundle. Its bytes are those of the running Node's zlib build, as
 * are those of every stream pdfmake writes (pdfkit deflates through node:zlib too): same install, same bytes.
 */
function deflated(pixels: Uint8Array): Uint8Array {
  const out = deflateSync(pixels, { level: 6 });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
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
  // Alpha, transparency or interlace: decoded to RGB (+ alpha), here or by pdf-lib, compressed once and kept.
  const decoded = png && rgbaPixels(bytes, png);
  const embedder = decoded ? undefined : await lib.PngEmbedder.for(bytes);
  const image = decoded ?? (embedder as unknown as { image: { rgbChannel: Uint8Array; alphaChannel?: Uint8Array } }).image;
  const rgb = deflated(image.rgbChannel);
  const alpha = image.alphaChannel ? deflated(image.alphaChannel) : undefined;
  const width = embedder?.width ?? png!.width;
  const height = embedder?.height ?? png!.height;
  const bpc = 8;
  return {
    width,
    height,
    size: rgb.length + (alpha?.length ?? 0),
    register: (bundle) => {
      const { context } = bundle;
      const SMask = alpha
        ? context.register(
            context.stream(alpha, {
              Type: 'XObject',
              Subtype: 'Image',
              Height: height,
              Width: width,
              BitsPerComponent: bpc,
              ColorSpace: 'DeviceGray',
              Decode: [0, 1],
              Filter: 'FlateDecode',
            }),
          )
        : undefined;
      return context.register(
        context.stream(rgb, {
          Type: 'XObject',
          Subtype: 'Image',
          BitsPerComponent: bpc,
          Width: width,
          Height: height,
          ColorSpace: 'DeviceRGB',
          ...(SMask ? { SMask } : {}),
          Filter: 'FlateDecode',
        }),
      );
    },
  };
}

/**
 * The common slow case decoded natively: an 8-bit RGBA PNG, not interlaced, not animated, split into its
 * RGB and alpha channels as pdf-lib's decoder splits them (the alpha channel only when some pixel is not
 * opaque). Undefined for any other PNG, or one whose data does not inflate to whole rows: pdf-lib decodes those.
 * The rows are unfiltered in place in the inflated data and the alpha channel is made only when it is needed:
 * a batch decodes several screenshots per case, and each copy of an image is megabytes to allocate and collect.
 */
export function rgbaPixels(bytes: Uint8Array, png: PngFacts): { rgbChannel: Uint8Array; alphaChannel?: Uint8Array } | undefined {
  if (png.colorType !== 6 || png.bitDepth !== 8 || png.interlace !== 0 || hasChunk(bytes, 'acTL')) return undefined;
  const { width, height } = png;
  const stride = width * 4;
  let raw: Uint8Array;
  try {
    // No more than the rows need: a stream that inflates further is left to pdf-lib, which stops there.
    raw = inflateSync(png.data, { maxOutputLength: Math.max(1, height * (stride + 1)) });
  } catch {
    return undefined;
  }
  if (raw.length < height * (stride + 1)) return undefined;
  for (let y = 0; y < height; y++) {
    const row = y * (stride + 1) + 1;
    if (!unfilterRow(raw, raw[row - 1], row, y > 0 ? row - stride - 1 : -1, stride)) return undefined;
  }
  const pixels = width * height;
  const rgbChannel = new Uint8Array(pixels * 3);
  let opaque = 255;
  for (let y = 0, j = 0; y < height; y++) {
    const end = y * (stride + 1) + 1 + stride;
    for (let i = end - stride; i < end; i += 4, j += 3) {
      rgbChannel[j] = raw[i];
      rgbChannel[j + 1] = raw[i + 1];
      rgbChannel[j + 2] = raw[i + 2];
      opaque &= raw[i + 3];
    }
  }
  if (opaque === 255) return { rgbChannel };
  const alphaChannel = new Uint8Array(pixels);
  for (let y = 0, j = 0; y < height; y++) {
    const end = y * (stride + 1) + 1 + stride;
    for (let i = end - stride + 3; i < end; i += 4) alphaChannel[j++] = raw[i];
  }
  return { rgbChannel, alphaChannel };
}

/**
 * Reverses a PNG filter on one row of 4-byte pixels, in place: `row` is where its bytes start, `up` where the
 * row above starts (already unfiltered; -1 for the first row). False for a filter type PNG does not define.
 */
function unfilterRow(data: Uint8Array, filter: number, row: number, up: number, stride: number): boolean {
  const end = row + stride;
  switch (filter) {
    case 0:
      return true;
    case 1:
      for (let i = row + 4; i < end; i++) data[i] += data[i - 4];
      return true;
    case 2:
      if (up >= 0) for (let i = row, u = up; i < end; i++, u++) data[i] += data[u];
      return true;
    case 3:
      if (up < 0) {
        for (let i = row + 4; i < end; i++) data[i] += data[i - 4] >> 1;
        return true;
      }
      for (let i = row, u = up; i < row + 4; i++, u++) data[i] += data[u] >> 1;
      for (let i = row + 4, u = up + 4; i < end; i++, u++) data[i] += (data[i - 4] + data[u]) >> 1;
      return true;
    case 4:
      // Without a row above, Paeth predicts from the left: the Sub filter.
      if (up < 0) {
        for (let i = row + 4; i < end; i++) data[i] += data[i - 4];
        return true;
      }
      for (let i = row, u = up; i < row + 4; i++, u++) data[i] += data[u];
      for (let i = row + 4, u = up + 4; i < end; i++, u++) {
        const a = data[i - 4];
        const b = data[u];
        const c = data[u - 4];
        const pa = b > c ? b - c : c - b;
        const pb = a > c ? a - c : c - a;
        const pc = a + b - c - c > 0 ? a + b - c - c : c + c - a - b;
        data[i] += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      return true;
    default:
      return false;
  }
}

/** Whether a PNG has a chunk of the given type (before IEND). */
function hasChunk(bytes: Uint8Array, wanted: string): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 8; i + 12 <= bytes.length; ) {
    const type = String.fromCharCode(bytes[i + 4], bytes[i + 5], bytes[i + 6], bytes[i + 7]);
    if (type === wanted) return true;
    if (type === 'IEND') return false;
    i += 12 + view.getUint32(i);
  }
  return false;
}

/** Embeds a PNG in a bundle, reusing the prepared streams of identical content (`key`: the evidence file's SHA-256, already known). */
export async function embedPngCached(
  bundle: PDFDocument,
  lib: PdfLib,
  bytes: Uint8Array,
  key: string,
): Promise<import('@cantoo/pdf-lib').PDFImage> {
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
  const embedder = Object.assign(Object.create(lib.PngEmbedder.prototype) as object, {
    width: prepared.width,
    height: prepared.height,
    embedIntoContext: async () => ref,
  });
  return lib.PDFImage.of(ref, bundle, embedder as unknown as import('@cantoo/pdf-lib').PngEmbedder);
}

/** GIF (first frame) to PNG through @napi-rs/canvas, when it is installed; undefined otherwise. */
async function gifToPng(bytes: Uint8Array): Promise<Uint8Array | undefined> {
  // The evidence stage refuses these already; a decoder that allocates what a header declares is never handed one.
  if (imageProblem('gif', bytes)) return undefined;
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

const gifCache = new Map<string, Promise<Uint8Array | undefined>>();

/** A GIF's first frame as PNG bytes, converted once per content (`key`: the file's SHA-256); undefined when it cannot be read. */
export function gifAsPng(bytes: Uint8Array, key: string): Promise<Uint8Array | undefined> {
  let converted = gifCache.get(key);
  if (!converted) {
    if (gifCache.size >= 64) gifCache.clear();
    converted = gifToPng(bytes);
    gifCache.set(key, converted);
  }
  return converted;
}

/** Places an image on one page of the bundle's paper, scaled to fit inside the margins. */
export function imagePage(
  bundle: PDFDocument,
  lib: PdfLib,
  image: import('@cantoo/pdf-lib').PDFImage,
  paper: readonly [number, number],
  orientation = 1,
): PDFPage {
  const [pw, ph] = paper;
  const box = {
    x: BUNDLE.imageMargin,
    y: BUNDLE.stampBand + BUNDLE.frameGap,
    w: pw - 2 * BUNDLE.imageMargin,
    h: ph - BUNDLE.imageMargin - BUNDLE.stampBand - BUNDLE.frameGap,
  };
  const turned = orientation === 6 || orientation === 8;
  const iw = turned ? image.height : image.width;
  const ih = turned ? image.width : image.height;
  // Fit the frame, but do not blow a small screenshot up beyond 1.5 points per pixel.
  const scale = Math.min(box.w / iw, box.h / ih, BUNDLE.imageMaxScale);
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
