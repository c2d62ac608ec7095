import type { Finding, Rule } from './types.js';
import { missingAt, exhibit, exhibitsOfKind } from './helpers.js';

const paid = /\b(?:paid|pay|payment|refund(?:ed)?|rebate|reimburs\w*|gift cards?|free products?|compensat\w*|commission)\b/i;

/** A review-manipulation appeal discloses methods, third parties, the reviews obtained and still live, and the records. */
export const reviewManipulation: Rule = {
  id: 'L22',
  name: 'review-manipulation',
  severity: 'error',
  description:
    'review-manipulation cases give methods, third parties with contacts (or why not), the reviewer spreadsheet, the review list with counts, payment records and who was responsible',
  why: 'A review-manipulation appeal is judged on full disclosure: how the reviews were obtained, who arranged them, the third parties and their contacts, the reviews obtained and still live, and the payments. An appeal that leaves one out is rejected.',
  fix: 'Fill details.review_manipulation: methods, responsible_person, third_parties with contacts (or no_contact_reason), reviews_obtained and reviews_still_live, and enclose the reviewer spreadsheet, the list of reviews and the payment vouchers.',
  phase: 'case',
  check({ case: c }) {
    if (c.type !== 'review-manipulation') return [];
    const rm = c.input.details?.review_manipulation;
    const base = ['details', 'review_manipulation'];
    if (!rm) {
      return [
        {
          path: missingAt(c, base),
          at: 'key',
          message: 'a review-manipulation case needs details.review_manipulation',
          note: 'Add it with methods, third_parties (or no_contact_reason), reviews_obtained, reviews_still_live, spreadsheet_evidence and payment_evidence.',
        },
      ];
    }
    const findings: Finding[] = [];
    const missing = (what: string, note: string, path = base) =>
      findings.push({ path, at: 'key', message: `the review-manipulation details lack ${what}`, note });
    if (!rm.third_parties?.length && !rm.no_contact_reason)
      missing(
        'the third parties involved',
        'List each service or person under third_parties (name and any contact), or say under no_contact_reason why they cannot be named or reached.',
      );
    rm.third_parties?.forEach((t, i) => {
      if (!t.email && !t.messenger_id && !t.website && !t.payment_account && !t.address && !t.contact_attempts?.length) {
        findings.push({
          path: [...base, 'third_parties', i, 'name'],
          message: `third party "${t.name}" has no contact details`,
          note: 'Add email, messenger_id, website or payment_account, or record contact_attempts (date and result).',
        });
      }
    });
    if (!exhibit(c, rm.spreadsheet_evidence) && !exhibitsOfKind(c, 'review-manipulation-spreadsheet').length) {
      missing(
        'the reviewer spreadsheet',
        'Add a review-manipulation-spreadsheet exhibit (reviewer accounts, orders, dates) and name it in spreadsheet_evidence.',
      );
    }
    if (rm.reviews_obtained === undefined || rm.reviews_still_live === undefined) {
      missing(
        'the counts of the reviews obtained and still live',
        'Give reviews_obtained and reviews_still_live (the number of reviews obtained, and how many of them are still on Amazon).',
      );
    }
    // The reviewer spreadsheet named in spreadsheet_evidence lists the reviews too, and the letter names it as the list.
    if (!exhibitsOfKind(c, 'offending-reviews-list').length && !exhibit(c, rm.spreadsheet_evidence)) {
      missing(
        'the list of the reviews obtained',
        'Enclose the list of the reviews obtained, saying which are still live (an exhibit of kind offending-reviews-list), or name the reviewer spreadsheet that lists them in spreadsheet_evidence.',
      );
    }
    if (rm.methods.some((m) => paid.test(m)) && !rm.payment_evidence?.length && !exhibitsOfKind(c, 'payment-voucher').length) {
      missing(
        'the payment records',
        'The methods involve payments: enclose the payment vouchers (payment-voucher) and list them in payment_evidence.',
      );
    }
    if (!rm.responsible_person) {
      findings.push({
        path: base,
        at: 'key',
        severity: 'warning',
        message: 'the review-manipulation details do not say who arranged it',
        note: 'Add responsible_person and, in a corrective action, what was done about it internally.',
      });
    }
    return findings;
  },
  examples: {
    ok: [
      {
        name: 'full disclosure',
        edits: [
          { path: ['type'], value: 'review-manipulation' },
          { path: ['evidence', 0, 'kind'], value: 'review-manipulation-spreadsheet' },
          { path: ['evidence', 1, 'kind'], value: 'offending-reviews-list' },
          { path: ['evidence', 2, 'kind'], value: 'payment-voucher' },
          {
            path: ['details', 'review_manipulation'],
            value: {
              methods: ['Free products for reviews through a deal group'],
              responsible_person: 'Former marketing assistant',
              no_contact_reason: 'The deal group closed its account on 2026-09-30.',
              reviews_obtained: 26,
              reviews_still_live: 9,
              spreadsheet_evidence: 'E1',
            },
          },
        ],
      },
      {
        name: 'the reviewer spreadsheet named in spreadsheet_evidence is the list of the reviews',
        edits: [
          { path: ['type'], value: 'review-manipulation' },
          { path: ['evidence', 0, 'kind'], value: 'review-manipulation-spreadsheet' },
          { path: ['evidence', 2, 'kind'], value: 'payment-voucher' },
          {
            path: ['details', 'review_manipulation'],
            value: {
              methods: ['Free products for reviews through a deal group'],
              responsible_person: 'Former marketing assistant',
              no_contact_reason: 'The deal group closed its account on 2026-09-30.',
              reviews_obtained: 26,
              reviews_still_live: 9,
              spreadsheet_evidence: 'E1',
            },
          },
        ],
      },
    ],
    notOk: [
      {
        name: 'the counts are given, but no list of the reviews and no spreadsheet named',
        messages: ['the review-manipulation details lack the list of the reviews obtained'],
        edits: [
          { path: ['type'], value: 'review-manipulation' },
          { path: ['evidence', 0, 'kind'], value: 'review-manipulation-spreadsheet' },
          { path: ['evidence', 2, 'kind'], value: 'payment-voucher' },
          {
            path: ['details', 'review_manipulation'],
            value: {
              methods: ['Free products for reviews through a deal group'],
              responsible_person: 'Former marketing assistant',
              no_contact_reason: 'The deal group closed its account on 2026-09-30.',
              reviews_obtained: 26,
              reviews_still_live: 9,
            },
          },
        ],
        at: ['details', 'review_manipulation'],
        key: true,
      },
      {
        name: 'no review-manipulation details',
        messages: ['a review-manipulation case needs details.review_manipulation'],
        edits: [{ path: ['type'], value: 'review-manipulation' }],
        at: ['type'],
        key: true,
      },
    ],
  },
};
