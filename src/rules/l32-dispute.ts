import type { Finding, Rule } from './types.js';
import { findInLetter, listPhrases, phraseRegExp } from './helpers.js';

/** A dispute explains, with evidence, why the notice is in error, and does not also admit the violation. */
export const dispute: Rule = {
  id: 'L32',
  name: 'dispute',
  severity: 'warning',
  description: 'a dispute has a "why the notice is in error" section backed by evidence, and does not admit the violation',
  why: "If the seller believes the notice is an error, Amazon asks why, with evidence; a dispute without grounds, or one that also admits the violation, sends mixed messages.",
  fix: "Add grounds: one per reason the notice is wrong, each citing the evidence that shows it; use stance: mixed when you also admit part of the notice.",
  phase: 'letter',
  check(context) {
    const { case: c, letter } = context;
    if (c.stance === 'remediate' || !letter) return [];
    const findings: Finding[] = [];
    const grounds = c.input.grounds ?? [];
    if (!grounds.length || !('grounds' in letter.sections)) {
      findings.push({ path: ['stance'], message: `a ${c.stance} letter has no section on why the notice is in error`, note: 'Add grounds: one per reason the notice is wrong, each with the evidence that shows it.' });
    }
    grounds.forEach((g, i) => {
      if (!g.evidence?.length) findings.push({ path: ['grounds', i, 'id'], message: `ground ${g.id} cites no evidence`, note: 'A dispute succeeds on documents: add evidence: with the exhibit that proves this point.' });
    });
    if (c.stance === 'dispute') {
      for (const hit of findInLetter(context, phraseRegExp(context.words.admission))) {
        findings.push({ path: hit.path, message: `the dispute also admits the violation: ${listPhrases(hit.matches)}`, note: 'A letter that says the notice is wrong and also admits the violation sends mixed messages; use stance: mixed, or state what went wrong without admitting the violation.' });
      }
    }
    return findings;
  },
  examples: {
    ok: [
      {
        name: 'a dispute with an evidenced ground',
        edits: [
          { path: ['stance'], value: 'dispute' },
          { path: ['grounds'], value: [{ id: 'G1', title: 'The orders were delivered', detail: 'Carrier scans show delivery of both orders before the claims were opened on 2026-09-20.', evidence: ['E1'] }] },
        ],
      },
    ],
    notOk: [
      { name: 'a dispute without grounds', messages: ['a dispute letter has no section on why the notice is in error'], edits: [{ path: ['stance'], value: 'dispute' }], at: ['stance'] },
      {
        name: 'a dispute that admits the violation',
        messages: ['the dispute also admits the violation: "we admit" and "our mistake"'],
        edits: [
          { path: ['stance'], value: 'dispute' },
          { path: ['grounds'], value: [{ id: 'G1', title: 'The orders were delivered', detail: 'Carrier scans show delivery of both orders before the claims were opened on 2026-09-20.', evidence: ['E1'] }] },
          { path: ['closing'], value: 'We admit our mistake and ask you to reinstate our selling privileges.' },
        ],
        at: ['closing'],
      },
    ],
  },
};
