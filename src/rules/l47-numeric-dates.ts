import type { Finding, Rule } from './types.js';
import { calendarDate, caseTexts, numericDates, quoted, readsTwoWays, type TextField } from './helpers.js';
import { formatDate } from '../compose/format.js';
import { marketplaceInfo } from '../domain/marketplaces.js';
import { partialDates } from './day-month-dates.js';

/** The year that puts a day and month nearest the letter's date. */
function nearestYear(month: number, day: number, letterDate: string): number {
  const year = Number(letterDate.slice(0, 4));
  const distance = (y: number) => {
    const iso = calendarDate(y, month, day);
    return iso ? Math.abs(Date.parse(iso) - Date.parse(letterDate)) : Number.POSITIVE_INFINITY;
  };
  return [year, year - 1, year + 1].reduce((best, y) => (distance(y) < distance(best) ? y : best));
}

/**
 * A date written in numbers that reads only one way ("25/10/2026", "10.10.2026"): the letter writes every
 * other date in words, so it stands out; written as an ISO date the letter prints it in its own style.
 * Dates that read two ways are L45's. A day and month without a year ("24.10", "20/10", Japanese "11/5") and a
 * year-first date with dots ("2026.11.05") are never printed in words either.
 */
function numericDateFinding(path: Finding['path'], text: string, iso: string, locale: string, yearWritten: boolean): Finding {
  const long = formatDate(iso, locale);
  return {
    path,
    message: `the date ${quoted(text)} is written in numbers, where the letter writes dates as ${quoted(long)}`,
    note: `Write it ${yearWritten ? '' : 'with its year '}as ${iso}, which the letter prints as ${quoted(long)}.`,
  };
}

export const numericDatesInWords: Rule = {
  id: 'L47',
  name: 'numeric-dates',
  severity: 'warning',
  description: 'no date written in numbers as 25/10/2026, 10.10.2026 or 24.10 (no year) in a letter that writes its dates in words',
  why: 'The letter prints its own dates and every ISO date of the case in words ("10 October 2026"); a date the seller wrote as 10.10.2026, 25/10/2026 or 24.10 is then the one date in another style, which reads as text pasted from elsewhere, and one without a year leaves the reviewer to guess it.',
  fix: 'Write the date with its year as YYYY-MM-DD (2026-10-10), which the letter prints in its own style, or in words as the letter does.',
  phase: 'case',
  check({ case: c }) {
    const found: { field: TextField; index: number; finding: Finding }[] = [];
    for (const { field, date: d } of numericDates(c.input)) {
      if (readsTwoWays(d)) continue;
      // Day first unless only the second number can be the day (a US writer's 10/25/2026).
      const dayFirst = d.dotted || d.first > 12 || d.first === d.second;
      const [day, month] = dayFirst ? [d.first, d.second] : [d.second, d.first];
      const iso = month <= 12 ? calendarDate(d.year, month, day) : undefined;
      if (!iso) continue;
      found.push({ field, index: d.index, finding: numericDateFinding(field.path, d.text, iso, c.locale, true) });
    }
    const monthFirst = marketplaceInfo(c.marketplace).englishLocale === 'en-US';
    for (const { field, date: d } of partialDates(c.input, c.language, monthFirst)) {
      const iso = calendarDate(d.year ?? nearestYear(d.month, d.day, c.letterDate), d.month, d.day);
      if (iso) found.push({ field, index: d.index, finding: numericDateFinding(field.path, d.text, iso, c.locale, d.year !== undefined) });
    }
    // In the order they are written: field by field, then along the text.
    const fields = caseTexts(c.input).map((f) => JSON.stringify(f.path));
    const order = (f: TextField) => fields.indexOf(JSON.stringify(f.path));
    return found.sort((a, b) => order(a.field) - order(b.field) || a.index - b.index).map((f) => f.finding);
  },
  examples: {
    ok: [
      {
        name: 'an ISO date',
        edits: [{ path: ['corrective_actions', 0, 'action'], value: 'Refunded the 14 orders of the batch received on 2026-10-25.' }],
      },
      {
        name: 'a version number and a size',
        edits: [
          { path: ['corrective_actions', 0, 'action'], value: 'Updated the listing tool to 2.10.3 and repacked the 4/5/6 inch pots.' },
        ],
      },
      {
        name: 'numbers that are no dates: a service, a fraction, a price, a street number',
        edits: [
          {
            path: ['corrective_actions', 0, 'action'],
            value: 'Answered buyers 24/7, cut 1/2 of the stock from 12.05 to 24.10 EUR and moved to No: 9/14 on 2026-10-25.',
          },
        ],
      },
    ],
    notOk: [
      {
        name: 'a date only one way can read',
        messages: ['the date "25/10/2026" is written in numbers, where the letter writes dates as "October 25, 2026"'],
        edits: [{ path: ['corrective_actions', 0, 'action'], value: 'Refunded the 14 orders of the batch received on 25/10/2026.' }],
        at: ['corrective_actions', 0, 'action'],
      },
      {
        name: 'a date with dots, on a German case',
        messages: ['the date "10.10.2026" is written in numbers, where the letter writes dates as "10 October 2026"'],
        edits: [
          { path: ['marketplace'], value: 'DE' },
          { path: ['corrective_actions', 0, 'action'], value: 'Refunded the 14 orders delivered on 10.10.2026.' },
        ],
        at: ['corrective_actions', 0, 'action'],
      },
      {
        name: 'a day and month without a year, in a range with a date that has one',
        messages: [
          'the date "24.10" is written in numbers, where the letter writes dates as "October 24, 2026"',
          'the date "05.11.2026" is written in numbers, where the letter writes dates as "November 5, 2026"',
        ],
        edits: [{ path: ['corrective_actions', 0, 'action'], value: 'Refunded the 14 orders shipped from 24.10 to 05.11.2026.' }],
        at: ['corrective_actions', 0, 'action'],
      },
    ],
  },
};
