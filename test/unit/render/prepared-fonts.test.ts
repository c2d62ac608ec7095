import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inflateSync } from 'fflate';
import { keyOf, pinnedPart, ZIP_LEVEL } from '../../../src/render/docx-package.js';
import { fontFaces } from '../../../src/render/fonts.js';
import { prepareFonts } from '../../../src/render/prepare-fonts.js';
import { readPreparedFont } from '../../../src/render/prepared-fonts.js';

const dir = mkdtempSync(path.join(tmpdir(), 'appeal-prepared-fonts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('prepared DOCX font parts', () => {
  const files = prepareFonts(dir);
  const regular = readFileSync(fontFaces().NotoSans.normal);
  const key = keyOf(regular);

  it('writes one file per Latin face', () => {
    expect(files).toHaveLength(4);
    expect(new Set(files).size).toBe(4);
  });

  it('reads back the very part a run would deflate itself (same DEFLATE bytes, CRC and size)', () => {
    const prepared = readPreparedFont(key, regular.length, ZIP_LEVEL, dir);
    const fresh = pinnedPart(regular, key);
    expect(prepared).toBeDefined();
    expect(prepared!.size).toBe(fresh.size);
    expect(prepared!.crc).toBe(fresh.crc);
    expect(Buffer.from(prepared!.deflated).equals(Buffer.from(fresh.deflated))).toBe(true);
    // The obfuscated font: its first 32 bytes differ from the file's, the rest is the file.
    const inflated = inflateSync(prepared!.deflated);
    expect(inflated.length).toBe(regular.length);
    expect(Buffer.from(inflated.subarray(32)).equals(regular.subarray(32))).toBe(true);
    expect(Buffer.from(inflated.subarray(0, 32)).equals(regular.subarray(0, 32))).toBe(false);
  });

  it('ignores a file for another size, another level or with damaged data', () => {
    expect(readPreparedFont(key, regular.length + 1, ZIP_LEVEL, dir)).toBeUndefined();
    expect(readPreparedFont(key, regular.length, 9, dir)).toBeUndefined();
    const file = files.find((f) => path.basename(f).startsWith(key))!;
    const bytes = readFileSync(file);
    bytes[bytes.length - 10] ^= 0xff;
    writeFileSync(file, bytes);
    expect(readPreparedFont(key, regular.length, ZIP_LEVEL, dir)).toBeUndefined();
  });

  it('finds nothing where there is no store', () => {
    expect(readPreparedFont(key, regular.length, ZIP_LEVEL, path.join(dir, 'absent'))).toBeUndefined();
  });
});
