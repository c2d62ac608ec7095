import type { Exhibit } from '../model/case.js';
import type { Rule } from './types.js';
import { exhibitsOfKind } from './helpers.js';

const chainKinds = ['supplier-invoice', 'receipt', 'purchase-contract', 'delivery-order', 'supply-chain-chain-of-custody'] as const;

/** A brand owner proves the brand and the business; a reseller proves authorisation and the supply chain. */
export const ownershipDocuments: Rule = {
  id: 'L18',
  severity: 'error',
  description: 'brand owners enclose a trademark registration and a business licence or ID; resellers a letter of authorization and supply-chain documents',
  phase: 'case',
  check({ case: c }) {
    const chain = c.input.details?.supply_chain;
    if (!chain) return [];
    const has = (...kinds: Exhibit['kind'][]) => exhibitsOfKind(c, ...kinds).length > 0;
    const missing = chain.seller_is_brand_owner
      ? [!has('trademark-registration') && 'a trademark-registration', !has('business-license', 'government-id') && 'a business-license or government-id']
      : [!has('letter-of-authorization') && 'a letter-of-authorization', !has(...chainKinds) && 'supply-chain documents (supplier-invoice, purchase-contract, delivery-order or receipt)'];
    const list = missing.filter((m): m is string => !!m);
    if (!list.length) return [];
    const note = chain.seller_is_brand_owner
      ? 'Amazon asks brand owners for the brand or trademark registration certificate and a business licence or personal ID.'
      : 'Amazon asks resellers for an authorization letter plus documents that prove the whole supply chain (invoices from the supplier).';
    return [{ path: ['details', 'supply_chain', 'seller_is_brand_owner'], message: `${chain.seller_is_brand_owner ? 'as the brand owner' : 'as a reseller'} the case needs ${list.join(' and ')} in evidence`, note }];
  },
  examples: {
    ok: [
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
      { name: 'a reseller without authorisation', edits: [{ path: ['details', 'supply_chain'], value: { seller_is_brand_owner: false } }], at: ['details', 'supply_chain', 'seller_is_brand_owner'] },
    ],
  },
};
