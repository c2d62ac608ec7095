import type { Finding, Rule } from './types.js';

/**
 * Every root cause gets a response: none at all is an error (Amazon asks for a response to each root cause); a
 * response of one kind only (a process gap closed by a measure) is a warning, and so is any gap in a dispute,
 * where root causes explain how the complaint arose.
 */
export const rootCauseCoverage: Rule = {
  id: 'L02',
  name: 'root-cause-coverage',
  severity: 'error',
  description: 'every root cause is answered by a corrective action or a preventive measure (error), preferably both (warning)',
  why: 'Amazon asks for a response to each root cause: one the letter names but does nothing about tells the reviewer the problem is still there. The response need not be a completed action; a process gap can be answered by a preventive measure.',
  fix: 'Add a corrective action or a preventive measure with addresses: [RCn] for each root cause, and preferably both: what you fixed, and what stops it from happening again. A root cause answered only one way is a warning you can silence with a reason when that is the right answer (a process gap closed by a measure).',
  phase: 'case',
  check({ case: c }) {
    const findings: Finding[] = [];
    const acted = new Set(c.input.corrective_actions.flatMap((a) => a.addresses));
    const prevented = new Set(c.input.preventive_measures.flatMap((m) => m.addresses));
    c.input.root_causes.forEach((rc, i) => {
      const missing = [!acted.has(rc.id) && 'corrective action', !prevented.has(rc.id) && 'preventive measure'].filter(Boolean);
      if (!missing.length) return;
      const unanswered = missing.length === 2;
      findings.push({
        path: ['root_causes', i, 'id'],
        severity: unanswered && c.stance !== 'dispute' ? 'error' : 'warning',
        message: unanswered
          ? `root cause ${rc.id} has no corrective action and no preventive measure`
          : `root cause ${rc.id} has no ${missing[0]}`,
        note: unanswered
          ? `Add a corrective action or a preventive measure with "addresses: [${rc.id}]", preferably both: Amazon expects a response to each root cause.`
          : `Add a ${missing[0]} with "addresses: [${rc.id}]" if there is one; if the ${missing[0] === 'corrective action' ? 'preventive measure is the whole answer (a process gap)' : 'corrective action is the whole answer'}, silence L02 in letter.allow with that reason.`,
      });
    });
    return findings;
  },
  examples: {
    ok: [{ name: 'each root cause has an action and a measure', edits: [] }],
    notOk: [
      {
        name: 'a root cause answered by a preventive measure only',
        messages: ['root cause RC2 has no corrective action'],
        edits: [{ path: ['corrective_actions', 1, 'addresses'], value: ['RC1'] }],
        at: ['root_causes', 1, 'id'],
        severity: 'warning',
      },
      {
        name: 'a root cause with neither an action nor a measure',
        messages: ['root cause RC3 has no corrective action and no preventive measure'],
        edits: [
          {
            path: ['root_causes'],
            append: true,
            value: {
              id: 'RC3',
              title: 'No drop test before launch',
              detail: 'The 3 new dispenser colours launched on 2026-09-01 without a drop test.',
              asins: ['B0C1234567'],
            },
          },
        ],
        at: ['root_causes', 2, 'id'],
      },
    ],
  },
};
