// Hyphenated terms that a line must not break at their hyphens: short ones ("A-to-z", "e-mail", "T-shirt")
// and codes with digits (an order number "113-4418203-7719054", a procedure "BR-01", an ISO date). Longer
// compounds of words ("merchant-fulfilled") still break after a hyphen, as any text does.

const HYPHENATED = /(?<![\p{L}\p{N}\p{M}-])[\p{L}\p{N}\p{M}]+(?:-[\p{L}\p{N}\p{M}]+)+(?![\p{L}\p{N}\p{M}])/gu;

/** The longest hyphenated word kept whole, and the longest code with digits kept whole. */
const SHORT_TERM = 8;
const CODE = 24;

function keptWhole(term: string): boolean {
  if (term.length <= SHORT_TERM) return true;
  if (/\d/u.test(term)) return term.length <= CODE;
  return term.split('-').some((part) => [...part].length === 1);
}

/** Pieces of a text, in order; `whole` marks a hyphenated term no line may break inside. */
export function splitKeptTerms(text: string): { text: string; whole?: true }[] {
  const pieces: { text: string; whole?: true }[] = [];
  let last = 0;
  for (const match of text.matchAll(HYPHENATED)) {
    if (!keptWhole(match[0])) continue;
    if (match.index > last) pieces.push({ text: text.slice(last, match.index) });
    pieces.push({ text: match[0], whole: true });
    last = match.index + match[0].length;
  }
  if (last < text.length || !pieces.length) pieces.push({ text: text.slice(last) });
  return pieces;
}
