import type { Finding, Rule } from './types.js';
import { caseTexts, matchesOf } from './helpers.js';

// Something shaped like an order id: three groups of digits joined by dashes (3-7-7 when well formed).
const orderLike = /(?<![\p{L}\p{N}-])\d{2,4}-\d{5,9}-\d{5,9}(?![\p{L}\p{N}-])/gu;
const wellFormed = /^\d{3}-\d{7}-\d{7}$/;

/** Order ids in the case text are well formed (3-7-7) and listed under orders. */
export const orderIds: Rule = {
  id: 'L14',
  name: 'order-ids',
  severity: 'warning',
  description: 'order ids mentioned in the case are 3-7-7 digits and listed under orders',
  why: "The reviewer looks up the orders a letter names; an order id that is malformed or not among the case's orders is usually a typo, and the letter's order table would leave it out.",
  fix: 'Copy order ids from the order page (3-7-7 digits) and list each order the text mentions under orders:.',
  phase: 'case',
  check({ case: c }) {
    const known = new Set((c.input.orders ?? []).map((o) => o.order_id));
    const findings: Finding[] = [];
    for (const field of caseTexts(c.input)) {
      if (field.path[0] === 'orders' && field.path[2] === 'order_id') continue;
      const ids = [...new Set(matchesOf(orderLike, field.text).map((m) => m.text))];
      const malformed = ids.filter((id) => !wellFormed.test(id));
      const unknown = ids.filter((id) => wellFormed.test(id) && !known.has(id));
      if (malformed.length) {
        findings.push({
          path: field.path,
          message: `${malformed.join(', ')} is not a well-formed order id`,
          note: 'Amazon order ids have 3-7-7 digits, e.g. 112-3456789-1234567; copy it from the order page.',
        });
      }
      if (unknown.length) {
        findings.push({
          path: field.path,
          message: `order ${unknown.join(', ')} is not listed under orders`,
          note: 'Add it under orders: (order_id, asin, defect, resolution) so the letter lists it, or correct a typo.',
        });
      }
    }
    return findings;
  },
  examples: {
    ok: [{ name: 'a listed order in the text', edits: [] }],
    notOk: [
      {
        name: 'an order not listed',
        messages: ['order 114-0000000-1111111 is not listed under orders'],
        edits: [
          {
            path: ['corrective_actions', 1, 'action'],
            value: 'Answered the buyer of order 114-0000000-1111111 on 2026-10-21 and refunded the order.',
          },
        ],
        at: ['corrective_actions', 1, 'action'],
      },
      {
        name: 'a malformed order id',
        messages: ['114-000000-1111111 is not a well-formed order id'],
        edits: [
          {
            path: ['corrective_actions', 1, 'action'],
            value: 'Answered the buyer of order 114-000000-1111111 on 2026-10-21 and refunded the order.',
          },
        ],
        at: ['corrective_actions', 1, 'action'],
      },
    ],
  },
};
