import type { Finding, Rule } from './types.js';
import { missingAt, exhibitsOfKind } from './helpers.js';

/** A related-accounts appeal names the linked account and relationship, the business need or closure, and encloses identity documents. */
export const relatedAccounts: Rule = {
  id: 'L24',
  name: 'related-accounts',
  severity: 'warning',
  description:
    'related-accounts cases name the linked account and relationship (or say it is unknown), the business need or account closed, and enclose a business licence or ID',
  why: 'A related-accounts appeal must explain the link: which account, how it is related, and whether it is needed or closed, with identity documents. Sellers report only three chances for this appeal.',
  fix: "Fill details.related_accounts: the linked account and relationship (or linked_account_known: false), relationship_explanation, legitimate_business_need or closure_requested_for; enclose the business licence or the owner's ID.",
  phase: 'case',
  check({ case: c }) {
    if (c.type !== 'related-accounts') return [];
    const ra = c.input.details?.related_accounts;
    const base = ['details', 'related_accounts'];
    if (!ra) {
      return [
        {
          path: missingAt(c, base),
          at: 'key',
          severity: 'error',
          message: 'a related-accounts case needs details.related_accounts',
          note: 'Add it with linked_account (store name and relationship, or linked_account_known: false), relationship_explanation and legitimate_business_need or closure_requested_for.',
        },
      ];
    }
    const findings: Finding[] = [];
    const lack = (what: string, note: string) =>
      findings.push({ path: base, at: 'key', message: `the related-accounts details lack ${what}`, note });
    const unknown = ra.linked_account_known === false || ra.linked_account?.relationship === 'unknown';
    if (!unknown && !ra.linked_account?.store_name && !ra.linked_account?.merchant_token)
      lack(
        'the linked account',
        'Name the linked account (store_name or merchant_token), or set linked_account_known: false and ask Amazon to re-check the link.',
      );
    if (!unknown && !ra.linked_account?.relationship)
      lack('the relationship to the linked account', 'Set linked_account.relationship (same-owner, family-member, former-employee, ...).');
    if (!ra.relationship_explanation)
      lack(
        'an explanation of the relationship',
        'Add relationship_explanation: how the accounts came to be linked (shared device, former employee, family member ...).',
      );
    // A business need or a closure only makes sense for an account the seller or a relative or partner controls;
    // a link through a bookkeeper, an ex-employee or a shared network is explained, not closed.
    const controlled =
      unknown || ['same-owner', 'family-member', 'business-partner'].includes(ra.linked_account?.relationship ?? 'same-owner');
    if (controlled && !ra.legitimate_business_need && !ra.closure_requested_for)
      lack(
        'the business need or the closure step',
        'Give legitimate_business_need (why two accounts are needed) or closure_requested_for (which account you asked to close).',
      );
    if (!exhibitsOfKind(c, 'business-license', 'government-id').length) {
      findings.push({
        path: ['evidence'],
        at: 'key',
        message: 'a related-accounts case needs identity documents',
        note: "Enclose the business licence or the owner's government ID (kinds business-license, government-id).",
      });
    }
    if (ra.appeal_attempt === 3) {
      findings.push({
        path: [...base, 'appeal_attempt'],
        severity: 'info',
        message: 'this is the third appeal attempt',
        note: 'Sellers report only three chances for related-account appeals; have the letter reviewed before you submit it.',
      });
    }
    return findings;
  },
  examples: {
    ok: [
      {
        name: 'an explained former-employee link',
        edits: [
          { path: ['type'], value: 'related-accounts' },
          { path: ['evidence', 1, 'kind'], value: 'business-license' },
          {
            path: ['details', 'related_accounts'],
            value: {
              linked_account: { store_name: 'OldShop', relationship: 'former-employee' },
              relationship_explanation: 'A former employee logged in to his own store from our office network.',
            },
          },
        ],
      },
    ],
    notOk: [
      {
        name: 'no explanation and no identity document',
        messages: [
          'a related-accounts case needs identity documents',
          'the related-accounts details lack an explanation of the relationship',
        ],
        edits: [
          { path: ['type'], value: 'related-accounts' },
          {
            path: ['details', 'related_accounts'],
            value: { linked_account: { store_name: 'OldShop', relationship: 'former-employee' }, closure_requested_for: 'None' },
          },
        ],
        at: ['evidence'],
        key: true,
      },
      {
        name: 'a second account of the same owner with neither a business need nor a closure',
        messages: ['the related-accounts details lack the business need or the closure step'],
        edits: [
          { path: ['type'], value: 'related-accounts' },
          { path: ['evidence', 1, 'kind'], value: 'business-license' },
          {
            path: ['details', 'related_accounts'],
            value: {
              linked_account: { store_name: 'OldShop', relationship: 'same-owner' },
              relationship_explanation: 'We opened OldShop in 2024 and stopped selling on it in 2025.',
            },
          },
        ],
        at: ['details', 'related_accounts'],
        key: true,
      },
    ],
  },
};
