import type { Finding, Rule } from './types.js';

/** When a notice names several violations, each root cause explains one of them and each has a root cause. */
export const violations: Rule = {
  id: 'L20',
  name: 'violations',
  severity: 'warning',
  description: 'when notice.violations lists several, each root cause names one (violation:) and each violation has a root cause',
  why: 'Amazon asks for an explanation of every issue in the notice; when a notice names several violations, each needs its own root cause, and a root cause that covers several reads as none.',
  fix: 'Tag each root cause with the violation it explains (violation:, one of notice.violations) and give every violation at least one root cause.',
  phase: 'case',
  check({ case: c }) {
    const listed = c.input.notice.violations ?? [];
    if (listed.length < 2) return [];
    const findings: Finding[] = [];
    const named = `Use one of: ${listed.map((v) => `"${v}"`).join(', ')}.`;
    c.input.root_causes.forEach((rc, i) => {
      if (!rc.violation) {
        findings.push({
          path: ['root_causes', i, 'id'],
          message: `root cause ${rc.id} does not say which violation it explains`,
          note: `Add violation: to it; Amazon wants each issue answered on its own. ${named}`,
        });
      } else if (!listed.includes(rc.violation)) {
        findings.push({
          path: ['root_causes', i, 'violation'],
          message: `root cause ${rc.id} names "${rc.violation}", which is not in notice.violations`,
          note: named,
        });
      }
    });
    listed.forEach((v, i) => {
      if (!c.input.root_causes.some((rc) => rc.violation === v)) {
        findings.push({
          path: ['notice', 'violations', i],
          message: `no root cause explains the violation "${v}"`,
          note: 'Add a root cause with this violation:, with its own corrective action and preventive measure.',
        });
      }
    });
    return findings;
  },
  examples: {
    ok: [
      {
        name: 'two violations, each explained',
        edits: [
          { path: ['notice', 'violations'], value: ['Order Defect Rate', 'Late Shipment Rate'] },
          { path: ['root_causes', 0, 'violation'], value: 'Order Defect Rate' },
          { path: ['root_causes', 1, 'violation'], value: 'Late Shipment Rate' },
        ],
      },
    ],
    notOk: [
      {
        name: 'a violation with no root cause',
        messages: ['no root cause explains the violation "Late Shipment Rate"'],
        edits: [
          { path: ['notice', 'violations'], value: ['Order Defect Rate', 'Late Shipment Rate'] },
          { path: ['root_causes', 0, 'violation'], value: 'Order Defect Rate' },
          { path: ['root_causes', 1, 'violation'], value: 'Order Defect Rate' },
        ],
        at: ['notice', 'violations', 1],
      },
    ],
  },
};
