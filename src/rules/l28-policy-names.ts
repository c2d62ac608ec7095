import type { PathSegment } from '../stages/parse.js';
import type { Finding, Rule } from './types.js';
import { exhibitsOfKind, matchesOf, phraseRegExp, quoted, sentences } from './helpers.js';

const studied =
  /\b(?:stud(?:y|ied|ying)|review(?:ed|ing)?|re-?read|read|learn(?:ed|t|ing)?|train(?:ed|ing)?|familiari[sz](?:ed|ing)|went through)\b/i;
// The seller's own rules ("our packing guidelines") are not Amazon policies.
const policyWord = /(?<!\b(?:our|own|internal|in-house|company|SOP)(?:\s+[\w-]+)?\s+)\b(?:polic(?:y|ies)|guidelines?|rules)\b/i;
// A capitalised name before the word: "Anti-Counterfeiting Policy", "Condition Guidelines" (not "Amazon's Policies").
const capitalised = /\b((?:[A-Z][\w'’-]*\s+)+)(?:Policy|Policies|Guidelines|Rules)\b/g;
const generic = /^(?:(?:Amazon(?:['’]s)?|Seller|Selling|All|The|Our|Its|These|Relevant|Related|Applicable)\s+)+$/;
// "had no training on", "never read", "did not study": the seller says the policy was not studied.
const notStudied =
  /\b(?:no|not|never|nobody|no one|without|n['’]t)\s+(?:[\w'’-]+\s+){0,2}?(?:stud(?:y|ied|ying)|review(?:ed|ing)?|re-?read|read|learn(?:ed|t|ing)?|train(?:ed|ing)?|familiari[sz](?:ed|ing)|went through)\b/i;

/** Claims of having studied a policy name the policy, and the training is on record. */
export const policyNames: Rule = {
  id: 'L28',
  name: 'policy-names',
  severity: 'warning',
  description:
    'a claim of having studied a policy names it ("Restricted Products", "Condition Guidelines") and a policy-training-record is enclosed',
  why: 'A claim of having studied "Amazon\'s policies" shows nothing; naming the policy as Amazon does, with the training on record, shows the seller read the one that applies.',
  fix: 'Name the policy ("Restricted Products policy", "Condition Guidelines", "Product Detail Page Rules") and enclose the training record as evidence of kind policy-training-record.',
  phase: 'case',
  check({ case: c, words }) {
    const known = phraseRegExp(words.businessPolicies);
    const input = c.input;
    // "The policy" in a sentence is named when the item's title, the notice or a corrective action names it.
    const names = (text: string | undefined) =>
      !!text && (matchesOf(known, text).length > 0 || [...text.matchAll(capitalised)].some((m) => !generic.test(m[1])));
    const letterNames = [input.notice.policy, input.notice.summary, ...input.corrective_actions.map((ca) => ca.action)].some(names);
    const prose: { path: PathSegment[]; text?: string; title?: string }[] = [
      ...input.root_causes.map((rc, i) => ({ path: ['root_causes', i, 'detail'], text: rc.detail, title: rc.title })),
      ...(input.grounds ?? []).map((g, i) => ({ path: ['grounds', i, 'detail'], text: g.detail, title: g.title })),
      ...input.corrective_actions.map((ca, i) => ({ path: ['corrective_actions', i, 'action'], text: ca.action })),
      ...input.preventive_measures.map((pm, i) => ({ path: ['preventive_measures', i, 'measure'], text: pm.measure })),
      { path: ['letter', 'opening'], text: input.letter?.opening },
      { path: ['letter', 'additional_information'], text: input.letter?.additional_information },
      { path: ['closing'], text: input.closing },
    ];
    const findings: Finding[] = [];
    let claims = 0;
    for (const { path, text, title } of prose) {
      for (const s of sentences(text ?? '')) {
        if (!studied.test(s.text) || !policyWord.test(s.text) || notStudied.test(s.text)) continue;
        claims += 1;
        // "the policy" refers back to one named elsewhere; "Amazon's policies" names none.
        const named = names(s.text) || (!/\b(?:policies|guidelines|rules)\b/i.test(s.text) && (names(title) || letterNames));
        if (!named) {
          findings.push({
            path,
            message: `the letter says a policy was studied without naming it: ${quoted(s.text)}`,
            note: 'Name the policy as Amazon does (e.g. "Restricted Products policy", "Condition Guidelines", "Product Detail Page Rules") so the reviewer sees you read the right one.',
          });
        }
      }
    }
    if (claims && !exhibitsOfKind(c, 'policy-training-record').length) {
      findings.push({
        path: ['evidence'],
        at: 'key',
        message: 'the letter mentions policy training but encloses no training record',
        note: 'Enclose the training record (who, when, which policy, test result) as evidence of kind policy-training-record.',
      });
    }
    return findings;
  },
  examples: {
    ok: [
      {
        name: 'a named policy with a training record',
        edits: [
          {
            path: ['preventive_measures', 1, 'measure'],
            value: 'All 4 agents were trained on the Customer Service Performance policy on 2026-10-21 and pass a quiz every quarter.',
          },
          { path: ['evidence', 1, 'kind'], value: 'policy-training-record' },
        ],
      },
      {
        name: 'a root cause saying the policy was not studied, under a title that names it',
        edits: [
          { path: ['root_causes', 0, 'title'], value: 'Nobody had read the Customer Product Reviews policy' },
          {
            path: ['root_causes', 0, 'detail'],
            value:
              "Our 4 staff had no training on Amazon's review rules; the marketing lead approved the agency's offer without checking it against the policy.",
          },
        ],
      },
      {
        name: '"the policy training" where a corrective action names the policy',
        edits: [
          {
            path: ['corrective_actions', 0, 'action'],
            value: 'All 4 staff completed training on the Customer Product Reviews policy and the Community Guidelines.',
          },
          {
            path: ['preventive_measures', 1, 'measure'],
            value: 'Every new employee completes the policy training in the first week; all staff repeat it each year.',
          },
          { path: ['evidence', 1, 'kind'], value: 'policy-training-record' },
        ],
      },
    ],
    notOk: [
      {
        name: 'an unnamed policy and no record',
        messages: [
          'the letter says a policy was studied without naming it: "All 4 agents studied',
          'the letter mentions policy training but encloses no training record',
        ],
        edits: [
          {
            path: ['preventive_measures', 1, 'measure'],
            value: "All 4 agents studied Amazon's policies on 2026-10-21 and pass a quiz every quarter.",
          },
        ],
        at: ['preventive_measures', 1, 'measure'],
      },
    ],
  },
};
