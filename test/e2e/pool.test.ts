// The worker pool: the compiled CLI (dist/, compiled once per run by the global setup) renders the same bytes with
// --jobs 2 as with --jobs 1, reports in case-file order, and one broken case does not stop the others.
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readlinkSync, writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { copyCaseAs, treeHashes } from '../helpers/case-copies.js';
import { compileCli, repoRoot } from '../helpers/outputs.js';

const run = promisify(execFile);
const root = tempDir('appeal-pool-');
const cases = path.join(root, 'cases');

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), ...args], {
      env: { ...process.env, NO_COLOR: '1', CI: '' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const caseLines = (stdout: string) => stdout.split('\n').filter((l) => /^[✓✗] /.test(l));

beforeAll(() => {
  compileCli();
  const samples = ['sunrise-odr', 'lumen-design-patent', 'northwind-counterfeit'];
  for (let i = 0; i < 6; i++) copyCaseAs(samples[i % 3], `case-${i}`, root);
});

describe('worker pool', () => {
  it('gives the same bytes and the same report order with --jobs 2 as with --jobs 1', async () => {
    const one = await cli('build', cases, '--out', path.join(root, 'out1'), '--jobs', '1');
    const two = await cli('build', cases, '--out', path.join(root, 'out2'), '--jobs', '2');
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    const h1 = treeHashes(path.join(root, 'out1'));
    expect(Object.keys(h1).filter((f) => f.endsWith('letter.pdf'))).toHaveLength(6);
    expect(treeHashes(path.join(root, 'out2'))).toEqual(h1);
    expect(caseLines(two.stdout).map((l) => l.replace(/→ \S+/, '→'))).toEqual(caseLines(one.stdout).map((l) => l.replace(/→ \S+/, '→')));
    expect(caseLines(two.stdout).map((l) => /case-\d/.exec(l)![0])).toEqual(['case-0', 'case-1', 'case-2', 'case-3', 'case-4', 'case-5']);
  }, 900_000);

  it('renders the other cases when one case has an error', async () => {
    const broken = path.join(cases, 'case-3', 'case.yaml');
    writeFileSync(broken, readFileSync(broken, 'utf8').replace(/^marketplace: .*$/m, 'marketplace: [US'));
    mkdirSync(path.join(root, 'out3'));
    const result = await cli('build', cases, '--out', path.join(root, 'out3'), '--jobs', '2', '--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { cases: { file: string; status: string }[] };
    expect(report.cases.map((c) => c.status)).toEqual(['rendered', 'rendered', 'rendered', 'failed', 'rendered', 'rendered']);
    expect(Object.keys(treeHashes(path.join(root, 'out3'))).filter((f) => f.endsWith('letter.pdf'))).toHaveLength(5);
  }, 900_000);

  it('keeps the first case of two with one id: the worker-written set of the second is dropped', async () => {
    const dupRoot = tempDir('appeal-pool-dup-');
    for (const [sample, folder] of [
      ['sunrise-odr', 'a'],
      ['northwind-counterfeit', 'b'],
    ]) {
      const file = copyCaseAs(sample, folder, dupRoot);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^id: .*$/m, 'id: same'));
    }
    const out = path.join(dupRoot, 'out');
    const result = await cli('build', path.join(dupRoot, 'cases'), '--out', out, '--jobs', '2', '--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { cases: { status: string }[] };
    expect(report.cases.map((c) => c.status)).toEqual(['rendered', 'failed']);
    expect(result.stdout).toContain('also used by');
    const inPlace = path.basename(readlinkSync(path.join(out, 'same')));
    expect(readdirSync(path.join(out, '.store'))).toEqual([inPlace]);
    expect(readFileSync(path.join(out, 'same', 'submission.json'), 'utf8')).toContain('SunriseHome');
  }, 900_000);
});
