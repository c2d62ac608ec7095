// The stamp on every bundle page (who, bundle page, exhibit page) and its font: read and parsed once per
// process, with shaped lines memoised, since the same lines recur on every page and every re-render.
import { fontFaces, fontFileBytes } from '../fonts.js';
import { isCjkLanguage } from '../../domain/script.js';
import { BUNDLE, COLORS, cjkFontFor, LATIN_FONT, rgbColor } from '../theme.js';

type PdfLib = typeof import('@cantoo/pdf-lib');
type PDFPage = import('@cantoo/pdf-lib').PDFPage;
type PDFFont = import('@cantoo/pdf-lib').PDFFont;

/** The stamp's font file for a letter language: the language's CJK face, else the Latin one. */
export function stampFontFile(language: string): string {
  return fontFaces()[isCjkLanguage(language) ? cjkFontFor(language).family : LATIN_FONT.family].normal;
}

type Fontkit = typeof import('@cantoo/fontkit').default;

/** The stamp font's file, read once per process (the same bytes object each time: the parse cache keys on it). */
export function stampFontBytes(file: string): Uint8Array {
  return fontFileBytes(file);
}

const parsedStampFonts = new WeakMap<Uint8Array, unknown>();
let cachingFontkit: { kit: Fontkit; wrapped: Fontkit } | undefined;
/**
 * fontkit with create() cached per font file: every bundle subsets the stamp font afresh (pdf-lib makes a
 * new subset per document), but the font is parsed once per process.
 */
export function stampFontkit(kit: Fontkit): Fontkit {
  if (cachingFontkit?.kit !== kit) {
    const wrapped = Object.create(kit) as Fontkit;
    (wrapped as unknown as { create: (data: Uint8Array, postscriptName?: string) => unknown }).create = (
      data: Uint8Array,
      postscriptName?: string,
    ) => {
      if (postscriptName) return kit.create(data as Buffer, postscriptName);
      let font = parsedStampFonts.get(data);
      if (!font) parsedStampFonts.set(data, (font = withLayoutMemo(kit.create(data as Buffer))));
      return font;
    };
    cachingFontkit = { kit, wrapped };
  }
  return cachingFontkit.wrapped;
}

/** Stamp lines laid out (shaped) per font; most recur on every page and in every re-render. */
const LAYOUT_MEMO_LIMIT = 4096;
function withLayoutMemo<T>(font: T): T {
  const f = font as unknown as { layout?: (text: string, features?: unknown, ...rest: unknown[]) => unknown };
  if (typeof f.layout !== 'function') return font;
  const layout = f.layout.bind(font);
  const memo = new Map<string, unknown>();
  f.layout = (text: string, features?: unknown, ...rest: unknown[]) => {
    if (rest.length || typeof text !== 'string') return layout(text, features, ...rest);
    const key = `${JSON.stringify(features ?? null)}\0${text}`;
    let run = memo.get(key);
    if (run === undefined) {
      if (memo.size >= LAYOUT_MEMO_LIMIT) memo.clear();
      memo.set(key, (run = layout(text, features)));
    }
    return run;
  };
  return font;
}

/** The three parts of a stamp line: left (who and which notice), middle (bundle page), right (boxed: where in the exhibit). */
export interface StampText {
  left: string;
  middle: string;
  right: string;
}

/** Draws the stamp line in the bottom band of a page. */
export function stamp(page: PDFPage, font: PDFFont, lib: PdfLib, text: StampText): void {
  const { width } = page.getSize();
  const box = page.getMediaBox();
  const { stampBaseline, stampMargin, stampSize, stampBoxLine } = BUNDLE;
  const y = box.y + stampBaseline;
  const color = lib.rgb(...rgbColor(COLORS.stamp));
  page.drawText(text.left, { x: box.x + stampMargin, y, size: stampSize, font, color });
  const mw = font.widthOfTextAtSize(text.middle, stampSize);
  page.drawText(text.middle, { x: box.x + (width - mw) / 2, y, size: stampSize, font, color });
  const rw = font.widthOfTextAtSize(text.right, stampSize + 1);
  page.drawRectangle({
    x: box.x + width - stampMargin - rw - 4,
    y: y - 3,
    width: rw + 8,
    height: stampSize + 6,
    borderColor: color,
    borderWidth: stampBoxLine,
    color: lib.rgb(...rgbColor(COLORS.white)),
  });
  page.drawText(text.right, { x: box.x + width - stampMargin - rw, y, size: stampSize + 1, font, color });
}
