import type { Finding, Rule } from './types.js';

const lists = ['root_causes', 'grounds', 'corrective_actions', 'preventive_measures', 'evidence'] as const;

/** Ids of root causes, grounds, actions, measures and evidence are unique within the case. */
export const duplicateIds: Rule = {
  id: 'duplicate-id',
  name: 'duplicate-id',
  severity: 'error',
  description: 'ids of root causes, grounds, actions, measures and evidence are unique',
  why: 'Every link in the case (addresses:, evidence:) names an item by its id; when two items share one, the letter cannot tell which is meant and numbers them wrongly. It is the structure of the case, so it cannot be silenced.',
  fix: 'Give each root cause, ground, action, measure and evidence item its own id (RC1, RC2, CA1, PM1, E1 ...) and point every reference at the one you mean.',
  phase: 'case',
  silenceable: false,
  check({ case: c }) {
    const findings: Finding[] = [];
    const seen = new Map<string, string>();
    for (const list of lists) {
      (c.input[list] ?? []).forEach((item, i) => {
        const first = seen.get(item.id);
        if (first) {
          findings.push({
            path: [list, i, 'id'],
            message: `the id "${item.id}" is used twice`,
            note: `First used at ${first}. Give each item its own id.`,
          });
        } else {
          seen.set(item.id, `${list}[${i}]`);
        }
      });
    }
    return findings;
  },
  examples: {
    ok: [{ name: 'unique ids', edits: [] }],
    notOk: [
      {
        name: 'two corrective actions share an id',
        messages: ['the id "CA1" is used twice'],
        edits: [{ path: ['corrective_actions', 1, 'id'], value: 'CA1' }],
        at: ['corrective_actions', 1, 'id'],
      },
      {
        name: 'two evidence items share an id',
        messages: ['the id "E2" is used twice'],
        edits: [{ path: ['evidence', 2, 'id'], value: 'E2' }],
        at: ['evidence', 2, 'id'],
      },
    ],
  },
};
