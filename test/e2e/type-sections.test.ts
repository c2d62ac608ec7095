// Each case type's extra letter sections appear, with their key values, in the rendered PDF and DOCX.
// Each case is a filled starter of the type (a valid base case) with the type's details set to known values.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { main, type CliIo } from '../../src/cli/program.js';
import type { CaseType } from '../../src/model/case.js';
import { createEnv, processCase } from '../../src/case/process-case.js';
import { loadWordLists } from '../../src/rules/words.js';
import { pdfText } from '../helpers/read-pdf.js';
import { docxText } from '../helpers/read-docx.js';
import { fillStarter } from '../helpers/fill-starter.js';

// Rendering and checking share the machine with other suites; a slow first case is not a failure.
vi.setConfig({ testTimeout: 60_000 });

const env = createEnv({ templatesRoot: 'templates', words: loadWordLists(), sourceDateEpoch: 1792500000 });
const quiet: CliIo = { stdout: () => {}, stderr: () => {}, env: {}, isTTY: false };
let dir: string;
beforeAll(() => void (dir = mkdtempSync(path.join(tmpdir(), 'appeal-sections-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Edits = [path: (string | number)[], value: unknown][];
interface Example {
  edits: Edits;
  /** Text each format must contain: the section heading first, then its key values. */
  expect: string[];
  /** Headings that must not appear. */
  absent?: string[];
}

const metric = (_name: string, value: number, label: string, shown: string): Example => ({
  edits: [[['metrics', 0, 'value'], value]],
  expect: ['Performance metrics', label, shown, 'Orders concerned', '112-3456789-1234567'],
});
const supply: Example = {
  edits: [[['details', 'supply_chain', 'suppliers', 0, 'name'], 'Brightway Housewares Factory']],
  expect: ['Supply chain', 'We are not the brand owner', 'Brightway Housewares Factory', '+86 755 1234 5678'],
};
const orders: Example = {
  edits: [[['orders', 0, 'resolution'], 'Replaced on 2026-10-19']],
  expect: ['Orders concerned', '112-3456789-1234567', 'Replaced on October 19, 2026'],
};
const coreOnly: Example = {
  edits: [],
  expect: ['Root causes', 'Corrective actions taken', 'Preventive measures'],
  absent: ['Performance metrics', 'Orders concerned', 'Supply chain'],
};

const examples: Record<CaseType, Example> = {
  'order-defect-rate': metric('order-defect-rate', 2.1, 'Order Defect Rate', '2.1%'),
  'late-shipment': metric('late-shipment-rate', 6.3, 'Late Shipment Rate', '6.3%'),
  'valid-tracking-rate': metric('valid-tracking-rate', 91.5, 'Valid Tracking Rate', '≥ 95%'),
  'a-to-z-chargeback': metric('a-to-z-claim-rate', 1.4, 'A-to-z Guarantee Claim Rate', '1.4%'),
  'counterfeit-inauthentic': supply,
  'authenticity-inventory-verification': supply,
  'used-sold-as-new': supply,
  'design-patent-rebuttal': {
    edits: [
      [['details', 'ip_complaint', 'ip_number'], 'USD517789'],
      [['details', 'ip_complaint', 'differences', 0, 'aspect'], 'Sole pattern'],
      [['details', 'ip_complaint', 'differences', 0, 'our_product'], 'Straight ribs'],
      [['details', 'ip_complaint', 'differences', 0, 'protected_design'], 'Wave ribs'],
    ],
    expect: ['Differences from the protected design', 'USD517789', 'Sole pattern', 'Straight ribs', 'Wave ribs'],
  },
  'review-manipulation': {
    edits: [
      [['details', 'review_manipulation', 'methods', 0], 'A new employee paid an agency for purchases followed by 5-star reviews.'],
      [['details', 'review_manipulation', 'third_parties', 0, 'name'], 'StarLift Agency'],
      [['details', 'review_manipulation', 'third_parties', 0, 'email'], 'orders@starlift.example'],
      [['details', 'review_manipulation', 'third_parties', 0, 'contact_attempts', 0], 'Phone call on 2026-10-12: number out of service'],
    ],
    expect: [
      'Review manipulation',
      'How the reviews were obtained',
      'paid an agency',
      'Third parties engaged',
      'StarLift Agency',
      'orders@starlift.example',
      'number out of service',
      'Reviews obtained: 26',
      'Still live: 9',
      'The payments made for these reviews are documented in',
    ],
  },
  'related-accounts': {
    edits: [
      [['details', 'related_accounts', 'linked_account', 'store_name'], 'Maple Outlet'],
      [['details', 'related_accounts', 'closure_requested_for'], 'Maple Outlet (US)'],
    ],
    expect: ['The linked account', 'Maple Outlet', 'same owner', 'asked for the account Maple Outlet (US) to be closed'],
  },
  'brand-registry-appeal': {
    edits: [
      [['details', 'brand_registry', 'brand'], 'Lumora'],
      [['details', 'brand_registry', 'trademark', 'office'], 'USPTO'],
      [['details', 'brand_registry', 'trademark', 'number'], '98765432'],
      [['details', 'brand_registry', 'video_verification', 'products', 0, 'name'], 'Lumora desk lamp'],
    ],
    expect: ['Brand and trademark', 'Lumora', 'USPTO 98765432', 'Video verification', 'Lumora desk lamp', 'authorized agent'],
  },
  'restricted-products': {
    edits: [
      [['details', 'restricted_product', 'category'], 'Pesticides and pesticide devices'],
      [['details', 'restricted_product', 'inventory_disposition'], 'disposed'],
    ],
    expect: ['Restricted product', 'Pesticides and pesticide devices', 'not required for this product', 'disposed of'],
  },
  'ip-infringement': {
    edits: [
      [['details', 'ip_complaint', 'complaint_id'], 'TM-55821'],
      [['details', 'ip_complaint', 'rights_owner', 'name'], 'Lumora Brands Ltd'],
    ],
    expect: [
      'The complaint',
      'TM-55821',
      'Lumora Brands Ltd',
      'genuine products of Lumora Brands Ltd',
      'send a retraction to Amazon directly',
    ],
  },
  'listing-not-as-described': orders,
  'damaged-item': orders,
  'product-quality': orders,
  'funds-or-inventory-release': coreOnly,
  other: coreOnly,
};

async function renderType(type: CaseType, edits: Edits) {
  const id = `sections-${type}`;
  expect(await main(['new', id, '--type', type, '--marketplace', 'US', '--dir', dir], quiet)).toBe(0);
  const file = path.join(dir, id, 'case.yaml');
  fillStarter(file);
  const doc = parseDocument(readFileSync(file, 'utf8'));
  for (const [p, v] of edits) doc.setIn(p, v);
  writeFileSync(file, doc.toString());
  const result = await processCase(file, env, { render: true });
  expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId} ${d.message}`)).toEqual([]);
  if (result.state !== 'rendered') throw new Error(`${id} was not rendered (${result.state})`);
  const bytes = (name: string) => result.files.find((f) => f.path === name)?.bytes;
  return { result, bytes };
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe.each(Object.keys(examples) as CaseType[])('%s letter', (type) => {
  it("shows the type's extra sections and their values in the PDF and the DOCX", async () => {
    const example = examples[type];
    const { bytes } = await renderType(type, example.edits);
    const pdf = flat(await pdfText(bytes('letter.pdf')!));
    const docx = flat(docxText(bytes('letter.docx')!));
    for (const text of example.expect) {
      expect(pdf, `PDF lacks "${text}"`).toContain(text);
      expect(docx, `DOCX lacks "${text}"`).toContain(text);
    }
    for (const text of example.absent ?? []) {
      expect(pdf).not.toContain(text);
      expect(docx).not.toContain(text);
    }
    expect(bytes('video-verification.pdf') !== undefined).toBe(type === 'brand-registry-appeal');
  });
});
