// Each case type's extra required inputs. For every row, a filled starter
// of the type (valid, no errors) loses one input; the checker must report it with its rule id, severity, line and
// column, and the position is found here independently of the runner (yaml's own LineCounter).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LineCounter, isMap, isScalar, parseDocument, type Node } from 'yaml';
import { main, type CliIo } from '../../../src/cli/program.js';
import { caseTypes } from '../../../src/domain/case-types.js';
import type { CaseType } from '../../../src/model/case.js';
import type { Severity } from '../../../src/model/diagnostic.js';
import { checkCase, createEnv } from '../../../src/case/process-case.js';
import { loadWordLists } from '../../../src/rules/words.js';
import { fillStarter } from '../../helpers/fill-starter.js';

// Rendering and checking share the machine with other suites; a slow first case is not a failure.
vi.setConfig({ testTimeout: 60_000 });

const env = createEnv({ templatesRoot: 'templates', words: loadWordLists() });
const quiet: CliIo = { stdout: () => {}, stderr: () => {}, env: {}, isTTY: false };
let dir: string;
const filled = new Map<CaseType, string>();

type Path = (string | number)[];
/** A change to the filled starter: set a value, or delete the node (no value). */
type Edit = [Path, unknown?];
interface Requirement {
  type: CaseType;
  /** What the case lacks, for the test name. */
  lacks: string;
  edits: Edit[];
  rule: string;
  severity: Severity;
  /** The node the report must point at; `key` points at its key. */
  at: Path;
  key?: boolean;
}

const metricTypes: CaseType[] = ['order-defect-rate', 'late-shipment', 'valid-tracking-rate', 'a-to-z-chargeback'];
const supplyTypes: CaseType[] = ['authenticity-inventory-verification', 'counterfeit-inauthentic', 'used-sold-as-new'];
const br = ['details', 'brand_registry'];
const vv = [...br, 'video_verification'];
const rm = ['details', 'review_manipulation'];
const ip = ['details', 'ip_complaint'];
const ra = ['details', 'related_accounts'];

const requirements: Requirement[] = [
  // brand_registry_appeal: details.brandRegistry; attendee ID; LOA unless the owner attends; licence for a company holder; 50 units or an exception.
  {
    type: 'brand-registry-appeal',
    lacks: 'details.brand_registry',
    edits: [[br]],
    rule: 'L25',
    severity: 'error',
    at: ['details'],
    key: true,
  },
  {
    type: 'brand-registry-appeal',
    lacks: "the attendee's identity document",
    edits: [[[...vv, 'attendee', 'id_evidence'], 'E9']],
    rule: 'L03',
    severity: 'error',
    at: [...vv, 'attendee', 'id_evidence'],
  },
  // The attendee's documents are shown on the call: a missing one is a to-do (warning), not a fault in the letter.
  {
    type: 'brand-registry-appeal',
    lacks: "the attendee's identity document (none given)",
    edits: [[[...vv, 'attendee', 'id_evidence']]],
    rule: 'L25',
    severity: 'warning',
    at: [...vv, 'attendee'],
    key: true,
  },
  {
    type: 'brand-registry-appeal',
    lacks: 'the letter of authorisation of an agent',
    edits: [[[...vv, 'attendee', 'authorization_evidence']]],
    rule: 'L25',
    severity: 'warning',
    at: [...vv, 'attendee'],
    key: true,
  },
  {
    type: 'brand-registry-appeal',
    lacks: 'the business licence of a company holder',
    edits: [[[...vv, 'attendee', 'business_licence_evidence']]],
    rule: 'L25',
    severity: 'warning',
    at: [...vv, 'attendee'],
    key: true,
  },
  {
    type: 'brand-registry-appeal',
    lacks: '50 units or an exception',
    edits: [[[...vv, 'products', 0, 'units_available'], 12]],
    rule: 'L25',
    severity: 'error',
    at: [...vv, 'products', 0, 'units_available'],
  },
  // authenticity, counterfeit, used sold as new: supply chain, supplier contacts, an invoice per cited ASIN, ownership documents.
  ...supplyTypes.flatMap((type): Requirement[] => [
    {
      type,
      lacks: 'details.supply_chain',
      edits: [[['details', 'supply_chain']]],
      rule: 'L33',
      severity: 'error',
      at: ['details'],
      key: true,
    },
    {
      type,
      lacks: "the supplier's phone",
      edits: [[['details', 'supply_chain', 'suppliers', 0, 'phone']]],
      rule: 'L33',
      severity: 'error',
      at: ['details', 'supply_chain', 'suppliers', 0, 'name'],
    },
    {
      type,
      lacks: 'an invoice covering the cited ASIN',
      edits: [[['evidence', 0, 'asins']]],
      rule: 'L33',
      severity: 'error',
      at: ['asins', 0, 'asin'],
    },
    // Amazon lists invoices, receipts, contracts or authorisation letters: without the letter, a warning.
    {
      type,
      lacks: "a reseller's letter of authorisation",
      edits: [[['evidence'], 'LOA']],
      rule: 'L18',
      severity: 'warning',
      at: ['details', 'supply_chain', 'seller_is_brand_owner'],
    },
    {
      type,
      lacks: "a brand owner's trademark registration",
      edits: [
        [['details', 'supply_chain', 'seller_is_brand_owner'], true],
        [['evidence'], 'NO-TRADEMARK'],
      ],
      rule: 'L18',
      // A used-sold-as-new appeal stands on the invoices and the returns process: the owner's papers are a warning.
      severity: type === 'used-sold-as-new' ? 'warning' : 'error',
      at: ['details', 'supply_chain', 'seller_is_brand_owner'],
    },
  ]),
  // ip_infringement: the complaint with rights owner or complaint id; LOA, licence, owner's invoice or retraction.
  { type: 'ip-infringement', lacks: 'details.ip_complaint', edits: [[ip]], rule: 'L33', severity: 'error', at: ['details'], key: true },
  {
    type: 'ip-infringement',
    lacks: 'both the rights owner and the complaint id',
    edits: [[[...ip, 'rights_owner']], [[...ip, 'complaint_id']]],
    rule: 'L33',
    severity: 'error',
    at: ip,
    key: true,
  },
  {
    type: 'ip-infringement',
    lacks: "the rights owner's authorisation or a retraction",
    edits: [[['evidence'], 'RIGHTS']],
    rule: 'L33',
    severity: 'error',
    at: ['evidence'],
    key: true,
  },
  // design_patent_rebuttal: ip_type design-patent, the patent number, differences, patent document and comparison.
  {
    type: 'design-patent-rebuttal',
    lacks: 'details.ip_complaint',
    edits: [[ip]],
    rule: 'L23',
    severity: 'error',
    at: ['details'],
    key: true,
  },
  {
    type: 'design-patent-rebuttal',
    lacks: 'ip_type design-patent',
    edits: [[[...ip, 'ip_type'], 'trademark']],
    rule: 'L23',
    severity: 'error',
    at: [...ip, 'ip_type'],
  },
  {
    type: 'design-patent-rebuttal',
    lacks: 'the patent number',
    edits: [[[...ip, 'ip_number']]],
    rule: 'L23',
    severity: 'error',
    at: ip,
    key: true,
  },
  {
    type: 'design-patent-rebuttal',
    lacks: 'the differences',
    edits: [[[...ip, 'differences']]],
    rule: 'L23',
    severity: 'error',
    at: ip,
    key: true,
  },
  {
    type: 'design-patent-rebuttal',
    lacks: 'a patent-comparison exhibit behind a difference',
    edits: [[['evidence'], 'NO-COMPARISON']],
    rule: 'L23',
    severity: 'error',
    at: [...ip, 'differences', 0, 'evidence'],
  },
  {
    type: 'design-patent-rebuttal',
    lacks: 'the patent document',
    edits: [[['evidence'], 'NO-PATENT']],
    rule: 'L23',
    severity: 'error',
    at: ['evidence'],
    key: true,
  },
  // review_manipulation: methods, third parties or why not, spreadsheet, reviews with counts, payments.
  {
    type: 'review-manipulation',
    lacks: 'details.review_manipulation',
    edits: [[rm]],
    rule: 'L22',
    severity: 'error',
    at: ['details'],
    key: true,
  },
  {
    type: 'review-manipulation',
    lacks: 'the third parties and a reason',
    edits: [[[...rm, 'third_parties']]],
    rule: 'L22',
    severity: 'error',
    at: rm,
    key: true,
  },
  {
    type: 'review-manipulation',
    lacks: "a third party's contact details",
    edits: [[[...rm, 'third_parties', 0], { name: 'StarLift Agency' }]],
    rule: 'L22',
    severity: 'error',
    at: [...rm, 'third_parties', 0, 'name'],
  },
  {
    type: 'review-manipulation',
    lacks: 'the reviewer spreadsheet',
    edits: [[[...rm, 'spreadsheet_evidence']], [['evidence', 0, 'kind'], 'other']],
    rule: 'L22',
    severity: 'error',
    at: rm,
    key: true,
  },
  {
    type: 'review-manipulation',
    lacks: 'the count of reviews still live',
    edits: [[[...rm, 'reviews_still_live']]],
    rule: 'L22',
    severity: 'error',
    at: rm,
    key: true,
  },
  {
    type: 'review-manipulation',
    lacks: 'the payment records of a paid method',
    edits: [
      [[...rm, 'payment_evidence']],
      [['evidence', 3, 'kind'], 'other'],
      [[...rm, 'methods', 0], 'A third party paid buyers to post 5-star reviews.'],
    ],
    rule: 'L22',
    severity: 'error',
    at: rm,
    key: true,
  },
  // related_accounts: details, identity documents, an explanation of the relationship.
  {
    type: 'related-accounts',
    lacks: 'details.related_accounts',
    edits: [[ra]],
    rule: 'L24',
    severity: 'error',
    at: ['details'],
    key: true,
  },
  {
    type: 'related-accounts',
    lacks: 'an explanation of the relationship',
    edits: [[[...ra, 'relationship_explanation']]],
    rule: 'L24',
    severity: 'warning',
    at: ra,
    key: true,
  },
  {
    type: 'related-accounts',
    lacks: 'a business licence or ID',
    edits: [[['evidence'], 'NO-ID']],
    rule: 'L24',
    severity: 'warning',
    at: ['evidence'],
    key: true,
  },
  // metric cases: metrics with value and target, and the orders behind them.
  ...metricTypes.flatMap((type): Requirement[] => [
    { type, lacks: 'metrics', edits: [[['metrics']]], rule: 'L21', severity: 'error', at: ['type'], key: true },
    { type, lacks: "the metric's value", edits: [[['metrics', 0, 'value']]], rule: 'schema', severity: 'error', at: ['metrics', 0] },
    // Only A-to-z claims are about the orders themselves; for a rate the orders help but Amazon does not ask for them.
    {
      type,
      lacks: 'the orders',
      edits: [[['orders']]],
      rule: 'L21',
      severity: type === 'a-to-z-chargeback' ? 'error' : 'warning',
      at: ['type'],
      key: true,
    },
  ]),
  // restricted_products: details, and the deletion confirmation (or the approval when disputing).
  {
    type: 'restricted-products',
    lacks: 'details.restricted_product',
    edits: [[['details', 'restricted_product']]],
    rule: 'L33',
    severity: 'error',
    at: ['details'],
    key: true,
  },
  {
    type: 'restricted-products',
    lacks: 'the listing deletion confirmation',
    edits: [[['evidence'], 'NO-DELETION']],
    rule: 'L33',
    severity: 'error',
    at: ['evidence'],
    key: true,
  },
];

/** Evidence edits by name: drop the items of some kinds (and the references to them). */
const evidenceDrops: Record<string, string[]> = {
  LOA: ['letter-of-authorization', 'supply-chain-chain-of-custody'],
  RIGHTS: ['letter-of-authorization', 'licensing-agreement', 'retraction-request', 'retraction-confirmation', 'supplier-invoice'],
  'NO-COMPARISON': ['patent-comparison'],
  'NO-PATENT': ['patent-document'],
  'NO-ID': ['business-license', 'government-id'],
  'NO-TRADEMARK': ['trademark-registration'],
  'NO-DELETION': ['listing-deletion-confirmation'],
};

/** Applies the edits to a filled starter's text through the yaml Document API. */
function edited(text: string, edits: Edit[]): string {
  const doc = parseDocument(text, { version: '1.2' });
  for (const [at, value] of edits) {
    if (at.length === 1 && at[0] === 'evidence' && typeof value === 'string') {
      const kinds = evidenceDrops[value];
      const items = doc.toJS().evidence as { id: string; kind: string }[];
      const dropped = new Set(items.filter((e) => kinds.includes(e.kind)).map((e) => e.id));
      if (value !== 'NO-TRADEMARK') expect(dropped.size, `the ${value} edit drops something`).toBeGreaterThan(0);
      // Retype rather than delete, so references stay valid and only the kind is missing.
      items.forEach((e, i) => dropped.has(e.id) && doc.setIn(['evidence', i, 'kind'], 'other'));
    } else if (value === undefined) doc.deleteIn(at);
    else doc.setIn(at, value);
  }
  return doc.toString();
}

/** Where a node (or its key) starts: 1-based line and column, found with yaml's LineCounter. */
function positionOf(text: string, at: Path, key = false): { line: number; column: number } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { version: '1.2', lineCounter });
  let node: Node | null | undefined;
  if (key) {
    const parent = at.length > 1 ? doc.getIn(at.slice(0, -1), true) : doc.contents;
    node = isMap(parent)
      ? (parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(at[at.length - 1]))?.key as Node | undefined)
      : undefined;
  } else node = doc.getIn(at, true) as Node | undefined;
  if (!node?.range) throw new Error(`${JSON.stringify(at)} is not in the edited case`);
  const { line, col } = lineCounter.linePos(node.range[0]);
  return { line, column: col };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'appeal-requirements-'));
  for (const type of new Set(requirements.map((r) => r.type))) {
    expect(await main(['new', `req-${type}`, '--type', type, '--marketplace', 'US', '--dir', dir], quiet)).toBe(0);
    filled.set(type, fillStarter(path.join(dir, `req-${type}`, 'case.yaml')));
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let written = 0;
async function check(type: CaseType, text: string) {
  const file = path.join(dir, `req-${type}`, `edited-${++written}.yaml`);
  writeFileSync(file, text);
  return (await checkCase(file, env)).result;
}

it('covers every row of the conditional requirements table', () => {
  const covered = new Set(requirements.map((r) => r.type));
  for (const type of [
    ...metricTypes,
    ...supplyTypes,
    'brand-registry-appeal',
    'ip-infringement',
    'design-patent-rebuttal',
    'review-manipulation',
    'related-accounts',
    'restricted-products',
  ] as CaseType[]) {
    expect(covered, type).toContain(type);
  }
  for (const r of requirements) expect(caseTypes.map((t) => t.type)).toContain(r.type);
});

describe.each([...new Set(requirements.map((r) => r.type))])('%s', (type) => {
  it('the filled starter has no errors', async () => {
    const result = await check(type, filled.get(type)!);
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`)).toEqual(
      [],
    );
  });

  it.each(requirements.filter((r) => r.type === type).map((r) => [r.lacks, r] as const))(
    'reports a case that lacks %s',
    async (_lacks, r) => {
      const text = edited(filled.get(type)!, r.edits);
      const result = await check(type, text);
      const found = result.diagnostics.filter((d) => d.ruleId === r.rule);
      expect(
        found.length,
        `${r.rule} reports it; got ${result.diagnostics.map((d) => `${d.ruleId} ${d.message}`).join(' | ')}`,
      ).toBeGreaterThan(0);
      const expected = { ...positionOf(text, r.at, r.key), severity: r.severity };
      expect(found.map((d) => ({ line: d.line, column: d.column, severity: d.severity }))).toContainEqual(expected);
      for (const d of found) expect(d.note ?? d.message, 'the report says how to fix it').toMatch(/\w{3,}/);
    },
  );
});

it('the starter files themselves were not changed by the edits', () => {
  for (const [type, text] of filled) expect(readFileSync(path.join(dir, `req-${type}`, 'case.yaml'), 'utf8')).toBe(text);
});
