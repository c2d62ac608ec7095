// The column a list's markers take. pdfmake sets it as wide as "9. " in the list's type size, or as the
// widest marker when that is wider ("10. "), and starts the item text after it; the DOCX gives its list
// paragraphs the same hanging indent, so a word processor wraps list text at the same words as the PDF.
import type { Block } from '../model/document.js';
import { textWidth } from './fonts.js';
import { SIZES } from './theme.js';

type ListBlock = Extract<Block, { kind: 'list' }>;

/** The marker text of each item as pdfmake writes it: "1. " at the top level, "a. " in a nested list. */
export function markerTexts(list: ListBlock, nested: boolean): string[] {
  if (!list.ordered) return [];
  const start = list.start ?? 1;
  return list.items.map((_, i) => `${nested ? alpha(start + i) : String(start + i)}. `);
}

/** The width in points of a list's marker column. */
export function markerColumn(list: ListBlock, nested: boolean, size: number = SIZES.body): number {
  return Math.max(...['9. ', ...markerTexts(list, nested)].map((text) => textWidth(text, size)));
}

/** The marker column of a bullet list (pdfmake measures "9. " for it too). */
export function bulletColumn(size: number = SIZES.body): number {
  return textWidth('9. ', size);
}

// pdfmake's lower-alpha counter: a … z, aa, ab …; numbers below 1 stay digits.
function alpha(n: number): string {
  if (n < 1) return String(n);
  const letters = (k: number): string => (k >= 26 ? letters(Math.floor(k / 26) - 1) : '') + 'abcdefghijklmnopqrstuvwxyz'[k % 26];
  return letters(n - 1);
}
