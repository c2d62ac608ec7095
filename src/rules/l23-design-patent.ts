import type { Finding, Rule } from './types.js';
import { caseTexts, exhibit, missingAt, exhibitsOfKind, listPhrases, matchesOf, phraseRegExp } from './helpers.js';

// The examples' complaint: a design patent whose cone base differs from the seller's straight cylinder (E3).
const baseDiffers = {
  ip_type: 'design-patent',
  ip_number: 'US D1,000,001 S',
  complaint_id: '17745023',
  differences: [{ aspect: 'Base', our_product: 'Straight cylinder', protected_design: 'Cone', evidence: 'E3' }],
  retraction: { requested_on: '2026-10-20' },
};

/** A design-patent rebuttal names the patent and complaint, lists differences each backed by a comparison, and asks the rights owner to retract. */
export const designPatent: Rule = {
  id: 'L23',
  name: 'design-patent',
  severity: 'error',
  description:
    'design-patent rebuttals give the patent number, complaint id, ASINs, differences each shown in a patent-comparison exhibit, the patent document and the retraction request',
  why: "A design-patent complaint is answered on the design, not on intent: the patent and complaint, each difference shown beside the patent's figures, and a request to the rights owner to retract, which is what Amazon acts on.",
  fix: 'Give ip_number and complaint_id, list differences: (aspect, our_product, protected_design) each citing a patent-comparison exhibit, enclose the patent document, and record the retraction request (retraction.requested_on and a retraction-request exhibit).',
  phase: 'case',
  check({ case: c, words }) {
    if (c.type !== 'design-patent-rebuttal') return [];
    const ip = c.input.details?.ip_complaint;
    const base = ['details', 'ip_complaint'];
    if (!ip) {
      return [
        {
          path: missingAt(c, base),
          at: 'key',
          message: 'a design-patent rebuttal needs details.ip_complaint',
          note: 'Add it with ip_type: design-patent, ip_number, complaint_id, rights_owner, differences (each with a comparison exhibit) and retraction.',
        },
      ];
    }
    const findings: Finding[] = [];
    const lack = (what: string, note: string, path = base) =>
      findings.push({ path, at: 'key', message: `the design-patent rebuttal lacks ${what}`, note });
    if (ip.ip_type !== 'design-patent')
      findings.push({
        path: [...base, 'ip_type'],
        message: `ip_type is ${ip.ip_type}, not design-patent`,
        note: 'Use type ip-infringement for other kinds of IP complaint.',
      });
    if (!ip.ip_number) lack('the patent number', 'Add ip_number as printed on the patent (e.g. "US D1,028,415 S").');
    if (!ip.complaint_id && !c.input.notice.reference)
      lack('the complaint id', 'Add complaint_id (or notice.reference) as Amazon gave it.');
    if (!c.input.asins?.length) lack('the ASINs concerned', 'List the removed listings under asins:.', ['asins']);
    const differences = ip.differences ?? [];
    if (!differences.length)
      lack(
        'the differences from the patented design',
        'Add differences: one per feature (aspect, our_product, protected_design), each with the patent-comparison exhibit that shows it.',
      );
    differences.forEach((d, i) => {
      const e = exhibit(c, d.evidence);
      if (e?.kind !== 'patent-comparison') {
        findings.push({
          path: [...base, 'differences', i, e ? 'evidence' : 'aspect'],
          message: `difference "${d.aspect}" is not backed by a patent-comparison exhibit`,
          note: 'Set evidence: to an exhibit of kind patent-comparison that shows the patent figure beside your product.',
        });
      }
    });
    if (!exhibitsOfKind(c, 'patent-document').length)
      lack('the patent document', 'Enclose the patent (front page, claim and figures) as an exhibit of kind patent-document.', [
        'evidence',
      ]);
    if (!ip.retraction?.requested_on && !exhibitsOfKind(c, 'retraction-request', 'retraction-confirmation').length) {
      lack(
        'a request to the rights owner to retract',
        'Ask the rights owner to review and retract the complaint, and record it under retraction: (requested_on) with the email as a retraction-request exhibit; Amazon acts on retractions that come from the rights owner.',
      );
    }
    const intent = phraseRegExp(words.intentOnly);
    if (!differences.length) {
      for (const field of caseTexts(c.input)) {
        const said = matchesOf(intent, field.text);
        if (said.length)
          findings.push({
            path: field.path,
            severity: 'warning',
            message: `the rebuttal rests on intent (${listPhrases(said.map((m) => m.text))})`,
            note: 'Intent does not matter for a design patent; show feature by feature how your product differs.',
          });
      }
    }
    return findings;
  },
  examples: {
    ok: [
      {
        name: 'differences with comparisons and a retraction request',
        edits: [
          { path: ['type'], value: 'design-patent-rebuttal' },
          { path: ['evidence', 0, 'kind'], value: 'patent-document' },
          { path: ['evidence', 2, 'kind'], value: 'patent-comparison' },
          { path: ['details', 'ip_complaint'], value: baseDiffers },
        ],
      },
    ],
    notOk: [
      {
        name: 'a rebuttal that rests on intent, in two places, with no differences',
        messages: [
          'the rebuttal rests on intent ("never intended to infringe")',
          'the rebuttal rests on intent ("no intention to infringe")',
          'the design-patent rebuttal lacks the differences from the patented design',
        ],
        edits: [
          { path: ['type'], value: 'design-patent-rebuttal' },
          { path: ['evidence', 0, 'kind'], value: 'patent-document' },
          {
            path: ['root_causes', 0, 'detail'],
            value: 'We never intended to infringe: 14 dispensers of B0C1234567 were sold between 2026-09-01 and 2026-10-15.',
          },
          {
            path: ['details', 'ip_complaint'],
            value: {
              ip_type: 'design-patent',
              ip_number: 'US D1,000,001 S',
              complaint_id: '17745023',
              retraction: { requested_on: '2026-10-20' },
            },
          },
          { path: ['closing'], value: 'We had no intention to infringe and ask you to reinstate the listing.' },
        ],
        at: ['root_causes', 0, 'detail'],
        severity: 'warning',
      },
      {
        name: 'a difference without a comparison exhibit',
        messages: ['difference "Base" is not backed by a patent-comparison exhibit'],
        edits: [
          { path: ['type'], value: 'design-patent-rebuttal' },
          { path: ['evidence', 0, 'kind'], value: 'patent-document' },
          { path: ['details', 'ip_complaint'], value: baseDiffers },
        ],
        at: ['details', 'ip_complaint', 'differences', 0, 'evidence'],
      },
    ],
  },
};
