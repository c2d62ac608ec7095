import { sharedAsinGroups, sharedQuantity, supplierInvoices, unitsOf } from '../domain/invoiced-units.js';
import type { Case, Exhibit } from '../model/case.js';
import type { CaseEdit, Finding, Rule } from './types.js';
import { daysBetween } from './helpers.js';

/** Days before the notice that invoices may date from (Amazon's invoice requirements). */
export const documentWindowDays = 365;

const simplify = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

// The examples' invoice: E4 from a supplier with full contact details, cited by the first corrective action.
const dongguanCeramics = {
  name: 'Dongguan Ceramics Co., Ltd.',
  address: '8 Kiln Road, Dongguan',
  phone: '+86 769 0000 0000',
  website: 'www.dg-ceramics.example',
};
const invoiceE4 = (fields: Record<string, unknown>): CaseEdit[] => [
  {
    path: ['evidence'],
    append: true,
    value: {
      id: 'E4',
      title: 'Invoice INV-1 from Dongguan Ceramics',
      file: 'evidence/invoice.pdf',
      kind: 'supplier-invoice',
      ...fields,
      highlights: ['ASIN'],
    },
  },
  { path: ['corrective_actions', 0, 'evidence'], append: true, value: 'E4' },
];

/** Units of an ASIN sold from the lots the case declares doubtful: no invoice can cover those, and the letter says so. */
function doubtfulUnitsSold(c: Case, asin: string): number {
  return (c.input.details?.supply_chain?.doubtful_lots ?? [])
    .filter((l) => l.asin === asin)
    .reduce((sum, l) => sum + (l.units_sold ?? 0), 0);
}

// The examples' doubtful lot: 250 units of B0C1234567 from a market trader, 200 of them sold.
const doubtfulLot: CaseEdit = {
  path: ['details', 'supply_chain'],
  value: {
    seller_is_brand_owner: false,
    doubtful_lots: [
      { asin: 'B0C1234567', source: 'Market trader, cash memo only', units: 250, units_sold: 200, sold_units_actions: ['CA1'] },
    ],
  },
};

/** Supplier invoices are recent enough, name a reachable supplier, cover the units sold, and come from a listed supplier. */
export const invoices: Rule = {
  id: 'L17',
  name: 'invoices',
  severity: 'error',
  description:
    'invoices are dated within 365 days before the notice, give the supplier name, address, phone and website, and cover the units sold of each ASIN or group they list (errors); undated or later invoices, lines that do not add up (warnings)',
  why: "Amazon's invoice requirements: invoices from the last 365 days, with the supplier's name, address, phone and website so Amazon can contact the supplier, covering at least the units sold. Amazon rejects invoices it cannot verify.",
  fix: "Enclose recent invoices that show the supplier's full contact details (counterparty: name, address, phone, website), give each its date: and quantity: (or, for an invoice of several products, lines: with the units of each ASIN), and add invoices until they cover the units sold of each ASIN.",
  phase: 'case',
  check({ case: c }) {
    const findings: Finding[] = [];
    const received = c.input.notice.received;
    const suppliers = c.input.details?.supply_chain?.suppliers?.map((s) => simplify(s.name));
    const invoices = supplierInvoices(c);
    for (const e of invoices) {
      const at = (key: string) => ['evidence', e.index, key];
      if (!e.date) {
        findings.push({
          path: at('id'),
          severity: 'warning',
          message: `invoice ${e.id} has no date`,
          note: `Add date: (the issue date); Amazon accepts invoices from the ${documentWindowDays} days before the notice.`,
        });
      } else if (daysBetween(e.date, received) > documentWindowDays) {
        findings.push({
          path: at('date'),
          message: `invoice ${e.id} is dated ${e.date}, more than ${documentWindowDays} days before the notice of ${received}`,
          note: `Use invoices issued after ${received} minus ${documentWindowDays} days; older ones are rejected.`,
        });
      } else if (e.date > received) {
        findings.push({
          path: at('date'),
          severity: 'warning',
          message: `invoice ${e.id} is dated ${e.date}, after the notice of ${received}`,
          note: 'Amazon looks for purchases made before the notice that cover the sales under review; add earlier invoices.',
        });
      }
      const party = e.counterparty;
      const contact = supplierContact(c, e);
      const missing = ['name', 'address', 'phone', 'website'].filter((k) => !contact[k as keyof typeof contact]);
      if (missing.length) {
        findings.push({
          path: party ? at('counterparty') : at('id'),
          at: party ? 'key' : 'value',
          message: `invoice ${e.id} lacks the supplier's ${missing.join(', ')}`,
          note: 'Add counterparty: with name, address, phone and website as printed on the invoice (or give them on its supplier under details.supply_chain.suppliers, with invoice_evidence: naming it); Amazon may contact the supplier and rejects invoices it cannot verify.',
        });
      }
      const issuer = simplify(e.issuer ?? party?.name ?? '');
      if (suppliers && issuer && !suppliers.includes(issuer)) {
        findings.push({
          path: at(e.issuer ? 'issuer' : 'id'),
          severity: 'warning',
          message: `invoice ${e.id} is from "${e.issuer ?? party?.name}", who is not among the suppliers in details.supply_chain`,
          note: 'List every supplier you buy from under details.supply_chain.suppliers, with the same name as on the invoice.',
        });
      }
    }
    // An invoice's lines and its total must agree.
    for (const e of invoices) {
      if (!e.lines || e.quantity === undefined) continue;
      const listed = e.lines.reduce((sum, l) => sum + l.quantity, 0);
      if (listed !== e.quantity) {
        findings.push({
          path: ['evidence', e.index, 'quantity'],
          severity: 'warning',
          message: `invoice ${e.id} lists ${listed} units in its lines but quantity: ${e.quantity}`,
          note: 'Give quantity: as the invoice total, the sum of its lines, or leave it out when the lines are given.',
        });
      }
    }
    // Units sold of each ASIN must be covered by the invoices that list it: their lines for that ASIN where
    // they give lines, else their whole quantity.
    (c.input.asins ?? []).forEach((a, i) => {
      if (a.units_sold === undefined) return;
      const covering = invoices.filter((e) => e.asins?.includes(a.asin));
      if (!covering.length) return;
      const bought = covering.reduce((sum, e) => sum + unitsOf(e, a.asin), 0);
      const doubtful = doubtfulUnitsSold(c, a.asin);
      if (bought >= a.units_sold - doubtful) return;
      const single = covering.length === 1 ? covering[0] : undefined;
      const line = single?.lines?.findIndex((l) => l.asin === a.asin) ?? -1;
      findings.push({
        path: !single
          ? ['asins', i, 'units_sold']
          : line >= 0
            ? ['evidence', single.index, 'lines', line, 'quantity']
            : ['evidence', single.index, single.quantity === undefined ? 'id' : 'quantity'],
        message: `invoices cover ${bought} units of ${a.asin}, fewer than the ${a.units_sold} sold${doubtful ? ` (${doubtful} of them from the doubtful lot)` : ''}`,
        note: covering.some((e) => !e.lines && e.quantity === undefined)
          ? 'Add quantity: to each invoice (units of the product it lists), or lines: with the units of each ASIN.'
          : 'Add the other invoices for this ASIN from the same period; Amazon wants purchases that cover the sales.',
      });
    });
    // An invoice that gives one quantity for several ASINs covers their sales together, not the sales of each.
    for (const group of sharedAsinGroups(invoices)) {
      const sold = (c.input.asins ?? []).filter((a) => group.has(a.asin) && a.units_sold !== undefined);
      if (sold.length < 2) continue;
      const units = sold.reduce((sum, a) => sum + (a.units_sold ?? 0) - doubtfulUnitsSold(c, a.asin), 0);
      const bought = invoices
        .filter((e) => e.asins?.some((asin) => group.has(asin)))
        .reduce((sum, e) => sum + (sharedQuantity(e) ? (e.quantity ?? 0) : [...group].reduce((n, asin) => n + unitsOf(e, asin), 0)), 0);
      if (bought >= units) continue;
      const names = sold.map((a) => a.asin);
      findings.push({
        path: ['asins', (c.input.asins ?? []).indexOf(sold[0]), 'units_sold'],
        message: `invoices cover ${bought} units of ${names.slice(0, -1).join(', ')} and ${names.at(-1)} together, fewer than the ${units} they sold`,
        note: 'Add the other invoices for these ASINs from the same period, and give each invoice of several products lines: with the units of each ASIN.',
      });
    }
    return findings;
  },
  examples: {
    ok: [
      {
        name: 'a complete, recent invoice covering the sales',
        edits: [
          { path: ['asins', 0, 'units_sold'], value: 300 },
          ...invoiceE4({
            date: '2026-03-02',
            issuer: 'Dongguan Ceramics Co., Ltd.',
            counterparty: dongguanCeramics,
            asins: ['B0C1234567'],
            quantity: 500,
          }),
        ],
      },
      {
        name: 'an invoice whose supplier under details.supply_chain gives the contact details',
        edits: [
          { path: ['asins', 0, 'units_sold'], value: 300 },
          {
            path: ['details', 'supply_chain'],
            value: { seller_is_brand_owner: false, suppliers: [{ ...dongguanCeramics, invoice_evidence: ['E4'] }] },
          },
          ...invoiceE4({ date: '2026-03-02', issuer: 'Dongguan Ceramics Co., Ltd.', asins: ['B0C1234567'], quantity: 500 }),
        ],
      },
      {
        name: 'a translation of an invoice, whose original gives the contact details',
        edits: [
          { path: ['asins', 0, 'units_sold'], value: 300 },
          ...invoiceE4({ date: '2026-03-02', counterparty: dongguanCeramics, asins: ['B0C1234567'], quantity: 500 }),
          {
            path: ['evidence'],
            append: true,
            value: {
              id: 'E5',
              title: 'Translation of invoice INV-1',
              file: 'evidence/invoice.pdf',
              kind: 'supplier-invoice',
              translation_of: 'E4',
              date: '2026-03-02',
            },
          },
        ],
      },
      {
        name: 'an invoice of two products with one quantity that covers what the two sold together',
        edits: [
          { path: ['asins', 0, 'units_sold'], value: 300 },
          { path: ['asins'], append: true, value: { asin: 'B0C7654321', title: 'Ceramic Soap Dish', units_sold: 200 } },
          ...invoiceE4({ date: '2026-03-02', counterparty: dongguanCeramics, asins: ['B0C1234567', 'B0C7654321'], quantity: 500 }),
        ],
      },
      {
        name: 'an invoice whose lines cover each ASIN sold',
        edits: [
          { path: ['asins', 0, 'units_sold'], value: 180 },
          ...invoiceE4({
            date: '2026-03-02',
            counterparty: dongguanCeramics,
            quantity: 500,
            lines: [
              { asin: 'B0C1234567', quantity: 200 },
              { asin: 'B0C7654321', quantity: 300 },
            ],
          }),
        ],
      },
      {
        name: 'invoices short of the sales by exactly the units sold from a declared doubtful lot',
        edits: [
          { path: ['asins', 0, 'units_sold'], value: 700 },
          ...invoiceE4({ date: '2026-03-02', counterparty: dongguanCeramics, asins: ['B0C1234567'], quantity: 500 }),
          doubtfulLot,
        ],
      },
      {
        name: "a translation of an invoice, without the supplier's details the original gives",
        edits: [
          ...invoiceE4({ date: '2026-03-02', counterparty: dongguanCeramics, asins: ['B0C1234567'], quantity: 500 }),
          {
            path: ['evidence'],
            append: true,
            value: {
              id: 'E5',
              title: 'English translation of INV-1',
              file: 'evidence/invoice.pdf',
              kind: 'supplier-invoice',
              translation_of: 'E4',
            },
          },
        ],
      },
    ],
    notOk: [
      {
        name: 'invoices short of the sales by more than the doubtful lot',
        messages: ['invoices cover 500 units of B0C1234567, fewer than the 800 sold (200 of them from the doubtful lot)'],
        edits: [
          { path: ['asins', 0, 'units_sold'], value: 800 },
          ...invoiceE4({ date: '2026-03-02', counterparty: dongguanCeramics, asins: ['B0C1234567'], quantity: 500 }),
          doubtfulLot,
        ],
        at: ['evidence', 3, 'quantity'],
      },
      {
        name: 'an old invoice without phone or website that does not cover the sales',
        messages: [
          'invoice E4 is dated 2025-06-30, more than 365 days before the notice of 2026-10-18',
          "invoice E4 lacks the supplier's phone, website",
          'invoices cover 500 units of B0C1234567, fewer than the 800 sold',
        ],
        edits: [
          { path: ['asins', 0, 'units_sold'], value: 800 },
          ...invoiceE4({
            date: '2025-06-30',
            issuer: 'Dongguan Ceramics Co., Ltd.',
            counterparty: { name: 'Dongguan Ceramics Co., Ltd.', address: '8 Kiln Road, Dongguan' },
            asins: ['B0C1234567'],
            quantity: 500,
          }),
        ],
        at: ['evidence', 3, 'date'],
      },
      {
        name: 'an invoice of two products whose line for the ASIN does not cover its sales',
        messages: ['invoices cover 200 units of B0C1234567, fewer than the 300 sold'],
        edits: [
          { path: ['asins', 0, 'units_sold'], value: 300 },
          ...invoiceE4({
            date: '2026-03-02',
            counterparty: dongguanCeramics,
            lines: [
              { asin: 'B0C1234567', quantity: 200 },
              { asin: 'B0C7654321', quantity: 300 },
            ],
          }),
        ],
        at: ['evidence', 3, 'lines', 0, 'quantity'],
      },
      {
        name: 'an invoice of two products with one quantity, below what the two sold together',
        messages: ['invoices cover 400 units of B0C1234567 and B0C7654321 together, fewer than the 500 they sold'],
        edits: [
          { path: ['asins', 0, 'units_sold'], value: 300 },
          { path: ['asins'], append: true, value: { asin: 'B0C7654321', title: 'Ceramic Soap Dish', units_sold: 200 } },
          ...invoiceE4({ date: '2026-03-02', counterparty: dongguanCeramics, asins: ['B0C1234567', 'B0C7654321'], quantity: 400 }),
        ],
        at: ['asins', 0, 'units_sold'],
      },
    ],
  },
};

type Contact = Partial<Record<'name' | 'address' | 'phone' | 'website', string>>;

/**
 * The supplier's contact details for an invoice: its own counterparty, completed from the supplier that lists
 * it under invoice_evidence (or bears its issuer's name). A translation of a supplier invoice is never checked
 * here (its original is); a translation filed as the invoice, whose original is of another kind (a receipt, a
 * contract), takes the details the original gives and the original's supplier.
 */
function supplierContact(c: Case, e: Exhibit): Contact {
  const original = e.translation_of ? c.exhibitById.get(e.translation_of) : undefined;
  const parties = [e, ...(original ? [original] : [])];
  const suppliers = c.input.details?.supply_chain?.suppliers ?? [];
  const supplier = suppliers.find(
    (s) =>
      parties.some((p) => s.invoice_evidence?.includes(p.id)) ||
      parties.some((p) => [p.issuer, p.counterparty?.name].some((name) => name && simplify(name) === simplify(s.name))),
  );
  const contact: Contact = {};
  for (const source of [e.counterparty, original?.counterparty, supplier] as (Contact | undefined)[])
    for (const key of ['name', 'address', 'phone', 'website'] as const) contact[key] ??= source?.[key] || undefined;
  return contact;
}
