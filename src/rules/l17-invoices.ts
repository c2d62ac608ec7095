import type { Finding, Rule } from './types.js';
import { daysBetween } from './helpers.js';

/** Days before the notice that invoices may date from (Amazon's invoice requirements). */
export const documentWindowDays = 365;

const simplify = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Supplier invoices are recent enough, name a reachable supplier, cover the units sold, and come from a listed supplier. */
export const invoices: Rule = {
  id: 'L17',
  name: 'invoices',
  severity: 'error',
  description: 'supplier invoices are dated within 365 days before the notice, give the supplier name, address, phone and website, and cover the units sold (errors); undated or later invoices, unlisted issuers (warnings)',
  why: "Amazon's invoice requirements: invoices from the last 365 days, with the supplier's name, address, phone and website so Amazon can contact the supplier, covering at least the units sold. Amazon rejects invoices it cannot verify.",
  fix: "Enclose recent invoices that show the supplier's full contact details (counterparty: name, address, phone, website), give each its date: and quantity:, and add invoices until they cover the units sold of each ASIN.",
  phase: 'case',
  check({ case: c }) {
    const findings: Finding[] = [];
    const received = c.input.notice.received;
    const suppliers = c.input.details?.supply_chain?.suppliers?.map((s) => simplify(s.name));
    const invoices = c.exhibits.filter((e) => e.kind === 'supplier-invoice');
    for (const e of invoices) {
      const at = (key: string) => ['evidence', e.index, key];
      if (!e.date) {
        findings.push({ path: at('id'), severity: 'warning', message: `invoice ${e.id} has no date`, note: `Add date: (the issue date); Amazon accepts invoices from the ${documentWindowDays} days before the notice.` });
      } else if (daysBetween(e.date, received) > documentWindowDays) {
        findings.push({ path: at('date'), message: `invoice ${e.id} is dated ${e.date}, more than ${documentWindowDays} days before the notice of ${received}`, note: `Use invoices issued after ${received} minus ${documentWindowDays} days; older ones are rejected.` });
      } else if (e.date > received) {
        findings.push({ path: at('date'), severity: 'warning', message: `invoice ${e.id} is dated ${e.date}, after the notice of ${received}`, note: 'Amazon looks for purchases made before the notice that cover the sales under review; add earlier invoices.' });
      }
      const party = e.counterparty;
      const missing = ['name', 'address', 'phone', 'website'].filter((k) => !party?.[k as keyof typeof party]);
      if (missing.length) {
        findings.push({
          path: party ? at('counterparty') : at('id'),
          at: party ? 'key' : 'value',
          message: `invoice ${e.id} lacks the supplier's ${missing.join(', ')}`,
          note: 'Add counterparty: with name, address, phone and website as printed on the invoice; Amazon may contact the supplier and rejects invoices it cannot verify.',
        });
      }
      const issuer = simplify(e.issuer ?? party?.name ?? '');
      if (suppliers && issuer && !suppliers.includes(issuer)) {
        findings.push({ path: at(e.issuer ? 'issuer' : 'id'), severity: 'warning', message: `invoice ${e.id} is from "${e.issuer ?? party?.name}", who is not among the suppliers in details.supply_chain`, note: 'List every supplier you buy from under details.supply_chain.suppliers, with the same name as on the invoice.' });
      }
    }
    // Units sold of each ASIN must be covered by the invoices that list it.
    (c.input.asins ?? []).forEach((a, i) => {
      if (a.units_sold === undefined) return;
      const covering = invoices.filter((e) => e.asins?.includes(a.asin));
      if (!covering.length) return;
      const bought = covering.reduce((sum, e) => sum + (e.quantity ?? 0), 0);
      if (bought >= a.units_sold) return;
      const single = covering.length === 1 ? covering[0] : undefined;
      findings.push({
        path: single ? ['evidence', single.index, single.quantity === undefined ? 'id' : 'quantity'] : ['asins', i, 'units_sold'],
        message: `invoices cover ${bought} units of ${a.asin}, fewer than the ${a.units_sold} sold`,
        note: covering.some((e) => e.quantity === undefined) ? 'Add quantity: to each invoice (units of the product it lists).' : 'Add the other invoices for this ASIN from the same period; Amazon wants purchases that cover the sales.',
      });
    });
    return findings;
  },
  examples: {
    ok: [
      {
        name: 'a complete, recent invoice covering the sales',
        edits: [
          { path: ['asins', 0, 'units_sold'], value: 300 },
          { path: ['evidence'], append: true, value: { id: 'E4', title: 'Invoice INV-1 from Dongguan Ceramics', file: 'evidence/invoice.pdf', kind: 'supplier-invoice', date: '2026-03-02', issuer: 'Dongguan Ceramics Co., Ltd.', counterparty: { name: 'Dongguan Ceramics Co., Ltd.', address: '8 Kiln Road, Dongguan', phone: '+86 769 0000 0000', website: 'www.dg-ceramics.example' }, asins: ['B0C1234567'], quantity: 500, highlights: ['ASIN'] } },
          { path: ['corrective_actions', 0, 'evidence'], append: true, value: 'E4' },
        ],
      },
    ],
    notOk: [
      {
        name: 'an old invoice without phone or website that does not cover the sales',
        messages: ['invoice E4 is dated 2025-06-30, more than 365 days before the notice of 2026-10-18', 'invoice E4 lacks the supplier\'s phone, website', 'invoices cover 500 units of B0C1234567, fewer than the 800 sold'],
        edits: [
          { path: ['asins', 0, 'units_sold'], value: 800 },
          { path: ['evidence'], append: true, value: { id: 'E4', title: 'Invoice INV-1 from Dongguan Ceramics', file: 'evidence/invoice.pdf', kind: 'supplier-invoice', date: '2025-06-30', issuer: 'Dongguan Ceramics Co., Ltd.', counterparty: { name: 'Dongguan Ceramics Co., Ltd.', address: '8 Kiln Road, Dongguan' }, asins: ['B0C1234567'], quantity: 500, highlights: ['ASIN'] } },
          { path: ['corrective_actions', 0, 'evidence'], append: true, value: 'E4' },
        ],
        at: ['evidence', 3, 'date'],
      },
    ],
  },
};
