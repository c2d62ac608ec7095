import type { Finding, Rule } from './types.js';

/** Every root cause has at least one corrective action and one preventive measure. */
export const rootCauseCoverage: Rule = {
  id: 'L02',
  severity: 'error',
  description: 'every root cause has a corrective action and a preventive measure',
  phase: 'case',
  silenceable: false,
  check({ case: c }) {
    const findings: Finding[] = [];
    const acted = new Set(c.input.corrective_actions.flatMap((a) => a.addresses));
    const prevented = new Set(c.input.preventive_measures.flatMap((m) => m.addresses));
    c.input.root_causes.forEach((rc, i) => {
      const missing = [!acted.has(rc.id) && 'corrective action', !prevented.has(rc.id) && 'preventive measure'].filter(Boolean);
      if (missing.length) {
        findings.push({
          path: ['root_causes', i, 'id'],
          message: `root cause ${rc.id} has no ${missing.join(' and no ')}`,
          note: `Add ${missing.map((m) => `a ${m} with "addresses: [${rc.id}]"`).join(' and ')}: Amazon expects a response to each root cause.`,
        });
      }
    });
    return findings;
  },
};
