import type { Rule } from './types.js';
import { daysBetween } from './helpers.js';

/** Days left below which the deadline becomes a warning. */
export const deadlineWarningDays = 3;

/** Shows the days left to the notice's deadline, counted from the letter date (never from the clock, so runs are reproducible). */
export const deadline: Rule = {
  id: 'L30',
  name: 'deadline',
  severity: 'warning',
  description: 'days left from the letter date to notice.respond_by (info; warning when 3 days or fewer, or past)',
  why: "An appeal sent after the notice's deadline may no longer be open; the days left decide how much can still be gathered.",
  fix: 'Submit before notice.respond_by: fix the errors first and leave warnings you cannot fix in time.',
  phase: 'case',
  check({ case: c }) {
    const due = c.input.notice.respond_by;
    if (!due) return [];
    const left = daysBetween(c.letterDate, due);
    const path = ['notice', 'respond_by'];
    if (left < 0) {
      return [
        {
          path,
          message: `the deadline ${due} passed ${-left} day${left === -1 ? '' : 's'} before the letter date ${c.letterDate}`,
          note: 'Submit as soon as the letter is ready and say nothing about the delay; check in Account Health whether the appeal is still open.',
        },
      ];
    }
    const message = `${left} day${left === 1 ? '' : 's'} left to respond (by ${due}, counted from the letter date ${c.letterDate})`;
    if (left <= deadlineWarningDays)
      return [{ path, message, note: 'Submit before the deadline; fix errors first and leave warnings you cannot fix in time.' }];
    return [{ path, severity: 'info', message, note: 'Leave a day or two for a last read and for gathering any missing document.' }];
  },
  examples: {
    ok: [{ name: 'no deadline given', edits: [] }],
    notOk: [
      {
        name: 'a deadline 2 days after the letter',
        messages: ['2 days left to respond (by 2026-10-23, counted from the letter date 2026-10-21)'],
        edits: [{ path: ['notice', 'respond_by'], value: '2026-10-23' }],
        at: ['notice', 'respond_by'],
      },
      {
        name: 'a deadline 10 days after the letter',
        messages: ['10 days left to respond (by 2026-10-31, counted from the letter date 2026-10-21)'],
        edits: [{ path: ['notice', 'respond_by'], value: '2026-10-31' }],
        at: ['notice', 'respond_by'],
        severity: 'info',
      },
      {
        name: 'a deadline already past',
        messages: ['the deadline 2026-10-19 passed 2 days before the letter date 2026-10-21'],
        edits: [{ path: ['notice', 'respond_by'], value: '2026-10-19' }],
        at: ['notice', 'respond_by'],
      },
    ],
  },
};
