import type { Rule } from './types.js';
import { findInLetter, listPhrases, phraseRegExp } from './helpers.js';

/** No introduction of the business, sales figures, company history or unrelated credentials. */
export const businessIntro: Rule = {
  id: 'L08',
  name: 'business-intro',
  severity: 'warning',
  description: 'no business introduction, sales figures, growth claims or company history',
  why: "Amazon's Plan of Action guidance asks for the facts of the issue rather than an introduction of the product, business or customers; an introduction spends the reviewer's few minutes on nothing they can act on.",
  fix: 'Remove the introduction, sales figures and history, or replace them with a fact about the issue.',
  phase: 'letter',
  check(context) {
    return findInLetter(context, phraseRegExp(context.words.businessIntro)).map((hit) => ({
      path: hit.path,
      message: `the letter introduces the business: ${listPhrases(hit.matches)}`,
      note: 'Amazon asks for the facts of the issue, not an introduction of your business, sales or history; remove it or replace it with a fact about the issue.',
    }));
  },
  examples: {
    ok: [
      {
        name: 'facts only',
        edits: [{ path: ['letter', 'additional_information'], value: 'The refund report lists all 14 orders by date.' }],
      },
    ],
    notOk: [
      {
        name: 'company history and sales',
        messages: ['the letter introduces the business: "we have 8 years" and "$200,000 a month"'],
        edits: [
          {
            path: ['letter', 'additional_information'],
            value: 'We have 8 years of selling experience and sell $200,000 a month on Amazon.',
          },
        ],
        at: ['letter', 'additional_information'],
      },
    ],
  },
};
