import type { CaseEdit, Finding, Rule } from './types.js';
import { caseTexts, isType, missingAt, sentences, withArticle } from './helpers.js';

/** Amazon's published targets (Seller Central help 200370550), with the names a letter may use for each. */
const amazonTargets: Record<string, { comparator: string; target?: number; names: RegExp }> = {
  'order-defect-rate': { comparator: '<', target: 1, names: /\b(?:order defect rate|ODR)\b/gi },
  'pre-fulfillment-cancel-rate': { comparator: '<', target: 2.5, names: /\b(?:pre-fulfil?l?ment cancel(?:lation)? rate|PFCR)\b/gi },
  'late-shipment-rate': { comparator: '<', target: 4, names: /\b(?:late (?:shipment|dispatch) rate|LSR|LDR)\b/gi },
  'valid-tracking-rate': { comparator: '>=', target: 95, names: /\b(?:valid tracking rate|VTR)\b/gi },
  // No published target; listed so its name, not an earlier one, owns a target quoted after it.
  'on-time-delivery-rate': { comparator: '>', names: /\b(?:on-time delivery rate|OTDR)\b/gi },
};

const metricTypes = ['order-defect-rate', 'late-shipment', 'valid-tracking-rate', 'a-to-z-chargeback'] as const;
// Types whose appeal is about the claims themselves: the orders are what the letter answers.
const orderTypes = ['a-to-z-chargeback'] as const;
// "target of under 1%", "Amazon target 95%"; not the seller's own ("our internal target of 0.5%", "our own ODR target").
const targetInText =
  /(?<!\b(?:our|own|internal)\s+(?:(?:ODR|LSR|LDR|VTR|PFCR|OTDR|order defect rate|late shipment rate|valid tracking rate)\s+)?)\btarget\b\D{0,25}?(\d+(?:\.\d+)?)\s?%/gi;

// The examples' case without orders: none listed, and the root causes told without order numbers.
const withoutOrders: CaseEdit[] = [
  { path: ['orders'] },
  { path: ['root_causes', 0, 'orders'] },
  { path: ['root_causes', 1, 'orders'] },
  { path: ['root_causes', 0, 'detail'], value: 'Between 2026-09-01 and 2026-10-15, 14 parcels of B0C1234567 broke in transit.' },
  {
    path: ['root_causes', 1, 'detail'],
    value: 'From 2026-10-01 to 2026-10-07 nobody was assigned to the inbox; 22 messages waited over 48 hours.',
  },
];

/** Metric cases give the measured value and Amazon's target; targets agree with Amazon's table. */
export const metrics: Rule = {
  id: 'L21',
  name: 'metrics',
  severity: 'error',
  description:
    "metric cases list the metric's value and target (error) and the orders behind it (error for A-to-z claims, else warning); targets match Amazon's (ODR < 1%, PFCR < 2.5%, LSR < 4%, VTR >= 95%)",
  why: "A metric notice is about a number: the letter states what Amazon measured and Amazon's target (ODR < 1%, PFCR < 2.5%, LSR < 4%, VTR >= 95%). A-to-z and chargeback appeals are about the claims themselves, so the orders behind them are needed; for rate metrics the orders help but are not asked for.",
  fix: "Add metrics: with the value, unit, target and comparator as the notice states them, quote Amazon's target as its help page does, and list under orders: the orders the letter discusses.",
  phase: 'case',
  check({ case: c }) {
    const findings: Finding[] = [];
    const list = c.input.metrics ?? [];
    if (isType(c, ...metricTypes)) {
      if (!list.length)
        findings.push({
          path: missingAt(c, ['metrics']),
          at: 'key',
          message: `${withArticle(c.type)} case needs the metric Amazon measured`,
          note: 'Add metrics: with name, value, unit, target and comparator as the notice states them (e.g. { name: order-defect-rate, value: 2.1, unit: "%", target: 1, comparator: "<" }).',
        });
      if (!c.input.orders?.length) {
        const needed = isType(c, ...orderTypes);
        findings.push({
          path: missingAt(c, ['orders']),
          at: 'key',
          severity: needed ? 'error' : 'warning',
          message: needed
            ? `${withArticle(c.type)} case needs the orders behind the claims`
            : `${withArticle(c.type)} case lists no orders behind the metric`,
          note: needed
            ? 'Add orders: with the order id, ASIN, defect and resolution of each claim the letter answers.'
            : 'Amazon does not ask for the orders behind a rate, but naming the orders the letter discusses (order id, ASIN, defect, resolution) makes the root causes concrete.',
        });
      }
    }
    list.forEach((m, i) => {
      const amazon = amazonTargets[m.name];
      if (amazon?.target === undefined || (m.unit && m.unit !== '%')) return;
      const note = `Quote Amazon's target (${amazon.comparator} ${amazon.target}%) unless the notice states another; put your own stricter goal in a preventive measure's kpi.`;
      // A metric the notice gives without a target is fine where Amazon publishes none; where it does, say it.
      if (m.target === undefined) {
        findings.push({
          path: ['metrics', i, 'name'],
          severity: 'warning',
          message: `${m.name} has no target, but Amazon's is ${amazon.comparator} ${amazon.target}%`,
          note,
        });
        return;
      }
      if (m.target !== amazon.target) {
        findings.push({
          path: ['metrics', i, 'target'],
          severity: 'warning',
          message: `the target for ${m.name} is ${m.target}%, but Amazon's is ${amazon.target}%`,
          note,
        });
      }
      if (m.comparator && m.comparator !== amazon.comparator) {
        findings.push({
          path: ['metrics', i, 'comparator'],
          severity: 'warning',
          message: `the comparator for ${m.name} is ${m.comparator}, but Amazon's target is ${amazon.comparator} ${amazon.target}%`,
          note,
        });
      }
    });
    for (const field of caseTexts(c.input)) {
      if (field.path[0] === 'metrics') continue;
      for (const s of sentences(field.text)) {
        for (const t of s.text.matchAll(targetInText)) {
          const before = s.text.slice(0, t.index);
          const named = Object.values(amazonTargets)
            .map((a) => ({ a, at: Math.max(-1, ...[...before.matchAll(a.names)].map((n) => n.index ?? -1)) }))
            .filter((x) => x.at >= 0)
            .sort((x, y) => y.at - x.at)[0];
          if (named && named.a.target !== undefined && Number(t[1]) !== named.a.target) {
            findings.push({
              path: field.path,
              severity: 'warning',
              message: `the text gives a target of ${t[1]}%, but Amazon's is ${named.a.comparator} ${named.a.target}%`,
              note: "Quote Amazon's target as its help page states it, or say it is your own goal.",
            });
          }
        }
      }
    }
    return findings;
  },
  examples: {
    ok: [
      { name: "value and Amazon's target", edits: [] },
      {
        name: 'a metric without a published target, given without one',
        edits: [{ path: ['metrics'], append: true, value: { name: 'a-to-z-claim-rate', value: 0.8, unit: '%' } }],
      },
      {
        name: "the seller's own stricter target, named with the metric",
        edits: [{ path: ['preventive_measures', 0, 'kpi'], value: '0 broken units; our own ODR target is under 0.5%' }],
      },
    ],
    notOk: [
      {
        name: 'no metrics in an ODR case',
        messages: ['an order-defect-rate case needs the metric Amazon measured'],
        edits: [{ path: ['metrics'] }],
        at: ['type'],
        key: true,
      },
      {
        name: 'no orders in an ODR case',
        messages: ['an order-defect-rate case lists no orders behind the metric'],
        edits: withoutOrders,
        at: ['type'],
        key: true,
        severity: 'warning',
      },
      {
        name: 'no orders in an A-to-z case',
        messages: ['an a-to-z-chargeback case needs the orders behind the claims'],
        edits: [{ path: ['type'], value: 'a-to-z-chargeback' }, ...withoutOrders],
        at: ['type'],
        key: true,
      },
      {
        name: 'a wrong target and a wrong comparator',
        messages: [
          "the target for order-defect-rate is 2%, but Amazon's is 1%",
          "the comparator for order-defect-rate is <=, but Amazon's target is < 1%",
        ],
        edits: [
          { path: ['metrics', 0, 'target'], value: 2 },
          { path: ['metrics', 0, 'comparator'], value: '<=' },
        ],
        at: ['metrics', 0, 'target'],
        severity: 'warning',
      },
      {
        name: 'a wrong target',
        messages: ["the target for order-defect-rate is 2%, but Amazon's is 1%"],
        edits: [{ path: ['metrics', 0, 'target'], value: 2 }],
        at: ['metrics', 0, 'target'],
        severity: 'warning',
      },
      {
        name: 'a wrong target in the text',
        messages: ["the text gives a target of 2%, but Amazon's is < 1%"],
        edits: [
          {
            path: ['notice', 'summary'],
            value: 'Selling privileges removed because the Order Defect Rate was 1.8%, above the target of 2%.',
          },
        ],
        at: ['notice', 'summary'],
        severity: 'warning',
      },
    ],
  },
};
