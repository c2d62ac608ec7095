// The stamp on every bundle page (who, bundle page, exhibit page) and its font: read and parsed once per
// process, with shaped lines memoised, since the same lines recur on every page and every re-render.
import { fontFaces, fontFileBytes, loadFont } from '../fonts.js';
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

const stampFontFiles = new WeakMap<Uint8Array, string>();
/** The stamp font's file, read once per process (the same bytes object each time: the parse cache keys on it). */
export function stampFontBytes(file: string): Uint8Array {
  const bytes = fontFileBytes(file);
  stampFontFiles.set(bytes, file);
  return bytes;
}

const parsedStampFonts = new WeakMap<Uint8Array, unknown>();
let cachingFontkit: Fontkit | undefined;
/**
 * A fontkit for pdf-lib with create() cached per font file: every bundle subsets the stamp font afresh (pdf-lib
 * makes a new subset per document), but the font is parsed once per process. A stamp font file is the font the
 * PDF renderer has parsed already (fonts.ts): its layout tables, the costly part of a first use, are read once
 * for both; the bundle's bytes are those of a font parsed apart. Any other font (none so far) is parsed by
 * pdf-lib's own fontkit, imported then.
 */
export function stampFontkit(): Fontkit {
  const own = async () => (await import('@cantoo/fontkit')).default;
  cachingFontkit ??= {
    create: async (data: Uint8Array, postscriptName?: string) => {
      if (postscriptName) return (await own()).create(data as Buffer, postscriptName);
      let font = parsedStampFonts.get(data);
      if (!font) {
        const file = stampFontFiles.get(data);
        // Its own object over the shared font, so the layout memo below stays the stamp's.
        font = withLayoutMemo(file ? Object.create(loadFont(file)) : (await own()).create(data as Buffer));
        parsedStampFonts.set(data, font);
      }
      return font;
    },
  } as unknown as Fontkit;
  return cachingFontkit;
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
