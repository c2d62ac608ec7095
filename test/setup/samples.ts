// Vitest global setup: renders every sample case in cases/ once per run, with the compiled CLI (after
// test/setup/compile.ts), into one temporary folder that the tests reading sample output share through
// inject('samples') (test/helpers/samples.ts); removed at the end of the run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared sample build: where it wrote, which cases, and what the CLI printed. */
export interface SampleBuild {
  out: string;
  ids: string[];
  code: number;
  stdout: string;
  stderr: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    samples: SampleBuild;
  }
}

export default function renderSamplesOnce(project: TestProject): () => void {
  const root = mkdtempSync(path.join(tmpdir(), 'appeal-samples-'));
  const out = path.join(root, 'out');
  const ids = readdirSync(path.join(repoRoot, 'cases'))
    .filter((id) => existsSync(path.join(repoRoot, 'cases', id, 'case.yaml')))
    .sort();
  // As a user's shell would run it, without the settings that change the printed report or the letter date.
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const key of ['GITHUB_ACTIONS', 'SOURCE_DATE_EPOCH', 'FORCE_COLOR']) delete env[key];
  const r = spawnSync(process.execPath, ['bin/appeal.js', 'build', ...ids.map((id) => path.join('cases', id)), '--out', out, '--strict'], {
    cwd: repoRoot,
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (r.error) throw r.error;
  project.provide('samples', { out, ids, code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr });
  return () => rmSync(root, { recursive: true, force: true });
}
