// Entry of the upload-case-artifacts action: inputs from the runner, @actions/artifact's client, outputs back.
// Bundled with its dependencies into bundle/index.mjs (npm run build:action), which action.yml runs: the action
// then works from node_modules/appeal-kit/ in a user's repository without @actions/artifact installed there.
// @actions/artifact needs ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL, which the runner gives to actions
// but not to `run:` steps: that is why this is an action.
import { appendFileSync } from 'node:fs';
import { DefaultArtifactClient } from '@actions/artifact';
import { uploadCaseArtifacts } from './upload.mjs';

const input = (name) => (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
const output = (name, value) => {
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `${name}=${value}\n`);
};
const escape = (s) => String(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

try {
  if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
    throw new Error('ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is not set: the runner gives them to an action step (uses: .../upload-case-artifacts), not to a run: step');
  }
  const outRoot = input('out') || 'out';
  const result = await uploadCaseArtifacts({
    summaryFile: input('summary'),
    outRoot,
    linksFile: input('links') || undefined,
    reportFile: input('report') || undefined,
    retentionDays: Number(input('retention-days') || 30),
    repositoryMaxRetention: process.env.GITHUB_RETENTION_DAYS,
    prefix: input('name-prefix') || 'appeal-',
    maxArtifacts: Number(input('max-artifacts') || 499),
    run: {
      repository: process.env.GITHUB_REPOSITORY,
      runId: process.env.GITHUB_RUN_ID,
      runAttempt: process.env.GITHUB_RUN_ATTEMPT,
      serverUrl: process.env.GITHUB_SERVER_URL,
    },
    client: new DefaultArtifactClient(),
    log: (line) => console.log(line),
  });
  console.log(`${result.uploaded} uploaded, ${result.refreshed} uploaded again, ${result.kept} unchanged with an earlier run's artifact, ${result.failures.length} failed`);
  output('uploaded', result.uploaded + result.refreshed);
  output('kept', result.kept);
  output('cache-changed', result.cacheChanged);
  output('report', result.reportFile);
  for (const failure of result.failures) console.log(`::error title=upload-case-artifacts::${escape(failure)}`);
  if (result.failures.length) process.exitCode = 1;
} catch (error) {
  console.log(`::error title=upload-case-artifacts::${escape(error?.message ?? error)}`);
  process.exitCode = 1;
}
