// Small hostile files written byte by byte: images whose headers declare what their data does not hold.
import { zlibSync } from 'fflate';

const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];

function chunk(type: string, data: number[] | Uint8Array): number[] {
  // CRCs are not checked by the header reader; zeros keep the bytes short and obvious.
  return [...u32(data.length), ...[...type].map((c) => c.charCodeAt(0)), ...data, 0, 0, 0, 0];
}

/** A PNG whose IHDR declares width x height; its image data is one tiny zlib stream (never enough). */
export function png(width: number, height: number, o: { bitDepth?: number; colorType?: number } = {}): Uint8Array {
  const ihdr = [...u32(width), ...u32(height), o.bitDepth ?? 8, o.colorType ?? 2, 0, 0, 0];
  const idat = zlibSync(new Uint8Array(8));
  return new Uint8Array([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...chunk('IHDR', ihdr),
    ...chunk('IDAT', idat),
    ...chunk('IEND', []),
  ]);
}

/** A GIF (about 35 bytes) whose logical screen and one image declare width x height. */
export function gif(width: number, height: number): Uint8Array {
  const le = (n: number) => [n & 255, (n >>> 8) & 255];
  return new Uint8Array([
    ...[0x47, 0x49, 0x46, 0x38, 0x39, 0x61],
    ...le(width),
    ...le(height),
    0,
    0,
    0,
    0x2c,
    0,
    0,
    0,
    0,
    ...le(width),
    ...le(height),
    0,
    0x02,
    0x02,
    0x4c,
    0x01,
    0x00,
    0x3b,
  ]);
}

/** A JPEG that starts well but has no frame header before its scan. */
export function jpegWithoutFrame(): Uint8Array {
  return new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x4a, 0x46, 0xff, 0xda, 0x00, 0x02, 0x12, 0x34, 0xff, 0xd9]);
}
