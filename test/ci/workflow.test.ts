// The workflows parse and pass actionlint and the repository's rules, so a broken one fails `npm test`:
// this repository's own (.github/workflows/) and the one `appeal init` writes into a user's repository
// (init/workflows/appeal.yml, which runs the upload action from node_modules/appeal-kit/).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lintWorkflow, localActionDir, pins, policyProblems, repoRoot, workflowFiles, type Workflow } from './lint.js';

const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');
const ciFile = '.github/workflows/ci.yml';
const initFile = 'init/workflows/appeal.yml';

describe('workflow files', () => {
  it('are found: this repository’s and the one appeal init writes', () => {
    expect(workflowFiles()).toEqual(expect.arrayContaining([ciFile, initFile]));
  });

  it.each(workflowFiles())(
    '%s parses and passes actionlint',
    async (file) => {
      expect(await lintWorkflow(read(file), file)).toEqual([]);
    },
    60_000,
  );

  it.each(workflowFiles())('%s keeps the rules: pinned actions, least permissions, retention, no needless downloads', (file) => {
    expect(policyProblems(read(file), file)).toEqual([]);
  });

  it('pin every action to the same commit in every workflow', () => {
    const all = workflowFiles().map((f) => pins(read(f)));
    for (const [action, sha] of all[0])
      for (const other of all.slice(1)) if (other.has(action)) expect(other.get(action), action).toBe(sha);
  });
});

describe('the checks catch a broken workflow', () => {
  const text = read(ciFile);

  it('the unquoted `run: node -e "... ? 1 : 0)"` that kept the old workflow from parsing', async () => {
    const broken = text.replace(
      /run: node ci\/summarize\.mjs --check summary\/summary\.json/,
      `run: node -e "process.exit(require('./summary/summary.json').summary.failed ? 1 : 0)"`,
    );
    expect(broken).not.toBe(text);
    const problems = await lintWorkflow(broken, ciFile);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/\[yaml\]/);
  });

  it('a duplicate key', async () => {
    const broken = text.replace('timeout-minutes: 30', 'timeout-minutes: 30\n    timeout-minutes: 31');
    expect((await lintWorkflow(broken, ciFile)).join('\n')).toMatch(/unique/i);
  });

  it('an expression naming an output no job has', async () => {
    const broken = text.replace('fromJSON(needs.plan.outputs.shards)', 'fromJSON(needs.plan.outputs.shard_list)');
    expect((await lintWorkflow(broken, ciFile)).join('\n')).toMatch(/shard_list/);
  });

  it('an unknown key in a job', async () => {
    const broken = text.replace('    timeout-minutes: 10\n', '    timeout_minutes: 10\n');
    expect((await lintWorkflow(broken, ciFile)).join('\n')).toMatch(/timeout_minutes/);
  });

  it('an action pinned to a tag, an artifact without retention, a download of every artifact, write permissions', () => {
    const broken = text
      .replace(/actions\/checkout@[0-9a-f]{40} # v[\d.]+/, 'actions/checkout@v7')
      .replace(/\n {10}retention-days: \$\{\{ env\.SUMMARY_ARTIFACT_DAYS \}\}/, '')
      .replace(/\n {10}pattern: appeal-shard-summary-\*/, '')
      .replace('permissions:\n  contents: read', 'permissions:\n  contents: write');
    const problems = policyProblems(broken, ciFile).join('\n');
    expect(problems).toMatch(/actions\/checkout@v7 is not pinned/);
    expect(problems).toMatch(/upload-artifact@[0-9a-f]{40}: artifacts need retention-days/);
    expect(problems).toMatch(/download-artifact without name or pattern/);
    expect(problems).toMatch(/top-level permissions/);
  });

  it('an input a pinned action does not have, and an output its step does not give', () => {
    const broken = text
      .replace('          retention-days: ${{ env.SHARD_SUMMARY_DAYS }}', '          retention_days: ${{ env.SHARD_SUMMARY_DAYS }}')
      .replace('key: ${{ steps.restore.outputs.cache-primary-key }}', 'key: ${{ steps.restore.outputs.cache-key }}');
    const problems = policyProblems(broken, ciFile).join('\n');
    expect(problems).toMatch(/input "retention_days" is not an input of actions\/upload-artifact@/);
    expect(problems).toMatch(/steps\.restore\.outputs\.cache-key, which that step's action does not have/);
  });

  it('a pin whose comment names another release than the recorded one', () => {
    const broken = text.replace(/(actions\/setup-node@[0-9a-f]{40}) # v7\.0\.0/, '$1 # v6.5.0');
    expect(policyProblems(broken, ciFile).join('\n')).toMatch(/does not name v7\.0\.0/);
  });

  it('an input the local upload action does not have', () => {
    const broken = text.replace(
      '          summary: shard/summary-${{ matrix.shard }}.json',
      '          sumary: shard/summary-${{ matrix.shard }}.json',
    );
    const problems = policyProblems(broken, ciFile).join('\n');
    expect(problems).toMatch(/input "sumary" is not an input/);
    expect(problems).toMatch(/required input "summary"/);
  });
});

describe('the upload action', () => {
  const meta = parse(read('ci/upload-case-artifacts/action.yml')) as {
    runs: { using: string; main: string };
    inputs: Record<string, unknown>;
    outputs: Record<string, unknown>;
  };

  it('is a JavaScript action on a Node the runners have, whose main file exists', () => {
    expect(['node20', 'node24']).toContain(meta.runs.using);
    expect(existsSync(path.join(repoRoot, 'ci/upload-case-artifacts', meta.runs.main))).toBe(true);
  });

  it('is the one both workflows use, each from where it is in that repository', () => {
    const uses = (file: string) =>
      Object.values((parse(read(file)) as Workflow).jobs)
        .flatMap((j) => j.steps ?? [])
        .map((s) => s.uses)
        .filter((u): u is string => !!u?.startsWith('./'));
    expect(uses(ciFile)).toEqual(['./ci/upload-case-artifacts']);
    expect(uses(initFile)).toEqual(['./node_modules/appeal-kit/ci/upload-case-artifacts']);
    expect(localActionDir(uses(initFile)[0])).toBe(localActionDir(uses(ciFile)[0]));
  });

  it('gives the output the cache step reads', () => {
    expect(Object.keys(meta.outputs)).toContain('cache-changed');
    for (const file of [ciFile, initFile]) expect(read(file)).toContain("steps.upload.outputs.cache-changed == 'true'");
  });
});

describe('the workflow runs what the issue asks', () => {
  const wf = parse(read(ciFile)) as Workflow;

  it('tests on Linux, Windows and macOS with Node 20, 22 and 24, and runs the stress suite', () => {
    const matrix = wf.jobs.test.strategy?.matrix as { os: string[]; node: number[] };
    expect(matrix.os).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest']);
    expect(matrix.node).toEqual([20, 22, 24]);
    expect(wf.jobs.test.steps?.some((s) => s.run === 'npm test')).toBe(true);
    expect(wf.jobs.stress.steps?.some((s) => s.run === 'npm run test:stress')).toBe(true);
  });

  it('renders in as many shards as the plan job says, and caches out/ per shard with a key that changes every run', () => {
    expect(wf.jobs.render.strategy?.matrix?.shard).toBe('${{ fromJSON(needs.plan.outputs.shards) }}');
    const restore = wf.jobs.render.steps?.find((s) => s.uses?.startsWith('actions/cache/restore@'));
    expect(restore?.with?.key).toMatch(
      /shard\$\{\{ matrix\.shard \}\}of\$\{\{ needs\.plan\.outputs\.count \}\}-\$\{\{ github\.run_id \}\}/,
    );
    expect(String(restore?.with?.['restore-keys']).trim()).toBe(
      String(restore?.with?.key).replace(/\$\{\{ github\.run_id \}\}-\$\{\{ github\.run_attempt \}\}$/, ''),
    );
  });
});
