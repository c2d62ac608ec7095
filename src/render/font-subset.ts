// CJK faces cut down to the glyphs of a document, with HarfBuzz's subsetter (harfbuzzjs's WebAssembly build,
// the calls subset-font makes for a TrueType face kept TrueType). Each document's subsets run in an instance of
// their own: a WebAssembly memory never shrinks, and one kept for the process holds the largest face ever
// copied into it (a 10 MB CJK face grows it to ~65 MB) for the rest of a batch. The compiled module is kept;
// an instance's memory goes with it at the next collection.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

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

/**
 * TrueType faces (bytes) each cut down to the glyphs of `text`, keeping every layout feature, names, metrics
 * and cmap. The faces share one instance (each freed inside it before the next), so its memory grows to the
 * largest of them, not their sum.
 */
export async function subsetTrueType(faces: Uint8Array[], text: string): Promise<Buffer[]> {
  const hb = new WebAssembly.Instance(await harfBuzzModule(), {}).exports as unknown as HarfBuzz;
  hb._initialize();
  return faces.map((face) => subsetOne(hb, face, text));
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
