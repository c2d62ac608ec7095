// The committed bundle the upload action runs (ci/upload-case-artifacts/bundle/index.mjs) is what the sources and
// the locked @actions/artifact build to now, and it loads: it stops at the missing runner token, as a `run:`
// step would, with a message that says why, instead of failing to import.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { repoRoot } from './lint.js';

const bundle = path.join(repoRoot, 'ci/upload-case-artifacts/bundle/index.mjs');

describe('the upload action bundle', () => {
  it('is up to date with its sources (else: npm run build:action)', async () => {
    const { bundleText } = (await import(pathToFileURL(path.join(repoRoot, 'scripts/ci/bundle-action.mjs')).href)) as {
      bundleText: () => Promise<string>;
    };
    const committed = readFileSync(bundle, 'utf8').replace(/\r\n/g, '\n');
    expect(committed === (await bundleText()), 'ci/upload-case-artifacts/bundle/index.mjs is stale: run npm run build:action').toBe(true);
  }, 60_000);

  it('runs without node_modules and asks for the runner token outside an action', () => {
    const env = { PATH: process.env.PATH ?? '', INPUT_SUMMARY: 'summary.json', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '1' };
    // Alone in a folder with no node_modules above it, as it is in a user's repository without @actions/artifact.
    const alone = path.join(tempDir('appeal-bundle-'), 'index.mjs');
    copyFileSync(bundle, alone);
    const run = spawnSync(process.execPath, [alone], { cwd: path.dirname(alone), encoding: 'utf8', env });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('::error title=upload-case-artifacts::ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is not set');
  });
});
