// What `appeal build` leaves besides the letter: the silenced rules with their reasons in manifest.json, the words
// per section and in total on the console and in the JSON report, and each section's plain text in sections/*.txt.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { main, type CliIo } from '../../src/cli/program.js';

// Rendering and checking share the machine with other suites; a slow first case is not a failure.
vi.setConfig({ testTimeout: 60_000 });

const fixtures = fileURLToPath(new URL('../unit/rules/fixtures', import.meta.url));
const reason = 'Amazon asked for the full timeline of all 14 orders in its reply of 2026-10-19';
let dir: string;
let out: string;
let stdout = '';
let code: number;
let manifest: {
  rules: { warnings: string[]; silenced: { rule: string; reason: string }[] };
  words: { sections: Record<string, number>; total: number };
  outputs: { path: string }[];
};

/** The base case with a word budget the letter exceeds, and L19 silenced for a stated reason. */
function caseText(): string {
  const doc = parseDocument(readFileSync(path.join(fixtures, 'base.yaml'), 'utf8'));
  doc.setIn(['id'], 'outputs-odr');
  doc.setIn(['letter', 'max_words'], 150);
  doc.setIn(['letter', 'allow'], [{ rule: 'L19', reason }]);
  return doc.toString();
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'appeal-outputs-'));
  out = path.join(dir, 'out');
  cpSync(path.join(fixtures, 'evidence'), path.join(dir, 'case', 'evidence'), { recursive: true });
  writeFileSync(path.join(dir, 'case', 'case.yaml'), caseText());
  const cli: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stdout += t), env: {}, isTTY: false };
  code = await main(['build', path.join(dir, 'case'), '--out', out], cli);
  manifest = JSON.parse(readFileSync(path.join(out, 'outputs-odr', 'manifest.json'), 'utf8'));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('letter.allow', () => {
  it('silences the rule: the build succeeds and prints no L19 report', () => {
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/\(L19\)/);
  });

  it('records the rule and the stated reason in manifest.json', () => {
    expect(manifest.rules.silenced).toEqual([{ rule: 'L19', reason }]);
    expect(manifest.rules.warnings).not.toContain('L19');
  });

  it('without the allow entry the same letter is reported', async () => {
    const doc = parseDocument(caseText());
    doc.deleteIn(['letter', 'allow']);
    writeFileSync(path.join(dir, 'case', 'case.yaml'), doc.toString());
    let text = '';
    const cli: CliIo = { stdout: (t) => void (text += t), stderr: (t) => void (text += t), env: {}, isTTY: false };
    // A long letter is a warning (Amazon asks for concise letters but does not reject long ones): exit 0, reported.
    const status = await main(['validate', path.join(dir, 'case')], cli);
    writeFileSync(path.join(dir, 'case', 'case.yaml'), caseText());
    expect(status).toBe(0);
    expect(text).toMatch(/warning .*above the 150-word budget\s+\(L19/);
  });
});

describe('letter length', () => {
  it('prints the words of every section and the total after the build', () => {
    const line = stdout.split('\n').find((l) => l.trim().startsWith('words:'));
    expect(line, stdout).toBeDefined();
    const sections = Object.keys(manifest.words.sections);
    expect(sections).toEqual(expect.arrayContaining(['opening', 'rootCauses', 'actions', 'measures']));
    for (const key of sections)
      expect(line).toContain(`${key.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`)} ${manifest.words.sections[key]}`);
    expect(line).toMatch(new RegExp(`total ${manifest.words.total}$`));
    expect(stdout).toContain(`${manifest.words.total} words)`);
  });

  it('gives the same counts in the --json report', async () => {
    let text = '';
    const cli: CliIo = { stdout: (t) => void (text += t), stderr: () => {}, env: {}, isTTY: false };
    expect(await main(['build', path.join(dir, 'case'), '--out', path.join(dir, 'out-json'), '--json'], cli)).toBe(0);
    const report = JSON.parse(text);
    expect(report.cases[0].words).toEqual(manifest.words);
    expect(report.cases[0].silenced).toEqual([{ rule: 'L19', reason }]);
  }, 120_000);
});

describe('sections/*.txt', () => {
  const sectionsDir = () => path.join(out, 'outputs-odr', 'sections');

  // An order-defect case goes to the Account Health appeal: one file per box of its form.
  const boxFiles = ['01-root-cause.txt', '02-actions-taken.txt', '03-steps-to-prevent.txt', '04-additional-information.txt'];

  it('writes one numbered plain-text file per box of the form, listed in the manifest', () => {
    expect(readdirSync(sectionsDir()).sort()).toEqual(boxFiles);
    for (const f of boxFiles) expect(manifest.outputs.map((o) => o.path)).toContain(`sections/${f}`);
  });

  it('holds the box text ready to paste: no Markdown, the case facts, no header or sign-off', () => {
    const read = (file: string) => readFileSync(path.join(sectionsDir(), file), 'utf8');
    expect(read('01-root-cause.txt')).toContain('Dispensers packed without inserts');
    expect(read('02-actions-taken.txt')).toContain('Refunded all 14 orders of B0C1234567 in full on October 20, 2026.');
    expect(read('03-steps-to-prevent.txt')).toContain('Two named agents cover the inbox 7 days a week');
    for (const file of boxFiles) {
      const text = read(file);
      expect(text, file).not.toMatch(/^#{1,6} |\*\*|^\|---/m);
      expect(text, file).not.toMatch(/^(Dear |Sincerely,)/m);
      expect(text.endsWith('\r\n'), file).toBe(true);
    }
  });
});
