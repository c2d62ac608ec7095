import type { Case } from '../model/case.js';
import type { Finding, Rule } from './types.js';
import { findInLetter, listPhrases, phraseRegExp } from './helpers.js';

// "case ID 1234567890", "support case 12345", "case number: 98765": a reference to a support case.
const caseReference = /\b(?:support\s+case|case\s+(?:id|no\.?|number|#))\s*[:#]?\s*([A-Za-z0-9-]{4,})/gi;

// A sentence ending in "?". It may only start where a sentence starts (after . ! ? or a newline): the same
// matches as without the look-behind, but linear; unanchored, a long text with a "?" not followed by a space
// was rescanned from every position (minutes for a 200 KB field).
const questionSentence = /(?<![^.!?。！？\n])[^.!?。！？\n]*(?:\?(?=\s|$)|？)/g;

/** Whether the character at `at` lies inside a quotation ("…", “…”, 「…」): a question quoted from a card or a buyer is not one the letter asks. */
function insideQuotation(text: string, at: number): boolean {
  if (at < 0) return false;
  const before = text.slice(0, at);
  const count = (re: RegExp) => (before.match(re) ?? []).length;
  return count(/"/g) % 2 === 1 || count(/“/g) > count(/”/g) || count(/「/g) > count(/」/g) || count(/『/g) > count(/』/g);
}

/** The ids the letter may quote: the notice's own references. */
function ownReferences(c: Case): string {
  const d = c.input.details;
  return [c.input.notice.reference, d?.ip_complaint?.complaint_id, d?.brand_registry?.appeal_case_id].filter(Boolean).join(' ');
}

/** No questions to Amazon and no references to other support cases. */
export const questions: Rule = {
  id: 'L09',
  name: 'questions',
  severity: 'warning',
  description: 'no questions to Amazon and no references to support cases other than the notice appealed',
  why: 'Amazon asks appeals to leave out questions and references to other support cases: the reviewer answers the appeal, not questions, and a reference to another case sends them looking for it.',
  fix: 'State what you did and what you ask for ("We ask you to reinstate ..."); quote only the notice or complaint you are appealing (notice.reference).',
  phase: 'letter',
  check(context) {
    const own = ownReferences(context.case);
    const asked: Finding[] = findInLetter(context, questionSentence, {
      keep: (m, sentence) => !insideQuotation(sentence, m.index + m.text.length - 1),
    }).map((hit) => ({
      path: hit.path,
      message: `the letter asks a question: ${listPhrases(hit.matches.map((m) => m.trim()))}`,
      note: 'Amazon asks appeals not to include questions; state what you did and what you ask for ("We ask you to reinstate ...").',
    }));
    // A request phrased as a question is reported once, as a question.
    const phrased: Finding[] = findInLetter(context, phraseRegExp(context.words.questions), {
      keep: (_m, sentence) => !/[?？]\s*$/.test(sentence),
    }).map((hit) => ({
      path: hit.path,
      message: `the letter asks Amazon for guidance: ${listPhrases(hit.matches)}`,
      note: 'Remove requests for advice; a plan of action says what you have done, not what Amazon should tell you.',
    }));
    const cases: Finding[] = findInLetter(context, caseReference, {
      keep: (m) => !own.includes(/[A-Za-z0-9-]+$/.exec(m.text)?.[0] ?? m.text),
    }).map((hit) => ({
      path: hit.path,
      message: `the letter refers to another support case: ${listPhrases(hit.matches)}`,
      note: 'Amazon asks appeals not to refer to other support cases; quote only the notice or complaint you are appealing (notice.reference).',
    }));
    return [...asked, ...phrased, ...cases];
  },
  examples: {
    ok: [
      {
        name: 'the notice reference is quoted',
        edits: [{ path: ['closing'], value: 'We ask you to review notification 7741-2210 and reinstate our selling privileges.' }],
      },
      {
        name: 'a question quoted from an insert card',
        edits: [
          {
            path: ['root_causes', 0, 'detail'],
            value: 'From 2026-07-02 the parcels of B0C1234567 held a card that said "Loved it? Leave a review" and 14 buyers did so.',
          },
        ],
      },
    ],
    notOk: [
      {
        name: 'a question and a support case',
        messages: [
          'the letter asks a question: "what else should we send?"',
          'the letter refers to another support case: "support case 8821937461"',
        ],
        edits: [{ path: ['closing'], value: 'What else should we send? Support case 8821937461 is still open.' }],
        at: ['closing'],
      },
    ],
  },
};
