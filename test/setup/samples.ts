// Vitest global setup: renders every sample case in cases/ once per run, with the compiled CLI (after
// test/setup/compile.ts) on a pool of 2 worker processes (--jobs 2, whatever the machine's cores), into one
// temporary folder that the tests reading sample output share through inject('samples') (test/helpers/samples.ts);
// removed at the end of the run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
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

/**
 * Whether a test file of this run reads the shared samples. Only a run given file filters (one engineer's
 * `npx vitest run test/x.test.ts`) can leave them out; `filenamePattern` is vitest's own record of the filters
 * (not a public API: without it, the samples are rendered).
 */
async function samplesRead(project: TestProject): Promise<boolean> {
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
  if (!filters?.length) return true;
  const specifications = await project.vitest.getRelevantTestSpecifications(filters);
  return specifications.some((s) => readFileSync(s.moduleId, 'utf8').includes('helpers/samples.js'));
}

export default async function renderSamplesOnce(project: TestProject): Promise<() => void> {
  if (!(await samplesRead(project))) {
    project.provide('samples', {
      out: '',
      ids: [],
      code: -1,
      stdout: '',
      stderr: 'the samples were not rendered: no test file of this run reads them',
    });
    return () => {};
  }
  const root = mkdtempSync(path.join(tmpdir(), 'appeal-samples-'));
  const out = path.join(root, 'out');
  const ids = readdirSync(path.join(repoRoot, 'cases'))
    .filter((id) => existsSync(path.join(repoRoot, 'cases', id, 'case.yaml')))
    .sort();
  // As a user's shell would run it, without the settings that change the printed report or the letter date.
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const key of ['GITHUB_ACTIONS', 'SOURCE_DATE_EPOCH', 'FORCE_COLOR']) delete env[key];
  const r = spawnSync(
    process.execPath,
    ['bin/appeal.js', 'build', ...ids.map((id) => path.join('cases', id)), '--out', out, '--strict', '--jobs', '2'],
    {
      cwd: repoRoot,
      env,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
  if (r.error) throw r.error;
  project.provide('samples', { out, ids, code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr });
  return () => rmSync(root, { recursive: true, force: true });
}
