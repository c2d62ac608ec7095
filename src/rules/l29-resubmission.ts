import { replyWaitDays } from '../domain/channels.js';
import type { Finding, Rule } from './types.js';
import { daysBetween } from './helpers.js';

/** A new submission is not sent while the previous one is still within Amazon's reply time. */
export const resubmission: Rule = {
  id: 'L29',
  name: 'resubmission',
  severity: 'info',
  description:
    "a previous submission less than 48 hours before the letter date is still within Amazon's reply time (a warning when the letter has no letter.date); one after the letter date is a wrong date (warning)",
  why: 'Amazon replies to an appeal within about two days and treats repeated submissions as spam; a revised appeal dated before the appeal it revises reads as a mistake.',
  fix: 'Wait for the answer to the previous appeal (View Appeal) and address its feedback before you send again.',
  phase: 'case',
  check({ case: c }) {
    const findings: Finding[] = [];
    c.input.submission?.previous_attempts?.forEach((p, i) => {
      const days = daysBetween(p.submitted_on, c.letterDate);
      const path = ['submission', 'previous_attempts', i, 'submitted_on'];
      // The default date of a resubmission is past the reply time; a date from the build's environment may not be.
      const dateIt = c.input.letter?.date
        ? ''
        : ` The letter has no letter.date and is dated ${c.letterDate}; set letter.date to the day you send it.`;
      if (days < 0) {
        findings.push({
          path,
          severity: 'warning',
          message: `the previous appeal was sent on ${p.submitted_on}, after this letter's date ${c.letterDate}`,
          note: 'A revised appeal is sent after the previous one and its answer: set letter.date to the day you send this letter, or correct submitted_on.',
        });
      } else if (days < replyWaitDays) {
        findings.push({
          path,
          // A date the tool chose that falls within the reply time is wrong for certain: the seller must set it.
          ...(dateIt ? { severity: 'warning' as const } : {}),
          message: `the previous appeal was sent on ${p.submitted_on}, ${days === 0 ? 'the same day as' : 'one day before'} this letter`,
          note: `Amazon replies within about two days and treats repeated submissions as spam; wait for the answer (View Appeal) and address its feedback before sending again.${dateIt}`,
        });
      }
    });
    return findings;
  },
  examples: {
    ok: [
      {
        name: 'a week after the previous attempt',
        edits: [{ path: ['submission', 'previous_attempts'], value: [{ submitted_on: '2026-10-14', outcome: 'rejected' }] }],
      },
    ],
    notOk: [
      {
        name: 'the day after the previous attempt',
        messages: ['the previous appeal was sent on 2026-10-20, one day before this letter'],
        edits: [{ path: ['submission', 'previous_attempts'], value: [{ submitted_on: '2026-10-20' }] }],
        at: ['submission', 'previous_attempts', 0, 'submitted_on'],
      },
      {
        name: 'a previous attempt after the letter date',
        messages: ["the previous appeal was sent on 2026-10-25, after this letter's date 2026-10-21"],
        edits: [{ path: ['submission', 'previous_attempts'], value: [{ submitted_on: '2026-10-25', outcome: 'rejected' }] }],
        at: ['submission', 'previous_attempts', 0, 'submitted_on'],
        severity: 'warning',
      },
    ],
  },
};
