// One case through its stages: every problem in one pass (a schema error does not hide the evidence checks or
// the rules; a case-level error does not stop the letter or its letter-level findings); the outcome decided
// once (failed | checked | draft | rendered); a draft's documents marked as such. The renderers are replaced
// here by stand-ins that keep the document models they are given (the PDF and DOCX themselves are read back
// in test/e2e/drafts.test.ts).
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentModel } from '../../../src/model/document.js';
import { caseStages, checkCase, createEnv, processCase, readiness, runStages, type CaseStage } from '../../../src/case/process-case.js';
import { blockingProblems } from '../../../src/model/result.js';
import { loadWordLists } from '../../../src/rules/words.js';
import { tempDir } from '../../helpers/cli.js';

const rendered = vi.hoisted(() => [] as { format: 'pdf' | 'docx'; doc: DocumentModel }[]);
vi.mock('../../../src/render/pdf.js', () => ({
  renderPdf: async (doc: DocumentModel) => (rendered.push({ format: 'pdf', doc }), new TextEncoder().encode(`pdf ${doc.title}`)),
  // Without a layout-only renderer the pack renders its first tries in full, which this test records.
  layoutPdf: undefined,
}));
vi.mock('../../../src/render/docx.js', () => ({
  renderDocx: async (doc: DocumentModel) => (rendered.push({ format: 'docx', doc }), new TextEncoder().encode(`docx ${doc.title}`)),
}));

const env = createEnv({ templatesRoot: 'templates', words: loadWordLists() });

/** A copy of the minimal fixture case, edited; returns its case file. */
function minimalCase(edit: (text: string) => string = (t) => t): string {
  const dir = path.join(tempDir('appeal-process-'), 'case');
  cpSync('test/fixtures/minimal', dir, { recursive: true });
  const file = path.join(dir, 'case.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return file;
}

const lineOf = (file: string, text: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(text)) + 1;
const rules = (diagnostics: { ruleId: string }[]) => [...new Set(diagnostics.map((d) => d.ruleId))].sort();

beforeEach(() => {
  rendered.length = 0;
});

describe('every problem in one pass', { timeout: 60_000 }, () => {
  it('a case that does not fit the schema still gets its evidence checked, its rules run and its letter composed', async () => {
    const file = minimalCase((t) =>
      t
        .replace('orders:', 'orderz:')
        .replace('evidence/rota.png', 'evidence/rota-missing.png')
        .replace('action: Refunded both', 'action: We beg you to forgive us. Refunded both'),
    );
    const { checked, result } = await checkCase(file, env);
    expect(rules(result.diagnostics)).toEqual(expect.arrayContaining(['schema', 'evidence-file', 'L21', 'L06']));
    expect(result.diagnostics.find((d) => d.ruleId === 'schema')).toMatchObject({
      line: lineOf(file, 'orderz:'),
      message: 'unknown field "orderz" in the case',
      note: 'Did you mean "orders"?',
    });
    expect(result.diagnostics.find((d) => d.ruleId === 'evidence-file')).toMatchObject({
      line: lineOf(file, 'rota-missing.png'),
      message: expect.stringContaining('evidence E2: the file "evidence/rota-missing.png" does not exist'),
    });
    // L06 reads the composed letter: the letter was composed from the part of the case that fits.
    expect(result.diagnostics.find((d) => d.ruleId === 'L06')?.message).toContain('"beg"');
    expect(checked?.letter.text.body).toContain('Refunded both claim orders');
    expect(readiness({ checked, result })).toBe('draft');
  });

  it('a case-level error (no orders: list) does not hide the letter-level findings', async () => {
    const file = minimalCase((t) =>
      t.replace(/^orders:\n.*\n/m, '').replace('measure: Two named agents', 'measure: TODO Two named agents'),
    );
    const { checked, result } = await checkCase(file, env);
    expect(rules(result.diagnostics)).toEqual(expect.arrayContaining(['L21', 'L11']));
    expect(result.diagnostics.find((d) => d.ruleId === 'L11')?.message).toMatch(/todo/i);
    expect(checked).toBeDefined();
  });

  it('a case with no part that fits still has its evidence files checked, and has no letter', async () => {
    const file = minimalCase((t) =>
      t.replace('marketplace: US', 'marketplace: USA').replace('evidence/refunds.pdf', 'evidence/refunds-2026.pdf'),
    );
    const check = await checkCase(file, env);
    expect(rules(check.result.diagnostics)).toEqual(['evidence-file', 'schema']);
    expect(check.result.diagnostics.find((d) => d.ruleId === 'evidence-file')).toMatchObject({
      line: lineOf(file, 'refunds-2026.pdf'),
      column: 11,
    });
    expect(check.checked).toBeUndefined();
    expect(readiness(check)).toBe('failed');
    // Its id is the one it gives itself; its inputs include the evidence files, for watch mode.
    expect(check.result.id).toBe('minimal-odr');
    expect(check.result.inputs).toEqual([
      path.resolve(file),
      path.resolve(path.dirname(file), 'evidence/refunds-2026.pdf'),
      path.resolve(path.dirname(file), 'evidence/rota.png'),
    ]);
  });

  it('a text too long for a letter is reported and left out; the rest of the case is composed (a required one leaves no case)', async () => {
    const file = minimalCase((t) => `${t}letter:\n  additional_information: >-\n    ${'Line of a pasted log.\n    '.repeat(600)}\n`);
    const { checked, result } = await checkCase(file, env);
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.ruleId, d.line, d.message])).toEqual([
      [
        'input',
        lineOf(file, 'additional_information:'),
        expect.stringMatching(/^letter\.additional_information is 1\d,\d{3} characters long; a text field holds at most 10,000$/),
      ],
    ]);
    expect(checked?.letter.text.body).toContain('Buyer messages unanswered during the office closure');
    expect(checked?.letter.text.body).not.toContain('Line of a pasted log');
    const required = await checkCase(
      minimalCase((t) => t.replace(/^( {4}detail: ).*$/m, `$1${'x'.repeat(10_001)}`)),
      env,
    );
    expect(required.result.diagnostics.map((d) => d.ruleId)).toEqual(['input']);
    expect(required.checked).toBeUndefined();
  });

  it('a case file that cannot be read (deleted since it was found) is an input error, not a bug', async () => {
    const { result, checked } = await checkCase(path.join(tempDir(), 'gone.yaml'), env);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        ruleId: 'input',
        severity: 'error',
        line: 1,
        message: 'the case file could not be read: it no longer exists',
      }),
    ]);
    expect(checked).toBeUndefined();
  });

  it('a stage that throws (a bug) becomes one internal diagnostic naming it; the stages that do not need its output still run', async () => {
    const broken: CaseStage = {
      name: 'broken',
      run: () => {
        throw new Error('boom');
      },
    };
    const stages = [...caseStages.slice(0, 3), broken, ...caseStages.slice(3)];
    const file = minimalCase((t) => t.replace('evidence/rota.png', 'evidence/rota-missing.png'));
    const state = await runStages(file, env, stages);
    expect(state.diagnostics.filter((d) => d.ruleId === 'internal')).toEqual([
      expect.objectContaining({ message: 'internal error while processing this case (broken stage): boom', line: 1, column: 1 }),
    ]);
    expect(rules(state.diagnostics)).toContain('evidence-file');
    expect(state.letter).toBeDefined();
  });
});

describe('the outcome of a case', { timeout: 60_000 }, () => {
  it('is decided by the blocking problems: errors, and warnings under --strict', () => {
    const at = { file: 'x.yaml', line: 1, column: 1, ruleId: 'L15', message: 'm' };
    const warning = { ...at, severity: 'warning' as const };
    const error = { ...at, severity: 'error' as const };
    const info = { ...at, severity: 'info' as const };
    expect(blockingProblems([warning, info])).toEqual([]);
    expect(blockingProblems([warning, info], true)).toEqual([warning]);
    expect(blockingProblems([error, warning])).toEqual([error]);
  });

  it('validate: checked when nothing blocks, failed otherwise (a draft is only made by a build)', async () => {
    expect((await processCase(minimalCase(), env, { render: false })).state).toBe('checked');
    expect(
      (
        await processCase(
          minimalCase((t) => t.replace('evidence/rota.png', 'evidence/x.png')),
          env,
          { render: false },
        )
      ).state,
    ).toBe('failed');
    expect(rendered).toEqual([]);
  });

  it('build: a draft of the letter and its evidence index, each marked with the banner and the blocking problems', async () => {
    const file = minimalCase((t) => t.replace('evidence/rota.png', 'evidence/rota-missing.png'));
    const result = await processCase(file, env, { render: true });
    if (result.state !== 'draft') throw new Error(`expected a draft, got ${result.state}`);
    expect(result.files.map((f) => f.path)).toEqual([
      'letter.pdf',
      'letter.docx',
      'evidence-index.pdf',
      'evidence-index.docx',
      'evidence-index.csv',
    ]);
    const line = lineOf(file, 'rota-missing.png');
    const draft = {
      banner: 'DRAFT - NOT READY TO SUBMIT',
      title: 'Not ready to submit: fix these problems first',
      problems: [
        `Evidence E2: the file "evidence/rota-missing.png" does not exist (looked in ${path.join(path.dirname(file), 'evidence/rota-missing.png')}) (${file}:${line})`,
      ],
    };
    expect(rendered).toHaveLength(4);
    for (const { doc } of rendered) expect(doc.draft).toEqual(draft);
    // The exhibit whose file is missing is still in the index, marked as not enclosed.
    const index = rendered.find((r) => r.format === 'pdf' && r.doc.title.startsWith('Evidence index'))!.doc;
    const table = index.blocks.find((b) => b.kind === 'table')!;
    const cells = table.kind === 'table' ? table.rows.map((row) => row[1].map((s) => s.text).join('')) : [];
    expect(cells).toEqual([
      expect.stringContaining('Refund records for the two claim orders'),
      expect.stringContaining('Customer service rota, November 2026 (not enclosed: the file is missing or could not be used)'),
    ]);
    const csv = new TextDecoder().decode(result.files.find((f) => f.path === 'evidence-index.csv')!.bytes!);
    expect(csv).toContain('Customer service rota, November 2026 (not enclosed: the file is missing or could not be used)');
  });

  it('build under --strict: a warning makes a draft listing it', async () => {
    const file = minimalCase(
      (t) =>
        `${t.trimEnd()}\n  - id: E3\n    title: Spare copy of the refund records\n    file: evidence/refunds.pdf\n    kind: refund-or-replacement-records\n`,
    );
    expect((await processCase(file, env, { render: false })).state).toBe('checked');
    const strict = await processCase(file, env, { render: true, strict: true });
    expect(strict.state).toBe('draft');
    expect(rendered[0].doc.draft?.problems).toEqual([
      expect.stringMatching(/^Evidence E3 is not cited anywhere in the letter \(.*case\.yaml:\d+\)$/),
    ]);
  });

  it('a Japanese case gets the Japanese draft wording', async () => {
    const file = minimalCase((t) =>
      t.replace('marketplace: US', 'marketplace: JP\nlanguage: ja').replace('evidence/rota.png', 'evidence/rota-missing.png'),
    );
    const result = await processCase(file, env, { render: true });
    expect(result.state).toBe('draft');
    expect(rendered[0].doc.draft).toMatchObject({ banner: 'DRAFT - NOT READY TO SUBMIT（下書き・提出不可）', title: '提出前に直す問題' });
    expect(rendered[0].doc.draft?.problems[0]).toMatch(/^Evidence E2: .*（.*case\.yaml:\d+）$/);
  });
});
