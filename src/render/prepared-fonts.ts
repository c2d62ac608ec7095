// The Latin faces a DOCX embeds whole, obfuscated and deflated ahead of time: deflating ~600 KB per face is
// most of a DOCX's first-document cost, and the result depends only on the font's bytes and the deflater.
// `npm run compile` writes them to dist/fonts/; a run reads the one it needs instead of deflating it again.
// A file that is missing, from another fflate version or damaged is ignored and the font deflated as before.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { packagePath } from '../package-files.js';

const require = createRequire(import.meta.url);

/** A zip entry's content made ready: its DEFLATE data and the CRC and size of the bytes it holds. */
export interface ZipPart {
  deflated: Uint8Array;
  crc: number;
  size: number;
}

/** Layout of a prepared file: magic, CRC-32 and size of the obfuscated font, SHA-256 of the deflated data, the data. */
const MAGIC = Buffer.from('appeal-font-1\n');
const HEADER = MAGIC.length + 4 + 4 + 32;

/** dist/fonts/ of this package, or null when the package folder cannot be found. */
function storeDir(): string | null {
  try {
    return packagePath('dist', 'fonts');
  } catch {
    return null;
  }
}

let deflater: string | undefined;

/** The deflater's identity: another fflate version may write other (equally valid) bytes. */
function deflaterVersion(): string {
  if (deflater) return deflater;
  try {
    deflater = `fflate${(require('fflate/package.json') as { version: string }).version}`;
  } catch {
    deflater = 'fflate';
  }
  return deflater;
}

/** The file name of a font's prepared part: its key (from its bytes), the deflater and the level. */
const fileName = (key: string, level: number) => `${key}-${deflaterVersion()}-l${level}.bin`;

/** The prepared part of the font with this key, when dist/fonts/ holds a sound one for `size` bytes. */
export function readPreparedFont(key: string, size: number, level: number, dir = storeDir()): ZipPart | undefined {
  if (!dir) return undefined;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path.join(dir, fileName(key, level)));
  } catch {
    return undefined;
  }
  if (bytes.length < HEADER || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const crc = bytes.readUInt32BE(MAGIC.length);
  const stored = bytes.readUInt32BE(MAGIC.length + 4);
  const digest = bytes.subarray(MAGIC.length + 8, HEADER);
  const deflated = bytes.subarray(HEADER);
  if (stored !== size || !createHash('sha256').update(deflated).digest().equals(digest)) return undefined;
  return { deflated: new Uint8Array(deflated.buffer, deflated.byteOffset, deflated.length), crc: crc | 0, size };
}

/** Writes a font's prepared part into `dir` (written beside and renamed in, so a reader sees all of it or none). */
export function writePreparedFont(dir: string, key: string, level: number, part: ZipPart): string {
  mkdirSync(dir, { recursive: true });
  const header = Buffer.alloc(HEADER);
  MAGIC.copy(header);
  header.writeUInt32BE(part.crc >>> 0, MAGIC.length);
  header.writeUInt32BE(part.size, MAGIC.length + 4);
  createHash('sha256')
    .update(part.deflated)
    .digest()
    .copy(header, MAGIC.length + 8);
  const file = path.join(dir, fileName(key, level));
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, Buffer.concat([header, part.deflated]));
  renameSync(temp, file);
  return file;
}
