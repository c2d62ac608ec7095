import type { Finding, Rule } from './types.js';
import { caseTexts, findInLetter, listPhrases, matchesOf, phraseRegExp, sectionSource, sentences } from './helpers.js';

/** No pleading or emotive words, and at most one sentence of apology. */
export const pleading: Rule = {
  id: 'L06',
  name: 'pleading',
  severity: 'warning',
  description: 'no pleading or emotive words (beg, mercy, heartbroken, "one more chance", "!!!"); at most one sentence of apology',
  why: "Amazon asks appeals to avoid emotive language. Pleading does not get an appeal rejected by itself, but it takes the place of facts, and reviewers read it as a sign that the seller has not found the cause.",
  fix: "Remove the pleading words and state the facts: what went wrong, what you fixed, what prevents a repeat. One short apology is enough; end with a plain request for what the notice took away.",
  phase: 'letter',
  check(context) {
    const findings: Finding[] = findInLetter(context, phraseRegExp(context.words.pleading)).map((hit) => ({
      path: hit.path,
      message: `the letter pleads or uses emotive words: ${listPhrases(hit.matches)}`,
      note: 'Amazon asks appeals to avoid emotive language. State the facts, what you fixed and what prevents a repeat; a plain request for reinstatement at the end is enough.',
    }));
    const apology = phraseRegExp(context.words.apology);
    const apologies = Object.entries(context.letter?.sections ?? {}).flatMap(([section, text]) =>
      sentences(text)
        .filter((s) => matchesOf(apology, s.text).length)
        .map(() => section),
    );
    if (apologies.length > 1) {
      // Point at the case field holding the second apology (in file order), where one can be found.
      const inCase = caseTexts(context.case.input).flatMap((f) => sentences(f.text).filter((s) => matchesOf(apology, s.text).length).map(() => f.path));
      findings.push({
        path: inCase[1] ?? inCase[0] ?? sectionSource(apologies[1]),
        message: `the letter apologises in ${apologies.length} sentences`,
        note: 'One short apology is enough; use the other sentences for facts and fixes.',
      });
    }
    return findings;
  },
  examples: {
    ok: [{ name: 'one apology, no pleading', edits: [{ path: ['closing'], value: 'We apologise for the inconvenience to our buyers and ask you to reinstate our selling privileges.' }] }],
    notOk: [
      {
        name: 'begging in a root cause',
        messages: ['the letter pleads or uses emotive words: "beg" and "mercy"'],
        edits: [{ path: ['root_causes', 0, 'detail'], value: 'We beg you for mercy: 14 parcels of B0C1234567 broke in transit between 2026-09-01 and 2026-10-15.' }],
        at: ['root_causes', 0, 'detail'],
      },
      {
        name: 'two apologies',
        messages: ['the letter apologises in 2 sentences'],
        edits: [
          { path: ['closing'], value: 'We apologise to our buyers. We are sorry for the trouble caused and ask you to reinstate our selling privileges.' },
        ],
        at: ['closing'],
        severity: 'warning',
      },
    ],
  },
};
