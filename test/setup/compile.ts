// Vitest global setup: compiles src/ into dist/ once per run, before any test file starts, so tests that run
// the compiled CLI (bin/appeal.js, worker threads, the packed tarball) see the current sources and no test
// compiles (and replaces dist/ under another test) itself.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export default function compileOnce(): void {
  const r = spawnSync(process.execPath, ['scripts/compile.mjs'], { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node scripts/compile.mjs failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
}
