import type { Exhibit } from '../model/case.js';
import type { Finding, Rule } from './types.js';
import { exhibitsOfKind } from './helpers.js';
import { allCitedWithdrawn } from '../domain/withdrawn-listings.js';

const chainKinds = ['supplier-invoice', 'receipt', 'purchase-contract', 'delivery-order', 'supply-chain-chain-of-custody'] as const;

/**
 * A brand owner proves the brand and the business; a reseller proves the supply chain. Amazon lists invoices,
 * receipts, contracts or authorisation letters, so a reseller without a letter of authorization gets a warning.
 */
export const ownershipDocuments: Rule = {
  id: 'L18',
  name: 'ownership-documents',
  severity: 'error',
  description:
    'brand owners enclose a trademark registration and a business licence or ID (errors; warnings on a used-sold-as-new case); resellers supply-chain documents (errors) and a letter of authorization (warning)',
  why: 'Amazon asks a brand owner for the trademark registration and a business licence or ID, and a reseller for documents that prove the supply chain (invoices, contracts), with an authorisation letter where the brand owner gave one.',
  fix: "As the brand owner, enclose the trademark registration and the business licence or the owner's ID. As a reseller, enclose the supplier invoices (or contracts, delivery orders) and, where you have one, the brand owner's letter of authorization.",
  phase: 'case',
  check({ case: c }) {
    const chain = c.input.details?.supply_chain;
    if (!chain) return [];
    const has = (...kinds: Exhibit['kind'][]) => exhibitsOfKind(c, ...kinds).length > 0;
    const path = ['details', 'supply_chain', 'seller_is_brand_owner'];
    const findings: Finding[] = [];
    if (chain.seller_is_brand_owner) {
      // Amazon's list for a condition complaint asks for supplier invoices and contacts, not for the
      // owner's papers: there they strengthen the appeal but their absence does not sink it.
      const condition = c.type === 'used-sold-as-new';
      const note = condition
        ? 'A used-sold-as-new appeal stands on the supplier invoices; the trademark registration and a business licence or personal ID show the brand is yours, so enclose them if you have them.'
        : 'Amazon asks brand owners for the brand or trademark registration certificate and a business licence or personal ID.';
      const severity = condition ? { severity: 'warning' as const } : {};
      if (!has('trademark-registration'))
        findings.push({ path, ...severity, message: 'as the brand owner the case needs a trademark-registration in evidence', note });
      if (!has('business-license', 'government-id'))
        findings.push({
          path,
          ...severity,
          message: 'as the brand owner the case needs a business-license or government-id in evidence',
          note,
        });
    } else {
      // When every listing concerned is closed for good, the letter is a plan of action, not proof of a source.
      const withdrawn = allCitedWithdrawn(c);
      if (!has(...chainKinds)) {
        findings.push({
          path,
          ...(withdrawn ? { severity: 'warning' as const } : {}),
          message:
            'as a reseller the case needs supply-chain documents (supplier-invoice, purchase-contract, delivery-order or receipt) in evidence',
          note: withdrawn
            ? 'The listings concerned are closed, so Amazon can take a plan of action without invoices; enclose any supplier documents you have for the products you still sell.'
            : 'Amazon asks resellers for documents that prove the supply chain: invoices from the supplier, contracts or delivery orders.',
        });
      }
      if (withdrawn) return findings;
      // Invoices from the brand owner itself prove the source as a letter of authorization would.
      const invoicing = (chain.suppliers ?? []).filter((s) => s.invoice_evidence?.length);
      const fromBrandOwner = invoicing.length > 0 && invoicing.every((s) => s.tier === 'brand-owner');
      if (!has('letter-of-authorization') && !fromBrandOwner) {
        findings.push({
          path,
          severity: 'warning',
          message: 'as a reseller the case has no letter-of-authorization in evidence',
          note: 'Where the brand owner or an authorised distributor gave you an authorization letter that names your company, enclose it: with the invoices it proves the whole supply chain.',
        });
      }
    }
    return findings;
  },
  examples: {
    ok: [
      {
        name: 'a reseller whose invoices all come from the brand owner itself, without a letter of authorization',
        edits: [
          {
            path: ['details', 'supply_chain'],
            value: {
              seller_is_brand_owner: false,
              suppliers: [{ name: 'Nordvik Benelux NV', tier: 'brand-owner', invoice_evidence: ['E1'] }],
            },
          },
          { path: ['evidence', 0, 'kind'], value: 'supplier-invoice' },
        ],
      },
      {
        name: 'a brand owner with trademark and licence',
        edits: [
          { path: ['details', 'supply_chain'], value: { seller_is_brand_owner: true } },
          { path: ['evidence', 0, 'kind'], value: 'trademark-registration' },
          { path: ['evidence', 1, 'kind'], value: 'business-license' },
        ],
      },
    ],
    notOk: [
      {
        name: 'a reseller with neither supply-chain documents nor an authorisation',
        messages: [
          'as a reseller the case needs supply-chain documents',
          'as a reseller the case has no letter-of-authorization in evidence',
        ],
        edits: [{ path: ['details', 'supply_chain'], value: { seller_is_brand_owner: false } }],
        at: ['details', 'supply_chain', 'seller_is_brand_owner'],
      },
      {
        name: 'a reseller with a purchase contract but no authorisation',
        messages: ['as a reseller the case has no letter-of-authorization in evidence'],
        edits: [
          { path: ['details', 'supply_chain'], value: { seller_is_brand_owner: false } },
          { path: ['evidence', 0, 'kind'], value: 'purchase-contract' },
        ],
        at: ['details', 'supply_chain', 'seller_is_brand_owner'],
        severity: 'warning',
      },
      {
        name: 'a brand owner without a trademark registration or an ID',
        messages: [
          'as the brand owner the case needs a trademark-registration in evidence',
          'as the brand owner the case needs a business-license or government-id in evidence',
        ],
        edits: [{ path: ['details', 'supply_chain'], value: { seller_is_brand_owner: true } }],
        at: ['details', 'supply_chain', 'seller_is_brand_owner'],
      },
      {
        name: 'a brand owner without an ID on a used-sold-as-new case (the appeal stands on the invoices)',
        messages: ['as the brand owner the case needs a business-license or government-id in evidence'],
        edits: [
          { path: ['type'], value: 'used-sold-as-new' },
          { path: ['details', 'supply_chain'], value: { seller_is_brand_owner: true } },
          { path: ['evidence', 0, 'kind'], value: 'trademark-registration' },
        ],
        at: ['details', 'supply_chain', 'seller_is_brand_owner'],
        severity: 'warning',
      },
    ],
  },
};
