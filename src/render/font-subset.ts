// CJK faces cut down to the glyphs of a document, with HarfBuzz's subsetter (harfbuzzjs's WebAssembly build,
// the calls subset-font makes for a TrueType face kept TrueType). A WebAssembly memory never shrinks: an
// instance that has subset a 10 MB CJK face holds ~65 MB. One instance serves the documents of a run of CJK
// cases and goes when the CJK faces are released (see releaseIdleFonts), so a process keeps it no longer than
// it keeps the faces, and the documents of a case do not each leave an instance of 65 MB to the next full
// collection. The compiled module is kept.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fontFileBytes, onFontReleased } from './fonts.js';

interface HarfBuzz {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;

let compiled: Promise<WebAssembly.Module> | undefined;

function harfBuzzModule(): Promise<WebAssembly.Module> {
  compiled ??= readFile(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')).then((bytes) =>
    WebAssembly.compile(bytes),
  );
  return compiled;
}

let shared: HarfBuzz | undefined;
onFontReleased(() => {
  shared = undefined;
});

async function instance(): Promise<HarfBuzz> {
  const module = await harfBuzzModule();
  if (!shared) {
    shared = new WebAssembly.Instance(module, {}).exports as unknown as HarfBuzz;
    shared._initialize();
  }
  return shared;
}

/**
 * TrueType faces (bytes) each cut down to the glyphs of `text`, keeping every layout feature, names, metrics
 * and cmap. The faces share one instance (each freed inside it before the next), so its memory grows to the
 * largest of them, not their sum.
 */
export async function subsetTrueType(faces: Uint8Array[], text: string): Promise<Buffer[]> {
  const hb = await instance();
  try {
    return faces.map((face) => subsetOne(hb, face, text));
  } catch (error) {
    // A subset that failed half-way may leave its allocations behind: the next one starts a clean instance.
    if (shared === hb) shared = undefined;
    throw error;
  }
}

// Subsets made lately, by face file and characters: the documents of a case differ in their characters, but
// the same letter saved again (watch mode) or cases written from one model (a batch) ask for the same set, and
// a hit needs neither the face's bytes nor a HarfBuzz instance. Emptied whole past its size.
const made = new Map<string, Buffer>();
let madeBytes = 0;
const MADE_LIMIT = 4 * 1048576;

/** The faces of `files`, each cut down to the glyphs of `text` (see subsetTrueType); recent subsets reused. */
export async function subsetFontFiles(files: string[], text: string): Promise<Buffer[]> {
  const keys = files.map((file) => `${file}\0${text}`);
  const known = keys.map((key) => made.get(key));
  if (known.every((subset) => subset !== undefined)) return known;
  const subsets = await subsetTrueType(files.map(fontFileBytes), text);
  subsets.forEach((subset, i) => {
    if (made.has(keys[i])) return;
    if (madeBytes + subset.length > MADE_LIMIT) made.clear(), (madeBytes = 0);
    made.set(keys[i], subset);
    madeBytes += subset.length;
  });
  return subsets;
}

function subsetOne(hb: HarfBuzz, font: Uint8Array, text: string): Buffer {
  const input = hb.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error('HarfBuzz could not start a subset (hb_subset_input_create_or_fail)');
  const fontBuffer = hb.malloc(font.byteLength);
  new Uint8Array(hb.memory.buffer).set(font, fontBuffer);
  const blob = hb.hb_blob_create(fontBuffer, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  // Every layout feature kept (hb-subset's --layout-features=*).
  const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
  hb.hb_set_clear(features);
  hb.hb_set_invert(features);
  const unicodes = hb.hb_subset_input_unicode_set(input);
  for (const ch of text) hb.hb_set_add(unicodes, ch.codePointAt(0)!);
  const subset = hb.hb_subset_or_fail(face, input);
  hb.hb_subset_input_destroy(input);
  if (subset === 0) throw new Error('HarfBuzz could not subset the font (hb_subset_or_fail); the font file may be damaged');
  const result = hb.hb_face_reference_blob(subset);
  const offset = hb.hb_blob_get_data(result, 0);
  const length = hb.hb_blob_get_length(result);
  if (length === 0) throw new Error('HarfBuzz made an empty subset; the font file may be damaged');
  // Copied out of the instance's memory (a fresh view: the memory may have grown while subsetting).
  const bytes = Buffer.from(new Uint8Array(hb.memory.buffer, offset, length));
  hb.hb_blob_destroy(result);
  hb.hb_face_destroy(subset);
  hb.hb_face_destroy(face);
  hb.free(fontBuffer);
  return bytes;
}
