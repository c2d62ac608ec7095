import type { Finding, Rule } from './types.js';
import { numericDates, quoted, readsTwoWays } from './helpers.js';
import { marketplaceInfo } from '../domain/marketplaces.js';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number) => String(n).padStart(2, '0');

/** A date written with slashes or dashes whose day and month could be swapped ("03/11/2026"). */
export const ambiguousDates: Rule = {
  id: 'L45',
  name: 'ambiguous-dates',
  severity: 'warning',
  description: 'no date written as 03/11/2026, which reads as 3 November in one country and March 11 in another',
  why: 'A reviewer reads 03/11/2026 the way dates are written where they work: 11 March in the United States, 3 November elsewhere. A date the reviewer misreads can put an action before the problem it fixes.',
  fix: 'Write the date as YYYY-MM-DD (2026-11-03), which the letter prints in the marketplace\'s style, or with the month in words ("3 November 2026").',
  phase: 'case',
  check({ case: c }) {
    const monthFirst = marketplaceInfo(c.marketplace).englishLocale === 'en-US';
    const findings: Finding[] = [];
    for (const { field, date: d } of numericDates(c.input)) {
      // Only a date whose two readings are both dates and differ is ambiguous.
      if (!readsTwoWays(d)) continue;
      const { year } = d;
      const [month, day] = monthFirst ? [d.first, d.second] : [d.second, d.first];
      const [otherMonth, otherDay] = [day, month];
      const inWords = (dd: number, mo: number) => (monthFirst ? `${months[mo - 1]} ${dd}, ${year}` : `${dd} ${months[mo - 1]} ${year}`);
      findings.push({
        path: field.path,
        message: `the date ${quoted(d.text)} is ambiguous: it reads as ${inWords(day, month)} or as ${inWords(otherDay, otherMonth)}`,
        note: `Write it as ${year}-${pad(month)}-${pad(day)} or "${inWords(day, month)}" (if you meant ${inWords(otherDay, otherMonth)}: ${year}-${pad(otherMonth)}-${pad(otherDay)}).`,
      });
    }
    return findings;
  },
  examples: {
    ok: [
      {
        name: 'an ISO date',
        edits: [{ path: ['corrective_actions', 0, 'action'], value: 'Refunded the 14 orders of the batch received on 2026-11-03.' }],
      },
      {
        name: 'a date only one way can read (25 is no month)',
        edits: [{ path: ['corrective_actions', 0, 'action'], value: 'Refunded the 14 orders of the batch received on 25/10/2026.' }],
      },
      {
        name: 'sizes and year-first dates',
        edits: [
          {
            path: ['corrective_actions', 0, 'action'],
            value: 'Repacked the 4/5/6 inch pots received on 2026/10/03 in double-wall cartons.',
          },
        ],
      },
    ],
    notOk: [
      {
        name: 'a day and month that could be swapped',
        messages: ['the date "03/11/2026" is ambiguous: it reads as March 11, 2026 or as November 3, 2026'],
        edits: [{ path: ['corrective_actions', 0, 'action'], value: 'Refunded the 14 orders of the batch received on 03/11/2026.' }],
        at: ['corrective_actions', 0, 'action'],
      },
      {
        name: 'the same on an Australian case, read day first',
        messages: ['the date "03-11-2026" is ambiguous: it reads as 3 November 2026 or as 11 March 2026'],
        edits: [
          { path: ['marketplace'], value: 'AU' },
          { path: ['corrective_actions', 0, 'action'], value: 'Refunded the 14 orders of the batch received on 03-11-2026.' },
        ],
        at: ['corrective_actions', 0, 'action'],
      },
    ],
  },
};
