// One test per problem the checks must catch, each asserting the message, the line and the column.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkCase, createEnv } from '../../../src/case/process-case.js';
import { loadWordLists } from '../../../src/rules/words.js';
import type { Diagnostic } from '../../../src/model/diagnostic.js';
import { tempDir } from '../../helpers/cli.js';

// The first check loads fonts, templates and word lists; on a busy machine that is slow, not a failure.
vi.setConfig({ testTimeout: 60_000 });

const fixture = 'test/fixtures/minimal';
const baseText = readFileSync(path.join(fixture, 'case.yaml'), 'utf8');
const env = createEnv({ templatesRoot: 'templates', words: loadWordLists() });

/** Checks the minimal case after an edit of its text; returns the diagnostics and the edited text. */
async function diagnose(edit: (text: string) => string): Promise<{ diagnostics: Diagnostic[]; text: string }> {
  const dir = path.join(tempDir(), 'minimal-odr');
  cpSync(fixture, dir, { recursive: true });
  const text = edit(baseText);
  writeFileSync(path.join(dir, 'case.yaml'), text);
  const { result } = await checkCase(path.join(dir, 'case.yaml'), env);
  return { diagnostics: result.diagnostics, text };
}

/** 1-based line and column of the n-th occurrence of a needle in a text. */
function positionOf(text: string, needle: string, occurrence = 1): { line: number; column: number } {
  let index = -1;
  for (let i = 0; i < occurrence; i++) index = text.indexOf(needle, index + 1);
  if (index < 0) throw new Error(`"${needle}" not found`);
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

function expectOne(diagnostics: Diagnostic[], ruleId: string, message: RegExp, at: { line: number; column: number }, severity = 'error') {
  const found = diagnostics.filter((d) => d.ruleId === ruleId);
  expect(found, JSON.stringify(diagnostics, null, 1)).toHaveLength(1);
  expect(found[0].message).toMatch(message);
  expect(found[0].severity).toBe(severity);
  expect({ line: found[0].line, column: found[0].column }).toEqual(at);
}

describe('case checks point at the offending YAML node', () => {
  it('accepts the minimal case as it is', async () => {
    const { diagnostics } = await diagnose((t) => t);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reports a duplicate id at its second use, naming the first', async () => {
    const { diagnostics, text } = await diagnose((t) => t.replace('- id: E2', '- id: E1'));
    const d = diagnostics.find((x) => x.ruleId === 'duplicate-id')!;
    expect(d.message).toBe('the id "E1" is used twice');
    expect(d.note).toContain('evidence[0]');
    expect({ line: d.line, column: d.column }).toEqual(positionOf(text, 'E1\n    title: Customer'));
  });

  it('reports an action addressing a root cause that does not exist', async () => {
    const { diagnostics, text } = await diagnose((t) => t.replace('addresses: [RC1]\n    action', 'addresses: [RC9]\n    action'));
    const d = diagnostics.find((x) => x.ruleId === 'L03')!;
    expect(d.message).toBe('"RC9" is not a root cause or ground of this case');
    expect({ line: d.line, column: d.column }).toEqual(positionOf(text, 'RC9'));
  });

  it('reports a reference to evidence that does not exist', async () => {
    const { diagnostics, text } = await diagnose((t) => t.replace('    evidence: [E1]\ncorrective', '    evidence: [E7]\ncorrective'));
    expectOne(diagnostics, 'L03', /evidence "E7" does not exist/, positionOf(text, 'E7'));
  });

  it('reports a root cause without a corrective action and a preventive measure', async () => {
    const { diagnostics, text } = await diagnose((t) =>
      t.replace(
        'corrective_actions:',
        '  - id: RC2\n    title: Stock count not reconciled\n    detail: The October count of 2026-10-15 missed 40 units of B0C1234567 in the returns bay.\ncorrective_actions:',
      ),
    );
    expectOne(diagnostics, 'L02', /root cause RC2 has no corrective action and no preventive measure/, positionOf(text, 'RC2'));
  });

  it('reports an evidence file that does not exist', async () => {
    const { diagnostics, text } = await diagnose((t) => t.replace('evidence/refunds.pdf', 'evidence/missing.pdf'));
    expectOne(
      diagnostics,
      'evidence-file',
      /evidence E1: the file "evidence\/missing.pdf" does not exist/,
      positionOf(text, 'evidence/missing.pdf'),
    );
  });

  it('refuses an evidence path that leaves the case folder', async () => {
    const { diagnostics, text } = await diagnose((t) => t.replace('evidence/refunds.pdf', '../../../etc/passwd.pdf'));
    expectOne(diagnostics, 'evidence-file', /leaves the case folder/, positionOf(text, '../../../etc/passwd.pdf'));
  });

  it('refuses an absolute evidence path', async () => {
    const { diagnostics, text } = await diagnose((t) => t.replace('evidence/refunds.pdf', '/etc/hosts.pdf'));
    expectOne(diagnostics, 'evidence-file', /is absolute/, positionOf(text, '/etc/hosts.pdf'));
  });

  it('reports an ASIN of the wrong form', async () => {
    const { diagnostics, text } = await diagnose((t) => t.replace('asin: B0C1234567, title', 'asin: b0c12345, title'));
    expectOne(
      diagnostics,
      'schema',
      /asins\[0\]\.asin "b0c12345" has the wrong form: an ASIN is 10 capital letters or digits/,
      positionOf(text, 'b0c12345'),
    );
  });

  it('warns about an ASIN that neither starts with B0 nor is an ISBN-10', async () => {
    const { diagnostics, text } = await diagnose((t) => t.replaceAll('B0C1234567', 'A0C1234567'));
    const d = diagnostics.find((x) => x.ruleId === 'L13')!;
    expect(d.severity).toBe('warning');
    expect(d.message).toMatch(/does not start with B0/);
    expect({ line: d.line, column: d.column }).toEqual(positionOf(text, 'A0C1234567'));
  });

  it('reports an order id that is not 3-7-7 digits', async () => {
    const { diagnostics, text } = await diagnose((t) => t.replace('112-3456789-1234567', '112-345678-1234567'));
    expectOne(
      diagnostics,
      'schema',
      /orders\[0\]\.order_id "112-345678-1234567" has the wrong form: an Amazon order id has 3-7-7 digits/,
      positionOf(text, '112-345678-1234567'),
    );
  });

  it('reports an unknown field and suggests the right one', async () => {
    const { diagnostics, text } = await diagnose((t) => t.replace('    title: Buyer messages', '    titel: Buyer messages'));
    const unknown = diagnostics.find((d) => d.message.startsWith('unknown field'))!;
    expect(unknown.message).toBe('unknown field "titel" in root_causes[0]');
    expect(unknown.note).toBe('Did you mean "title"?');
    expect({ line: unknown.line, column: unknown.column }).toEqual(positionOf(text, 'titel'));
  });

  it('reports a missing required field at its parent', async () => {
    const { diagnostics, text } = await diagnose((t) => t.replace('  login_email: ops@sunrise-home.example\n', ''));
    expectOne(diagnostics, 'schema', /seller is missing the required field "login_email"/, positionOf(text, 'seller:'));
  });

  it('reports a date that is not a real calendar date', async () => {
    const { diagnostics, text } = await diagnose((t) => t.replace('received: 2026-11-02', 'received: 2026-13-02'));
    expectOne(diagnostics, 'schema', /notice\.received must be a real date written YYYY-MM-DD/, positionOf(text, '2026-13-02'));
  });

  it('reports a done action without its completion date', async () => {
    const { diagnostics, text } = await diagnose((t) => t.replace('    done_on: 2026-11-03\n', ''));
    expectOne(diagnostics, 'L04', /corrective action CA1 is done but has no done_on date/, positionOf(text, 'done\n'));
  });

  it('reports YAML syntax errors with their position', async () => {
    const { diagnostics } = await diagnose((t) => t.replace('marketplace: US', 'marketplace: [US'));
    const d = diagnostics.find((x) => x.ruleId === 'yaml')!;
    expect(d.severity).toBe('error');
    expect(d.line).toBeGreaterThanOrEqual(4);
  });

  it('reports a duplicate key with both positions', async () => {
    const { diagnostics, text } = await diagnose((t) => t.replace('marketplace: US\n', 'marketplace: US\nmarketplace: UK\n'));
    const first = positionOf(text, 'marketplace: US');
    expectOne(
      diagnostics,
      'duplicate-key',
      new RegExp(`"marketplace" appears twice in the same block \\(first at line ${first.line}, column ${first.column}\\)`),
      positionOf(text, 'marketplace: UK'),
    );
  });

  it('says how to keep a comma in a { } value when its pieces make a key written twice', async () => {
    const { diagnostics } = await diagnose((t) =>
      t.replace('  store_name: SunriseHome', '  store_name: SunriseHome\n  address: { street: Unit 1, Ltd., city: Foo Co., Ltd. }'),
    );
    const d = diagnostics.find((x) => x.ruleId === 'duplicate-key')!;
    expect(d.message).toMatch(/^"Ltd\." appears twice in the same block/);
    expect(d.note).toBe('Inside { } a comma ends a value: put a value that has a comma in quotes ("X Co., Ltd.").');
    // The piece first, the real key after it: `title: Orders (id, date, ASIN), date: 2026-11-24`.
    const pieceFirst = await diagnose((t) =>
      t.replace('  store_name: SunriseHome', '  store_name: SunriseHome\n  address: { street: Orders (id, date, ASIN), date: 2026-11-24 }'),
    );
    const reported = pieceFirst.diagnostics.find((x) => x.ruleId === 'duplicate-key')!;
    expect(reported.message).toMatch(/^"date" appears twice in the same block/);
    expect(reported.note).toBe('Inside { } a comma ends a value: put a value that has a comma in quotes ("X Co., Ltd.").');
    const plain = await diagnose((t) => t.replace('marketplace: US\n', 'marketplace: US\nmarketplace: UK\n'));
    expect(plain.diagnostics.find((x) => x.ruleId === 'duplicate-key')!.note).toBeUndefined();
  });

  it('tells the user to quote a number where text is expected', async () => {
    const { diagnostics, text } = await diagnose((t) => t.replace('  store_name: SunriseHome', '  store_name: 0755'));
    const d = diagnostics.find((x) => x.ruleId === 'schema')!;
    expect(d.message).toBe('seller.store_name must be a string');
    expect(d.note).toContain('"0755"');
    expect({ line: d.line, column: d.column }).toEqual(positionOf(text, '0755'));
  });

  it('reports every problem at once, not the first only', async () => {
    const { diagnostics } = await diagnose((t) =>
      t.replace('marketplace: US', 'marketplace: XX').replace('112-3456789-1234567', '1-2-3').replace('kind: sop-document', 'kind: sop'),
    );
    expect(diagnostics.filter((d) => d.ruleId === 'schema').length).toBe(3);
  });
});
