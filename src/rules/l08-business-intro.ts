import type { Rule } from './types.js';
import { findInLetter, listPhrases, phraseRegExp } from './helpers.js';

/** No introduction of the business, sales figures, company history or unrelated credentials. */
export const businessIntro: Rule = {
  id: 'L08',
  severity: 'warning',
  description: 'no business introduction, sales figures, growth claims or company history',
  phase: 'letter',
  check(context) {
    return findInLetter(context, phraseRegExp(context.words.businessIntro)).map((hit) => ({
      path: hit.path,
      message: `the letter introduces the business: ${listPhrases(hit.matches)}`,
      note: 'Amazon asks for the facts of the issue, not an introduction of your business, sales or history; remove it or replace it with a fact about the issue.',
    }));
  },
  examples: {
    ok: [{ name: 'facts only', edits: [{ path: ['letter', 'additional_information'], value: 'The refund report lists all 14 orders by date.' }] }],
    notOk: [
      {
        name: 'company history and sales',
        edits: [{ path: ['letter', 'additional_information'], value: 'We have 8 years of selling experience and sell $200,000 a month on Amazon.' }],
        at: ['letter', 'additional_information'],
      },
    ],
  },
};
