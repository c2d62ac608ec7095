// Run by `npm run compile` (scripts/compile.mjs): writes the prepared DOCX parts of the Latin faces, the fonts
// every DOCX embeds whole, to dist/fonts/ (see prepared-fonts.ts).
import { readFileSync } from 'node:fs';
import { keyOf, pinnedPart, ZIP_LEVEL } from './docx-package.js';
import { fontFaces } from './fonts.js';
import { writePreparedFont } from './prepared-fonts.js';
import { LATIN_FONT } from './theme.js';

/** Prepares every face of the Latin family into `dir`; returns the files written. */
export function prepareFonts(dir: string): string[] {
  const faces = fontFaces()[LATIN_FONT.family];
  return [...new Set(Object.values(faces))].map((file) => {
    const font = readFileSync(file);
    const key = keyOf(font);
    return writePreparedFont(dir, key, ZIP_LEVEL, pinnedPart(font, key));
  });
}
