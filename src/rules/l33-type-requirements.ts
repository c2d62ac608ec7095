import type { Finding, Rule } from './types.js';
import { exhibitsOfKind, isType, missingAt, withArticle } from './helpers.js';
import { closeListingHint, relistedWithApproval, unsourcedAsins, withdrawnAsins } from '../domain/withdrawn-listings.js';

const simplify = (name: string | undefined) =>
  (name ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The inputs some case types need beyond the schema: supply chains for
 * authenticity and condition cases, the complaint and rights evidence for IP cases, the restriction for restricted products.
 * Metric, review-manipulation, design-patent, related-accounts and Brand Registry cases are checked by L21-L25.
 */
export const typeRequirements: Rule = {
  id: 'L33',
  name: 'type-requirements',
  severity: 'error',
  description:
    'type-specific inputs: supply chain and invoices per ASIN (authenticity, counterfeit, used sold as new), complaint and rights evidence (IP), restriction and deleted or corrected listings or approval (restricted products)',
  why: "Some case types need inputs the schema cannot require: authenticity and condition cases a verifiable supply chain with invoices for each ASIN, IP cases the rights owner's authorisation or a retraction, restricted-product cases proof that the listings were removed or corrected, or the approval (in a dispute, or when the product may be sold with an approval the seller now holds).",
  fix: "Add the block the message names under details:, give every supplier's address, phone and website, and enclose the documents it asks for.",
  phase: 'case',
  check({ case: c }) {
    const findings: Finding[] = [];
    const d = c.input.details;
    const need = (path: string[], message: string, note: string) => findings.push({ path: missingAt(c, path), at: 'key', message, note });
    if (isType(c, 'authenticity-inventory-verification', 'counterfeit-inauthentic', 'used-sold-as-new')) {
      const chain = d?.supply_chain;
      if (!chain)
        need(
          ['details', 'supply_chain'],
          `${withArticle(c.type)} case needs details.supply_chain`,
          'Add it with seller_is_brand_owner and your suppliers (name, address, phone, website, invoice_evidence).',
        );
      chain?.suppliers?.forEach((s, i) => {
        const missing = (['address', 'phone', 'website'] as const).filter((k) => !s[k]);
        if (missing.length)
          findings.push({
            path: ['details', 'supply_chain', 'suppliers', i, 'name'],
            message: `supplier "${s.name}" lacks ${missing.join(', ')}`,
            note: 'Amazon verifies suppliers by name, address, phone and website; give all of them.',
          });
      });
      const invoices = exhibitsOfKind(c, 'supplier-invoice');
      // A listing the seller closed, with its stock gone, is no longer sold: there is nothing to prove the source of.
      const withdrawn = withdrawnAsins(c);
      // Stock that came only from a declared doubtful lot has no invoice to show: the letter does not ask it back.
      const unsourced = unsourcedAsins(c);
      (c.input.asins ?? []).forEach((a, i) => {
        if (a.cited !== false && !withdrawn.has(a.asin) && !invoices.some((e) => e.asins?.includes(a.asin))) {
          findings.push(
            unsourced.has(a.asin)
              ? {
                  path: ['asins', i, 'asin'],
                  severity: 'warning',
                  message: `no supplier invoice covers cited ASIN ${a.asin}, whose stock came from the doubtful lot: the letter does not ask for its listing back`,
                  note: `If you hold an invoice for other units of ${a.asin}, enclose it with ${a.asin} in its asins: list; if not, close the listing and say so in a corrective action.`,
                }
              : {
                  path: ['asins', i, 'asin'],
                  message: `no supplier invoice covers cited ASIN ${a.asin}`,
                  note: `Enclose a supplier-invoice from the last 365 days with ${a.asin} in its asins: list, or, if you cannot, ${closeListingHint}.`,
                },
          );
        }
      });
    }
    // A funds-held letter asks for the funds unless notice.release says otherwise; a closing that asks for the
    // FBA inventory then contradicts the subject and the opening, and the letter asks for what the seller does not
    // want: an error, so the letter is a draft until the case says which.
    const asksInventory = /\b(?:release|return|remov\w*)\b[^.]*\binventory\b|\binventory\b[^.]*\brelease/i;
    if (c.input.notice.kind === 'funds-held' && !c.input.notice.release && asksInventory.test(c.input.closing ?? '')) {
      findings.push({
        path: ['notice', 'kind'],
        message: 'the closing asks for the FBA inventory, but without notice.release the letter asks Amazon to release the funds',
        note: 'Add release: inventory (or release: funds-and-inventory) under notice:, so the subject, the opening and the checklist ask for the inventory too.',
      });
    }
    if (c.type === 'ip-infringement') {
      const ip = d?.ip_complaint;
      if (!ip)
        need(
          ['details', 'ip_complaint'],
          'an ip-infringement case needs details.ip_complaint',
          'Add it with ip_type, complaint_id, rights_owner and position.',
        );
      else if (!ip.rights_owner && !ip.complaint_id)
        need(
          ['details', 'ip_complaint'],
          'the IP complaint names neither the rights owner nor the complaint id',
          'Add rights_owner (name, email) and complaint_id from the notice.',
        );
      const owner = simplify(ip?.rights_owner?.name);
      const rights =
        exhibitsOfKind(c, 'letter-of-authorization', 'licensing-agreement', 'retraction-confirmation', 'retraction-request').length > 0;
      const ownersInvoice =
        !!owner && exhibitsOfKind(c, 'supplier-invoice').some((e) => simplify(e.issuer ?? e.counterparty?.name) === owner);
      if (!rights && !ownersInvoice) {
        need(
          ['evidence'],
          "an IP appeal needs the rights owner's authorisation, licence or invoice, or a retraction",
          'Enclose a letter-of-authorization, licensing-agreement or an invoice issued by the rights owner, or the retraction (request or confirmation) from the rights owner.',
        );
      }
    }
    if (c.type === 'restricted-products') {
      const rp = d?.restricted_product;
      if (!rp)
        need(
          ['details', 'restricted_product'],
          'a restricted-products case needs details.restricted_product',
          'Add it with category, approval_required and inventory_disposition.',
        );
      // When the notice removed listings and the seller asks for them back, the fix is the corrected listing, shown after the edit.
      const corrected = c.input.notice.kind === 'listing-removed' && exhibitsOfKind(c, 'listing-screenshot-after').length > 0;
      const deleted = corrected || exhibitsOfKind(c, 'listing-deletion-confirmation').length > 0;
      const approved = exhibitsOfKind(c, 'regulatory-approval').length > 0 || !!rp?.approval_evidence?.length;
      // A product that may be sold with an approval the seller now holds (a compliant new lot) comes back listed:
      // Amazon removed the listings itself, so the approval, not a deletion, is the proof.
      const ok = c.stance === 'dispute' ? approved : c.stance === 'mixed' ? approved || deleted : deleted || relistedWithApproval(c);
      if (!ok) {
        need(
          ['evidence'],
          c.stance === 'dispute'
            ? 'a dispute of a restriction needs the regulatory approval in evidence'
            : 'a restricted-products case needs proof that the listings were removed or corrected',
          c.stance === 'dispute'
            ? 'Enclose the approval (kind regulatory-approval) and list it in details.restricted_product.approval_evidence.'
            : 'Enclose the deletion confirmation (kind listing-deletion-confirmation), or, when the notice removed listings and you corrected them, a screenshot of each corrected listing (kind listing-screenshot-after); when the product needs an approval you now hold, set approval_required: true and list the approval (kind regulatory-approval) under approval_evidence.',
        );
      }
    }
    return findings;
  },
  examples: {
    ok: [
      {
        name: 'a restricted-products case with the deletion confirmed',
        edits: [
          { path: ['type'], value: 'restricted-products' },
          { path: ['evidence', 2, 'kind'], value: 'listing-deletion-confirmation' },
          { path: ['details', 'restricted_product'], value: { category: 'Pesticides', inventory_disposition: 'disposed' } },
        ],
      },
      {
        name: 'removed listings of a product that needs an approval, asked back with the approval of the compliant new lot',
        edits: [
          { path: ['type'], value: 'restricted-products' },
          { path: ['notice', 'kind'], value: 'listing-removed' },
          { path: ['evidence', 2, 'kind'], value: 'regulatory-approval' },
          {
            path: ['details', 'restricted_product'],
            value: {
              category: 'Lithium batteries',
              approval_required: true,
              approval_evidence: ['E3'],
              inventory_disposition: 'returned-to-supplier',
            },
          },
        ],
      },
      {
        name: 'removed listings reinstated after the claims were edited out, shown by screenshots',
        edits: [
          { path: ['type'], value: 'restricted-products' },
          { path: ['notice', 'kind'], value: 'listing-removed' },
          { path: ['evidence', 2, 'kind'], value: 'listing-screenshot-after' },
          { path: ['details', 'restricted_product'], value: { category: 'Pesticides', inventory_disposition: 'other' } },
        ],
      },
    ],
    notOk: [
      {
        name: 'a funds-held case whose closing asks for the FBA inventory, with no notice.release',
        messages: ['the closing asks for the FBA inventory, but without notice.release the letter asks Amazon to release the funds'],
        edits: [
          { path: ['type'], value: 'funds-or-inventory-release' },
          { path: ['notice', 'kind'], value: 'funds-held' },
          { path: ['closing'], value: 'We only ask you to release our FBA inventory so that we can create a removal order.' },
        ],
        at: ['notice', 'kind'],
      },
      {
        name: 'a restricted-products account deactivation with corrected listings but no deletion',
        messages: ['a restricted-products case needs proof that the listings were removed or corrected'],
        edits: [
          { path: ['type'], value: 'restricted-products' },
          { path: ['evidence', 2, 'kind'], value: 'listing-screenshot-after' },
          { path: ['details', 'restricted_product'], value: { category: 'Pesticides', inventory_disposition: 'other' } },
        ],
        at: ['evidence'],
        key: true,
      },
      {
        name: 'a product that needs an approval asked back without the approval',
        messages: ['a restricted-products case needs proof that the listings were removed or corrected'],
        edits: [
          { path: ['type'], value: 'restricted-products' },
          { path: ['notice', 'kind'], value: 'listing-removed' },
          {
            path: ['details', 'restricted_product'],
            value: { category: 'Lithium batteries', approval_required: true, inventory_disposition: 'returned-to-supplier' },
          },
        ],
        at: ['evidence'],
        key: true,
      },
      {
        name: 'a counterfeit case without a supply chain',
        messages: ['a counterfeit-inauthentic case needs details.supply_chain', 'no supplier invoice covers cited ASIN B0C1234567'],
        edits: [{ path: ['type'], value: 'counterfeit-inauthentic' }],
        at: ['type'],
        key: true,
      },
      {
        name: 'a counterfeit case whose ASIN was stocked only from a declared doubtful lot',
        messages: [
          'no supplier invoice covers cited ASIN B0C1234567, whose stock came from the doubtful lot: the letter does not ask for its listing back',
        ],
        edits: [
          { path: ['type'], value: 'counterfeit-inauthentic' },
          {
            path: ['details', 'supply_chain'],
            value: {
              seller_is_brand_owner: false,
              doubtful_lots: [
                { asin: 'B0C1234567', source: 'Market trader, cash memo only', units: 40, units_sold: 14, sold_units_actions: ['CA1'] },
              ],
            },
          },
        ],
        at: ['asins', 0, 'asin'],
        severity: 'warning',
      },
      {
        name: 'an IP case without rights evidence',
        messages: ["an IP appeal needs the rights owner's authorisation, licence or invoice, or a retraction"],
        edits: [
          { path: ['type'], value: 'ip-infringement' },
          { path: ['details', 'ip_complaint'], value: { ip_type: 'trademark', complaint_id: '9981' } },
        ],
        at: ['evidence'],
        key: true,
      },
    ],
  },
};
