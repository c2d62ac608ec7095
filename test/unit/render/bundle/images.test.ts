// PNG exhibits in the evidence bundle: non-interlaced PNGs without transparency go in as their own image
// data (FlateDecode + PNG predictors, palette as /Indexed); others through pdf-lib's decoder. Either way
// the page shows the image at its pixel size with its colours.
import { describe, expect, it, beforeAll } from 'vitest';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { zlibSync } from 'fflate';
import { checkCase, createEnv, type CheckedCase } from '../../../../src/case/process-case.js';
import { loadWordLists } from '../../../../src/rules/words.js';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PngEmbedder } from '@cantoo/pdf-lib';
import { pngIsPassThrough, readPng, rgbaPixels } from '../../../../src/render/bundle/images.js';
import { evidenceBundle } from '../../../../src/case/pack.js';
import type { EvidenceFacts } from '../../../../src/stages/evidence.js';

const env = createEnv({ templatesRoot: 'templates', words: loadWordLists(), sourceDateEpoch: 1792500000 });

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}
/** A PNG from rows of samples (each row already packed to bytes, no filter byte). */
function png(
  width: number,
  height: number,
  bitDepth: number,
  colorType: number,
  rows: number[][],
  extra: [string, number[]][] = [],
): Uint8Array {
  // Alternate filter types (None, Sub, Up) so the predictor is exercised: encode each row accordingly.
  const bpp = Math.max(1, (bitDepth * ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[colorType]) / 8);
  const raw: number[] = [];
  rows.forEach((row, y) => {
    const filter = y % 3;
    raw.push(filter);
    row.forEach((b, x) => {
      const left = x >= bpp ? row[x - bpp] : 0;
      const up = y > 0 ? rows[y - 1][x] : 0;
      raw.push(filter === 0 ? b : filter === 1 ? (b - left) & 0xff : (b - up) & 0xff);
    });
  });
  return pngFile(width, height, bitDepth, colorType, raw, extra);
}

/** A PNG file: its header, the `extra` chunks, the filtered rows (`raw`, each with its filter byte) compressed. */
function pngFile(width: number, height: number, bitDepth: number, colorType: number, raw: number[], extra: [string, number[]][] = []) {
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, width);
  new DataView(ihdr.buffer).setUint32(4, height);
  ihdr.set([bitDepth, colorType, 0, 0, 0], 8);
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    ...extra.map(([t, d]) => chunk(t, new Uint8Array(d))),
    chunk('IDAT', zlibSync(new Uint8Array(raw))),
    chunk('IEND', new Uint8Array()),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) out.set(p, at), (at += p.length);
  return out;
}

const W = 24;
const H = 18;
const RED = [200, 30, 40];
const BLUE = [20, 60, 210];
/** Left half red, right half blue (greyscale: dark and light). */
const colourAt = (x: number) => (x < W / 2 ? RED : BLUE);
const images: Record<string, { bytes: Uint8Array; passThrough: boolean; expect: (x: number) => number[] }> = {
  rgb: {
    bytes: png(
      W,
      H,
      8,
      2,
      Array.from({ length: H }, () => Array.from({ length: W }, (_, x) => colourAt(x)).flat()),
    ),
    passThrough: true,
    expect: colourAt,
  },
  palette8: {
    bytes: png(
      W,
      H,
      8,
      3,
      Array.from({ length: H }, () => Array.from({ length: W }, (_, x) => (x < W / 2 ? 0 : 1))),
      [['PLTE', [...RED, ...BLUE]]],
    ),
    passThrough: true,
    expect: colourAt,
  },
  palette2: {
    // 2 bits per pixel, four pixels a byte: index 0 on the left half, 1 on the right.
    bytes: png(
      W,
      H,
      2,
      3,
      Array.from({ length: H }, () => Array.from({ length: W / 4 }, (_, i) => (i < W / 8 ? 0x00 : 0x55))),
      [['PLTE', [...RED, ...BLUE, 0, 0, 0]]],
    ),
    passThrough: true,
    expect: colourAt,
  },
  grey: {
    bytes: png(
      W,
      H,
      8,
      0,
      Array.from({ length: H }, () => Array.from({ length: W }, (_, x) => (x < W / 2 ? 40 : 220))),
    ),
    passThrough: true,
    expect: (x) => (x < W / 2 ? [40, 40, 40] : [220, 220, 220]),
  },
  rgba: {
    bytes: png(
      W,
      H,
      8,
      6,
      Array.from({ length: H }, () => Array.from({ length: W }, (_, x) => [...colourAt(x), 255]).flat()),
    ),
    passThrough: false,
    expect: colourAt,
  },
  paletteWithTrns: {
    bytes: png(
      W,
      H,
      8,
      3,
      Array.from({ length: H }, () => Array.from({ length: W }, (_, x) => (x < W / 2 ? 0 : 1))),
      [
        ['PLTE', [...RED, ...BLUE]],
        ['tRNS', [255, 255]],
      ],
    ),
    passThrough: false,
    expect: colourAt,
  },
};

/** One exhibit per test image, each a copy of the case's first exhibit with the image's bytes (as `bytesOf` gives them). */
function imageExhibits(checked: CheckedCase, bytesOf: (bytes: Uint8Array) => Uint8Array): EvidenceFacts[] {
  const base = checked.evidence[0];
  return Object.keys(images).map((name, i) => ({
    ...base,
    exhibit: { ...base.exhibit, label: String.fromCharCode(65 + i), id: `P${i}`, title: `${name} image`, file: `evidence/${name}.png` },
    file: `evidence/${name}.png`,
    format: 'png',
    bytes: bytesOf(images[name].bytes),
    size: images[name].bytes.length,
    sha256: `not-the-hash-${i}`,
    pages: 1,
  }));
}

describe('PNG exhibits in the evidence bundle', () => {
  let checked: CheckedCase;
  let bytes: Uint8Array;
  const names = Object.keys(images);
  beforeAll(async () => {
    ({ checked } = (await checkCase('cases/sunrise-odr/case.yaml', env)) as { checked: CheckedCase });
    const facts = imageExhibits(checked, (bytes) => bytes);
    ({ bytes } = await evidenceBundle(checked.case, facts, checked.templates.strings));
  }, 120_000);

  it('takes the image data as it is only for non-interlaced PNGs without transparency', () => {
    for (const [name, image] of Object.entries(images))
      expect([name, pngIsPassThrough(readPng(image.bytes)!)]).toEqual([name, image.passThrough]);
    const interlaced = images.rgb.bytes.slice();
    interlaced[28] = 1; // IHDR interlace method (the CRC is not checked here)
    expect(pngIsPassThrough(readPng(interlaced)!)).toBe(false);
    expect(readPng(new Uint8Array([1, 2, 3]))).toBeUndefined();
  });

  it('shows each PNG as an image of its pixel size with its colours', async () => {
    const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
    try {
      const seen: string[] = [];
      for (let n = 1; n <= pdf.numPages; n++) {
        const page = await pdf.getPage(n);
        const ops = await page.getOperatorList();
        const at = ops.fnArray.indexOf(OPS.paintImageXObject);
        if (at < 0) continue;
        const name = names[seen.length];
        seen.push(name);
        const id = ops.argsArray[at][0] as string;
        const image = (await new Promise((resolve) => page.objs.get(id, resolve))) as {
          width: number;
          height: number;
          data?: Uint8ClampedArray;
          kind?: number;
        };
        expect([name, image.width, image.height]).toEqual([name, W, H]);
        expect(image.data).toBeDefined();
        const channels = image.data!.length / (W * H);
        for (const x of [1, W / 2 - 1, W / 2, W - 1]) {
          const y = 5;
          const px = [...image.data!.subarray((y * W + x) * channels, (y * W + x) * channels + 3)];
          expect([name, x, px]).toEqual([name, x, images[name].expect(x)]);
        }
      }
      expect(seen).toEqual(names);
    } finally {
      await pdf.destroy();
    }
  }, 60_000);

  it('gives the same bytes again (images prepared once, reused)', async () => {
    const facts = imageExhibits(checked, (bytes) => bytes.slice());
    const again = await evidenceBundle(checked.case, facts, checked.templates.strings);
    expect(Buffer.from(again.bytes).equals(Buffer.from(bytes))).toBe(true);
  }, 60_000);
});

/** Every PNG file under a folder. */
function pngFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? pngFiles(full) : name.endsWith('.png') ? [full] : [];
  });
}

/** An 8-bit RGBA PNG whose rows use the given filter types in turn (Paeth and Average included), alpha as given. */
function rgbaFiltered(width: number, height: number, alphaAt: (x: number, y: number) => number): Uint8Array {
  const pixel = (x: number, y: number) => [(x * 37 + y * 11) & 0xff, (x * 5 + y * 53) & 0xff, (x * y * 7) & 0xff, alphaAt(x, y)];
  const rows = Array.from({ length: height }, (_, y) => Array.from({ length: width }, (_, x) => pixel(x, y)).flat());
  const raw: number[] = [];
  rows.forEach((row, y) => {
    const filter = y % 5;
    raw.push(filter);
    row.forEach((v, x) => {
      const a = x >= 4 ? row[x - 4] : 0;
      const b = y > 0 ? rows[y - 1][x] : 0;
      const c = x >= 4 && y > 0 ? rows[y - 1][x - 4] : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predicted = [0, a, b, (a + b) >> 1, paeth][filter];
      raw.push((v - predicted) & 0xff);
    });
  });
  return pngFile(width, height, 8, 6, raw);
}

describe('8-bit RGBA PNGs decoded natively', () => {
  const samples: [string, Uint8Array][] = [
    ['opaque, every filter type', rgbaFiltered(23, 15, () => 255)],
    ['some pixels translucent, every filter type', rgbaFiltered(23, 15, (x, y) => ((x + y) % 7 === 0 ? 128 : 255))],
    ...[...pngFiles('cases'), ...pngFiles('test/fixtures')].map((file): [string, Uint8Array] => [file, new Uint8Array(readFileSync(file))]),
  ];
  const rgba = samples.filter(([, bytes]) => {
    const facts = readPng(bytes);
    return facts?.colorType === 6 && facts.bitDepth === 8 && facts.interlace === 0;
  });

  it('finds RGBA samples to compare', () => {
    expect(rgba.length).toBeGreaterThan(2);
  });

  it('gives the channels pdf-lib gives (alpha only when some pixel is not opaque)', async () => {
    for (const [name, bytes] of rgba) {
      const ours = rgbaPixels(bytes, readPng(bytes)!);
      const theirs = (await PngEmbedder.for(bytes)) as unknown as { image: { rgbChannel: Uint8Array; alphaChannel?: Uint8Array } };
      expect(ours, name).toBeDefined();
      expect(Buffer.from(ours!.rgbChannel).equals(Buffer.from(theirs.image.rgbChannel)), name).toBe(true);
      expect(ours!.alphaChannel === undefined, name).toBe(theirs.image.alphaChannel === undefined);
      if (theirs.image.alphaChannel)
        expect(Buffer.from(ours!.alphaChannel!).equals(Buffer.from(theirs.image.alphaChannel)), name).toBe(true);
    }
  }, 300_000);

  it('leaves other PNGs to pdf-lib', () => {
    for (const [name, image] of Object.entries(images))
      if (name !== 'rgba') expect(rgbaPixels(image.bytes, readPng(image.bytes)!), name).toBeUndefined();
  });
});
