// Evidence images and archives measured before anything decodes them: an image's declared size (PNG IHDR, JPEG SOF,
// GIF logical screen, TIFF first IFD) and a zip's entries (DOCX, XLSX) are read from their headers and held
// to limits, so a few bytes that declare gigapixels or a zip bomb are refused at their evidence line.
import { Unzip, UnzipInflate } from 'fflate';
import type { EvidenceFormat } from '../model/evidence.js';

/** Limits on what decoding an evidence file may cost. */
export interface EvidenceLimits {
  maxPixels: number;
  maxSide: number;
  maxDecodedBytes: number;
  maxZipEntries: number;
  maxZipBytes: number;
}

/** The limits evidence is held to; far beyond any real screenshot, scan or office file. */
export const EVIDENCE_LIMITS: EvidenceLimits = {
  /** Pixels of one image (100 megapixels). */
  maxPixels: 100_000_000,
  /** Pixels along one side. */
  maxSide: 30_000,
  /** Bytes of a decoded image (PNG: at its own bit depth and channels; others as RGBA). */
  maxDecodedBytes: 512 * 1024 * 1024,
  /** Entries of a zip-based exhibit. */
  maxZipEntries: 10_000,
  /** Bytes of a zip-based exhibit once inflated. */
  maxZipBytes: 256 * 1024 * 1024,
};

/** What is wrong with an image or archive, in words a user can act on; undefined when it is within limits. */
export interface LimitProblem {
  message: string;
  note: string;
}

/** An image's declared pixel size, or a reason it cannot be read. */
export type ImageHeader = { width: number; height: number; bytesPerPixel: number } | { damaged: string };

const u16be = (b: Uint8Array, o: number) => (b[o] << 8) | b[o + 1];
const u32be = (b: Uint8Array, o: number) => ((b[o] << 24) >>> 0) + (b[o + 1] << 16) + (b[o + 2] << 8) + b[o + 3];

/** PNG: IHDR, and every chunk present up to IEND (a truncated file is damaged). */
export function pngHeader(b: Uint8Array): ImageHeader {
  if (b.length < 33 || u32be(b, 8) !== 13 || String.fromCharCode(...b.subarray(12, 16)) !== 'IHDR')
    return { damaged: 'its header (IHDR) is missing' };
  const width = u32be(b, 16);
  const height = u32be(b, 20);
  const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[b[25]];
  if (!width || !height || !channels) return { damaged: 'its header (IHDR) is not valid' };
  let idat = false;
  for (let i = 8; ; ) {
    if (i + 12 > b.length) return { damaged: 'it is cut short (no IEND chunk): the file was not copied or saved completely' };
    const length = u32be(b, i);
    const type = String.fromCharCode(...b.subarray(i + 4, i + 8));
    if (length > b.length - i - 12) return { damaged: `it is cut short (its ${type} chunk runs past the end of the file)` };
    if (type === 'IDAT') idat = true;
    if (type === 'IEND') break;
    i += 12 + length;
  }
  if (!idat) return { damaged: 'it has no image data (IDAT)' };
  return { width, height, bytesPerPixel: Math.max(1, (channels * b[24]) / 8) };
}

/** JPEG: the first SOF marker's size. */
export function jpegHeader(b: Uint8Array): ImageHeader {
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return { damaged: 'its markers are broken' };
    const marker = b[i + 1];
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    const length = u16be(b, i + 2);
    if (length < 2) return { damaged: 'its markers are broken' };
    const sof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (sof) {
      if (i + 9 > b.length) break;
      const height = u16be(b, i + 5);
      const width = u16be(b, i + 7);
      if (!width || !height) return { damaged: 'its frame header gives no size' };
      return { width, height, bytesPerPixel: 4 };
    }
    if (marker === 0xda || marker === 0xd9) return { damaged: 'it has no frame header (SOF) before its image data' };
    i += 2 + length;
  }
  return { damaged: 'it is cut short before its frame header (SOF)' };
}

/** GIF: the logical screen, and the first image's own size (either may be what a decoder allocates). */
export function gifHeader(b: Uint8Array): ImageHeader {
  if (b.length < 13) return { damaged: 'it is cut short before its screen size' };
  let width = b[6] | (b[7] << 8);
  let height = b[8] | (b[9] << 8);
  let i = 13 + (b[10] & 0x80 ? 3 * 2 ** ((b[10] & 7) + 1) : 0);
  // Skip extensions up to the first image descriptor.
  while (i < b.length && b[i] === 0x21) {
    i += 2;
    while (i < b.length && b[i] !== 0) i += b[i] + 1;
    i++;
  }
  if (i + 10 <= b.length && b[i] === 0x2c) {
    width = Math.max(width, (b[i + 1] | (b[i + 2] << 8)) + (b[i + 5] | (b[i + 6] << 8)));
    height = Math.max(height, (b[i + 3] | (b[i + 4] << 8)) + (b[i + 7] | (b[i + 8] << 8)));
  }
  if (!width || !height) return { damaged: 'its screen size is zero' };
  return { width, height, bytesPerPixel: 4 };
}

/** TIFF: ImageWidth and ImageLength of the first IFD. */
export function tiffHeader(b: Uint8Array): ImageHeader {
  if (b.length < 8) return { damaged: 'it is cut short' };
  const little = b[0] === 0x49;
  const u16 = (o: number) => (little ? b[o] | (b[o + 1] << 8) : u16be(b, o));
  const u32 = (o: number) => (little ? (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 2 ** 24 : u32be(b, o));
  const ifd = u32(4);
  if (ifd + 2 > b.length) return { damaged: 'its first directory (IFD) lies past the end of the file' };
  let width = 0;
  let height = 0;
  for (let k = 0, n = u16(ifd); k < n; k++) {
    const e = ifd + 2 + k * 12;
    if (e + 12 > b.length) return { damaged: 'it is cut short inside its first directory (IFD)' };
    const tag = u16(e);
    const value = u16(e + 2) === 3 ? u16(e + 8) : u32(e + 8);
    if (tag === 0x100) width = value;
    if (tag === 0x101) height = value;
  }
  if (!width || !height) return { damaged: 'its first directory gives no image size' };
  return { width, height, bytesPerPixel: 4 };
}

const headers: Partial<Record<EvidenceFormat, (b: Uint8Array) => ImageHeader>> = {
  png: pngHeader,
  jpeg: jpegHeader,
  gif: gifHeader,
  tiff: tiffHeader,
};

/** The problem with an image's declared size, or with a header that cannot be read; undefined when fine. */
export function imageProblem(
  format: EvidenceFormat,
  bytes: Uint8Array,
  limits: EvidenceLimits = EVIDENCE_LIMITS,
): LimitProblem | undefined {
  const read = headers[format];
  if (!read) return undefined;
  const header = read(bytes);
  const name = format.toUpperCase();
  if ('damaged' in header)
    return {
      message: `is a damaged ${name}: ${header.damaged}`,
      note: 'Open the image and save or export it again, or take the screenshot again.',
    };
  const { width, height } = header;
  const pixels = width * height;
  const decoded = pixels * header.bytesPerPixel;
  const mp = (n: number) => `${(n / 1e6).toFixed(n < 1e7 ? 1 : 0)} megapixels`;
  const note = 'Scale the image down (a screenshot at screen size is plenty) or save the page as PDF.';
  if (width > limits.maxSide || height > limits.maxSide)
    return { message: `declares ${width} x ${height} pixels, over the limit of ${limits.maxSide} pixels a side`, note };
  if (pixels > limits.maxPixels)
    return { message: `declares ${width} x ${height} pixels (${mp(pixels)}), over the limit of ${mp(limits.maxPixels)}`, note };
  if (decoded > limits.maxDecodedBytes)
    return {
      message: `would take ${Math.ceil(decoded / 1048576)} MiB once decoded, over the limit of ${limits.maxDecodedBytes / 1048576} MiB`,
      note,
    };
  return undefined;
}

const mib = (n: number) => `${(n / 1048576).toFixed(n < 10 * 1048576 ? 1 : 0)} MiB`;

/**
 * The problem with a zip-based exhibit (DOCX, XLSX): its central directory's entry count and declared sizes,
 * then the data itself inflated in small steps and counted (declared sizes can lie), stopping at the limit.
 */
export function zipProblem(bytes: Uint8Array, limits: EvidenceLimits = EVIDENCE_LIMITS): LimitProblem | undefined {
  const note = 'Open it and save it again (or export it as PDF); an office file this large is not one Amazon will read.';
  const damaged = (why: string): LimitProblem => ({
    message: `is a damaged zip (DOCX and XLSX files are zips): ${why}`,
    note: 'Open it and save it again, or export it as PDF.',
  });
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return damaged('its end record is missing (the file is cut short)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || cdOffset === 0xffffffff) return { message: 'is a ZIP64 archive (over 65,535 entries or 4 GB)', note };
  if (entries > limits.maxZipEntries) return { message: `holds ${entries} entries, over the limit of ${limits.maxZipEntries}`, note };
  let declared = 0;
  for (let k = 0, at = cdOffset; k < entries; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return damaged('its central directory is broken');
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return { message: 'declares an entry over 4 GB (ZIP64)', note };
    declared += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  const over = (total: number, stopped = false) => ({
    message: stopped
      ? `expands to more than ${mib(limits.maxZipBytes)} (inflating was stopped there), over the limit`
      : `expands to ${mib(total)} (${Math.round(total / Math.max(1, bytes.length))} times its size), over the limit of ${mib(limits.maxZipBytes)}`,
    note,
  });
  if (declared > limits.maxZipBytes) return over(declared);
  return inflatedProblem(bytes, limits, over, damaged);
}

class LimitReached extends Error {}

function inflatedProblem(
  bytes: Uint8Array,
  limits: EvidenceLimits,
  over: (n: number, stopped: boolean) => LimitProblem,
  damaged: (why: string) => LimitProblem,
): LimitProblem | undefined {
  let total = 0;
  let files = 0;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    if (++files > limits.maxZipEntries) throw new LimitReached();
    file.ondata = (error, chunk) => {
      if (error) throw error;
      total += chunk.length;
      if (total > limits.maxZipBytes) throw new LimitReached();
    };
    file.start();
  };
  // Small steps: each yields at most about a thousand times its size (deflate's ceiling).
  const step = 16 * 1024;
  try {
    for (let i = 0; i < bytes.length; i += step) unzip.push(bytes.subarray(i, Math.min(bytes.length, i + step)), i + step >= bytes.length);
  } catch (error) {
    if (error instanceof LimitReached)
      return files > limits.maxZipEntries
        ? { message: `holds more than ${limits.maxZipEntries} entries`, note: over(0, true).note }
        : over(total, true);
    return damaged((error as Error).message);
  }
  return undefined;
}

/** The problem with an evidence file's declared content size, before any decoder sees it; undefined when within limits. */
export function evidenceLimitProblem(
  format: EvidenceFormat,
  bytes: Uint8Array,
  limits: EvidenceLimits = EVIDENCE_LIMITS,
): LimitProblem | undefined {
  if (format === 'docx' || format === 'xlsx') return zipProblem(bytes, limits);
  return imageProblem(format, bytes, limits);
}
