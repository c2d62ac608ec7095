// Handlebars runs strict, without prototype access or unknown helpers; case text is never a template.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadTemplateSet } from '../../../src/compose/templates.js';
import { checkCase, createEnv } from '../../../src/case/process-case.js';
import { loadWordLists } from '../../../src/rules/words.js';
import { main } from '../../../src/cli/program.js';
import { copySampleCase, repoRoot, sampleCaseText, tempDir } from '../../helpers/outputs.js';

vi.setConfig({ testTimeout: 30_000 });
let tmp: ReturnType<typeof tempDir>;
const words = loadWordLists();

beforeAll(() => {
  tmp = tempDir('tpl');
});
afterAll(() => tmp.cleanup());

/** A copy of templates/ whose en/remediate.hbs has `extra` inserted after its first line. */
function userTemplates(name: string, extra: string, file = 'remediate.hbs', at = 2): { root: string; line: number; file: string } {
  const root = path.join(tmp.dir, name);
  cpSync(path.join(repoRoot, 'templates'), root, { recursive: true });
  const target = path.join(root, 'en', file);
  const lines = readFileSync(target, 'utf8').split('\n');
  lines.splice(at, 0, extra);
  writeFileSync(target, lines.join('\n'));
  return { root, line: at + 1, file: target };
}

async function check(templatesRoot: string, caseText = sampleCaseText) {
  const dir = path.join(tmp.dir, `case-${Math.random().toString(36).slice(2)}`);
  const file = copySampleCase(dir, 'sunrise-odr', caseText);
  return checkCase(file, createEnv({ templatesRoot, words }));
}

describe('strict mode: a missing field fails with the template file and line', () => {
  it('in the shipped templates path', async () => {
    const t = userTemplates('missing-field', 'Dear {{seller.no_such_field}},');
    const { checked, result } = await check(t.root);
    expect(checked).toBeUndefined();
    const d = result.diagnostics.find((x) => x.ruleId === 'template')!;
    expect(d).toMatchObject({ file: t.file, line: t.line, severity: 'error' });
    expect(d.message).toMatch(/no_such_field/);
  });

  it('in a partial, naming the partial file', async () => {
    const t = userTemplates('missing-in-partial', 'x {{nope.deeper}}', 'partials/footer.hbs', 0);
    const { result } = await check(t.root);
    const d = result.diagnostics.find((x) => x.ruleId === 'template')!;
    expect(d).toMatchObject({ file: t.file, line: t.line });
    expect(d.message).toMatch(/\{\{nope\.deeper\}\} names a field that does not exist/);
  });

  it('through the CLI with --templates: exit 1, file:line printed, nothing written', async () => {
    const t = userTemplates('cli-missing', '{{sellr.legal_name}}');
    const dir = path.join(tmp.dir, 'cli-case');
    copySampleCase(dir);
    let out = '';
    const code = await main(['build', dir, '--templates', t.root, '--out', path.join(tmp.dir, 'cli-out')], {
      stdout: (s) => (out += s),
      stderr: (s) => (out += s),
      env: {},
      isTTY: false,
    });
    expect(code).toBe(1);
    expect(out).toContain(`${t.file}:${t.line}`);
    expect(out).toMatch(/\{\{sellr\.legal_name\}\}/);
    expect(out).toMatch(/nothing written/);
  });
});

describe('no prototype access, no unknown helpers', () => {
  it.each([
    ['constructor', '{{constructor.name}}'],
    ['__proto__', '{{__proto__.toString}}'],
    ['a method through lookup', '{{lookup seller "constructor"}}'],
  ])('refuses %s', async (_name, expr) => {
    const t = userTemplates(`proto-${_name.replace(/\W/g, '')}`, `X ${expr} X`);
    const { checked, result } = await check(t.root);
    if (checked) {
      // Rendering went through: the expression must have produced nothing from the prototype.
      expect(checked.letter.text.body).not.toMatch(/function|Object|\[native code\]/);
    } else {
      expect(result.diagnostics.find((x) => x.ruleId === 'template')).toMatchObject({ file: t.file });
    }
  });

  it('an unknown helper is a compile-time error (knownHelpersOnly) with its line', () => {
    const t = userTemplates('unknown-helper', '{{exec "rm -rf /"}}');
    const set = loadTemplateSet(t.root, 'en');
    expect(set.value).toBeUndefined();
    expect(set.diagnostics[0]).toMatchObject({ file: t.file, line: t.line });
    expect(set.diagnostics[0].message).toMatch(/unknown helper exec|knownHelpersOnly/);
  });

  it('a syntax error names the file and line', () => {
    const t = userTemplates('syntax', '{{#if x}} never closed');
    const set = loadTemplateSet(t.root, 'en');
    expect(set.diagnostics[0].file).toBe(t.file);
    expect(set.diagnostics[0].line).toBeGreaterThanOrEqual(t.line);
  });
});

describe('case text is data, never a template; noEscape keeps it verbatim', () => {
  it('{{...}}, partial calls and HTML in case text come out literally', async () => {
    const hostile = '{{constructor.constructor "return process"}} {{> header}} <b>&amp;</b> ${process.env.HOME}';
    const text = sampleCaseText.replace(
      'title: Ceramic dispensers packed in single-wall cartons without inserts',
      `title: ${JSON.stringify(hostile)}`,
    );
    const { checked, result } = await check(path.join(repoRoot, 'templates'), text);
    // The letter rules flag the braces as a placeholder (L11), but nothing was evaluated.
    expect(result.diagnostics.filter((d) => d.ruleId === 'template' || d.ruleId === 'internal')).toEqual([]);
    const line = checked!.letter.text.body.split('\n').find((l) => l.includes('constructor'));
    // (The Markdown layer decodes the entity &amp; to &; everything else is kept as typed.)
    expect(line).toContain('{{constructor.constructor "return process"}} {{> header}} <b>&</b> ${process.env.HOME}');
  });

  it('the compile options are strict, noEscape and knownHelpersOnly', () => {
    const src = readFileSync(path.join(repoRoot, 'src/compose/templates.ts'), 'utf8');
    expect(src).toMatch(/strict: true, noEscape: true, knownHelpersOnly: true/);
    expect(src).toMatch(/allowProtoMethodsByDefault: false, allowProtoPropertiesByDefault: false/);
  });
});
