// Evidence, template and font paths stay inside their folders; nothing outside is read.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cpSync, mkdirSync, promises as fsp, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readEvidenceFile } from '../../src/fs.js';
import { loadTemplateSet } from '../../src/compose/templates.js';
import { allFontFiles } from '../../src/render/fonts.js';
import { checkCase, createEnv } from '../../src/case/process-case.js';
import { loadWordLists } from '../../src/rules/words.js';
import { copySampleCase, repoRoot, sampleCaseText, tempDir } from '../helpers/outputs.js';

let tmp: ReturnType<typeof tempDir>;
let root: string;
let secret: string;

beforeAll(() => {
  tmp = tempDir('confine');
  root = path.join(tmp.dir, 'case');
  mkdirSync(path.join(root, 'evidence'), { recursive: true });
  writeFileSync(path.join(root, 'evidence', 'ok.txt'), 'inside');
  secret = path.join(tmp.dir, 'other-seller', 'secret.txt');
  mkdirSync(path.dirname(secret), { recursive: true });
  writeFileSync(secret, 'OTHER SELLER SECRET');
  symlinkSync(secret, path.join(root, 'evidence', 'link-out.txt'));
  symlinkSync(path.dirname(secret), path.join(root, 'linked-dir'), 'dir');
  symlinkSync(path.join(root, 'evidence', 'ok.txt'), path.join(root, 'evidence', 'link-in.txt'));
});
afterAll(() => tmp.cleanup());

describe('readEvidenceFile', () => {
  // Every read must go through fsp.readFile; a spy proves the refused file's bytes were never read.
  const reads = () => (readSpy.mock.calls as unknown[][]).map((c) => String(c[0]));
  let readSpy: ReturnType<typeof vi.spyOn>;
  beforeAll(() => {
    readSpy = vi.spyOn(fsp, 'readFile');
  });
  afterAll(() => readSpy.mockRestore());

  it('reads a file inside the case folder, also through an inside link', async () => {
    expect(Buffer.from((await readEvidenceFile(root, 'evidence/ok.txt')).bytes!).toString()).toBe('inside');
    expect(Buffer.from((await readEvidenceFile(root, 'evidence\\link-in.txt')).bytes!).toString()).toBe('inside');
  });

  const refused: [string, () => string, string][] = [
    ['an absolute path', () => secret, 'absolute'],
    ['a Windows drive path', () => 'C:\\Users\\x\\secret.txt', 'absolute'],
    ['a UNC path', () => '\\\\server\\share\\secret.txt', 'absolute'],
    ['.. leaving the folder', () => '../other-seller/secret.txt', 'outside'],
    ['.. hidden in the middle', () => 'evidence/../../other-seller/secret.txt', 'outside'],
    ['backslash ..', () => 'evidence\\..\\..\\other-seller\\secret.txt', 'outside'],
    ['a file symlink leading outside', () => 'evidence/link-out.txt', 'link-outside'],
    ['a folder symlink leading outside', () => 'linked-dir/secret.txt', 'link-outside'],
  ];
  it.each(refused)('refuses %s without reading a byte', async (_name, rel, problem) => {
    readSpy.mockClear();
    const result = await readEvidenceFile(root, rel());
    expect(result.bytes).toBeUndefined();
    expect(result.refusal?.problem).toBe(problem);
    expect(result.refusal?.message).toMatch(/absolute|leaves the case folder|symbolic link/);
    expect(reads().some((p: string) => p.includes('secret'))).toBe(false);
    expect(reads()).toEqual([]);
  });

  it('.. that stays inside the folder is fine', async () => {
    expect((await readEvidenceFile(root, 'evidence/../evidence/ok.txt')).bytes).toBeDefined();
  });

  it('the root itself is not a file', async () => {
    expect((await readEvidenceFile(root, '.')).refusal?.problem).toBe('outside');
  });
});

describe('evidence stage', () => {
  it('reports a refused evidence path at its file: line, and the case still gets checked', async () => {
    const t = tempDir('confine-case');
    try {
      const file = copySampleCase(t.dir);
      const linkTarget = path.join(t.dir, 'secret.pdf');
      cpSync(path.join(path.dirname(file), 'evidence', 'fragile-packing-sop-v2.pdf'), linkTarget);
      symlinkSync(linkTarget, path.join(path.dirname(file), 'evidence', 'sneaky.pdf'));
      const text = sampleCaseText
        .replace('file: evidence/refund-records-2026-10-30.pdf', 'file: /etc/passwd.pdf')
        .replace('file: evidence/fragile-packing-sop-v2.pdf', 'file: ../secret.pdf')
        .replace('file: evidence/tracked-shipping-agreement.pdf', 'file: evidence/sneaky.pdf');
      writeFileSync(file, text);
      const env = createEnv({ templatesRoot: path.join(repoRoot, 'templates'), words: loadWordLists() });
      const { result } = await checkCase(file, env);
      const evidence = result.diagnostics.filter((d) => d.ruleId === 'evidence-file');
      expect(evidence).toHaveLength(3);
      const lines = text.split('\n');
      for (const d of evidence) expect(lines[d.line - 1]).toMatch(/file: /);
      expect(evidence.some((d) => /absolute/.test(d.message))).toBe(true);
      expect(evidence.some((d) => /leaves the case folder/.test(d.message))).toBe(true);
      expect(evidence.some((d) => /symbolic link/.test(d.message))).toBe(true);
    } finally {
      t.cleanup();
    }
  });
});

describe('templates root', () => {
  function copyTemplates(dir: string): string {
    const t = path.join(dir, 'templates');
    cpSync(path.join(repoRoot, 'templates'), t, { recursive: true });
    return t;
  }

  it('refuses a template file that is a symlink to a file outside the templates root', () => {
    const t = tempDir('confine-tpl');
    try {
      const templates = copyTemplates(t.dir);
      const outside = path.join(t.dir, 'outside.hbs');
      writeFileSync(outside, 'SECRET {{seller.legal_name}}');
      symlinkSync(outside, path.join(templates, 'en', 'partials', 'stolen.hbs'));
      const set = loadTemplateSet(templates, 'en');
      expect(set.value).toBeUndefined();
      expect(set.diagnostics[0].file).toBe(path.join(templates, 'en', 'partials', 'stolen.hbs'));
      expect(set.diagnostics[0].message).toMatch(/symbolic link.*outside/);
    } finally {
      t.cleanup();
    }
  });

  it('refuses a symlinked folder leading outside, and a symlinked strings.json', () => {
    const t = tempDir('confine-tpl2');
    try {
      const templates = copyTemplates(t.dir);
      mkdirSync(path.join(t.dir, 'elsewhere'));
      writeFileSync(path.join(t.dir, 'elsewhere', 'x.hbs'), 'x');
      symlinkSync(path.join(t.dir, 'elsewhere'), path.join(templates, 'en', 'partials', 'more'), 'dir');
      expect(loadTemplateSet(templates, 'en').diagnostics[0]?.message).toMatch(/symbolic link.*outside/);
      const t2 = copyTemplates(path.join(t.dir, 'elsewhere'));
      writeFileSync(path.join(t.dir, 'strings.json'), '{}');
      const strings = path.join(t2, 'en', 'strings.json');
      rmSync(strings);
      symlinkSync(path.join(t.dir, 'strings.json'), strings);
      expect(loadTemplateSet(t2, 'en').diagnostics[0]?.message).toMatch(/symbolic link.*outside/);
    } finally {
      t.cleanup();
    }
  });

  it('accepts a symlink that stays inside the templates root, and a templates root that is itself a link', () => {
    const t = tempDir('confine-tpl3');
    try {
      const templates = copyTemplates(t.dir);
      const header = path.join(templates, 'en', 'partials');
      const first = readdirSync(header).find((n) => n.endsWith('.hbs'))!;
      symlinkSync(path.join(header, first), path.join(header, 'alias-of-first.hbs'));
      expect(loadTemplateSet(templates, 'en').diagnostics).toEqual([]);
      symlinkSync(templates, path.join(t.dir, 'tpl-link'), 'dir');
      expect(loadTemplateSet(path.join(t.dir, 'tpl-link'), 'en').diagnostics).toEqual([]);
    } finally {
      t.cleanup();
    }
  });

  it('a language name cannot leave the templates root', () => {
    const set = loadTemplateSet(path.join(repoRoot, 'templates'), '../test');
    expect(set.value).toBeUndefined();
  });
});

describe('fonts', () => {
  it('every font file comes from an npm package under node_modules', () => {
    const modules = realpathSync(path.join(repoRoot, 'node_modules'));
    const files = allFontFiles();
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const f of files) {
      expect(realpathSync(f).startsWith(`${modules + path.sep}@expo-google-fonts${path.sep}`)).toBe(true);
    }
  });
});
