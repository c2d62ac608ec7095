// One spelling per letter for the template's own words: American in the marketplaces that write it, British
// elsewhere, unless the case chooses. The seller's own text is never respelled.

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

/** Every string of a JSON-like value respelled (the strings file of a letter). */
export function respellAll<T>(value: T, spelling: Spelling): T {
  if (typeof value === 'string') return respell(value, spelling) as T;
  if (Array.isArray(value)) return value.map((item) => respellAll(item, spelling)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, respellAll(v, spelling)])) as T;
  return value;
}
