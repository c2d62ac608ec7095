// The workflow `appeal init` writes runs the plan and summary scripts and the upload action from
// node_modules/appeal-kit/ci/: the package must ship them, the action's bundle included.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './lint.js';

function packedFiles(): string[] {
  const args = ['pack', '--dry-run', '--json', '--ignore-scripts'];
  const npmCli = process.env.npm_execpath;
  const run =
    npmCli && /\.c?js$/.test(npmCli)
      ? spawnSync(process.execPath, [npmCli, ...args], { cwd: repoRoot, encoding: 'utf8' })
      : spawnSync('npm', args, { cwd: repoRoot, encoding: 'utf8', shell: process.platform === 'win32' });
  expect(run.status, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as { files: { path: string }[] }[])[0].files.map((f) => f.path.replace(/\\/g, '/'));
}

describe('the package', () => {
  it('ships what the users’ workflow runs from node_modules/appeal-kit/', () => {
    expect(packedFiles()).toEqual(
      expect.arrayContaining([
        'ci/plan-shards.mjs',
        'ci/summarize.mjs',
        'ci/upload-case-artifacts/action.yml',
        'ci/upload-case-artifacts/bundle/index.mjs',
        'init/workflows/appeal.yml',
      ]),
    );
  }, 60_000);
});
