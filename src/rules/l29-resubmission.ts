import type { Finding, Rule } from './types.js';
import { daysBetween } from './helpers.js';

/** Days Amazon gives itself to reply to an appeal; sending again before then counts as a repeat submission. */
export const replyWaitDays = 2;

/** A new submission is not sent while the previous one is still within Amazon's reply time. */
export const resubmission: Rule = {
  id: 'L29',
  name: 'resubmission',
  severity: 'info',
  description: "a previous submission less than 48 hours before the letter date is still within Amazon's reply time",
  why: 'Amazon replies to an appeal within about two days and treats repeated submissions as spam.',
  fix: 'Wait for the answer to the previous appeal (View Appeal) and address its feedback before you send again.',
  phase: 'case',
  check({ case: c }) {
    const findings: Finding[] = [];
    c.input.submission?.previous_attempts?.forEach((p, i) => {
      const days = daysBetween(p.submitted_on, c.letterDate);
      if (days >= 0 && days < replyWaitDays) {
        findings.push({
          path: ['submission', 'previous_attempts', i, 'submitted_on'],
          message: `the previous appeal was sent on ${p.submitted_on}, ${days === 0 ? 'the same day as' : 'one day before'} this letter`,
          note: 'Amazon replies within about two days and treats repeated submissions as spam; wait for the answer (View Appeal) and address its feedback before sending again.',
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
    ],
  },
};
