import type { Finding, Rule } from './types.js';
import { caseTexts, isType, matchesOf } from './helpers.js';

// B0-style ASINs anywhere, and any 10-character code right after the word ASIN (books use their ISBN-10).
const asinToken = /(?<![\p{L}\p{N}])B0[0-9A-Z]{8}(?![\p{L}\p{N}])|(?<=\bASINs?:?\s{1,3})[0-9A-Z]{10}(?![\p{L}\p{N}])/gu;

/**
 * Every ASIN the case mentions is one of its ASINs; each cited ASIN is covered by evidence where Amazon asks.
 * The case text is scanned rather than the letter, so a typo points at its field even when other errors stop composing;
 * the template prints every listed ASIN, so "each cited ASIN is mentioned" holds by construction.
 */
export const asinCrossCheck: Rule = {
  id: 'L12',
  severity: 'error',
  description: 'every ASIN mentioned is listed in asins; each cited ASIN is covered by evidence in authenticity, IP and condition cases',
  phase: 'case',
  check({ case: c }) {
    const asins = c.input.asins ?? [];
    const known = new Set(asins.map((a) => a.asin));
    const findings: Finding[] = [];
    for (const field of caseTexts(c.input)) {
      if (field.path[0] === 'asins' && field.path[2] === 'asin') continue;
      const unknown = [...new Set(matchesOf(asinToken, field.text).map((m) => m.text))].filter((t) => !known.has(t));
      if (unknown.length) {
        findings.push({
          path: field.path,
          message: `${unknown.join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not in the case's asins list`,
          note: 'Check the ASIN for a typo; if it is right, add it under asins: (with cited: false if the notice does not name it).',
        });
      }
    }
    if (isType(c, 'authenticity-inventory-verification', 'counterfeit-inauthentic', 'ip-infringement', 'design-patent-rebuttal', 'used-sold-as-new')) {
      asins.forEach((a, i) => {
        if (a.cited === false || c.exhibits.some((e) => e.asins?.includes(a.asin))) return;
        findings.push({
          path: ['asins', i, 'asin'],
          message: `cited ASIN ${a.asin} is not covered by any evidence item`,
          note: `Add ${a.asin} to the asins: list of the invoice, authorisation or comparison that covers it; Amazon asks for evidence for every ASIN under review.`,
        });
      });
    }
    return findings;
  },
  examples: {
    ok: [
      {
        name: 'an extra ASIN listed as not cited',
        edits: [
          { path: ['asins'], append: true, value: { asin: 'B0D9ZZ1234', cited: false } },
          { path: ['root_causes', 0, 'detail'], value: 'Between 2026-09-01 and 2026-10-15, 14 parcels of B0C1234567 broke in transit; B0D9ZZ1234 ships in another box.' },
        ],
      },
    ],
    notOk: [
      { name: 'a typo in an ASIN', edits: [{ path: ['corrective_actions', 0, 'action'], value: 'Refunded all 14 orders of B0C1234576 on 2026-10-20.' }], at: ['corrective_actions', 0, 'action'] },
      { name: 'an authenticity case without evidence for the ASIN', edits: [{ path: ['type'], value: 'counterfeit-inauthentic' }], at: ['asins', 0, 'asin'] },
    ],
  },
};
