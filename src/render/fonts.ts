// The bundled fonts (Noto Sans + Noto Sans SC/JP/KR from npm) and the per-character choice between them.
// pdfmake has no font fallback: a glyph missing from the chosen font renders as a blank box, so every
// string is split into runs, each set in a font that really has its glyphs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CJK_CHARACTER, CJK_RUN, HAN, HANGUL, KANA, UNBREAKABLE_PIECES } from '../domain/script.js';
import { cjkFontFor, CJK_FONT_BY_SCRIPT, LATIN_FONT, type FontFamily } from './theme.js';

export type { FontFamily };

/** The four faces pdfmake asks for; CJK families have no italics, so those point at the upright files. */
export interface FontFaces {
  normal: string;
  bold: string;
  italics: string;
  bolditalics: string;
}

/** A run of text set in one font family. */
export interface ScriptRun {
  text: string;
  family: FontFamily;
}

/** The parts of a fontkit font this project reads; the object itself is handed to pdfkit. */
export interface LoadedFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
}

/** All families, Latin first: the order in which coverage is tried when nothing else decides. */
export const FONT_FAMILIES: readonly FontFamily[] = ['NotoSans', 'NotoSansSC', 'NotoSansJP', 'NotoSansKR'];

const require = createRequire(import.meta.url);

// fontkit is loaded from pdfkit's own dependency tree, so the font objects parsed here are of the
// exact classes pdfkit expects and can be handed to it (see render/pdf.ts).
const fontkit = loadPdfkitFontkit();

function loadPdfkitFontkit(): { create(data: Uint8Array): unknown } {
  const pdfmakeRequire = createRequire(require.resolve('pdfmake'));
  const pdfkitRequire = createRequire(pdfmakeRequire.resolve('pdfkit'));
  return pdfkitRequire('fontkit') as { create(data: Uint8Array): unknown };
}

function fontPath(pkg: string, face: string, file: string): string {
  return require.resolve(`@expo-google-fonts/${pkg}/${face}/${file}`);
}

function cjkFaces(pkg: string, prefix: string): FontFaces {
  const normal = fontPath(pkg, '400Regular', `${prefix}_400Regular.ttf`);
  const bold = fontPath(pkg, '700Bold', `${prefix}_700Bold.ttf`);
  return { normal, bold, italics: normal, bolditalics: bold };
}

let faces: Record<FontFamily, FontFaces> | undefined;

/** The font files of every family, resolved from the installed npm packages. */
export function fontFaces(): Record<FontFamily, FontFaces> {
  faces ??= {
    NotoSans: {
      normal: fontPath('noto-sans', '400Regular', 'NotoSans_400Regular.ttf'),
      bold: fontPath('noto-sans', '700Bold', 'NotoSans_700Bold.ttf'),
      italics: fontPath('noto-sans', '400Regular_Italic', 'NotoSans_400Regular_Italic.ttf'),
      bolditalics: fontPath('noto-sans', '700Bold_Italic', 'NotoSans_700Bold_Italic.ttf'),
    },
    NotoSansSC: cjkFaces('noto-sans-sc', 'NotoSansSC'),
    NotoSansJP: cjkFaces('noto-sans-jp', 'NotoSansJP'),
    NotoSansKR: cjkFaces('noto-sans-kr', 'NotoSansKR'),
  };
  return faces;
}

/** Every font file in use, for an access policy that allows exactly these. */
export function allFontFiles(): string[] {
  return [...new Set(Object.values(fontFaces()).flatMap((f) => Object.values(f) as string[]))];
}

const loaded = new Map<string, LoadedFont>();
const fileBytes = new Map<string, Buffer>();

/**
 * A font file's bytes, read once per process and shared by every user (the PDF renderer, the DOCX embedder,
 * the bundle's stamp): a CJK face is 5-10 MB, and each worker kept up to three copies of it.
 */
export function fontFileBytes(file: string): Buffer {
  usedSinceRelease.add(file);
  let bytes = fileBytes.get(file);
  if (!bytes) fileBytes.set(file, (bytes = readFileSync(file)));
  return bytes;
}

/** Fonts asked for since the last releaseIdleFonts, and what to call when a font is let go of. */
const usedSinceRelease = new Set<string>();
const releaseHooks: ((file: string) => void)[] = [];

/** Registers what a module keeps per font file (a layout cache), to drop when that font is released. */
export function onFontReleased(hook: (file: string) => void): void {
  releaseHooks.push(hook);
}

/**
 * Lets go of the CJK faces no document asked for since the last call: their parsed fonts and file bytes (the
 * SC, JP and KR faces are 5-10 MB each, 30 MB per worker once a zh and a ja case have passed). Called between
 * cases by a batch worker: a run of CJK cases keeps them, the first case after it lets them go, and the next
 * CJK case reads them again (a few ms). The Latin faces, in every document, are kept.
 */
export function releaseIdleFonts(): void {
  const latin = new Set<string>(Object.values(fontFaces()[LATIN_FONT.family]));
  for (const file of heldFontFiles()) {
    if (latin.has(file) || usedSinceRelease.has(file)) continue;
    loaded.delete(file);
    fileBytes.delete(file);
    for (const hook of releaseHooks) hook(file);
  }
  usedSinceRelease.clear();
}

/** The font files whose bytes or parsed font are kept at this moment. */
export const heldFontFiles = (): string[] => [...new Set([...loaded.keys(), ...fileBytes.keys()])];

/** The parsed font of one file, loaded on first use and kept until released (see releaseIdleFonts). */
export function loadFont(file: string): LoadedFont {
  usedSinceRelease.add(file);
  let font = loaded.get(file);
  if (!font) {
    const latin = (Object.values(fontFaces()[LATIN_FONT.family]) as string[]).includes(file);
    font = withGlyphCodePoints(fontkit.create(fontFileBytes(file)) as LoadedFont, latin);
    loaded.set(file, font);
  }
  return font;
}

/** The parts of a fontkit glyph read here. */
interface FontkitGlyph {
  codePoints: number[];
  _decode?: () => unknown;
}

/**
 * fontkit keeps one glyph object per glyph id, with the characters of its first request. A composite glyph
 * (the middle dot "·") asks for its parts (the period) with no characters, and pdfkit writes a glyph's
 * characters into the PDF's text map: in a font shared across documents the period would then copy as
 * nothing, depending on which document came first. The characters of a later request fill the gap.
 *
 * With `keepOutlines`, a glyph's decoded outline is kept: fontkit decodes every point of a glyph each time a
 * document's font subset takes it (only to see whether it is composite), and every PDF of a case subsets the
 * same Latin glyphs again. Only for the Latin faces, whose few glyphs in use hold little; a font with
 * variations moves the points per instance, so its outlines are never kept.
 */
function withGlyphCodePoints(font: LoadedFont, keepOutlines: boolean): LoadedFont {
  const f = font as unknown as { getGlyph?: (id: number, characters?: number[]) => FontkitGlyph | null; _variationProcessor?: unknown };
  const getGlyph = f.getGlyph;
  if (typeof getGlyph !== 'function') return font;
  const keep = keepOutlines && !f._variationProcessor;
  f.getGlyph = function (this: unknown, id: number, characters: number[] = []) {
    const glyph = getGlyph.call(this, id, characters);
    if (glyph && characters.length && !glyph.codePoints?.length) glyph.codePoints = characters;
    if (keep && glyph && typeof glyph._decode === 'function' && !Object.hasOwn(glyph, '_decode'))
      glyph._decode = keptOutline(glyph._decode);
    return glyph;
  };
  return font;
}

/** `decode` run once; its result (the glyph's points or parts, never changed by fontkit for a static font) kept. */
function keptOutline(decode: () => unknown): () => unknown {
  let decoded: { value: unknown } | undefined;
  return function (this: unknown) {
    decoded ??= { value: decode.call(this) };
    return decoded.value;
  };
}

/** The family's natural line height in em (ascent to descent, as pdfkit measures it). */
export function naturalLineHeight(family: FontFamily): number {
  const font = loadFont(fontFaces()[family].normal);
  return (font.ascent - font.descent) / font.unitsPerEm;
}

// Bold and regular files have identical character sets (checked), so coverage is read from regular.
const coverage = new Map<number, number>();

function covers(family: FontFamily, codePoint: number): boolean {
  const bit = 1 << FONT_FAMILIES.indexOf(family);
  let known = coverage.get(codePoint);
  if (known === undefined || (known & (bit << 8)) === 0) {
    const has = loadFont(fontFaces()[family].normal).hasGlyphForCodePoint(codePoint);
    known = (known ?? 0) | (bit << 8) | (has ? bit : 0);
    coverage.set(codePoint, known);
  }
  return (known & bit) !== 0;
}

type CharKind = 'space' | 'neutral' | 'hangul' | 'kana' | 'han' | 'other';

const SPACE = /\s/u;
const CONTROL = /\p{Cc}/u;
const NEUTRAL = /[\p{P}\p{S}\p{Default_Ignorable_Code_Point}\p{Cc}]/u;

function charKind(ch: string): CharKind {
  if (SPACE.test(ch)) return 'space';
  if (NEUTRAL.test(ch)) return 'neutral';
  if (HANGUL.test(ch)) return 'hangul';
  if (KANA.test(ch)) return 'kana';
  if (HAN.test(ch)) return 'han';
  return 'other';
}

const cjkFamilyFor = (language: string): FontFamily => cjkFontFor(language).family;

// Han characters are set in the Japanese font when the language is Japanese or when they sit in
// the same space-free token as kana (a Japanese name inside an English letter).
function preferredFamily(kind: CharKind, language: string, tokenHasKana: boolean): FontFamily {
  switch (kind) {
    case 'hangul':
      return CJK_FONT_BY_SCRIPT.hangul.family;
    case 'kana':
      return CJK_FONT_BY_SCRIPT.kana.family;
    case 'han':
      return tokenHasKana ? CJK_FONT_BY_SCRIPT.kana.family : cjkFamilyFor(language);
    default:
      return LATIN_FONT.family;
  }
}

function firstCovering(preferred: FontFamily, codePoint: number, language: string): FontFamily {
  const order = [preferred, cjkFamilyFor(language), ...FONT_FAMILIES];
  return order.find((family) => covers(family, codePoint)) ?? preferred;
}

// Marks, for each character, whether its whitespace-delimited token contains kana.
function kanaTokens(chars: string[], kinds: CharKind[]): boolean[] {
  const result = new Array<boolean>(chars.length).fill(false);
  let start = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i < chars.length && kinds[i] !== 'space') continue;
    if (kinds.slice(start, i).includes('kana')) result.fill(true, start, i);
    start = i + 1;
  }
  return result;
}

// Strong characters (letters, digits, ideographs) get their own family. Punctuation standing
// between words (next to a space) is set in Noto Sans when it has it, so a " · " or " / " looks
// the same wherever it is; spaces and punctuation attached to a word join that word's run.
function assignFamilies(chars: string[], language: string): FontFamily[] {
  const kinds = chars.map(charKind);
  const kana = kanaTokens(chars, kinds);
  const families: (FontFamily | undefined)[] = chars.map((ch, i) =>
    kinds[i] === 'space' || kinds[i] === 'neutral'
      ? undefined
      : firstCovering(preferredFamily(kinds[i], language, kana[i]), ch.codePointAt(0)!, language),
  );
  const next = nextStrongFamilies(families);
  let previous: FontFamily | undefined;
  return chars.map((ch, i) => {
    const cp = ch.codePointAt(0)!;
    const own = families[i];
    if (own) return (previous = own);
    const betweenWords = kinds[i] === 'neutral' && (kinds[i - 1] === 'space' || kinds[i + 1] === 'space');
    if (betweenWords && covers(LATIN_FONT.family, cp)) return LATIN_FONT.family;
    if (previous && covers(previous, cp)) return previous;
    if (next[i] && covers(next[i]!, cp)) return next[i]!;
    // A control character (a line break, a tab) has no glyph in any family, so the search below would end
    // on Noto Sans after loading every CJK font; go there directly (CJK fonts load only for CJK text).
    if (CONTROL.test(ch)) return LATIN_FONT.family;
    return firstCovering(LATIN_FONT.family, cp, language);
  });
}

function nextStrongFamilies(families: (FontFamily | undefined)[]): (FontFamily | undefined)[] {
  const next = new Array<FontFamily | undefined>(families.length);
  let upcoming: FontFamily | undefined;
  for (let i = families.length - 1; i >= 0; i--) {
    next[i] = upcoming;
    upcoming = families[i] ?? upcoming;
  }
  return next;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;
let asciiIsLatin: boolean | undefined;

// Most of a letter is plain ASCII: one Noto Sans run, without per-character work.
function isPlainLatin(text: string): boolean {
  if (!PRINTABLE_ASCII.test(text)) return false;
  asciiIsLatin ??= Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i).every((cp) => covers(LATIN_FONT.family, cp));
  return asciiIsLatin;
}

/** Splits text into runs by the font that covers each character; spaces and punctuation stay with their words. */
export function splitByScript(text: string, language: string): ScriptRun[] {
  if (isPlainLatin(text)) return [{ text, family: LATIN_FONT.family }];
  const chars = [...text];
  const families = assignFamilies(chars, language);
  const runs: ScriptRun[] = [];
  chars.forEach((ch, i) => {
    const last = runs[runs.length - 1];
    if (last && last.family === families[i]) last.text += ch;
    else runs.push({ text: ch, family: families[i] });
  });
  return runs;
}

// Invisible by definition (or handled as layout, like newlines): never reported as missing.
const NEEDS_NO_GLYPH = /[\p{Cc}\p{Default_Ignorable_Code_Point}]/u;

/** The distinct characters of text that no bundled font covers (e.g. emoji), in order of appearance. */
export function uncoveredCharacters(text: string): string[] {
  const missing = new Set<string>();
  for (const ch of text) {
    if (missing.has(ch) || NEEDS_NO_GLYPH.test(ch)) continue;
    const cp = ch.codePointAt(0)!;
    if (!FONT_FAMILIES.some((family) => covers(family, cp))) missing.add(ch);
  }
  return [...missing];
}

// ---------------------------------------------------------------------------------------------
// Text widths: a table column is never narrower than its longest word (render/table-layout.ts)

interface LayoutFont extends LoadedFont {
  layout(text: string): { advanceWidth: number };
}

/**
 * The width in points of the widest piece of text a line cannot break inside: a Latin word (measured in
 * Noto Sans, the font of the PDF and the DOCX alike) or one CJK character (1 em).
 */
export function unbreakableWidth(text: string, size: number, bold = false): number {
  let widest = 0;
  for (const piece of text.match(UNBREAKABLE_PIECES) ?? []) {
    let em = 0;
    if (CJK_CHARACTER.test(piece)) em = 1;
    else em = latinEm(piece, bold);
    widest = Math.max(widest, em * size);
  }
  return widest;
}

/** The advance width in points of a line of text: Latin measured in Noto Sans, each CJK character 1 em. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const piece of text.split(CJK_RUN)) {
    if (piece === '') continue;
    em += CJK_CHARACTER.test(piece) ? [...piece].length : latinEm(piece, bold);
  }
  return em * size;
}

// Shaping a word is costly and the same words recur in every table: each width is kept per process.
const latinEms = [new Map<string, number>(), new Map<string, number>()];
const LATIN_EMS_KEPT = 20_000;

/** A Latin word's advance width in em of Noto Sans (bold or regular). */
function latinEm(piece: string, bold: boolean): number {
  const known = latinEms[bold ? 1 : 0];
  let em = known.get(piece);
  if (em === undefined) {
    const face = fontFaces().NotoSans;
    const font = loadFont(bold ? face.bold : face.normal) as LayoutFont;
    em = font.layout(piece).advanceWidth / font.unitsPerEm;
    if (known.size >= LATIN_EMS_KEPT) known.clear();
    known.set(piece, em);
  }
  return em;
}
