import type { Finding, Rule } from './types.js';
import { stanceWithOneGround } from './example-edits.js';

/** A dispute explains, with evidence, why the notice is in error (what it concedes is L36's). */
export const dispute: Rule = {
  id: 'L32',
  name: 'dispute',
  severity: 'warning',
  description:
    'a dispute has a "why the notice is in error" section, each ground backed by evidence; grounds in a remediate case are not silently left out',
  why: 'If the seller believes the notice is an error, Amazon asks why, with evidence; a dispute without grounds, or with grounds no document supports, gives the reviewer nothing to check.',
  fix: 'Add grounds: one per reason the notice is wrong, each citing the evidence that shows it; use stance: mixed when you also admit part of the notice.',
  phase: 'letter',
  check(context) {
    const { case: c, letter } = context;
    if (!letter) return [];
    const grounds = c.input.grounds ?? [];
    // A remediate letter has no grounds section: grounds written in such a case would vanish without a word.
    if (c.stance === 'remediate')
      return 'grounds' in letter.sections || 'groundsRelease' in letter.sections
        ? []
        : grounds.map((g, i) => ({
            path: ['grounds', i, 'id'],
            message: `ground ${g.id} is left out of the letter: a remediate letter has no section for grounds`,
            note: 'Set stance: mixed to set the grounds out beside the plan of action, or write the fact into a root cause or letter.additional_information.',
          }));
    const findings: Finding[] = [];
    if (!grounds.length || !('grounds' in letter.sections)) {
      findings.push({
        path: ['stance'],
        message: `a ${c.stance} letter has no section on why the notice is in error`,
        note: 'Add grounds: one per reason the notice is wrong, each with the evidence that shows it.',
      });
    }
    grounds.forEach((g, i) => {
      if (!g.evidence?.length)
        findings.push({
          path: ['grounds', i, 'id'],
          message: `ground ${g.id} cites no evidence`,
          note: 'A dispute succeeds on documents: add evidence: with the exhibit that proves this point.',
        });
    });
    return findings;
  },
  examples: {
    ok: [
      {
        name: 'a dispute with an evidenced ground',
        edits: [
          ...stanceWithOneGround(
            'dispute',
            'The orders were delivered',
            'Carrier scans show delivery of both orders before the claims were opened on 2026-09-20.',
          ),
        ],
      },
    ],
    notOk: [
      {
        name: 'a dispute without grounds',
        messages: ['a dispute letter has no section on why the notice is in error'],
        edits: [{ path: ['stance'], value: 'dispute' }],
        at: ['stance'],
      },
      {
        name: 'grounds in a remediate case, which its letter leaves out',
        messages: ['ground G1 is left out of the letter: a remediate letter has no section for grounds'],
        edits: [
          {
            path: ['grounds'],
            value: [
              { id: 'G1', title: 'The orders were delivered', detail: 'Carrier scans show delivery of both orders.', evidence: ['E1'] },
            ],
          },
        ],
        at: ['grounds', 0, 'id'],
      },
    ],
  },
};
