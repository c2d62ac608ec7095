// The preview page's state: each case's state (ready, draft, errors), the folder its pages come from, its
// next deadline and its diagnostics with editor links, from the results the watcher reports.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCaseOutputs } from '../../../../src/fs.js';
import { caseKey, editorUrl, PreviewState } from '../../../../src/cli/preview/state.js';
import type { CaseResult } from '../../../../src/model/result.js';
import type { Diagnostic } from '../../../../src/model/diagnostic.js';
import { tempDir } from '../../../helpers/cli.js';

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7 ${text}`);
const outputs = (text: string) => [
  { path: 'letter.pdf', bytes: pdf(`letter ${text}`) },
  { path: 'evidence-index.pdf', bytes: pdf(`index ${text}`) },
  { path: 'checklist.pdf', bytes: pdf(`checklist ${text}`) },
  { path: 'letter.docx', bytes: pdf('not shown') },
];

function setup() {
  const root = tempDir('appeal-preview-state-');
  const out = path.join(root, 'out', '.preview');
  const file = path.join(root, 'cases', 'acme', 'case.yaml');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, 'id: acme\nnotice:\n  received: 2026-10-01\n  respond_by: 2026-10-20\n');
  const state = new PreviewState({ outRoot: out, cwd: root, today: () => '2026-10-15' });
  return { root, out, file, state };
}

const error = (file: string, message: string, ruleId = 'schema'): Diagnostic => ({
  file,
  line: 7,
  column: 3,
  severity: 'error',
  ruleId,
  message,
  note: 'Write YYYY-MM-DD.',
});
const result = (file: string, diagnostics: Diagnostic[] = [], extra: object = {}): CaseResult =>
  diagnostics.some((d) => d.severity === 'error')
    ? ({ state: 'failed', file, id: 'acme', diagnostics, silenced: [], ...extra } as CaseResult)
    : ({ state: 'unchanged', file, id: 'acme', diagnostics, silenced: [], outputs: [], ...extra } as CaseResult);

describe('PreviewState', () => {
  it('lists expected cases as building, then ready with the current pages, the next deadline and the documents that exist', async () => {
    const { out, file, state } = setup();
    state.expect([file]);
    expect(state.view().cases).toMatchObject([{ state: 'building', pages: null, file: 'cases/acme/case.yaml' }]);
    expect(state.view().building).toBe(true);

    await writeCaseOutputs(out, 'acme', outputs('one'));
    await state.update(result(file));
    state.ready();
    const view = state.view();
    expect(view.building).toBe(false);
    const c = view.cases[0];
    expect(c).toMatchObject({ key: caseKey(file), id: 'acme', state: 'ready', errors: 0, warnings: 0, diagnostics: [] });
    expect(c.deadline).toEqual({ date: '2026-10-20', what: 'respond-by', label: 'respond by', daysLeft: 5 });
    expect(c.pages?.source).toBe('current');
    expect(Object.keys(c.pages!.docs)).toEqual(['letter', 'evidence-index', 'checklist']);
    expect(c.pages!.docs.letter).toBe(`/files/${c.key}/letter?v=${c.pages!.version}`);
    expect(state.documentPath(c.key, 'letter')).toBe(path.join(out, 'acme', 'letter.pdf'));
    expect(state.documentPath(c.key, 'bundle')).toBeUndefined();
    expect(state.documentPath(c.key, 'letter.docx')).toBeUndefined();
    expect(state.documentPath(c.key, '__proto__')).toBeUndefined();
    expect(state.documentPath('nope', 'letter')).toBeUndefined();
  });

  it('changes the version when the output changes, and keeps it when the same output is written again', async () => {
    const { out, file, state } = setup();
    await writeCaseOutputs(out, 'acme', outputs('one'));
    await state.update(result(file));
    const first = state.view().cases[0].pages!.version;
    await writeCaseOutputs(out, 'acme', outputs('one'));
    await state.update(result(file));
    expect(state.view().cases[0].pages!.version).toBe(first);
    await writeCaseOutputs(out, 'acme', outputs('two'));
    await state.update(result(file));
    expect(state.view().cases[0].pages!.version).not.toBe(first);
  });

  it('shows the last good pages with the diagnostics when a save does not check, and clears them once fixed', async () => {
    const { out, root, file, state } = setup();
    await writeCaseOutputs(out, 'acme', outputs('good'));
    await state.update(result(file));
    const good = state.view().cases[0].pages!.version;

    // A parse error: the result has no id; the pages are those of the id the case had.
    await state.update({ state: 'failed', file, diagnostics: [error(file, 'bad indentation', 'yaml')], silenced: [] });
    let c = state.view().cases[0];
    expect(c.state).toBe('errors');
    expect(c.pages).toMatchObject({ source: 'last-good', version: good });
    expect(c.diagnostics).toEqual([
      {
        severity: 'error',
        rule: 'yaml',
        message: 'bad indentation',
        note: 'Write YYYY-MM-DD.',
        location: 'cases/acme/case.yaml:7:3',
        editorUrl: editorUrl(path.join(root, 'cases', 'acme', 'case.yaml'), 7, 3),
      },
    ]);
    expect(c.errors).toBe(1);

    await state.update(result(file, [{ ...error(file, 'vague word'), severity: 'warning', ruleId: 'L10' }]));
    c = state.view().cases[0];
    expect(c.state).toBe('ready');
    expect(c.warnings).toBe(1);
    expect(c.pages?.source).toBe('current');
  });

  it('shows a draft from <out>/.drafts/<id>/ when the result is a draft, and the last good pages when the draft has no letter', async () => {
    const { out, file, state } = setup();
    await writeCaseOutputs(out, 'acme', outputs('good'));
    await state.update(result(file));
    const drafts = path.join(out, '.drafts', 'acme');
    mkdirSync(drafts, { recursive: true });
    writeFileSync(path.join(drafts, 'letter.pdf'), pdf('draft'));

    await state.update(
      result(file, [error(file, 'action A1 is done but has no date', 'L04')], {
        state: 'draft',
        words: { sections: {}, total: 0 },
        files: [],
      }),
    );
    let c = state.view().cases[0];
    expect(c.state).toBe('draft');
    expect(c.pages?.source).toBe('draft');
    expect(Object.keys(c.pages!.docs)).toEqual(['letter']);
    expect(state.documentPath(c.key, 'letter')).toBe(path.join(drafts, 'letter.pdf'));

    // Without a draft on disk the case falls back to its last good pages, in the errors state.
    rmSync(drafts, { recursive: true });
    await state.update(
      result(file, [error(file, 'action A1 is done but has no date', 'L04')], {
        state: 'draft',
        words: { sections: {}, total: 0 },
        files: [],
      }),
    );
    c = state.view().cases[0];
    expect(c.state).toBe('errors');
    expect(c.pages?.source).toBe('last-good');
  });

  it('has no pages for a case that never rendered, and forgets a deleted case', async () => {
    const { file, state } = setup();
    await state.update(result(file, [error(file, 'unknown field')]));
    expect(state.view().cases[0]).toMatchObject({ state: 'errors', pages: null });
    let heard = 0;
    state.onChange(() => heard++);
    state.remove(result(file));
    expect(state.view().cases).toEqual([]);
    expect(heard).toBe(1);
  });

  it('reads the deadline from the YAML even when the case does not check, keeps it while the file does not parse, and drops it when it is removed', async () => {
    const { file, state } = setup();
    await state.update(result(file, [error(file, 'unknown field')]));
    expect(state.view().cases[0].deadline?.date).toBe('2026-10-20');
    writeFileSync(file, 'id: acme\nnotice: [\n');
    await state.update(result(file, [error(file, 'flow sequence not closed', 'yaml')]));
    expect(state.view().cases[0].deadline?.date).toBe('2026-10-20');
    writeFileSync(file, 'id: acme\nnotice:\n  received: 2026-10-01\n');
    await state.update(result(file, [error(file, 'respond_by is missing')]));
    expect(state.view().cases[0].deadline).toBeNull();
  });
});

describe('editorUrl', () => {
  it('opens the file at line and column in VS Code, with unusual characters encoded', () => {
    expect(editorUrl('/home/me/cases/acme/case.yaml', 12, 5)).toBe('vscode://file/home/me/cases/acme/case.yaml:12:5');
    expect(editorUrl('/tmp/my cases/<x>#1.yaml', 3, 1)).toBe('vscode://file/tmp/my%20cases/%3Cx%3E%231.yaml:3:1');
    expect(editorUrl('C:\\Users\\me\\case.yaml', 2, 9)).toBe('vscode://file/C:/Users/me/case.yaml:2:9');
    expect(editorUrl('/x.yaml', 0, 0)).toBe('vscode://file/x.yaml:1:1');
  });
});
