import type { Rule } from './types.js';

const highlighted = ['supplier-invoice', 'letter-of-authorization'];

/** Invoices and letters of authorisation say what is highlighted in them (ASIN, supplier name, website). */
export const highlights: Rule = {
  id: 'L31',
  name: 'highlights',
  severity: 'info',
  description: 'each supplier invoice and letter of authorization lists what is highlighted in it',
  why: 'Amazon asks sellers to highlight the relevant parts of supporting documents (ASINs, supplier name and website) so the reviewer finds them at once.',
  fix: "Highlight them on the document and list what is highlighted under the evidence item's highlights:.",
  phase: 'case',
  check({ case: c }) {
    return c.exhibits
      .filter((e) => highlighted.includes(e.kind) && !e.highlights?.length)
      .map((e) => ({
        path: ['evidence', e.index, 'id'],
        message: `${e.kind} ${e.id} has no highlights`,
        note: 'Amazon asks you to highlight the ASINs, the supplier name and website on the document; do so and list them under highlights:.',
      }));
  },
  examples: {
    ok: [
      {
        name: 'an authorisation with highlights',
        edits: [
          { path: ['evidence', 1, 'kind'], value: 'letter-of-authorization' },
          { path: ['evidence', 1, 'highlights'], value: ['Brand owner name', 'ASIN B0C1234567'] },
        ],
      },
    ],
    notOk: [
      {
        name: 'an authorisation without highlights',
        messages: ['letter-of-authorization E2 has no highlights'],
        edits: [{ path: ['evidence', 1, 'kind'], value: 'letter-of-authorization' }],
        at: ['evidence', 1, 'id'],
      },
    ],
  },
};
