// One spelling per letter for the template's own words: American in the marketplaces that write it, British
// elsewhere, unless the case chooses; a word the seller's text writes one way only is written that way by the
// template too. The seller's own text is never respelled.

/** The two spellings a letter's fixed text can take. */
export type Spelling = 'american' | 'british';

const americanMarketplaces = new Set(['US', 'MX', 'BR', 'JP']);

/** The spelling of a letter: the case's `letter.spelling`, else American for US, MX, BR and JP and British for the rest. */
export function letterSpelling(marketplace: string, choice?: Spelling | null): Spelling {
  return choice ?? (americanMarketplaces.has(marketplace) ? 'american' : 'british');
}

// Stems spelled -ise/-isation in British and -ize/-ization in American. A closed list, so that words such as
// "advise", "promise" or "enterprise" are never touched.
const izeStems =
  'author|organ|recogn|summar|apolog|priorit|minim|maxim|standard|util|real|special|custom|optim|emphas|categor|character|final|normal|item|familiar|memor|penal|subsid|stabil|steril|visual|digit|monet|capital|harmon|synchron|central';
const izeEndings = 'e|ed|es|ing|ation|ations|er|ers';
const ise = new RegExp(`\\b(${izeStems})is(${izeEndings})\\b`, 'gi');
const ize = new RegExp(`\\b(${izeStems})iz(${izeEndings})\\b`, 'gi');

/** Whole words that differ, British first; `oneWay` pairs are respelled to American only (the British word is ambiguous the other way). */
const words: [british: string, american: string, oneWay?: true][] = [
  ['analyse', 'analyze'],
  ['analysed', 'analyzed'],
  ['analyses', 'analyzes', true],
  ['analysing', 'analyzing'],
  ['licence', 'license', true],
  ['licences', 'licenses', true],
  ['fulfilment', 'fulfillment'],
  ['fulfilments', 'fulfillments'],
  ['centre', 'center'],
  ['centres', 'centers'],
  ['catalogue', 'catalog'],
  ['catalogues', 'catalogs'],
  ['colour', 'color'],
  ['colours', 'colors'],
  ['behaviour', 'behavior'],
  ['favour', 'favor'],
  ['honour', 'honor'],
  ['labour', 'labor'],
  ['enrol', 'enroll'],
  ['enrols', 'enrolls'],
  ['enrolment', 'enrollment'],
  ['enrolments', 'enrollments'],
  ['labelled', 'labeled'],
  ['labelling', 'labeling'],
  ['unlabelled', 'unlabeled'],
  ['relabelled', 'relabeled'],
  ['cancelled', 'canceled'],
  ['cancelling', 'canceling'],
  ['travelled', 'traveled'],
  ['modelled', 'modeled'],
  ['defence', 'defense'],
  ['offence', 'offense'],
  ['acknowledgement', 'acknowledgment'],
  ['programme', 'program', true],
  ['grey', 'gray'],
  ['whilst', 'while', true],
  ['mould', 'mold'],
  ['moulded', 'molded'],
  ['per cent', 'percent'],
  ['trade mark', 'trademark'],
  ['trade marks', 'trademarks'],
  ['trade-marked', 'trademarked'],
];

const toAmerican = new Map(words.map(([b, a]) => [b, a]));
const toBritish = new Map(words.filter((w) => !w[2]).map(([b, a]) => [a, b]));
// A word of two ("trade mark") matches across any space between them, a line break or a non-breaking space too.
const wordPattern = (keys: Iterable<string>) =>
  new RegExp(
    `\\b(${[...keys]
      .sort((x, y) => y.length - x.length)
      .map((k) => k.replace(/ /g, '\\s+'))
      .join('|')})\\b`,
    'gi',
  );
/** The list's key for a matched word: lower case, one plain space between words. */
const keyOf = (matched: string) => matched.toLowerCase().replace(/\s+/g, ' ');
const americanWords = wordPattern(toAmerican.keys());
const britishWords = wordPattern(toBritish.keys());
// The templates write "licence" only as the noun, so in their text "license" is always that noun respelled and goes
// back to "licence" for a seller who writes it so (a one-way pair is otherwise never made British).
const nounsBack = new Map([
  ['license', 'licence'],
  ['licenses', 'licences'],
]);
const nounsBackWords = wordPattern(nounsBack.keys());

/** The replacement in the case of the original: "Licence" -> "License", "LICENCE" -> "LICENSE". */
function sameCase(original: string, replacement: string): string {
  if (original === original.toUpperCase() && original !== original.toLowerCase()) return replacement.toUpperCase();
  if (original[0] === original[0].toUpperCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

/** Template text in the given spelling ("authorisation" <-> "authorization", "licence" -> "license", ...). */
export function respell(text: string, spelling: Spelling): string {
  if (spelling === 'american') {
    return text
      .replace(ise, (whole, stem: string, ending: string) => sameCase(whole, `${stem}iz${ending}`))
      .replace(americanWords, (whole: string) => sameCase(whole, toAmerican.get(keyOf(whole))!));
  }
  return text
    .replace(ize, (whole, stem: string, ending: string) => sameCase(whole, `${stem}is${ending}`))
    .replace(britishWords, (whole: string) => sameCase(whole, toBritish.get(keyOf(whole))!));
}

/** Every string of a JSON-like value (the strings file of a letter) through `change`. */
function eachString<T>(value: T, change: (text: string) => string): T {
  if (typeof value === 'string') return change(value) as T;
  if (Array.isArray(value)) return value.map((item) => eachString(item, change)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, eachString(v, change)])) as T;
  return value;
}

/** Every string of a JSON-like value respelled (the strings file of a letter). */
export const respellAll = <T>(value: T, spelling: Spelling): T => eachString(value, (text) => respell(text, spelling));

/** Every string of a JSON-like value in the seller's forms (see followSeller). */
export const followSellerAll = <T>(value: T, forms: SellerForms): T =>
  forms.size ? eachString(value, (text) => followSeller(text, forms)) : value;

/** The prose of a case: every string value with a space in it (ids, enum values and file names have none). */
export function caseProse(value: unknown): string[] {
  if (typeof value === 'string') return /\s/.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(caseProse);
  if (value && typeof value === 'object') return Object.values(value).flatMap(caseProse);
  return [];
}

/** The family of a listed word: its British form without spaces, hyphens or an inflection ("trade marks" -> "trademark"). */
const familyOf = (british: string) => british.replace(/[\s-]/g, '').replace(/(s|ed|ing)$/, '');
const familyOfBritish = new Map(words.map(([b]) => [b, familyOf(b)]));
const familyOfAmerican = new Map(words.filter((w) => !w[2]).map(([b, a]) => [a, familyOf(b)]));

/** The words of two spellings the seller writes one way only: family -> that spelling. */
export type SellerForms = Map<string, Spelling>;

/**
 * The forms the seller's text uses. A family seen in both spellings is left to the letter's spelling; the American
 * form of a one-way pair ("license", "program") is no sign, since British writes it too.
 */
export function sellerForms(texts: string[]): SellerForms {
  const seen = new Map<string, Set<Spelling>>();
  const see = (family: string, spelling: Spelling) => seen.set(family, (seen.get(family) ?? new Set()).add(spelling));
  for (const text of texts) {
    for (const [, stem] of text.matchAll(ise)) see(stem.toLowerCase(), 'british');
    for (const [, stem] of text.matchAll(ize)) see(stem.toLowerCase(), 'american');
    for (const [whole] of text.matchAll(americanWords)) see(familyOfBritish.get(keyOf(whole))!, 'british');
    for (const [whole] of text.matchAll(britishWords)) see(familyOfAmerican.get(keyOf(whole))!, 'american');
  }
  return new Map([...seen].filter(([, s]) => s.size === 1).map(([family, s]) => [family, [...s][0]]));
}

/** Template text with each word the seller writes one way only in the seller's form ("trade mark" -> "trademark"). */
export function followSeller(text: string, forms: SellerForms): string {
  if (!forms.size) return text;
  const wants = (family: string | undefined, spelling: Spelling) => family !== undefined && forms.get(family) === spelling;
  return text
    .replace(ise, (whole, stem: string, ending: string) =>
      wants(stem.toLowerCase(), 'american') ? sameCase(whole, `${stem}iz${ending}`) : whole,
    )
    .replace(ize, (whole, stem: string, ending: string) =>
      wants(stem.toLowerCase(), 'british') ? sameCase(whole, `${stem}is${ending}`) : whole,
    )
    .replace(americanWords, (whole: string) =>
      wants(familyOfBritish.get(keyOf(whole)), 'american') ? sameCase(whole, toAmerican.get(keyOf(whole))!) : whole,
    )
    .replace(britishWords, (whole: string) =>
      wants(familyOfAmerican.get(keyOf(whole)), 'british') ? sameCase(whole, toBritish.get(keyOf(whole))!) : whole,
    )
    .replace(nounsBackWords, (whole: string) => (wants('licence', 'british') ? sameCase(whole, nounsBack.get(keyOf(whole))!) : whole));
}
