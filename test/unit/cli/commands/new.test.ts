import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main, type CliIo } from '../../../../src/cli/program.js';
import { caseTypes } from '../../../../src/domain/case-types.js';
import caseSchema from '../../../../schemas/case.schema.json' with { type: 'json' };
import { createEnv, processCase } from '../../../../src/case/process-case.js';
import { loadWordLists } from '../../../../src/rules/words.js';
import { fillStarter } from '../../../helpers/fill-starter.js';
import { packageSchema } from '../../../../src/package-files.js';

// Rendering and checking share the machine with other suites; a slow first case is not a failure.
vi.setConfig({ testTimeout: 60_000 });

const env = createEnv({ templatesRoot: 'templates', words: loadWordLists() });
let dir: string;

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIo = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), env: {}, isTTY: false };
  return { cli, out: () => out.join(''), err: () => err.join('') };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'appeal-new-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the catalogue', () => {
  it("has exactly the schema's 18 types, each with a description, evidence kinds of the schema and a channel", () => {
    expect(caseTypes.map((t) => t.type)).toEqual(caseSchema.properties.type.enum);
    expect(caseTypes).toHaveLength(18);
    const kinds = caseSchema.properties.evidence.items.properties.kind.enum as string[];
    for (const t of caseTypes) {
      expect(t.description.length).toBeGreaterThan(20);
      expect(t.evidence.length).toBeGreaterThan(0);
      for (const k of t.evidence) expect(kinds).toContain(k);
    }
  });
});

describe('appeal types', () => {
  it('lists all 18 types with their description and evidence', async () => {
    const o = io();
    expect(await main(['types'], o.cli)).toBe(0);
    for (const t of caseTypes) {
      expect(o.out()).toContain(t.type);
      expect(o.out()).toContain(t.description);
      expect(o.out()).toContain(`evidence: ${t.evidence.join(', ')}`);
    }
  });
});

describe.each(caseTypes.map((t) => t.type))('appeal new --type %s', (type) => {
  const id = `starter-${type}`;
  const file = () => path.join(dir, id, 'case.yaml');

  it('writes a commented starter with the schema modeline and an evidence folder', async () => {
    const o = io();
    expect(await main(['new', id, '--type', type, '--marketplace', 'us', '--dir', dir], o.cli)).toBe(0);
    expect(o.out()).toContain(file());
    const text = readFileSync(file(), 'utf8');
    // Outside any repository the modeline points at the running package's schema, relative to the file.
    const modeline = /^# yaml-language-server: \$schema=(.+)$/.exec(text.split('\n')[0]);
    expect(path.resolve(path.dirname(file()), modeline![1])).toBe(packageSchema());
    expect(text).toContain(`type: ${type}`);
    expect(text).toContain('marketplace: US');
    expect(text).toMatch(/TODO/);
    expect(statSync(path.join(dir, id, 'evidence')).isDirectory()).toBe(true);
  });

  it('fails validation while its placeholders are unfilled', async () => {
    const result = await processCase(file(), env, { render: false });
    expect(result.diagnostics.filter((d) => d.severity === 'error').length).toBeGreaterThan(0);
  });

  it('refuses to overwrite the existing case', async () => {
    const before = readFileSync(file(), 'utf8');
    const o = io();
    expect(await main(['new', id, '--type', type, '--marketplace', 'US', '--dir', dir], o.cli)).toBe(1);
    expect(o.err()).toMatch(/already exists; not overwriting/);
    expect(readFileSync(file(), 'utf8')).toBe(before);
  });

  it('validates with no errors once the placeholders are filled', async () => {
    const text = fillStarter(file());
    expect(
      text
        .split('\n')
        .map((l) => l.replace(/#.*$/, ''))
        .join('\n'),
    ).not.toMatch(/TODO/);
    const result = await processCase(file(), env, { render: false });
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`)).toEqual([]);
  });
});

describe('appeal new refuses bad input', () => {
  it('an unknown type, an unknown marketplace and a bad id exit 1 with a message and write nothing', async () => {
    for (const args of [
      ['new', 'x-1', '--type', 'nope', '--marketplace', 'US'],
      ['new', 'x-2', '--type', 'other', '--marketplace', 'XX'],
      ['new', 'Bad Id', '--type', 'other', '--marketplace', 'US'],
    ]) {
      const o = io();
      expect(await main([...args, '--dir', dir], o.cli)).toBe(1);
      expect(o.err()).toMatch(/^appeal: /);
    }
    expect(existsSync(path.join(dir, 'x-1'))).toBe(false);
    expect(existsSync(path.join(dir, 'x-2'))).toBe(false);
  });
});
