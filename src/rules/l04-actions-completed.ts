import type { Finding, Rule } from './types.js';

/** Corrective actions are done, with a completion date no later than the letter date. */
export const actionsCompleted: Rule = {
  id: 'L04',
  severity: 'error',
  description: 'corrective actions marked done have a done_on date on or before the letter date; in-progress ones are flagged',
  phase: 'case',
  check({ case: c }) {
    const findings: Finding[] = [];
    c.input.corrective_actions.forEach((ca, i) => {
      const status = ca.status ?? 'done';
      if (status === 'done' && !ca.done_on) {
        findings.push({ path: ['corrective_actions', i, 'status'], message: `corrective action ${ca.id} is done but has no done_on date`, note: 'Add done_on: YYYY-MM-DD; Amazon rejects actions that are not shown as implemented.' });
      } else if (status === 'done' && ca.done_on && ca.done_on > c.letterDate) {
        findings.push({ path: ['corrective_actions', i, 'done_on'], message: `corrective action ${ca.id} is marked done on ${ca.done_on}, after the letter date ${c.letterDate}`, note: 'Mark it in-progress, or correct the date.' });
      } else if (status === 'in-progress') {
        findings.push({ path: ['corrective_actions', i, 'status'], severity: 'warning', message: `corrective action ${ca.id} is still in progress`, note: 'Amazon looks for actions already taken; finish it before you submit if you can, and describe it as under way, not as a promise.' });
      }
    });
    return findings;
  },
};
