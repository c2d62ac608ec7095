// Shared helpers for the content rules: phrase matching, the case's text fields, and date arithmetic.
import type { Case, CaseInput, CaseType, Exhibit } from '../model/case.js';
import type { PathSegment } from '../stages/parse.js';
import type { RuleContext } from './types.js';
import { UNSPACED, UNSPACED_CLASS } from '../domain/script.js';

/** A string in the case data, with its path. */
export interface TextField {
  path: PathSegment[];
  text: string;
}

// Keys whose strings never reach the letter text (or are file names), so phrases there are no one's fault.
const skippedKeys = new Set(['file', 'password', 'allow']);

/** Every string in the case input, in document order (ids, dates and enums included; they match no phrase). */
export function caseTexts(input: CaseInput): TextField[] {
  const out: TextField[] = [];
  const walk = (node: unknown, path: PathSegment[]) => {
    if (typeof node === 'string') out.push({ path, text: node });
    else if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...path, i]));
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) if (!skippedKeys.has(key)) walk(value, [...path, key]);
    }
  };
  walk(input, []);
  return out;
}

/** Escapes a text for use inside a regular expression. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Scripts written without spaces between words (Japanese, Chinese): a phrase in them has no word boundaries.
const unspacedSource = UNSPACED_CLASS;
const unspaced = UNSPACED;
/** Whether a character is written without spaces around its words (kanji, kana). */
export const isUnspaced = (ch: string | undefined) => !!ch && unspaced.test(ch);
const isWordChar = (ch: string | undefined) => !!ch && /[\p{L}\p{N}#]/u.test(ch) && !isUnspaced(ch);
// A letter or digit of a spaced script: what must not touch the ends of a spaced phrase ("some" in "handsome").
const spacedWordChar = `(?![${unspacedSource}])[\\p{L}\\p{N}]`;
const numberSource = '[\\d０-９]+(?:[.,][\\d０-９]+)*';
// "…" in a phrase stands for a few words within the sentence ("購入者が…と判断").
const gapSource = '[^。！？.!?\\n]{0,40}?';
// Full-width forms a Japanese text may use for the same sign.
const wide: Record<string, string> = { '%': '％', '!': '！', '?': '？', '(': '（', ')': '）', ':': '：' };

function charSource(ch: string): string {
  if (ch === "'") return "['’]";
  if (/[0-9]/.test(ch)) return `[${ch}${String.fromCharCode(ch.charCodeAt(0) + 0xfee0)}]`;
  if (wide[ch]) return `[${escapeRegExp(ch)}${wide[ch]}]`;
  return escapeRegExp(ch);
}

/**
 * A phrase from a word list as a regular expression source: whole words only (so "some" does not match
 * "handsome"), any run of white space between words, either apostrophe, and "#" standing for a number.
 * A phrase in Japanese (or Chinese) matches anywhere, with any line break the case text has between its
 * characters, and "…" in it stands for a few words.
 */
export function phraseSource(phrase: string): string {
  const { start, body, end } = phraseParts(phrase);
  return `${start ? wordBefore : ''}${body}${end ? wordAfter : ''}`;
}

const wordBefore = `(?<!${spacedWordChar})`;
const wordAfter = `(?!${spacedWordChar})`;

/** A phrase's pattern and whether it must not touch a letter at its start and at its end (see phraseSource). */
function phraseParts(phrase: string): { start: boolean; body: string; end: boolean } {
  const p = phrase.trim().toLowerCase();
  const word = (w: string) => {
    let out = '';
    let prev = '';
    for (const ch of w) {
      if (prev && (isUnspaced(prev) || isUnspaced(ch) || prev === '…' || ch === '…')) out += '\\s*';
      out += ch === '#' ? numberSource : ch === '…' ? gapSource : charSource(ch);
      prev = ch;
    }
    return out;
  };
  return { start: isWordChar(p[0]), body: p.split(/\s+/).map(word).join('\\s+'), end: isWordChar(p[p.length - 1]) };
}

/**
 * One case-insensitive regular expression that finds any of the phrases (longest first, so the fullest phrase
 * wins). Neighbouring phrases with the same ends share one look-behind and one look-ahead,
 * (?<!w)(?:a|b)(?!w) matching as (?<!w)a(?!w)|(?<!w)b(?!w) does: a pattern's first use (V8 compiles it then)
 * costs a fraction of one with a pair of Unicode letter classes for every phrase. The same object for the
 * same list: run it through matchesOf, which never leaves state on it.
 */
export function phraseRegExp(phrases: readonly string[]): RegExp | undefined {
  let pattern = phrasePatterns.get(phrases);
  if (pattern === undefined) {
    const list = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
    const groups: { start: boolean; end: boolean; bodies: string[] }[] = [];
    for (const { start, body, end } of list.map(phraseParts)) {
      const last = groups[groups.length - 1];
      if (last && last.start === start && last.end === end) last.bodies.push(body);
      else groups.push({ start, end, bodies: [body] });
    }
    const source = groups
      .map(({ start, end, bodies }) => {
        const alternatives = bodies.length > 1 && (start || end) ? `(?:${bodies.join('|')})` : bodies.join('|');
        return `${start ? wordBefore : ''}${alternatives}${end ? wordAfter : ''}`;
      })
      .join('|');
    pattern = source ? new RegExp(source, 'giu') : null;
    phrasePatterns.set(phrases, pattern);
  }
  if (!pattern) return undefined;
  pattern.lastIndex = 0;
  return pattern;
}

// The word lists are loaded once and asked for in every case: each list's pattern is built and compiled once
// per process. A new RegExp per case would be compiled again whenever a collection has emptied V8's regexp
// cache, which in a batch is most cases.
const phrasePatterns = new WeakMap<readonly string[], RegExp | null>();

/** A match in a text. */
export interface Match {
  text: string;
  index: number;
}

/** All matches of a pattern in a text (the pattern is run globally whether or not it has the g flag). */
export function matchesOf(pattern: RegExp | undefined, text: string): Match[] {
  if (!pattern) return [];
  // One global copy per pattern, run from the start each time (matchAll would copy the pattern per call).
  let global = globalCopies.get(pattern);
  if (!global)
    globalCopies.set(pattern, (global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)));
  const unicode = global.unicode || global.flags.includes('v');
  const matches: Match[] = [];
  global.lastIndex = 0;
  for (let m = global.exec(text); m; m = global.exec(text)) {
    matches.push({ text: m[0], index: m.index });
    // An empty match: step past it (by a whole code point in a Unicode pattern), as matchAll does.
    if (m[0] === '') global.lastIndex = advance(text, global.lastIndex, unicode);
  }
  return matches;
}

const globalCopies = new WeakMap<RegExp, RegExp>();

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

/** A match as shown in a message: white space collapsed, in quotes. */
export const quoted = (text: string) => `"${text.replace(/\s+/g, ' ').trim()}"`;

/** Lists quoted phrases: "a", "b" and "c". */
export function listPhrases(texts: string[]): string {
  const q = [...new Set(texts.map((t) => t.replace(/\s+/g, ' ').trim().toLowerCase()))].map((t) => `"${t}"`);
  return q.length > 1 ? `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}` : (q[0] ?? '');
}

// A period after these does not end a sentence; nor does the one closing a day and month ("from 02.11. until").
const notAfter =
  '(?<!\\b(?:e\\.g|i\\.e|Ltd|Co|Inc|No|vs|approx|Mr|Mrs|Ms|Dr|St|Fig|Rev|U\\.S|U\\.K)\\.)(?<!(?<![\\d.])\\d{1,2}\\.\\d{1,2}\\.)';

/**
 * Splits a text into sentences: at . ! ? followed by space (not after common abbreviations), after 。！？ (and a
 * closing bracket after them), and at blank lines.
 */
export function sentences(text: string): Match[] {
  const out: Match[] = [];
  const boundary = new RegExp(`(?<=[.!?])${notAfter}\\s+|(?<=[。！？][」』）)]*)(?![」』）)])\\s*|\\n\\s*\\n`, 'g');
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const end = m.index ?? 0;
    if (text.slice(start, end).trim()) out.push({ text: text.slice(start, end), index: start });
    start = end + m[0].length;
  }
  if (text.slice(start).trim()) out.push({ text: text.slice(start), index: start });
  return out;
}

const numberWords =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozen|half|twice)\b/i;

// Kanji numerals count only with a counter after them: 三件, 十二日 (一部, 一度 are words, not numbers).
const kanjiCount = /[一二三四五六七八九十百千万]+(?:件|個|台|点|日|名|人|回|時間|週間|か月|ヶ月|カ月|年|割|箱|通|枚|本|社|店舗|商品)/;

/** Whether a text states a number (digits, full-width digits, a number word or a counted kanji numeral). */
export const hasNumber = (text: string) => /[\d０-９]/.test(text) || numberWords.test(text) || kanjiCount.test(text);

/** Where the text of each letter section comes from in the case, for findings that cannot name the exact field. */
const sectionSources: Record<string, PathSegment[]> = {
  opening: ['letter', 'opening'],
  summary: ['letter', 'opening'],
  grounds: ['grounds'],
  rootCauses: ['root_causes'],
  rootCausesDispute: ['root_causes'],
  actions: ['corrective_actions'],
  measures: ['preventive_measures'],
  metrics: ['metrics'],
  differences: ['details', 'ip_complaint', 'differences'],
  asins: ['asins'],
  orders: ['orders'],
  evidence: ['evidence'],
  additional: ['letter', 'additional_information'],
  supplyChain: ['details', 'supply_chain'],
  relatedAccounts: ['details', 'related_accounts'],
  reviewManipulation: ['details', 'review_manipulation'],
  brandRegistry: ['details', 'brand_registry'],
  restrictedProduct: ['details', 'restricted_product'],
};

/** The case path a letter section's text comes from (the top of the file when unknown). */
export const sectionSource = (section: string): PathSegment[] => sectionSources[section] ?? [];

/** Matches found in the letter, grouped by the case field they came from. */
export interface LetterHit {
  path: PathSegment[];
  matches: string[];
}

// White space next to kanji or kana is a line break of the source, not a word break.
const unspacedGap = new RegExp(`\\s+(?=[${unspacedSource}])|(?<=[${unspacedSource}])\\s+`, 'gu');
const norm = (text: string) => text.replace(unspacedGap, '').replace(/\s+/g, ' ').trim().toLowerCase().replace(/’/g, "'");

/**
 * Finds a pattern in the letter's sections and points each match at the case fields whose text contains it,
 * falling back to the section's list (e.g. the root causes) when the text came from a template.
 * `keep` can drop a match, given the sentence it is in.
 */
export function findInLetter(
  context: RuleContext,
  pattern: RegExp | undefined,
  options: { sections?: string[]; keep?: (m: Match, sentence: string) => boolean } = {},
): LetterHit[] {
  const letter = context.letter;
  if (!letter || !pattern) return [];
  const fields = caseTexts(context.case.input)
    .map((f) => ({ path: f.path, found: new Set(matchesOf(pattern, f.text).map((m) => norm(m.text))) }))
    .filter((f) => f.found.size);
  const hits = new Map<string, LetterHit>();
  for (const [section, text] of Object.entries(letter.sections)) {
    if (options.sections && !options.sections.includes(section)) continue;
    for (const sentence of sentences(text)) {
      for (const m of matchesOf(pattern, sentence.text)) {
        if (options.keep && !options.keep(m, sentence.text)) continue;
        const owners = fields.filter((f) => f.found.has(norm(m.text))).map((f) => f.path);
        for (const path of owners.length ? owners : [sectionSource(section)]) {
          const key = JSON.stringify(path);
          const hit = hits.get(key) ?? { path, matches: [] };
          if (!hit.matches.some((t) => norm(t) === norm(m.text))) hit.matches.push(m.text);
          hits.set(key, hit);
        }
      }
    }
  }
  return [...hits.values()];
}

/** Exhibits of the given kinds. */
export const exhibitsOfKind = (c: Case, ...kinds: Exhibit['kind'][]): Exhibit[] => c.exhibits.filter((e) => kinds.includes(e.kind));

/** The exhibit with an id, if it exists. */
export const exhibit = (c: Case, id: string | undefined): Exhibit | undefined => (id ? c.exhibitById.get(id) : undefined);

/** A kebab-case name with its article, as read aloud: "an order-defect-rate case", "a used-sold-as-new case". */
export const withArticle = (name: string) => `${/^(?:[aeio]|u(?!s))/i.test(name) ? 'an' : 'a'} ${name}`;

/** Whether the case is one of the types. */
export const isType = (c: Case, ...types: CaseType[]) => types.includes(c.type);

// Calendar arithmetic lives in src/domain/dates.ts; the rules use it from here.
export { addWorkingDays, dayNumber, daysBetween, isoDate, minutesOf } from '../domain/dates.js';

/**
 * Where to report a missing input: the path itself when its top-level key is in the file (the report then points at
 * the nearest key that is there), else the case's `type:`, which is what makes the input required.
 */
export function missingAt(c: Case, path: PathSegment[]): PathSegment[] {
  const top = path[0];
  return typeof top === 'string' && (c.input as unknown as Record<string, unknown>)[top] !== undefined ? path : ['type'];
}

/**
 * Whether the letter disputes the notice: stance dispute, or a design-patent rebuttal that does not admit the
 * complaint (a rebuttal argues non-infringement even when the case leaves stance at its default).
 */
export function disputesNotice(c: Case): boolean {
  if (c.stance === 'dispute') return true;
  return (
    c.type === 'design-patent-rebuttal' && c.stance === 'remediate' && c.input.details?.ip_complaint?.position !== 'admit-and-remediate'
  );
}

// "not", "no", "never" or "n't" up to three words before a phrase: "does not closely resemble", "bears no resemblance".
const negation = /(?:\b(?:not|no|never|nor|neither|hardly|without)|n['’]t)(?:\s+[\p{L}'’-]+){0,3}\s+$/iu;
// A Japanese verb or adjective negated after the phrase: 似ている点はありません, 類似しているとは言えない.
const negatedAfter = /ません|ない|なく|おらず|とは言え/;

/** Whether a match in a sentence is negated ("is not similar to", "似ている点はありません"). */
export function isNegated(sentence: string, m: Match): boolean {
  if (isUnspaced([...m.text][0])) return negatedAfter.test(sentence.slice(m.index + m.text.length));
  return negation.test(sentence.slice(0, m.index));
}

/** A date written in numbers: day and month in the order the writer used, the year in full. */
export interface NumericDate {
  text: string;
  /** Where it starts in its field's text. */
  index: number;
  first: number;
  second: number;
  year: number;
  /** 10.10.2026: always day first. */
  dotted: boolean;
}

// 03/11/2026, 3/11/26, 03-11-2026, 10.10.2026 (not 2026/11/03, not a version number "1.2.3"); also the end of a
// range that starts without its year ("24.10-05.11.2026").
const numericDate =
  /(?:(?<![\p{L}\p{N}/.-])|(?<=(?<![\p{L}\p{N}/.-])\d{1,2}[./]\d{1,2}[-–]))(\d{1,2})(?:\/(\d{1,2})\/(\d{4}|\d{2})|-(\d{1,2})-(\d{4})|\.(\d{1,2})\.(\d{4}))(?![\p{L}\p{N}]|[/.-]\d)/gu;
// Fields that hold numbers of other kinds.
export const numberFields = new Set(['phone', 'registration_number', 'reference', 'complaint_id', 'ip_number']);

/** The dates written in numbers in the case's text fields, with the field each is in. */
export function numericDates(input: CaseInput): { field: TextField; date: NumericDate }[] {
  const found: { field: TextField; date: NumericDate }[] = [];
  for (const field of caseTexts(input)) {
    if (field.path.some((p) => typeof p === 'string' && numberFields.has(p))) continue;
    for (const m of field.text.matchAll(numericDate)) {
      const written = m[3] ?? m[5] ?? m[7];
      found.push({
        field,
        date: {
          text: m[0],
          index: m.index,
          first: Number(m[1]),
          second: Number(m[2] ?? m[4] ?? m[6]),
          year: written.length === 2 ? 2000 + Number(written) : Number(written),
          dotted: m[6] !== undefined,
        },
      });
    }
  }
  return found;
}

/** Two numbers of a date that could each be the month, and differ: a date read two ways. */
export const readsTwoWays = (d: NumericDate) =>
  !d.dotted && d.first !== d.second && d.first >= 1 && d.first <= 12 && d.second >= 1 && d.second <= 12;

/** An ISO date from a year, month and day, or undefined when they make no date. */
export function calendarDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}
