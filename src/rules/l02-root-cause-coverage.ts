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
  examples: {
    ok: [{ name: 'each root cause has an action and a measure', edits: [] }],
    notOk: [
      {
        name: 'a root cause with no corrective action',
        edits: [{ path: ['corrective_actions', 1, 'addresses'], value: ['RC1'] }],
        at: ['root_causes', 1, 'id'],
      },
      {
        name: 'a root cause with neither an action nor a measure',
        edits: [
          { path: ['root_causes'], append: true, value: { id: 'RC3', title: 'No drop test before launch', detail: 'The 3 new dispenser colours launched on 2026-09-01 without a drop test.', asins: ['B0C1234567'] } },
        ],
        at: ['root_causes', 2, 'id'],
      },
    ],
  },
};
