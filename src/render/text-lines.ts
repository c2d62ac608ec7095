// How many lines a paragraph takes when set in `width` points: a greedy wrap over measured words, each CJK character
// a place to break. The page-break hook compares it with the lines left on a page to keep two lines on each side.
import { CJK_CHARACTER } from '../domain/script.js';
import type { Span } from '../model/document.js';
import { textWidth } from './fonts.js';

/** Line ends, runs of spaces, single CJK characters and words (a line may break before each but a space). */
const PIECES = /\n|[^\S\n]+|[^\s]/gu;

/** The lines of `spans` set at `size` in `width` points ("\n" starts a new line). */
export function wrappedLineCount(spans: readonly Span[], size: number, width: number): number {
  let lines = 1;
  let used = 0;
  const place = (piece: number) => {
    if (used > 0 && used + piece > width) {
      lines++;
      used = 0;
    }
    used += piece;
  };
  for (const span of spans) {
    const bold = !!span.bold;
    let word = '';
    const endWord = () => {
      if (word) place(textWidth(word, size, bold));
      word = '';
    };
    for (const [piece] of span.text.matchAll(PIECES)) {
      if (piece === '\n') {
        endWord();
        lines++;
        used = 0;
      } else if (!piece.trim()) {
        endWord();
        used += textWidth(piece, size, bold);
      } else if (CJK_CHARACTER.test(piece)) {
        endWord();
        place(textWidth(piece, size, bold));
      } else word += piece;
    }
    endWord();
  }
  return lines;
}
