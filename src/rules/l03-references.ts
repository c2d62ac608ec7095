import type { Finding, Rule } from './types.js';
import { stanceWithOneGround } from './example-edits.js';
import type { PathSegment } from '../stages/parse.js';

/** Every `addresses` and `evidence` reference points at an item that exists. */
export const references: Rule = {
  id: 'L03',
  name: 'references',
  severity: 'error',
  description: 'every addresses/evidence/translation_of reference points at an existing id',
  why: 'Each action and measure is printed under the root cause it answers and each exhibit under the items it proves; a reference to an id that does not exist leaves the letter with a broken link. It is the structure of the case, so it cannot be silenced.',
  fix: 'Correct the id (the note lists the ids the case has), or add the missing root cause, ground or evidence item.',
  phase: 'case',
  silenceable: false,
  check({ case: c }) {
    const input = c.input;
    const causes = new Set([...input.root_causes.map((r) => r.id), ...(input.grounds ?? []).map((g) => g.id)]);
    const evidence = new Set(input.evidence.map((e) => e.id));
    const findings: Finding[] = [];
    const checkEvidence = (ids: string[] | string | undefined, path: PathSegment[]) => {
      const list = typeof ids === 'string' ? [ids] : (ids ?? []);
      list.forEach((id, i) => {
        if (!evidence.has(id)) {
          findings.push({
            path: typeof ids === 'string' ? path : [...path, i],
            message: `evidence "${id}" does not exist`,
            note: evidence.size ? `Known evidence ids: ${[...evidence].join(', ')}.` : 'Add it under evidence: with a file.',
          });
        }
      });
    };
    const checkAddresses = (ids: string[], path: PathSegment[]) =>
      ids.forEach((id, i) => {
        if (!causes.has(id))
          findings.push({
            path: [...path, i],
            message: `"${id}" is not a root cause or ground of this case`,
            note: `Known: ${[...causes].join(', ')}.`,
          });
      });
    input.root_causes.forEach((rc, i) => checkEvidence(rc.evidence, ['root_causes', i, 'evidence']));
    input.grounds?.forEach((g, i) => checkEvidence(g.evidence, ['grounds', i, 'evidence']));
    input.corrective_actions.forEach((ca, i) => {
      checkAddresses(ca.addresses, ['corrective_actions', i, 'addresses']);
      checkEvidence(ca.evidence, ['corrective_actions', i, 'evidence']);
    });
    input.preventive_measures.forEach((pm, i) => {
      checkAddresses(pm.addresses, ['preventive_measures', i, 'addresses']);
      checkEvidence(pm.evidence, ['preventive_measures', i, 'evidence']);
    });
    const d = input.details;
    d?.ip_complaint?.differences?.forEach((diff, i) =>
      checkEvidence(diff.evidence, ['details', 'ip_complaint', 'differences', i, 'evidence']),
    );
    d?.supply_chain?.suppliers?.forEach((s, i) => {
      checkEvidence(s.invoice_evidence, ['details', 'supply_chain', 'suppliers', i, 'invoice_evidence']);
      checkEvidence(s.authorization_evidence, ['details', 'supply_chain', 'suppliers', i, 'authorization_evidence']);
    });
    const attendee = d?.brand_registry?.video_verification?.attendee;
    const attendeePath = ['details', 'brand_registry', 'video_verification', 'attendee'];
    if (attendee) {
      checkEvidence(attendee.id_evidence, [...attendeePath, 'id_evidence']);
      checkEvidence(attendee.authorization_evidence, [...attendeePath, 'authorization_evidence']);
      checkEvidence(attendee.business_licence_evidence, [...attendeePath, 'business_licence_evidence']);
    }
    const rm = d?.review_manipulation;
    checkEvidence(rm?.spreadsheet_evidence, ['details', 'review_manipulation', 'spreadsheet_evidence']);
    checkEvidence(rm?.payment_evidence, ['details', 'review_manipulation', 'payment_evidence']);
    checkEvidence(d?.restricted_product?.approval_evidence, ['details', 'restricted_product', 'approval_evidence']);
    const actions = new Set(input.corrective_actions.map((a) => a.id));
    d?.supply_chain?.doubtful_lots?.forEach((lot, i) => {
      const at = ['details', 'supply_chain', 'doubtful_lots', i];
      checkEvidence(lot.evidence, [...at, 'evidence']);
      lot.sold_units_actions?.forEach((id, j) => {
        if (!actions.has(id))
          findings.push({
            path: [...at, 'sold_units_actions', j],
            message: `"${id}" is not a corrective action of this case`,
            note: `Known: ${[...actions].join(', ')}.`,
          });
      });
    });
    input.evidence.forEach((e, i) => {
      if (e.translation_of === e.id)
        findings.push({
          path: ['evidence', i, 'translation_of'],
          message: `evidence ${e.id} is given as a translation of itself`,
          note: 'translation_of names the evidence id of the original document.',
        });
      else checkEvidence(e.translation_of, ['evidence', i, 'translation_of']);
    });
    return findings;
  },
  examples: {
    ok: [
      {
        name: 'an action addresses a dispute ground',
        edits: [
          ...stanceWithOneGround(
            'mixed',
            'Two claims were withdrawn',
            'The buyers of 2 of the 14 orders withdrew their claims on 2026-10-02.',
          ),
          { path: ['corrective_actions', 0, 'addresses'], value: ['RC1', 'G1'] },
        ],
      },
    ],
    notOk: [
      {
        name: 'a measure addresses a root cause that does not exist',
        messages: ['"RC9" is not a root cause or ground of this case'],
        edits: [{ path: ['preventive_measures', 0, 'addresses'], value: ['RC1', 'RC9'] }],
        at: ['preventive_measures', 0, 'addresses', 1],
      },
      {
        name: 'an action cites evidence that does not exist',
        messages: ['evidence "E7" does not exist'],
        edits: [{ path: ['corrective_actions', 1, 'evidence'], value: ['E1', 'E7'] }],
        at: ['corrective_actions', 1, 'evidence', 1],
      },
      {
        name: 'a translation of a document that is not in evidence',
        messages: ['evidence "E9" does not exist'],
        edits: [{ path: ['evidence', 2, 'translation_of'], value: 'E9' }],
        at: ['evidence', 2, 'translation_of'],
      },
    ],
  },
};
