// Hyphenated terms that a line must not break at their hyphens: short ones ("A-to-z", "e-mail", "T-shirt"),
// codes with digits (an order number "113-4418203-7719054", a procedure "BR-01", an ISO date) and the parts
// of a web address ("www.hanwei-appliance.example" breaks only at a "." or "/"). Longer compounds of words
// ("merchant-fulfilled") still break after a hyphen, as any text does. And a number stays on the line of
// its unit or its time of day ("4.5 mW", "5 pm").

const HYPHENATED = /(?<![\p{L}\p{N}\p{M}-])[\p{L}\p{N}\p{M}]+(?:-[\p{L}\p{N}\p{M}]+)+(?![\p{L}\p{N}\p{M}])/gu;

/** The longest hyphenated word kept whole, and the longest code with digits kept whole. */
const SHORT_TERM = 8;
const CODE = 24;

/** A web address: with a scheme, or "www.", or a host name ending in a top-level domain of letters. */
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>()]+|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}\b(?:\/[^\s<>()]*)?/giu;

/** The space between a number and a short unit or a time of day that follows it. */
const NUMBER_UNIT_SPACE =
  /(?<=\d) (?=(?:%|‰|°[CF]|[mk]?W|kWh|Wh|mAh|mA|[mk]?V|[mkµ]?g|mg|[mcdk]?m|m[lL]|[lL]|oz|lbs?|[kMG]?Hz|[KMGT]B|pcs|[ap]\.?m\.?)(?![\p{L}\p{N}]))/gu;

/** An international phone number written in groups ("+32 15 555 02 60"), which a line must not break. */
const PHONE_NUMBER = /\+\d{1,3}(?: \(?\d{1,5}\)?){2,6}(?!\d)/g;

/**
 * The text with a non-breaking space between a number and its unit or time of day ("4.5 mW", "11 am"), and
 * between the groups of a phone number.
 */
export function bindNumbersToUnits(text: string): string {
  const bound = text.replace(NUMBER_UNIT_SPACE, '\u00a0');
  return bound.includes('+') ? bound.replace(PHONE_NUMBER, (phone) => phone.replaceAll(' ', '\u00a0')) : bound;
}

/** Where the web addresses of a text start and end. */
function webAddresses(text: string): [number, number][] {
  return [...text.matchAll(WEB_ADDRESS)].map((match) => [match.index, match.index + match[0].length]);
}

function keptWhole(term: string): boolean {
  if (term.length <= SHORT_TERM) return true;
  if (/\d/u.test(term)) return term.length <= CODE;
  return term.split('-').some((part) => [...part].length === 1);
}

/** Pieces of a text, in order; `whole` marks a hyphenated term no line may break inside. */
export function splitKeptTerms(text: string): { text: string; whole?: true }[] {
  // Most runs have no hyphen: nothing to keep whole, and the Unicode-class pattern is not worth running.
  if (!text.includes('-')) return [{ text }];
  const pieces: { text: string; whole?: true }[] = [];
  let last = 0;
  let addresses: [number, number][] | undefined;
  for (const match of text.matchAll(HYPHENATED)) {
    addresses ??= webAddresses(text);
    const inAddress = addresses.some(([start, end]) => start <= match.index && match.index < end);
    if (!keptWhole(match[0]) && !inAddress) continue;
    if (match.index > last) pieces.push({ text: text.slice(last, match.index) });
    pieces.push({ text: match[0], whole: true });
    last = match.index + match[0].length;
  }
  if (last < text.length || !pieces.length) pieces.push({ text: text.slice(last) });
  return pieces;
}
