// The printed report, as a golden file: diagnostics without colour (NO_COLOR), a code frame whose caret sits
// under the right column after Chinese/Japanese characters (two cells each), the rule's name beside its id,
// the line per case for each outcome (rendered, unchanged, draft, failed), GitHub annotations and the
// summary line with drafts. Regenerate with UPDATE_GOLDEN=1 after a deliberate change, and read the diff.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BuildSummary } from '../../../src/batch/build.js';
import { codeFrame, githubAnnotation, jsonReport, notReadyCases, reportCase, summaryLine } from '../../../src/cli/report.js';
import type { Diagnostic } from '../../../src/model/diagnostic.js';
import type { CaseResult } from '../../../src/model/result.js';

const golden = 'test/unit/cli/fixtures/report.txt';

const jaFile = 'cases/hanamori/case.yaml';
const jaSource = [
  'id: hanamori',
  'seller:',
  '  store_name: 花森ストア',
  'root_causes:',
  '  - id: RC1',
  '    detail: 「新品」と表示したまま中古品を出荷した（B0HANA0001）',
  'corrective_actions:',
  '  - id: CA1',
  '    status: done',
].join('\n');

const at = (line: number, column: number, endColumn?: number) => ({ file: jaFile, line, column, endLine: line, endColumn });
const diagnostics: (Diagnostic & { ruleName?: string })[] = [
  {
    ...at(6, 33, 43),
    severity: 'error',
    ruleId: 'L13',
    ruleName: 'asin-format',
    message: 'ASIN "B0HANA0001" is not in the case\'s asins: list',
    note: 'Add it under asins:, or correct the id.',
  },
  {
    ...at(9, 13, 17),
    severity: 'error',
    ruleId: 'L04',
    ruleName: 'actions-completed',
    message: 'corrective action CA1 is done but has no done_on date',
    note: 'Add done_on: YYYY-MM-DD.',
  },
  { ...at(3, 15), severity: 'warning', ruleId: 'L10', message: 'root cause RC1 states no concrete fact' },
  { ...at(1, 1), severity: 'info', ruleId: 'L30', message: '3 days left to respond, with a comma, and: a colon' },
];

const words = { sections: { opening: 80, rootCauses: 120 }, total: 200 };
const results: CaseResult[] = [
  {
    state: 'rendered',
    file: 'cases/acme/case.yaml',
    id: 'acme',
    diagnostics: [],
    silenced: [],
    words,
    files: [
      { path: 'letter.pdf', size: 10, sha256: 'a' },
      { path: 'letter.docx', size: 10, sha256: 'b' },
    ],
  },
  {
    state: 'unchanged',
    file: 'cases/brook/case.yaml',
    id: 'brook',
    diagnostics: [
      {
        ...at(1, 1),
        file: 'cases/brook/case.yaml',
        severity: 'warning',
        ruleId: 'L15',
        message: 'evidence E3 is not cited anywhere in the letter',
      },
    ],
    silenced: [],
    outputs: ['letter.pdf'],
  },
  {
    state: 'draft',
    file: jaFile,
    id: 'hanamori',
    diagnostics,
    silenced: [],
    words,
    files: [{ path: 'letter.pdf', size: 10, sha256: 'c' }],
  },
  {
    state: 'failed',
    file: 'cases/orbela.yaml',
    diagnostics: [
      {
        file: 'cases/orbela.yaml',
        line: 4,
        column: 1,
        severity: 'error',
        ruleId: 'yaml',
        message: 'this line is indented with a tab; YAML indentation must be spaces',
      },
    ],
    silenced: [],
  },
];
const summary: BuildSummary = { results, missing: [], rendered: 1, skipped: 1, drafts: 1, failed: 1 };

function printed(): string {
  const sources = new Map([
    [jaFile, jaSource],
    ['cases/orbela.yaml', 'id: orbela\nseller:\n  legal_name: Orbela\n\tstore_name: Orbela\n'],
  ]);
  let text = '';
  for (const result of results) {
    text += reportCase(result, { color: false, sources, render: true, out: 'out' });
    for (const d of result.diagnostics) text += `${githubAnnotation(d)}\n`;
  }
  return text + summaryLine(summary, true, 1234);
}

describe('the printed report', () => {
  it('matches the golden file', () => {
    const text = printed();
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, text);
    expect(text).toBe(readFileSync(golden, 'utf8'));
  });

  it('puts the caret under the column counting CJK characters as two cells', () => {
    // Column 33 of line 6 is the "B" of the ASIN, after 32 characters of which 20 are Japanese (two cells each).
    const [line, caret] = codeFrame(jaSource, 6, 33, 43);
    expect(line).toBe('   6 |     detail: 「新品」と表示したまま中古品を出荷した（B0HANA0001）');
    expect(caret).toBe(`     | ${' '.repeat(12 + 2 * 20)}${'^'.repeat(10)}`);
    // A span over Japanese text is two carets per character.
    expect(codeFrame(jaSource, 3, 15, 17)[1]).toBe(`     | ${' '.repeat(14)}^^^^`);
  });

  it('without colour codes when colour is off, and the rule id alone when a diagnostic has no name', () => {
    const text = printed();
    expect(text).not.toMatch(/\x1b\[/);
    expect(text).toContain('(L04 actions-completed)');
    expect(text).toContain('(L10)\n');
  });

  it('a quiet report prints only what is wrong', () => {
    const sources = new Map([[jaFile, jaSource]]);
    const quiet = results.map((r) =>
      reportCase(r, { color: false, sources, render: true, out: 'out', quiet: true })
        .split('\n')
        .filter((l) => /^[✓✎✗]/.test(l)),
    );
    expect(quiet).toEqual([
      [],
      [],
      ['✎ hanamori → out/.drafts/hanamori/ (draft: 2 errors, 1 warning; not ready to submit)'],
      ['✗ orbela: 1 error; nothing written, earlier output kept'],
    ]);
  });

  it("JSON: a status per case, drafts apart from failures, where each one's documents are", () => {
    const report = jsonReport(summary, 'out');
    expect(report.cases.map((c) => [c.id, c.status, c.output, c.outputs])).toEqual([
      ['acme', 'rendered', 'out/acme', ['letter.pdf', 'letter.docx']],
      ['brook', 'unchanged', 'out/brook', ['letter.pdf']],
      ['hanamori', 'draft', 'out/.drafts/hanamori', ['letter.pdf']],
      [null, 'failed', null, []],
    ]);
    expect(report.summary).toEqual({ total: 4, rendered: 1, unchanged: 1, drafts: 1, failed: 1 });
    expect(notReadyCases(results).map((r) => r.state)).toEqual(['draft', 'failed']);
  });
});
