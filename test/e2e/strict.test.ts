// --strict for real: a case whose only finding is a warning exits 0 without --strict and 1 with it, in
// validate and in build (where it becomes a draft, even when its last build was good and is unchanged).
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

/** The minimal case with one evidence item no part of the letter cites (L15, a warning). */
function warnedCase(): { dir: string; out: string } {
  const root = tempDir('appeal-strict-');
  const dir = path.join(root, 'minimal');
  cpSync('test/fixtures/minimal', dir, { recursive: true });
  const file = path.join(dir, 'case.yaml');
  writeFileSync(
    file,
    `${readFileSync(file, 'utf8').trimEnd()}\n  - id: E3\n    title: Spare copy of the refund records\n    file: evidence/refunds.pdf\n    kind: refund-or-replacement-records\n`,
  );
  return { dir, out: path.join(root, 'out') };
}

describe('--strict', { timeout: 240_000 }, () => {
  it('validate: the warning alone exits 0; with --strict it exits 1; a clean case passes --strict', async () => {
    const { dir } = warnedCase();
    const plain = await runCli(['validate', dir]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/case\.yaml:\d+:\d+ {2}warning {2}evidence E3 is not cited anywhere in the letter/);
    expect(plain.stdout).toContain('✓ minimal-odr: 1 warning');
    const strict = await runCli(['validate', dir, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('✗ minimal-odr: 1 warning');
    expect(strict.stdout).toMatch(/1 case: 0 valid, 1 failed \(minimal-odr\)/);
    expect((await runCli(['validate', 'test/fixtures/minimal', '--strict'])).code).toBe(0);
  });

  it('build: rendered without --strict; with it a draft that lists the warning, although the case is unchanged since its good build', async () => {
    const { dir, out } = warnedCase();
    const plain = await runCli(['build', dir, '--out', out, '-j', '1']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain(`✓ minimal-odr → ${path.join(out, 'minimal-odr')}`);
    const strict = await runCli(['build', dir, '--out', out, '-j', '1', '--strict', '--json']);
    expect(strict.code).toBe(1);
    const report = JSON.parse(strict.stdout);
    expect(report.cases[0]).toMatchObject({ status: 'draft', output: path.join(out, '.drafts', 'minimal-odr') });
    expect(existsSync(path.join(out, '.drafts', 'minimal-odr', 'letter.pdf'))).toBe(true);
    expect(existsSync(path.join(out, 'minimal-odr', 'letter.pdf'))).toBe(true);
    // And without --strict again: the unchanged ready set is reported, the draft removed.
    const again = await runCli(['build', dir, '--out', out, '-j', '1']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('(unchanged since the last build), 1 warning');
    expect(existsSync(path.join(out, '.drafts', 'minimal-odr'))).toBe(false);
  });
});
