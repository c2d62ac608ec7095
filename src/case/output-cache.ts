// The output cache: each rendered output (the letter's PDF and DOCX, the evidence index, the checklist, the
// bundle, ...) is stored under the hash of exactly what it is made from (its document model, or the evidence
// hashes and models of the bundle) plus the code and package versions that render it. A rebuild renders only
// the outputs whose inputs changed and takes the others from out/.cache/outputs/, so editing a root cause
// re-renders the letter, not the bundle. Renderers are pure (same model, same bytes), so a cached output is
// byte-identical to a fresh one.
import { createHash, randomBytes } from 'node:crypto';
import { promises as fsp, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentModel, RenderedFile } from '../model/document.js';
import { sha256 } from '../fs.js';
import { toolFingerprint } from './manifest.js';

/** What one cached output holds: its files (named by the producer) and any facts its users need (e.g. the bundle's layout). */
export interface CachedOutput {
  files: RenderedFile[];
  meta?: unknown;
}

/** Where a process keeps and finds outputs; `read: false` renders everything again (--force) but still stores. */
export interface OutputCacheOptions {
  dir: string;
  read: boolean;
}

/** Outputs rendered (cache misses) per kind since the process started: lets tests see what was re-rendered. */
export const renderedOutputs = new Map<string, number>();

/**
 * Stored layout: magic, header length, header JSON ({ files: each with its size and SHA-256, meta }), payload (the
 * files one after the other). Each file's digest is the one the manifest and the staged set use (see sha256), so
 * a case's output bytes are hashed once whether they come from here or were rendered.
 */
const MAGIC = 'appeal-output-2\n';

let codeStamp: string | undefined;

/**
 * The running code's identity: the name and content of every module file of this build (dist/ or src/), so a
 * renderer edited during development never gets an output rendered by its previous version, while the same
 * code compiled again (a CI run restoring out/ from its cache) still finds its outputs.
 */
export function codeFingerprint(): string {
  if (codeStamp) return codeStamp;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!['dist', 'src'].includes(path.basename(dir)) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(m?js|ts)$/.test(entry.name)) {
        hash
          .update(`${path.relative(dir, full)}\0`)
          .update(readFileSync(full))
          .update('\n');
      }
    }
  };
  try {
    walk(dir);
  } catch {
    hash.update(String(Math.random()));
  }
  codeStamp = hash.digest('hex');
  return codeStamp;
}

/**
 * The cache key of an output: its kind, what it is made from (JSON: no bytes, only their hashes) and the code,
 * with Node's zlib version: PDF streams and the bundle's images are deflated by it, and another build of zlib
 * may write other (equally valid) bytes.
 */
export function outputKey(kind: string, inputs: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify([MAGIC, codeFingerprint(), toolFingerprint(), `zlib@${process.versions.zlib}`, kind, inputs]))
    .digest('hex');
}

const entryPath = (dir: string, key: string) => path.join(dir, key.slice(0, 2), key);

/** The output stored under a key, or undefined when it is absent or damaged (a torn write fails its checksum). */
async function readEntry(dir: string, key: string): Promise<CachedOutput | undefined> {
  const file = entryPath(dir, key);
  let bytes: Buffer;
  try {
    bytes = await fsp.readFile(file);
  } catch {
    return undefined;
  }
  try {
    if (bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
    const headerLength = bytes.readUInt32BE(MAGIC.length);
    const start = MAGIC.length + 4 + headerLength;
    const header = JSON.parse(bytes.toString('utf8', MAGIC.length + 4, start)) as {
      files: { path: string; bytes: number; sha256: string }[];
      meta?: unknown;
    };
    const payload = bytes.subarray(start);
    const files: RenderedFile[] = [];
    let at = 0;
    for (const f of header.files) {
      if (at + f.bytes > payload.length) return undefined;
      const file = { path: f.path, bytes: new Uint8Array(payload.buffer, payload.byteOffset + at, f.bytes) };
      if (sha256(file.bytes) !== f.sha256) return undefined;
      files.push(file);
      at += f.bytes;
    }
    if (at !== payload.length) return undefined;
    // Used now: the collector keeps the most recently used entries.
    const now = new Date();
    await fsp.utimes(file, now, now).catch(() => undefined);
    return { files, meta: header.meta };
  } catch {
    return undefined;
  }
}

/**
 * Stores an output: written beside its place and renamed in, so a reader sees a whole entry or none. No
 * fsync: an entry torn by a crash fails its checksum and is rendered again.
 */
async function writeEntry(dir: string, key: string, output: CachedOutput): Promise<void> {
  const header = Buffer.from(
    JSON.stringify({
      files: output.files.map((f) => ({ path: f.path, bytes: f.bytes.length, sha256: sha256(f.bytes) })),
      meta: output.meta,
    }),
  );
  const length = Buffer.alloc(4);
  length.writeUInt32BE(header.length);
  const file = entryPath(dir, key);
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const entry = Buffer.concat([Buffer.from(MAGIC, 'latin1'), length, header, ...output.files.map((f) => f.bytes)]);
    // The shard's folder exists but for the first entries of a cache: made only when the write finds it missing.
    await fsp.writeFile(temp, entry).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      await fsp.mkdir(path.dirname(file), { recursive: true });
      await fsp.writeFile(temp, entry);
    });
    await fsp.rename(temp, file);
  } catch {
    // A cache that cannot be written (disk full, read-only out/) only costs speed.
    await fsp.rm(temp, { force: true }).catch(() => undefined);
  }
}

/**
 * The output of `kind` made from `inputs`: from the cache when it holds one, else produced, stored and returned.
 * Without a cache (`options` undefined) it is simply produced.
 */
export async function cachedOutput(
  options: OutputCacheOptions | undefined,
  kind: string,
  inputs: unknown,
  produce: () => Promise<CachedOutput>,
): Promise<CachedOutput> {
  const key = options && outputKey(kind, inputs);
  if (options && key && options.read) {
    const hit = await readEntry(options.dir, key);
    if (hit) return hit;
  }
  renderedOutputs.set(kind, (renderedOutputs.get(kind) ?? 0) + 1);
  const output = await produce();
  if (options && key) await writeEntry(options.dir, key, output);
  return output;
}

/** The cache folder of an output root. */
export const outputCacheDir = (outRoot: string): string => path.join(outRoot, '.cache', 'outputs');

/** Default bound of the cache, in MiB. */
export const DEFAULT_CACHE_MB = 1024;

/**
 * Keeps the cache under `maxBytes`: the least recently used entries (by modification time, which a hit
 * renews) are removed first; temporary files left by a crash go too.
 */
export async function collectOutputCache(dir: string, maxBytes: number): Promise<{ kept: number; removed: number }> {
  const entries: { file: string; size: number; used: number }[] = [];
  const shards = await fsp.readdir(dir).catch(() => [] as string[]);
  for (const shard of shards) {
    const names = await fsp.readdir(path.join(dir, shard)).catch(() => [] as string[]);
    for (const name of names) {
      const file = path.join(dir, shard, name);
      const s = await fsp.stat(file).catch(() => undefined);
      if (!s) continue;
      if (name.endsWith('.tmp')) {
        if (Date.now() - s.mtimeMs > 3_600_000) await fsp.rm(file, { force: true });
        continue;
      }
      entries.push({ file, size: s.size, used: s.mtimeMs });
    }
  }
  entries.sort((a, b) => b.used - a.used);
  let total = 0;
  let removed = 0;
  for (const e of entries) {
    total += e.size;
    if (total > maxBytes) {
      await fsp.rm(e.file, { force: true });
      removed++;
    }
  }
  return { kept: entries.length - removed, removed };
}

/** Document model -> PDF or DOCX bytes. */
export type Renderers = {
  pdf: (d: DocumentModel) => Promise<Uint8Array>;
  docx: (d: DocumentModel) => Promise<Uint8Array>;
  /** The PDF's page count before its bytes (see layoutPdf): a try that does not fit is not written out. */
  layout?: (d: DocumentModel) => Promise<{ pages: number; bytes(): Promise<Uint8Array> }>;
};

/** A document as PDF and DOCX, taken from the cache when the same model was rendered before (PDF first). */
export async function renderBoth(
  render: Renderers,
  cache: OutputCacheOptions | undefined,
  kind: string,
  doc: DocumentModel,
): Promise<[Uint8Array, Uint8Array]> {
  const out = await cachedOutput(cache, kind, doc, async () => {
    const pdf = await render.pdf(doc);
    return {
      files: [
        { path: 'pdf', bytes: pdf },
        { path: 'docx', bytes: await render.docx(doc) },
      ],
    };
  });
  return [out.files[0].bytes, out.files[1].bytes];
}
