// The plan job's script: the shard count for any number of cases, no shard over 499 cases (500 artifacts a
// job, one of them the shard summary), at most 256 shards (a matrix's limit), a count that does not move when a
// few cases are added, and case discovery and shard hashing that agree with the CLI's.
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PER_SHARD, MAX_CASES_PER_SHARD, findCaseFiles, outputLines, planShards, shardOf } from '../../ci/plan-shards.mjs';
import { findCases } from '../../src/fs.js';
import { shardOf as cliShardOf } from '../../src/batch/shard.js';
import { tempDir } from '../helpers/cli.js';
import { repoRoot } from './lint.js';

const caseFiles = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => `cases/seller-${String(from + i).padStart(6, '0')}/case.yaml`);

describe('planShards', () => {
  it.each([
    [1, 1],
    [500, 2], // 500 cases and the summary would be 501 artifacts in one job
    [501, 2],
    [1_000, 3],
    [100_000, 250],
  ])('%i cases -> %i shards, none over 499 cases', (n, expected) => {
    const plan = planShards(caseFiles(n));
    expect(plan.count).toBe(expected);
    expect(plan.cases).toBe(n);
    expect(plan.sizes.reduce((a, b) => a + b, 0)).toBe(n);
    expect(Math.max(...plan.sizes)).toBeLessThanOrEqual(MAX_CASES_PER_SHARD);
    expect(plan.count).toBeGreaterThanOrEqual(Math.max(1, Math.ceil(n / 500)));
    expect(plan.count).toBeLessThanOrEqual(256);
  });

  it('gives one shard for no case, so the matrix is never empty', () => {
    expect(planShards([]).count).toBe(1);
  });

  it('sizes are what `appeal build --shard i/n` selects', () => {
    const files = caseFiles(1_000);
    const plan = planShards(files);
    const sizes = Array.from({ length: plan.count }, (_, i) => files.filter((f) => cliShardOf(f, plan.count) === i + 1).length);
    expect(plan.sizes).toEqual(sizes);
  });

  it('keeps the count when a few cases are added, so each shard’s cache still holds its cases', () => {
    expect(planShards(caseFiles(1_003)).count).toBe(planShards(caseFiles(1_000)).count);
    expect(planShards(caseFiles(40_105)).count).toBe(planShards(caseFiles(40_100)).count);
    // It moves only when the number of cases crosses a multiple of 400 (or, rarely, when the check adds a shard).
  });

  it('adds shards when the hash leaves one over the limit', () => {
    // 1,000 cases with 400 a shard would be 3 shards; at 499 a shard 2 of them would be over 499.
    const plan = planShards(caseFiles(1_000), { perShard: 499 });
    expect(plan.count).toBeGreaterThanOrEqual(3);
    expect(Math.max(...plan.sizes)).toBeLessThanOrEqual(499);
  });

  it('says so when the cases cannot fit in 256 shards', () => {
    expect(() => planShards(caseFiles(130_000))).toThrow(/do not fit in 256 shards/);
    expect(() => planShards(caseFiles(10), { perShard: 600 })).toThrow(/--per-shard/);
  });

  it('prints the job outputs', () => {
    expect(outputLines({ cases: 1_000, count: 3, sizes: [1, 2, 3] })).toEqual(['cases=1000', 'count=3', 'shards=[1,2,3]']);
    expect(DEFAULT_PER_SHARD).toBeLessThanOrEqual(MAX_CASES_PER_SHARD);
  });
});

describe('agrees with the CLI', () => {
  it('on the shard of every case, folder and single-file cases alike', () => {
    const files = [...caseFiles(300), 'cases/flat-case.yaml', 'cases/other.yml', 'x/nested/case.yml'];
    for (const n of [1, 2, 3, 4, 7, 250]) for (const f of files) expect(shardOf(f, n), `${f} of ${n}`).toBe(cliShardOf(f, n));
  });

  it('on which files are cases, in the sample cases/ folder and in an odd one', async () => {
    expect(findCaseFiles(path.join(repoRoot, 'cases'))).toEqual((await findCases([path.join(repoRoot, 'cases')])).files);
    const root = tempDir('appeal-plan-');
    const touch = (rel: string) => {
      mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      writeFileSync(path.join(root, rel), 'id: x\n');
    };
    for (const rel of [
      'flat.yaml',
      'short.yml',
      '.hidden.yaml',
      'README.md',
      'folder/case.yaml',
      'other/case.yml',
      'deep/er/case.yaml',
      'out/case.yaml',
      'evidence/case.yaml',
      'node_modules/case.yaml',
      '.dot/case.yaml',
      'notes/readme.yaml',
    ])
      touch(rel);
    // Links are not followed: neither a linked case file, nor a linked folder, nor a linked case.yaml in a folder.
    symlinkSync(path.join(root, 'flat.yaml'), path.join(root, 'linked.yaml'));
    symlinkSync(path.join(root, 'folder'), path.join(root, 'linked-folder'));
    mkdirSync(path.join(root, 'holder'));
    symlinkSync(path.join(root, 'folder', 'case.yaml'), path.join(root, 'holder', 'case.yaml'));
    mkdirSync(path.join(root, 'dir.yaml'));
    const expected = (await findCases([root])).files;
    expect(findCaseFiles(root)).toEqual(expected);
    expect(expected.map((f) => path.relative(root, f).split(path.sep).join('/'))).toEqual([
      'flat.yaml',
      'folder/case.yaml',
      'other/case.yml',
      'short.yml',
    ]);
    // A folder that is itself a case, and a single file.
    expect(findCaseFiles(path.join(root, 'folder'))).toEqual((await findCases([path.join(root, 'folder')])).files);
    expect(findCaseFiles(path.join(root, 'flat.yaml'))).toEqual((await findCases([path.join(root, 'flat.yaml')])).files);
  });
});

describe('node ci/plan-shards.mjs', () => {
  it('prints the outputs for $GITHUB_OUTPUT, and an annotation for a missing folder', () => {
    const ok = spawnSync(process.execPath, ['ci/plan-shards.mjs', 'cases'], { cwd: repoRoot, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^cases=\d+\ncount=1\nshards=\[1\]\n$/);
    const missing = spawnSync(process.execPath, ['ci/plan-shards.mjs', 'no-such-folder'], { cwd: repoRoot, encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/::error::plan-shards: no-such-folder: no such file or folder/);
  });
});
