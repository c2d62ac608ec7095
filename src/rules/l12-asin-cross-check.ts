import type { Case } from '../model/case.js';
import type { Finding, Rule } from './types.js';
import { caseTexts, isType, matchesOf } from './helpers.js';
import { askedBackAsins, closeListingHint } from '../domain/withdrawn-listings.js';

// B0-style ASINs anywhere, and any 10-character code right after the word ASIN (books use their ISBN-10).
const asinToken = /(?<![\p{L}\p{N}])B0[0-9A-Z]{8}(?![\p{L}\p{N}])|(?<=\bASINs?:?\s{1,3})[0-9A-Z]{10}(?![\p{L}\p{N}])/gu;

/** ASINs mentioned in a text. */
const asinsIn = (text: string) => matchesOf(asinToken, text).map((m) => m.text);

/**
 * The ASINs each evidence id covers: those on its own asins: line, and those named by the root causes, grounds,
 * differences and corrective actions that cite it (in their asins: list or their text).
 */
export function coveredAsins(c: Case): Map<string, Set<string>> {
  const covered = new Map<string, Set<string>>(c.exhibits.map((e) => [e.id, new Set(e.asins ?? [])]));
  const cite = (evidence: string[] | string | undefined, named: string[]) => {
    for (const id of typeof evidence === 'string' ? [evidence] : (evidence ?? [])) for (const asin of named) covered.get(id)?.add(asin);
  };
  const input = c.input;
  input.root_causes.forEach((rc) => cite(rc.evidence, [...(rc.asins ?? []), ...asinsIn(`${rc.title} ${rc.detail}`)]));
  // A design difference, or a ground of an IP dispute, that names no ASIN speaks of "our product": every listing the
  // complaint names.
  const all = (input.asins ?? []).map((a) => a.asin);
  const ip = isType(c, 'ip-infringement', 'design-patent-rebuttal');
  const orAll = (named: string[], wide: boolean) => (named.length || !wide ? named : all);
  input.grounds?.forEach((g) => cite(g.evidence, orAll(asinsIn(`${g.title} ${g.detail}`), ip)));
  input.details?.ip_complaint?.differences?.forEach((d) =>
    cite(d.evidence, orAll(asinsIn(`${d.aspect} ${d.our_product} ${d.protected_design}`), true)),
  );
  input.corrective_actions.forEach((ca) => cite(ca.evidence, asinsIn(ca.action)));
  return covered;
}

// The examples' doubtful lot: the only stock of the base case's ASIN, bought without an invoice.
const doubtfulLotOfTheAsin = {
  path: ['details', 'supply_chain'],
  value: {
    seller_is_brand_owner: false,
    doubtful_lots: [
      { asin: 'B0C1234567', source: 'Market trader, cash memo only', units: 40, units_sold: 14, sold_units_actions: ['CA1'] },
    ],
  },
};

/**
 * Every ASIN the case mentions is one of its ASINs (a warning: it may be a typo); each cited ASIN is covered by
 * evidence where Amazon asks (an error).
 * The case text is scanned rather than the letter, so a typo points at its field even when other errors stop composing;
 * the template prints every listed ASIN, so "each cited ASIN is mentioned" holds by construction.
 */
export const asinCrossCheck: Rule = {
  id: 'L12',
  name: 'asin-cross-check',
  severity: 'error',
  description:
    'each cited ASIN is covered by evidence in authenticity, IP and condition cases (error); every ASIN mentioned is listed in asins (warning)',
  why: 'Amazon asks for supporting evidence for every product under review: in authenticity, IP and condition cases an ASIN without a document that covers it is not answered. An ASIN in the text that the case does not list is usually a typo.',
  fix: "Cover each cited ASIN with evidence: list it under the exhibit's asins:, or cite the exhibit from a root cause, difference or action that names the ASIN. Check an unlisted ASIN for a typo, or add it under asins: (with cited: false if the notice does not name it).",
  phase: 'case',
  check({ case: c }) {
    const asins = c.input.asins ?? [];
    const known = new Set(asins.map((a) => a.asin));
    const findings: Finding[] = [];
    for (const field of caseTexts(c.input)) {
      if (field.path[0] === 'asins' && field.path[2] === 'asin') continue;
      const unknown = [...new Set(asinsIn(field.text))].filter((t) => !known.has(t));
      if (unknown.length) {
        findings.push({
          path: field.path,
          severity: 'warning',
          message: `${unknown.join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not in the case's asins list`,
          note: 'Check the ASIN for a typo; if it is right, add it under asins: (with cited: false if the notice does not name it).',
        });
      }
    }
    if (
      isType(
        c,
        'authenticity-inventory-verification',
        'counterfeit-inauthentic',
        'ip-infringement',
        'design-patent-rebuttal',
        'used-sold-as-new',
      )
    ) {
      const covered = [...coveredAsins(c).values()];
      // A listing the letter does not ask back (closed, or stocked only from a doubtful lot) needs no evidence of its own.
      const asked = new Set(askedBackAsins(c));
      asins.forEach((a, i) => {
        if (a.cited === false || !asked.has(a.asin) || covered.some((set) => set.has(a.asin))) return;
        findings.push({
          path: ['asins', i, 'asin'],
          message: `cited ASIN ${a.asin} is not covered by any evidence item`,
          note: `Add ${a.asin} to the asins: list of the invoice, authorisation or comparison that covers it, or cite that exhibit from a root cause or action that names ${a.asin}, or, if you cannot, ${closeListingHint}; Amazon asks for evidence for every ASIN under review.`,
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
          {
            path: ['root_causes', 0, 'detail'],
            value: 'Between 2026-09-01 and 2026-10-15, 14 parcels of B0C1234567 broke in transit; B0D9ZZ1234 ships in another box.',
          },
        ],
      },
      {
        name: 'a design difference that names no ASIN covers every listing of the complaint',
        edits: [
          { path: ['type'], value: 'design-patent-rebuttal' },
          { path: ['root_causes', 0, 'evidence'] },
          { path: ['corrective_actions', 0, 'evidence'] },
          {
            path: ['details', 'ip_complaint'],
            value: {
              ip_type: 'design-patent',
              complaint_id: '9981',
              differences: [{ aspect: 'Rim', our_product: 'Flat rim', protected_design: 'Rolled rim', evidence: 'E1' }],
            },
          },
        ],
      },
      {
        name: 'an exhibit without asins: covers the ASIN that the root cause citing it names',
        edits: [{ path: ['type'], value: 'counterfeit-inauthentic' }, { path: ['corrective_actions', 0, 'evidence'] }],
      },
      {
        name: 'an authenticity case whose ASIN was stocked only from a declared doubtful lot (not asked back)',
        edits: [
          { path: ['type'], value: 'counterfeit-inauthentic' },
          { path: ['root_causes', 0, 'evidence'] },
          { path: ['corrective_actions', 0, 'evidence'] },
          doubtfulLotOfTheAsin,
        ],
      },
    ],
    notOk: [
      {
        name: 'a typo in an ASIN',
        messages: ["B0C1234576 is not in the case's asins list"],
        edits: [{ path: ['corrective_actions', 0, 'action'], value: 'Refunded all 14 orders of B0C1234576 on 2026-10-20.' }],
        at: ['corrective_actions', 0, 'action'],
        severity: 'warning',
      },
      {
        name: 'an authenticity case without evidence for the ASIN',
        messages: ['cited ASIN B0C1234567 is not covered by any evidence item'],
        edits: [
          { path: ['type'], value: 'counterfeit-inauthentic' },
          { path: ['root_causes', 0, 'evidence'] },
          { path: ['corrective_actions', 0, 'evidence'] },
        ],
        at: ['asins', 0, 'asin'],
      },
    ],
  },
};
