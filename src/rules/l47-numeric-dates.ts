import type { Finding, Rule } from './types.js';
import { calendarDate, numericDates, quoted, readsTwoWays } from './helpers.js';
import { formatDate } from '../compose/format.js';

/**
 * A date written in numbers that reads only one way ("25/10/2026", "10.10.2026"): the letter writes every
 * other date in words, so it stands out; written as an ISO date the letter prints it in its own style.
 * Dates that read two ways are L45's.
 */
export const numericDatesInWords: Rule = {
  id: 'L47',
  name: 'numeric-dates',
  severity: 'warning',
  description: 'no date written in numbers as 25/10/2026 or 10.10.2026 in a letter that writes its dates in words',
  why: 'The letter prints its own dates and every ISO date of the case in words ("10 October 2026"); a date the seller wrote as 10.10.2026 or 25/10/2026 is then the one date in another style, which reads as text pasted from elsewhere.',
  fix: 'Write the date as YYYY-MM-DD (2026-10-10), which the letter prints in its own style, or in words as the letter does.',
  phase: 'case',
  check({ case: c }) {
    const findings: Finding[] = [];
    for (const { field, date: d } of numericDates(c.input)) {
      if (readsTwoWays(d)) continue;
      // Day first unless only the second number can be the day (a US writer's 10/25/2026).
      const dayFirst = d.dotted || d.first > 12 || d.first === d.second;
      const [day, month] = dayFirst ? [d.first, d.second] : [d.second, d.first];
      const iso = month <= 12 ? calendarDate(d.year, month, day) : undefined;
      if (!iso) continue;
      const long = formatDate(iso, c.locale);
      findings.push({
        path: field.path,
        message: `the date ${quoted(d.text)} is written in numbers, where the letter writes dates as ${quoted(long)}`,
        note: `Write it as ${iso}, which the letter prints as ${quoted(long)}.`,
      });
    }
    return findings;
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
    ],
  },
};
