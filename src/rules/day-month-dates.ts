// Dates written in numbers without a year ("24.10", "20/10", Japanese "11/5"), and year-first dates with dots
// ("2026.11.05"): forms the letter cannot print in its own style. Only a number pair that the text puts where a
// date stands counts: a range with another date, a preposition of time, or a Japanese particle; a decimal, a
// fraction, a size or "24/7" does not.
import type { CaseInput } from '../model/case.js';
import { calendarDate, caseTexts, isUnspaced, numberFields, type TextField } from './helpers.js';
import { UNSPACED_CLASS } from '../domain/script.js';

/** A date the seller wrote in numbers that the letter cannot print in words, with the ISO date it stands for. */
export interface PartialDate {
  text: string;
  /** Where it starts in its field's text. */
  index: number;
  month: number;
  day: number;
  /** The year written with it, or with the date it forms a range with; undefined when the text gives none. */
  year?: number;
}

interface Token {
  index: number;
  end: number;
  text: string;
  /** Day and month in the order written; year when written. */
  first: number;
  second: number;
  year?: number;
  slash: boolean;
  yearFirst: boolean;
}

// 24.10, 02.11., 20/10, 11/5: two numbers of one or two digits, not part of a longer number, a version or a path.
// With dots the month has two digits ("24.10", not the decimal "4.5").
// Japanese text may touch it.
const spacedLetter = `(?![${UNSPACED_CLASS}])\\p{L}`;
const dayMonth = new RegExp(
  String.raw`(?<!${spacedLetter}|[\p{N}/.,:#№_-])(\d{1,2})(?:(\/)(\d{1,2})|\.(\d{2}))(?!${spacedLetter}|\p{N}|[/.,]\d)`,
  'gu',
);
// A date with its year, day or month first (25/10/2026, 05.11.2026) or year first (2026.11.05, 2026/9/15).
const fullDate = new RegExp(
  String.raw`(?<!${spacedLetter}|[\p{N}/._])(?:(\d{1,2})([/.-])(\d{1,2})\2(\d{4})|(\d{4})([/.])(\d{1,2})\6(\d{1,2}))(?!${spacedLetter}|\p{N}|[/.]\d)`,
  'gu',
);
// What joins the two ends of a range of dates.
const rangeJoint = /^\.?\s*(?:[-–—~〜～]|to|until|till|through|and|bis|al|au|a|até)\s*$/iu;
// A word of time before a date ("after 20/10", "am 02.11."); "to", "by" and "and" count only in a range.
const timeWord =
  /(?:^|[\s(（])(?:on|from|since|until|till|after|before|between|dated|as of|starting|vom|am|ab|bis|seit|desde|hasta|le|du)\s+$/iu;
// A Japanese particle or word of time after a date ("11/5に", "10/20の出荷").
const japaneseAfter = /^(?:に|から|まで|迄|より|付|頃|ごろ|以降|以前|時点|の|、|。|[（）()]|発|着|出荷|受領|到着|到達)/u;
// What makes the pair a measure, a price or a count: a unit, a currency or a counter after it, a currency before.
const measureAfter =
  /^\s?(?:%|％|‰|mm|cm|m\b|km|kg|g\b|lb|oz|in\b|inch|["″'′]|ml|l\b|L\b|V\b|W\b|mAh|Zoll|x\b|×|pcs|units?|stars?|pieces?|件|個|点|人|名|本|枚|台|倍|程度|割|ページ|頁|号|番|円|[€$£¥₹]|[A-Z]{3}\b)/u;
const currencyBefore = /(?:[€$£¥₹]|\b[A-Z]{3})\s?$/u;
// Around-the-clock service and fractions of the usual denominators are no dates.
const notADate = (t: Token) =>
  (t.first === 24 && t.second === 7) || (t.first === 7 && t.second === 24) || (t.first < t.second && [2, 3, 4, 8, 16].includes(t.second));

function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(fullDate)) {
    const yearFirst = m[5] !== undefined;
    tokens.push({
      index: m.index,
      end: m.index + m[0].length,
      text: m[0],
      first: Number(yearFirst ? m[7] : m[1]),
      second: Number(yearFirst ? m[8] : m[3]),
      year: Number(yearFirst ? m[5] : m[4]),
      slash: (yearFirst ? m[6] : m[2]) === '/',
      yearFirst,
    });
  }
  for (const m of text.matchAll(dayMonth)) {
    const end = m.index + m[0].length;
    if (tokens.some((t) => m.index < t.end && end > t.index)) continue;
    tokens.push({ index: m.index, end, text: m[0], first: Number(m[1]), second: Number(m[3] ?? m[4]), slash: !!m[2], yearFirst: false });
  }
  return tokens.sort((a, b) => a.index - b.index);
}

/** The tokens a range joins to this one, before or after it. */
function rangePartners(text: string, tokens: Token[], i: number): Token[] {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return [
    ...(prev && rangeJoint.test(text.slice(prev.end, tokens[i].index)) ? [prev] : []),
    ...(next && rangeJoint.test(text.slice(tokens[i].end, next.index)) ? [next] : []),
  ];
}

/** A pair of numbers that is a measure, a price or a fraction, whatever words stand before it. */
function isMeasure(text: string, t: Token): boolean {
  return (
    notADate(t) || measureAfter.test(text.slice(t.end, t.end + 8)) || currencyBefore.test(text.slice(Math.max(0, t.index - 4), t.index))
  );
}

/** Whether the words around a pair without a year put it where a date stands. */
function inDatePlace(text: string, t: Token, japanese: boolean): boolean {
  if (japanese) return japaneseAfter.test(text.slice(t.end, t.end + 4)) || isUnspaced(text[t.index - 1]);
  return timeWord.test(text.slice(Math.max(0, t.index - 24), t.index));
}

/**
 * Day and month of a pair: month first in Japanese text, and on a marketplace that writes month first unless only
 * the other order makes a date; otherwise day first unless only the other order makes a date. Dots: day first.
 */
function dayAndMonth(t: Token, monthFirst: boolean): { day: number; month: number } | undefined {
  const valid = (month: number, day: number) => month >= 1 && month <= 12 && !!calendarDate(2024, month, day);
  const asMonthFirst = { month: t.first, day: t.second };
  const asDayFirst = { month: t.second, day: t.first };
  if (t.yearFirst) return valid(t.first, t.second) ? asMonthFirst : undefined;
  const order = !t.slash ? [asDayFirst] : monthFirst ? [asMonthFirst, asDayFirst] : [asDayFirst, asMonthFirst];
  return order.find((o) => valid(o.month, o.day));
}

/**
 * The dates in the case's text written without a year, or year first with dots, that stand as dates; each with the
 * year the text gives it, if any. `monthFirst`: the marketplace writes the month first (a US case).
 */
export function partialDates(input: CaseInput, language: string, monthFirst: boolean): { field: TextField; date: PartialDate }[] {
  const found: { field: TextField; date: PartialDate }[] = [];
  for (const field of caseTexts(input)) {
    if (field.path.some((p) => typeof p === 'string' && numberFields.has(p))) continue;
    const tokens = tokensOf(field.text);
    tokens.forEach((t, i) => {
      // A date with its year is L45's or L47's own, unless its year comes first with dots, which the letter cannot read.
      if (t.year !== undefined && (!t.yearFirst || t.slash)) return;
      const near = field.text.slice(Math.max(0, t.index - 2), t.end + 2);
      const japanese = language.startsWith('ja') || [...near].some((ch) => isUnspaced(ch));
      const read = dayAndMonth(t, japanese || monthFirst);
      const partners = rangePartners(field.text, tokens, i);
      if (!read || isMeasure(field.text, t) || partners.some((p) => isMeasure(field.text, p) || !dayAndMonth(p, japanese || monthFirst)))
        return;
      if (t.year === undefined && !partners.length && !inDatePlace(field.text, t, japanese)) return;
      const year = t.year ?? partners.find((p) => p.year !== undefined)?.year;
      found.push({ field, date: { text: t.text, index: t.index, ...read, year } });
    });
  }
  return found;
}
