// A DOCX package made reproducible: docx stamps the wall clock into docProps/core.xml and the zip entries,
// names some relationships with random ids, and obfuscates embedded fonts with random keys. The package is
// read and written again with fflate, with those pinned: same document in, same bytes out.
import { createHash } from 'node:crypto';
import { Packer, type Document } from './docx-lib.js';
import { crc32, deflateRawSync } from 'node:zlib';
import { deflateSync, strFromU8, strToU8, unzipSync, Zip, ZipPassThrough } from 'fflate';
import { readPreparedFont, type ZipPart } from './prepared-fonts.js';
import { fontFileBytes } from './fonts.js';

export type { ZipPart };

/** Fonts' fallback names, by font name: written as w:altName in the font table. */
export type FontAltNames = Record<string, string>;

/**
 * A docx Document as a normalized package (see packDocx). `stylesKey` names what the document's styles were made
 * from: a styles.xml made before from the same is reused instead of formatting the styles again.
 */
export async function packDocument(
  document: Document,
  createdAt: Date,
  altNames: FontAltNames = {},
  stylesKey?: string,
): Promise<Uint8Array> {
  return packDocx(await documentParts(document, stylesKey), createdAt, altNames);
}

// docx formats the styles (a tenth of a small document's time) into the same styles.xml for the same styles
// options: the part is kept by those options (a few per language) and the Document given a stand-in to format.
const stylesParts = new Map<string, Uint8Array>();
const STYLES_KEPT = 16;
const STYLES_PART = 'word/styles.xml';
const stylesStandIn = { prepForXml: () => ({ 'w:styles': {} }) };

/** Forgets the kept styles parts; returns how many there were. */
export function forgetStylesParts(): number {
  const kept = stylesParts.size;
  stylesParts.clear();
  return kept;
}

type Compiler = { compile(file: Document, prettify?: undefined): Map<string, unknown> };

/**
 * The package's parts as docx writes them: from the compiler Packer zips with (not public, so looked up and
 * checked), which spares zipping the embedded fonts twice; else read back from Packer's zip.
 */
async function documentParts(document: Document, stylesKey?: string): Promise<Map<string, Uint8Array>> {
  const compiler = (Packer as unknown as { compiler?: Partial<Compiler> }).compiler;
  if (typeof compiler?.compile === 'function') {
    // The styles docx would format (a field of the Document, not public: checked before it is swapped).
    const held = document as unknown as { styles?: unknown; Styles?: unknown };
    const styles = held.styles;
    const swappable = stylesKey !== undefined && styles !== undefined && styles === held.Styles;
    const kept = swappable ? stylesParts.get(stylesKey) : undefined;
    if (kept) held.styles = stylesStandIn;
    const parts = new Map<string, Uint8Array>();
    for (const [path, data] of (compiler as Compiler).compile(document)) {
      if (typeof data === 'string') parts.set(path, strToU8(data));
      else if (ArrayBuffer.isView(data)) parts.set(path, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      else if (data instanceof ArrayBuffer) parts.set(path, new Uint8Array(data));
      else {
        held.styles = styles;
        return new Map(Object.entries(unzipSync(await Packer.toBuffer(document))));
      }
    }
    held.styles = styles;
    if (kept) parts.set(STYLES_PART, kept);
    else if (swappable && parts.has(STYLES_PART)) {
      if (stylesParts.size >= STYLES_KEPT) stylesParts.clear();
      stylesParts.set(stylesKey, parts.get(STYLES_PART)!);
    }
    return parts;
  }
  return new Map(Object.entries(unzipSync(await Packer.toBuffer(document))));
}

/** Makes DOCX bytes byte-reproducible: fixed core dates, deterministic relationship ids and font keys, stable zip. */
export function normalizeDocx(bytes: Uint8Array, createdAt: Date, altNames: FontAltNames = {}): Uint8Array {
  return packDocx(new Map(Object.entries(unzipSync(bytes))), createdAt, altNames);
}

/** Zips a DOCX package's parts, normalized as normalizeDocx does; returns the package's bytes. */
export function packDocx(parts: Map<string, Uint8Array>, createdAt: Date, altNames: FontAltNames = {}): Uint8Array {
  const stamp = isoSeconds(createdAt);
  const files = new Map(parts);
  const changed = new Map<string, string>();
  const textOf = (name: string) => changed.get(name) ?? strFromU8(files.get(name)!);
  if (files.has('docProps/core.xml')) changed.set('docProps/core.xml', pinCoreDates(textOf('docProps/core.xml'), stamp));
  renumberRelationshipIds([...files.keys()], textOf, changed);
  const fonts = files.has(FONT_TABLE) ? pinFontKeys(files, textOf, changed, altNames) : new Map<string, ZipPart>();
  const mtime = zipTime(createdAt);
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const name of orderParts([...files.keys()])) {
    const part = fonts.get(name) ?? deflatedPart(name, changed.has(name) ? strToU8(changed.get(name)!) : files.get(name)!);
    const entry = new Deflated(name, part);
    entry.mtime = mtime;
    zip.add(entry);
    entry.push(EMPTY, true);
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  chunks.reduce((at, c) => (out.set(c, at), at + c.length), 0);
  return out;
}

/** The level every zip entry is deflated at. */
export const ZIP_LEVEL = 6;
const EMPTY = new Uint8Array(0);

/**
 * A zip entry whose DEFLATE data, CRC and size are made already (fflate's way to bring one's own
 * compression is a ZipPassThrough whose process writes the compressed bytes); nothing is pushed through it.
 */
class Deflated extends ZipPassThrough {
  constructor(
    name: string,
    private readonly part: ZipPart,
  ) {
    super(name);
    this.compression = 8;
  }

  override push(_chunk: Uint8Array, final?: boolean): void {
    this.size = this.part.size;
    this.crc = this.part.crc;
    this.process(EMPTY, final ?? false);
  }

  protected override process(_chunk: Uint8Array, final: boolean): void {
    if (final) this.ondata(null, this.part.deflated as Uint8Array<ArrayBuffer>, true);
  }
}

/**
 * A part deflated by Node's zlib (raw DEFLATE, as a zip entry holds it), with its CRC: several times faster than
 * a deflater in JavaScript on document.xml, the one part that differs in every document. Its bytes are those of
 * the running Node's zlib build, as are the PDFs' streams (see outputKey).
 */
function deflateEntry(data: Uint8Array): ZipPart {
  const out = deflateRawSync(data, { level: ZIP_LEVEL });
  return { deflated: new Uint8Array(out.buffer, out.byteOffset, out.byteLength), crc: crc32(data), size: data.length };
}

// Most parts (styles, numbering, theme, settings, the rels) are the same in every document: the last
// version of each part name is kept with its deflated form, reused when the bytes are equal.
const lastParts = new Map<string, { bytes: Uint8Array; part: ZipPart }>();

function deflatedPart(name: string, bytes: Uint8Array): ZipPart {
  const last = lastParts.get(name);
  if (last && equalBytes(last.bytes, bytes)) return last.part;
  const part = deflateEntry(bytes);
  if (lastParts.size >= PARTS_KEPT && !last) lastParts.clear();
  lastParts.set(name, { bytes, part });
  return part;
}

const PARTS_KEPT = 64;

function equalBytes(a: Uint8Array, b: Uint8Array, from = 0): boolean {
  return (
    a.length === b.length &&
    Buffer.from(a.buffer, a.byteOffset + from, a.length - from).equals(Buffer.from(b.buffer, b.byteOffset + from, b.length - from))
  );
}

/** An embedded font as written: its key (from its bytes), and its obfuscated bytes deflated. */
export interface PinnedFont extends ZipPart {
  font: Uint8Array;
  key: string;
}

// The same embedded fonts (the Latin faces) recur in every document: each is keyed, obfuscated and
// deflated once per process, found again by comparing its bytes. Deflating is deterministic, so a
// cached entry is the same bytes as a fresh one. Least recently used first out.
const pinnedFonts: PinnedFont[] = [];
const PINNED_FONTS_KEPT = 16;

// docx copies and obfuscates every font it embeds (the Latin faces are ~600 KB each, several per document), only
// for pinFontKeys to undo it: a whole face is given to docx as a stand-in that names its file, and the package
// gets the face's pinned part, found by that file.
const STAND_IN = '\0appeal-kit font file\0';
const pinnedFiles = new Map<string, PinnedFont>();

/** What to give docx instead of a font file's bytes (see pinFontKeys). */
export function fontStandIn(file: string): Buffer {
  return Buffer.from(`${STAND_IN}${file}`);
}

/** The font file a stand-in that docx obfuscated with `docxKey` names, or undefined for a font's own bytes. */
function standInFile(part: Uint8Array, docxKey: string): string | undefined {
  if (part.length > 4096) return undefined;
  const text = Buffer.from(obfuscate(part, docxKey)).toString('utf8');
  return text.startsWith(STAND_IN) ? text.slice(STAND_IN.length) : undefined;
}

/** The pinned form of a font file's bytes. */
function pinnedFile(file: string): PinnedFont {
  const font = fontFileBytes(file);
  let pinned = pinnedFiles.get(file);
  if (pinned?.font !== font) {
    const key = keyOf(font);
    pinned = { font, key, ...(readPreparedFont(key, font.length, ZIP_LEVEL) ?? pinnedPart(font, key)) };
    if (pinnedFiles.size >= PINNED_FONTS_KEPT) pinnedFiles.clear();
    pinnedFiles.set(file, pinned);
  }
  return pinned;
}

/** The pinned form of a font part that docx obfuscated with `docxKey`. */
function pinnedFont(part: Uint8Array, docxKey: string): PinnedFont {
  const file = standInFile(part, docxKey);
  if (file !== undefined) return pinnedFile(file);
  const keyBytes = guidBytes(docxKey);
  const head = Math.min(32, part.length);
  const index = pinnedFonts.findIndex((p) => {
    if (p.font.length !== part.length) return false;
    for (let i = 0; i < head; i++) if ((part[i] ^ keyBytes[i % 16]) !== p.font[i]) return false;
    return equalBytes(p.font, part, head);
  });
  if (index >= 0) {
    const [hit] = pinnedFonts.splice(index, 1);
    pinnedFonts.push(hit);
    return hit;
  }
  const font = obfuscate(part, docxKey);
  const key = keyOf(font);
  const pinned: PinnedFont = { font, key, ...(readPreparedFont(key, font.length, ZIP_LEVEL) ?? pinnedPart(font, key)) };
  if (pinnedFonts.length >= PINNED_FONTS_KEPT) pinnedFonts.shift();
  pinnedFonts.push(pinned);
  return pinned;
}

/**
 * A font's bytes as the package holds them: obfuscated with `key` (see keyOf), deflated, with CRC and size.
 * `npm run compile` prepares the Latin faces' ahead of time (see prepared-fonts.ts).
 */
export function pinnedPart(font: Uint8Array, key = keyOf(font)): ZipPart {
  const obfuscated = obfuscate(font, key);
  const crc = new ZipPassThrough('');
  crc.ondata = () => {};
  crc.push(obfuscated, true);
  return { deflated: deflateSync(obfuscated, { level: ZIP_LEVEL }), crc: crc.crc, size: obfuscated.length };
}

function isoSeconds(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new Error('renderDocx: createdAt is not a valid date');
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function pinCoreDates(xml: string, stamp: string): string {
  return xml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`);
}

/**
 * Random relationship ids (hyperlinks, custom parts) become rIdN after the largest numeric id of their
 * .rels file, in order of appearance, and every reference to them follows.
 */
function renumberRelationshipIds(names: string[], textOf: (name: string) => string, changed: Map<string, string>): void {
  const renames = new Map<string, string>();
  for (const name of names.filter((n) => n.endsWith('.rels')).sort()) {
    const ids = [...textOf(name).matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]);
    let next = Math.max(0, ...ids.map((id) => (/^rId\d+$/.test(id) ? Number(id.slice(3)) : 0))) + 1;
    for (const id of ids) if (!/^rId\d+$/.test(id) && !renames.has(id)) renames.set(id, `rId${next++}`);
  }
  if (renames.size === 0) return;
  const pattern = new RegExp(`"(${[...renames.keys()].map(escapeRegExp).join('|')})"`, 'g');
  for (const name of names.filter((n) => /\.(xml|rels)$/.test(n))) {
    const xml = textOf(name);
    const renamed = xml.replace(pattern, (_, id: string) => `"${renames.get(id)}"`);
    if (renamed !== xml) changed.set(name, renamed);
  }
}

const FONT_TABLE = 'word/fontTable.xml';
const FONT_RELS = 'word/_rels/fontTable.xml.rels';

/**
 * Each embedded font file is obfuscated (its first 32 bytes XORed with its key, a GUID) with a key derived
 * from the font's own bytes instead of docx's random one; each font gets its fallback name (w:altName).
 */
function pinFontKeys(
  files: Map<string, Uint8Array>,
  textOf: (name: string) => string,
  changed: Map<string, string>,
  altNames: FontAltNames,
): Map<string, ZipPart> {
  const keys = new Map<string, ZipPart>();
  const targets = new Map(
    [...textOf(FONT_RELS).matchAll(/<Relationship\b[^>]*>/g)].map((m) => [attr(m[0], 'Id'), `word/${attr(m[0], 'Target')}`]),
  );
  let table = textOf(FONT_TABLE).replace(/<w:embed(Regular|Bold|Italic|BoldItalic)\b[^>]*\/>/g, (element) => {
    const part = targets.get(attr(element, 'r:id'));
    const key = attr(element, 'w:fontKey').replace(/[{}]/g, '');
    if (!part || !key || !files.has(part)) return element;
    const pinned = pinnedFont(files.get(part)!, key);
    keys.set(part, pinned);
    return element.replace(/w:fontKey="[^"]*"/, `w:fontKey="{${pinned.key}}"`);
  });
  table = table.replace(/<w:font w:name="([^"]*)">/g, (element, name: string) =>
    altNames[name] ? `${element}<w:altName w:val="${escapeXml(altNames[name])}"/>` : element,
  );
  changed.set(FONT_TABLE, table);
  return keys;
}

/** A font's key: a GUID made from the SHA-256 of its bytes. */
export function keyOf(font: Uint8Array): string {
  const hex = createHash('sha256').update(font).digest('hex').slice(0, 32).toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The font obfuscation of Office Open XML: the first 32 bytes XORed with the key's 16 bytes, read from its end. */
function obfuscate(font: Uint8Array, key: string): Uint8Array {
  const bytes = guidBytes(key);
  const out = new Uint8Array(font);
  for (let i = 0; i < Math.min(32, out.length); i++) out[i] ^= bytes[i % 16];
  return out;
}

/** A GUID's 16 bytes in the order the font obfuscation applies them. */
function guidBytes(key: string): number[] {
  const bytes = (key.replace(/-/g, '').match(/../g) ?? []).map((pair) => parseInt(pair, 16)).reverse();
  if (bytes.length !== 16) throw new Error(`renderDocx: font key ${key} is not a GUID`);
  return bytes;
}

function attr(element: string, name: string): string {
  return new RegExp(`\\s${escapeRegExp(name)}="([^"]*)"`).exec(element)?.[1] ?? '';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** [Content_Types].xml first (as Office writes it), then _rels/.rels, then the rest by name. */
function orderParts(names: string[]): string[] {
  const rank = (name: string) => (name === '[Content_Types].xml' ? 0 : name === '_rels/.rels' ? 1 : 2);
  return [...names].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The zip entries' time: noon on the document's UTC date, given as local time because fflate writes local
 * fields (noon is never skipped by a daylight-saving change), so the bytes don't depend on the machine's zone.
 */
function zipTime(date: Date): Date {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2099);
  return year === date.getUTCFullYear() ? new Date(year, date.getUTCMonth(), date.getUTCDate(), 12) : new Date(year, 0, 1, 12);
}
