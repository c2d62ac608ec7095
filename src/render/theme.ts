// The one look of every document: page geometry, colours, sizes, spacing, font families. The PDF and DOCX
// renderers and the evidence bundle take every measure from here and hold none of their own.
// Lengths are in points (72 per inch); renderers convert to their own units.
import type { Paper } from '../model/document.js';

/** A font family as registered with pdfmake (and named after the font's own family name in the DOCX). */
export type FontFamily = 'NotoSans' | 'NotoSansSC' | 'NotoSansJP' | 'NotoSansKR';

/** Points per millimetre. */
export const PT_PER_MM = 72 / 25.4;
const INCH = 72;

/** A page: size, margins, and the distance from the bottom edge to the footer line. */
export interface PageGeometry {
  width: number;
  height: number;
  margins: { top: number; right: number; bottom: number; left: number };
  footerDistance: number;
}

/** A4 for most marketplaces, US Letter for the Americas (see domain/marketplaces.ts). */
export const PAGES: Record<Paper, PageGeometry> = {
  A4: {
    width: 595.28,
    height: 841.89,
    margins: { top: 20 * PT_PER_MM, right: 20 * PT_PER_MM, bottom: 22 * PT_PER_MM, left: 20 * PT_PER_MM },
    footerDistance: 10 * PT_PER_MM,
  },
  LETTER: {
    width: 612,
    height: 792,
    margins: { top: 0.8 * INCH, right: 0.8 * INCH, bottom: 0.88 * INCH, left: 0.8 * INCH },
    footerDistance: 0.4 * INCH,
  },
};

/** The width between the left and right margins. */
export function contentWidth(paper: Paper): number {
  const page = PAGES[paper];
  return page.width - page.margins.left - page.margins.right;
}

/** Colours as RRGGBB hex. */
export const COLORS = {
  ink: '1C1C1C',
  heading: '111111',
  muted: '5C6066',
  rule: 'B8BCC2',
  grid: 'C9CDD3',
  headerFill: 'EEF1F4',
  draftInk: 'A11D1D',
  draftFill: 'FDF1F1',
  stamp: '40404D',
  frame: 'CCCCCC',
  white: 'FFFFFF',
} as const;

export type Color = (typeof COLORS)[keyof typeof COLORS];

/** A colour as CSS hex (#RRGGBB). */
export const cssColor = (color: Color): string => `#${color}`;

/** A colour as red, green, blue from 0 to 1. */
export function rgbColor(color: Color): [number, number, number] {
  return [0, 2, 4].map((i) => parseInt(color.slice(i, i + 2), 16) / 255) as [number, number, number];
}

/** Type sizes. */
export const SIZES = {
  body: 10.5,
  small: 8.5,
  table: 9.5,
  footer: 8,
  letterheadName: 14,
  letterheadLine: 9,
  draftBanner: 9,
  headings: { 1: 13, 2: 11.5, 3: 10.5 },
} as const;

/** Line pitch as a multiple of the font's natural line height. */
export const LEADING = { body: 1.1, heading: 1.05, letterhead: 1.15, footer: 1 } as const;

/** Space above and below blocks. */
export const SPACING = {
  paragraph: 7,
  listItem: 3,
  nestedList: 2,
  small: 5,
  subject: { above: 2, below: 12 },
  headings: { 1: { above: 14, below: 5 }, 2: { above: 10, below: 4 }, 3: { above: 8, below: 3 } },
  letterhead: { nameBelow: 3, ruleAbove: 8, below: 18 },
  rule: { above: 6, below: 10 },
  spacer: 12,
  table: { above: 2, below: 10 },
  draftBox: { titleBelow: 4, itemBelow: 2, below: 14 },
} as const;

/** Lines and cell padding. A list's indent is its marker column (render/list-markers.ts). */
export const LINES = {
  rule: 0.6,
  grid: 0.5,
  draftBox: 1,
  cellPadding: { x: 5, y: 3.5 },
  draftPadding: { x: 8, y: 6 },
} as const;

/** Keep-together limits of the page layout. */
export const KEEP = {
  /**
   * The room a heading needs from its top to the foot of the page, or it moves to the next page: its line and
   * two lines of body text, as a word processor keeps a heading with the next paragraph's first two lines.
   */
  headingWithNext: 56,
  /** Table rows estimated shorter than this are never split across pages. */
  shortRow: 180,
} as const;

/** The footer fields: the page text at the right, the note (store and notice) at the left. */
export const FOOTER = { gap: 12 } as const;

/** The fonts' own family names, as a word processor shows them. */
export const FONT_NAMES: Record<FontFamily, string> = {
  NotoSans: 'Noto Sans',
  NotoSansSC: 'Noto Sans SC',
  NotoSansJP: 'Noto Sans JP',
  NotoSansKR: 'Noto Sans KR',
};

/** The Latin family, and the font a word processor without it uses instead. */
export const LATIN_FONT = { family: 'NotoSans', platform: 'Arial' } as const satisfies { family: FontFamily; platform: string };

/** A CJK font choice: the bundled family, the platform font for new text, and the language tag. */
export interface CjkFont {
  family: FontFamily;
  platform: string;
  lang: string;
}

const CJK_FONTS: Record<'zh' | 'ja' | 'ko', CjkFont> = {
  zh: { family: 'NotoSansSC', platform: 'Microsoft YaHei', lang: 'zh-CN' },
  ja: { family: 'NotoSansJP', platform: 'Yu Gothic', lang: 'ja-JP' },
  ko: { family: 'NotoSansKR', platform: 'Malgun Gothic', lang: 'ko-KR' },
};

/** The CJK font of kana text, of Hangul text, and of Han text by the document's language (ja*, ko*, else Chinese). */
export const CJK_FONT_BY_SCRIPT = { kana: CJK_FONTS.ja, hangul: CJK_FONTS.ko } as const;

/** The CJK font of a bundled CJK family. */
export function cjkFontOf(family: FontFamily): CjkFont {
  return Object.values(CJK_FONTS).find((font) => font.family === family) ?? CJK_FONTS.zh;
}

/** The one CJK font choice for a document language: ja* Japanese, ko* Korean, anything else Chinese. */
export function cjkFontFor(language: string): CjkFont {
  const lang = language.toLowerCase();
  if (lang.startsWith('ja')) return CJK_FONTS.ja;
  if (lang.startsWith('ko')) return CJK_FONTS.ko;
  return CJK_FONTS.zh;
}

/** The evidence bundle: the stamp band at the foot of every page, placed images and merged pages. */
export const BUNDLE = {
  /** Height of the band at the bottom of every page that holds the stamp. */
  stampBand: 16 * PT_PER_MM,
  /** Stamp text size; the boxed label on the right is one point larger. */
  stampSize: 7.5,
  /** Distance of the stamp's baseline from the bottom edge. */
  stampBaseline: 8 * PT_PER_MM,
  /** Left and right margin of the stamp line. */
  stampMargin: 14 * PT_PER_MM,
  stampBoxLine: 0.6,
  /** Margin around an image placed on its own page. */
  imageMargin: 18 * PT_PER_MM,
  /** Gap between a placed image or merged page and the stamp band. */
  frameGap: 6,
  /** Largest enlargement of a small image, in points per pixel. */
  imageMaxScale: 1.5,
  /** Hairline around a merged evidence page. */
  frameWidth: 0.5,
} as const;
