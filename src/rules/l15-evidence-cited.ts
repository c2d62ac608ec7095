import type { Finding, Rule } from './types.js';

/** Every evidence item supports something the letter says. */
export const evidenceCited: Rule = {
  id: 'L15',
  severity: 'warning',
  description: 'every evidence item is cited by a root cause, ground, action, measure or detail',
  phase: 'case',
  check({ case: c }) {
    const findings: Finding[] = [];
    for (const exhibit of c.exhibits) {
      const s = exhibit.supports;
      if (!s.rootCauses.length && !s.grounds.length && !s.actions.length && !s.measures.length && !s.other.length) {
        findings.push({
          path: ['evidence', exhibit.index, 'id'],
          message: `evidence ${exhibit.id} is not cited anywhere in the letter`,
          note: `Add "${exhibit.id}" to the evidence: list of the root cause, action or measure it proves; it is listed in the index as Exhibit ${exhibit.label}.`,
        });
      }
    }
    return findings;
  },
};
