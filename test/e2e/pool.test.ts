// The worker pool: the compiled CLI (dist/, compiled once per run by the global setup) renders the same bytes with
// --jobs 2 as with --jobs 1, reports in case-file order, and one broken case does not stop the others.
// The --jobs 2 side is the run's shared build of every sample (test/setup/samples.ts, --jobs 2).
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { copyCaseAs, treeHashes } from '../helpers/case-copies.js';
import { compileCli, repoRoot } from '../helpers/outputs.js';
import { sampleBuild } from '../helpers/samples.js';

const run = promisify(execFile);
const root = tempDir('appeal-pool-');

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  compileCli();
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

/** The report's case lines, without the output path. */
const caseLines = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => /^[✓✗] /.test(l))
    .map((l) => l.replace(/→ \S+/, '→'));
const idOf = (line: string) => line.split(' ')[1];

describe('worker pool', () => {
  it('gives the same bytes and the same report lines with --jobs 1 as with --jobs 2, in case-file order', async () => {
    const shared = sampleBuild();
    expect(shared.code, shared.stderr).toBe(0);
    // 20 cases on 2 workers finish out of order; the report still follows the case files.
    expect(caseLines(shared.stdout).map(idOf)).toEqual(shared.ids);
    const ids = ['lumen-design-patent', 'northwind-counterfeit', 'sunrise-odr'];
    const out = path.join(root, 'out1');
    const one = await cli('build', ...ids.map((id) => path.join(repoRoot, 'cases', id)), '--out', out, '--strict', '--jobs', '1');
    expect(one.code, one.stderr).toBe(0);
    const h1 = treeHashes(out);
    expect(Object.keys(h1).filter((f) => f.endsWith('letter.pdf'))).toHaveLength(3);
    const h2 = Object.fromEntries(Object.entries(treeHashes(shared.out)).filter(([f]) => ids.includes(f.split('/')[0])));
    expect(h2).toEqual(h1);
    expect(caseLines(one.stdout)).toEqual(caseLines(shared.stdout).filter((l) => ids.includes(idOf(l))));
  }, 900_000);

  it('renders the other cases when one case has an error', async () => {
    const samples = ['sunrise-odr', 'lumen-design-patent', 'northwind-counterfeit', 'sunrise-odr'];
    samples.forEach((sample, i) => copyCaseAs(sample, `case-${i}`, root));
    const broken = path.join(root, 'cases', 'case-1', 'case.yaml');
    writeFileSync(broken, readFileSync(broken, 'utf8').replace(/^marketplace: .*$/m, 'marketplace: [US'));
    const result = await cli('build', path.join(root, 'cases'), '--out', path.join(root, 'out3'), '--jobs', '2', '--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { cases: { file: string; status: string }[] };
    expect(report.cases.map((c) => c.status)).toEqual(['rendered', 'failed', 'rendered', 'rendered']);
    expect(report.cases.map((c) => /case-\d/.exec(c.file)?.[0])).toEqual(['case-0', 'case-1', 'case-2', 'case-3']);
    expect(Object.keys(treeHashes(path.join(root, 'out3'))).filter((f) => f.endsWith('letter.pdf'))).toHaveLength(3);
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
