// The fonts a DOCX names and embeds: the PDF's own families, so a word processor without Noto shows the
// document as the PDF does. Latin faces are embedded whole (new text typed in them has its glyphs); CJK
// faces as the glyphs the document uses (subset with HarfBuzz), the platform CJK font named as fallback.
import { CharacterSet } from './docx-lib.js';
import { fontFaces, fontFileBytes } from './fonts.js';
import { cjkFontFor, FONT_NAMES, LATIN_FONT, type FontFamily } from './theme.js';
import { fontStandIn, type FontAltNames } from './docx-package.js';

/** The faces and characters a document uses, gathered while its runs are made. */
export class FontUsage {
  /** Latin faces used: regular and bold always (styles set headings bold); italic when a run is. */
  italic = false;
  private readonly cjk = new Map<FontFamily, Set<string>>();

  /** Notes CJK text set in a family. */
  addCjk(family: FontFamily, text: string): void {
    let chars = this.cjk.get(family);
    if (!chars) this.cjk.set(family, (chars = new Set()));
    for (const ch of text) chars.add(ch);
  }

  /** The CJK families used, each with its characters in code point order. */
  cjkText(): [FontFamily, string][] {
    return [...this.cjk.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([family, chars]) => [family, [...chars].sort((x, y) => x.codePointAt(0)! - y.codePointAt(0)!).join('')]);
  }
}

/** A font to embed, as the docx library takes it. */
export interface EmbeddedFont {
  name: string;
  data: Buffer;
  bold?: Buffer;
  italic?: Buffer;
  boldItalic?: Buffer;
  characterSet?: (typeof CharacterSet)[keyof typeof CharacterSet];
}

const CHARACTER_SETS: Partial<Record<FontFamily, EmbeddedFont['characterSet']>> = {
  NotoSansJP: CharacterSet.JIS,
  NotoSansKR: CharacterSet.HANGUL,
  NotoSansSC: CharacterSet.GB_2312,
};

const bytesOf = fontFileBytes;

/** The fonts to embed for a document's usage: the Latin family whole, each CJK family used as a subset. */
export async function embeddedFonts(usage: FontUsage): Promise<EmbeddedFont[]> {
  const latin = fontFaces()[LATIN_FONT.family];
  // The Latin faces are embedded whole: docx gets stand-ins naming their files, the package gets them prepared.
  const fonts: EmbeddedFont[] = [
    {
      name: FONT_NAMES[LATIN_FONT.family],
      data: fontStandIn(latin.normal),
      bold: fontStandIn(latin.bold),
      ...(usage.italic ? { italic: fontStandIn(latin.italics), boldItalic: fontStandIn(latin.bolditalics) } : {}),
    },
  ];
  for (const [family, text] of usage.cjkText()) {
    const faces = fontFaces()[family];
    const [data, bold] = await subset([faces.normal, faces.bold], text);
    fonts.push({ name: FONT_NAMES[family], data, bold, characterSet: CHARACTER_SETS[family] });
  }
  return fonts;
}

// HarfBuzz keeps the font's names, metrics and character map: the subset is a whole font of fewer glyphs.
// Imported on first use: a Latin-only document never needs it.
async function subset(files: string[], text: string): Promise<Buffer[]> {
  const { subsetFontFiles } = await import('./font-subset.js');
  return subsetFontFiles(files, text);
}

/** Each font's fallback for a word processor that lacks it: the platform fonts of theme.ts. */
export function fallbackNames(): FontAltNames {
  const names: FontAltNames = { [FONT_NAMES[LATIN_FONT.family]]: LATIN_FONT.platform };
  for (const language of ['zh', 'ja', 'ko']) {
    const cjk = cjkFontFor(language);
    names[FONT_NAMES[cjk.family]] = cjk.platform;
  }
  return names;
}
