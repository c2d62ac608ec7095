// L17 invoice rules on a real case (northwind-counterfeit: two supplier invoices covering two ASINs), each failure
// reported at its YAML line and column: too old, supplier contact missing, quantities short of the units sold.
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { copySampleCase, editYaml, runCli, tempDir } from '../../helpers/cli.js';

interface Diagnostic {
  line: number;
  column: number;
  severity: string;
  ruleId: string;
  message: string;
}

/** Validates a copy of northwind-counterfeit after an edit of its YAML; returns the L17 findings and the text. */
async function l17After(edit: (text: string) => string): Promise<{ found: Diagnostic[]; lines: string[] }> {
  const dir = copySampleCase('northwind-counterfeit', tempDir('appeal-l17-'));
  const file = path.join(dir, 'case.yaml');
  editYaml(file, edit);
  const run = await runCli(['validate', file, '--json']);
  const report = JSON.parse(run.stdout) as { cases: { diagnostics: Diagnostic[] }[] };
  return { found: report.cases[0].diagnostics.filter((d) => d.ruleId === 'L17'), lines: readFileSync(file, 'utf8').split('\n') };
}

/** 1-based line of the first line matching, searching from a line that matches `after`. */
function lineOf(lines: string[], pattern: RegExp, after?: RegExp): number {
  const from = after ? lines.findIndex((l) => after.test(l)) : 0;
  const i = lines.findIndex((l, k) => k >= from && pattern.test(l));
  expect(i, `no line matches ${pattern}`).toBeGreaterThanOrEqual(0);
  return i + 1;
}

const e1 = /^\s+- id: E1$/;

describe('L17 supplier invoices (northwind-counterfeit, notice received 2026-10-20)', () => {
  it('accepts the sample as it is: recent, complete, covering the sales', async () => {
    const { found } = await l17After((t) => t);
    expect(found).toEqual([]);
  });

  it('accepts an invoice dated exactly 365 days before the notice, rejects one a day older, at the date', async () => {
    expect((await l17After((t) => t.replace('date: 2026-01-09', 'date: 2025-10-20'))).found).toEqual([]);
    const { found, lines } = await l17After((t) => t.replace('date: 2026-01-09', 'date: 2025-10-19'));
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(found[0].message).toContain('invoice E1 is dated 2025-10-19, more than 365 days before the notice of 2026-10-20');
    const line = lineOf(lines, /^\s+date: 2025-10-19$/);
    expect([found[0].line, found[0].column]).toEqual([line, lines[line - 1].indexOf('2025-10-19') + 1]);
  });

  it('asks for a date when an invoice has none', async () => {
    const { found } = await l17After((t) => t.replace(/\n\s+date: 2026-01-09/, ''));
    expect(found.map((d) => d.message)).toEqual(['invoice E1 has no date']);
  });

  const e1Lines: Record<string, string> = {
    address: '\n      address: Unit 4, Calder Park Way, Wakefield WF2 7UA, United Kingdom',
    phone: '\n      phone: "+44 113 496 0418"',
    website: '\n      website: www.pennine-trade.example',
  };
  for (const [field, line] of Object.entries(e1Lines)) {
    it(`reports a supplier without ${field}, at the counterparty`, async () => {
      // Gone from the invoice alone, the detail still comes from the supplier's entry under details.supply_chain.
      expect((await l17After((t) => t.replace(line, ''))).found).toEqual([]);
      const inSupplyChain = line.replace('\n      ', '\n        ');
      const { found, lines } = await l17After((t) => {
        expect(t).toContain(line);
        expect(t).toContain(inSupplyChain);
        return t.replace(line, '').replace(inSupplyChain, '');
      });
      expect(found).toHaveLength(1);
      expect(found[0].severity).toBe('error');
      expect(found[0].message).toBe(`invoice E1 lacks the supplier's ${field}`);
      expect(found[0].line).toBe(lineOf(lines, /^\s+counterparty:$/, e1));
    });
  }

  it('reports every missing contact detail when the invoice names no supplier at all', async () => {
    const { found, lines } = await l17After((t) =>
      t
        .replace(/\n {4}counterparty:\n( {6}[^\n]*\n){5}(?= {4}asins: \[B0D7NW2K4Q\])/, '\n')
        .replace(/\n {8}invoice_evidence: \[E1\]/, '')
        .replace('\n    issuer: Pennine Trade Distribution Ltd', ''),
    );
    expect(found.map((d) => d.message)).toEqual(["invoice E1 lacks the supplier's name, address, phone, website"]);
    expect(found[0].line).toBe(lineOf(lines, e1));
  });

  it('reports quantities that do not cover the units sold, at the quantity', async () => {
    const { found, lines } = await l17After((t) => t.replace('quantity: 1300', 'quantity: 1000'));
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(found[0].message).toBe('invoices cover 1000 units of B0D7NW2K4Q, fewer than the 1184 sold');
    const line = lineOf(lines, /^\s+quantity: 1000$/);
    expect([found[0].line, found[0].column]).toEqual([line, lines[line - 1].indexOf('1000') + 1]);
    // Exactly the units sold is enough.
    expect((await l17After((t) => t.replace('quantity: 1300', 'quantity: 1184'))).found).toEqual([]);
  });

  it('asks for the quantity when an invoice covering a sold ASIN gives none', async () => {
    const { found } = await l17After((t) => t.replace(/\n\s+quantity: 1300/, ''));
    expect(found.map((d) => d.message)).toEqual(['invoices cover 0 units of B0D7NW2K4Q, fewer than the 1184 sold']);
  });
}, 120_000);
