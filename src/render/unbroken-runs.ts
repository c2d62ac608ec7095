// Layout cost of a long unbroken run of characters: pdfmake fits such a run to a line by measuring ever
// shorter prefixes of what is left of it, so its cost grows with the square of the run's length (10,000
// characters without a space took 17 s). A run this long has no place to break anyway, so it is handed
// to pdfmake to break between any two characters (wordBreak: break-all), which costs the same per character.

/**
 * Characters that, in a row, give the line breaker no break opportunity: not white space, not a hyphen,
 * not CJK (which breaks between ideographs and kana).
 */
const UNBROKEN = /[^\s\-\u2010-\u2014\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]{200,}/gu;

/** Pieces of a text, in order; `breakAll` marks a run with no break opportunity of 200 characters or more. */
export function splitUnbrokenRuns(text: string): { text: string; breakAll?: true }[] {
  const pieces: { text: string; breakAll?: true }[] = [];
  let last = 0;
  for (const match of text.matchAll(UNBROKEN)) {
    if (match.index > last) pieces.push({ text: text.slice(last, match.index) });
    pieces.push({ text: match[0], breakAll: true });
    last = match.index + match[0].length;
  }
  if (last < text.length || !pieces.length) pieces.push({ text: text.slice(last) });
  return pieces;
}
