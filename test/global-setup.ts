// Runs once before the test files of a run: compiles src/ into dist/, which bin/appeal.js and the tests that start
// the CLI as a process use, so every file of the run sees the current sources and none compiles again.
import { spawnSync } from 'node:child_process';

export default function compileOnce(): void {
  const r = spawnSync(process.execPath, ['scripts/compile.mjs'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node scripts/compile.mjs failed:\n${r.stderr}`);
  process.env.APPEAL_TEST_DIST_COMPILED = '1';
}
