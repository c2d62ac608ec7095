// The command line: help, exit codes, validate writing nothing, a failing case keeping its last good output.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { copySampleCase, editYaml, runCli, tempDir } from '../helpers/cli.js';

describe('appeal CLI', () => {
  it('prints help for the program and each command', async () => {
    const top = await runCli(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/build \[options\] \[paths\.\.\.\]/);
    expect(top.stdout).toMatch(/validate/);
    const build = await runCli(['build', '--help']);
    expect(build.code).toBe(0);
    expect(build.stdout).toContain('--watch');
    expect(build.stdout).toContain('--strict');
  });

  it('exits 2 on a usage error', async () => {
    const unknown = await runCli(['build', '--no-such-flag']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option/);
    const shard = await runCli(['build', '--shard', '5/4']);
    expect(shard.code).toBe(2);
    expect((await runCli(['bild'])).code).toBe(2);
  });

  it('exits 2 when no given path exists', async () => {
    const run = await runCli(['validate', 'no/such/folder']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no/such/folder: no such file or folder');
  });

  it('validates without writing anything and exits 0', async () => {
    const out = path.join(tempDir(), 'out');
    const run = await runCli(['validate', 'test/fixtures/minimal', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✓ minimal-odr');
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('keeps the last good output of a case that now fails, renders the others, and exits 1', async () => {
    const root = tempDir();
    const good = copySampleCase('sunrise-odr', root);
    copySampleCase('northwind-counterfeit', root);
    const out = path.join(root, 'out');
    expect((await runCli(['build', path.join(root, 'cases'), '--out', out])).code).toBe(0);
    const before = readFileSync(path.join(out, 'sunrise-odr', 'letter.pdf'));
    // A slip that leaves no case to compose a letter from (the YAML does not parse): nothing is written.
    editYaml(path.join(good, 'case.yaml'), (t) => t.replace('marketplace: US', 'marketplace: [US'));
    const run = await runCli(['build', path.join(root, 'cases'), '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/✗ sunrise-odr: 1 error; nothing written, earlier output kept/);
    expect(run.stdout).toContain('✓ northwind-counterfeit');
    expect(run.stdout).toMatch(/2 cases: .*1 failed \(sunrise-odr\)/);
    expect(Buffer.compare(readFileSync(path.join(out, 'sunrise-odr', 'letter.pdf')), before)).toBe(0);
    expect(existsSync(path.join(out, '.drafts', 'sunrise-odr'))).toBe(false);
  }, 120_000);

  it('prints one JSON document with --json', async () => {
    const run = await runCli(['validate', 'test/fixtures/minimal', '--json']);
    const report = JSON.parse(run.stdout);
    expect(report.summary).toEqual({ total: 1, rendered: 0, unchanged: 0, drafts: 0, failed: 0 });
    expect(report.cases[0].status).toBe('ok');
    expect(report.cases[0].id).toBe('minimal-odr');
  });

  it('runs as a built command (bin/appeal.js) with its version', () => {
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
    expect(execFileSync(process.execPath, ['bin/appeal.js', '--version'], { encoding: 'utf8' }).trim()).toBe(version);
  });
});
