import type { Finding, Rule } from './types.js';
import { caseTexts, escapeRegExp, sectionSource } from './helpers.js';

// Each required part, in the order Amazon reads them: the keys are the strings file's heading keys.
const parts = [
  { keys: ['rootCauses', 'rootCausesDispute'], name: 'root causes', list: 'root_causes' },
  { keys: ['actions'], name: 'corrective actions', list: 'corrective_actions' },
  { keys: ['measures'], name: 'preventive measures', list: 'preventive_measures' },
];

/** The letter has the three headed sections, once each and in order: root causes, corrective actions, preventive measures. */
export const sections: Rule = {
  id: 'L01',
  name: 'sections',
  severity: 'error',
  description:
    'the letter has root causes, corrective actions and preventive measures as headed sections in that order (error); headings once each, not repeated in case text (warning)',
  why: "Amazon's Plan of Action page asks for the root causes, the corrective actions taken and the preventive measures, and reviewers read them in that order; a letter without one of the three is rejected.",
  fix: 'Keep the three headed sections of the standard templates. In a custom template or strings file, print each heading once, in the order root causes, corrective actions, preventive measures. Write case text as plain sentences: a Markdown heading line in a field is printed as text inside another section.',
  phase: 'letter',
  check({ case: c, letter }) {
    if (!letter) return [];
    const findings: Finding[] = [];
    const order = Object.keys(letter.sections);
    let last = -1;
    for (const part of parts) {
      const at = order.findIndex((k) => part.keys.includes(k));
      if (at < 0) {
        findings.push({
          path: [part.list],
          at: 'key',
          message: `the letter has no "${part.name}" section`,
          note: 'The template must print each of the three sections under its own heading; check a custom template or the strings file headings.',
        });
      } else if (at < last) {
        findings.push({
          path: [part.list],
          at: 'key',
          message: `the "${part.name}" section comes too early in the letter`,
          note: 'Amazon reads root causes, then corrective actions, then preventive measures; keep the sections in that order.',
        });
      }
      last = Math.max(last, at);
    }
    const seen = new Set<string>();
    for (const heading of letter.headings) {
      if (seen.has(heading)) {
        findings.push({
          path: sectionSource('additional'),
          severity: 'warning',
          message: `the heading "${heading}" appears twice in the letter`,
          note: 'Check a custom template or partial: each section heading is printed once.',
        });
      }
      seen.add(heading);
    }
    // Case text is printed as written (block Markdown is neutralised), so a pasted "## Root causes" line
    // would show as literal text inside another section.
    for (const heading of seen) {
      const line = new RegExp(`^\\s*#{1,6}\\s*${escapeRegExp(heading)}\\s*#*\\s*$`, 'im');
      for (const field of caseTexts(c.input).filter((f) => line.test(f.text))) {
        findings.push({
          path: field.path,
          severity: 'warning',
          message: `the case text repeats the section heading "${heading}"`,
          note: 'The letter already prints this heading, and text from the case is printed as written, so the line would show as "## ..." inside another section; remove it, or write a plain sentence.',
        });
      }
    }
    return findings;
  },
  examples: {
    ok: [
      {
        name: 'additional information without headings',
        edits: [{ path: ['letter', 'additional_information'], value: 'The refund report lists all 14 orders by date.' }],
      },
    ],
    notOk: [
      {
        name: 'a Markdown heading in the case text repeats a section',
        messages: ['the case text repeats the section heading "Root causes"'],
        edits: [
          { path: ['letter', 'additional_information'], value: 'The refund report lists all 14 orders.\n\n## Root causes\n\nSee above.' },
        ],
        at: ['letter', 'additional_information'],
        severity: 'warning',
      },
    ],
  },
};
